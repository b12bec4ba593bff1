"""aligner.check: discouraged, wrong-language, unlisted and inconsistent names, by line."""

from __future__ import annotations

import pytest

from aligner.aligner import Aligner
from aligner.check import Finding, FindingKind, LineIndex, check_text


def _kinds(findings: tuple[Finding, ...]) -> list[tuple[str, int, int, str]]:
    return [(f.kind.value, f.line, f.column, f.mention.surface) for f in findings]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Araghchi kam.", [("deprecated", 1, 1, "Araghchi")]),
        ("de", "Die Sanktionierungen wirken.", [("forbidden", 1, 5, "Sanktionierungen")]),
        ("en", "Old guides write Teheran.", [("deprecated", 1, 18, "Teheran")]),
        ("en", "The report was datelined Moskau.", [("wrong-language", 1, 26, "Moskau")]),
        ("de", "Dort sprach Sergej Lawrow.", [("unlisted", 1, 13, "Sergej Lawrow")]),
        ("de", "Araghtschi kam nach Moskau. Putin sprach.", []),
        ("en", "Lavrov met Araghchi in Moscow.", []),
    ],
    ids=["deprecated", "forbidden", "deprecated-en", "wrong-language", "unlisted", "clean-de",
         "clean-en"],
)
def test_findings(aligner: Aligner, lang: str, text: str,
                  expected: list[tuple[str, int, int, str]]) -> None:
    assert _kinds(check_text(aligner, text, lang=lang)) == expected


def test_inconsistent_names_inside_one_document(shipped: Aligner) -> None:
    # two admitted spellings of one full name
    text = "Sergei Lawrow kam.\r\nSpäter sprach Sergej Lawrow."
    findings = check_text(shipped, text, lang="de")
    assert _kinds(findings) == [("inconsistent", 2, 15, "Sergej Lawrow")]
    assert "'Sergei Lawrow' at 1:1" in findings[0].message
    # a deprecated form is reported as such, once: not again as an inconsistency
    assert _kinds(check_text(shipped, "Araghtschi kam. Später sprach Araghchi.", lang="de")) == [
        ("deprecated", 1, 31, "Araghchi")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Abbas Araghtschi kam. Araghtschi ging."),
        ("en", "The Islamic Revolutionary Guard Corps (IRGC) said the IRGC would."),
        ("de", "Die Islamische Revolutionsgarde (IRGC) und die Revolutionsgarde."),
        ("en", "The Shanghai Cooperation Organisation (SCO) met; the SCO agreed."),
        ("en", "The United States and the US."),
        ("en", "Military aid, then military assistance."),
        ("en", "The Russia–Iran alliance, or the Moscow–Tehran axis."),
        ("en", "A drone, an unmanned aerial vehicle (UAV)."),
        ("de", "Am Kaspischen Meer und am Kaspisches Meer."),
        ("de", "Unter den westlichen Sanktionen und westliche Sanktionen."),
    ],
    ids=["surname", "acronym", "acronym-de", "acronym-sco", "us", "synonyms", "other-name",
         "full-form", "declined", "declined-plural"],
)
def test_style_is_no_inconsistency(shipped: Aligner, lang: str, text: str) -> None:
    """A full name then its surname or acronym, a concept's synonyms, another name for
    the entity and declined forms are a writer's style, not inconsistencies."""
    assert [f for f in check_text(shipped, text, lang=lang) if f.kind is FindingKind.INCONSISTENT] == []


def test_suggestions_are_the_preferred_forms(aligner: Aligner) -> None:
    (finding,) = check_text(aligner, "Araghchi kam.", lang="de")
    assert finding.suggestion == "Araghtschi"
    assert str(finding) == "1:1: deprecated: 'Araghchi' is a deprecated form of 'abbas-araghchi' " \
                           "(use 'Araghtschi')"


def test_findings_are_json_ready(aligner: Aligner) -> None:
    (finding,) = check_text(aligner, "The report was datelined Moskau.", lang="en")
    data = finding.to_dict()
    assert data["kind"] == "wrong-language" and data["line"] == 1 and data["column"] == 26
    assert data["mention"]["surface"] == "Moskau" and data["suggestion"] == "Moscow"


def test_findings_come_in_text_order(aligner: Aligner) -> None:
    text = "Moskau.\nAraghchi kam.\nDie Sanktionierungen."
    findings = check_text(aligner, text, lang="de")
    assert [(f.line, f.column) for f in findings] == sorted((f.line, f.column) for f in findings)


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [
        ("a\nb", 2, (2, 1)),
        ("a\r\nb", 3, (2, 1)),
        ("a\rb", 2, (2, 1)),
        ("ab\n\ncd", 5, (3, 2)),
        ("abc", 0, (1, 1)),
    ],
    ids=["lf", "crlf", "cr", "blank-line", "first"],
)
def test_line_index(text: str, offset: int, expected: tuple[int, int]) -> None:
    assert LineIndex(text).locate(offset) == expected
