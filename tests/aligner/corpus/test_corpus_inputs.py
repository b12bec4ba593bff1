"""Finding a corpus's files and planning its partitions."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from aligner.corpus.errors import CorpusUsageError
from aligner.corpus.inputs import InputKind, find_inputs, plan_partitions
from aligner.errors import InputError


def _touch(path: Path, data: bytes = b"x\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("name", "kind"), [
    ("a.txt", InputKind.TEXT), ("a", InputKind.TEXT), ("a.md", InputKind.TEXT),
    ("a.jsonl", InputKind.JSONL), ("a.NDJSON", InputKind.JSONL),
    ("a.parquet", InputKind.PARQUET),
], ids=lambda v: str(v))
def test_kind_by_name(name: str, kind: InputKind) -> None:
    assert InputKind.of(Path(name)) is kind


def test_folder_layout_sources_and_hidden_files(tmp_path: Path) -> None:
    root = tmp_path / "wires"
    _touch(root / "dpa" / "2024" / "a.txt")
    _touch(root / "reuters" / "b.txt")
    _touch(root / "top.txt")
    _touch(root / "feed.v2.jsonl")
    _touch(root / ".hidden.txt")
    _touch(root / ".git" / "x.txt")
    files = find_inputs([str(root)])
    assert [(f.rel, f.source) for f in files] == [
        ("feed.v2.jsonl", "feed"), ("top.txt", "wires"),
        ("dpa/2024/a.txt", "dpa"), ("reuters/b.txt", "reuters")]


def test_glob_file_and_excluded_output(tmp_path: Path) -> None:
    _touch(tmp_path / "in" / "a.txt")
    _touch(tmp_path / "in" / "sub" / "b.txt")
    _touch(tmp_path / "in" / "out" / "normalized" / "a.txt")
    assert [f.rel for f in find_inputs([f"{tmp_path}/in/**/*.txt"],
                                       exclude=tmp_path / "in" / "out")] == ["a.txt", "sub/b.txt"]
    assert [f.rel for f in find_inputs([str(tmp_path / "in" / "a.txt")])] == ["a.txt"]


@pytest.mark.parametrize("spec", ["missing", "empty"])
def test_inputs_that_name_nothing(tmp_path: Path, spec: str) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match=spec):
        find_inputs([str(tmp_path / spec)])


def test_two_inputs_with_one_relative_path_are_refused(tmp_path: Path) -> None:
    a, b = _touch(tmp_path / "a" / "x.txt"), _touch(tmp_path / "b" / "x.txt")
    with pytest.raises(CorpusUsageError, match="'x.txt'"):
        find_inputs([str(a), str(b)])


def test_text_files_group_by_size_and_count(tmp_path: Path) -> None:
    for i in range(10):
        _touch(tmp_path / f"{i}.txt", b"x" * 100)
    files = find_inputs([str(tmp_path)])
    by_size = plan_partitions(files, partition_size=250)
    assert [len(p.files) for p in by_size] == [2, 2, 2, 2, 2]
    by_count = plan_partitions(files, partition_size=10_000, max_documents=4)
    assert [len(p.files) for p in by_count] == [4, 4, 2]
    assert [p.id for p in by_count] == ["part-00000", "part-00001", "part-00002"]


@pytest.mark.parametrize("size", [1, 7, 40, 1000])
def test_jsonl_ranges_cover_the_file_at_line_starts(tmp_path: Path, size: int) -> None:
    data = b"".join(b'{"text": "%s"}\n' % (b"w" * (i % 13)) for i in range(50)) + b'{"text": "end"}'
    path = _touch(tmp_path / "f.jsonl", data)
    parts = plan_partitions(find_inputs([str(path)]), partition_size=size)
    assert parts[0].start == 0 and parts[-1].stop == len(data)
    for a, b in itertools.pairwise(parts):
        assert a.stop == b.start and data[a.stop - 1:a.stop] == b"\n"
    assert all(p.size == p.stop - p.start > 0 for p in parts)


def test_parquet_row_groups_grouped_with_first_rows(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "t.parquet"
    pq.write_table(pa.Table.from_pylist([{"text": "x" * 50}] * 100), path, row_group_size=10)
    files = find_inputs([str(path)])
    one = pq.ParquetFile(path).metadata.row_group(0).total_byte_size
    parts = plan_partitions(files, partition_size=3 * one)
    assert [(p.start, p.stop, p.first_row) for p in parts] == [
        (0, 3, 0), (3, 6, 30), (6, 9, 60), (9, 10, 90)]


def test_a_mixed_plan_keeps_file_order(tmp_path: Path) -> None:
    _touch(tmp_path / "a.txt")
    _touch(tmp_path / "b.jsonl", b'{"text": "x"}\n')
    _touch(tmp_path / "c.txt")
    kinds = [p.kind for p in plan_partitions(find_inputs([str(tmp_path)]))]
    assert kinds == [InputKind.TEXT, InputKind.JSONL, InputKind.TEXT]
