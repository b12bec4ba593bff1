"""Errors of the bilingual check: unreadable or malformed input files, located by line."""

from __future__ import annotations

from collections.abc import Iterable

from glossary.errors import Problem

from ..errors import InputError

__all__ = ["QAFormatError", "UnsafeInputError"]


class QAFormatError(InputError):
    """A bilingual file cannot be read as asked; carries every problem, each ``file:line: message``."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        if not self.problems:
            raise ValueError("QAFormatError needs at least one problem")
        super().__init__("\n".join(str(p) for p in self.problems))


class UnsafeInputError(QAFormatError):
    """An XML file declares entities or references something outside it: refused, never expanded."""
