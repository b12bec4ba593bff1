"""CSV/TSV glossaries: the flavours MT services and OmegaT take, and reading tables back."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from exchange_helpers import glossary, samples, target  # noqa: F401 (fixtures)

from glossary import Glossary
from glossary.formats import ImportFormatError
from glossary.formats.errors import ExportError
from glossary.formats.table import generate_table, parse_table, read_table, table_rows, write_table
from glossary.model import Entry, EntryType, Term


def test_deepl_rows_map_every_source_variant_to_its_equivalent(glossary: Glossary) -> None:
    rows = table_rows(glossary, source="en", targets=("de",), flavor="deepl").rows
    # a surname to a surname: an MT glossary must not turn every "Araghchi" into a full name
    assert ("Araghchi", "Araghtschi") in rows and ("Abbas Araqchi", "Abbas Araghtschi") in rows
    assert ("Mir", "Mir") in rows
    assert rows[0] == ("Abbas Araghchi", "Abbas Araghtschi")  # no header: DeepL and Google read row 1 as data
    assert len({r[0] for r in rows}) == len(rows)  # a source term once


def test_duplicate_source_with_another_target_is_skipped_and_reported(glossary: Glossary) -> None:
    table = table_rows(glossary, source="en", targets=("de",), flavor="google")
    assert table.skipped == ()  # "the vote": only one of the two entries has a German term
    twins = [Entry("a", EntryType.CONCEPT, (Term("bank", "en"), Term("Bank", "de"))),
             Entry("b", EntryType.CONCEPT, (Term("bank", "en"), Term("Ufer", "de")))]
    table = table_rows(twins, source="en", targets=("de",), flavor="deepl")
    assert table.rows == (("bank", "Bank"),)
    assert table.skipped == ("b: source term 'bank' already maps to 'Bank'",)


def test_amazon_has_a_header_and_a_column_per_target(glossary: Glossary) -> None:
    rows = table_rows(glossary, source="en", targets=("de", "ru"), flavor="amazon").rows
    assert rows[0] == ("en", "de", "ru")
    assert ("Tehran", "Teheran", "Тегеран") in rows
    with pytest.raises(ExportError, match="exactly one target"):
        table_rows(glossary, source="en", targets=("de", "ru"), flavor="deepl")


def test_csv_quoting_reads_back_with_the_csv_module() -> None:
    entries = [Entry("q", EntryType.CONCEPT, (Term('say "hi", then go', "en"), Term("sag „hallo“, dann geh", "de")))]
    text = generate_table(table_rows(entries, source="en", targets=("de",), flavor="deepl"), delimiter=",")
    assert text == '"say ""hi"", then go","sag „hallo“, dann geh"\n'
    assert list(csv.reader(io.StringIO(text))) == [['say "hi", then go', "sag „hallo“, dann geh"]]


def test_tsv_refuses_tabs() -> None:
    entries = [Entry("t", EntryType.CONCEPT, (Term("a\tb", "en"), Term("c", "de")))]
    with pytest.raises(ExportError, match="tab"):
        generate_table(table_rows(entries, source="en", targets=("de",), flavor="deepl"), delimiter="\t")


def test_omegat_three_columns_round_trip(glossary: Glossary, tmp_path: Path) -> None:
    path = tmp_path / "glossary.utf8"
    write_table(path, glossary, source="en", targets=("de",), flavor="omegat", delimiter="\t")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t")[:2] == ["Abbas Araghchi", "Abbas Araghtschi"]
    assert all(len(line.split("\t")) == 3 for line in lines)
    back = read_table(path, delimiter="\t", columns=["en", "de", "note"])
    araghchi = back.entries[0]
    # the surname row maps to the surname, so it reads back as a pair of its own
    assert [t.text for t in araghchi.terms] == ["Abbas Araghchi", "Abbas Araqchi", "Abbas Araghtschi"]
    assert [t.text for t in back.entries[1].terms] == ["Araghchi", "Araghtschi"]
    # the comment's entry type is read back as the type, not prepended to the note again
    assert araghchi.note is not None and araghchi.note.startswith("Iranian foreign minister")
    assert araghchi.type is EntryType.PERSON and araghchi.id in back.typed


def test_amazon_sample(samples: Path) -> None:
    result = read_table(samples / "aws-translate-custom_terminology.csv", delimiter=",")
    assert len(result.entries) == 5 and result.term_count == 25
    assert result.languages == ("en", "es", "fr", "hi", "ta")
    assert [e.id for e in result.entries] == ["echo", "show", "amazon", "alexa", "az2"]


BAD = [
    ("ragged", "en,de\nTehran,Teheran\nIran\nMoskau,Moskau,Moscow\n", None, [3, 4], "row has"),
    ("no-header", "Tehran,Teheran\n", None, [1], "cannot tell the languages"),
    ("unclosed-quote", 'en,de\n"Tehran,Teheran\n', None, [2], "malformed CSV"),
    ("bad-column", "Tehran,Teheran\n", ["en", "klingon"], [1], "column 'klingon'"),
]


@pytest.mark.parametrize(("text", "columns", "lines", "message"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_bad_tables_name_file_and_line(text: str, columns: list[str] | None, lines: list[int], message: str) -> None:
    with pytest.raises(ImportFormatError) as info:
        parse_table(text, name="t.csv", delimiter=",", columns=columns)
    assert [p.line for p in info.value.problems] == lines
    assert message in info.value.problems[0].message
    assert str(info.value).startswith(f"t.csv:{lines[0]}: ")


def test_lenient_table_skips_ragged_rows() -> None:
    result = parse_table("en,de\nTehran,Teheran\nIran\n", name="t.csv", delimiter=",", strict=False)
    assert [e.id for e in result.entries] == ["tehran"] and [p.line for p in result.problems] == [3]


def test_stray_bytes_in_a_table(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes("en,de\nTehran,Teheran\nK\xf6ln,K\xf6ln\n".encode("latin-1"))
    with pytest.raises(ImportFormatError, match=r"t.csv:3: byte 0xf6 at column 2 \(byte offset \d+\) is not valid utf-8"):
        read_table(path, delimiter=",")


def test_deepl_export_reads_back_grouped_by_target(glossary: Glossary) -> None:
    text = generate_table(table_rows(glossary, source="en", targets=("de",), flavor="deepl"), delimiter=",")
    back = parse_table(text, name="x.csv", delimiter=",", columns=["en", "de"])
    first = back.entries[0]
    assert [t.text for t in first.terms] == ["Abbas Araghchi", "Abbas Araqchi", "Abbas Araghtschi"]
