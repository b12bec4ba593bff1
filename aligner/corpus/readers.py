"""Reading a partition's documents one at a time; a bad one becomes a :class:`Skipped`.

Nothing here holds more than one document (or one Parquet batch) in memory. A document
is skipped, with its id and the reason, when it is larger than the limit, holds a NUL
byte (binary), is not UTF-8, is not a JSON object with a string in the text column, or
has no text.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping
from typing import Any, BinaryIO

from .document import Columns, Document, Skipped
from .inputs import InputFile, InputKind, Partition

__all__ = ["BATCH_ROWS", "document_from_row", "read_partition"]

#: Rows read from a Parquet file at a time.
BATCH_ROWS = 512


def read_partition(part: Partition, columns: Columns, *,
                   max_document_size: int) -> Iterator[Document | Skipped]:
    """The documents of *part*, in order, and those skipped, in their place."""
    if part.kind is InputKind.TEXT:
        for f in part.files:
            yield _text_file(f, max_document_size)
    elif part.kind is InputKind.JSONL:
        yield from _jsonl(part, columns, max_document_size)
    else:
        yield from _parquet(part, columns, max_document_size)


def _bad_bytes(data: bytes) -> str | None:
    at = data.find(b"\0")
    if at >= 0:
        return f"binary: a NUL byte at byte {at}"
    return None


def _too_large(size: int | None, limit: int) -> str:
    what = f"{size} bytes" if size is not None else "a line"
    return f"too large: {what} over the limit of {limit} bytes (--max-document-size)"


def _text_file(f: InputFile, limit: int) -> Document | Skipped:
    try:
        with open(f.path, "rb") as stream:
            data = stream.read(limit + 1)
    except OSError as exc:
        return Skipped(f.rel, f.rel, f"unreadable: {exc.strerror or exc}")
    if len(data) > limit:
        return Skipped(f.rel, f.rel, _too_large(max(f.size, len(data)), limit))
    bad = _bad_bytes(data)
    if bad:
        return Skipped(f.rel, f.rel, bad)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Skipped(f.rel, f.rel, f"not UTF-8 text ({exc.reason} at byte {exc.start})")
    return Document(f.rel, text, None, f.source, f.rel)


def _lines(stream: BinaryIO, start: int, stop: int,
           limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(offset, line without its break) from *start* to *stop*; ``None`` for a line over
    *limit* bytes, which is read past without being held."""
    stream.seek(start)
    at = start
    while at < stop:
        line = stream.readline(limit + 2)
        if not line:
            return
        if len(line) == limit + 2 and not line.endswith(b"\n"):
            chunk = line
            while chunk and not chunk.endswith(b"\n"):
                chunk = stream.readline(1 << 20)
            yield at, None
        else:
            body = line.rstrip(b"\r\n")
            yield at, None if len(body) > limit else body
        at = stream.tell()


def _jsonl(part: Partition, columns: Columns, limit: int) -> Iterator[Document | Skipped]:
    f = part.files[0]
    with open(f.path, "rb") as stream:
        for offset, line in _lines(stream, part.start, part.stop, limit):
            where = f"{f.rel}@{offset}"
            if line is None:
                yield Skipped(where, where, _too_large(None, limit))
                continue
            if not line.strip():
                continue
            try:
                row = json.loads(line.decode("utf-8"))
            except UnicodeDecodeError as exc:
                yield Skipped(where, where, f"not UTF-8 text ({exc.reason} at byte {exc.start})")
                continue
            except json.JSONDecodeError as exc:
                yield Skipped(where, where, f"not JSON ({exc.msg} at column {exc.colno})")
                continue
            if not isinstance(row, dict):
                yield Skipped(where, where, f"not a JSON object but {type(row).__name__}")
                continue
            yield document_from_row(row, columns, where=where, source=f.source)


def _present(value: Any) -> bool:
    """Whether a cell holds a value: not missing, not NaN, not empty."""
    if isinstance(value, float):
        return not math.isnan(value)
    return value is not None and value != ""


def document_from_row(row: Mapping[str, Any], columns: Columns, *, where: str,
                      source: str) -> Document | Skipped:
    """The document in *row* (a JSON object, a table row); *where* is its place, the id
    when the row has none, *source* its source when the row has none."""
    raw_id = row.get(columns.id)
    doc_id = str(raw_id) if _present(raw_id) else where
    text = row.get(columns.text)
    if not isinstance(text, str):
        what = "missing" if not _present(text) else f"a {type(text).__name__}, not a string"
        return Skipped(doc_id, where, f"no text: the column {columns.text!r} is {what}")
    if "\0" in text:
        return Skipped(doc_id, where, f"binary: a NUL character at {text.index(chr(0))}")
    lang = row.get(columns.lang)
    src = row.get(columns.source)
    return Document(doc_id, text, lang if isinstance(lang, str) and lang else None,
                    str(src) if _present(src) else source, where)


def _parquet(part: Partition, columns: Columns, limit: int) -> Iterator[Document | Skipped]:
    from .tables import parquet_file

    f = part.files[0]
    pf = parquet_file(f.path)
    names = set(pf.schema_arrow.names)
    wanted = [c for c in dict.fromkeys((columns.text, columns.id, columns.lang, columns.source))
              if c in names]
    number = part.first_row
    for batch in pf.iter_batches(batch_size=BATCH_ROWS, row_groups=range(part.start, part.stop),
                                 columns=wanted, use_threads=False):
        data = batch.to_pydict()
        for i in range(batch.num_rows):
            where = f"{f.rel}#{number}"
            number += 1
            row = {c: data[c][i] for c in wanted}
            text = row.get(columns.text)
            if isinstance(text, str) and len(text) > limit // 4 \
                    and len(text.encode("utf-8")) > limit:
                yield Skipped(where, where, _too_large(len(text.encode("utf-8")), limit))
                continue
            yield document_from_row(row, columns, where=where, source=f.source)
