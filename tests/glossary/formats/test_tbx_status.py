"""TBX term statuses come in as the glossary's statuses (TBX-Basic v2 and v3, DCA and DCT,
Weblate's and TBX-Default's values); deprecated, superseded and obsolete terms never come in
as usable ones; what the reader cannot keep is said with its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary.formats import ImportFormatError
from glossary.formats.tbx import parse_tbx, read_tbx
from glossary.model import TermStatus

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "exchange"
P, A, D, F = TermStatus.PREFERRED, TermStatus.ADMITTED, TermStatus.DEPRECATED, TermStatus.FORBIDDEN

#: (fixture, entry id, language, [(term, status)] in the order read)
STATUSES = [
    ("statuses.v2-martif.tbx", "residence-permit", "en", [("residence permit", P), ("resident card", D)]),
    ("statuses.v2-martif.tbx", "residence-permit", "de",
     [("Aufenthaltstitel", P), ("Aufenthaltsgenehmigung", D), ("Aufenthaltserlaubnis", A)]),
    ("statuses.v2-martif.tbx", "log-in", "de", [("anmelden", P), ("einloggen", D), ("einchecken", F)]),
    ("statuses.v2-martif.tbx", "e-mail", "en", [("e-mail", P), ("electronic mail", D)]),
    ("statuses.v2-martif.tbx", "e-mail", "de", [("E-Mail", P), ("Email", D)]),
    ("statuses.v3-dca.tbx", "main-station", "en", [("main station", P), ("central station", A)]),
    ("statuses.v3-dca.tbx", "main-station", "de",
     [("Hauptbahnhof", P), ("Zentralbahnhof", D), ("Hbf.", A), ("Centralbahnhof", D), ("Großbahnhof", D)]),
    ("statuses.v3-dct.tbx", "main-station", "en", [("main station", P), ("central station", A)]),
    ("statuses.v3-dct.tbx", "main-station", "de", [("Hauptbahnhof", P), ("Zentralbahnhof", D), ("Centralbahnhof", D)]),
]


@pytest.mark.parametrize(("name", "entry_id", "lang", "expected"), STATUSES,
                         ids=[f"{s[0].split('.')[1]}-{s[1]}-{s[2]}" for s in STATUSES])
def test_statuses_survive_import(name: str, entry_id: str, lang: str, expected: list[tuple[str, TermStatus]]) -> None:
    entry = next(e for e in read_tbx(FIXTURES / name).entries if e.id == entry_id)
    assert [(t.text, t.status) for t in entry.terms_in(lang)] == expected
    preferred = entry.preferred(lang)
    assert preferred is not None and preferred.status is P


def test_weblate_translation_needed_no_is_do_not_translate() -> None:
    v2 = {e.id: e.do_not_translate for e in read_tbx(FIXTURES / "statuses.v2-martif.tbx").entries}
    v3 = {e.id: e.do_not_translate for e in read_tbx(FIXTURES / "statuses.v3-dca.tbx").entries}
    assert v2 == {"residence-permit": False, "weblate": True, "log-in": False, "e-mail": False}
    assert v3 == {"main-station": False, "deutsche-bahn": True}


@pytest.mark.parametrize(("name", "expected"), [
    ("statuses.v2-martif.tbx", [
        (19, "dropped 1 'subjectField' value (first at this line): the glossary has no field for them"),
        (27, "administrativeStatus 'supersededTerm-admn-sts' read as deprecated (1x, first at this line)"),
        (53, "administrativeStatus 'obsolete' read as deprecated (1x, first at this line)"),
        (62, "normativeAuthorization 'standardizedTerm' read as preferred (1x, first at this line)"),
        (66, "normativeAuthorization 'supersededTerm' read as deprecated (1x, first at this line)"),
    ]),
    ("statuses.v3-dca.tbx", [
        (15, "skipped 1 cross-reference without a target (first at this line)"),
        (24, "dropped 1 'frequency' value (first at this line): the glossary has no field for them"),
        (34, "a second <term> 'Hbf.' in one termSec (after 'Hauptbahnhof') kept as a term of its own with the same notes"),
        (34, "second preferred term 'Hbf.' in 'de' read as admitted"),
        (39, "administrativeStatus 'obsolete' read as deprecated (1x, first at this line)"),
        (44, ("term 'Großbahnhof' has usageStatus 'notRecommended' and administrativeStatus "
              "'admittedTerm-admn-sts': read as deprecated")),
        (44, "usageStatus 'notRecommended' read as deprecated (1x, first at this line)"),
    ]),
    ("statuses.v3-dct.tbx", [
        (17, "dropped 1 'subjectField' value (first at this line): the glossary has no field for them"),
        (39, "administrativeStatus 'supersededTerm-admn-sts' read as deprecated (1x, first at this line)"),
    ]),
], ids=["v2-martif", "v3-dca", "v3-dct"])
def test_what_is_mapped_or_left_out_is_said_with_its_line(name: str, expected: list[tuple[int, str]]) -> None:
    path = FIXTURES / name
    assert [(p.path, p.line, p.message) for p in read_tbx(path).problems] == [(str(path), n, m) for n, m in expected]


def _one_term(notes: str) -> bytes:
    return ('<tbx type="TBX-Basic" style="dca" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>\n'
            '<conceptEntry id="c"><langSec xml:lang="de"><termSec><term>Bahnsteig</term>\n'
            f"{notes}\n</termSec></langSec></conceptEntry></body></text></tbx>").encode()


def test_an_unknown_status_is_refused_and_read_as_deprecated_when_lenient() -> None:
    data = _one_term('<termNote type="usageStatus">rejectedTerm</termNote>')
    with pytest.raises(ImportFormatError, match=r"^f.tbx:3: unknown usageStatus 'rejectedTerm' \(known: preferred, "):
        parse_tbx(data, name="f.tbx")
    result = parse_tbx(data, name="f.tbx", strict=False)
    assert [(t.text, t.status) for t in result.entries[0].terms] == [("Bahnsteig", D)]
    assert result.entries[0].preferred("de") is None
    assert result.problems[0].message.endswith("; lenient: read as deprecated, never as a usable term")


@pytest.mark.parametrize(("notes", "status"), [
    ('<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>', D),
    ('<termNote type="administrativeStatus">Obsolete</termNote>', D),
    ('<termNote type="usageStatus">superseded</termNote>', D),
    ('<termNote type="usageStatus">not recommended</termNote>', D),
    ('<termNote type="normativeAuthorization">legalTerm</termNote>', P),
    ('<termNote type="usageStatus">admittedTerm-admn-sts</termNote>', A),
    ('<termNote type="administrativeStatus">forbidden</termNote>', F),
    ('<termNoteGrp><termNote type="usageStatus">deprecated</termNote></termNoteGrp>', D),
], ids=["deprecated", "obsolete", "superseded", "not-recommended", "legal", "admitted", "forbidden", "grouped"])
def test_status_values(notes: str, status: TermStatus) -> None:
    term = parse_tbx(_one_term(notes), name="f.tbx").entries[0].terms[0]
    assert term.status is status


def test_a_discouraged_first_term_does_not_hide_a_usable_one() -> None:
    data = _one_term('<termNote type="usageStatus">deprecated</termNote></termSec><termSec><term>Perron</term>')
    entry = parse_tbx(data, name="f.tbx").entries[0]
    assert [(t.text, t.status) for t in entry.terms] == [("Perron", P), ("Bahnsteig", D)]


def test_unknown_elements_in_a_transaction_are_reported() -> None:
    data = _one_term('<transacGrp><transac type="transactionType">origination</transac><date>2024-01-02</date>'
                     '<transacNote type="approvedBy">QA</transacNote></transacGrp>')
    result = parse_tbx(data, name="f.tbx")
    assert result.entries[0].terms[0].created is not None
    assert [(p.line, p.message) for p in result.problems] == [
        (3, "dropped 1 'transaction approvedBy' value (first at this line): the glossary has no field for them")]


def test_a_definition_and_a_usage_sample_given_with_the_term_are_kept() -> None:
    """Pontoon's TBX v3 puts the definition and a usage sample in the term's section."""
    data = b'''<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en-US" xmlns="urn:iso:std:iso:30042:ed-2">
<tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
<text><body><conceptEntry id="c7">
<langSec xml:lang="en-US"><termSec><term>Bookmark</term>
<descripGrp><descrip type="definition">A saved link to a page.</descrip>
<descrip type="context">Add a bookmark for this page.</descrip></descripGrp></termSec></langSec>
<langSec xml:lang="de-DE"><termSec><term>Lesezeichen</term></termSec></langSec>
</conceptEntry></body></text></tbx>'''
    result = parse_tbx(data, name="p.tbx")
    (entry,) = result.entries
    assert entry.definitions == (("en-US", "A saved link to a page."),)
    assert entry.terms[0].note == "usage: Add a bookmark for this page."
    assert not [p for p in result.problems if "definition" in p.message or "context" in p.message]
