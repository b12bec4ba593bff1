"""``termaid import`` and ``termaid export csv/tsv`` in a real process on small files in the
shape of real third-party ones (generated here, no copied content): UTF-16 and Latin-1
OmegaT glossaries, CSV headers of language names, GTK catalogs with accelerators,
obsolete and blank messages, template headers, Amazon tables with empty cells (issue 15)."""

from __future__ import annotations

import codecs
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from glossary import load_glossary

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "exchange" / "glossary.yaml"


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "termaid", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, check=False)


def _terms(path: Path) -> list[list[str]]:
    return sorted([t.text for t in e.terms] for e in load_glossary(path))


# --- item 11: the help names exactly the flavours the command takes -------------------------

@pytest.mark.parametrize("kind", ["csv", "tsv"])
def test_every_flavour_the_help_names_is_accepted(kind: str, tmp_path: Path) -> None:
    help_text = _run("export", kind, "--help").stdout
    section = help_text.split("--flavor", 1)[1].split("\n  --", 1)[0]
    named = set(re.findall(r"(\w+):", re.sub(r"\[[^\]]*\]|\([^)]*\)", "", " ".join(section.split()))))
    choices = set(re.search(r"\[([\w|]+)\]", section).group(1).split("|"))  # type: ignore[union-attr]
    assert named == choices, f"help describes {sorted(named)}, the command takes {sorted(choices)}"
    assert ("omegat" in named) == (kind == "tsv")
    for flavour in sorted(named):
        done = _run("export", kind, "--glossary", FIXTURE, "--source", "en", "--target", "de",
                    "--flavor", flavour, "--out", tmp_path / f"out.{flavour}.{kind}")
        assert done.returncode == 0, (flavour, done.stderr)
    assert "tab or a line break is skipped" in " ".join(help_text.split())


# --- item 6: encodings ------------------------------------------------------------------------

OMEGAT = "Straße\tstreet\tconcept\nÄrger\tanger\t\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_an_omegat_glossary_with_a_bom_imports(tmp_path: Path, encoding: str) -> None:
    source = tmp_path / "glossary.txt"
    data = OMEGAT.replace("\n", "\r\n").encode(encoding)
    source.write_bytes(codecs.BOM_UTF16_BE + data if encoding == "utf-16-be" else data)
    done = _run("import", source, "--glossary", tmp_path / "g.yaml", "--columns", "de,en,note")
    assert done.returncode == 0, done.stderr
    assert _terms(tmp_path / "g.yaml") == [["Straße", "street"], ["Ärger", "anger"]]


def test_latin1_is_refused_with_the_place_and_the_option_then_read_with_it(tmp_path: Path) -> None:
    source = tmp_path / "glossary.txt"
    source.write_bytes(OMEGAT.encode("latin-1"))
    target = tmp_path / "g.yaml"
    refused = _run("import", source, "--glossary", target, "--columns", "de,en,note")
    assert refused.returncode == 2 and not target.exists()
    assert "glossary.txt:1: byte 0xdf at column 5 (byte offset 4) is not valid utf-8" in refused.stderr
    assert "--encoding latin-1" in refused.stderr
    done = _run("import", source, "--glossary", target, "--columns", "de,en,note", "--encoding", "latin-1")
    assert done.returncode == 0, done.stderr
    assert _terms(target) == [["Straße", "street"], ["Ärger", "anger"]]
    wrong = _run("import", tmp_path / "x.po", "--glossary", target, "--encoding", "latin-1")
    assert wrong.returncode == 2 and "--encoding is for CSV and TSV" in wrong.stderr


# --- item 7: headers --------------------------------------------------------------------------

@pytest.mark.parametrize("header", ["english,german", "English,Deutsch", "en-US,de-DE"])
@pytest.mark.parametrize("columns", [(), ("--columns", "en,de")])
def test_a_header_row_is_never_an_entry(tmp_path: Path, header: str, columns: tuple[str, ...]) -> None:
    source = tmp_path / "terms.csv"
    source.write_text(f"{header}\nfile,Datei\nfolder,Ordner\n", encoding="utf-8")
    done = _run("import", source, "--glossary", tmp_path / "g.yaml", *columns)
    assert done.returncode == 0, done.stderr
    assert _terms(tmp_path / "g.yaml") == [["file", "Datei"], ["folder", "Ordner"]]


def test_a_header_that_is_no_language_is_named_and_header_skips_it(tmp_path: Path) -> None:
    source = tmp_path / "terms.csv"
    source.write_text("Source,Target\nfile,Datei\n", encoding="utf-8")
    refused = _run("import", source, "--glossary", tmp_path / "g.yaml")
    assert refused.returncode == 2
    assert "terms.csv:1:" in refused.stderr and "(Source, Target) names no languages" in refused.stderr
    done = _run("import", source, "--glossary", tmp_path / "g.yaml", "--columns", "en,de", "--header")
    assert done.returncode == 0, done.stderr
    assert _terms(tmp_path / "g.yaml") == [["file", "Datei"]]


