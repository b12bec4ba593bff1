"""Finding a corpus's files and cutting them into partitions of bounded size.

An input is a folder (read recursively, hidden files and folders left out), a glob
pattern, or a file. A file is JSON Lines when it ends in ``.jsonl`` or ``.ndjson``,
Parquet when it ends in ``.parquet``, and a text file otherwise. Each file has a
*relative path*: below the folder given, below the fixed part of a glob, or its name;
outputs keep that layout, and two inputs may not share one.

A partition is a run of text files, a byte range of a JSON Lines file cut at line
breaks, or a run of row groups of a Parquet file, each about *partition_size* bytes. The
plan depends on the input alone, never on the number of workers, so every run cuts a
corpus the same way: this is what lets a rerun resume and a cluster match one process.
"""

from __future__ import annotations

import glob
import itertools
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from ..errors import InputError
from .errors import CorpusUsageError

__all__ = [
    "MAX_DOCUMENTS",
    "PARTITION_SIZE",
    "InputFile",
    "InputKind",
    "Partition",
    "find_inputs",
    "plan_partitions",
]

#: Default partition size, in bytes of input.
PARTITION_SIZE = 16 << 20
#: At most this many text files make one partition.
MAX_DOCUMENTS = 2000


class InputKind(StrEnum):
    """The kinds of input file, told by the file name's ending."""

    TEXT = "text"
    JSONL = "jsonl"
    PARQUET = "parquet"

    @classmethod
    def of(cls, path: Path) -> InputKind:
        """The kind of *path*."""
        suffix = path.suffix.casefold()
        if suffix in (".jsonl", ".ndjson"):
            return cls.JSONL
        if suffix == ".parquet":
            return cls.PARQUET
        return cls.TEXT


@dataclass(frozen=True, slots=True)
class InputFile:
    """One file of the corpus: where it is, its relative path, kind, size and default source."""

    path: str
    rel: str
    kind: InputKind
    size: int
    mtime_ns: int
    source: str

    def to_dict(self) -> dict[str, Any]:
        """The file as JSON-ready data (for the run's manifest)."""
        return {"path": self.path, "rel": self.rel, "kind": self.kind.value,
                "size": self.size, "mtime_ns": self.mtime_ns, "source": self.source}


@dataclass(frozen=True, slots=True)
class Partition:
    """A unit of work: text files, or a range of one table file.

    For JSON Lines, ``start`` and ``stop`` are byte offsets (``stop`` exclusive, both at
    line starts); for Parquet, row group numbers, and ``first_row`` is the row number of
    the first row of group ``start``. ``size`` is the partition's bytes of input.
    """

    id: str
    kind: InputKind
    files: tuple[InputFile, ...]
    start: int = 0
    stop: int = 0
    first_row: int = 0
    size: int = 0

    def to_dict(self) -> dict[str, Any]:
        """The partition as JSON-ready data (for the run's manifest)."""
        return {"id": self.id, "kind": self.kind.value, "files": [f.rel for f in self.files],
                "start": self.start, "stop": self.stop, "first_row": self.first_row,
                "size": self.size}


_MAGIC = set("*?[")


def _root_of_glob(pattern: str) -> Path:
    parts = Path(pattern).parts
    fixed = []
    for part in parts[:-1]:
        if _MAGIC & set(part):
            break
        fixed.append(part)
    return Path(*fixed) if fixed else Path(".")


def _walk(folder: Path, exclude: Path | None) -> list[Path]:
    found = []
    for dirpath, dirnames, filenames in os.walk(folder):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                             and (exclude is None or (here / d).resolve() != exclude))
        found += [here / f for f in sorted(filenames) if not f.startswith(".")]
    return found


def _default_source(rel: str, kind: InputKind, root: Path) -> str:
    parts = rel.split("/")
    if kind is not InputKind.TEXT:
        return parts[-1].split(".")[0]
    if len(parts) > 1:
        return parts[0]
    return root.resolve().name or "corpus"


