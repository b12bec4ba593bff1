"""``termaid corpus normalize|check|align``: a whole corpus, on local processes or Dask."""

from __future__ import annotations

import os
import re
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from ._common import LANG, emit_json, glossary_option, json_option
from ._texts import build_aligner

F = TypeVar("F", bound=Callable[..., Any])

_UNITS = {"": 1, "b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9,
          "kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30}


class _Size(click.ParamType):  # type: ignore[type-arg]  # generic from click 8.5 on
    """A size in bytes: 16MB, 64MiB, 500000."""

    name = "SIZE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", str(value))
        if not m or m.group(2).casefold() not in _UNITS or float(m.group(1)) <= 0:
            self.fail(f"{value!r} is not a size such as 16MB, 64MiB or 500000", param, ctx)
        return max(1, int(float(m.group(1)) * _UNITS[m.group(2).casefold()]))


def _cpus() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _common(func: F) -> F:
    options = [
        click.argument("inputs", nargs=-1, required=True),
        click.option("--out", type=click.Path(path_type=Path), required=True,
                     help="Output folder (created; a rerun resumes there)."),
        click.option("--lang", type=LANG,
                     help="Language of documents that give none [default: detected]."),
        click.option("--scheduler", metavar="local|ADDRESS",
                     help="Run on Dask: 'local' starts a cluster of --workers processes, an "
                          "address (tcp://host:8786) uses a running one [default: no Dask]."),
        click.option("--workers", type=click.IntRange(1), default=None,
                     help="Worker processes on this machine [default: the CPUs available]."),
        click.option("--text-column", default="text", show_default=True,
                     help="Column of the text in JSON Lines and Parquet input."),
        click.option("--id-column", default="id",
                     help="Column of the document id [default: id; without one, the "
                          "document's place in its file]."),
        click.option("--lang-column", default="lang", show_default=True,
                     help="Column of the document's language."),
        click.option("--source-column", default="source",
                     help="Column of the document's source [default: source; without one, "
                          "its folder or file name]."),
        click.option("--partition-size", type=_Size(), default="16MiB", show_default=True,
                     help="Input per partition, the unit of work and of resuming."),
        click.option("--max-document-size", type=_Size(), default="64MiB", show_default=True,
                     help="Larger documents are skipped and reported."),
        click.option("--replace", is_flag=True,
                     help="Discard the results of another run in --out (else refused)."),
        click.option("--no-fuzzy", is_flag=True, help="Do not link spellings the glossary lacks."),
        json_option,
        glossary_option,
    ]
    for option in reversed(options):
        func = option(func)
    return func


@click.group()
def corpus() -> None:
    """Normalize, check or align a whole corpus: folders or globs of text files, JSON
    Lines or Parquet files with a text column.

    The corpus is cut into partitions (--partition-size) that run in this process,
    in local processes (--workers N), or on Dask (--scheduler local|ADDRESS, needs
    pip install 'termaid[corpus]'); the outputs are the same bytes either way. A
    bad document is skipped and listed in OUT/errors.jsonl. A rerun of the same
    command resumes where the last one stopped.

    \b
    Exit status: 0 done (check: nothing found), 1 check found something,
    2 bad usage or input, 3 some partitions failed (rerun to retry them).

    \b
    Examples:
      termaid corpus normalize wires/ --out normalized --to en
      termaid corpus check 'feeds/*.jsonl' --out findings --lang de
      termaid corpus align wires.parquet --out table --scheduler local --workers 8
    """


@corpus.command("normalize")
@_common
@click.option("--to", "to", type=LANG, help="Write names in this language's forms "
              "[default: each document's language].")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "parquet"]),
              help="Write documents as JSON Lines or Parquet with their mentions "
                   "[default: text files stay text files, tables keep their format].")
def normalize(**kwargs: Any) -> None:
    """Rewrite the names of every document to the glossary's forms.

    Text files are written to OUT/normalized/ in the input's layout; JSON Lines and
    Parquet to OUT/normalized/part-NNNNN.jsonl|.parquet, a record per document:
    id, source, lang, text, mentions, changes.
    """
    _run("normalize", **kwargs)


@corpus.command("check")
@_common
def check(**kwargs: Any) -> None:
    """Check the names of every document: OUT/findings/part-NNNNN.jsonl, a record per
    finding (id, source, lang, line, column, kind, message, suggestion, mention)."""
    _run("check", **kwargs)


@corpus.command("align")
@_common
def align(**kwargs: Any) -> None:
    """One entity table for the whole corpus: OUT/entities.json and .csv (mentions per
    source and language, forms with counts, unlisted ones flagged) and the unlisted
    spellings as a glossary snippet to review, OUT/suggestions.yaml."""
    _run("align", **kwargs)


@contextmanager
def _progress(enabled: bool) -> Iterator[Callable[[int, int], None] | None]:
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    with Progress(TextColumn("corpus"), BarColumn(), DownloadColumn(), TransferSpeedColumn(),
                  TimeRemainingColumn(), console=Console(stderr=True)) as bar:
        task = bar.add_task("corpus", total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


def _run(mode: str, *, inputs: tuple[str, ...], out: Path, lang: str | None,
         scheduler: str | None, workers: int | None, text_column: str, id_column: str,
         lang_column: str, source_column: str, partition_size: int, max_document_size: int,
         replace: bool, no_fuzzy: bool, as_json: bool, glossary_path: Path | None,
         to: str | None = None, fmt: str | None = None) -> None:
    from aligner.corpus import Columns, CorpusRun, Mode, OutputFormat, run_corpus
    from aligner.corpus.errors import CorpusUsageError

    if hasattr(signal, "SIGPIPE"):
        # termaid's main() lets SIGPIPE end it when stdout's reader goes away; here it
        # would also end the run when a write reaches a worker that died (a pipe or a
        # socket of the pool or the cluster): ignored, the engines see the broken pipe
        # and give the worker's partitions to another.
        signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    if scheduler is not None and scheduler != "local" and workers is not None:
        raise CorpusUsageError("--workers is for this machine: a cluster at an address "
                               "has the workers it has")
    run = CorpusRun(
        Mode(mode), inputs, out,
        columns=Columns(text_column, id_column, lang_column, source_column),
        lang=lang, to=to, format=OutputFormat(fmt) if fmt else None,
        max_document_size=max_document_size, partition_size=partition_size,
        scheduler=scheduler, workers=workers or _cpus(), replace=replace)
    aligner = build_aligner(glossary_path, fuzzy=not no_fuzzy)
    with _progress(sys.stderr.isatty() and not as_json) as progress:
        summary = run_corpus(run, aligner, progress=progress)
    if as_json:
        emit_json({**summary.to_dict(), "out": str(out)})
    else:
        click.echo(f"corpus {mode}: {summary}")
        click.echo(f"results in {out}/" + (f"; skipped documents in {out}/errors.jsonl"
                                           if summary.skipped else ""))
    click.get_current_context().exit(1 if mode == "check" and summary.findings else 0)
