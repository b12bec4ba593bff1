"""XLSX workbooks: written with openpyxl, read back exactly as the CSV of the same rows."""

from __future__ import annotations

import datetime
import io
import zipfile
from pathlib import Path

import pytest
from exchange_helpers import FIXTURE
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary import Glossary, load_glossary
from glossary.formats import ImportFormatError
from glossary.formats.errors import ExportError
from glossary.formats.table import Table, generate_table, parse_table
from glossary.formats.xlsx import generate_xlsx, read_xlsx, write_xlsx, xlsx_table

openpyxl = pytest.importorskip("openpyxl")


@pytest.fixture
def glossary() -> Glossary:
    return load_glossary(FIXTURE)


def _as_csv(table: Table) -> list[object]:
    return list(parse_table(generate_table(table, delimiter=","), name="t.csv", delimiter=",").entries)


def _as_xlsx(table: Table) -> list[object]:
    return list(read_xlsx(io.BytesIO(generate_xlsx(table))).entries)


@pytest.mark.parametrize(("targets", "notes"), [(("de",), False), (("de", "ru", "fa"), False), (("de",), True)],
                         ids=["one-target", "three-targets", "notes"])
def test_a_workbook_reads_back_as_the_csv_of_its_rows(targets: tuple[str, ...], notes: bool) -> None:
    table = xlsx_table(load_glossary(), source="en", targets=targets, notes=notes)
    assert table.rows[0] == ("en", *targets, *(("note",) if notes else ()))
    assert _as_xlsx(table) == _as_csv(table)
    assert len(_as_xlsx(table)) > 300


_cell = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=15)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(_cell.filter(str.strip), _cell, _cell), min_size=1, max_size=8))
def test_any_rows_read_back_as_their_csv(rows: list[tuple[str, str, str]]) -> None:
    table = Table((("en", "de", "note"), *rows))
    assert _as_xlsx(table) == _as_csv(table)


def test_every_cell_is_text_never_a_formula(tmp_path: Path) -> None:
    table = Table((("en", "de"), ("=1+1", "=HYPERLINK(\"http://x\")"), ("007", "1.50"), ("TRUE", "null")))
    path = tmp_path / "t.xlsx"
    path.write_bytes(generate_xlsx(table))
    sheet = openpyxl.load_workbook(path).worksheets[0]
    cells = [c for row in sheet.iter_rows() for c in row]
    assert [c.value for c in cells] == [x for row in table.rows for x in row]
    assert {c.data_type for c in cells} == {"s"}


def test_exports_are_reproducible(glossary: Glossary) -> None:
    table = xlsx_table(glossary, source="en", targets=("de",))
    first = generate_xlsx(table)
    archive = zipfile.ZipFile(io.BytesIO(first))
    assert {i.date_time for i in archive.infolist()} == {(2000, 1, 1, 0, 0, 0)}
    book = openpyxl.load_workbook(io.BytesIO(first))
    assert book.properties.modified == book.properties.created == datetime.datetime(2000, 1, 1)
    assert generate_xlsx(table) == first


def test_a_workbook_made_by_hand(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["EN", "de", "Note"])
    sheet.append([None])
    sheet.append(["Tehran", "Teheran", "capital"])
    sheet.append(["Tehran", "Teheran", None])          # same targets: one entry
    sheet.append(["S-400", "S-400", None, None, None])  # padded
    sheet.append([400, 400.0])                         # numbers: their digits
    sheet.append(["Budget", "=1+1"])                   # a formula: its last value (none here)
    sheet.append([datetime.date(2026, 12, 4), "x"])
    path = tmp_path / "hand.xlsx"
    book.save(path)
    result = read_xlsx(path)
    got = [[t.text for t in e.terms] for e in result.entries]
    assert got == [["Tehran", "Teheran"], ["S-400", "S-400"], ["400", "400"], ["Budget"], ["2026-12-04", "x"]]
    assert result.entries[0].note == "capital"


def test_a_bad_row_names_its_sheet_row(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["en", "de"], ["a", "b"], ["a", "b", "c", "d"]):
        sheet.append(row)
    path = tmp_path / "bad.xlsx"
    book.save(path)
    with pytest.raises(ImportFormatError, match=r"bad\.xlsx:3: row has 4 cells, expected 2 \(sheet columns: en, de\)"):
        read_xlsx(path)
    assert len(read_xlsx(path, strict=False).entries) == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"en,de\nTehran,Teheran\n", "not an XLSX workbook"),
     (b"PK\x03\x04 broken", "not an XLSX workbook")],
    ids=["csv", "broken-zip"],
)
def test_what_is_no_workbook_is_refused(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(data)
    with pytest.raises(ImportFormatError, match=message):
        read_xlsx(path)


def test_a_damaged_workbook_is_refused_with_its_name(tmp_path: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", b"<nonsense")
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(out.getvalue())
    with pytest.raises(ImportFormatError, match=r"damaged\.xlsx: not a readable XLSX workbook"):
        read_xlsx(path)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b" " * 5_000_000)
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(out.getvalue())
    assert path.stat().st_size < 100_000
    with pytest.raises(ImportFormatError, match="unpacks to 5 MiB, more than 10 times"):
        read_xlsx(path, max_bytes=100_000)


def test_a_control_character_cannot_be_exported() -> None:
    with pytest.raises(ExportError, match="control character"):
        generate_xlsx(Table((("en", "de"), ("a\x01b", "c"))))


def test_write_xlsx_writes_a_path(glossary: Glossary, tmp_path: Path) -> None:
    path = tmp_path / "g.xlsx"
    table = write_xlsx(path, glossary, source="de", targets=("en",))
    assert read_xlsx(path).entries == tuple(_as_csv(table))
