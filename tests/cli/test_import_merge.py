"""``termaid import`` through a real process: spellings that fold alike meet in the merge
(and the result validates), merged entries keep every term, conflicts name where in the
file they came from, and case-distinct entries stay two entries (issue 15, items 1, 4, 5)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from glossary import load_glossary

ROOT = Path(__file__).resolve().parents[2]
PAIRS = [("addon", "add-on", "Erweiterung"), ("qrcode", "QR-Code", "QR-Code"),
         ("nonexisting", "non-existing", "nicht vorhanden"), ("Viet Nam", "Vietnam", "Vietnam")]


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "termaid", *map(str, args)], capture_output=True, text=True, check=False,
                          cwd=ROOT, timeout=120)


def _po(path: Path, pairs: list[tuple[str, str]]) -> Path:
    body = "".join(f'\nmsgid "{a}"\nmsgstr "{b}"\n' for a, b in pairs)
    path.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: de\\n"\n' + body,
                    encoding="utf-8")
    return path


def _validates(glossary: Path) -> None:
    done = _run("validate", glossary)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("lenient", [False, True])
def test_po_with_spellings_that_fold_alike_imports_and_validates(tmp_path: Path, lenient: bool) -> None:
    po = _po(tmp_path / "de.po", [(x, t) for a, b, t in PAIRS for x in (a, b)])
    glossary = tmp_path / "g.yaml"
    done = _run("import", po, "--glossary", glossary, *(["--lenient"] if lenient else []), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["conflicts"] == [] and len(report["added"]) == len(PAIRS)
    _validates(glossary)
    # each pair is one entry: the first spelling preferred, the second its variant
    entries = list(load_glossary(glossary))
    assert [[t.text for t in e.terms_in("en")] for e in entries] == [[a, b] for a, b, _ in PAIRS]


@pytest.mark.parametrize("lenient", [False, True])
def test_csv_with_spellings_that_fold_alike_imports_and_validates(tmp_path: Path, lenient: bool) -> None:
    # the second row of a pair has no French: a row of its own, which the merge must join
    rows = "".join(f"{a},{t},{t.lower()}-fr\n{b},{t},\n" for a, b, t in PAIRS)
    table = tmp_path / "terms.csv"
    table.write_text("en,de,fr\n" + rows, encoding="utf-8")
    glossary = tmp_path / "g.yaml"
    done = _run("import", table, "--glossary", glossary, *(["--lenient"] if lenient else []))
    assert done.returncode == 0, done.stderr
    assert f"{2 * len(PAIRS)} entries" in done.stderr and f"{len(PAIRS)} added" in done.stderr
    _validates(glossary)
    assert len(list(load_glossary(glossary))) == len(PAIRS)


def test_the_pair_in_a_translation_is_a_conflict_with_its_row(tmp_path: Path) -> None:
    table = tmp_path / "terms.csv"
    table.write_text("en,de\nfirst,Viet Nam\nsecond,Vietnam\n", encoding="utf-8")
    glossary = tmp_path / "g.yaml"
    done = _run("import", table, "--glossary", glossary)
    assert done.returncode == 1
    assert f"term 'Vietnam' (de): the glossary has 'a term of first', the import has 'a term of second' (at {table}:row 3)" \
        in done.stderr
    _validates(glossary)
    done = _run("import", table, "--glossary", tmp_path / "h.yaml", "--prefer", "incoming")
    assert done.returncode == 0, done.stderr
    _validates(tmp_path / "h.yaml")


MULTITERM = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en">
  <martifHeader><fileDesc><sourceDesc><p>a termbase export</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="c17">
      <descripGrp><descrip type="definition">Protection against hostile aircraft and missiles.</descrip></descripGrp>
      <note>Checked by the terminology desk.</note>
      <langSet xml:lang="en">
        <descripGrp><descrip type="definition">Protection against hostile aircraft and missiles.</descrip></descripGrp>
        <ntig><termGrp><term>air defence</term></termGrp></ntig>
        <ntig><termGrp><term>air defense</term></termGrp></ntig>
        <ntig><termGrp><term>anti-aircraft defence</term></termGrp></ntig>
      </langSet>
      <langSet xml:lang="de">
        <descripGrp><descrip type="definition">Schutz gegen feindliche Flugzeuge und Raketen.</descrip></descripGrp>
        <ntig><termGrp><term>Flugabwehr</term></termGrp></ntig>
        <ntig><termGrp><term>Luftabwehr</term></termGrp></ntig>
        <ntig><termGrp><term>Fliegerabwehr</term></termGrp></ntig>
      </langSet>
    </termEntry>
  </body></text>
</martif>
"""
EXISTING = """entries:
  - id: air-defense
    type: concept
    terms:
      en:
        - air defense
      de:
        - Luftabwehr
    definition:
      en: Weapons that protect against attack from the air.
"""


