"""Normalizing, checking and aligning a Dask bag of documents, for users whose corpus is
already in Dask.

A bag's items are :class:`~aligner.corpus.Document`\\ s or mappings (a JSON object, a
row) read with a :class:`~aligner.corpus.Columns`. The aligner is one key of the graph:
each worker receives it once and builds it once. This module imports Dask.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from dask.delayed import delayed

from glossary.errors import TermaidError

from ..aligner import Aligner
from .document import Columns, Document, Skipped
from .process import check_record, document_lang, normalize_or_error
from .readers import document_from_row
from .table import EntityTable, Tally, entity_table

__all__ = ["align_bag", "check_bag", "normalize_bag"]


def _document(item: Document | Mapping[str, Any], columns: Columns) -> Document | Skipped:
    if isinstance(item, Document):
        return item
    return document_from_row(item, columns, where="", source="")


def _normalize(items: Iterable[Any], aligner: Aligner, columns: Columns, lang: str | None,
               to: str | None) -> list[dict[str, Any]]:
    return [normalize_or_error(_document(i, columns), aligner, lang=lang, to=to) for i in items]


def _check(items: Iterable[Any], aligner: Aligner, columns: Columns,
           lang: str | None) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for item in items:
        doc = _document(item, columns)
        if isinstance(doc, Skipped):
            records.append({"id": doc.id, "source": None, "error": doc.reason})
            continue
        try:
            records += check_record(doc, aligner, lang=document_lang(doc, lang, aligner=aligner))
        except (TermaidError, ValueError) as exc:
            records.append({"id": doc.id, "source": doc.source, "error": str(exc)})
    return records


def _tally(items: Iterable[Any], aligner: Aligner, columns: Columns,
           lang: str | None) -> list[tuple[Tally, list[Skipped]]]:
    tally, skipped = Tally(), []
    for item in items:
        doc = _document(item, columns)
        if isinstance(doc, Skipped):
            skipped.append(doc)
            continue
        try:
            doc_lang = document_lang(doc, lang, aligner=aligner)
        except (TermaidError, ValueError) as exc:
            skipped.append(Skipped(doc.id, doc.where, str(exc)))
            continue
        tally.add(aligner.mentions(doc.text, lang=doc_lang), source=doc.source, lang=doc_lang)
    return [(tally, skipped)]


def normalize_bag(documents: Any, aligner: Aligner, *, columns: Columns | None = None,
                  lang: str | None = None, to: str | None = None) -> Any:
    """A bag of normalized records (``id``, ``source``, ``lang``, ``text``, ``mentions``,
    ``changes``, ``error``: ``None``, or why a bad document has no text)."""
    return documents.map_partitions(_normalize, delayed(aligner, pure=True),
                                    columns or Columns(), lang, to)


def check_bag(documents: Any, aligner: Aligner, *, columns: Columns | None = None,
              lang: str | None = None) -> Any:
    """A bag of finding records (as in ``termaid corpus check``), and one record with
    ``error`` for each bad document."""
    return documents.map_partitions(_check, delayed(aligner, pure=True),
                                    columns or Columns(), lang)


def _merge(parts: Iterable[tuple[Tally, list[Skipped]]],
           aligner: Aligner) -> tuple[EntityTable, tuple[Skipped, ...]]:
    total, skipped = Tally(), []
    for tally, bad in parts:
        total.merge(tally)
        skipped += bad
    return entity_table(total, aligner.entries), tuple(skipped)


def align_bag(documents: Any, aligner: Aligner, *, columns: Columns | None = None,
              lang: str | None = None) -> Any:
    """A delayed ``(EntityTable, skipped documents)`` for the whole bag: each partition is
    tallied where it lies, and the tallies merged."""
    shared = delayed(aligner, pure=True)
    tallies = documents.map_partitions(_tally, shared, columns or Columns(), lang)
    return delayed(_merge)(tallies, shared)
