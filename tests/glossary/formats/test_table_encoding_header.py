"""CSV/TSV import: the encoding (BOM, --encoding, refused bytes with their offset) and the
header row (named by language codes or names, --header/--no-header) (issue 15, items 6, 7)."""

from __future__ import annotations

import codecs
import io

import pytest

from glossary.formats.errors import ImportFormatError
from glossary.formats.table import parse_table, read_table

OMEGAT = "Dateiname\tfile name\tconcept\nStraße\tstreet\t\n"


def _pairs(result: object) -> list[tuple[str, ...]]:
    return [tuple(t.text for t in e.terms) for e in result.entries]  # type: ignore[attr-defined]


@pytest.mark.parametrize("data", [
    codecs.BOM_UTF16_LE + OMEGAT.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + OMEGAT.encode("utf-16-be"),
    codecs.BOM_UTF8 + OMEGAT.encode("utf-8"),
], ids=["utf-16-le", "utf-16-be", "utf-8-bom"])
def test_a_bom_names_the_encoding(data: bytes) -> None:
    result = read_table(io.BytesIO(data), delimiter="\t", columns=["de", "en", "note"])
    assert _pairs(result) == [("Dateiname", "file name"), ("Straße", "street")]


def test_latin1_needs_its_encoding_and_is_refused_with_its_byte_offset_without() -> None:
    data = OMEGAT.encode("latin-1")
    assert _pairs(read_table(io.BytesIO(data), delimiter="\t", columns=["de", "en", "note"], encoding="latin-1"))[1] == \
        ("Straße", "street")
    with pytest.raises(ImportFormatError) as caught:
        read_table(io.BytesIO(data), delimiter="\t", columns=["de", "en", "note"])
    message = str(caught.value)
    offset = data.index(b"\xdf")
    assert f"byte 0xdf at column 5 (byte offset {offset}) is not valid utf-8" in message
    assert ":2:" in message and "--encoding" in message


def test_an_unknown_encoding_is_refused() -> None:
    with pytest.raises(ImportFormatError, match="unknown encoding 'klingon'"):
        read_table(io.BytesIO(b"en,de\n"), delimiter=",", encoding="klingon")


@pytest.mark.parametrize("head", ["english,german", "English,Deutsch", "en-US,de-DE", "EN,DE"])
def test_a_header_of_language_codes_or_names_is_not_an_entry(head: str) -> None:
    text = f"{head}\nfile,Datei\n"
    assert _pairs(parse_table(text, name="t.csv", delimiter=",", columns=["en", "de"])) == [("file", "Datei")]
    named = parse_table(text, name="t.csv", delimiter=",")
    assert _pairs(named) == [("file", "Datei")]
    assert named.entries[0].terms[0].lang.startswith("en")


def test_header_and_no_header_say_it_outright() -> None:
    text = "Term,Begriff\nfile,Datei\n"
    assert _pairs(parse_table(text, name="t.csv", delimiter=",", columns=["en", "de"])) == \
        [("Term", "Begriff"), ("file", "Datei")]
    assert _pairs(parse_table(text, name="t.csv", delimiter=",", columns=["en", "de"], header=True)) == \
        [("file", "Datei")]
    assert _pairs(parse_table("en,de\nfile,Datei\n", name="t.csv", delimiter=",", columns=["en", "de"],
                              header=False)) == [("en", "de"), ("file", "Datei")]
    with pytest.raises(ImportFormatError, match="--no-header"):
        parse_table("en,de\nfile,Datei\n", name="t.csv", delimiter=",", header=False)