def test_a_merged_termbase_entry_keeps_every_term_and_definition(tmp_path: Path) -> None:
    tbx = tmp_path / "termbase.tbx"
    tbx.write_text(MULTITERM, encoding="utf-8")
    glossary = tmp_path / "g.yaml"
    glossary.write_text(EXISTING, encoding="utf-8")
    done = _run("import", tbx, "--glossary", glossary, "--json")
    assert done.returncode == 1, done.stderr  # the preferred terms and the English definition differ
    report = json.loads(done.stdout)
    assert report["warnings"] == []  # the definition given twice alike is one definition
    assert {(c["what"], c["where"], c["from"]) for c in report["conflicts"]} == {
        (what, f"{glossary}:2", f"{tbx}:5") for what in ("preferred term (en)", "preferred term (de)", "definition (en)")}
    _validates(glossary)
    (entry,) = load_glossary(glossary)
    # nothing lost: the glossary's preferred terms lead, every incoming term joined
    assert [t.text for t in entry.terms_in("en")] == ["air defense", "air defence", "anti-aircraft defence"]
    assert [t.text for t in entry.terms_in("de")] == ["Luftabwehr", "Flugabwehr", "Fliegerabwehr"]
    assert entry.definition("en") == "Weapons that protect against attack from the air."
    assert entry.definition("de") == "Schutz gegen feindliche Flugzeuge und Raketen."
    assert entry.note == "Checked by the terminology desk."


def test_conflicts_name_their_line_in_a_catalog(tmp_path: Path) -> None:
    glossary = tmp_path / "g.yaml"
    glossary.write_text(EXISTING, encoding="utf-8")
    po = _po(tmp_path / "de.po", [("air defense", "Flugabwehr")])
    done = _run("import", po, "--glossary", glossary)
    assert done.returncode == 1
    assert f"preferred term (de): the glossary has 'Luftabwehr', the import has 'Flugabwehr' (at {po}:6)" in done.stderr
    assert [t.text for t in next(iter(load_glossary(glossary))).terms_in("de")] == ["Luftabwehr", "Flugabwehr"]


def test_case_distinct_entries_stay_apart_and_are_named(tmp_path: Path) -> None:
    table = tmp_path / "units.csv"
    table.write_text("en,de\nB/s,Byte pro Sekunde\nb/s,Bit pro Sekunde\nIndex,Stichwortverzeichnis\n"
                     "index,Kennzahl\n", encoding="utf-8")
    glossary = tmp_path / "g.yaml"
    done = _run("import", table, "--glossary", glossary)
    assert done.returncode == 0, done.stderr
    assert "4 added" in done.stderr
    assert "kept apart as case-sensitive terms (the file has them in separate entries): B/s / b/s (en); " \
           "Index / index (en)" in done.stderr
    _validates(glossary)
    entries = {e.terms[0].text: e for e in load_glossary(glossary)}
    assert sorted(entries) == ["B/s", "Index", "b/s", "index"]
    assert all(e.terms[0].case_sensitive and not e.terms[1].case_sensitive for e in entries.values())
    again = _run("import", table, "--glossary", glossary, "--json")  # a second import changes nothing
    assert again.returncode == 0 and json.loads(again.stdout)["changed"] == []


def test_a_row_conflicts_only_when_the_glossary_translates_its_source_otherwise(tmp_path: Path) -> None:
    glossary = tmp_path / "g.yaml"
    glossary.write_text(EXISTING, encoding="utf-8")
    table = tmp_path / "terms.csv"
    table.write_text("en,de\nair defense,Flugabwehr\n", encoding="utf-8")
    left = _run("import", table, "--glossary", glossary)
    assert left.returncode == 1
    assert f"preferred term (de): the glossary has 'Luftabwehr', the import has 'Flugabwehr' (at {table}:row 2)" \
        in left.stderr and left.stderr.count("conflict:") == 1
    (entry,) = load_glossary(glossary)
    assert [t.text for t in entry.terms] == ["air defense", "Luftabwehr", "Flugabwehr"]  # kept, as a variant
    taken = _run("import", table, "--glossary", glossary, "--prefer", "incoming")
    assert taken.returncode == 0, taken.stderr
    (entry,) = load_glossary(glossary)
    assert [t.text for t in entry.terms_in("de")] == ["Flugabwehr", "Luftabwehr"]
    again = _run("import", table, "--glossary", glossary, "--json")  # now the glossary agrees with the file
    assert again.returncode == 0 and json.loads(again.stdout)["conflicts"] == []


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".xlsx"])
def test_table_conflicts_name_their_row(tmp_path: Path, suffix: str) -> None:
    glossary = tmp_path / "g.yaml"
    glossary.write_text(EXISTING, encoding="utf-8")
    rows = [("en", "de"), ("Tehran", "Teheran"), ("air defense", "Flugabwehr")]
    table = tmp_path / f"terms{suffix}"
    if suffix == ".xlsx":
        from openpyxl import Workbook

        book = Workbook()
        for row in rows:
            book.active.append(row)  # type: ignore[union-attr]
        book.save(table)
    else:
        table.write_text("".join(("," if suffix == ".csv" else "\t").join(r) + "\n" for r in rows), encoding="utf-8")
    done = _run("import", table, "--glossary", glossary, "--json")
    assert done.returncode == 1
    (conflict,) = json.loads(done.stdout)["conflicts"]
    assert (conflict["where"], conflict["from"]) == (f"{glossary}:2", f"{table}:row 3")


def test_yaml_conflicts_name_their_line(tmp_path: Path) -> None:
    glossary = tmp_path / "g.yaml"
    glossary.write_text(EXISTING, encoding="utf-8")
    incoming = tmp_path / "more.yaml"
    incoming.write_text("entries:\n  - id: tehran\n    type: place\n    terms:\n      en: [Tehran]\n\n"
                        + EXISTING.split("\n", 1)[1].replace("type: concept", "type: system"), encoding="utf-8")
    done = _run("import", incoming, "--glossary", glossary, "--json")
    assert done.returncode == 1
    (conflict,) = json.loads(done.stdout)["conflicts"]
    assert (conflict["what"], conflict["where"], conflict["from"]) == ("entry type", f"{glossary}:2", f"{incoming}:7")