# --- items 2 and 10: PO catalogs ----------------------------------------------------------------

GTK_PO = '''# German translation of a small GTK application.
msgid ""
msgstr ""
"Project-Id-Version: app 1.0\\n"
"Language: de\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

#: src/menu.c:10
msgctxt "menu"
msgid "S_ystem"
msgstr "S_ystem"

#: src/menu.c:12
msgid "_Quit"
msgstr "_Beenden"

#: src/menu.c:14
msgid " "
msgstr " "

#~ msgid "_Old"
#~ msgstr "_Alt"
'''


@pytest.mark.parametrize("lenient", [(), ("--lenient",)])
def test_a_gtk_catalog_imports_without_markers_blanks_or_obsolete_messages(tmp_path: Path,
                                                                          lenient: tuple[str, ...]) -> None:
    source = tmp_path / "app.de.po"
    source.write_text(GTK_PO, encoding="utf-8")
    target = tmp_path / "g.yaml"
    done = _run("import", source, "--glossary", target, "--accelerator", "_", *lenient)
    assert done.returncode == 0, done.stderr
    warnings = [line.split(str(tmp_path) + "/")[-1] for line in done.stderr.splitlines() if "warning" in line]
    assert warnings == ["app.de.po:19: message with a blank msgid ' ' skipped: no term to import",
                        ("app.de.po:22: 1 obsolete message(s) (#~) skipped, the first at this line: they are "
                         "no longer in use")]
    glossary = list(load_glossary(target))
    assert [[t.text for t in e.terms] for e in glossary] == [["System", "System"], ["Quit", "Beenden"]]
    assert glossary[0].note == "context: menu"


def test_an_empty_template_has_nothing_to_import_and_exits_0(tmp_path: Path) -> None:
    source = tmp_path / "app.pot"
    source.write_text(GTK_PO.split("\n\n")[0] + "\n", encoding="utf-8")
    target = tmp_path / "g.yaml"
    done = _run("import", source, "--glossary", target, "--target", "de")
    assert done.returncode == 0, done.stderr
    assert "nothing to import" in done.stderr and not target.exists()
    as_json = _run("import", source, "--glossary", target, "--target", "de", "--json")
    assert as_json.returncode == 0 and json.loads(as_json.stdout)["entries"] == 0 and not target.exists()
    header_only = tmp_path / "terms.csv"
    header_only.write_text("en,de\n", encoding="utf-8")
    done = _run("import", header_only, "--glossary", target)
    assert done.returncode == 0 and "nothing to import" in done.stderr and not target.exists()


@pytest.mark.parametrize(("name", "data", "code", "said"), [
    ("empty.csv", b"", 0, "empty.csv:1: no rows: nothing to import"),
    ("blank.tsv", b"\n \n", 0, "blank.tsv:1: no rows: nothing to import"),
    ("empty.de.po", b"", 0, "empty.de.po:1: empty catalog: nothing to import"),
    ("blank.po", b"\n\n", 0, "blank.po:1: empty catalog: nothing to import"),
    ("empty.tbx", b"", 2, "empty.tbx:1: empty file: nothing to import"),  # not an XML document
])
def test_an_empty_file_that_is_valid_has_nothing_to_import(tmp_path: Path, name: str, data: bytes,
                                                           code: int, said: str) -> None:
    source, target = tmp_path / name, tmp_path / "g.yaml"
    source.write_bytes(data)
    columns = ("--columns", "en,de") if name.endswith(("csv", "tsv")) else ()
    done = _run("import", source, "--glossary", target, *columns)
    assert done.returncode == code, done.stderr
    assert said in done.stderr and not target.exists()


# --- item 8: an Amazon table with empty cells round-trips -------------------------------------

def test_an_amazon_table_with_empty_cells_round_trips(tmp_path: Path) -> None:
    source = tmp_path / "terms.csv"
    source.write_text("en,de,fr\nhouse,Haus,maison\ncar,,voiture\ntree,Baum,\nboat,Boot\n", encoding="utf-8")
    first = tmp_path / "first.yaml"
    assert _run("import", source, "--glossary", first).returncode == 0
    exported = tmp_path / "back.csv"
    done = _run("export", "csv", "--glossary", first, "--source", "en", "--target", "de", "--target", "fr",
                "--flavor", "amazon", "--out", exported)
    assert done.returncode == 0, done.stderr
    assert "car,,voiture" in exported.read_text(encoding="utf-8").splitlines()
    second = tmp_path / "second.yaml"
    done = _run("import", exported, "--glossary", second)
    assert done.returncode == 0, done.stderr
    assert _terms(second) == _terms(first)
    assert _terms(first) == [["boat", "Boot"], ["car", "voiture"], ["house", "Haus", "maison"], ["tree", "Baum"]]
