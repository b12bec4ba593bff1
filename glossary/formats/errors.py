"""The errors the exchange formats raise, all located by file and line."""

from __future__ import annotations

from ..errors import GlossaryError, GlossaryFormatError

__all__ = [
    "ExchangeError",
    "ExportError",
    "ImportFormatError",
    "InputTooLargeError",
    "MergeError",
    "UnsafeXMLError",
]


class ExchangeError(GlossaryError):
    """Something went wrong exporting a glossary to, or importing it from, another format."""


class ImportFormatError(GlossaryFormatError, ExchangeError):
    """A file to import is malformed; carries every problem found, each ``file:line: message``."""


class UnsafeXMLError(ImportFormatError):
    """An XML file declares entities or a document type that would be expanded or fetched."""


class InputTooLargeError(ImportFormatError):
    """A file to import is larger than the limit (``max_bytes``)."""


class ExportError(ExchangeError):
    """The glossary cannot be written in the format asked for (no entries, a tab in a term, ...)."""


class MergeError(ExchangeError):
    """Imported entries cannot be merged into the target glossary (it is invalid, unwritable, ...)."""
