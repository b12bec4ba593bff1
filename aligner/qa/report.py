"""The result of a bilingual check: per unit, per file, and for the whole run (with JSON)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from .findings import Finding, FindingKind
from .unit import Document, Unit

__all__ = ["FileReport", "Mark", "QAResult", "UnitReport"]


@dataclass(frozen=True, slots=True)
class Mark:
    """A term found in a segment: ``[start, end)`` names entry ``entry_id``."""

    start: int
    end: int
    entry_id: str


@dataclass(frozen=True, slots=True)
class UnitReport:
    """One unit as checked: the terms found on each side and the findings.

    ``checked`` is False for a unit without a translation (it is only reported as
    untranslated when that check is on).
    """

    unit: Unit
    checked: bool
    source_marks: tuple[Mark, ...] = ()
    target_marks: tuple[Mark, ...] = ()
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True, slots=True)
class FileReport:
    """The units of one document as checked, in file order."""

    document: Document
    units: tuple[UnitReport, ...]

    def to_dict(self) -> dict[str, Any]:
        """The file's entry in ``files`` of the JSON report."""
        d = self.document
        return {
            "path": d.path,
            "target_path": d.target_path,
            "format": d.format.value,
            "version": d.version,
            "source_lang": d.source_lang,
            "target_lang": d.target_lang,
            "units": len(d.units),
            "checked": sum(u.checked for u in self.units),
            "skipped": d.skipped,
            "findings": sum(len(u.findings) for u in self.units),
        }


@dataclass(frozen=True, slots=True)
class QAResult:
    """Everything a run found: the files with their units, and all findings in file order."""

    files: tuple[FileReport, ...]

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every finding, file by file, unit by unit."""
        return tuple(f for file in self.files for u in file.units for f in u.findings)

    @property
    def failed(self) -> bool:
        """Whether a finding is an error (anything but ``inconsistent``): exit status 1."""
        return any(f.kind.is_error for f in self.findings)

    def summary(self) -> dict[str, Any]:
        """Counts: files, units, units checked and with findings, findings by kind."""
        findings = self.findings
        kinds = Counter(f.kind.value for f in findings)
        return {
            "files": len(self.files),
            "units": sum(len(f.units) for f in self.files),
            "checked": sum(u.checked for f in self.files for u in f.units),
            "units_with_findings": sum(bool(u.findings) for f in self.files for u in f.units),
            "findings": len(findings),
            "errors": sum(f.kind.is_error for f in findings),
            "by_kind": {k.value: kinds[k.value] for k in FindingKind if kinds[k.value]},
        }

    def to_dict(self) -> dict[str, Any]:
        """The JSON report: ``{"files": [...], "findings": [...], "summary": {...}}``."""
        return {
            "files": [f.to_dict() for f in self.files],
            "findings": [f.to_dict() for f in self.findings],
            "summary": self.summary(),
        }
