"""A text and its translation as two plain files, aligned paragraph by paragraph.

Paragraphs are separated by blank lines (lines holding nothing but spaces and tabs); the
n-th paragraph of one file is a unit with the n-th of the other, named ``p<n>``. Texts
whose paragraph counts differ do not align: that is an error naming both counts and the
last paragraph of the shorter file, and nothing is checked (a guess would pair every
later paragraph wrongly). A language is taken from the file name (``report.en.txt``)
unless given.
"""

from __future__ import annotations

import re

from glossary.errors import Problem

from .errors import QAFormatError
from .unit import Document, InputFormat, Segment, Unit

__all__ = ["lang_from_name", "paragraphs", "parse_pair"]

_NAME_LANG = re.compile(r"\.([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,4})?)\.[^./\\]+$")


def paragraphs(text: str) -> list[tuple[int, str]]:
    """The paragraphs of *text* with the line each starts on; line breaks inside a paragraph
    are kept as written.

    >>> paragraphs("One\\ntwo.\\n\\n  \\nThree.\\n")
    [(1, 'One\\ntwo.'), (5, 'Three.')]
    """
    out: list[tuple[int, str]] = []
    lines: list[str] = []
    start = 0
    for number, line in enumerate(text.splitlines(keepends=True), 1):
        if line.strip(" \t\r\n"):
            if not lines:
                start = number
            lines.append(line)
        elif lines:
            out.append((start, "".join(lines).rstrip("\r\n")))
            lines = []
    if lines:
        out.append((start, "".join(lines).rstrip("\r\n")))
    return out


def lang_from_name(name: str) -> str | None:
    """The language tag in a file name such as ``bericht.de.txt`` (a tag CLDR knows), or None.

    >>> lang_from_name("report.en.txt"), lang_from_name("notes.txt"), lang_from_name("a.xx.txt")
    ('en', None, None)
    """
    match = _NAME_LANG.search(name)
    if match is None:
        return None
    from glossary.langtag import canonical_tag

    try:
        return canonical_tag(match.group(1).replace("_", "-"))
    except ValueError:
        return None


def parse_pair(source: str, target: str, *, source_name: str, target_name: str,
               source_lang: str | None = None, target_lang: str | None = None) -> Document:
    """The units of a source text and its translation, one a paragraph.

    Raises :class:`~aligner.qa.errors.QAFormatError` when the paragraph counts differ.
    """
    left, right = paragraphs(source), paragraphs(target)
    if len(left) != len(right):
        short, name = (left, source_name) if len(left) < len(right) else (right, target_name)
        last = f"; the last paragraph of {name} starts on line {short[-1][0]}" if short else ""
        raise QAFormatError([Problem(
            source_name, None,
            f"{len(left)} paragraphs, but {target_name} has {len(right)}: --pair aligns "
            f"paragraph by paragraph, so both texts need the same blank-line breaks{last}")])
    units = tuple(Unit(f"p{n}", Segment(s), Segment(t), line)
                  for n, ((line, s), (_, t)) in enumerate(zip(left, right, strict=True), 1))
    return Document(source_name, InputFormat.PAIR,
                    source_lang or lang_from_name(source_name) or "",
                    target_lang or lang_from_name(target_name) or "", units,
                    target_path=target_name)
