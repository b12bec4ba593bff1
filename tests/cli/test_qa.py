"""termaid qa as a real process, on real files of every kind it reads."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QA = ROOT / "tests" / "fixtures" / "qa"
#: Third-party sample files beside the repository (absent outside the dev machines and CI).
SAMPLES = ROOT.parent / "shared" / "samples"


def _qa(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "termaid", "qa", *args], check=False, capture_output=True,
                          text=True, encoding="utf-8", cwd=cwd)


def _findings(proc: subprocess.CompletedProcess[str]) -> list[tuple[str, str, str | None, str | None]]:
    data = json.loads(proc.stdout)
    return [(f["unit"], f["kind"], f["entry"], f["target"] and f["target"]["surface"])
            for f in data["findings"]]


@pytest.mark.parametrize(("name", "expected"), [
    ("job.en-de.xlf", [("2", "do-not-translate", "mir", "mir"),
                       ("4/a", "deprecated", "ali-khamenei", "Khamenei")]),
    ("newsletter.en-de.xlf", [("u1/s1", "deprecated", "sergei-lavrov", "Lavrov"),
                              ("u1/s2", "do-not-translate", "swift", "Swift"),
                              ("u4", "inconsistent", "shanghai-cooperation-organisation", "SCO")]),
    ("memory.en-de.tmx", [("tu-2", "deprecated", "hezbollah", "Hezbollah")]),
    ("messages.de.po", [("headline|Lavrov in Tehran", "deprecated", "tehran", "Tehran"),
                        ("Iran delivered one combat drone[1]", "missing-term", "combat-drone", None)]),
], ids=["xliff12", "xliff20", "tmx", "po"])
def test_each_format_as_a_process(name: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    proc = _qa(str(QA / name), "--json")
    assert proc.returncode == 1, proc.stderr
    assert _findings(proc) == expected
    data = json.loads(proc.stdout)
    assert data["summary"]["findings"] == len(expected)
    for f in data["findings"]:
        assert {"file", "unit", "line", "kind", "entry", "source", "target", "expected"} <= set(f)


def test_offsets_point_into_the_segment_text() -> None:
    proc = _qa(str(QA / "job.en-de.xlf"), "--json")
    f = json.loads(proc.stdout)["findings"][0]
    target = "Die Gespräche betrafen das Kaspische Meer und Zahlungen mit mir Karten."
    assert target[f["target"]["start"]:f["target"]["end"]] == f["target"]["surface"] == "mir"
    assert f["expected"][0] == "Mir"


def test_pair_of_texts_and_html_report(tmp_path: Path) -> None:
    report = tmp_path / "review.html"
    proc = _qa("--pair", str(QA / "report.en.txt"), str(QA / "bericht.de.txt"), "--report", str(report))
    assert proc.returncode == 1, proc.stderr
    assert "unit p3 · line 6" in proc.stdout and "missing-term" in proc.stdout
    assert "\x1b[" not in proc.stdout  # plain when piped
    page = report.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Russia–Iran alliance" in page


def test_only_inconsistent_findings_exit_zero(tmp_path: Path) -> None:
    memory = tmp_path / "m.tmx"
    memory.write_text(
        '<tmx version="1.4"><header srclang="en" segtype="sentence" o-tmf="x" adminlang="en" '
        'datatype="plaintext" creationtool="t" creationtoolversion="1"/><body>'
        '<tu><tuv xml:lang="en"><seg>The SCO met.</seg></tuv><tuv xml:lang="de"><seg>Die SOZ tagte.</seg></tuv></tu>'
        '<tu><tuv xml:lang="en"><seg>The SCO grew.</seg></tuv><tuv xml:lang="de"><seg>Die SCO wuchs.</seg></tuv></tu>'
        "</body></tmx>", encoding="utf-8")
    proc = _qa(str(memory), "--json")
    assert proc.returncode == 0, proc.stderr
    assert [f[1] for f in _findings(proc)] == ["inconsistent"]


def test_clean_file_exits_zero(tmp_path: Path) -> None:
    po = tmp_path / "ok.po"
    po.write_text('msgid ""\nmsgstr "Language: de\\n"\n\nmsgid "Lavrov in Tehran"\n'
                  'msgstr "Lawrow in Teheran"\n', encoding="utf-8")
    proc = _qa(str(po), "--source-lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().endswith("0 finding(s) in 0 of 1 unit(s) in 1 file(s); 1 checked")


def test_untranslated_option(tmp_path: Path) -> None:
    proc = _qa(str(QA / "job.en-de.xlf"), "--json", "--untranslated")
    assert ("5", "untranslated", None, None) in _findings(proc)


@pytest.mark.parametrize(("args", "message"), [
    (["{tmp}/missing.xlf"], "missing.xlf: no such file"),
    (["--pair", "{qa}/report.en.txt", "{tmp}/short.de.txt"], "3 paragraphs, but"),
    (["{tmp}/bomb.xlf"], "refused entity declaration"),
    (["{qa}/job.en-de.xlf", "--target-lang", "fr"], "termaid qa reads en and de"),
    (["{tmp}/short.de.txt"], "cannot tell the format"),
    ([], "nothing to check"),
    (["{qa}/job.en-de.xlf", "--report", "{tmp}/no/such/dir/r.html"], "cannot write the report"),
], ids=["missing", "paragraphs", "unsafe", "language", "format", "nothing", "report"])
def test_bad_input_exits_two_with_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "short.de.txt").write_text("Lawrow traf Araghtschi.\n", encoding="utf-8")
    (tmp_path / "bomb.xlf").write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>',
                                       encoding="utf-8")
    proc = _qa(*[a.format(tmp=tmp_path, qa=QA) for a in args])
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr


def test_help_has_examples() -> None:
    proc = subprocess.run([sys.executable, "-m", "termaid", "qa", "--help"], check=False,
                          capture_output=True, text=True)
    assert proc.returncode == 0
    assert "Examples:" in proc.stdout and "termaid qa --pair report.en.txt bericht.de.txt" in proc.stdout
    assert "Exit status: 0 nothing found" in proc.stdout


def test_qa_imports_no_translation_code() -> None:
    code = ("import sys\nfrom termaid.cli import cli\n"
            f"try:\n    cli.main(['qa', {str(QA / 'memory.en-de.tmx')!r}], standalone_mode=False)\n"
            "except SystemExit:\n    pass\nfinally:\n"
            "    print('HEAVY:' + ','.join(m for m in ('argostranslate', 'torch', 'ctranslate2') "
            "if m in sys.modules), file=sys.stderr)\n")
    proc = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True)
    assert proc.stderr.rsplit("HEAVY:", 1)[1].strip() == ""


@pytest.mark.skipif(not (SAMPLES / "gnome-glossary.de.po").exists(), reason="../shared/samples absent")
def test_third_party_po_with_bad_bytes_is_refused_with_its_line() -> None:
    proc = _qa(str(SAMPLES / "gnome-glossary.de.po"), "--source-lang", "en")
    assert proc.returncode == 2
    assert "gnome-glossary.de.po:" in proc.stderr and "not UTF-8 text" in proc.stderr
