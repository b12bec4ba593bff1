"""termaid spell as a real process: text and JSON output, stdin lines, bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def _termaid(*args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "termaid", "spell", *args], input=input,
                          capture_output=True, text=True, encoding="utf-8", check=False)


def test_spell_prints_german_and_english() -> None:
    proc = _termaid("Сергей Лавров")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "de: Sergei Lawrow\nen: Sergei Lavrov\n"


@pytest.mark.parametrize(
    ("source", "de", "en"),
    [("Сергей Шойгу", "Sergei Schoigu", "Sergei Shoigu"),
     ("Георгий Жуков", "Georgi Schukow", "Georgy Zhukov"),
     ("Мария Захарова", "Marija Sacharowa", "Maria Zakharova")],
)
def test_spell_json(source: str, de: str, en: str) -> None:
    proc = _termaid(source, "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {"source": source, "de": de, "en": en}


def test_spell_reads_one_name_per_line_from_stdin() -> None:
    proc = _termaid("-", "--json", input="Андрей Белоусов\n\nВалерий Герасимов\n")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [(r["de"], r["en"]) for r in rows] == [
        ("Andrei Beloussow", "Andrei Belousov"), ("Waleri Gerassimow", "Valery Gerasimov")]


def test_spell_refuses_latin_input_with_status_2() -> None:
    proc = _termaid("Lavrov")
    assert proc.returncode == 2
    assert proc.stderr == "termaid: error: no Cyrillic letters to spell in 'Lavrov'\n"
    assert proc.stdout == ""
