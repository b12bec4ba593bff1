"""TBX: our export is valid TBX-Basic v3 and reads back losslessly; real termbases import;
hostile or broken XML is refused with its line."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Literal

import pytest
from exchange_helpers import FIXTURE, glossary, plain, samples, target  # noqa: F401 (fixtures)
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary import Glossary, load_glossary
from glossary.formats import ImportFormatError, InputTooLargeError, UnsafeXMLError
from glossary.formats.errors import ExportError
from glossary.formats.tbx import generate_tbx, parse_tbx, read_tbx, write_tbx
from glossary.model import Entry, EntryType, Gender, PartOfSpeech, Review, Stamp, Term, TermStatus, TermType


def _schemas(samples: Path) -> tuple[Path, Path]:
    return samples / "schemas" / "TBXcoreStructV03.rng", samples / "schemas" / "TBX-Basic_DCA.sch"


def test_export_validates_against_official_schemas(glossary: Glossary, samples: Path) -> None:
    from tbx_schemas import relaxng_errors, schematron_errors

    rng, sch = _schemas(samples)
    data = "".join(generate_tbx(glossary)).encode()
    assert relaxng_errors(data, rng) == []
    assert schematron_errors(data, sch) == []


def test_the_schema_checks_can_fail(glossary: Glossary, samples: Path) -> None:
    from tbx_schemas import relaxng_errors, schematron_errors

    rng, sch = _schemas(samples)
    data = "".join(generate_tbx(glossary)).encode()
    bad_status = data.replace(b"deprecatedTerm-admn-sts", b"forbiddenTerm-admn-sts", 1)
    assert any("administrativeStatus" in e for e in schematron_errors(bad_status, sch))
    bad_ref = data.replace(b'target="iran"', b'target="nowhere"', 1)
    assert relaxng_errors(bad_ref, rng)  # IDREF to no ID
    assert any("DCA" in e or "dialect" in e for e in schematron_errors((samples / "tbx-core-astronomy.dca.tbx").read_bytes(), sch))


def test_round_trip_is_lossless(glossary: Glossary, tmp_path: Path) -> None:
    path = tmp_path / "g.tbx"
    write_tbx(path, glossary)
    result = read_tbx(path)
    assert plain(result.entries) == plain(glossary)
    assert result.problems == ()
    assert result.typed == {e.id for e in glossary}


def test_ids_starting_with_a_digit_are_prefixed(glossary: Glossary) -> None:
    text = "".join(generate_tbx(glossary))
    assert '<conceptEntry id="_2024-vote">' in text
    assert "termaid: {\"entryType\": \"event\", \"ambiguousWith\": [\"vote\"]}" in text


_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12).map(str.strip).filter(bool)


_stamps = st.builds(Stamp, st.dates().map(lambda d: f"{d:%Y-%m-%d}").filter(lambda d: len(d) == 10),
                    st.none() | _text)


@st.composite
def _entries(draw: st.DrawFn) -> list[Entry]:
    out = []
    for n in range(draw(st.integers(1, 4))):
        terms = []
        for lang in draw(st.lists(st.sampled_from(["en", "de", "de-AT", "fa"]), min_size=1, max_size=3, unique=True)):
            texts = draw(st.lists(_text, min_size=1, max_size=3, unique=True))
            for i, text in enumerate(texts):
                status = TermStatus.PREFERRED if i == 0 else draw(st.sampled_from(
                    [TermStatus.ADMITTED, TermStatus.DEPRECATED, TermStatus.FORBIDDEN]))
                terms.append(Term(text, lang, status,
                                  draw(st.none() | st.sampled_from(TermType)),
                                  draw(st.none() | st.sampled_from(Gender)),
                                  draw(st.none() | st.sampled_from(PartOfSpeech)),
                                  draw(st.none() | _text), draw(st.booleans()),
                                  tuple(draw(st.lists(_text, max_size=2))),
                                  created=draw(st.none() | _stamps), modified=draw(st.none() | _stamps),
                                  review=draw(st.none() | st.sampled_from(Review))))
        out.append(Entry(f"e{n}", draw(st.sampled_from(EntryType)), tuple(terms),
                         note=draw(st.none() | _text),
                         definitions=tuple(draw(st.dictionaries(st.sampled_from(["en", "de", "fr"]), _text, max_size=2)).items()),
                         sources=tuple(draw(st.lists(_text, max_size=2, unique=True))),
                         related=("e0",) if n else (), do_not_translate=draw(st.booleans())))
    return out


@pytest.mark.parametrize("version", [3, 2])
@settings(max_examples=60, deadline=None)
@given(entries=_entries())
def test_any_entries_round_trip(entries: list[Entry], version: Literal[2, 3]) -> None:
    data = "".join(generate_tbx(entries, version=version)).encode()
    assert plain(parse_tbx(data, name="x.tbx").entries) == plain(entries)


SAMPLE_COUNTS = [
    ("tbx-basic-sample.v3.tbx", 5, 13, ("de", "en", "fr")),
    ("tbx-basic-sample.v2-martif.tbx", 5, 13, ("de", "en", "fr")),
    ("tbx-basic-astronomy.dca.tbx", 45, 113, ("en", "es", "zu")),
    ("tbx-basic-astronomy.dct.tbx", 45, 113, ("en", "es", "zu")),
    ("tbx-core-astronomy.dca.tbx", 45, 113, ("en", "es", "zu")),
    ("slicer-weblate-glossary.en-de.tbx", 148, 157, ("de", "en")),
    ("omegat-sampleTBXfile.en-hu.tbx", 1, 2, ("en", "hu")),
]


@pytest.mark.parametrize(("name", "entries", "terms", "langs"), SAMPLE_COUNTS, ids=[s[0] for s in SAMPLE_COUNTS])
def test_real_termbases_import(samples: Path, name: str, entries: int, terms: int, langs: tuple[str, ...]) -> None:
    result = read_tbx(samples / name)
    assert (len(result.entries), result.term_count, result.languages) == (entries, terms, langs)


def test_v2_and_v3_samples_give_the_same_entries(samples: Path) -> None:
    v2 = read_tbx(samples / "tbx-basic-sample.v2-martif.tbx")
    v3 = read_tbx(samples / "tbx-basic-sample.v3.tbx")
    # the same five concepts and terms (the v2 file links lisa.org where v3 links wikipedia.org)
    assert [(e.id, e.terms, e.definitions) for e in v2.entries] == [(e.id, e.terms, e.definitions) for e in v3.entries]
    lens = next(e for e in v3.entries if e.id == "progressive-lens")
    assert [(t.text, t.status) for t in lens.terms_in("en")][2:4] == [
        ("PAL", TermStatus.DEPRECATED), ("progressive power lens", TermStatus.ADMITTED)]
    assert lens.preferred("de") == Term("Gleitsichtglas", "de", gender=Gender.MASCULINE, pos=PartOfSpeech.NOUN)
    assert any("supersededTerm" in p.message for p in v3.problems)


def test_dca_and_dct_styles_read_alike(samples: Path) -> None:
    dca = read_tbx(samples / "tbx-basic-astronomy.dca.tbx")
    dct = read_tbx(samples / "tbx-basic-astronomy.dct.tbx")
    # the same concepts, terms and definitions (the DCT file lacks a few notes the DCA one has)
    assert [(e.id, e.terms, e.definitions) for e in dca.entries] == [(e.id, e.terms, e.definitions) for e in dct.entries]


def test_weblate_export_skips_empty_terms(samples: Path) -> None:
    result = read_tbx(samples / "slicer-weblate-glossary.en-de.tbx")
    assert any("skipped 139 empty terms" in p.message for p in result.problems)
    assert next(e for e in result.entries if e.id == "volume").preferred("de") == Term("Volumen", "de")


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE tbx [
  <!ENTITY a "aaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
]>
<tbx><text><body><conceptEntry id="x"><langSec xml:lang="en"><termSec><term>&c;</term></termSec></langSec></conceptEntry></body></text></tbx>
"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE tbx [
  <!ENTITY secret SYSTEM "file:///etc/passwd">
]>
<tbx><text><body><conceptEntry id="x"><langSec xml:lang="en"><termSec><term>&secret;</term></termSec></langSec></conceptEntry></body></text></tbx>
"""
BAD = [
    ("billion-laughs", BILLION_LAUGHS, UnsafeXMLError, 3, "refused entity declaration 'a'"),
    ("external-entity", EXTERNAL, UnsafeXMLError, 3, "refused entity declaration 'secret'"),
    ("not-well-formed", b"<tbx>\n<text>\n</tbx>\n", ImportFormatError, 3, "not well-formed XML: mismatched tag"),
    ("not-tbx", b"<html/>", ImportFormatError, 1, "not a TBX file"),
    ("no-entries", b"<tbx><text><body/></text></tbx>", ImportFormatError, 1, "nothing to import"),
    ("bad-lang", b'<tbx><text><body><conceptEntry id="x">\n<langSec xml:lang="xx-qq"><termSec><term>a</term></termSec></langSec></conceptEntry></body></text></tbx>',
     ImportFormatError, 2, "bad language tag"),
    ("empty", b"  \n", ImportFormatError, 1, "empty file"),
    ("undefined-entity", b"<tbx>&nbsp;</tbx>", ImportFormatError, 1, "undefined entity"),
    ("undefined-entity-outside-dtd", b'<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">\n<martif>\n&nbsp;</martif>',
     ImportFormatError, 3, "not well-formed XML: undefined entity &nbsp;"),
    ("too-deep", b"<tbx>\n" + b"<x>" * 300 + b"</x>" * 300 + b"</tbx>", ImportFormatError, 2,
     "cannot parse XML: Excessive depth in document"),
    ("line-past-65535", b"<tbx><text><body>" + b"\n" * 70_000 + b'<conceptEntry id="x"><langSec xml:lang="xx-qq">'
     b"<termSec><term>a</term></termSec></langSec></conceptEntry></body></text></tbx>", ImportFormatError, 70_001,
     "bad language tag"),
]


