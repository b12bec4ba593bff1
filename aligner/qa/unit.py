"""What the bilingual check reads: segments, translation units and the documents holding them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["Code", "Document", "InputFormat", "Segment", "Unit", "base_lang"]


class InputFormat(StrEnum):
    """The kinds of bilingual input ``termaid qa`` reads."""

    XLIFF = "xliff"
    TMX = "tmx"
    PO = "po"
    PAIR = "pair"


@dataclass(frozen=True, slots=True)
class Code:
    """An inline code left out of a segment's text (a tag of XLIFF or TMX) and where it stood.

    ``offset`` is the character offset in the segment text where the code was; ``label``
    is how a reader is shown it: ``<g id="1">``, ``</g>``, ``<x id="2"/>``.
    """

    offset: int
    label: str


@dataclass(frozen=True, slots=True)
class Segment:
    """The text of one side of a unit, inline codes taken out (their places kept in ``codes``).

    Offsets that the check reports count characters of ``text``.
    """

    text: str
    codes: tuple[Code, ...] = ()


@dataclass(frozen=True, slots=True)
class Unit:
    """One source segment and its translation: ``target`` is None where the file has none.

    ``id`` is the unit's name in its file (an XLIFF or TMX id, a PO message's context and
    msgid, a paragraph number); ``line`` is where the unit starts in the (source) file.
    """

    id: str
    source: Segment
    target: Segment | None
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """The units of one bilingual file (or one pair of texts) and its two languages.

    ``source_lang`` and ``target_lang`` are the tags the file gives or the caller chose
    (``en-US`` stays ``en-US``; :attr:`source_base` is what the aligner reads).
    ``target_path`` is the second file of a pair of plain texts; ``skipped`` counts the
    units the file marks as not to translate or that lack the source language.
    """

    path: str
    format: InputFormat
    source_lang: str
    target_lang: str
    units: tuple[Unit, ...]
    version: str | None = None
    target_path: str | None = None
    skipped: int = 0

    @property
    def source_base(self) -> str:
        """The primary language of the source (``en`` for ``en-US``)."""
        return base_lang(self.source_lang)

    @property
    def target_base(self) -> str:
        """The primary language of the target (``de`` for ``de-AT``)."""
        return base_lang(self.target_lang)


def base_lang(tag: str) -> str:
    """The primary language subtag of *tag*, lowercase: ``de`` for ``de_AT`` or ``DE-at``.

    >>> base_lang("en-US"), base_lang("de_AT"), base_lang("DE")
    ('en', 'de', 'de')
    """
    return tag.replace("_", "-").split("-", 1)[0].casefold()
