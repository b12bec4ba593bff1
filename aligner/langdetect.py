"""Telling English from German text, short texts included, or saying why it cannot.

termaid reads two languages (:data:`LANGUAGES`), and its inputs are news texts that are
often short and mostly names ("Lavrov met Araghchi in Moscow."). Three kinds of
evidence add up, each weighted in the data file ``data/langdetect.txt`` (with comments):

* function words that only one of the two languages uses (``the``, ``of``; ``und``,
  ``für``); words both use (in, an, so, was, war, die, will, also, hat, man) are left out;
* spelling, outside the glossary's names: German letters (ä ö ü ß), letter sequences
  (sch, cht; th, gh) and word endings (-ung, -lich, -te; -ing, -ly, -ed) typical of one
  language; letters of neither (é, ñ, Cyrillic) count against both;
* the glossary, when an aligner is given: a name or term that the glossary writes one
  way in one language only is a vote for that language (Moscow, Kremlin for English;
  Lawrow, Moskau for German). Forms both languages share (Putin, Iran, and Lavrov and
  Araghchi, which the German side admits) vote for neither.

At most the first :data:`SAMPLE` characters are read, :data:`STEP` at a time, stopping
once the evidence is decisive (:data:`DECISIVE`). A language is picked when its score is
at least :data:`MIN_SCORE` and at least twice the other's and twice the score of letters
of neither language; when both languages' function words are there ("The talks and die
Gespräche und"), it needs :data:`MIXED_RATIO` times the other's. Otherwise
:class:`~aligner.errors.LanguageError` says why (empty, too little text, not English or
German, a mix) and asks for ``--lang``.

On the 116 short texts of tests/aligner/langdetect_cases.py (3 to 12 words, most with
names) it is right on all with the shipped glossary, and right on 111 and unsure on 5
(never wrong) without it; it refuses all 12 unclear ones (bench/bench_langdetect.py).

Why not a general detector: ``lingua-language-detector``, restricted to English and
German, was measured on the same texts: its wheel is 96 MB, its first detection costs
0.7-0.9 s (the models load lazily; termaid's 40 ms), it got 114 of the 116 right but
called "Putin und Raisi." and "Iran trat 2024 den BRICS bei." English, and of the 12
unclear texts it refused only the three without Latin letters (French is German to it,
"Putin, Assad, Iran." English). It knows nothing of the glossary, which on short
news text is the best evidence there is, and termaid needs two languages, not
seventy-five.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ._langevidence import LANGUAGES, OTHER, Evidence, glossary_votes, load_evidence
from .errors import LanguageError

if TYPE_CHECKING:
    from .aligner import Aligner

__all__ = [
    "DECISIVE",
    "LANGUAGES",
    "MIN_SCORE",
    "MIXED_RATIO",
    "SAMPLE",
    "STEP",
    "STOPWORDS",
    "LanguageGuess",
    "check_language",
    "detect_language",
    "guess_language",
    "language_name",
]

#: How much of a text is read, in characters.
SAMPLE = 20_000
#: The score the winning language needs (a strong function word such as "und" is 2).
MIN_SCORE = 1.5
#: When both languages' function words score MIN_SCORE, the winner needs this many times
#: the other's score (else the text is a mix); otherwise twice.
MIXED_RATIO = 3.0
#: Characters read at a time; reading stops once the evidence is decisive.
STEP = 2_000
#: A score that settles the question, with four times the other language's and others'.
DECISIVE = 20.0
#: Shortest word whose ending counts.
_MIN_ENDING_WORD = 5
_NAMES = {"en": "English", "de": "German"}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """The score of each language in a text, and the language picked if any."""

    scores: tuple[tuple[str, float], ...]  # en and de, best first
    other: float  # letters of neither language
    words: int  # how many words were read
    function_words: tuple[tuple[str, float], ...]  # the part of each score due to words

    @property
    def lang(self) -> str | None:
        """The language the text is in, or ``None`` when the evidence does not say."""
        (best, score), (_, second) = self.scores
        if score < MIN_SCORE or score < 2 * second or score < 2 * self.other:
            return None
        return None if self.mixed else best

    @property
    def mixed(self) -> bool:
        """Both languages' function words are there, and neither has thrice the score."""
        (_, score), (_, second) = self.scores
        both = all(weight >= MIN_SCORE for _, weight in self.function_words)
        return both and score < MIXED_RATIO * second

    def describe(self) -> str:
        """The scores as the messages show them: ``en 4, de 0.5``."""
        parts = [f"{lang} {score:g}" for lang, score in self.scores]
        if self.other:
            parts.append(f"other letters {self.other:g}")
        return ", ".join(parts)


def language_name(lang: str) -> str:
    """``"German"`` for ``"de"`` (and ``"de-AT"``); the tag itself for others."""
    return _NAMES.get(_base(lang), lang)


