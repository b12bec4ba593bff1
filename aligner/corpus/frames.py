"""Normalizing a pandas DataFrame of documents: a partition of a Dask DataFrame, a batch of
Spark's ``mapInPandas``.

The result has one row per input row (with its index label) and the columns of
:data:`RECORD_FIELDS`, all strings: ``mentions`` and ``changes`` are JSON text (as in the
Parquet files of ``termaid corpus normalize``), and ``error`` says why a bad row has no
text (``None`` otherwise). :data:`SPARK_SCHEMA` is that schema in Spark's DDL.

This module imports pandas (and, for :func:`normalize_dataframe`, Dask): import it
only where they are installed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

import pandas as pd

from ..aligner import Aligner
from .document import Columns
from .process import RECORD_FIELDS, normalize_or_error
from .readers import document_from_row

__all__ = ["SPARK_SCHEMA", "normalize_batches", "normalize_dataframe", "normalize_frame"]

#: The result's schema for Spark's ``mapInPandas``.
SPARK_SCHEMA = ", ".join(f"{name} string" for name in RECORD_FIELDS)


def _row(record: dict[str, Any]) -> list[Any]:
    return [json.dumps(record[c], ensure_ascii=False) if c in ("mentions", "changes")
            else record[c] for c in RECORD_FIELDS]


def normalize_frame(frame: pd.DataFrame, aligner: Aligner, *, columns: Columns | None = None,
                    lang: str | None = None, to: str | None = None,
                    source: str = "") -> pd.DataFrame:
    """Each row of *frame* normalized (see the module docstring).

    A row without an id is named by its index label; without a language, *lang* or the
    detected one; without a source, *source*.
    """
    cols = columns or Columns()
    rows = []
    for label, row in zip(frame.index, frame.to_dict("records"), strict=True):
        doc = document_from_row(row, cols, where=str(label), source=source)
        rows.append(_row(normalize_or_error(doc, aligner, lang=lang, to=to)))
    return pd.DataFrame(rows, columns=list(RECORD_FIELDS), index=frame.index, dtype=object)


def normalize_batches(batches: Iterable[pd.DataFrame], aligner: Aligner,
                      **options: Any) -> Iterator[pd.DataFrame]:
    """:func:`normalize_frame` of each batch: the function Spark's ``mapInPandas`` takes.

    *options* are those of :func:`normalize_frame`.
    """
    for batch in batches:
        yield normalize_frame(batch, aligner, **options)


def normalize_dataframe(frame: Any, aligner: Aligner, **options: Any) -> Any:
    """A Dask DataFrame of documents, normalized partition by partition.

    The aligner is one key of the graph: each worker receives it once and builds it once.
    *options* are those of :func:`normalize_frame`.
    """
    from dask.delayed import delayed

    meta = pd.DataFrame({name: pd.Series(dtype=object) for name in RECORD_FIELDS})
    return frame.map_partitions(normalize_frame, delayed(aligner, pure=True),
                                meta=meta, **options)
