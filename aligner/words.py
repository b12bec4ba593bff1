"""Ordinary words of German and English: is a capitalised word of running text a name?

The lists are data (``aligner/data/words/de.txt``, ``en.txt``; their headers name origin
and licence, ``bench/make_wordlists.py`` regenerates them): every form of the German
common nouns of german-nouns (Wiktionary) and of the verbs and adjectives of
LanguageTool's german-pos-dict, less those that are also one-word names there, and the
lower-case words of Debian's wamerican (SCOWL); beside them, hand-written lists of the
most frequent words (``de-common.txt``, ``en-common.txt``). They are read on first use
(about 0.1 s).

A German noun or an English word written with a capital (at the start of a sentence, in
a heading) is not a name: "Konten", "Muskat", "Samba", "Peers" never become fuzzy links
to Ghent, Muscat, Zambia or Persia. Words that are names as well (Rom, Iwan) are not in
the lists.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = [
    "COMPOUND_HEAD_MIN",
    "LANGUAGES",
    "common_words",
    "function_words",
    "is_ordinary",
    "listed_words",
    "ordinary_words",
]

#: A word that ends in an ordinary word of at least this many letters, after at least
#: three letters of its own, is a German compound and ordinary too
#: ("Paketverwaltungsprogramm"). Shorter heads are left alone: names end in them
#: (Wolgograd, Jekaterinburg, Sewastopol).
COMPOUND_HEAD_MIN = 6


#: The languages with a word list.
LANGUAGES = ("de", "en")


@cache
def listed_words(lang: str) -> frozenset[str]:
    """The case-folded words of one language's list ("de" or "en"), as listed (a compound
    of a listed word is not listed itself: see :func:`is_ordinary`)."""
    text = resources.files("aligner").joinpath(f"data/words/{lang}.txt").read_text("utf-8")
    start = 0
    while text.startswith("#", start):  # the comment header
        start = text.index("\n", start) + 1
    return frozenset(text[start:].split())


@cache
def common_words(lang: str) -> frozenset[str]:
    """The frequent words of one language ("de" or "en"): function words, and the nouns
    and sentence-initial words most frequent in news text (``data/words/LANG-common.txt``,
    hand-written)."""
    path = f"data/words/{lang}-common.txt"
    text = resources.files("aligner").joinpath(path).read_text("utf-8")
    return frozenset(w.casefold() for line in text.splitlines() if not line.startswith("#")
                     for w in line.split())


@cache
def function_words(lang: str) -> frozenset[str]:
    """The words of one language ("de" or "en") that are never a name, even with a
    capital: :func:`common_words` and the function words of :mod:`aligner.langdetect`
    (those both languages share included)."""
    from .langdetect import STOPWORDS

    return common_words(lang) | {w.casefold() for w in STOPWORDS[lang]}


@cache
def ordinary_words() -> frozenset[str]:
    """The case-folded listed words of both languages."""
    return frozenset().union(*map(listed_words, LANGUAGES))


def is_ordinary(word: str) -> bool:
    """Whether *word* (any case) is an ordinary German or English word, or a German
    compound whose last part is one (see :data:`COMPOUND_HEAD_MIN`).

    >>> is_ordinary("Konten"), is_ordinary("peers"), is_ordinary("Lawrow")
    (True, True, False)
    >>> is_ordinary("Paketverwaltungsprogramm"), is_ordinary("Wolgograd")
    (True, False)
    """
    folded = word.casefold()
    words = ordinary_words()
    if folded in words:
        return True
    for i in range(3, len(folded) - COMPOUND_HEAD_MIN + 1):
        if folded[i:] in words:
            return True
    return False
