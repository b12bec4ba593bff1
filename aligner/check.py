"""Term check for translators: discouraged, wrong-language and inconsistent names."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from glossary.equivalent import NAMED, shape
from glossary.fold import fold
from glossary.model import EntryType, TermStatus, TermType, lang_matches

from .aligner import Aligner
from .mention import MatchKind, Mention
from .translit import MATCH_THRESHOLD, name_similarity

__all__ = ["Finding", "FindingKind", "LineIndex", "check_mentions", "check_text"]


class FindingKind(StrEnum):
    """What a term check found."""

    DEPRECATED = "deprecated"
    FORBIDDEN = "forbidden"
    WRONG_LANGUAGE = "wrong-language"
    INCONSISTENT = "inconsistent"
    UNLISTED = "unlisted"


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem at a 1-based line and column (columns count characters)."""

    kind: FindingKind
    line: int
    column: int
    mention: Mention
    message: str
    suggestion: str | None = None

    def __str__(self) -> str:
        hint = f" (use {self.suggestion!r})" if self.suggestion else ""
        return f"{self.line}:{self.column}: {self.kind.value}: {self.message}{hint}"

    def to_dict(self) -> dict[str, Any]:
        """The finding as JSON-ready data."""
        return {
            "kind": self.kind.value,
            "line": self.line,
            "column": self.column,
            "message": self.message,
            "suggestion": self.suggestion,
            "mention": self.mention.to_dict(),
        }


class LineIndex:
    """Line and column of character offsets in a text (CRLF and LF both end a line)."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in re.finditer(r"\r\n|\n|\r", text)]

    def locate(self, offset: int) -> tuple[int, int]:
        """The 1-based (line, column) of *offset*."""
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


def _key(m: Mention) -> str:
    """How a mention names its entity: its stem, or the term for an inflected form
    ("am Kaspischen Meer" writes "Kaspisches Meer" as consistently as any, "die ständigen
    Mitglieder" "ständiges Mitglied")."""
    if m.match is MatchKind.INFLECTED and fold(m.stem) != fold(m.term.text):
        return fold(m.term.text)
    return fold(m.stem)


def _spellings(a: Mention, b: Mention, entry_type: EntryType) -> bool:
    """Whether *a* and *b*, two forms in good standing, spell one form of a name two
    ways ("Sergej Lawrow" and "Sergei Lawrow"): an inconsistency. Other pairs are style:
    a full name then its surname or acronym ("Islamic Revolutionary Guard Corps (IRGC)"),
    a concept's synonyms ("military aid", "military assistance"), another name for the
    entity ("Moscow–Tehran axis")."""
    if entry_type not in NAMED or _shape(a) is not _shape(b):
        return False
    return name_similarity(a.term.text, a.term.lang, b.term.text, b.term.lang) >= MATCH_THRESHOLD


def _shape(m: Mention) -> TermType | None:
    return shape(m.term)


def check_mentions(mentions: Sequence[Mention], lines: LineIndex, *, lang: str,
                   aligner: Aligner) -> tuple[Finding, ...]:
    """The findings for *mentions* of one document written in *lang*."""
    found: list[Finding] = []
    first: dict[str, dict[str, Mention]] = {}
    for m in mentions:
        line, column = lines.locate(m.start)
        suggestion = m.replacement if m.changed else None
        term = m.term
        before = len(found)
        if m.match is MatchKind.FUZZY:
            found.append(Finding(FindingKind.UNLISTED, line, column, m,
                                 f"{m.surface!r} is not in the glossary; taken for "
                                 f"{m.entry_id!r} ({term.text!r}, score {m.score:.2f})",
                                 suggestion))
        elif term.status is TermStatus.FORBIDDEN:
            found.append(Finding(FindingKind.FORBIDDEN, line, column, m,
                                 f"{m.surface!r} is a forbidden form of {m.entry_id!r}",
                                 suggestion))
        elif term.status is TermStatus.DEPRECATED:
            found.append(Finding(FindingKind.DEPRECATED, line, column, m,
                                 f"{m.surface!r} is a deprecated form of {m.entry_id!r}",
                                 suggestion))
        elif not lang_matches(term.lang, lang) and suggestion is not None:
            found.append(Finding(FindingKind.WRONG_LANGUAGE, line, column, m,
                                 f"{m.surface!r} is the {term.lang} form of {m.entry_id!r}",
                                 suggestion))
        if len(found) != before:
            continue  # a form with a finding of its own is no style to be consistent with
        forms = first.setdefault(m.entry_id, {})
        key = _key(m)
        if key not in forms:
            entry_type = aligner.entry(m.entry_id).type
            clash = next((o for k, o in forms.items()
                          if k not in key and key not in k and _spellings(m, o, entry_type)), None)
            if clash is not None:
                where = "{}:{}".format(*lines.locate(clash.start))
                found.append(Finding(FindingKind.INCONSISTENT, line, column, m,
                                     f"{m.entry_id!r} is written {m.stem!r} here but "
                                     f"{clash.stem!r} at {where}",
                                     suggestion))
            forms[key] = m
    found.sort(key=lambda f: (f.line, f.column, f.kind.value))
    return tuple(found)


def check_text(aligner: Aligner, text: str, *, lang: str) -> tuple[Finding, ...]:
    """Check *text* (written in *lang*): each deprecated, forbidden, wrong-language or
    unlisted form, and each entity named inconsistently, with line and column.

    Two forms of one name are inconsistent when they spell the same form two ways
    ("Sergej Lawrow" then "Sergei Lawrow"); a full name then its surname or acronym, and
    a concept's synonyms, are a writer's style, not an inconsistency.
    """
    mentions = aligner.mentions(text, lang=lang)
    return check_mentions(mentions, LineIndex(text), lang=lang, aligner=aligner)
