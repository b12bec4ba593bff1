"""What ``termaid import`` does with real third-party termbases and catalogs.

    python bench/exchange_files.py DIR MANIFEST --out report.md [--python PY]

MANIFEST is a TSV with a header: ``name  repo  path  commit  kind  holds  args``. ``name``
is a file in DIR; ``kind`` is tbx2, tbx3, po..., mo..., or a table kind (csv-..., tsv-...,
tab-...); ``args`` are extra ``termaid import`` options for that file (``--columns en,de``,
``--lenient``), shell-quoted, may be empty.

For each file the real CLI (``PY -m termaid import FILE --glossary NEW.yaml --json``) imports
it into a glossary that does not exist yet (the import creates it), in a fresh temporary
directory. The file's own content is counted with an independent reader (lxml for TBX,
polib for PO/MO, the csv module for tables), and the result is compared with the glossary
that was written (read back with PyYAML):

- terms of the file missing from the glossary (compared stripped and case-folded);
- terms the file marks deprecated/obsolete/superseded/forbidden against terms the
  glossary marks deprecated or forbidden;
- definitions in the file against definitions in the glossary;
- conflicts left (exit 1) and warnings.

Then the glossary is exported back to the file's format (TBX, PO, or a DeepL CSV) and read
with translate-toolkit (when installed) and polib / the csv module.

A file is *clean* when it came in whole, *lost* when something of it is missing or
conflicts were left, *refused* on exit 2 with nothing written, *traceback* when the
process died with a Python traceback. Nothing here asserts anything; it reports.
"""

from __future__ import annotations

import argparse
import csv
import json
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polib
import yaml
from lxml import etree

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: TBX status values that say "do not use this term as it is".
BAD_STATUS = {"deprecatedterm-admn-sts", "supersededterm-admn-sts", "obsolete", "deprecated",
              "superseded", "forbidden", "notrecommended", "deprecatedterm", "supersededterm",
              "obsoleteterm", "forbiddenterm"}
STATUS_TYPES = {"administrativestatus", "usagestatus", "normativeauthorization"}
TIMEOUT = 300


@dataclass(frozen=True, slots=True)
class FileCount:
    """What a file holds, by an independent reader."""

    entries: int
    terms: frozenset[str]
    languages: frozenset[str]
    bad_status: int = 0
    definitions: int = 0
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GlossaryCount:
    """What the written glossary holds."""

    entries: int
    terms: frozenset[str]
    bad_status: int
    definitions: int


@dataclass(slots=True)
class Outcome:
    name: str
    kind: str
    holds: str
    exit_code: int = 0
    verdict: str = "clean"
    file: FileCount | None = None
    glossary: GlossaryCount | None = None
    warnings: list[str] = field(default_factory=list)
    losses: list[str] = field(default_factory=list)
    message: str = ""
    export: str = ""


def fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def count_tbx(path: Path) -> FileCount:
    root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True,
                                                  load_dtd=False)).getroot()
    entries = terms_n = 0
    terms: set[str] = set()
    langs: set[str] = set()
    bad = defs = 0
    for el in root.iter():
        name = local(el.tag)
        if name in ("termEntry", "conceptEntry"):
            entries += 1
        elif name == "term" and (el.text or "").strip():
            terms_n += 1
            terms.add(fold("".join(el.itertext())))
            for anc in el.iterancestors():
                if anc.get(XML_LANG):
                    langs.add(str(anc.get(XML_LANG)).lower())
                    break
        elif name == "termNote" and str(el.get("type", "")).lower() in STATUS_TYPES:
            if fold(el.text or "") in BAD_STATUS:
                bad += 1
        elif name == "descrip" and str(el.get("type", "")).lower() == "definition":
            defs += 1
    return FileCount(entries, frozenset(terms), frozenset(langs), bad, defs,
                     (f"{terms_n} <term> elements",))


def count_catalog(path: Path, kind: str) -> FileCount:
    cat = polib.mofile(str(path)) if kind.startswith("mo") else polib.pofile(str(path))
    live = [e for e in cat if not e.obsolete and e.msgid]
    terms = {fold(e.msgid) for e in live if e.msgid.strip()}
    terms |= {fold(e.msgstr) for e in live if e.msgstr.strip()}
    lang = str(cat.metadata.get("Language", "")).strip()
    notes = [f"{sum(1 for e in cat if e.obsolete)} obsolete",
             f"{sum(1 for e in live if e.msgctxt)} with msgctxt",
             f"{sum(1 for e in live if not e.msgid.strip())} whitespace-only msgid",
             f"{sum(1 for e in live if e.msgid_plural)} plural"]
    return FileCount(len(live), frozenset(terms), frozenset({"en", lang} - {""}),
                     notes=tuple(notes))


def sniff_text(path: Path) -> str:
    raw = path.read_bytes()
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if raw.startswith(bom):
            return raw.decode(enc)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


_COLUMN_WORDS = frozenset({"context", "source", "target", "note", "comment"})


