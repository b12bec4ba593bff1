"""What the bilingual check reports: kinds of finding, the spans they point at, findings."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

__all__ = ["Finding", "FindingKind", "Span"]


class FindingKind(StrEnum):
    """What is wrong with a unit's terminology.

    ``deprecated``, ``forbidden``, ``wrong-language`` and ``unlisted-spelling`` are the
    kinds of wrong term (:attr:`group` ``wrong-term``); ``inconsistent`` is reported but
    is no error (:attr:`is_error`).
    """

    MISSING_TERM = "missing-term"
    DEPRECATED = "deprecated"
    FORBIDDEN = "forbidden"
    WRONG_LANGUAGE = "wrong-language"
    UNLISTED_SPELLING = "unlisted-spelling"
    DO_NOT_TRANSLATE = "do-not-translate"
    INCONSISTENT = "inconsistent"
    UNTRANSLATED = "untranslated"

    @property
    def group(self) -> str:
        """``wrong-term`` for the kinds of wrong term, else the kind itself."""
        return "wrong-term" if self in _WRONG_TERM else self.value

    @property
    def is_error(self) -> bool:
        """Whether the finding makes the check fail (all but ``inconsistent``)."""
        return self is not FindingKind.INCONSISTENT


_WRONG_TERM = frozenset({FindingKind.DEPRECATED, FindingKind.FORBIDDEN,
                         FindingKind.WRONG_LANGUAGE, FindingKind.UNLISTED_SPELLING})


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of a segment's text: ``text[start:end] == surface`` (character offsets)."""

    start: int
    end: int
    surface: str

    def to_dict(self) -> dict[str, Any]:
        """The span as JSON-ready data."""
        return {"surface": self.surface, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in one unit of one file.

    ``source`` is where the source segment names the entry (None when it does not);
    ``target`` where the target names it wrongly (None for a missing term); ``expected``
    the entry's admitted target terms, preferred first. ``entry_id`` is None only for an
    untranslated unit.
    """

    file: str
    unit: str
    line: int | None
    kind: FindingKind
    entry_id: str | None
    source: Span | None
    target: Span | None
    expected: tuple[str, ...]
    message: str

    def to_dict(self) -> dict[str, Any]:
        """The finding as JSON-ready data (the stable schema of ``termaid qa --json``)."""
        return {
            "file": self.file,
            "unit": self.unit,
            "line": self.line,
            "kind": self.kind.value,
            "group": self.kind.group,
            "error": self.kind.is_error,
            "entry": self.entry_id,
            "source": None if self.source is None else self.source.to_dict(),
            "target": None if self.target is None else self.target.to_dict(),
            "expected": list(self.expected),
            "message": self.message,
        }