def check_language(lang: str, *, option: str = "language") -> str:
    """*lang* if termaid reads that language (``de-AT`` counts as ``de``), else raise.

    >>> check_language("fr", option="--lang")
    Traceback (most recent call last):
    ...
    aligner.errors.LanguageError: --lang fr: termaid reads English and German text only (en, de)
    """
    if _base(lang) not in LANGUAGES:
        raise LanguageError(
            f"{option} {lang}: termaid reads English and German text only ({', '.join(LANGUAGES)})"
        )
    return lang


def guess_language(text: str, *, aligner: Aligner | None = None) -> LanguageGuess:
    """The evidence for each language in the start of *text* (see the module docstring).

    The text is read in pieces of :data:`STEP` characters, and no further once one
    language has :data:`DECISIVE` points and four times the rest.
    """
    sample = text[:SAMPLE]
    evidence = load_evidence()
    scores = dict.fromkeys((*LANGUAGES, OTHER), 0.0)
    grammar = dict.fromkeys(LANGUAGES, 0.0)
    seen: dict[tuple[str, bool], tuple[float, float, float]] = {}
    words = start = 0
    while start < len(sample) and not _decided(scores, grammar):
        stop = _piece_end(sample, start + STEP)
        piece = sample[start:stop]
        names = glossary_votes(piece, aligner, scores) if aligner is not None else []
        name = 0
        for match in _WORD.finditer(piece):
            words += 1
            while name < len(names) and names[name][1] <= match.start():
                name += 1
            word = match.group().casefold()
            for lang in LANGUAGES:
                grammar[lang] += evidence.words[lang].get(word, 0.0)
            if name < len(names) and names[name][0] <= match.start():
                continue  # a glossary name's spelling says nothing of the text's language
            key = (word, match.group()[0].isupper())
            spelling = seen.get(key)
            if spelling is None:
                spelling = seen[key] = _spelling(evidence, *key)
            for lang, weight in zip((*LANGUAGES, OTHER), spelling, strict=True):
                scores[lang] += weight
        start = stop
    total = {lang: scores[lang] + grammar[lang] for lang in LANGUAGES}
    ranked = sorted(LANGUAGES, key=lambda lang: -total[lang])
    return LanguageGuess(
        tuple((lang, total[lang]) for lang in ranked),
        scores[OTHER],
        words,
        tuple(grammar.items()),
    )


def detect_language(text: str, *, name: str = "text", aligner: Aligner | None = None) -> str:
    """``"en"`` or ``"de"``: the language of *text*, else :class:`LanguageError` saying why.

    Give the *aligner* that will read the text: its glossary's names are evidence.

    >>> detect_language("Der Außenminister sagte, dass die Gespräche weitergehen.")
    'de'
    >>> detect_language("The foreign minister said that the talks would go on.")
    'en'
    >>> detect_language("Putin und Raisi.")
    'de'
    """
    if not text.strip():
        raise LanguageError(f"{name}: input is empty")
    guess = guess_language(text, aligner=aligner)
    if guess.lang is not None:
        return guess.lang
    score = guess.scores[0][1]
    if score == 0:
        why = "it has no English or German word that termaid knows"
    elif score < 2 * guess.other:
        why = f"it does not look like English or German ({guess.describe()})"
    elif score < MIN_SCORE:
        why = f"too little text to go by ({guess.describe()})"
    else:  # mixed, or both languages score
        why = f"it reads as a mix of English and German ({guess.describe()})"
    raise LanguageError(
        f"{name}: cannot tell its language: {why}; termaid reads en and de: "
        "give the language with --lang en or --lang de"
    )


def _base(lang: str) -> str:
    return lang.split("-", 1)[0].casefold()


def _spelling(evidence: Evidence, word: str, capital: bool) -> tuple[float, float, float]:
    """The evidence of a word's letters, letter sequences and ending: en, de, other."""
    long = len(word) >= _MIN_ENDING_WORD
    en, de = (
        evidence.cluster(lang, word) + (evidence.ending(lang, word) if long else 0.0)
        for lang in LANGUAGES
    )
    letters = evidence.letter("de", word)
    de += letters / 2 if capital else letters  # Jürgen in English text
    return en, de, evidence.letter(OTHER, word)


def _piece_end(text: str, at: int) -> int:
    """The end of a piece near *at*: after the next white space, or the end of *text*."""
    if at >= len(text):
        return len(text)
    space = _SPACE.search(text, at)
    return space.end() if space else len(text)


def _decided(scores: dict[str, float], grammar: dict[str, float]) -> bool:
    en, de = (scores[lang] + grammar[lang] for lang in LANGUAGES)
    best, rest = max(en, de), min(en, de) + scores[OTHER]
    return best >= DECISIVE and best >= 4 * rest


#: Each language's function words, the words both use included: the fuzzy linker never
#: takes them for names.
STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(load_evidence().words[lang]) | load_evidence().shared for lang in LANGUAGES
}