@pytest.mark.parametrize(("data", "error", "line", "message"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_bad_tbx_names_file_and_line(tmp_path: Path, data: bytes, error: type, line: int, message: str) -> None:
    path = tmp_path / "bad.tbx"
    path.write_bytes(data)
    with pytest.raises(error) as info:
        read_tbx(path)
    problem = info.value.problems[0]
    assert (problem.path, problem.line) == (str(path), line)
    assert message in problem.message


def test_a_dtd_named_by_the_file_is_never_read(tmp_path: Path) -> None:
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY secret "read from the DTD">', encoding="utf-8")
    data = (f'<!DOCTYPE tbx SYSTEM "{dtd.as_uri()}">\n<tbx><text><body><conceptEntry id="x"><langSec xml:lang="en">'
            "<termSec><term>&secret;</term></termSec></langSec></conceptEntry></body></text></tbx>").encode()
    with pytest.raises(ImportFormatError, match=r"^f:2: not well-formed XML: undefined entity &secret;"):
        parse_tbx(data, name="f")


def test_comments_and_processing_instructions_are_not_text() -> None:
    data = (b'<tbx><text><body><conceptEntry id="x"><langSec xml:lang="en"><termSec>'
            b"<term>Gleit<!-- a comment -->sicht<?pi data?>glas</term></termSec></langSec></conceptEntry></body></text></tbx>")
    assert [t.text for t in parse_tbx(data, name="f").entries[0].terms] == ["Gleitsichtglas"]


def test_official_not_well_formed_sample(samples: Path) -> None:
    with pytest.raises(ImportFormatError, match=r"INVALID-notwellformed.tbx:41: not well-formed XML: mismatched tag"):
        read_tbx(samples / "tbx-basic-sample.v3.INVALID-notwellformed.tbx")


def test_a_200_mb_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.tbx"
    with path.open("wb") as handle:
        handle.truncate(200 * 2**20)  # sparse: costs no disk
    with pytest.raises(InputTooLargeError, match=r"huge.tbx: file is too large to import \(200.0 MiB > the limit of 100 MiB\)"):
        read_tbx(path)
    with pytest.raises(InputTooLargeError):
        read_tbx(io.BytesIO(b"<tbx/>" * 100), max_bytes=64)


def test_export_needs_entries_and_known_links() -> None:
    with pytest.raises(ExportError, match="no entries"):
        list(generate_tbx([]))
    lonely = Entry("a", EntryType.PLACE, (Term("A", "en"),), related=("b",))
    with pytest.raises(ExportError, match="related to 'b'"):
        list(generate_tbx([lonely]))


def test_fixture_is_the_one_the_other_tests_use() -> None:
    assert len(load_glossary(FIXTURE)) == 7
