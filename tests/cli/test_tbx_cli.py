"""``termaid export tbx --tbx-version 2`` and ``termaid import`` of TBX with term statuses,
through a real process: what the Translate Toolkit reads, and what comes into the YAML."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from glossary import load_glossary
from glossary.model import Entry, TermStatus
from glossary.serial import entry_to_dict

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "exchange"


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "termaid", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, check=False)


def _plain(entry: Entry) -> dict[str, object]:
    data = entry_to_dict(entry, origin=False)
    data["definitions"] = sorted(data.get("definitions", []))
    return data


def test_v2_export_reads_in_the_translate_toolkit_and_back_in_termaid(tmp_path: Path) -> None:
    from translate.storage.tbx import tbxfile

    out = tmp_path / "g.tbx"
    done = _run("export", "tbx", "--tbx-version", "2", "--glossary", FIXTURES / "glossary.yaml", "--out", out)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="en">')
    store = tbxfile.parsestring(out.read_bytes(), sourcelanguage="en", targetlanguage="de")
    pairs = {unit.source: unit.target for unit in store.units}
    assert pairs["Tehran"] == "Teheran" and pairs["Iran"] == "Iran"
    new = tmp_path / "new.yaml"
    imported = _run("import", out, "--glossary", new)
    assert imported.returncode == 0, imported.stderr
    # the same entries; definitions in another order (TBX writes those of a language without terms first)
    back, fixture = load_glossary(new), load_glossary(FIXTURES / "glossary.yaml")
    assert [_plain(e) for e in back] == [_plain(e) for e in fixture]


def test_default_stays_v3(tmp_path: Path) -> None:
    done = _run("export", "tbx", "--glossary", FIXTURES / "glossary.yaml")
    assert done.returncode == 0 and '<tbx type="TBX-Basic" style="dca"' in done.stdout
    bad = _run("export", "tbx", "--tbx-version", "4", "--glossary", FIXTURES / "glossary.yaml")
    assert bad.returncode == 2 and "'4' is not one of '2', '3'" in bad.stderr


def test_imported_statuses_reach_the_glossary(tmp_path: Path) -> None:
    new = tmp_path / "new.yaml"
    done = _run("import", FIXTURES / "statuses.v2-martif.tbx", "--glossary", new)
    assert done.returncode == 0, done.stderr
    assert "statuses.v2-martif.tbx:53: administrativeStatus 'obsolete' read as deprecated" in done.stderr
    glossary = load_glossary(new)
    assert [(t.text, t.status) for t in glossary["log-in"].terms_in("de")] == [
        ("anmelden", TermStatus.PREFERRED), ("einloggen", TermStatus.DEPRECATED), ("einchecken", TermStatus.FORBIDDEN)]
    assert glossary["weblate"].do_not_translate
    assert glossary["residence-permit"].preferred("de").text == "Aufenthaltstitel"  # type: ignore[union-attr]
