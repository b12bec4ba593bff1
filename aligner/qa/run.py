"""Checking bilingual files from start to end: read, check every unit, compare renderings."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from ..aligner import Aligner
from .checker import UnitCheck, UnitChecker
from .consistency import inconsistencies
from .read import read_document, read_pair
from .report import FileReport, QAResult
from .unit import Document, InputFormat

__all__ = ["check_documents", "check_files"]


def check_documents(documents: Iterable[Document], *, aligner: Aligner,
                    untranslated: bool = False) -> QAResult:
    """Check the units of *documents* against the aligner's glossary.

    Every unit gets the per-unit checks (missing, wrong, do-not-translate; untranslated
    when asked); then renderings are compared across all units of the same language pair.
    """
    checker = UnitChecker(aligner, untranslated=untranslated)
    docs = list(documents)
    checks: list[tuple[Document, UnitCheck]] = [
        (doc, checker.check(unit, doc)) for doc in docs for unit in doc.units]
    extra = inconsistencies(checks)
    files: list[FileReport] = []
    i = 0
    for doc in docs:
        reports = []
        for _ in doc.units:
            report = checks[i][1].report
            if i in extra:
                report = replace(report, findings=report.findings + tuple(extra[i]))
            reports.append(report)
            i += 1
        files.append(FileReport(doc, tuple(reports)))
    return QAResult(tuple(files))


def check_files(paths: Iterable[Path] = (), *, aligner: Aligner,
                pairs: Sequence[tuple[Path, Path]] = (), input_format: InputFormat | None = None,
                source_lang: str | None = None, target_lang: str | None = None,
                untranslated: bool = False) -> QAResult:
    """Read and check XLIFF, TMX and PO files, and pairs of plain texts (source, target).

    Every file is read (and every reading error raised) before anything is checked.
    """
    docs = [read_document(Path(p), input_format=input_format, source_lang=source_lang,
                          target_lang=target_lang) for p in paths]
    docs += [read_pair(Path(a), Path(b), source_lang=source_lang, target_lang=target_lang)
             for a, b in pairs]
    return check_documents(docs, aligner=aligner, untranslated=untranslated)
