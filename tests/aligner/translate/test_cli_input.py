"""translate and digest on empty, short and foreign input, as a real process, tiny models."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "translate"
GLOSSARY = ["--glossary", str(FIXTURES / "glossary.yaml")]
ARTICLES = FIXTURES / "articles"
READS = "termaid reads English and German text only (en, de)"


def termaid(*args: str, input: str = "") -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([sys.executable, "-m", "termaid", *args, *GLOSSARY],
                          input=input.encode(), capture_output=True, check=False)
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(),
                                       proc.stderr.decode())


@pytest.mark.parametrize("text", ["", " \n"])
def test_translate_empty_needs_no_model(tmp_path: Path, text: str) -> None:
    proc = termaid("translate", "-", "--to", "de", "--models-dir", str(tmp_path), input=text)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == text
    assert proc.stderr == "termaid: note: <stdin>: input is empty\n"


def test_translate_empty_json(tmp_path: Path) -> None:
    proc = termaid("translate", "-", "--from", "en", "--to", "de", "--json",
                   "--models-dir", str(tmp_path), input="\n")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["from"] == "en" and data["to"] == "de" and data["translation"] == "\n"
    assert data["sentences"] == [] and data["report"]["entities"] == []


def test_translate_short_text_detected(echo_dir: Path) -> None:
    proc = termaid("translate", "-", "--to", "de", "--json", "--models-dir", str(echo_dir),
                   input="Lavrov met Araghchi in Moscow.")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["from"] == "en"
    assert data["translation"] == "Lawrow met Araghtschi in Moskau."  # the echo model
    assert proc.stderr == ""


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["translate", "-", "--from", "fr", "--to", "de"], "--from fr"),
        (["translate", "-", "--to", "fr"], "--to fr"),
        (["translate", "-", "--from", "de", "--to", "ru"], "--to ru"),
        (["digest", str(ARTICLES / "report.en.txt"), "--to", "fr"], "--to fr"),
    ],
    ids=["translate-from", "translate-to", "translate-to-ru", "digest-to"],
)
def test_unread_language_is_refused(echo_dir: Path, args: list[str], option: str) -> None:
    proc = termaid(*args, "--models-dir", str(echo_dir), input="Lawrow traf Araghtschi.")
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr == f"termaid: error: {option}: {READS}\n"


def test_from_contradicting_the_text_is_warned_about(echo_dir: Path) -> None:
    german = "Lawrow traf Araghtschi in Moskau, und die Gespräche waren lang."
    proc = termaid("translate", "-", "--from", "en", "--to", "de", "--models-dir", str(echo_dir),
                   input=german)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.startswith(
        "termaid: warning: <stdin>: --from en, but the text looks German (de "
    )
    right = termaid("translate", "-", "--from", "de", "--to", "en", "--models-dir",
                    str(echo_dir), input=german)
    assert right.returncode == 0 and "warning" not in right.stderr


def test_digest_leaves_empty_files_out(echo_dir: Path, tmp_path: Path) -> None:
    empty = tmp_path / "leer.txt"
    empty.write_text("\n\n", encoding="utf-8")
    report = ARTICLES / "report.en.txt"
    proc = termaid("digest", str(empty), str(report), "--to", "de", "--format", "json",
                   "--models-dir", str(echo_dir))
    assert proc.returncode == 0, proc.stderr
    assert [s["name"] for s in json.loads(proc.stdout)["sources"]] == [str(report)]
    assert proc.stderr == f"termaid: note: {empty}: input is empty\n"
