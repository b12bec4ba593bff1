"""Corpus runs: normalize, check and align many documents, on one machine or a cluster.

>>> from aligner.corpus import CorpusRun, Mode, run_corpus   # doctest: +SKIP
>>> run_corpus(CorpusRun(Mode.ALIGN, ("wires/",), Path("out")), aligner)  # doctest: +SKIP

The engines (a process pool, Dask) are imported only when a run asks for them; the
functions over Dask collections live in :mod:`aligner.corpus.bags` and
:mod:`aligner.corpus.frames` (which also serves Spark's ``mapInPandas``).
"""

from __future__ import annotations

from .document import Columns, Document, Skipped
from .errors import CorpusError, CorpusUsageError, MissingExtraError, RunIncompleteError
from .outputs import OutputFormat
from .runner import CorpusRun, Summary, run_corpus
from .table import EntityTable, Tally, entity_table
from .worker import Job, Mode, run_partition

__all__ = [
    "Columns",
    "CorpusError",
    "CorpusRun",
    "CorpusUsageError",
    "Document",
    "EntityTable",
    "Job",
    "MissingExtraError",
    "Mode",
    "OutputFormat",
    "RunIncompleteError",
    "Skipped",
    "Summary",
    "Tally",
    "entity_table",
    "run_corpus",
    "run_partition",
]
