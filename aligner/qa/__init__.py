"""Bilingual terminology QA: translations checked against the glossary, unit by unit.

Reads XLIFF 1.2 and 2.x, TMX, gettext PO and pairs of plain texts; for every unit, each
entry the source names must be rendered in the target by one of its admitted target terms
(any inflection, compound or admitted synonym), and every term in the target must be
one the glossary prescribes there. See the README's ``termaid qa``.

>>> from glossary import load_glossary
>>> from aligner import Aligner
>>> from aligner.qa import Document, InputFormat, Segment, Unit, check_documents
>>> unit = Unit("1", Segment("Lavrov met Araghchi."), Segment("Lawrow traf Araghchi."))
>>> doc = Document("memo.xlf", InputFormat.XLIFF, "en", "de", (unit,))
>>> result = check_documents([doc], aligner=Aligner(load_glossary()))
>>> [(f.kind.value, f.entry_id, f.target.surface, f.expected[0]) for f in result.findings]
[('deprecated', 'abbas-araghchi', 'Araghchi', 'Araghtschi')]
"""

from __future__ import annotations

from .errors import QAFormatError, UnsafeInputError
from .findings import Finding, FindingKind, Span
from .read import read_document, read_pair, resolve_languages, sniff_format
from .report import FileReport, Mark, QAResult, UnitReport
from .run import check_documents, check_files
from .unit import Code, Document, InputFormat, Segment, Unit

__all__ = [
    "Code",
    "Document",
    "FileReport",
    "Finding",
    "FindingKind",
    "InputFormat",
    "Mark",
    "QAFormatError",
    "QAResult",
    "Segment",
    "Span",
    "Unit",
    "UnitReport",
    "UnsafeInputError",
    "check_documents",
    "check_files",
    "read_document",
    "read_pair",
    "resolve_languages",
    "sniff_format",
]
