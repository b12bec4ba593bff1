"""The HTML report: one self-contained page (no scripts, no links out), every unit's source
and target side by side, terms marked, findings listed under their unit.

Everything taken from the input is escaped. A checkbox (CSS only) hides the units
without findings.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from html import escape
from pathlib import Path

from glossary.errors import UsageError

from .findings import Finding
from .report import FileReport, QAResult, UnitReport
from .unit import Segment

__all__ = ["render_html", "write_html"]

_STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:2em}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border-top:1px solid #ddd;padding:.35em .5em;vertical-align:top;text-align:left}
td.id{width:9em;color:#555;font-size:.85em;word-break:break-all}
td.seg{white-space:pre-wrap;overflow-wrap:anywhere}
mark{background:#dcefff;border-radius:2px}
mark.ok{background:#d8f5d0}
mark.bad{background:#ffd3d3;text-decoration:underline wavy #c00}
span.code{color:#888;font-size:.75em;font-family:monospace}
tr.findings td{border-top:none;padding-top:0}
ul{margin:.2em 0;padding-left:1.2em}
li .kind{font-weight:bold;color:#b00}li.info .kind{color:#a60}
li .expected{color:#060}
.summary{font-weight:bold}
#only:checked~section tr.clean{display:none}
"""


def _segment(seg: Segment, marks: list[tuple[int, int, str, str]]) -> str:
    """The segment's text, escaped, with its marks (start, end, class, title) and its inline
    codes in place. Marks must not overlap."""
    events: list[tuple[int, int, str]] = []
    for code in seg.codes:
        events.append((code.offset, 1, f'<span class="code">{escape(code.label)}</span>'))
    for start, end, cls, title in marks:
        events.append((start, 2, f'<mark class="{cls}" title="{escape(title)}">'))
        events.append((end, 0, "</mark>"))
    events.sort(key=lambda e: (e[0], e[1]))
    out: list[str] = []
    pos = 0
    for offset, _, tag in events:
        out.append(escape(seg.text[pos:offset]))
        out.append(tag)
        pos = max(pos, offset)
    out.append(escape(seg.text[pos:]))
    return "".join(out)


def _choose(marks: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Marks that do not overlap: a finding's before a term's, then the earlier, longer."""
    chosen: list[tuple[int, int, str, str]] = []
    for mark in sorted(marks, key=lambda m: (m[2] != "bad", m[0], m[0] - m[1])):
        if all(mark[1] <= c[0] or c[1] <= mark[0] for c in chosen):
            chosen.append(mark)
    return sorted(chosen)


def _finding(f: Finding) -> str:
    expected = f' → <span class="expected">{escape(", ".join(f.expected))}</span>' \
        if f.expected else ""
    cls = "" if f.kind.is_error else ' class="info"'
    return f'<li{cls}><span class="kind">{escape(f.kind.value)}</span> {escape(f.message)}{expected}</li>'


def _unit(n: int, unit: UnitReport, anchor: str, langs: tuple[str, str]) -> Iterator[str]:
    source = _choose([(m.start, m.end, "term", m.entry_id) for m in unit.source_marks])
    bad = [(f.target.start, f.target.end, "bad", f"{f.kind.value}: {f.entry_id}")
           for f in unit.findings if f.target is not None]
    target = _choose(bad + [(m.start, m.end, "ok", m.entry_id) for m in unit.target_marks])
    cls = "bad" if unit.findings else "clean"
    line = f"<br><small>line {unit.unit.line}</small>" if unit.unit.line else ""
    tgt = "" if unit.unit.target is None else _segment(unit.unit.target, target)
    yield (f'<tr class="{cls}" id="{anchor}-{n}"><td class="id">{escape(unit.unit.id)}{line}</td>'
           f'<td class="seg" lang="{langs[0]}">{_segment(unit.unit.source, source)}</td>'
           f'<td class="seg" lang="{langs[1]}">{tgt}</td></tr>\n')
    if unit.findings:
        items = "".join(_finding(f) for f in unit.findings)
        yield f'<tr class="findings {cls}"><td></td><td colspan="2"><ul>{items}</ul></td></tr>\n'


def _file(n: int, file: FileReport) -> Iterator[str]:
    doc = file.document
    name = doc.path if doc.target_path is None else f"{doc.path} + {doc.target_path}"
    count = sum(len(u.findings) for u in file.units)
    yield (f'<section><h2 id="f{n}">{escape(name)} <small>({escape(doc.format.value)}, '
           f'{escape(doc.source_lang)} → {escape(doc.target_lang)}): {count} finding(s) in '
           f'{len(file.units)} unit(s)</small></h2>\n<table><thead><tr><th>unit</th>'
           f'<th lang="{escape(doc.source_lang)}">{escape(doc.source_lang)}</th>'
           f'<th lang="{escape(doc.target_lang)}">{escape(doc.target_lang)}</th></tr></thead>'
           "<tbody>\n")
    langs = (escape(doc.source_lang), escape(doc.target_lang))
    for i, unit in enumerate(file.units, 1):
        yield from _unit(i, unit, f"f{n}", langs)
    yield "</tbody></table></section>\n"


def render_html(result: QAResult, *, title: str = "termaid qa report") -> str:
    """The report as one self-contained HTML page."""
    s = result.summary()
    kinds = ", ".join(f"{escape(k)} {v}" for k, v in s["by_kind"].items())
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>\n",
        (f"<h1>{escape(title)}</h1>\n<p class=\"summary\">{s['findings']} finding(s)"
         f"{' (' + kinds + ')' if kinds else ''} in {s['units_with_findings']} of {s['units']} "
         f"unit(s), {s['files']} file(s)</p>\n"),
        ('<input type="checkbox" id="only" checked> <label for="only">only units with '
         "findings</label>\n"),
    ]
    for n, file in enumerate(result.files, 1):
        parts.extend(_file(n, file))
    parts.append("</body></html>\n")
    return "".join(parts)


def write_html(result: QAResult, path: Path) -> None:
    """Write the page to *path* through a temporary file beside it, renamed into place.

    Raises :class:`glossary.errors.UsageError` when the file cannot be written there.
    """
    text = render_html(result)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise UsageError(f"{path}: cannot write the report ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        else:
            mask = os.umask(0)
            os.umask(mask)
            os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
