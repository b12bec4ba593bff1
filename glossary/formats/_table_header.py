"""The header row of a CSV, TSV or spreadsheet glossary: the language of each column, spelled
as a tag ("en-US", "de_DE") or as a language name in English or German ("english",
"German", "Deutsch", "Englisch"), names CLDR gives through Babel; ``note`` and ``-`` name
the columns that are no language.

>>> header_columns(["English", "Deutsch"]), header_columns(["en-US", "de_DE", "Note"])
(['en', 'de'], ['en-US', 'de-DE', 'note'])
>>> header_columns(["Source", "Target"]) is None
True

A first row of column words ("context, source, target" as Weblate writes it;
data/header_words.txt) names no language, but is no entry either when ``--columns`` names
the columns: :func:`names_columns`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

from ._common import foreign_lang

__all__ = ["NOTE", "SKIP", "header_columns", "language_name", "names_columns"]

#: Column names that are not languages: the entry note, and a column to ignore.
NOTE, SKIP = "note", "-"
#: The locales whose language names a header may use.
NAME_LOCALES = ("en", "de")


@cache
def _names() -> dict[str, str]:
    """Folded language name -> tag, from CLDR's names in English and German (Babel); a
    name that means two languages is left out."""
    from babel import Locale

    found: dict[str, set[str]] = {}
    for locale in NAME_LOCALES:
        for code, name in Locale.parse(locale).languages.items():
            found.setdefault(name.casefold(), set()).add(code.replace("_", "-"))
    return {name: next(iter(codes)) for name, codes in found.items() if len(codes) == 1}


def language_name(cell: str) -> str | None:
    """The tag of a language named *cell* in English or German, else None.

    >>> language_name("german"), language_name("Englisch"), language_name("Target")
    ('de', 'en', None)
    """
    tag = _names().get(" ".join(cell.split()).casefold())
    if tag is None:
        return None
    try:
        return foreign_lang(tag)
    except ValueError:
        return None


def _column(cell: str) -> str | None:
    folded = cell.strip().casefold()
    if folded in (NOTE, SKIP):
        return folded
    try:
        return foreign_lang(cell)
    except ValueError:
        return language_name(cell)


def header_columns(row: Sequence[str]) -> list[str] | None:
    """The columns *row* names when it is a header (two languages at least, each a tag or
    a language name, besides ``note``/``-`` columns), else None."""
    columns = [_column(cell) for cell in row]
    langs = [c for c in columns if c not in (NOTE, SKIP)]
    if len(langs) < 2 or any(c is None for c in columns):
        return None
    return [c for c in columns if c is not None]


@cache
def _header_words() -> frozenset[str]:
    """Words that head a column without naming a language (data/header_words.txt)."""
    text = (Path(__file__).parent / "data" / "header_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().casefold() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def names_columns(row: Sequence[str]) -> bool:
    """Whether *row* is a header of column words, perhaps with language names or tags
    ("context, source, target"; "Quelle, Ziel"; "English, Comment"), none of them a term.

    >>> names_columns(["context", "source", "target"]), names_columns(["Iran", "Iran"])
    (True, False)
    """
    words = _header_words()
    cells = [c.strip().casefold() for c in row if c.strip()]
    return any(c in words for c in cells) and all(c in words or _column(c) is not None for c in cells)