def count_table(path: Path, kind: str, args: list[str]) -> FileCount:
    delim = "," if kind.startswith("csv") else "\t"
    rows = [r for r in csv.reader(sniff_text(path).splitlines(), delimiter=delim)
            if any(c.strip() for c in r) and not r[0].lstrip().startswith("#")]
    columns: list[str] | None = None
    if "--columns" in args:
        columns = args[args.index("--columns") + 1].split(",")
        if rows and {c.strip().casefold() for c in rows[0]} <= _COLUMN_WORDS:
            rows = rows[1:]  # Weblate's "context","source","target": a header, not terms
    elif rows:
        columns, rows = [c.strip() for c in rows[0]], rows[1:]
    cols = columns or []
    lang_cols = [i for i, c in enumerate(cols) if c and c not in ("note", "-")]
    terms = {fold(r[i]) for r in rows for i in lang_cols if i < len(r) and r[i].strip()}
    langs = frozenset(cols[i].lower() for i in lang_cols)
    return FileCount(len(rows), frozenset(terms), langs)


def count_file(path: Path, kind: str, args: list[str]) -> FileCount:
    if kind.startswith("tbx"):
        return count_tbx(path)
    if kind.startswith(("po", "mo")):
        return count_catalog(path, kind)
    return count_table(path, kind, args)


def glossary_docs(path: Path) -> Iterator[dict[str, Any]]:
    for file in sorted(path.rglob("*.yaml")) if path.is_dir() else [path]:
        doc = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        yield from doc.get("entries") or []


def count_glossary(path: Path) -> GlossaryCount:
    terms: set[str] = set()
    entries = bad = defs = 0
    for entry in glossary_docs(path):
        entries += 1
        defs += len(entry.get("definition") or {})
        for forms in (entry.get("terms") or {}).values():
            for form in forms or []:
                text = form if isinstance(form, str) else str(form.get("term", ""))
                terms.add(fold(text))
                if isinstance(form, dict) and form.get("status") in ("deprecated", "forbidden"):
                    bad += 1
    return GlossaryCount(entries, frozenset(terms), bad, defs)


def run(python: str, args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([python, "-m", "termaid", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=TIMEOUT, check=False,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(cwd), "LANG": "C.UTF-8"})


def format_of(kind: str) -> str:
    if kind.startswith("tbx"):
        return "tbx"
    if kind.startswith(("po", "mo")):
        return kind[:2]
    return "csv" if kind.startswith("csv") else "tsv"


def check_export(python: str, kind: str, gloss: Path, langs: list[str], tmp: Path) -> str:
    """Export the glossary back to the file's format and read it with third-party readers."""
    src = "en" if "en" in langs else (langs[0] if langs else "en")
    tgt = next((lang for lang in langs if lang != src), "de")
    fmt = format_of(kind)
    out = tmp / f"export.{fmt}"
    if fmt == "tbx":
        # TBX-Basic v2 (martif): the version translate-toolkit, Weblate and OmegaT read
        cmd = ["export", "tbx", "--tbx-version", "2", "--glossary", str(gloss), "--out", str(out)]
    elif fmt in ("po", "mo"):
        cmd = ["export", "po", "--glossary", str(gloss), "--source", src, "--lang", tgt,
               "--out", str(tmp / "locales")]
    else:
        cmd = ["export", "csv", "--glossary", str(gloss), "--source", src, "--target", tgt,
               "--flavor", "deepl", "--out", str(out)]
    proc = run(python, cmd, tmp)
    if proc.returncode != 0:
        return f"export exit {proc.returncode}: {last_line(proc.stderr)}"
    if fmt == "tbx":
        return read_tbx_export(out)
    if fmt in ("po", "mo"):
        pos = sorted((tmp / "locales").rglob("*.po"))
        if not pos:
            return "export wrote no .po"
        return f"polib reads {len(polib.pofile(str(pos[0])))} units"
    with out.open(encoding="utf-8", newline="") as handle:
        return f"csv reads {sum(1 for _ in csv.reader(handle))} rows"


def read_tbx_export(out: Path) -> str:
    try:
        from translate.storage import tbx
    except ImportError:
        return "lxml parses; translate-toolkit not installed"
    try:
        store = tbx.tbxfile.parsefile(str(out))  # type: ignore[no-untyped-call]
    except Exception as exc:  # noqa: BLE001 - any failure of the third-party reader is the finding
        root = etree.QName(etree.parse(str(out)).getroot()).localname
        return f"translate-toolkit fails ({type(exc).__name__}; root <{root}>)"
    return f"translate-toolkit reads {len([u for u in store.units if u.source])} units"


def last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:200] if lines else ""


