"""Whether a target segment renders an entry the source names, where the plain matcher
does not say so: the second look the check takes before it calls a term missing.

The aligner reads a text on its own; a translation has its source beside it. So here an
entry the source names is looked for in the target with its context cues taken as met
(the source is the context: "Rial" needs no "iranisch" nearby when the source says
"Iranian rial"), inside compounds and longer terms that the longest match gave to
another entry ("Russland" in "Russland-Iran-Bündnis"), as the adjective of a place
("der iranische Außenminister" for "Iran's foreign minister"), inside a German closed
compound ("Drohnenlieferungen"), or within the name of another entry the target names
("Iranian nuclear program" holds Iran); the rules are data, ``data/presence.yaml``. And a
``do_not_translate`` name the target spells otherwise ("mir" for "Mir", "Swift" for
"SWIFT") is found as what it is: an altered name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

import yaml

from glossary.fold import fold
from glossary.model import Term, lang_matches

from ..aligner import Aligner
from ..mention import Mention
from .findings import Span
from .terms import TermTable

__all__ = ["Presence", "holds"]


def holds(long: str, short: str) -> bool:
    """Whether the term *long* contains the term *short* as whole words, the last one
    perhaps derived (Iran, Iranian: ``derivations`` in ``data/presence.yaml``), compared
    folded.

    >>> holds("Iranian nuclear program", "Iran"), holds("Russland-Iran-Bündnis", "Russland")
    (True, True)
    >>> holds("Iran", "Iranian nuclear program"), holds("Mirage", "Mir")
    (False, False)
    """
    lw, sw = fold(long).split(), fold(short).split()
    n = len(sw)
    if not n or len(lw) < n or (len(lw) == n and lw == sw):
        return False
    head, last = sw[:-1], sw[-1]
    derivations = _rules().derivations
    for i in range(len(lw) - n + 1):
        word = lw[i + n - 1]
        if lw[i:i + n - 1] == head and word.startswith(last) \
                and (word == last or word[len(last):] in derivations):
            return True
    return False


@dataclass(frozen=True, slots=True)
class _Rules:
    """``data/presence.yaml`` as read (its comments say what each field means)."""

    derivations: frozenset[str]
    endings: dict[str, list[str]]
    adjectives: dict[str, dict[str, list[str]]]
    min_term: int
    min_rest: int
    links: tuple[str, ...]
    plural: tuple[str, ...]
    head_endings: tuple[str, ...]


@cache
def _rules() -> _Rules:
    data = yaml.safe_load(resources.files(__package__).joinpath("data/presence.yaml")
                          .read_text(encoding="utf-8"))
    c = data["compounds"]
    return _Rules(frozenset(data["derivations"]), data["endings"], data["adjectives"],
                  c["min_term"], c["min_rest"], tuple(c["links"]), tuple(c["plural"]),
                  tuple(c["endings"]))


_LETTERS = re.compile(r"[^\W\d_]+")


def _compound_pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """A pattern of folded words that are closed compounds holding one of *terms*."""
    rules = _rules()
    stems = [fold(t) for t in terms if " " not in fold(t) and len(fold(t)) >= rules.min_term]
    if not stems:
        return None
    heads = set(stems) | {s[: -len(p)] for s in stems for p in rules.plural
                          if s.endswith(p) and len(s) - len(p) >= rules.min_term}
    rest = rf"[a-z]{{{rules.min_rest},}}"
    first = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    links = "|".join(re.escape(x) for x in rules.links)
    last = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
    ends = "|".join(re.escape(x) for x in rules.head_endings)
    return re.compile(rf"(?:(?:{first})(?:{links}){rest}|{rest}(?:{last})(?:{ends}))")


class Presence:
    """The second look for an entry in a target segment (see the module docstring)."""

    def __init__(self, table: TermTable) -> None:
        self._table = table
        self._single: dict[str, Aligner] = {}
        self._adjectives: dict[tuple[str, str], re.Pattern[str] | None] = {}
        self._compounds: dict[tuple[str, str], re.Pattern[str] | None] = {}
        self._names: dict[str, re.Pattern[str] | None] = {}
        self._holds: dict[tuple[str, str, str], bool] = {}

    def _alone(self, entry_id: str) -> Aligner:
        """An aligner of this entry alone, its context cues dropped (built once)."""
        found = self._single.get(entry_id)
        if found is None:
            entry = self._table[entry_id]
            bare = replace(entry, terms=tuple(replace(t, context=()) for t in entry.terms))
            found = self._single[entry_id] = Aligner([bare], fuzzy=False)
        return found

    def rendering(self, entry_id: str, text: str, lang: str) -> Mention | None:
        """The first mention of the entry in *text* (written in *lang*) by a form admitted
        in *lang*: cues waived, inside longer terms and compounds too."""
        for m in self._alone(entry_id).mentions(text, lang=lang, fuzzy=False):
            status = self._table.status_of(m.term, entry_id, lang)
            if status is not None and not status.discouraged:
                return m
        return None

    def adjective(self, entry_id: str, text: str, lang: str) -> Span | None:
        """The first adjective of the entry (a place's: iranisch, Russian) in *text*."""
        key = (entry_id, lang)
        if key not in self._adjectives:
            rules = _rules()
            forms = [f for tag, fs in rules.adjectives.get(entry_id, {}).items()
                     if lang_matches(lang, tag) for f in fs]
            ends = "|".join(map(re.escape, rules.endings.get(lang.split("-")[0], [])))
            self._adjectives[key] = re.compile(
                rf"(?<![^\W_])(?:{'|'.join(map(re.escape, forms))})(?:{ends})?(?![^\W\d_])",
                re.IGNORECASE) if forms else None
        pattern = self._adjectives[key]
        match = None if pattern is None else pattern.search(text)
        return None if match is None else Span(match.start(), match.end(), match.group())

    def compound(self, entry_id: str, text: str, lang: str) -> Span | None:
        """The first German closed compound in *text* holding an admitted one-word term of
        the entry as its first or last part ("Drohnenlieferungen", "Aufklärungsdrohne")."""
        if not lang_matches(lang, "de"):
            return None
        key = (entry_id, lang)
        if key not in self._compounds:
            self._compounds[key] = _compound_pattern(self._table.expected(entry_id, lang))
        pattern = self._compounds[key]
        if pattern is None:
            return None
        for match in _LETTERS.finditer(text):
            if pattern.fullmatch(fold(match.group())):
                return Span(match.start(), match.end(), match.group())
        return None

    def within(self, entry_id: str, terms: Iterable[Term]) -> bool:
        """Whether one of *terms* (the terms other entries were found by in the target)
        holds a name of this entry in its language ("Iranian nuclear program": Iran)."""
        return any(self._within(entry_id, t) for t in terms)

    def _within(self, entry_id: str, term: Term) -> bool:
        key = (entry_id, term.text, term.lang)
        found = self._holds.get(key)
        if found is None:
            found = self._holds[key] = any(
                holds(term.text, t.text) for t in self._table[entry_id].terms_in(term.lang))
        return found

    def altered_name(self, entry_id: str, text: str) -> Span | None:
        """The first place *text* writes a ``do_not_translate`` name of the entry with other
        capitals ("mir", "MIR", "Swift"), or None."""
        if entry_id not in self._names:
            names = self._table.names(entry_id)
            self._names[entry_id] = re.compile(
                rf"(?<![^\W_])(?:{'|'.join(map(re.escape, names))})(?![^\W\d_])",
                re.IGNORECASE) if names else None
        pattern = self._names[entry_id]
        if pattern is None:
            return None
        written = set(self._table.names(entry_id))
        for match in pattern.finditer(text):
            if match.group() not in written:
                return Span(match.start(), match.end(), match.group())
        return None
