"""Where a partition's results go, each file written whole or not at all.

``normalize`` writes text files in the input's layout under ``normalized/`` (for text
input), or one ``normalized/part-NNNNN.jsonl`` or ``.parquet`` per partition, a record
per document: ``id``, ``source``, ``lang``, ``text`` and its ``mentions`` and ``changes``
(in Parquet two columns of JSON text). ``check`` writes ``findings/part-NNNNN.jsonl``,
a record per finding. ``align`` writes nothing per partition: its counts travel in the
partition's record under ``parts/``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Any

from ._atomic import atomic_output, write_atomic
from .document import Document
from .tables import parquet_module, pyarrow_module

__all__ = ["PARQUET_COLUMNS", "OutputFormat", "Writer", "open_writer", "parquet_row"]

#: Writes the record of one document (or one finding).
Writer = Callable[[Document, dict[str, Any]], None]
#: The columns of a normalized Parquet file, all strings.
PARQUET_COLUMNS = ("id", "source", "lang", "text", "mentions", "changes")
#: Parquet rows buffered before a row group is written.
_ROWS = 512


class OutputFormat(StrEnum):
    """How normalized documents are written."""

    TEXT = "text"
    JSONL = "jsonl"
    PARQUET = "parquet"

    @property
    def suffix(self) -> str:
        """The file name ending of a partition file of this format."""
        return f".{self.value}"


def _dumps(record: dict[str, Any]) -> bytes:
    return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")


def parquet_row(record: dict[str, Any]) -> dict[str, str]:
    """A normalized record as a Parquet row: mentions and changes as JSON text."""
    return {"id": record["id"], "source": record["source"], "lang": record["lang"],
            "text": record["text"],
            "mentions": json.dumps(record["mentions"], ensure_ascii=False),
            "changes": json.dumps(record["changes"], ensure_ascii=False)}


@contextmanager
def _jsonl(path: Path) -> Iterator[Writer]:
    with atomic_output(path) as f:

        def write(doc: Document, record: dict[str, Any]) -> None:
            f.write(_dumps(record))

        yield write


@contextmanager
def _parquet(path: Path) -> Iterator[Writer]:
    pa, pq = pyarrow_module(), parquet_module()
    schema = pa.schema([(name, pa.string()) for name in PARQUET_COLUMNS])
    rows: list[dict[str, str]] = []
    with atomic_output(path) as f:
        writer = pq.ParquetWriter(f, schema)

        def flush() -> None:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            rows.clear()

        def write(doc: Document, record: dict[str, Any]) -> None:
            rows.append(parquet_row(record))
            if len(rows) >= _ROWS:
                flush()

        try:
            yield write
            if rows:
                flush()
        finally:
            writer.close()


@contextmanager
def _layout(folder: Path) -> Iterator[Writer]:
    def write(doc: Document, record: dict[str, Any]) -> None:
        write_atomic(folder / doc.where, record["text"].encode("utf-8"))

    yield write


@contextmanager
def open_writer(out: Path, part_id: str, *, folder: str,
                fmt: OutputFormat) -> Iterator[Writer]:
    """A writer for one partition's records under ``out/folder``; its file appears when
    the ``with`` block ends without an error (text layout: each file as it is written)."""
    if fmt is OutputFormat.TEXT:
        with _layout(out / folder) as write:
            yield write
    elif fmt is OutputFormat.JSONL:
        with _jsonl(out / folder / f"{part_id}.jsonl") as write:
            yield write
    else:
        with _parquet(out / folder / f"{part_id}.parquet") as write:
            yield write
