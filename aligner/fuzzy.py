"""Fuzzy linking: names the glossary does not list, linked by transliteration.

Only capitalised words go here, and only those the exact matcher left alone. A run of
capitalised words ("Wjatscheslaw Wolodin", "Außenminister Sergej Lawrow") is tried
greedily from the left, longest first (up to four words), against a
:class:`~aligner.translit.TranslitIndex` of the Latin-script names of named entities
(people, places, organisations, ...; not concepts, whose words are ordinary words, and
not terms with context cues or acronyms). A trailing ending of the text's language
(Lawrows, Lavrov's) is tried off as well.

Cost is kept per *distinct* run of capitalised words: the runs of a text are collected
with one ``re.findall`` and a set, each new run is decided once (and remembered, up to
:data:`MEMO_SIZE` runs), and positions are looked up only for runs that linked. A text
whose capitalised words are all known or ordinary costs one regular-expression pass.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from glossary.model import Entry, EntryType

from .context import control_for
from .endings import APOSTROPHES, ENDINGS
from .translit import MATCH_THRESHOLD, TranslitIndex

__all__ = ["LINKABLE", "MEMO_SIZE", "FuzzyLink", "FuzzyLinker"]

#: Runs of capitalised words remembered between calls.
MEMO_SIZE = 100_000
#: Entry types whose names are linked fuzzily.
LINKABLE = frozenset(
    {EntryType.PERSON, EntryType.PLACE, EntryType.ORGANIZATION, EntryType.FACILITY,
     EntryType.SYSTEM, EntryType.PRODUCT}
)  # fmt: skip
_MAX_WORDS = 4
_MIN_LETTERS = 4
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĞĠĢĤĦĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŖŘŚŜŞŠŢŤŦŪŮŰŲŴŶŸŹŻŽ"
_WORD = rf"[{_UPPER}][^\W\d_]+(?:[-\u2010\u2011][{_UPPER}]?[^\W\d_]+)*"
#: A run of capitalised words separated by single spaces.
RUN = re.compile(rf"(?<![\w\u00ad-]){_WORD}(?: {_WORD})*(?![\w\u00ad])")
_WORD_RE = re.compile(_WORD)


class FuzzyLink(NamedTuple):
    """A decided link inside a run: word offsets in the run, the target and the score."""

    start: int
    end: int
    ending: str
    code: int
    score: float


def _endings(word: str, lang: str) -> list[tuple[str, str]]:
    """*word* and its stems with an ending taken off: [(stem, ending), ...]."""
    out = [(word, "")]
    if len(word) > 2 and word[-2] in APOSTROPHES and word[-1] in "sS":
        out.append((word[:-2], word[-2:]))
    base = "de" if lang.startswith("de") else "en" if lang.startswith("en") else ""
    for ending in ENDINGS.get(base, ()):
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_LETTERS:
            out.append((word[: -len(ending)], ending))
    return out


class FuzzyLinker:
    """Links unknown capitalised names to entries through a transliteration index.

    *codes* maps a Latin-script name to its (entry index, term index) code as the
    matcher numbers them; *known* says whether a word is an exact pattern already.
    """

    def __init__(self, entries: Sequence[Entry], *, min_score: float = MATCH_THRESHOLD) -> None:
        self.min_score = min_score
        names: list[tuple[str, str, int]] = []
        for n, entry in enumerate(entries):
            if entry.type not in LINKABLE:
                continue
            for t, term in enumerate(entry.terms):
                if not (term.lang.startswith(("en", "de")) or term.lang.endswith("-Latn")):
                    continue
                if control_for(term) is not None or not any(c.isalpha() for c in term.text):
                    continue
                if not all(c.isascii() or c.isalpha() and ord(c) < 0x250 or not c.isalpha() for c in term.text):
                    continue
                names.append((term.text, term.lang, n << 8 | t))
        self.index: TranslitIndex[int] = TranslitIndex(names)
        self._memo: dict[tuple[str, str], tuple[FuzzyLink, ...]] = {}

    def __getstate__(self) -> object:
        return (self.min_score, self.index)

    def __setstate__(self, state: object) -> None:
        self.min_score, self.index = state  # type: ignore[misc]
        self._memo = {}

    def _best(self, words: Sequence[str], lang: str) -> tuple[str, int, float] | None:
        """The best (ending, code, score) for a run of words, trying endings off."""
        best: tuple[str, int, float] | None = None
        head = " ".join(words[:-1])
        for stem, ending in _endings(words[-1], lang):
            query = f"{head} {stem}" if head else stem
            if sum(c.isalpha() for c in query) < _MIN_LETTERS:
                continue
            found = self.index.candidates(query, lang, min_score=self.min_score)
            if found and (best is None or found[0][2] > best[2]):
                best = (ending, found[0][0], found[0][2])
        return best

    def decide(self, run: str, lang: str) -> tuple[FuzzyLink, ...]:
        """The links inside one run of capitalised words (remembered)."""
        key = (run, lang)
        links = self._memo.get(key)
        if links is not None:
            return links
        words = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(run)]
        found: list[FuzzyLink] = []
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + _MAX_WORDS), i, -1):
                best = self._best([w for _, _, w in words[i:j]], lang)
                if best is not None:
                    # a leading word the name does not need ("Auch Wjatscheslaw Wolodin")
                    start = i
                    for k in range(i + 1, j):
                        inner = self._best([w for _, _, w in words[k:j]], lang)
                        if inner is None or inner[1] != best[1] or inner[2] < best[2]:
                            break
                        start, best = k, inner
                    ending, code, score = best
                    found.append(FuzzyLink(words[start][0], words[j - 1][1], ending, code, score))
                    i = j
                    break
            else:
                i += 1
        links = tuple(found)
        if len(self._memo) >= MEMO_SIZE:
            self._memo.clear()
        self._memo[key] = links
        return links

    def link(
        self, text: str, lang: str, *, begin: int = 0, stop: int | None = None
    ) -> list[tuple[int, int, FuzzyLink]]:
        """Links in runs starting in ``text[begin:stop]``: (run start, run end, link)."""
        stop = len(text) if stop is None else stop
        runs = set(RUN.findall(text, begin))
        linked = {run: links for run in runs if (links := self.decide(run, lang))}
        if not linked:
            return []
        out: list[tuple[int, int, FuzzyLink]] = []
        for run, links in linked.items():
            at = text.find(run, begin)
            while 0 <= at < stop:
                m = RUN.match(text, at)
                if m is not None and m.end() == at + len(run) and _run_start(text, at) == at:
                    out.extend((at, at + len(run), link) for link in links)
                at = text.find(run, at + 1)
        out.sort(key=lambda r: r[0] + r[2].start)
        return out


def _run_start(text: str, at: int) -> int:
    """The start of the run of capitalised words that a run starting at *at* belongs to."""
    i = at
    while i >= 2 and text[i - 1] == " " and (text[i - 2].isalpha()):
        j = i - 2
        while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "-\u2010\u2011"):
            j -= 1
        if not text[j].isupper():
            break
        i = j
    return i
