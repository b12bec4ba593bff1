"""What tells English from German: the word lists of ``data/langdetect.txt``, and the
glossary's names that one language writes its own way."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from glossary.fold import fold

if TYPE_CHECKING:
    from .aligner import Aligner
    from .mention import Mention

__all__ = ["LANGUAGES", "OTHER", "Evidence", "glossary_votes", "load_evidence", "parse_evidence"]

#: Languages whose text termaid reads (the aligner's endings, cues and word lists).
LANGUAGES = ("en", "de")

#: The score of letters that are neither English nor German.
OTHER = "other"
_FILE = "aligner/data/langdetect.txt"
_KINDS = ("words", "endings", "clusters", "letters")
_SECTIONS = {
    "en": ("words", "endings", "clusters"),
    "de": ("words", "endings", "clusters", "letters"),
    OTHER: ("letters",),
    "both": ("words",),
}
#: Letters past Latin Extended-B (Greek, Cyrillic, Arabic, ...) belong to neither language.
_LAST_LATIN = 0x24F
_VOTES: WeakKeyDictionary[Aligner, dict[tuple[str, str], str]] = WeakKeyDictionary()


@dataclass(frozen=True, slots=True)
class Evidence:
    """Item -> weight, per kind of item and per language (see the data file's comments)."""

    words: dict[str, dict[str, float]]
    endings: dict[str, dict[str, float]]
    clusters: dict[str, dict[str, float]]
    letters: dict[str, dict[str, float]]  # "de" and "other"
    shared: frozenset[str]  # words both languages use: no evidence

    def ending(self, lang: str, word: str) -> float:
        """The weight of the longest listed ending of *word* (lower case) in *lang*."""
        endings = self.endings[lang]
        for size in range(min(len(word) - 2, 6), 1, -1):
            weight = endings.get(word[-size:])
            if weight is not None:
                return weight
        return 0.0

    def letter(self, lang: str, word: str) -> float:
        """The weight of the heaviest listed letter in *word* (lower case) for *lang*."""
        letters = self.letters.get(lang, {})
        best = 0.0
        for char in set(word):
            weight = letters.get(char)
            if weight is None and lang == OTHER and ord(char) > _LAST_LATIN and char.isalpha():
                weight = 1.0
            if weight is not None and weight > best:
                best = weight
        return best

    def cluster(self, lang: str, word: str) -> float:
        """The sum of the weights of the listed letter sequences in *word* (lower case)."""
        return sum(w for c, w in self.clusters[lang].items() if c in word)


@cache
def load_evidence() -> Evidence:
    """The lists of ``data/langdetect.txt`` (read once)."""
    return parse_evidence(files("aligner").joinpath("data/langdetect.txt").read_text("utf-8"))


def parse_evidence(text: str) -> Evidence:
    """The lists of a ``langdetect.txt`` text; a malformed line raises ``ValueError``."""
    tables: dict[str, dict[str, dict[str, float]]] = {
        kind: {lang: {} for lang, kinds in _SECTIONS.items() if kind in kinds} for kind in _KINDS
    }
    section: dict[str, float] | None = None
    seen: set[str] = set()
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("["):
            lang, _, kind = line.strip("[]").partition(" ")
            if kind not in _SECTIONS.get(lang, ()) or line in seen:
                raise ValueError(f"{_FILE}:{number}: unknown or repeated section {line!r}")
            seen.add(line)
            section = tables[kind][lang]
            continue
        item, _, weight = line.partition(" ")
        if section is None:
            raise ValueError(f"{_FILE}:{number}: {item!r} before any section")
        try:
            section[item.casefold()] = float(weight) if weight.strip() else 1.0
        except ValueError:
            raise ValueError(f"{_FILE}:{number}: bad weight {weight.strip()!r}") from None
    shared = frozenset(tables["words"].pop("both"))
    return Evidence(
        tables["words"], tables["endings"], tables["clusters"], tables["letters"], shared
    )


def glossary_votes(text: str, aligner: Aligner, scores: dict[str, float]) -> list[tuple[int, int]]:
    """Add a vote per glossary mention written so in one language only; the mentions' spans.

    "Moscow" is English only (German: Moskau); "Putin", "Iran" and "Araghchi" (which the
    German side admits) vote for neither. Fuzzy links are left out.
    """
    found: dict[int, Mention] = {}
    for lang in LANGUAGES:  # German endings are found in German mode only (Lawrows)
        for m in aligner.mentions(text, lang=lang, fuzzy=False):
            found.setdefault(m.start, m)
    votes = _votes(aligner)
    spans: list[tuple[int, int]] = []
    for start in sorted(found):
        m = found[start]
        if spans and m.start < spans[-1][1]:
            continue
        spans.append((m.start, m.end))
        key = (m.entry_id, m.term.text)
        if key not in votes:
            votes[key] = _vote(aligner, *key)
        if votes[key]:
            scores[votes[key]] += 1.0
    return spans


def _votes(aligner: Aligner) -> dict[tuple[str, str], str]:
    """(entry id, term) -> the language it votes for, "" for none (kept with the aligner)."""
    votes = _VOTES.get(aligner)
    if votes is None:
        votes = _VOTES[aligner] = {}
    return votes


def _vote(aligner: Aligner, entry_id: str, term: str) -> str:
    """The one language of *entry_id* that writes *term* so, when the other writes it otherwise."""
    entry = aligner.entry(entry_id)  # by id (a scan of a 100k-entry glossary took 5 ms)
    form = fold(term)
    written = {_base(t.lang) for t in entry.terms if fold(t.text) == form} & set(LANGUAGES)
    elsewhere = {_base(t.lang) for t in entry.terms} & set(LANGUAGES) - written
    return written.pop() if len(written) == 1 and elsewhere else ""


def _base(lang: str) -> str:
    return lang.split("-", 1)[0].casefold()
