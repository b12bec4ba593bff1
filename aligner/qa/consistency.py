"""The consistency check: one source term rendered by different target terms across units.

Renderings are compared by glossary term, so inflection never counts ("Lawrow",
"Lawrows"), and a form that contains the other is the same choice ("Sergei Lawrow",
"Lawrow"). Each source term's usual rendering is the one most units use (the first seen
on a tie); every unit that renders it otherwise gets an ``inconsistent`` finding, which is
reported but does not fail the check.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from glossary.fold import fold

from .checker import Rendering, UnitCheck
from .findings import Finding, FindingKind
from .unit import Document

__all__ = ["inconsistencies"]


def _alike(a: str, b: str) -> bool:
    return a in b or b in a


def inconsistencies(checks: Sequence[tuple[Document, UnitCheck]]) -> dict[int, list[Finding]]:
    """The ``inconsistent`` findings of *checks* (in run order), by index into *checks*.

    Units of documents with the same pair of languages are compared with each other.
    """
    groups: dict[tuple[str, str, str, str], list[tuple[int, Rendering]]] = {}
    for i, (doc, check) in enumerate(checks):
        for r in check.renderings:
            key = (doc.source_base, doc.target_base, r.entry_id, fold(r.source_term))
            groups.setdefault(key, []).append((i, r))
    out: dict[int, list[Finding]] = {}
    for (_, _, entry_id, _), items in groups.items():
        counts = Counter(fold(r.target_term) for _, r in items)
        if len(counts) < 2:
            continue
        order = list(dict.fromkeys(fold(r.target_term) for _, r in items))
        usual = max(order, key=lambda k: (counts[k], -order.index(k)))
        first = next((i, r) for i, r in items if fold(r.target_term) == usual)
        where = checks[first[0]][1].report.unit.id
        for i, r in items:
            if _alike(fold(r.target_term), usual):
                continue
            doc, check = checks[i]
            unit = check.report.unit
            others = counts[usual]
            out.setdefault(i, []).append(Finding(
                doc.path, unit.id, unit.line, FindingKind.INCONSISTENT, entry_id,
                None, r.target, (first[1].target_term,),
                f"{r.source_term!r} ({entry_id!r}) is rendered {r.target.surface!r} here but "
                f"{first[1].target_term!r} in {others} unit(s), first in unit {where!r}"))
    return out
