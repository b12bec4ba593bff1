"""The functions over Dask collections, and the aligner built once per Dask worker."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import dask
import dask.bag
import dask.dataframe
import pandas as pd
import pytest

from aligner.aligner import Aligner
from aligner.corpus import Columns, CorpusRun, Document, Mode, run_corpus
from aligner.corpus.bags import align_bag, check_bag, normalize_bag
from aligner.corpus.frames import normalize_dataframe, normalize_frame

ROWS = [
    {"id": "a", "text": "Lawrow traf Araghchi in Teheran. Die Gespräche gehen weiter.", "lang": "de", "source": "dpa"},
    {"id": "b", "text": "Lavrov met Araghtschi and Maria Sacharova in Tehran.", "lang": "en", "source": "ap"},
    {"id": "c", "text": "Sergej Lawrow und Lawrows Sprecherin sind nicht in Moskau, sagte er.", "source": "dpa"},
    {"id": "d", "text": "?!", "source": "ap"},
    {"id": "e", "text": None, "source": "ap"},
]


@pytest.fixture(autouse=True)
def _sync() -> object:
    with dask.config.set(scheduler="sync"):
        yield


def test_normalize_bag_gives_each_documents_normalization(shipped: Aligner) -> None:
    records = normalize_bag(dask.bag.from_sequence(ROWS, npartitions=2), shipped).compute()
    assert [r["id"] for r in records] == ["a", "b", "c", "d", "e"]
    a = shipped.normalize(ROWS[0]["text"], lang="de")  # type: ignore[arg-type]
    assert records[0]["text"] == a.text and len(records[0]["mentions"]) == len(a.mentions)
    assert records[2]["lang"] == "de" and records[2]["error"] is None
    assert records[3]["text"] is None and "cannot tell its language" in records[3]["error"]
    assert records[4]["error"].startswith("no text")


def test_check_bag_and_documents_in_the_bag(shipped: Aligner) -> None:
    docs = [Document("x", "Lavrov met Lawrow.", "en", "ap", "x")]
    findings = check_bag(dask.bag.from_sequence(docs), shipped).compute()
    assert {f["kind"] for f in findings} >= {"wrong-language"}
    assert all(f["id"] == "x" for f in findings)


def test_align_bag_matches_a_corpus_run(shipped: Aligner, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    run_corpus(CorpusRun(Mode.ALIGN, (str(feed),), tmp_path / "out"), shipped)
    table, skipped = align_bag(dask.bag.from_sequence(ROWS, npartitions=3), shipped).compute()
    assert table.to_json() == (tmp_path / "out" / "entities.json").read_text(encoding="utf-8")
    assert [s.id for s in skipped] == ["d", "e"]


def test_normalize_dataframe_matches_the_parquet_of_a_corpus_run(shipped: Aligner,
                                                                 tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    frame = pd.DataFrame(ROWS)
    frame.to_parquet(tmp_path / "in.parquet")
    run_corpus(CorpusRun(Mode.NORMALIZE, (str(tmp_path / "in.parquet"),), tmp_path / "out"), shipped)
    written = pq.read_table(tmp_path / "out" / "normalized" / "part-00000.parquet").to_pylist()
    result = normalize_dataframe(dask.dataframe.from_pandas(frame, npartitions=2), shipped).compute()
    ok = [r for r in result.to_dict("records") if r["error"] is None]
    assert [{k: v for k, v in r.items() if k != "error"} for r in ok] == written
    assert result.equals(normalize_frame(frame, shipped))


def test_frame_columns_by_name_and_ids_from_the_index(shipped: Aligner) -> None:
    frame = pd.DataFrame({"body": ["Lawrow traf Araghchi."]}, index=["row-7"])
    (row,) = normalize_frame(frame, shipped, columns=Columns(text="body"), lang="de",
                             source="taz").to_dict("records")
    assert (row["id"], row["source"], row["lang"], row["text"]) == (
        "row-7", "taz", "de", "Lawrow traf Araghtschi.")


@pytest.mark.enable_socket
def test_each_worker_builds_the_aligner_once(shipped: Aligner, tmp_path: Path) -> None:
    from aligner.corpus.daskrun import PLUGIN, connect, run_dask, share_aligner
    from aligner.corpus.runner import make_plan

    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in ROWS * 40), encoding="utf-8")
    run = CorpusRun(Mode.ALIGN, (str(feed),), tmp_path / "out", partition_size=500)
    plan, job = make_plan(run, shipped)
    (tmp_path / "out").mkdir()
    done: list[str] = []
    with dask.config.set(scheduler="distributed"), connect("local", workers=2) as client:
        share_aligner(client, shipped)
        run_dask(plan.partitions, job, lambda p: done.append(p.id), client=client)
        builds = client.run(lambda dask_worker: dask_worker.plugins[PLUGIN].builds)
    assert len(plan.partitions) > 10 and sorted(done) == [p.id for p in plan.partitions]
    assert sorted(builds.values()) == [1, 1]


def test_local_cluster_workers_run_without_the_profiler(shipped: Aligner) -> None:
    """The settings that keep a worker's monitors off the aligning thread reach each
    worker process of the local cluster (the nanny passes them on)."""
    from aligner.corpus.daskrun import LOCAL_CONFIG, connect, share_aligner

    def settings() -> dict[str, object]:
        return {key: dask.config.get(key) for key in LOCAL_CONFIG}

    with connect("local", workers=2) as client:
        seen = client.run(settings)
        profiling = client.run(lambda dask_worker: "profile" in dask_worker.periodic_callbacks)
        share_aligner(client, shipped)
        frozen = client.run(gc.get_freeze_count)  # the built aligner is out of the GC's passes
    assert len(seen) == 2 and all(s == LOCAL_CONFIG for s in seen.values())
    assert min(frozen.values()) > 10_000
    assert set(profiling.values()) == {False}
    assert dask.config.get("distributed.worker.profile.enabled") is True  # the caller's own: untouched
