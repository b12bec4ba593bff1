"""Folding of names before they are read: case, umlauts, accents, separators."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["TOKEN", "fold"]

_SEPARATORS = (
    " \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u202f\u205f\u3000-_/\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
)
_ERASED = "\u00ad\u200b\u200c\u200d\u2060\ufeff'\u2019\u2018\u02bc\u02bb`\u00b4."
#: Letters NFKD leaves whole.
_PRE_FOLD = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ł": "l", "ı": "i", "đ": "dzh", "ø": "o", "æ": "ae",
     "œ": "oe", "þ": "th", "ð": "d", "ə": "e", "ʒ": "zh"}
)
_FOLD_TABLE = str.maketrans({**{c: " " for c in _SEPARATORS}, **{c: None for c in _ERASED}})
#: A token of a folded name.
TOKEN = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Case-fold, expand umlauts, strip accents, erase apostrophes; separators → spaces.

    >>> fold("Müller-Lüdenscheidt's")
    'mueller luedenscheidts'
    """
    text = text.casefold()
    if not text.isascii():
        # Compose first, so that a decomposed ä (a + U+0308) expands like a composed one.
        text = unicodedata.normalize("NFC", text).translate(_PRE_FOLD)
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
        # Compatibility forms can decompose into characters that fold further.
        text = text.casefold().translate(_PRE_FOLD)
    return text.translate(_FOLD_TABLE)