def find_inputs(specs: Sequence[str], *, exclude: Path | None = None) -> tuple[InputFile, ...]:
    """The files of the inputs *specs* (folders, globs, files), in a stable order.

    Files under *exclude* (the output folder) are left out. Raises
    :class:`~aligner.errors.InputError` for an input that names nothing.
    """
    excluded = exclude.resolve() if exclude is not None else None
    files: list[InputFile] = []
    owner: dict[str, str] = {}
    for spec in specs:
        path = Path(spec)
        if _MAGIC & set(spec):
            root = _root_of_glob(spec)
            found: list[Path] = []
            for match in sorted(glob.glob(spec, recursive=True)):
                p = Path(match)
                found += _walk(p, excluded) if p.is_dir() else [p] if p.is_file() else []
        elif path.is_dir():
            root, found = path, _walk(path, excluded)
        elif path.is_file():
            root, found = path.parent, [path]
        else:
            raise InputError(f"{spec}: no such file or folder")
        found = [f for f in found if excluded is None or excluded not in f.resolve().parents]
        if not found:
            raise InputError(f"{spec}: holds no file")
        for f in found:
            rel = f.relative_to(root).as_posix()
            if rel in owner:
                raise CorpusUsageError(
                    f"{f} and {owner[rel]} would both be written as {rel!r}: "
                    "give their folders as inputs instead")
            owner[rel] = str(f)
            kind = InputKind.of(f)
            st = f.stat()
            files.append(InputFile(str(f), rel, kind, st.st_size, st.st_mtime_ns,
                                   _default_source(rel, kind, root)))
    return tuple(files)


def plan_partitions(files: Iterable[InputFile], *, partition_size: int = PARTITION_SIZE,
                    max_documents: int = MAX_DOCUMENTS) -> tuple[Partition, ...]:
    """The partitions of *files*, in order: consecutive text files up to *partition_size*
    bytes and *max_documents* files, table files cut into pieces of about that size."""
    if partition_size < 1 or max_documents < 1:
        raise ValueError("partition_size and max_documents must be positive")
    parts: list[Partition] = []
    run: list[InputFile] = []

    def flush() -> None:
        if run:
            parts.append(Partition(_pid(len(parts)), InputKind.TEXT, tuple(run),
                                   size=sum(f.size for f in run)))
            run.clear()

    for f in files:
        if f.kind is InputKind.TEXT:
            if run and (sum(r.size for r in run) + f.size > partition_size
                        or len(run) >= max_documents):
                flush()
            run.append(f)
            continue
        flush()
        cut = _jsonl_ranges if f.kind is InputKind.JSONL else _parquet_ranges
        for start, stop, first_row, size in cut(f, partition_size):
            parts.append(Partition(_pid(len(parts)), f.kind, (f,), start, stop, first_row, size))
    flush()
    return tuple(parts)


def _pid(n: int) -> str:
    return f"part-{n:05d}"


def _jsonl_ranges(f: InputFile, size: int) -> list[tuple[int, int, int, int]]:
    """Byte ranges of about *size* bytes, each ending after a line break (or at the end)."""
    bounds = [0]
    with open(f.path, "rb") as stream:
        while bounds[-1] + size < f.size:
            stream.seek(bounds[-1] + size - 1)
            stream.readline()
            at = stream.tell()
            if at >= f.size:
                break
            bounds.append(at)
    bounds.append(f.size)
    return [(a, b, 0, b - a) for a, b in itertools.pairwise(bounds) if b > a]


def _parquet_ranges(f: InputFile, size: int) -> list[tuple[int, int, int, int]]:
    """Runs of row groups of about *size* bytes (uncompressed), with their first row."""
    from .tables import parquet_file

    meta = parquet_file(f.path).metadata
    ranges: list[tuple[int, int, int, int]] = []
    start, first, row, acc = 0, 0, 0, 0
    for g in range(meta.num_row_groups):
        group = meta.row_group(g)
        if g > start and acc + group.total_byte_size > size:
            ranges.append((start, g, first, acc))
            start, first, acc = g, row, 0
        acc += group.total_byte_size
        row += group.num_rows
    if meta.num_row_groups > start:
        ranges.append((start, meta.num_row_groups, first, acc))
    return ranges
