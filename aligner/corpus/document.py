"""A corpus document, the columns it is read from, and a document that was skipped."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Columns", "Document", "Skipped"]


@dataclass(frozen=True, slots=True)
class Columns:
    """The names of the columns a table input (JSON Lines, Parquet) is read from.

    Only ``text`` must be present; a missing ``id`` becomes the document's place in its
    file, a missing ``lang`` is detected, a missing ``source`` is the file's name.
    """

    text: str = "text"
    id: str = "id"
    lang: str = "lang"
    source: str = "source"


@dataclass(frozen=True, slots=True)
class Document:
    """One text of a corpus.

    ``id`` names it in reports (a column value, or its place: ``wires/a.txt``,
    ``feed.jsonl@1024`` for the line at byte 1024, ``feed.parquet#7`` for row 7);
    ``lang`` is ``None`` until given or detected; ``source`` is the outlet it counts for
    in an entity table; ``where`` is its place in the input when ``id`` is a column value.
    """

    id: str
    text: str
    lang: str | None
    source: str
    where: str

    def to_dict(self) -> dict[str, Any]:
        """The document as JSON-ready data."""
        return {"id": self.id, "source": self.source, "lang": self.lang, "text": self.text}


@dataclass(frozen=True, slots=True)
class Skipped:
    """A document that was not processed, and why (bad encoding, no language, ...)."""

    id: str
    where: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        """The skipped document as JSON-ready data."""
        return {"id": self.id, "where": self.where, "reason": self.reason}

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> Skipped:
        """The inverse of :meth:`to_dict`."""
        return cls(data["id"], data["where"], data["reason"])
