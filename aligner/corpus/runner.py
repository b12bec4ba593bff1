"""A whole corpus run: plan, resume, run the partitions on an engine, merge the results.

The engine is this process (one worker), a pool of local processes (``workers`` > 1), or
Dask (``scheduler``: ``"local"`` or a scheduler's address). Every engine runs the same
partitions through :func:`~aligner.corpus.worker.run_partition`, and the results are
merged in plan order, so the outputs are the same bytes whichever ran them.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..aligner import Aligner
from ._atomic import atomic_output, remove_temps, write_atomic
from .document import Columns
from .errors import MissingExtraError, RunIncompleteError
from .inputs import MAX_DOCUMENTS, PARTITION_SIZE, Partition, find_inputs, plan_partitions
from .manifest import Plan, done_partitions, glossary_digest, prepare_output
from .outputs import OutputFormat
from .pool import run_inline, run_pool
from .table import Tally, entity_table
from .worker import MAX_DOCUMENT_SIZE, Job, Mode, PartitionResult, record_path

__all__ = ["CorpusRun", "Summary", "make_plan", "run_corpus"]

#: Called with the bytes done and the bytes in all, as partitions finish.
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class CorpusRun:
    """What to run: the mode, inputs and output folder, the options, the engine."""

    mode: Mode
    inputs: tuple[str, ...]
    out: Path
    columns: Columns = field(default_factory=Columns)
    lang: str | None = None
    to: str | None = None
    format: OutputFormat | None = None
    max_document_size: int = MAX_DOCUMENT_SIZE
    partition_size: int = PARTITION_SIZE
    max_documents: int = MAX_DOCUMENTS
    scheduler: str | None = None
    workers: int = 1
    replace: bool = False


@dataclass(frozen=True, slots=True)
class Summary:
    """What a run did. ``resumed`` partitions were done by an earlier run; ``seconds`` and
    ``bytes_run`` are this run's."""

    mode: str
    partitions: int
    resumed: int
    documents: int
    bytes: int
    mentions: int
    changes: int
    findings: int
    skipped: int
    entities: int
    seconds: float
    bytes_run: int

    @property
    def mb_per_s(self) -> float:
        """This run's throughput, in MB (10^6 bytes) of text per second."""
        return self.bytes_run / 1e6 / self.seconds if self.seconds > 0 else 0.0

    def results(self) -> dict[str, Any]:
        """The counts, which are the same however the corpus was run (``summary.json``)."""
        return {"mode": self.mode, "partitions": self.partitions, "documents": self.documents,
                "bytes": self.bytes, "mentions": self.mentions, "changes": self.changes,
                "findings": self.findings, "skipped": self.skipped, "entities": self.entities}

    def to_dict(self) -> dict[str, Any]:
        """The counts and this run's time and throughput."""
        return {**self.results(), "resumed": self.resumed, "seconds": round(self.seconds, 3),
                "mb_per_s": round(self.mb_per_s, 3)}

    def __str__(self) -> str:
        what = {"normalize": f"{self.changes:,} changes", "check": f"{self.findings:,} findings",
                "align": f"{self.entities:,} entities"}[self.mode]
        resumed = f", {self.resumed} of {self.partitions} partitions resumed" \
            if self.resumed else ""
        return (f"{self.documents:,} documents, {self.bytes / 1e6:,.1f} MB, "
                f"{self.mentions:,} mentions, {what}, {self.skipped:,} skipped; "
                f"{self.seconds:.1f} s, {self.mb_per_s:.1f} MB/s{resumed}")


def make_plan(run: CorpusRun, aligner: Aligner) -> tuple[Plan, Job]:
    """The plan of *run* and the job its workers get."""
    files = find_inputs(run.inputs, exclude=run.out)
    parts = plan_partitions(files, partition_size=run.partition_size,
                            max_documents=run.max_documents)
    options = (("columns", [run.columns.text, run.columns.id, run.columns.lang,
                            run.columns.source]),
               ("lang", run.lang), ("to", run.to),
               ("format", run.format.value if run.format else None),
               ("fuzzy", aligner.fuzzy), ("max_document_size", run.max_document_size),
               ("partition_size", run.partition_size), ("max_documents", run.max_documents))
    plan = Plan(run.mode.value, options, glossary_digest(aligner.entries), files, parts)
    job = Job(run.mode, str(run.out), plan.digest, run.columns, run.lang, run.to, run.format,
              run.max_document_size)
    return plan, job


