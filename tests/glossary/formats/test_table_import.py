"""Reading tables as real tools write them: byte-order marks and other encodings, header
rows named with language names, blank cells, Amazon rows that end early (issue 15)."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from glossary.formats import ImportFormatError
from glossary.formats._encoding import text_of
from glossary.formats.table import parse_table, read_table

# an OmegaT glossary: source, target, comment, tab-separated
OMEGAT = "Straße\tstreet\tconcept\nÄrger\tanger\t\n"


@pytest.mark.parametrize(("encoding", "bom"), [
    ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-32-le", codecs.BOM_UTF32_LE),
])
def test_a_byte_order_mark_says_the_encoding(tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = tmp_path / "glossary.utf8"
    path.write_bytes(bom + OMEGAT.replace("\n", "\r\n").encode(encoding))
    result = read_table(path, delimiter="\t", columns=["de", "en", "note"])
    assert [[t.text for t in e.terms] for e in result.entries] == [["Straße", "street"], ["Ärger", "anger"]]


def test_latin1_needs_encoding_and_the_error_says_where_and_what(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(OMEGAT.encode("latin-1"))
    with pytest.raises(ImportFormatError) as info:
        read_table(path, delimiter="\t", columns=["de", "en", "note"])
    message = str(info.value)
    assert "old.txt:1: byte 0xdf at column 5 (byte offset 4) is not valid utf-8" in message
    assert "--encoding latin-1" in message
    result = read_table(path, delimiter="\t", columns=["de", "en", "note"], encoding="latin-1")
    assert [e.terms[0].text for e in result.entries] == ["Straße", "Ärger"]


def test_an_encoding_that_contradicts_the_bom_is_refused() -> None:
    with pytest.raises(ImportFormatError, match="UTF-16-LE byte-order mark"):
        text_of(codecs.BOM_UTF16_LE + "en,de\n".encode("utf-16-le"), name="t.csv", encoding="latin-1")
    assert text_of(codecs.BOM_UTF8 + b"en", name="t.csv", encoding="utf-8") == "en"


def test_a_broken_utf16_file_names_the_byte_offset() -> None:
    with pytest.raises(ImportFormatError, match=r"t.csv: byte 0x00 at byte offset 8 is not valid utf-16-le"):
        text_of(codecs.BOM_UTF16_LE + "en,".encode("utf-16-le") + b"\x00", name="t.csv")


@pytest.mark.parametrize(("header", "langs"), [
    ("english,german", ["en", "de"]), ("English,Deutsch", ["en", "de"]), ("Englisch,Deutsch", ["en", "de"]),
    ("en-US,de-DE", ["en-US", "de-DE"]), ("en_US,de_DE,Note", ["en-US", "de-DE"]),
])
def test_a_header_of_tags_or_language_names_names_the_columns(header: str, langs: list[str]) -> None:
    text = f"{header}\nfile,Datei{',a note' if 'Note' in header else ''}\n"
    result = parse_table(text, name="t.csv", delimiter=",")
    assert [(t.text, t.lang) for t in result.entries[0].terms] == list(zip(["file", "Datei"], langs, strict=True))
    # with --columns the header row is still recognised and skipped, not imported as an entry
    named = parse_table(text, name="t.csv", delimiter=",", columns=["en", "de", "note"][:len(header.split(","))])
    assert [e.terms[0].text for e in named.entries] == ["file"]


def test_a_header_that_names_no_language_says_so() -> None:
    text = "Source,Target\nfile,Datei\n"
    with pytest.raises(ImportFormatError, match=r"t.csv:1: .*the first row \(Source, Target\) names no languages"):
        parse_table(text, name="t.csv", delimiter=",")
    # with --columns, a row of column words is a header, said in a warning; --no-header keeps it
    worded = parse_table(text, name="t.csv", delimiter=",", columns=["en", "de"])
    assert [e.terms[0].text for e in worded.entries] == ["file"]
    assert [str(p) for p in worded.problems] == [("t.csv:1: first row 'Source, Target' read as a header "
                                                 "(--no-header reads it as an entry)")]
    data = parse_table(text, name="t.csv", delimiter=",", columns=["en", "de"], header=False)
    assert [e.terms[0].text for e in data.entries] == ["Source", "file"]
    skipped = parse_table(text, name="t.csv", delimiter=",", columns=["en", "de"], header=True)
    assert [e.terms[0].text for e in skipped.entries] == ["file"]


def test_no_header_keeps_a_first_row_that_looks_like_languages() -> None:
    text = "is,it\nfile,Datei\n"  # Icelandic and Italian codes, but here two English words
    auto = parse_table(text, name="t.csv", delimiter=",", columns=["en", "de"])
    kept = parse_table(text, name="t.csv", delimiter=",", columns=["en", "de"], header=False)
    assert [e.terms[0].text for e in auto.entries] == ["file"]
    assert [e.terms[0].text for e in kept.entries] == ["is", "file"]


def test_columns_may_be_language_names() -> None:
    result = parse_table("file,Datei\n", name="t.csv", delimiter=",", columns=["English", "Deutsch"])
    assert [t.lang for t in result.entries[0].terms] == ["en", "de"]


@pytest.mark.parametrize("strict", [True, False])
def test_a_whitespace_cell_is_no_term_and_a_warning(strict: bool) -> None:
    text = "en,de\nfile,Datei\nedit, \t \n  ,Ansicht\n"
    result = parse_table(text, name="t.tsv", delimiter=",", strict=strict)
    assert [[t.text for t in e.terms] for e in result.entries] == [["file", "Datei"], ["edit"], ["Ansicht"]]
    assert [str(p) for p in result.problems] == ["t.tsv:3: the de cell holds only whitespace: no term",
                                                "t.tsv:4: the en cell holds only whitespace: no term"]


def test_an_amazon_table_with_empty_cells_reads_back() -> None:
    # as Amazon Translate takes it: a header of codes; a row may leave a target empty or end early
    text = "en,de,fr\nhouse,Haus,maison\ncar,,voiture\ntree,Baum,\nboat,Boot\n"
    result = parse_table(text, name="terms.csv", delimiter=",")
    assert [[(t.text, t.lang) for t in e.terms] for e in result.entries] == [
        [("house", "en"), ("Haus", "de"), ("maison", "fr")], [("car", "en"), ("voiture", "fr")],
        [("tree", "en"), ("Baum", "de")], [("boat", "en"), ("Boot", "de")]]
    assert result.problems == ()


def test_a_header_without_rows_is_nothing_to_import() -> None:
    result = parse_table("en,de\n", name="t.csv", delimiter=",")
    assert result.entries == ()
