"""Every export of the shipped glossary, imported back into a copy of it through the real
CLI, is a no-op: 0 conflicts, 0 changes, 0 warnings, the YAML files byte for byte as they
were (issue 9: "every export must import back to the same glossary").

A table or catalog carries less than the glossary (one target term per source term, no
ids, no review data): what it carries matches the glossary's entries, so importing it
changes nothing; the TBX and YAML carry everything."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "glossary" / "data"

#: (export arguments, file name, import arguments)
CASES = [
    (["csv", "--source", "en", "--target", "de", "--flavor", "deepl"], "deepl.csv", ["--columns", "en,de"]),
    (["csv", "--source", "de", "--target", "en", "--flavor", "deepl"], "deepl-de.csv", ["--columns", "de,en"]),
    (["csv", "--source", "en", "--target", "de", "--flavor", "google"], "google.csv", ["--columns", "en,de"]),
    (["csv", "--source", "en", "--target", "de", "--flavor", "amazon"], "amazon.csv", []),
    (["csv", "--source", "en", "--target", "de", "--target", "fa", "--flavor", "amazon"], "amazon3.csv", []),
    (["csv", "--source", "en", "--target", "de", "--flavor", "deepl", "--preferred-only"], "preferred.csv",
     ["--columns", "en,de"]),
    (["tsv", "--source", "en", "--target", "de", "--flavor", "deepl"], "deepl.tsv", ["--columns", "en,de"]),
    (["tsv", "--source", "en", "--target", "de", "--flavor", "google"], "google.tsv", ["--columns", "en,de"]),
    (["tsv", "--source", "en", "--target", "de", "--target", "ru", "--flavor", "amazon"], "amazon.tsv", []),
    (["tsv", "--source", "en", "--target", "de", "--flavor", "omegat"], "omegat.tsv", ["--columns", "en,de,note"]),
    (["tsv", "--source", "de", "--target", "en", "--flavor", "omegat"], "omegat-de.tsv",
     ["--columns", "de,en,note"]),
    (["po", "--lang", "de"], "de.po", []),
    (["po", "--source", "de", "--lang", "en"], "en.po", []),
    (["mo", "--lang", "de"], "de.mo", []),
    (["tbx"], "glossary.tbx", []),
    (["tbx", "--tbx-version", "2"], "glossary-v2.tbx", []),
    (["xlsx", "--source", "en", "--target", "de"], "glossary.xlsx", []),
    (["xlsx", "--source", "en", "--target", "de", "--notes"], "notes.xlsx", []),
    (["xlsx", "--source", "en", "--target", "de", "--target", "fa", "--target", "ru"], "three.xlsx", []),
]


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "termaid", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=300, check=False)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.yaml"))}


def _import_changes_nothing(file: Path, copy: Path, *args: str) -> None:
    done = _run("import", file, "--glossary", copy, "--json", *args)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["entries"] > 0
    assert (report["added"], report["changed"], report["conflicts"], report["warnings"]) == ([], [], [], [])
    assert not report["written"] and report["files"] == []
    assert _files(copy) == _files(DATA)


@pytest.mark.parametrize(("export", "name", "options"), CASES, ids=[c[1] for c in CASES])
def test_an_export_imports_back_as_a_no_op(tmp_path: Path, export: list[str], name: str, options: list[str]) -> None:
    copy = tmp_path / "glossary"
    shutil.copytree(DATA, copy)
    out = tmp_path / name
    done = _run("export", *export, "--glossary", copy, "--out", out)
    assert done.returncode == 0, done.stderr
    _import_changes_nothing(out, copy, *options)


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.yaml")))
def test_a_glossary_file_imports_back_as_a_no_op(tmp_path: Path, name: str) -> None:
    # the YAML is its own export; its links to the other files' entries resolve in the glossary
    copy = tmp_path / "glossary"
    shutil.copytree(DATA, copy)
    _import_changes_nothing(DATA / name, copy)
