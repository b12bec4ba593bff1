"""Lookup: finding entries by any spelling of any of their terms.

Results rank exact before variant before prefix before fuzzy:

- ``exact``: the query is one of the entry's terms, ignoring case only;
- ``variant``: the query equals a term once both are folded (diacritics, ae/oe/ue,
  ß/ss, hyphens, dashes and spaces: see :mod:`glossary.fold`), also with spaces removed;
- ``prefix``: a term starts with the folded query;
- ``fuzzy``: a term is a close misspelling of the query (rapidfuzz, ratio ≥ 80).

Weaker fuzzy candidates (ratio ≥ 70) come back as ``suggestions`` ("did you mean").
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from .fold import compact, fold, fold_keys
from .model import Entry, EntryType, Term, lang_matches

__all__ = [
    "FUZZY_MATCH",
    "FUZZY_SUGGEST",
    "LookupResult",
    "Match",
    "MatchKind",
    "MemoryIndex",
    "Suggestion",
    "TermIndex",
    "lookup",
]

#: rapidfuzz ratio (0-100) from which a misspelling counts as a fuzzy match.
FUZZY_MATCH = 80.0
#: rapidfuzz ratio (0-100) from which a term is offered as a suggestion.
FUZZY_SUGGEST = 70.0
_PREFIX_SCAN = 200


class MatchKind(StrEnum):
    """How a query met an entry, strongest first."""

    EXACT = "exact"
    VARIANT = "variant"
    PREFIX = "prefix"
    FUZZY = "fuzzy"

    @property
    def rank(self) -> int:
        return _KIND_RANK[self]


_KIND_RANK = {k: i for i, k in enumerate(MatchKind)}


@dataclass(frozen=True, slots=True)
class Match:
    """An entry found for a query, with the term that matched."""

    entry: Entry
    term: Term
    kind: MatchKind
    score: float


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


#: A hit in an index: an entry id and the position of the term in ``entry.terms``.
Hit = tuple[str, int]


class TermIndex(Protocol):
    """What :func:`lookup` needs from an index (in memory or compiled to SQLite)."""

    def exact(self, key: str) -> Sequence[Hit]:
        """Hits whose folded term equals *key* (also its spaceless form)."""

    def prefix(self, key: str, limit: int) -> Sequence[Hit]:
        """Hits whose folded term starts with *key*, at most *limit*, shortest keys first."""

    def fuzzy_keys(self, key: str) -> Sequence[str]:
        """Candidate keys for fuzzy comparison with *key*: see :func:`fuzzy_blocks`."""

    def hits(self, keys: Iterable[str]) -> Sequence[tuple[str, Hit]]:
        """The hits of each of these keys."""

    def entry(self, entry_id: str) -> Entry:
        """The entry with this id."""


class MemoryIndex:
    """A :class:`TermIndex` over entries held in memory."""

    __slots__ = ("_blocks", "_entries", "_keys", "_sorted")

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._entries: dict[str, Entry] = {}
        keys: dict[str, list[Hit]] = {}
        for entry in entries:
            self._entries.setdefault(entry.id, entry)
            for position, term in enumerate(entry.terms):
                for key in index_keys(term.text):
                    keys.setdefault(key, []).append((entry.id, position))
        self._keys = keys
        self._sorted: list[str] | None = None
        self._blocks: dict[str, list[str]] | None = None

    def _sorted_keys(self) -> list[str]:
        if self._sorted is None:
            self._sorted = sorted(self._keys)
        return self._sorted

    def exact(self, key: str) -> Sequence[Hit]:
        return self._keys.get(key, ())

    def prefix(self, key: str, limit: int) -> Sequence[Hit]:
        keys = self._sorted_keys()
        start = bisect.bisect_left(keys, key)
        found: list[str] = []
        for candidate in keys[start : start + _PREFIX_SCAN]:
            if not candidate.startswith(key):
                break
            found.append(candidate)
        found.sort(key=len)
        out: list[Hit] = []
        for candidate in found:
            out.extend(self._keys[candidate])
            if len(out) >= limit:
                break
        return out

    def fuzzy_keys(self, key: str) -> Sequence[str]:
        if self._blocks is None:
            blocks: dict[str, list[str]] = {}
            spelled = {k for e in self._entries.values() for t in e.terms for k in fold_keys(t.text)}
            for candidate in spelled:
                for block in fuzzy_blocks(candidate):
                    blocks.setdefault(block, []).append(candidate)
            self._blocks = blocks
        found: dict[str, None] = {}
        for block in fuzzy_blocks(key):
            found.update(dict.fromkeys(self._blocks.get(block, ())))
        return list(found)

    def hits(self, keys: Iterable[str]) -> Sequence[tuple[str, Hit]]:
        return [(k, hit) for k in keys for hit in self._keys.get(k, ())]

    def entry(self, entry_id: str) -> Entry:
        return self._entries[entry_id]


def fuzzy_blocks(key: str) -> tuple[str, str]:
    """The blocks a key is compared within for fuzzy matching: its first and its last letter.

    A misspelling rarely changes both ends of a word, so comparing a query only with
    the keys that share its first or its last letter keeps nearly every close key while
    skipping most of a large glossary.

    >>> fuzzy_blocks("lavrof")
    ('^l', 'f$')
    """
    return ("^" + key[:1], key[-1:] + "$")


def index_keys(text: str) -> tuple[str, ...]:
    """The keys a term is indexed under: its folded forms and their spaceless forms."""
    return with_compacts(fold_keys(text))


def with_compacts(keys: tuple[str, ...]) -> tuple[str, ...]:
    """Folded *keys* and, after them, the spaceless forms of those that have spaces."""
    extra = tuple(compact(k) for k in keys if " " in k)
    return keys + extra if extra else keys


def lookup(
    index: TermIndex,
    query: str,
    *,
    lang: str | None = None,
    type: EntryType | None = None,
    limit: int = 10,
    fuzzy: bool = True,
) -> LookupResult:
    """Look *query* up in *index*: the best match per entry, ranked, at most *limit*.

    *lang* restricts matching to terms of that language (``de`` includes ``de-AT``),
    *type* to entries of that type. Suggestions are computed when fuzzy matching is on
    and no exact or variant match was found.
    """
    key = fold(query)
    best: dict[str, Match] = {}
    if not key:
        return LookupResult(query, (), ())
    wanted = query.casefold().strip()

    def consider(hit: Hit, kind: MatchKind, score: float) -> None:
        entry_id, position = hit
        current = best.get(entry_id)
        if current is not None and (current.kind.rank, -current.score) <= (kind.rank, -score):
            return
        entry = index.entry(entry_id)
        if type is not None and entry.type is not type:
            return
        term = entry.terms[position]
        if lang is not None and not lang_matches(term.lang, lang):
            return
        if kind is MatchKind.VARIANT and term.text.casefold() == wanted:
            kind, score = MatchKind.EXACT, 1.0
        best[entry_id] = Match(entry, term, kind, score)

    for hit in (*index.exact(key), *index.exact(compact(key))):
        consider(hit, MatchKind.VARIANT, 0.95)
    if len(best) < limit:
        for hit in index.prefix(key, limit * 4):
            entry_id, position = hit
            term_len = len(fold(index.entry(entry_id).terms[position].text))
            consider(hit, MatchKind.PREFIX, round(0.5 + 0.3 * len(key) / max(term_len, 1), 3))
    suggestions: tuple[Suggestion, ...] = ()
    if fuzzy and not any(m.kind.rank <= MatchKind.VARIANT.rank for m in best.values()):
        close = _close_terms(index, key, lang=lang, type=type)
        for hit, _term, score in close:
            if score >= FUZZY_MATCH:
                consider(hit, MatchKind.FUZZY, round(0.9 * score / 100, 3))
        suggestions = _suggestions(close)
    ranked = sorted(
        best.values(),
        key=lambda m: (m.kind.rank, -m.score, m.term.status.rank, m.entry.id),
    )
    return LookupResult(query, tuple(ranked[:limit]), suggestions)


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


def _suggestions(close: list[tuple[Hit, Term, float]]) -> tuple[Suggestion, ...]:
    best: dict[str, Suggestion] = {}
    for (entry_id, _), term, score in close:
        previous = best.get(term.text)
        if previous is None or previous.score < score / 100:
            best[term.text] = Suggestion(term.text, term.lang, entry_id, round(score / 100, 3))
    return tuple(sorted(best.values(), key=lambda s: (-s.score, s.text))[:5])
