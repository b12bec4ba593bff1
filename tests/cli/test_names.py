"""Name linking through the real CLI process: spellings the glossary does not list are
linked, and words that only look like names (trap words) are left alone."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "aligner"
GLOSSARY = str(FIX / "english_names.yaml")
TEXT = (
    "Der Kreml-Sprecher Peskoff und Vizeminister Rjabkof reisten nach Argentinien.\n"
    "Ibn Chaldun schrieb über Weil am Rhein nicht. Weil es regnete, blieb die Tür orange.\n"
    "Große Dateien in Big Endian schrieb Nathan Rutman.\n"
)


def _termaid(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "termaid", *args], input=stdin,
                          capture_output=True, text=True, check=False, timeout=300)


def test_normalize_links_unlisted_spellings_and_leaves_trap_words(tmp_path: Path) -> None:
    source = tmp_path / "bericht.de.txt"
    source.write_text(TEXT, encoding="utf-8")
    proc = _termaid("normalize", str(source), "--lang", "de", "--to", "en", "--glossary", GLOSSARY)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == (
        "Der Kreml-Sprecher Peskov und Vizeminister Ryabkov reisten nach Argentina.\n"
        "Ibn Khaldun schrieb über Weil am Rhein nicht. Weil es regnete, blieb die Tür orange.\n"
        "Große Dateien in Big Endian schrieb Nathan Rutman.\n"
    )
    data = json.loads(_termaid("normalize", str(source), "--lang", "de", "--json",
                               "--glossary", GLOSSARY).stdout)
    found = [(m["surface"], m["id"], m["match"]) for m in data["mentions"]]
    assert found == [
        ("Peskoff", "dmitry-peskov", "fuzzy"), ("Rjabkof", "sergei-ryabkov", "fuzzy"),
        ("Argentinien", "argentina", "fuzzy"), ("Ibn Chaldun", "ibn-khaldun", "fuzzy"),
        ("Weil", "weil-am-rhein", "exact"),  # the town, not "Weil es regnete"; not "orange"
    ]
    assert data["text"] == TEXT  # without --to, English names stay as written


def test_check_reports_only_the_names(tmp_path: Path) -> None:
    source = tmp_path / "bericht.de.txt"
    source.write_text(TEXT, encoding="utf-8")
    proc = _termaid("check", str(source), "--lang", "de", "--json", "--glossary", GLOSSARY)
    assert proc.returncode == 1, proc.stderr
    findings = json.loads(proc.stdout)["findings"]
    assert [(f["kind"], f["mention"]["surface"]) for f in findings] == [
        ("unlisted", "Peskoff"), ("unlisted", "Rjabkof"), ("unlisted", "Argentinien"),
        ("unlisted", "Ibn Chaldun")]
    clean = tmp_path / "technik.de.txt"
    clean.write_text("Große Dateien in Big Endian schrieb Nathan Rutman; die Tür ist orange.\n",
                     encoding="utf-8")
    proc = _termaid("check", str(clean), "--lang", "de", "--glossary", GLOSSARY)
    assert (proc.returncode, proc.stdout) == (0, ""), proc.stdout


def test_shipped_glossary_links_a_designation_and_leaves_manual_page_words() -> None:
    # "Schahed" is the shipped Shahed, before a number or a listed German word; the words
    # of manual pages that read like shipped names (India, Grossi, Natanz, Kalibr, Kharg
    # Island) stay as they are
    text = ("Iran lieferte Schahed-136 und Schahed-Drohnen.\n"
            "Big Endian und Little Endian; Große Dateien; Nathan Rutman; die Schrift Calibri;"
            " mehrere chargen.\n")
    proc = _termaid("normalize", "-", "--lang", "de", "--to", "en", stdin=text)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == text.replace("Schahed-136", "Shahed-136").replace(
        "Schahed-Drohnen", "Shahed-drones")
