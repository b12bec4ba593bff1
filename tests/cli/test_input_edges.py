"""Short, empty and foreign input through the real ``termaid`` process (issue 9, section 1).

Empty input (nothing but white space) is not an error: each command says
``FILE: input is empty`` on stderr and exits 0; normalize prints the input as it is,
check finds nothing, align leaves the file out. A language termaid does not read is
refused with exit 2, naming en and de. translate and digest are tested beside the tiny
models, in tests/aligner/translate/test_cli_input.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

READS = "termaid reads English and German text only (en, de)"


def termaid(*args: str, input: str = "") -> subprocess.CompletedProcess[str]:
    """Run ``python -m termaid ARGS``; bytes in and out as they are (no newline translation)."""
    proc = subprocess.run([sys.executable, "-m", "termaid", *args], input=input.encode(),
                          capture_output=True, check=False)
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(),
                                       proc.stderr.decode())


@pytest.mark.parametrize(
    ("text", "lang", "replaced"),
    [
        ("Lavrov met Araghchi in Moscow.\n", "en", None),
        ("Putin und Raisi.\n", "de", None),
        ("Lawrow traf Araghchi in Moskau.\n", "de", "Lawrow traf Araghtschi in Moskau.\n"),
        ("Peskov: Putin is ready to talk.\n", "en", None),
    ],
)
def test_short_text_is_detected(text: str, lang: str, replaced: str | None) -> None:
    proc = termaid("normalize", "-", "--json", input=text)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["lang"] == lang
    assert data["text"] == (replaced or text)
    assert proc.stderr == ""


@pytest.mark.parametrize(
    "text", ["Putin, Assad, Iran.\n", "Le ministre a parlé aux journalistes.\n"]
)
def test_unclear_text_asks_for_lang(text: str) -> None:
    proc = termaid("normalize", "-", input=text)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.startswith("termaid: error: <stdin>: cannot tell its language: ")
    assert "--lang en or --lang de" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("text", ["", "  \n\n", "\r\n"], ids=["nothing", "blank-lines", "crlf"])
@pytest.mark.parametrize("lang", [[], ["--lang", "de"]], ids=["detect", "given"])
def test_normalize_empty_in_empty_out(text: str, lang: list[str]) -> None:
    proc = termaid("normalize", "-", *lang, input=text)
    assert proc.returncode == 0
    assert proc.stdout == text
    assert proc.stderr == "termaid: note: <stdin>: input is empty\n"


def test_normalize_empty_json(tmp_path: Path) -> None:
    empty = tmp_path / "leer.txt"
    empty.write_bytes(b"")
    proc = termaid("normalize", str(empty), "--json")
    assert proc.returncode == 0
    assert json.loads(proc.stdout) == {"lang": None, "to": None, "text": "", "mentions": [],
                                       "changes": []}
    assert proc.stderr == f"termaid: note: {empty}: input is empty\n"


@pytest.mark.parametrize("as_json", [False, True])
def test_check_empty_finds_nothing(tmp_path: Path, as_json: bool) -> None:
    empty = tmp_path / "leer.txt"
    empty.write_text("\n", encoding="utf-8")
    proc = termaid("check", str(empty), *(["--json"] if as_json else []))
    assert proc.returncode == 0
    assert proc.stderr == f"termaid: note: {empty}: input is empty\n"
    if as_json:
        assert json.loads(proc.stdout) == {"file": str(empty), "lang": None, "findings": []}
    else:
        assert proc.stdout == ""


def test_align_leaves_empty_files_out(tmp_path: Path) -> None:
    empty = tmp_path / "leer.txt"
    empty.write_text("", encoding="utf-8")
    report = tmp_path / "report.txt"
    report.write_text("Lavrov met Araghchi in Moscow.\n", encoding="utf-8")
    proc = termaid("align", str(empty), str(report), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["languages"] == {str(report): "en"}
    assert data["sources"] == [str(report)]
    assert proc.stderr == f"termaid: note: {empty}: input is empty\n"


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["normalize", "-", "--lang", "fr"], "--lang fr"),
        (["normalize", "-", "--lang", "de", "--to", "fa"], "--to fa"),
        (["check", "-", "--lang", "fr"], "--lang fr"),
        (["align", "-", "--lang", "ru"], "--lang ru"),
    ],
    ids=["normalize", "normalize-to", "check", "align"],
)
@pytest.mark.parametrize("text", ["Le ministre a parlé.\n", ""], ids=["text", "empty"])
def test_unread_language_is_refused(args: list[str], option: str, text: str) -> None:
    proc = termaid(*args, input=text)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr == f"termaid: error: {option}: {READS}\n"


@pytest.mark.parametrize("command", ["normalize", "check", "align"])
def test_contradicting_lang_is_warned_about(command: str) -> None:
    text = "Der Außenminister sagte, dass die Gespräche mit Lawrow weitergehen.\n"
    proc = termaid(command, "-", "--lang", "en", input=text)
    assert proc.returncode in (0, 1), proc.stderr
    assert proc.stderr.startswith(
        "termaid: warning: <stdin>: --lang en, but the text looks German (de "
    )


def test_matching_lang_draws_no_warning() -> None:
    proc = termaid("normalize", "-", "--lang", "en-GB", input="Lavrov met Araghchi in Moscow.\n")
    assert proc.returncode == 0 and proc.stderr == ""
