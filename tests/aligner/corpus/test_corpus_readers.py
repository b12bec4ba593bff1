"""Reading a partition's documents; every kind of bad document is skipped with its id."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.corpus.document import Columns, Document, Skipped
from aligner.corpus.inputs import find_inputs, plan_partitions
from aligner.corpus.readers import read_partition


def _read(path: Path, *, limit: int = 1000, columns: Columns | None = None,
          size: int = 1 << 20) -> list[Document | Skipped]:
    parts = plan_partitions(find_inputs([str(path)]), partition_size=size)
    return [d for p in parts for d in read_partition(p, columns or Columns(),
                                                      max_document_size=limit)]


@pytest.mark.parametrize(("data", "reason"), [
    (b"Lawrow\x00traf", "binary: a NUL byte at byte 6"),
    ("Grüße aus Köln".encode("latin-1"), "not UTF-8 text (invalid start byte at byte 2)"),
    (b"x" * 1001, "too large: 1001 bytes over the limit of 1000 bytes"),
], ids=["binary", "latin-1", "too-large"])
def test_bad_text_files_are_skipped_with_their_id(tmp_path: Path, data: bytes, reason: str) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad.txt").write_bytes(data)
    (tmp_path / "in" / "good.txt").write_bytes(b"Lawrow traf Araghchi.\r\n")
    bad, good = _read(tmp_path / "in")
    assert isinstance(bad, Skipped) and bad.id == "bad.txt" and bad.reason.startswith(reason)
    assert isinstance(good, Document) and good.text == "Lawrow traf Araghchi.\r\n"
    assert (good.id, good.lang, good.source) == ("good.txt", None, "in")


JSONL = b"\n".join([
    b'{"id": 7, "text": "eins", "lang": "de", "source": "dpa"}',
    b'{"text": "two"}',
    b"",
    b"{broken",
    b'["x"]',
    b'{"id": "n", "text": 5}',
    b'{"id": "u", "text": "\xff"}',
    b'{"text": "' + b"y" * 80 + b'"}',
    b'{"text": "after the long line"}',
]) + b"\n"


@pytest.mark.parametrize("size", [1, 30, 1 << 20], ids=["tiny", "small", "one"])
def test_jsonl_rows_and_bad_lines(tmp_path: Path, size: int) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(JSONL)
    got = _read(path, limit=60, size=size)
    assert [(type(d).__name__, d.id) for d in got] == [
        ("Document", "7"), ("Document", "feed.jsonl@57"), ("Skipped", "feed.jsonl@74"),
        ("Skipped", "feed.jsonl@82"), ("Skipped", "n"), ("Skipped", "feed.jsonl@111"),
        ("Skipped", "feed.jsonl@136"), ("Document", "feed.jsonl@229")]
    first = got[0]
    assert isinstance(first, Document)
    assert (first.text, first.lang, first.source, first.where) == ("eins", "de", "dpa", "feed.jsonl@0")
    reasons = [d.reason for d in got if isinstance(d, Skipped)]
    assert reasons[0].startswith("not JSON") and reasons[1] == "not a JSON object but list"
    assert reasons[2] == "no text: the column 'text' is a int, not a string"
    assert reasons[3].startswith("not UTF-8") and reasons[4].startswith("too large: a line")


def test_named_columns(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b'{"url": "u1", "body": "Text", "language": "de", "outlet": "taz"}\n')
    (doc,) = _read(path, columns=Columns("body", "url", "language", "outlet"))
    assert doc == Document("u1", "Text", "de", "taz", "feed.jsonl@0")


def test_parquet_rows_with_row_numbers_and_a_null_text(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{"text": f"row {i}", "lang": "en" if i % 2 else None} for i in range(25)]
    rows[12]["text"] = None
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "t.parquet", row_group_size=4)
    got = _read(tmp_path / "t.parquet", size=1)
    assert [d.id for d in got] == [f"t.parquet#{i}" for i in range(25)]
    assert isinstance(got[12], Skipped) and got[12].reason.startswith("no text")
    assert [d.lang for d in got[:3] if isinstance(d, Document)] == [None, "en", None]