def judge(path: Path, kind: str, holds: str, args: list[str], python: str) -> Outcome:
    outcome = Outcome(path.name, kind, holds)
    try:
        outcome.file = count_file(path, kind, args)
    except Exception as exc:  # noqa: BLE001 - an unreadable file is reported, not fatal
        outcome.message = f"independent reader fails: {type(exc).__name__}: {exc}"[:200]
    with tempfile.TemporaryDirectory(prefix="xfile-") as tmpdir:
        tmp = Path(tmpdir)
        gloss = tmp / "glossary.yaml"
        proc = run(python, ["import", str(path.resolve()), "--glossary", str(gloss), "--format",
                            format_of(kind), "--json", *args], tmp)
        outcome.exit_code = proc.returncode
        if "Traceback (most recent call last)" in proc.stderr:
            outcome.verdict = "traceback"
            outcome.message = last_line(proc.stderr)
            return outcome
        report: dict[str, Any] = {}
        try:
            report = json.loads(proc.stdout) if proc.stdout.strip() else {}
        except json.JSONDecodeError:
            outcome.message = last_line(proc.stdout)
        outcome.warnings = [str(w) for w in report.get("warnings") or []]
        if not gloss.exists():
            outcome.verdict = "refused" if proc.returncode == 2 else "lost"
            if proc.returncode != 2:
                outcome.losses.append("exit 0/1 but no glossary written")
                outcome.message = f"written: {report.get('written')}"
            outcome.message = outcome.message or last_line(proc.stderr) or last_line(proc.stdout)
            return outcome
        outcome.glossary = count_glossary(gloss)
        conflicts = report.get("conflicts") or []
        if conflicts:
            outcome.losses.append(f"{len(conflicts)} conflicts left: {str(conflicts[0])[:150]}")
        if outcome.file is not None:
            missing = sorted(outcome.file.terms - outcome.glossary.terms)
            if missing:
                shown = ", ".join(repr(m) for m in missing[:5])
                outcome.losses.append(f"{len(missing)} terms missing: {shown}")
            if outcome.file.bad_status > outcome.glossary.bad_status:
                outcome.losses.append(f"statuses dropped: {outcome.file.bad_status} deprecated/"
                                      f"obsolete in file, {outcome.glossary.bad_status} in glossary")
            if outcome.file.definitions > outcome.glossary.definitions:
                outcome.losses.append(f"definitions dropped: {outcome.file.definitions} in file,"
                                      f" {outcome.glossary.definitions} in glossary")
        if outcome.losses:
            outcome.verdict = "lost"
        langs = sorted(str(lang) for lang in report.get("languages") or [])
        outcome.export = check_export(python, kind, gloss, langs, tmp)
    return outcome


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(outcomes: list[Outcome]) -> str:
    lines = [("| file | kind | holds | file: entries/terms | exit | glossary: entries/terms |"
              " verdict | export read back |"), "|---|---|---|---|---|---|---|---|"]
    for o in outcomes:
        fc = f"{o.file.entries}/{len(o.file.terms)}" if o.file else "?"
        gc = f"{o.glossary.entries}/{len(o.glossary.terms)}" if o.glossary else "-"
        lines.append(f"| {o.name} | {o.kind} | {cell(o.holds)} | {fc} | {o.exit_code} | {gc} |"
                     f" {o.verdict} | {cell(o.export)} |")
    totals = {v: sum(1 for o in outcomes if o.verdict == v)
              for v in ("clean", "lost", "refused", "traceback")}
    lines += ["", "Totals: " + ", ".join(f"{n} {v}" for v, n in totals.items())
              + f" (of {len(outcomes)})", "", "## Details", ""]
    for o in outcomes:
        if o.verdict == "clean" and not o.warnings:
            continue
        lines.append(f"### {o.name} ({o.verdict}, exit {o.exit_code})")
        if o.file and o.file.notes:
            lines.append(f"- file: {', '.join(o.file.notes)}")
        if o.message:
            lines.append(f"- message: `{cell(o.message)}`")
        lines += [f"- loss: {cell(loss)}" for loss in o.losses]
        lines += [f"- warning: {cell(w)[:200]}" for w in o.warnings[:8]]
        if len(o.warnings) > 8:
            lines.append(f"- ... {len(o.warnings) - 8} more warnings")
        lines.append("")
    return "\n".join(lines) + "\n"


def read_manifest(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("folder", type=Path)
    parser.add_argument("manifest", type=Path)
    parser.add_argument("--out", type=Path, required=True, help="Markdown report to write.")
    parser.add_argument("--python", default=sys.executable,
                        help="Python that runs termaid [default: this one].")
    ns = parser.parse_args(argv)
    outcomes = []
    for row in read_manifest(ns.manifest):
        args = shlex.split(row.get("args") or "")
        outcome = judge(ns.folder / row["name"], row["kind"], row.get("holds", ""), args,
                        ns.python)
        print(f"{outcome.verdict:9} exit {outcome.exit_code}  {outcome.name}", flush=True)
        outcomes.append(outcome)
    text = markdown(outcomes)
    tmp = ns.out.with_name(ns.out.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(ns.out)
    print(text.split("## Details")[0])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
