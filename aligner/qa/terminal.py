"""The terminal report: findings grouped by unit, both segments shown with their terms marked.

:func:`report_lines` yields rich :class:`~rich.text.Text` lines; print them with a rich
console on a terminal (colours) or take ``.plain`` when the output is piped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from rich.text import Text

from .findings import Finding
from .report import FileReport, Mark, QAResult, UnitReport

__all__ = ["report_lines", "summary_line"]

_TERM = "bold cyan"
_GOOD = "green"
_BAD = "bold red underline"
_ERROR = "bold red"
_INFO = "yellow"


def _segment(label: str, text: str, marks: tuple[Mark, ...], style: str,
             bad: list[tuple[int, int]]) -> Text:
    """One side of a unit: its language, then the text with its terms in *style* and
    the findings' spans in red; the lines of a paragraph are indented alike."""
    body = Text(text)
    for m in marks:
        body.stylize(style, m.start, m.end)
    for start, end in bad:
        body.stylize(_BAD, start, end)
    line = Text(f"  {label:<5} ")
    for n, piece in enumerate(body.split("\n", allow_blank=True)):
        if piece.plain.endswith("\r"):
            piece.right_crop(1)
        if n:
            line.append("\n" + " " * 8)
        line.append_text(piece)
    return line


def _finding(f: Finding) -> Text:
    line = Text(" " * 8)
    line.append(f.kind.value, style=_ERROR if f.kind.is_error else _INFO)
    line.append(f"  {f.message}")
    if f.expected:
        line.append("  → ")
        line.append(", ".join(f.expected), style=_GOOD)
    return line


def _unit(file: FileReport, unit: UnitReport) -> Iterator[Text]:
    doc = file.document
    where = f" · line {unit.unit.line}" if unit.unit.line else ""
    yield Text(f"unit {unit.unit.id}{where}", style="bold")
    bad = [(f.target.start, f.target.end) for f in unit.findings if f.target is not None]
    yield _segment(doc.source_lang, unit.unit.source.text, unit.source_marks, _TERM, [])
    target = "" if unit.unit.target is None else unit.unit.target.text
    yield _segment(doc.target_lang, target, unit.target_marks, _GOOD, bad)
    for f in unit.findings:
        yield _finding(f)


def summary_line(result: QAResult) -> Text:
    """One line: how many findings of which kinds in how many units."""
    s = result.summary()
    kinds = Counter(s["by_kind"])
    detail = f" ({', '.join(f'{k} {n}' for k, n in kinds.items())})" if kinds else ""
    return Text(f"{s['findings']} finding(s){detail} in {s['units_with_findings']} of "
                f"{s['units']} unit(s) in {s['files']} file(s); {s['checked']} checked",
                style=_ERROR if result.failed else _GOOD)


def report_lines(result: QAResult) -> Iterator[Text]:
    """The report, file by file: a heading, then every unit with findings."""
    for file in result.files:
        doc = file.document
        name = doc.path if doc.target_path is None else f"{doc.path} + {doc.target_path}"
        version = f" {doc.version}" if doc.version else ""
        count = sum(len(u.findings) for u in file.units)
        yield Text(f"{name} ({doc.format.value}{version}, {doc.source_lang} → {doc.target_lang}): "
                   f"{count} finding(s) in {len(file.units)} unit(s)", style="bold underline")
        for unit in file.units:
            if unit.findings:
                yield from _unit(file, unit)
        yield Text("")
    yield summary_line(result)
