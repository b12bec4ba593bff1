"""Names the source gives and the target spells in a way the glossary does not list, found
with the source as evidence where the aligner's own fuzzy linking declines a word.

Only entries of names (people, places, organisations, systems, facilities, products) the
source segment names are looked for, among the capitalised words of the target that no
mention covers ("Schahed" for "Shahed"); a candidate counts from the transliteration
key's :data:`~aligner.translit.MATCH_THRESHOLD` on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from glossary.fold import fold
from glossary.model import EntryType

from ..translit import MATCH_THRESHOLD, name_similarity, translit_key
from .findings import Span
from .terms import TermTable

__all__ = ["Respellings"]

_NAMES = frozenset({EntryType.PERSON, EntryType.PLACE, EntryType.ORGANIZATION,
                    EntryType.SYSTEM, EntryType.FACILITY, EntryType.PRODUCT})
_WORD = re.compile(r"[^\W\d_]+")
#: How many letters a candidate may differ in length from a term before it is scored.
_SLACK = 4
_MAX_WORDS = 3

_Term = tuple[str, str, str, int]  # text, language, first letter of its key, words


class Respellings:
    """The search (see the module docstring); terms are prepared once per entry."""

    def __init__(self, table: TermTable) -> None:
        self._table = table
        self._terms: dict[str, tuple[_Term, ...]] = {}

    def _prepared(self, entry_id: str) -> tuple[_Term, ...]:
        found = self._terms.get(entry_id)
        if found is None:
            entry = self._table[entry_id]
            found = () if entry.type not in _NAMES else tuple(
                (t.text, t.lang, translit_key(t.text, t.lang)[:1], len(t.text.split()))
                for t in entry.terms
                if t.text[:1].isupper() and len(t.text.split()) <= _MAX_WORDS)
            self._terms[entry_id] = found
        return found

    def find(self, entry_id: str, text: str, lang: str,
             taken: Sequence[tuple[int, int]]) -> Span | None:
        """The best unlisted spelling of the entry among the capitalised words of *text*
        outside the spans *taken*, or None."""
        terms = self._prepared(entry_id)
        if not terms:
            return None
        words = [m for m in _WORD.finditer(text) if m.group()[0].isupper()
                 and not any(s < m.end() and m.start() < e for s, e in taken)]
        listed = {fold(t[0]) for t in terms}
        best: tuple[float, Span] | None = None
        for i in range(len(words)):
            for n in range(1, _MAX_WORDS + 1):
                run = words[i:i + n]
                if len(run) < n or any(text[a.end():b.start()] not in (" ", "-")
                                       for a, b in pairwise(run)):
                    break
                candidate = text[run[0].start():run[-1].end()]
                if fold(candidate) in listed:
                    continue
                key = translit_key(candidate, lang)[:1]
                for term, term_lang, first, size in terms:
                    if size != n or first != key or abs(len(term) - len(candidate)) > _SLACK:
                        continue
                    score = name_similarity(candidate, lang, term, term_lang)
                    if score >= MATCH_THRESHOLD and (best is None or score > best[0]):
                        best = (score, Span(run[0].start(), run[-1].end(), candidate))
        return None if best is None else best[1]
