"""The one exception hierarchy of termaid, rooted in :class:`TermaidError`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "EXIT_FINDINGS",
    "EXIT_INTERNAL",
    "EXIT_OK",
    "EXIT_USAGE",
    "GlossaryError",
    "GlossaryFormatError",
    "Problem",
    "TermaidError",
    "UnknownEntryError",
    "UsageError",
    "WriteError",
]

#: The exit codes of the command line (documented in the README and ``termaid --help``).
EXIT_OK = 0
#: Findings, conflicts left, nothing matched: the command worked and has something to say.
EXIT_FINDINGS = 1
#: Bad usage or bad input, or an environment that refuses (a locked, read-only or full target).
EXIT_USAGE = 2
#: A bug in termaid (sysexits' EX_SOFTWARE): one line, the traceback only with TERMAID_TRACEBACK=1.
EXIT_INTERNAL = 70


class TermaidError(Exception):
    """Base of every error termaid raises on purpose.

    ``exit_code`` is what the command line turns the error into; the CLI does so in one
    place and prints ``str(error)``, never a traceback.
    """

    exit_code: int = EXIT_USAGE


class UsageError(TermaidError):
    """A caller asked for something that cannot be done as asked (bad option value, ...)."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input file, located by file and 1-based line."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"


class GlossaryError(TermaidError):
    """Something is wrong with a glossary or with the way it was asked for."""


class WriteError(GlossaryError):
    """A file cannot be written as asked: read-only, a directory, a full disk, a missing folder.

    Nothing was changed: the target keeps its old content.
    """


class GlossaryFormatError(GlossaryError):
    """A glossary file is malformed; carries every problem found, in file order."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        if not self.problems:
            raise ValueError("GlossaryFormatError needs at least one problem")
        super().__init__("\n".join(str(p) for p in self.problems))


class UnknownEntryError(GlossaryError, KeyError):
    """No entry has the id asked for."""

    exit_code = EXIT_FINDINGS

    def __init__(self, entry_id: str, suggestions: Iterable[str] = ()) -> None:
        self.entry_id = entry_id
        self.suggestions = tuple(suggestions)
        super().__init__(entry_id)

    def __str__(self) -> str:
        text = f"no entry with id {self.entry_id!r}"
        if self.suggestions:
            text += "; did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        return text
