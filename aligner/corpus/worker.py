"""The work on one partition: read its documents, process each, write the results.

:func:`run_partition` is the one function every runner calls (in process, in a process
pool, on a Dask worker). It writes the partition's outputs, then its record
``parts/part-NNNNN.json`` (counts, skipped documents, the entity tally): that record,
renamed into place last, is what marks the partition done. A partition run twice writes
the same files with the same bytes, so a retry after a lost worker neither loses nor
duplicates a document.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from glossary.errors import TermaidError

from ..aligner import Aligner
from ._atomic import write_atomic
from .document import Columns, Skipped
from .inputs import InputKind, Partition
from .outputs import OutputFormat, Writer, open_writer
from .process import check_record, document_lang, normalize_record
from .readers import read_partition
from .table import Tally

__all__ = ["MAX_DOCUMENT_SIZE", "Job", "Mode", "PartitionResult", "frozen_heap", "run_partition"]

#: Default limit of one document's size, in bytes.
MAX_DOCUMENT_SIZE = 64 << 20


class Mode(StrEnum):
    """What a corpus run does to each document."""

    NORMALIZE = "normalize"
    CHECK = "check"
    ALIGN = "align"


@dataclass(frozen=True, slots=True)
class Job:
    """Everything a worker needs besides the partition and the aligner.

    ``lang`` is the language of documents that give none (instead of detecting it),
    ``to`` the target language of ``normalize``, ``format`` its output format (``None``:
    text files stay text files, tables stay in their format). ``plan`` is the digest of
    the run's plan, written into each partition's record.
    """

    mode: Mode
    out: str
    plan: str = ""
    columns: Columns = field(default_factory=Columns)
    lang: str | None = None
    to: str | None = None
    format: OutputFormat | None = None
    max_document_size: int = MAX_DOCUMENT_SIZE

    def output_format(self, kind: InputKind) -> OutputFormat:
        """The format normalized documents of an input of *kind* are written in."""
        if self.format is not None:
            return self.format
        return {InputKind.TEXT: OutputFormat.TEXT, InputKind.JSONL: OutputFormat.JSONL,
                InputKind.PARQUET: OutputFormat.PARQUET}[kind]


@dataclass(frozen=True, slots=True)
class PartitionResult:
    """What one partition gave: counts, the documents skipped, and (align) the tally."""

    partition: str
    documents: int
    bytes: int
    mentions: int
    changes: int
    findings: int
    skipped: tuple[Skipped, ...]
    tally: Tally | None = None

    def to_dict(self, plan: str) -> dict[str, Any]:
        """The partition's record, as JSON-ready data."""
        return {"plan": plan, "partition": self.partition, "documents": self.documents,
                "bytes": self.bytes, "mentions": self.mentions, "changes": self.changes,
                "findings": self.findings, "skipped": [s.to_dict() for s in self.skipped],
                "tally": self.tally.to_dict() if self.tally is not None else None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PartitionResult:
        """The inverse of :meth:`to_dict`."""
        tally = Tally.from_dict(data["tally"]) if data["tally"] is not None else None
        return cls(data["partition"], data["documents"], data["bytes"], data["mentions"],
                   data["changes"], data["findings"],
                   tuple(Skipped.from_dict(s) for s in data["skipped"]), tally)


@contextmanager
def frozen_heap() -> Iterator[None]:
    """The objects alive now (a built aligner: millions of strings, tuples and dicts that
    live as long as the run) left out of the cyclic garbage collector's passes while the
    block runs (:func:`gc.freeze`), and handed back to it after (:func:`gc.unfreeze`).
    Each full pass otherwise walks the whole aligner again: with a 100k-entry glossary,
    12% of a worker's time (4% with the shipped one). A heap the caller froze already is
    left as it is (freezing does not nest: thawing here would thaw the caller's too)."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def record_path(out: Path, part_id: str) -> Path:
    """Where the record of partition *part_id* is written."""
    return out / "parts" / f"{part_id}.json"


def run_partition(part: Partition, aligner: Aligner, job: Job) -> PartitionResult:
    """Process every document of *part*, write its outputs and its record; return it."""
    out = Path(job.out)
    counts = {"documents": 0, "bytes": 0, "mentions": 0, "changes": 0, "findings": 0}
    skipped: list[Skipped] = []
    tally = Tally() if job.mode is Mode.ALIGN else None
    writing: AbstractContextManager[Writer | None]
    if job.mode is Mode.NORMALIZE:
        writing = open_writer(out, part.id, folder="normalized",
                              fmt=job.output_format(part.kind))
    elif job.mode is Mode.CHECK:
        writing = open_writer(out, part.id, folder="findings", fmt=OutputFormat.JSONL)
    else:
        writing = nullcontext(None)
    with writing as write:
        for doc in read_partition(part, job.columns, max_document_size=job.max_document_size):
            if isinstance(doc, Skipped):
                skipped.append(doc)
                continue
            try:
                lang = document_lang(doc, job.lang, aligner=aligner)
                if job.mode is Mode.NORMALIZE:
                    record = normalize_record(doc, aligner, lang=lang, to=job.to)
                    assert write is not None
                    write(doc, record)
                    counts["mentions"] += len(record["mentions"])
                    counts["changes"] += len(record["changes"])
                elif job.mode is Mode.CHECK:
                    mentions = aligner.mentions(doc.text, lang=lang)
                    assert write is not None
                    for finding in check_record(doc, aligner, lang=lang, mentions=mentions):
                        write(doc, finding)
                        counts["findings"] += 1
                    counts["mentions"] += len(mentions)
                else:
                    assert tally is not None
                    mentions = aligner.mentions(doc.text, lang=lang)
                    tally.add(mentions, source=doc.source, lang=lang)
                    counts["mentions"] += len(mentions)
            except (TermaidError, ValueError) as exc:
                skipped.append(Skipped(doc.id, doc.where, str(exc)))
                continue
            counts["documents"] += 1
            counts["bytes"] += len(doc.text.encode("utf-8"))
    result = PartitionResult(part.id, skipped=tuple(skipped), tally=tally, **counts)
    data = json.dumps(result.to_dict(job.plan), ensure_ascii=False, indent=0)
    write_atomic(record_path(out, part.id), data.encode("utf-8") + b"\n")
    return result
