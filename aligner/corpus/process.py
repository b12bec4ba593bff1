"""What one document gives: its language, its normalized record, its findings.

These are the functions every engine maps over documents: the partition worker of
``termaid corpus``, the Dask bag and DataFrame functions, Spark's ``mapInPandas``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from glossary.errors import TermaidError
from glossary.langtag import canonical_tag

from ..aligner import Aligner
from ..check import LineIndex, check_mentions
from ..errors import LanguageError
from ..langdetect import detect_language
from ..mention import Mention
from .document import Document, Skipped

#: The fields of a record of :func:`normalize_or_error`.
RECORD_FIELDS = ("id", "source", "lang", "text", "mentions", "changes", "error")

__all__ = ["RECORD_FIELDS", "check_record", "document_lang", "normalize_or_error", "normalize_record"]


def document_lang(doc: Document, default: str | None, *, aligner: Aligner | None = None) -> str:
    """The language of *doc*: its own (a BCP 47 tag), else *default*, else detected
    (the *aligner*'s glossary names are evidence too).

    Raises :class:`~aligner.errors.LanguageError` for a bad tag or a text whose language
    cannot be told.
    """
    if doc.lang is not None:
        try:
            return canonical_tag(doc.lang)
        except ValueError as exc:
            raise LanguageError(f"{doc.id}: bad language tag {doc.lang!r} ({exc})") from None
    if default is not None:
        return default
    return detect_language(doc.text, name=doc.id, aligner=aligner)


def normalize_record(doc: Document, aligner: Aligner, *, lang: str,
                     to: str | None = None) -> dict[str, Any]:
    """*doc* normalized: ``id``, ``source``, ``lang``, ``text`` (normalized), ``mentions``
    (offsets into the original text) and ``changes``, as JSON-ready data."""
    result = aligner.normalize(doc.text, lang=lang, to=to)
    return {"id": doc.id, "source": doc.source, "lang": lang, "text": result.text,
            "mentions": [m.to_dict() for m in result.mentions],
            "changes": [c.to_dict() for c in result.changes]}


def check_record(doc: Document, aligner: Aligner, *, lang: str,
                 mentions: Sequence[Mention] | None = None) -> list[dict[str, Any]]:
    """The findings of *doc*, written in *lang*, one JSON-ready record each (*mentions*:
    those already found in it)."""
    if mentions is None:
        mentions = aligner.mentions(doc.text, lang=lang)
    findings = check_mentions(mentions, LineIndex(doc.text), lang=lang, aligner=aligner)
    return [{"id": doc.id, "source": doc.source, "lang": lang, **f.to_dict()} for f in findings]


def normalize_or_error(doc: Document | Skipped, aligner: Aligner, *, lang: str | None = None,
                       to: str | None = None) -> dict[str, Any]:
    """:func:`normalize_record` of *doc* with ``"error": None``, or, for a bad document
    (skipped when read, bad language), a record with no text whose ``error`` says why."""
    if isinstance(doc, Skipped):
        return _error(doc.id, None, doc.reason)
    try:
        return {**normalize_record(doc, aligner, lang=document_lang(doc, lang, aligner=aligner), to=to),
                "error": None}
    except (TermaidError, ValueError) as exc:
        return _error(doc.id, doc.source, str(exc))


def _error(doc_id: str, source: str | None, reason: str) -> dict[str, Any]:
    return {"id": doc_id, "source": source, "lang": None, "text": None, "mentions": [],
            "changes": [], "error": reason}
