"""Lookup: finding entries by any spelling of any of their terms.

Results rank by kind, then score, then the status of the term matched:

=============  ======================================================  ==================
kind           the query ...                                           score
=============  ======================================================  ==================
``exact``      is one of the entry's terms, ignoring case only         1.0
``variant``    equals a term once both are folded (diacritics,         0.95
               ae/oe/ue, ß/ss, hyphens, dashes and spaces: see
               :mod:`glossary.fold`), also with spaces removed
``inflected``  is a term inflected or declined (Lawrows, Kaspischen    1.0, or 0.95 when
               Meer, ständigen Mitglieder): only when the caller       spelled otherwise
               passes a reader of inflections (the aligner's,          once folded
               :func:`aligner.lookup.lookup`; the glossary knows no
               endings)
``prefix``     is the start of a term                                  0.5-0.8, by length
``contains``   is a run of whole words inside a term ("Guard Corps")   0.5-0.8, by length
``fuzzy``      is close to a term: rapidfuzz ratio ≥ 80                ratio / 100:
                                                                       0.80-0.99
=============  ======================================================  ==================

A *whole* match is an exact, variant or inflected one. When there is none, lookup also
searches inside terms by word and compares spellings; terms close to the query (ratio ≥
70) of entries not already matched come back as ``suggestions`` ("did you mean"). Of one
entry, the best match counts: a term in good standing beats a deprecated one that matched
as well ("Teheran" is the German preferred term and a deprecated English one).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from .equivalent import equivalent
from .fold import compact, fold
from .model import Entry, EntryType, Term, lang_matches
from .termindex import Hit, MemoryIndex, TermIndex, fuzzy_blocks, index_keys, with_compacts

__all__ = [
    "FUZZY_MATCH",
    "FUZZY_SUGGEST",
    "Hit",
    "Inflection",
    "InflectionReader",
    "LookupResult",
    "Match",
    "MatchKind",
    "MemoryIndex",
    "Suggestion",
    "TermIndex",
    "fuzzy_blocks",
    "index_keys",
    "lookup",
    "with_compacts",
]

#: rapidfuzz ratio (0-100) from which a misspelling counts as a fuzzy match (score 0.80).
FUZZY_MATCH = 80.0
#: rapidfuzz ratio (0-100) from which a term is offered as a suggestion (score 0.70).
FUZZY_SUGGEST = 70.0


class MatchKind(StrEnum):
    """How a query met an entry, strongest first."""

    EXACT = "exact"
    VARIANT = "variant"
    INFLECTED = "inflected"
    PREFIX = "prefix"
    CONTAINS = "contains"
    FUZZY = "fuzzy"

    @property
    def rank(self) -> int:
        return _KIND_RANK[self]

    @property
    def whole(self) -> bool:
        """Whether the query is the term itself, in some spelling or inflection."""
        return self.rank <= _KIND_RANK[MatchKind.INFLECTED]


_KIND_RANK = {k: i for i, k in enumerate(MatchKind)}


@dataclass(frozen=True, slots=True)
class Inflection:
    """How an inflected query spells the term it matched.

    ``form`` is the term's form the query spells before its ending (the term itself, its
    plural, or either with its adjectives declined); ``ending`` what follows that form
    ("s" in Lawrows, "'s" in Lavrov's); ``declension`` the adjective ending of a declined
    noun phrase ("en" in "Kaspischen Meer"); ``plural`` whether the form is the plural.
    """

    form: str
    ending: str = ""
    declension: str = ""
    plural: bool = False

    def describe(self) -> str:
        """In words: ``plural 'ständige Mitglieder', declined -en`` or ``ending -s``.

        >>> Inflection("ständigen Mitglieder", declension="en", plural=True).describe()
        'plural, declined -en'
        >>> Inflection("Lawrow", ending="s").describe()
        'ending -s'
        """
        parts = ["plural"] if self.plural else []
        if self.declension:
            parts.append(f"declined -{self.declension}")
        if self.ending:
            parts.append(f"ending -{self.ending}")
        return ", ".join(parts)


#: Reads a query as an inflected form of terms in an index: (hit, score, inflection).
InflectionReader = Callable[[TermIndex, str], Iterable[tuple[Hit, float, Inflection]]]


@dataclass(frozen=True, slots=True)
class Match:
    """An entry found for a query, with the term that matched (and how it was inflected)."""

    entry: Entry
    term: Term
    kind: MatchKind
    score: float
    inflection: Inflection | None = None

    @property
    def replacement(self) -> Term | None:
        """The term to use instead of the one matched, when the glossary marks that one
        deprecated or forbidden: its equivalent in the same language
        (:func:`glossary.equivalent.equivalent`); None for a term in good standing, or when
        the entry has no better term."""
        if not self.term.status.discouraged:
            return None
        return equivalent(self.entry, self.term, self.term.lang)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A "did you mean" candidate: a term close to the query."""

    text: str
    lang: str
    entry_id: str
    score: float


@dataclass(frozen=True, slots=True)
class LookupResult:
    """What a lookup found: ranked matches and, where they help, suggestions."""

    query: str
    matches: tuple[Match, ...]
    suggestions: tuple[Suggestion, ...]

    def __bool__(self) -> bool:
        return bool(self.matches)


def _share(key: str, term: Term) -> float:
    """The score of a partial match: 0.5 plus 0.3 times the share of the term's key."""
    return round(0.5 + 0.3 * len(key) / max(len(fold(term.text)), 1), 3)


def lookup(
    index: TermIndex,
    query: str,
    *,
    lang: str | None = None,
    type: EntryType | None = None,
    limit: int = 10,
    fuzzy: bool = True,
    contains: bool = False,
    inflections: InflectionReader | None = None,
) -> LookupResult:
    """Look *query* up in *index*: the best match per entry, ranked, at most *limit*.

    *lang* restricts matching to terms of that language (``de`` includes ``de-AT``),
    *type* to entries of that type. Without a whole match (exact, variant, inflected),
    lookup also searches inside terms by word and, when *fuzzy*, compares spellings and
    makes suggestions; *contains* searches inside terms in any case. *inflections* reads
    the query as an inflected form (see the module's table).
    """
    key = fold(query)
    best: dict[str, Match] = {}
    if not key:
        return LookupResult(query, (), ())
    wanted = query.casefold().strip()

    def consider(hit: Hit, kind: MatchKind, score: float, inflection: Inflection | None = None) -> None:
        entry_id, position = hit
        entry = index.entry(entry_id)
        if type is not None and entry.type is not type:
            return
        term = entry.terms[position]
        if lang is not None and not lang_matches(term.lang, lang):
            return
        if kind is MatchKind.VARIANT and term.text.casefold() == wanted:
            kind, score = MatchKind.EXACT, 1.0
        current = best.get(entry_id)
        if current is not None and _rank(current) <= (kind.rank, -score, term.status.rank):
            return
        best[entry_id] = Match(entry, term, kind, score, inflection)

    def whole() -> bool:
        return any(m.kind.whole for m in best.values())

    for hit in (*index.exact(key), *index.exact(compact(key))):
        consider(hit, MatchKind.VARIANT, 0.95)
    if inflections is not None and not whole():
        for hit, score, inflection in inflections(index, query):
            consider(hit, MatchKind.INFLECTED, score, inflection)
    found_whole = whole()
    if len(best) < limit:
        for hit in index.prefix(key, limit * 4):
            consider(hit, MatchKind.PREFIX, _share(key, index.entry(hit[0]).terms[hit[1]]))
    if contains or not found_whole:
        for hit in index.containing(key, limit * 4):
            consider(hit, MatchKind.CONTAINS, _share(key, index.entry(hit[0]).terms[hit[1]]))
    close: list[tuple[Hit, Term, float]] = []
    if fuzzy and not found_whole:
        close = _close_terms(index, key, lang=lang, type=type)
        for hit, _term, score in close:
            if score >= FUZZY_MATCH:
                consider(hit, MatchKind.FUZZY, round(score / 100, 3))
    ranked = sorted(best.values(), key=lambda m: (*_rank(m), m.entry.id))[:limit]
    shown = {m.entry.id for m in ranked}
    return LookupResult(query, tuple(ranked), _suggestions(close, shown))


def _rank(match: Match) -> tuple[int, float, int]:
    return (match.kind.rank, -match.score, match.term.status.rank)


def _close_terms(
    index: TermIndex, key: str, *, lang: str | None, type: EntryType | None
) -> list[tuple[Hit, Term, float]]:
    """Terms whose key is close to *key* (ratio ≥ FUZZY_SUGGEST), with their ratio."""
    from rapidfuzz import fuzz, process  # only when a query needs it

    candidates = process.extract(
        key, index.fuzzy_keys(key), scorer=fuzz.ratio, limit=12, score_cutoff=FUZZY_SUGGEST
    )
    scores = {candidate: float(score) for candidate, score, _ in candidates}
    out: list[tuple[Hit, Term, float]] = []
    for candidate, hit in index.hits(scores):
        entry = index.entry(hit[0])
        term = entry.terms[hit[1]]
        if type is not None and entry.type is not type:
            continue
        if lang is not None and not lang_matches(term.lang, lang):
            continue
        out.append((hit, term, scores[candidate]))
    return out


def _suggestions(close: list[tuple[Hit, Term, float]], shown: set[str]) -> tuple[Suggestion, ...]:
    """The close terms of entries not among the matches shown, best first, at most five."""
    best: dict[str, Suggestion] = {}
    for (entry_id, _), term, score in close:
        if entry_id in shown:
            continue
        previous = best.get(term.text)
        if previous is None or previous.score < score / 100:
            best[term.text] = Suggestion(term.text, term.lang, entry_id, round(score / 100, 3))
    return tuple(sorted(best.values(), key=lambda s: (-s.score, s.text))[:5])