def run_corpus(run: CorpusRun, aligner: Aligner, *, progress: Progress | None = None,
               clock: Callable[[], float] = time.perf_counter) -> Summary:
    """Run *run* with *aligner*; returns the summary. Raises
    :class:`~aligner.corpus.errors.RunIncompleteError` when partitions failed (the others
    are kept: the same run again does the rest)."""
    started = clock()
    plan, job = make_plan(run, aligner)
    prepare_output(run.out, plan, replace=run.replace)
    done = done_partitions(run.out, plan, [p.id for p in plan.partitions])
    todo = [p for p in plan.partitions if p.id not in done]
    total = sum(p.size for p in plan.partitions)
    finished = [total - sum(p.size for p in todo)]

    def on_done(part: Partition) -> None:
        finished[0] += part.size
        if progress is not None:
            progress(finished[0], total)

    if progress is not None:
        progress(finished[0], total)
    _engine(run, todo, aligner, job, on_done)
    return _merge(run, plan, aligner, resumed=done, started=started, clock=clock)


def _engine(run: CorpusRun, todo: list[Partition], aligner: Aligner, job: Job,
            on_done: Callable[[Partition], None]) -> None:
    if not todo:
        return
    if run.scheduler is not None:
        try:
            from . import daskrun
        except ImportError as exc:
            if (exc.name or "").partition(".")[0] not in ("dask", "distributed"):
                raise
            raise MissingExtraError("--scheduler", "dask and distributed") from None
        with daskrun.connect(run.scheduler, workers=run.workers) as client:
            daskrun.share_aligner(client, aligner)
            daskrun.run_dask(todo, job, on_done, client=client)
    elif run.workers > 1 and len(todo) > 1:
        run_pool(todo, aligner, job, on_done, workers=run.workers)
    else:
        run_inline(todo, aligner, job, on_done)


def _merge(run: CorpusRun, plan: Plan, aligner: Aligner, *, resumed: frozenset[str],
           started: float,
           clock: Callable[[], float]) -> Summary:
    """Read the partitions' records in plan order; write errors, the entity table and
    ``summary.json``. Temporary files of workers that died are removed first."""
    remove_temps(run.out)
    totals = dict.fromkeys(("documents", "bytes", "mentions", "changes", "findings", "skipped"), 0)
    bytes_run = 0
    tally = Tally()
    missing = []
    with atomic_output(run.out / "errors.jsonl") as errors:
        for part in plan.partitions:
            try:
                data = json.loads(record_path(run.out, part.id).read_text(encoding="utf-8"))
            except FileNotFoundError:
                missing.append(part.id)
                continue
            result = PartitionResult.from_dict(data)
            for key in ("documents", "bytes", "mentions", "changes", "findings"):
                totals[key] += getattr(result, key)
            totals["skipped"] += len(result.skipped)
            if part.id not in resumed:
                bytes_run += result.bytes
            for s in result.skipped:
                errors.write((json.dumps(s.to_dict(), ensure_ascii=False) + "\n").encode())
            if result.tally is not None:
                tally.merge(result.tally)
    if missing:
        raise RunIncompleteError.of({p: "no record was written" for p in missing})
    entities = 0
    if run.mode is Mode.ALIGN:
        table = entity_table(tally, aligner.entries)
        entities = len(table.entities)
        write_atomic(run.out / "entities.json", table.to_json().encode("utf-8"))
        write_atomic(run.out / "entities.csv", table.to_csv().encode("utf-8"))
        write_atomic(run.out / "suggestions.yaml",
                     table.suggestions_yaml(aligner.entries).encode("utf-8"))
    summary = Summary(run.mode.value, len(plan.partitions), len(resumed), entities=entities,
                      seconds=clock() - started, bytes_run=bytes_run, **totals)
    write_atomic(run.out / "summary.json",
                 (json.dumps(summary.results(), indent=1) + "\n").encode("utf-8"))
    return summary
