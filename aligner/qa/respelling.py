"""Names the source gives and the target spells in a way the glossary does not list, found
with the source as evidence where the aligner's own fuzzy linking declines a word.

Only entries of names (people, places, organisations, systems, facilities, products) the
source segment names are looked for, among the capitalised words of the target that no
mention covers ("Schahed" for "Shahed"); a candidate counts from the transliteration
key's :data:`~aligner.translit.MATCH_THRESHOLD` on.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from glossary.equivalent import NAMED
from glossary.fold import fold

from ..translit import MATCH_THRESHOLD, name_similarity, translit_key
from .findings import Span
from .terms import TermTable

__all__ = ["Respellings"]

_WORD = re.compile(r"[^\W\d_]+")
#: How many letters a candidate may differ in length from a term before it is scored.
_SLACK = 4
_MAX_WORDS = 3


@dataclass(frozen=True, slots=True)
class _Term:
    text: str
    lang: str
    first: str  # the first letter of its transliteration key
    words: int


@dataclass(slots=True)
class _Candidate:
    """A run of capitalised words; its fold and key are computed when first asked for."""

    span: Span
    words: int
    lang: str
    _folded: str | None = None
    _first: str | None = None

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = fold(self.span.surface)
        return self._folded

    @property
    def first(self) -> str:
        if self._first is None:
            self._first = translit_key(self.span.surface, self.lang)[:1]
        return self._first


class Respellings:
    """The search (see the module docstring); terms are prepared once per entry."""

    def __init__(self, table: TermTable) -> None:
        self._table = table
        self._terms: dict[str, tuple[tuple[_Term, ...], frozenset[str]]] = {}

    def _prepared(self, entry_id: str) -> tuple[tuple[_Term, ...], frozenset[str]]:
        """The entry's capitalised terms of up to three words, and all its terms folded."""
        found = self._terms.get(entry_id)
        if found is None:
            entry = self._table[entry_id]
            terms = () if entry.type not in NAMED else tuple(
                _Term(t.text, t.lang, translit_key(t.text, t.lang)[:1], len(t.text.split()))
                for t in entry.terms
                if t.text[:1].isupper() and len(t.text.split()) <= _MAX_WORDS)
            found = self._terms[entry_id] = (terms, frozenset(fold(t.text) for t in entry.terms))
        return found

    def find(self, entry_ids: Iterable[str], text: str, lang: str,
             taken: Sequence[tuple[int, int]]) -> dict[str, Span]:
        """For each of *entry_ids*, the best unlisted spelling among the capitalised words of
        *text* outside the spans *taken* (sorted by start), if there is one."""
        wanted = [(e, *self._prepared(e)) for e in entry_ids]
        wanted = [w for w in wanted if w[1]]
        if not wanted:
            return {}
        candidates = _candidates(text, lang, taken)
        found: dict[str, Span] = {}
        for entry_id, terms, listed in wanted:
            best: tuple[float, Span] | None = None
            for c in candidates:
                size = len(c.span.surface)
                fits = [t for t in terms if t.words == c.words and abs(len(t.text) - size) <= _SLACK]
                if not fits or c.folded in listed:
                    continue
                for t in fits:
                    if t.first != c.first:
                        continue
                    score = name_similarity(c.span.surface, lang, t.text, t.lang)
                    if score >= MATCH_THRESHOLD and (best is None or score > best[0]):
                        best = (score, c.span)
            if best is not None:
                found[entry_id] = best[1]
        return found


def _candidates(text: str, lang: str, taken: Sequence[tuple[int, int]]) -> list[_Candidate]:
    """Runs of one to three capitalised words, joined by a space or a hyphen, that overlap
    no span of *taken*."""
    starts = [s for s, _ in taken]
    words = []
    for m in _WORD.finditer(text):
        if not m.group()[0].isupper():
            continue
        i = bisect_left(starts, m.end())
        if i and taken[i - 1][1] > m.start():
            continue  # inside a mention
        words.append(m)
    out = []
    for i in range(len(words)):
        for n in range(1, _MAX_WORDS + 1):
            run = words[i:i + n]
            if len(run) < n or any(text[a.end():b.start()] not in (" ", "-")
                                   for a, b in pairwise(run)):
                break
            surface = text[run[0].start():run[-1].end()]
            out.append(_Candidate(Span(run[0].start(), run[-1].end(), surface), n, lang))
    return out
