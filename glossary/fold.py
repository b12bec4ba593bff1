"""The one text normaliser: folding terms and queries to comparison keys.

Every index termaid builds and every query against it goes through :func:`fold`, so
"Russland-Iran-Bündnis", "russland iran bundnis" and "RUSSLAND–IRAN–BÜNDNIS" meet on
one key. :func:`fold_keys` adds the other spellings a term is looked up by (German
umlauts written ae/oe/ue) on the index side only.
"""

from __future__ import annotations

import unicodedata

__all__ = ["ERASED", "SEPARATORS", "compact", "fold", "fold_keys", "with_compacts"]

#: Characters that separate the parts of a name or compound: all become one space.
SEPARATORS = frozenset(
    " \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u202f\u205f\u3000"  # spaces
    "-_/\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"  # hyphens, dashes, minus
)
#: Characters erased without a trace: soft hyphens, zero-width characters, apostrophes, dots.
ERASED = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff'\u2019\u2018\u02bc\u02bb`\u00b4.")

_TABLE = {ord(c): " " for c in SEPARATORS} | {ord(c): None for c in ERASED}
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def fold(text: str) -> str:
    """Fold *text* to its comparison key.

    Case is folded (``casefold``: ß becomes ss), diacritics are dropped (ü → u, é → e),
    hyphens, dashes, slashes and runs of white space become one space, and apostrophes,
    dots, soft hyphens and zero-width characters disappear.

    >>> fold("Russland–Iran-Bündnis")
    'russland iran bundnis'
    >>> fold("  Straße ") == fold("STRASSE")
    True
    >>> fold("St. Petersburg")
    'st petersburg'
    """
    if not text.isascii():
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    return " ".join(text.casefold().translate(_TABLE).split())


def fold_keys(text: str) -> tuple[str, ...]:
    """All keys a term is found by: :func:`fold`, and the ae/oe/ue spelling of umlauts.

    >>> fold_keys("Bündnis")
    ('bundnis', 'buendnis')
    >>> fold_keys("Teheran")
    ('teheran',)
    """
    key = fold(text)
    if text.isascii():
        return (key,)
    expanded = fold(unicodedata.normalize("NFC", text).translate(_UMLAUTS))
    return (key,) if expanded == key else (key, expanded)


def compact(key: str) -> str:
    """A folded key without its spaces, for joined spellings ("UN Sicherheitsrat").

    >>> compact(fold("UN-Sicherheitsrat"))
    'unsicherheitsrat'
    """
    return key.replace(" ", "")


def with_compacts(keys: tuple[str, ...]) -> tuple[str, ...]:
    """Folded *keys* and, after them, the spaceless forms of those that have spaces.

    >>> with_compacts(("viet nam",))
    ('viet nam', 'vietnam')
    """
    extra = tuple(compact(k) for k in keys if " " in k)
    return keys + extra if extra else keys
