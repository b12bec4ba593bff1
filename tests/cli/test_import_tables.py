"""``termaid import`` of real-shaped tables through a real process: OmegaT glossaries in
UTF-16 (BOM) and Latin-1, Excel's UTF-8 with BOM, and CSV headers spelled with language
names (issue 15, items 6, 7)."""

from __future__ import annotations

import codecs
import subprocess
import sys
from pathlib import Path

import pytest

from glossary import load_glossary

ROOT = Path(__file__).resolve().parents[2]
# An OmegaT glossary: source, target, comment, tab-separated.
OMEGAT = "Dateiname\tfile name\t\nStraße\tstreet\tin addresses\n"


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "termaid", *map(str, args)], capture_output=True, text=True,
                          check=False, cwd=ROOT, timeout=120)


def _terms(glossary: Path) -> set[tuple[str, ...]]:
    return {tuple(t.text for t in e.terms) for e in load_glossary(glossary)}


@pytest.mark.parametrize("data", [codecs.BOM_UTF16_LE + OMEGAT.encode("utf-16-le"),
                                  codecs.BOM_UTF8 + OMEGAT.encode("utf-8")], ids=["utf-16", "utf-8-bom"])
def test_an_omegat_glossary_with_a_bom_imports(tmp_path: Path, data: bytes) -> None:
    (tmp_path / "glossary.txt").write_bytes(data)
    done = _run("import", tmp_path / "glossary.txt", "--glossary", tmp_path / "g.yaml", "--columns", "de,en,note")
    assert done.returncode == 0, done.stderr
    assert {("Dateiname", "file name"), ("Straße", "street")} <= _terms(tmp_path / "g.yaml")


def test_a_latin1_omegat_glossary_imports_with_its_encoding_and_is_refused_without(tmp_path: Path) -> None:
    (tmp_path / "glossary.txt").write_bytes(OMEGAT.encode("latin-1"))
    refused = _run("import", tmp_path / "glossary.txt", "--glossary", tmp_path / "g.yaml", "--columns", "de,en,note")
    assert refused.returncode == 2
    assert "glossary.txt:2: byte 0xdf at column 5 (byte offset 25) is not valid utf-8" in refused.stderr
    assert not (tmp_path / "g.yaml").exists()
    done = _run("import", tmp_path / "glossary.txt", "--glossary", tmp_path / "g.yaml", "--columns", "de,en,note",
                "--encoding", "latin-1")
    assert done.returncode == 0, done.stderr
    assert ("Straße", "street") in _terms(tmp_path / "g.yaml")


@pytest.mark.parametrize("head", ["english,german", "English,Deutsch", "en-US,de-DE"])
def test_a_header_with_language_names_is_not_imported_as_an_entry(tmp_path: Path, head: str) -> None:
    (tmp_path / "terms.csv").write_text(f"{head}\nfile,Datei\n", encoding="utf-8")
    for extra in (["--columns", "en,de"], []):
        target = tmp_path / f"g{len(extra)}.yaml"
        done = _run("import", tmp_path / "terms.csv", "--glossary", target, *extra)
        assert done.returncode == 0, done.stderr
        assert _terms(target) == {("file", "Datei")}


def test_header_flag_skips_a_header_that_names_no_language(tmp_path: Path) -> None:
    (tmp_path / "terms.csv").write_text("Term,Begriff\nfile,Datei\n", encoding="utf-8")
    done = _run("import", tmp_path / "terms.csv", "--glossary", tmp_path / "g.yaml", "--columns", "en,de", "--header")
    assert done.returncode == 0, done.stderr
    assert _terms(tmp_path / "g.yaml") == {("file", "Datei")}


@pytest.mark.parametrize("lenient", [[], ["--lenient"]])
def test_a_blank_msgid_is_skipped_with_its_line(tmp_path: Path, lenient: list[str]) -> None:
    (tmp_path / "de.po").write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                                    '"Language: de\\n"\n\nmsgid " "\nmsgstr " "\n\nmsgid "file"\nmsgstr "Datei"\n',
                                    encoding="utf-8")
    done = _run("import", tmp_path / "de.po", "--glossary", tmp_path / "g.yaml", *lenient)
    assert done.returncode == 0, done.stderr
    assert "de.po:6: message with a blank msgid ' ' skipped" in done.stderr
    assert _terms(tmp_path / "g.yaml") == {("file", "Datei")}


@pytest.mark.parametrize("kind", ["csv", "tsv"])
def test_export_help_describes_the_flavors_the_command_accepts(tmp_path: Path, kind: str) -> None:
    helped = _run("export", kind, "--help")
    assert helped.returncode == 0
    text = " ".join(helped.stdout.split())
    (tmp_path / "g.yaml").write_text("entries:\n  - id: file\n    type: concept\n    terms:\n      en: [file]\n"
                                     "      de: [Datei]\n", encoding="utf-8")
    omegat = _run("export", kind, "--glossary", tmp_path / "g.yaml", "--source", "en", "--target", "de",
                  "--flavor", "omegat")
    if kind == "csv":
        assert omegat.returncode == 2
        assert "omegat: source" not in text and "OmegaT glossaries are tab-separated: export tsv" in text
    else:
        assert omegat.returncode == 0, omegat.stderr
        assert "omegat: source, target, comment" in text


def test_a_weblate_csv_with_several_rows_per_source_term_imports_them_as_synonyms(
        tmp_path: Path) -> None:
    """Weblate's glossary CSV: a header of column words and one row per translation; the
    rows of one source term are synonyms (the first preferred), not conflicts."""
    src = tmp_path / "glossary-fr.csv"
    src.write_text('"context","source","target"\n'
                   '"k1","Firewall","pare-feu"\n'
                   '"k1","Firewall","coupe-feu"\n'
                   '"k2","Router","routeur"\n', encoding="utf-8")
    glossary = tmp_path / "g.yaml"
    proc = _run("import", src, "--glossary", glossary, "--columns", "-,en,fr")
    assert proc.returncode == 0, proc.stderr
    assert "first row 'context, source, target' read as a header" in proc.stderr
    assert "0 conflicts" in proc.stderr
    entries = {e.id: e for e in load_glossary(glossary)}
    assert set(entries) == {"firewall", "router"}
    assert [(t.text, t.status.value) for t in entries["firewall"].terms if t.lang == "fr"] == [
        ("pare-feu", "preferred"), ("coupe-feu", "admitted")]
