"""When two terms of one language are the same spelling: the one rule that validation
(:func:`glossary.termbase.check_entries`) and the import merge
(:mod:`glossary.formats.merge`) both apply.

Two terms are the same spelling when they share a key: their :func:`~glossary.fold.fold`
(case, diacritics, hyphens and spaces folded), its ae/oe/ue form, or either without its
spaces ("add-on" and "addon", "Viet Nam" and "Vietnam", "QR-Code" and "qrcode"), unless
both are case-sensitive and written differently ("B/s" and "b/s" marked
``case_sensitive`` are two spellings). The merge once compared with :func:`fold_keys`
alone, and validation then refused what the merge had let through: both steps call
:func:`spelling_keys` and :func:`distinct` now, and a test feeds both the same pairs.

>>> spelling_keys("Add-on"), spelling_keys("Vietnam") == spelling_keys("Viet Nam")[-1:]
(('add on', 'addon'), True)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .fold import fold_keys, with_compacts
from .model import Entry, Term

__all__ = ["case_variants", "distinct", "mark_case_variants", "spelling_keys"]


def spelling_keys(text: str, folded: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """The keys under which *text* is one spelling (*folded*: its :func:`fold_keys`,
    when the caller has them already)."""
    return with_compacts(fold_keys(text) if folded is None else folded)


def distinct(a: Term, b: Term) -> bool:
    """Whether two terms that share a key are still two spellings: both case-sensitive
    and written differently."""
    return a.case_sensitive and b.case_sensitive and a.text != b.text


def case_variants(a: str, b: str) -> bool:
    """Whether *a* and *b* differ in capitals only ("Index" and "index", "B/s" and "b/s").

    >>> case_variants("Index", "index"), case_variants("index", "index"), case_variants("Indeks", "index")
    (True, False, False)
    """
    return a != b and a.casefold() == b.casefold()


def mark_case_variants(entries: Sequence[Entry]) -> tuple[tuple[Entry, ...], tuple[str, ...]]:
    """*entries* (read from one file) with ``case_sensitive`` set on every term that
    another entry of the file writes with other capitals ("B/s" and "b/s", "Index" and
    "index" in two entries), so that a merge keeps them as two entries instead of
    collapsing them; and the spellings so marked, as ``"B/s / b/s (en)"``.

    Case variants within one entry are one term's spellings and stay as they are.

    >>> from glossary.model import EntryType
    >>> a = Entry("a", EntryType.CONCEPT, (Term("B/s", "en"),))
    >>> b = Entry("b", EntryType.CONCEPT, (Term("b/s", "en"), Term("Byte/s", "de")))
    >>> out, said = mark_case_variants([a, b])
    >>> [t.case_sensitive for e in out for t in e.terms], said
    ([True, True, False], ('B/s / b/s (en)',))
    """
    first: dict[tuple[str, str], str] = {}  # (language, casefolded text) -> the first spelling
    mixed: set[tuple[str, str]] = set()  # ... of those written in more than one way
    for e in entries:
        for t in e.terms:
            key = (t.lang, t.text.casefold())
            if first.setdefault(key, t.text) != t.text:
                mixed.add(key)
    if not mixed:
        return tuple(entries), ()
    seen: dict[tuple[str, str], dict[str, set[int]]] = {}  # ... -> {spelling: the entries writing it}
    for i, e in enumerate(entries):
        for t in e.terms:
            key = (t.lang, t.text.casefold())
            if key in mixed:
                seen.setdefault(key, {}).setdefault(t.text, set()).add(i)
    marked: dict[tuple[int, str, str], None] = {}
    said: list[str] = []
    for (lang, _), spellings in seen.items():
        if len(spellings) < 2 or len(set().union(*spellings.values())) < 2:
            continue
        said.append(f"{' / '.join(spellings)} ({lang})")
        for text, where in spellings.items():
            for i in where:
                marked[(i, lang, text)] = None
    if not marked:
        return tuple(entries), ()
    out = []
    for i, e in enumerate(entries):
        terms = tuple(dataclasses.replace(t, case_sensitive=True)
                      if (i, t.lang, t.text) in marked and not t.case_sensitive else t for t in e.terms)
        out.append(e if all(a is b for a, b in zip(terms, e.terms)) else dataclasses.replace(e, terms=terms))
    return tuple(out), tuple(said)
