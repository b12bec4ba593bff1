"""Errors of the aligner, under termaid's one hierarchy (:class:`glossary.TermaidError`)."""

from __future__ import annotations

from glossary.errors import TermaidError, UsageError

__all__ = ["AlignerError", "InputError", "LanguageError"]


class AlignerError(TermaidError):
    """The aligner cannot do what it was asked (bad language, unreadable input, ...)."""


class LanguageError(AlignerError, UsageError):
    """A text's language is not given and cannot be detected, or is not supported."""


class InputError(AlignerError):
    """An input text cannot be read (missing file, bad encoding); names file and line."""
