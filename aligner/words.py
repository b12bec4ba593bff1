"""Ordinary words of German and English: is a capitalised word of running text a name?

The lists are data (``aligner/data/words/de.txt``, ``en.txt``; their headers name origin
and licence, ``bench/make_wordlists.py`` regenerates them): every form of the German
common nouns of german-nouns (Wiktionary), less those that are also names there, and the
lower-case words of Debian's wamerican (SCOWL). They are read on first use (about 0.1 s).

A German noun or an English word written with a capital (at the start of a sentence, in
a heading) is not a name: "Konten", "Muskat", "Samba", "Peers" never become fuzzy links
to Ghent, Muscat, Zambia or Persia. Words that are names as well (Rom, Iwan) are not in
the lists.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["COMPOUND_HEAD_MIN", "is_ordinary", "ordinary_words"]

#: A word that ends in an ordinary word of at least this many letters, after at least
#: three letters of its own, is a German compound and ordinary too
#: ("Paketverwaltungsprogramm"). Shorter heads are left alone: names end in them
#: (Wolgograd, Jekaterinburg, Sewastopol).
COMPOUND_HEAD_MIN = 6


@cache
def ordinary_words() -> frozenset[str]:
    """The case-folded ordinary words of both languages."""
    words: set[str] = set()
    for lang in ("de", "en"):
        text = resources.files("aligner").joinpath(f"data/words/{lang}.txt").read_text("utf-8")
        start = 0
        while text.startswith("#", start):  # the comment header
            start = text.index("\n", start) + 1
        words.update(text[start:].split())
    return frozenset(words)


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
