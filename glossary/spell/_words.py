"""Splitting text into Cyrillic words and giving a spelling the case of its source word."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["recase", "respell"]

_WORD = re.compile(r"[А-Яа-яЁё]+")


def recase(spelled: str, source: str) -> str:
    """*spelled* capitalised like *source*: all capitals, a capital initial, or as is.

    >>> recase("lawrow", "ЛАВРОВ"), recase("lawrow", "Лавров"), recase("lawrow", "лавров")
    ('LAWROW', 'Lawrow', 'lawrow')
    """
    if len(source) > 1 and source.isupper():
        return spelled.upper()
    if source[:1].isupper():
        return spelled[:1].upper() + spelled[1:]
    return spelled.lower()


def respell(text: str, word: Callable[[str], str]) -> str:
    """*text* with every run of Cyrillic letters replaced by ``word(run)``; the rest is kept."""
    return _WORD.sub(lambda m: word(m.group()), text)
