"""Whole runs through the library: engines agree byte for byte, reruns resume or replace."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from aligner.aligner import Aligner
from aligner.corpus import CorpusRun, Mode, OutputFormat, run_corpus
from aligner.corpus.errors import CorpusUsageError

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "support"))

from corpusgen import tree

SIZE = 6000  # bytes per partition: the small corpus makes a dozen partitions


def _run(inputs: tuple[str, ...], out: Path, mode: Mode, aligner: Aligner, **options: object):  # type: ignore[no-untyped-def]
    return run_corpus(CorpusRun(mode, inputs, out, partition_size=SIZE, **options), aligner)  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", list(Mode), ids=str)
def test_a_process_pool_writes_the_same_bytes(corpus_inputs: tuple[str, ...], shipped: Aligner,
                                              tmp_path: Path, mode: Mode) -> None:
    one = _run(corpus_inputs, tmp_path / "one", mode, shipped)
    two = _run(corpus_inputs, tmp_path / "two", mode, shipped, workers=2)
    assert one.partitions > 5 and one.documents == 149 and one.skipped == 7
    assert tree(tmp_path / "one") == tree(tmp_path / "two")
    assert one.results() == two.results()


def test_outputs_of_each_mode(corpus_inputs: tuple[str, ...], shipped: Aligner, tmp_path: Path) -> None:
    _run(corpus_inputs, tmp_path / "n", Mode.NORMALIZE, shipped)
    files = tree(tmp_path / "n")
    assert "normalized/dpa/doc-00000.txt" in files
    crlf = files["normalized/tass/doc-00017.txt"]
    assert b"\r\n" in crlf and b"Araghtschi" in crlf and b"Araghchi" not in crlf
    records = [json.loads(line) for name, data in files.items()
               if name.startswith("normalized/part-") and name.endswith(".jsonl")
               for line in data.splitlines()]
    assert {"id", "source", "lang", "text", "mentions", "changes"} == set(records[0])
    skipped = [json.loads(x) for x in files["errors.jsonl"].splitlines()]
    assert {s["id"] for s in skipped} >= {"dpa/binary.txt", "tass/latin1.txt", "no-text", "doc-00025"}
    summary = _run(corpus_inputs, tmp_path / "a", Mode.ALIGN, shipped)
    table = json.loads((tmp_path / "a" / "entities.json").read_text(encoding="utf-8"))
    assert summary.entities == len(table["entities"]) > 5
    assert sum(e["total"] for e in table["entities"]) == summary.mentions


def test_text_input_written_as_jsonl(corpus_inputs: tuple[str, ...], shipped: Aligner,
                                     tmp_path: Path) -> None:
    _run(corpus_inputs[:1], tmp_path / "j", Mode.NORMALIZE, shipped, format=OutputFormat.JSONL)
    names = sorted(tree(tmp_path / "j"))
    assert not any(n.endswith(".txt") for n in names)
    assert "normalized/part-00000.jsonl" in names


def test_a_rerun_resumes_where_the_last_one_stopped(corpus_inputs: tuple[str, ...],
                                                   shipped: Aligner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = _run(corpus_inputs, out, Mode.NORMALIZE, shipped)
    whole = tree(out)
    # as a killed run leaves it: partitions without their record (written last), some
    # without their output, a temporary file, and no summary
    tables = sorted(p.stem for p in (out / "normalized").glob("part-*.jsonl"))
    for part in ("part-00001", tables[0], tables[-1]):
        (out / "parts" / f"{part}.json").unlink()
    (out / "normalized" / f"{tables[0]}.jsonl").unlink()
    (out / "normalized" / f".{tables[-1]}.jsonl.99-ab.termaid-tmp").write_bytes(b"half")
    (out / "summary.json").unlink()
    again = _run(corpus_inputs, out, Mode.NORMALIZE, shipped)
    assert again.resumed == first.partitions - 3
    assert again.bytes_run < first.bytes_run / 2 and again.results() == first.results()
    assert tree(out) == whole


def test_another_plan_is_refused_unless_replaced(corpus_inputs: tuple[str, ...],
                                                 shipped: Aligner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run(corpus_inputs, out, Mode.NORMALIZE, shipped)
    with pytest.raises(CorpusUsageError, match="--replace"):
        _run(corpus_inputs, out, Mode.NORMALIZE, shipped, to="en")
    _run(corpus_inputs, out, Mode.NORMALIZE, shipped, to="en", replace=True)
    _run(corpus_inputs, tmp_path / "fresh", Mode.NORMALIZE, shipped, to="en")
    assert tree(out) == tree(tmp_path / "fresh")


def test_a_folder_that_is_not_a_run_is_left_alone(corpus_inputs: tuple[str, ...],
                                                  shipped: Aligner, tmp_path: Path) -> None:
    (tmp_path / "mine.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(CorpusUsageError, match="not empty"):
        _run(corpus_inputs, tmp_path, Mode.ALIGN, shipped, replace=True)
    assert (tmp_path / "mine.txt").read_text(encoding="utf-8") == "keep"


def test_one_process_keeps_its_aligner_out_of_the_collectors_passes_while_it_runs(
        corpus_inputs: tuple[str, ...], shipped: Aligner, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The inline run freezes the heap (the built aligner) for the run and hands it back."""
    import gc

    from aligner.corpus import pool

    seen: list[int] = []
    real = pool.run_partition

    def spy(*args: object) -> object:
        seen.append(gc.get_freeze_count())
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(pool, "run_partition", spy)
    before = gc.get_freeze_count()
    run_corpus(CorpusRun(Mode.ALIGN, corpus_inputs, tmp_path / "out"), shipped)
    assert seen and min(seen) > before + 10_000
    assert gc.get_freeze_count() == before


def test_a_heap_the_caller_froze_stays_frozen() -> None:
    import gc

    from aligner.corpus.worker import frozen_heap

    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with frozen_heap():
            pass
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
