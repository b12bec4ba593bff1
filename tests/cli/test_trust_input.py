"""Issue 10, items 6-13 and 16: hostile input through real processes: a long token, a
DOCTYPE naming a FIFO or a local DTD, --max-size on streams, quadratic inputs, formulas,
terminal escapes, crafted termaid: notes, terms a glossary cannot hold."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest
from trust_helpers import ALPHA, csv, env, no_traceback, termaid

# item 6: one long word --------------------------------------------------------------------

def test_one_long_token_is_normalized_in_bounded_memory(tmp_path: Path) -> None:
    text = ("Heute traf " + "Lawrow" * 7000 + " in Teheran ein.\n").encode()
    code = ("import resource, subprocess, sys\n"
            "p = subprocess.run([sys.executable, '-m', 'termaid', 'normalize', '-', '--lang', 'de'],"
            " input=sys.stdin.buffer.read(), capture_output=True)\n"
            "print(p.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    proc = subprocess.run([sys.executable, "-c", code], input=text, capture_output=True, env=env(), timeout=120)
    status, rss_kb = proc.stdout.split()
    assert int(status) == 0
    assert int(rss_kb) < 300 * 1024  # 784 MiB before the deletion neighbourhood was capped


# item 7: nothing a document names is opened -------------------------------------------------

def _tbx(doctype: str, body: str = "<conceptEntry><langSec xml:lang='en'><termSec><term>Xylo</term>"
         "</termSec></langSec></conceptEntry>") -> str:
    return (f'<?xml version="1.0"?>\n{doctype}\n<tbx xml:lang="en"><tbxHeader><fileDesc><sourceDesc>'
            f"<p>termaid glossary</p></sourceDesc></fileDesc></tbxHeader><text><body>{body}</body></text></tbx>\n")


def test_a_doctype_naming_a_fifo_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "dtd.fifo"
    os.mkfifo(fifo)
    doc = tmp_path / "fifo.tbx"
    doc.write_text(_tbx(f'<!DOCTYPE tbx SYSTEM "{fifo}">'), encoding="utf-8")
    proc = termaid("import", doc, "--glossary", tmp_path / "g.yaml", "--dry-run", timeout=30)
    assert proc.returncode == 0, proc.stderr


def test_a_local_dtd_injects_nothing(tmp_path: Path) -> None:
    dtd = tmp_path / "inject.dtd"
    dtd.write_text('<!ATTLIST conceptEntry id CDATA "injected-id">\n<!ATTLIST langSec xml:lang CDATA "ru">\n')
    doc = tmp_path / "local.tbx"
    doc.write_text(_tbx(f'<!DOCTYPE tbx SYSTEM "{dtd}">', "<conceptEntry><langSec><termSec><term>Xylo</term>"
                        "</termSec></langSec></conceptEntry>"), encoding="utf-8")
    proc = termaid("import", doc, "--glossary", tmp_path / "g.yaml", "--json", "--dry-run")
    assert "injected" not in proc.stdout and '"ru"' not in proc.stdout
    no_traceback(proc)


# item 8: --max-size counts what is read -----------------------------------------------------

@pytest.mark.parametrize("source", ["/dev/zero", "/dev/stdin"])
def test_max_size_holds_for_streams(tmp_path: Path, source: str) -> None:
    data = b"a,b\n" * (3 * 2**20 // 4) if source == "/dev/stdin" else None
    proc = termaid("import", source, "--format", "csv", "--glossary", tmp_path / "g.yaml", "--max-size", "1",
                   input=data, timeout=60)
    assert proc.returncode == 2 and "too large" in proc.stderr
    no_traceback(proc)


# item 9: linear where it was quadratic ------------------------------------------------------

def test_rows_sharing_a_term_get_linear_ids(tmp_path: Path) -> None:
    from glossary.formats._common import UniqueIds

    ids = UniqueIds()
    taken = [ids.take("shared") for _ in range(20_000)]
    assert taken[:3] == ["shared", "shared-2", "shared-3"] and len(set(taken)) == 20_000
    rows = tmp_path / "shared.csv"
    rows.write_text("en,de\n" + "".join(f"Shared,Begriff {i}\n" for i in range(3000)), encoding="utf-8")
    proc = termaid("import", rows, "--glossary", tmp_path / "g.yaml", "--json", "--dry-run")
    assert proc.returncode in (0, 1), proc.stderr
    assert json.loads(proc.stdout)["entries"] == 3000


def test_dangling_links_get_at_most_twenty_hints(tmp_path: Path) -> None:
    g = tmp_path / "g.yaml"
    g.write_text("entries:\n" + "".join(f"  - id: entry-{i}\n    type: concept\n    related: [missing-{i}]\n"
                                        f"    terms:\n      en: [Term {i}]\n" for i in range(300)), encoding="utf-8")
    proc = termaid("validate", g, "--json")
    problems = json.loads(proc.stdout)["problems"]
    assert proc.returncode == 2 and len(problems) == 300
    assert sum("did you mean" in p["message"] for p in problems) <= 20


# item 11: spreadsheet formulas ----------------------------------------------------------------

FORMULAS = ('entries:\n  - id: f1\n    type: concept\n    terms:\n      en: ["=1+1"]\n      de: ["@SUM(A1)"]\n'
            "  - id: f2\n    type: concept\n    terms:\n      en: [\"+cmd|' /C calc'!A0\"]\n      de: [\"-Rechner\"]\n")


@pytest.mark.parametrize(("fmt", "flavor"), [("csv", "deepl"), ("csv", "google"), ("csv", "amazon"),
                                             ("tsv", "omegat")])
def test_formulas_are_guarded_in_every_flavour(tmp_path: Path, fmt: str, flavor: str) -> None:
    g = tmp_path / "f.yaml"
    g.write_text(FORMULAS, encoding="utf-8")
    proc = termaid("export", fmt, "--source", "en", "--target", "de", "--flavor", flavor, "--glossary", g)
    assert proc.returncode == 0, proc.stderr
    import csv as csvmod

    rows = list(csvmod.reader(proc.stdout.splitlines(), delimiter="," if fmt == "csv" else "\t"))
    cells = [c for row in rows for c in row if c not in ("en", "de")]
    assert cells and all(not c.startswith(("=", "+", "-", "@")) for c in cells), cells
    assert "'=1+1" in cells
    raw = termaid("export", fmt, "--source", "en", "--target", "de", "--flavor", flavor, "--glossary", g,
                  "--no-formula-guard")
    assert "=1+1" in raw.stdout and "'=1+1" not in raw.stdout
    # and back: the guard comes off, raw formulas are warned about
    out = tmp_path / f"t.{fmt}"
    out.write_text(proc.stdout, encoding="utf-8")
    cols = ["--columns", "en,de"] + ([] if flavor != "omegat" else ["--columns", "en,de,note"])
    back = termaid("import", out, "--glossary", tmp_path / "back.yaml", "--json", *cols[-2:])
    assert back.returncode == 0, back.stderr
    from glossary import load_glossary

    assert {t.text for e in load_glossary(tmp_path / "back.yaml") for t in e.terms} >= {"=1+1", "@SUM(A1)"}
    raw_file = tmp_path / f"raw.{fmt}"
    raw_file.write_text(raw.stdout, encoding="utf-8")
    warned = termaid("import", raw_file, "--glossary", tmp_path / "raw.yaml", "--dry-run", *cols[-2:])
    assert "spreadsheet formula" in warned.stderr


# item 12: terminal escapes and Rich markup ------------------------------------------------------

def _on_terminal(*args: str) -> bytes:
    master, slave = pty.openpty()
    run_env = env(TERM="xterm")
    run_env.pop("NO_COLOR", None)
    proc = subprocess.Popen([sys.executable, "-m", "termaid", *args], stdin=subprocess.DEVNULL, stdout=slave,
                            stderr=slave, env=run_env)
    os.close(slave)
    out = b""
    while select.select([master], [], [], 30)[0]:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        out += data
    proc.wait(30)
    os.close(master)
    return out


@pytest.mark.parametrize("args", [("show", "evil"), ("lookup", "Evil"), ("list",)], ids=["show", "lookup", "list"])
def test_reordering_controls_in_a_term_are_shown_escaped(tmp_path: Path, args: tuple[str, ...]) -> None:
    g = tmp_path / "esc.yaml"
    # U+202E (right-to-left override) passes validation, but a terminal would act on it
    g.write_text('entries:\n  - id: evil\n    type: concept\n    terms:\n'
                 '      en: ["Evil \u202eTerm"]\n      de: ["Böse"]\n', encoding="utf-8")
    out = _on_terminal(*args, "--glossary", str(g))
    assert "\u202e".encode() not in out and b"Evil \\u202eTerm" in out, out


def test_rich_output_escapes_what_the_index_holds(tmp_path: Path) -> None:
    from termaid.cli._format import markup, shown

    assert shown("Evil\x1b]0;pwned\x07") == "Evil\\x1b]0;pwned\\x07"
    assert shown("a\u202eb") == "a\\u202eb"
    assert markup("[de]") == "\\[de]"


def test_lookup_keeps_its_language_tag_on_a_terminal(tmp_path: Path) -> None:
    g = tmp_path / "tag.yaml"
    g.write_text('entries:\n  - id: tag\n    type: concept\n    terms:\n      en: [Evil]\n'
                 '      de: ["Böse [bold]x[/bold]"]\n', encoding="utf-8")
    out = _on_terminal("lookup", "Böse", "--glossary", str(g))
    assert b"[de]" in out and b"[bold]x[/bold]" in out


# item 13: crafted termaid: notes -------------------------------------------------------------

NOTES = {
    "context-null": ("term", '{"context": null}'),
    "context-number": ("term", '{"context": 5}'),
    "context-string": ("term", '{"context": "abc"}'),
    "nested": ("entry", "[" * 100_000 + "]" * 100_000),
    "dnt-string": ("entry", '{"doNotTranslate": "false"}'),
    "unknown-field": ("entry", '{"entryKind": "person"}'),
}


@pytest.mark.parametrize("case", sorted(NOTES))
def test_crafted_termaid_notes_are_refused_with_their_line(tmp_path: Path, case: str) -> None:
    where, note = NOTES[case]
    term_note = f"<note>termaid: {note}</note>" if where == "term" else ""
    entry_note = f"<note>termaid: {note}</note>" if where == "entry" else ""
    doc = tmp_path / "n.tbx"
    doc.write_text('<?xml version="1.0"?><tbx xmlns="urn:iso:std:iso:30042:ed-2" xml:lang="en"><tbxHeader>'
                   '<fileDesc><sourceDesc><p>termaid glossary</p></sourceDesc></fileDesc></tbxHeader><text><body>\n'
                   f'<conceptEntry id="a">{entry_note}<langSec xml:lang="en"><termSec><term>Abc</term>{term_note}'
                   '</termSec></langSec></conceptEntry></body></text></tbx>', encoding="utf-8")
    proc = termaid("import", doc, "--glossary", tmp_path / "g.yaml", "--dry-run")
    assert proc.returncode == 2, proc.stderr
    assert f"{doc}:2:" in proc.stderr and "termaid: note" in proc.stderr
    no_traceback(proc)


def test_a_bogus_xml_encoding_is_an_input_error(tmp_path: Path) -> None:
    doc = tmp_path / "enc.tbx"
    doc.write_text('<?xml version="1.0" encoding="bogus-enc"?><tbx/>', encoding="utf-8")
    proc = termaid("import", doc, "--glossary", tmp_path / "g.yaml")
    assert proc.returncode == 2 and "encoding" in proc.stderr
    no_traceback(proc)


# item 16: what a term may hold -------------------------------------------------------------------

@pytest.mark.parametrize(("term", "why"), [
    ("Nul\\0x", "control character U+0000"), ("Ctl\\x04x", "control character U+0004"),
    ("Line\\u2028sep", "control character U+2028"), ("Nel\\x85x", "control character U+0085"),
    ("Ar\u0430ghchi", "mixes Latin and Cyrillic"), ("\\u200b\\u200c", "no visible character"),
], ids=["nul", "u0004", "u2028", "nel", "mixed-script", "zero-width"])
def test_validation_refuses_terms_no_format_can_hold(tmp_path: Path, term: str, why: str) -> None:
    g = tmp_path / "v.yaml"
    g.write_text(f'entries:\n  - id: x\n    type: concept\n    terms:\n      en: ["{term}"]\n      de: [Ok]\n',
                 encoding="utf-8")
    proc = termaid("validate", g)
    assert proc.returncode == 2 and f"{g}:5:" in proc.stderr and why in proc.stderr, proc.stderr


def test_a_po_term_with_escapes_is_refused_on_import(tmp_path: Path) -> None:
    po = tmp_path / "e.po"
    po.write_bytes(b'msgid ""\nmsgstr ""\n"Language: de\\n"\n\nmsgid "Evil\x1b]0;x\x07"\nmsgstr "Boese"\n')
    proc = termaid("import", po, "--glossary", tmp_path / "g.yaml")
    assert proc.returncode == 2 and "control character U+001B" in proc.stderr
    lenient = termaid("import", po, "--glossary", tmp_path / "g.yaml", "--lenient")
    assert lenient.returncode == 0 and "skipped" in lenient.stderr


@pytest.mark.parametrize("fmt", ["po", "mo", "tbx", "csv", "tsv"])
def test_every_writer_round_trips_terms_that_validate(tmp_path: Path, fmt: str) -> None:
    from glossary import load_glossary

    terms = ["Abbas Araghchi", "Teheran", "Russland-Iran-Bündnis", "O'Brien \"Jr.\"", "a, b; c", "=1+1",
             "Σωκράτης", "Москва", "ماسکو", "\u200c\u0645\u06cc", "back\\slash", "-ismus", "#hash"]
    g = tmp_path / "g.yaml"
    body = "".join(f"  - id: t{i}\n    type: concept\n    terms:\n      en: [{json.dumps(t, ensure_ascii=False)}]\n"
                   f"      de: [{json.dumps(t + ' de', ensure_ascii=False)}]\n" for i, t in enumerate(terms))
    g.write_text("entries:\n" + body, encoding="utf-8")
    assert termaid("validate", g).returncode == 0
    out = tmp_path / f"out.{fmt}"
    if fmt in ("po", "mo"):
        assert termaid("export", fmt, "--lang", "de", "--out", out, "--glossary", g).returncode == 0
        extra: list[str] = []
    elif fmt == "tbx":
        assert termaid("export", "tbx", "--out", out, "--glossary", g).returncode == 0
        extra = []
    else:
        assert termaid("export", fmt, "--source", "en", "--target", "de", "--out", out, "--glossary", g).returncode == 0
        extra = ["--columns", "en,de"]
    back = tmp_path / "back.yaml"
    proc = termaid("import", out, "--glossary", back, *extra)
    assert proc.returncode == 0, proc.stderr
    got = {t.text for e in load_glossary(back) for t in e.terms}
    assert set(terms) <= got and {t + " de" for t in terms} <= got


def test_an_existing_index_is_not_needed_to_refuse(tmp_path: Path) -> None:
    g = tmp_path / "g.yaml"
    g.write_text(ALPHA, encoding="utf-8")
    assert termaid("lookup", "Alpha", "--glossary", g).returncode == 0
    g.write_text(ALPHA.replace("[Alpha]", '["Al\\x1bpha"]'), encoding="utf-8")
    proc = termaid("lookup", "Alpha", "--glossary", g)
    assert proc.returncode == 2 and "control character" in proc.stderr


def test_csv_helper_writes_rows(tmp_path: Path) -> None:
    assert csv(tmp_path / "x.csv", "P", n=2).read_text(encoding="utf-8") == "en,de\nP 0,Pbegriff 0\nP 1,Pbegriff 1\n"
