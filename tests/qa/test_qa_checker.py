"""The per-unit check and the consistency check (aligner.qa), on the shipped glossary and on
a small one with a forbidden term."""

from __future__ import annotations

import pytest

from aligner.aligner import Aligner
from aligner.qa import Document, FindingKind, InputFormat, QAResult, Segment, Unit, check_documents


def _check(aligner: Aligner, pairs: list[tuple[str, str | None]], *, direction: str = "en-de",
           untranslated: bool = False) -> QAResult:
    s, t = direction.split("-")
    units = tuple(Unit(str(n), Segment(src), None if tgt is None else Segment(tgt), n)
                  for n, (src, tgt) in enumerate(pairs, 1))
    return check_documents([Document("t.xlf", InputFormat.XLIFF, s, t, units)], aligner=aligner,
                           untranslated=untranslated)


def _found(result: QAResult) -> list[tuple[str, str | None, str | None]]:
    return [(f.kind.value, f.entry_id, None if f.target is None else f.target.surface)
            for f in result.findings]


CASES = [
    # (id, direction, source, target, expected findings)
    ("genitive", "en-de", "Lavrov's visit ended.", "Lawrows Besuch endete.", []),
    ("declined", "en-de", "Ships crossed the Caspian Sea.", "Schiffe überquerten das Kaspische Meer.", []),
    ("compound", "en-de", "Tourists pay with Mir cards.", "Touristen zahlen mit Mir-Karten.", []),
    ("closed-compound", "en-de", "Drone deliveries rose.", "Die Drohnenlieferungen stiegen.", []),
    ("synonym", "en-de", "New sanctions followed.", "Neue Strafmaßnahmen folgten.", []),
    ("pronoun", "en-de", "Lavrov met Lavrov's deputy.", "Lawrow traf seinen Stellvertreter.", []),
    ("adjective", "en-de", "Iran's foreign minister spoke.", "Der iranische Außenminister sprach.", []),
    ("cue-in-source-only", "en-de", "The Iranian rial fell.", "Der Rial fiel.", []),
    ("inside-longer-term", "de-en", "Die Sanktionen des Westens wirken.", "Western sanctions work.", []),
    ("missing", "en-de", "The red line was crossed.", "Die Grenze wurde überschritten.",
     [("missing-term", "red-line", None)]),
    ("deprecated", "en-de", "Araghchi spoke.", "Araghchi sprach.",
     [("deprecated", "abbas-araghchi", "Araghchi")]),
    ("wrong-language", "de-en", "Lawrow sprach.", "Lawrow spoke.",
     [("wrong-language", "sergei-lavrov", "Lawrow")]),
    ("unlisted", "en-de", "Ryabkov spoke.", "Rjabkov sprach.",
     [("unlisted-spelling", "sergei-ryabkov", "Rjabkov")]),
    ("unlisted-beside-admitted", "en-de", "Iran sent Shahed drones, called Geran-2 in Russia.",
     "Iran schickte Schahed-Drohnen, in Russland Geran-2 genannt.",
     [("unlisted-spelling", "shahed-136", "Schahed")]),
    ("dnt-pronoun", "en-de", "Banks accept Mir cards.", "Banken akzeptieren mir Karten.",
     [("do-not-translate", "mir", "mir")]),
    ("dnt-capitals", "en-de", "The Mir payment system grew.", "Das Zahlungssystem MIR wuchs.",
     [("do-not-translate", "mir", "MIR")]),
    ("dnt-case", "de-en", "Russland umgeht SWIFT.", "Russia bypasses Swift.",
     [("do-not-translate", "swift", "Swift")]),
    ("dnt-transliterated", "de-en", "Die Shetab-Karten gelten.", "Schetab cards are valid.",
     [("do-not-translate", "shetab", "Schetab")]),
    ("target-only-wrong", "de-en", "Der Minister reiste ab.", "The minister left Teheran.",
     [("deprecated", "tehran", "Teheran")]),
    ("pronoun-mir-in-source", "de-en", "Der Minister sagte mir, die Karten seien da.",
     "The minister told me the cards were there.", []),
]


@pytest.mark.parametrize(("direction", "source", "target", "expected"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_unit_findings(shipped_aligner: Aligner, direction: str, source: str, target: str,
                       expected: list[tuple[str, str, str | None]]) -> None:
    assert _found(_check(shipped_aligner, [(source, target)], direction=direction)) == expected


def test_finding_carries_spans_offsets_and_expected_terms(shipped_aligner: Aligner) -> None:
    source, target = "Talks: Lavrov and Araghchi.", "Gespräche: Lawrow und Araghchi."
    (f,) = _check(shipped_aligner, [(source, target)]).findings
    assert (f.file, f.unit, f.line, f.kind, f.entry_id) == ("t.xlf", "1", 1, FindingKind.DEPRECATED,
                                                            "abbas-araghchi")
    assert f.source is not None and source[f.source.start:f.source.end] == f.source.surface == "Araghchi"
    assert f.target is not None and target[f.target.start:f.target.end] == f.target.surface == "Araghchi"
    # admitted de terms: the equivalent of the source's surname first, then preferred first
    assert f.expected == ("Araghtschi", "Abbas Araghtschi")
    assert f.kind.group == "wrong-term" and f.kind.is_error
    assert f.to_dict()["target"] == {"surface": "Araghchi", "start": 22, "end": 30}


def test_forbidden_and_expected_order(small_aligner: Aligner) -> None:
    result = _check(small_aligner, [("Iran and the sanctions.", "Persien und die Sanktionen.")])
    (f,) = result.findings
    assert (f.kind.value, f.entry_id, f.target and f.target.surface) == ("forbidden", "iran", "Persien")
    assert f.expected == ("Iran", "Islamische Republik Iran")


def test_presence_not_counts(small_aligner: Aligner) -> None:
    result = _check(small_aligner, [("Lavrov and Lavrov's deputy met.", "Lawrow und sein Stellvertreter trafen sich.")])
    assert result.findings == ()


def test_units_without_translation_are_skipped_unless_asked(shipped_aligner: Aligner) -> None:
    pairs = [("Lavrov met Araghchi.", None), ("Lavrov met Araghchi.", "  "),
             ("Lavrov met Araghchi.", "Lavrov met Araghchi."), ("Iran and Hamas.", "Iran and Hamas."),
             ("No terms here.", "")]
    quiet = _check(shipped_aligner, pairs)
    assert [u.checked for u in quiet.files[0].units] == [False, False, True, True, False]
    assert _found(quiet) == [("deprecated", "sergei-lavrov", "Lavrov"), ("deprecated", "abbas-araghchi", "Araghchi")]
    loud = _check(shipped_aligner, pairs, untranslated=True)
    assert [(f.kind.value, f.unit) for f in loud.findings] == [
        ("untranslated", "1"), ("untranslated", "2"), ("untranslated", "3")]
    assert "the target is the source unchanged" in loud.findings[2].message


def test_inconsistent_renderings_are_reported_not_failed(shipped_aligner: Aligner) -> None:
    pairs = [("Iran joined the SCO.", "Iran trat der SOZ bei."),
             ("The SCO met.", "Die SCO tagte."),
             ("The SCO grew.", "Die SOZ wuchs."),
             ("Sergey Lavrov spoke.", "Sergei Lawrow sprach."),
             ("Sergey Lavrov wrote.", "Lawrow schrieb."),  # contained: the same choice
             ("The sanctions hurt.", "Die Sanktionen schaden."),
             ("The sanctions bite.", "Die Sanktionen wirken.")]
    result = _check(shipped_aligner, pairs)
    (f,) = result.findings
    assert (f.kind, f.unit, f.entry_id, f.target and f.target.surface, f.expected) == (
        FindingKind.INCONSISTENT, "2", "shanghai-cooperation-organisation", "SCO", ("SOZ",))
    assert not f.kind.is_error and not result.failed
    assert "rendered 'SCO' here but 'SOZ' in 2 unit(s), first in unit '1'" in f.message


def test_acronym_after_full_form_is_consistent(shipped_aligner: Aligner) -> None:
    pairs = [("The Islamic Revolutionary Guard Corps (IRGC) sent drones.",
              "Die Islamische Revolutionsgarde (IRGC) schickte Drohnen."),
             ("The IRGC denied it.", "Die IRGC dementierte."),
             ("The Islamic Revolutionary Guard Corps denied it.", "Die Islamische Revolutionsgarde dementierte.")]
    assert _check(shipped_aligner, pairs).findings == ()


def test_summary_and_json_shape(shipped_aligner: Aligner) -> None:
    result = _check(shipped_aligner, [("Araghchi spoke.", "Araghchi sprach."), ("Iran.", "Iran.")])
    data = result.to_dict()
    assert set(data) == {"files", "findings", "summary"}
    assert data["summary"] == {"files": 1, "units": 2, "checked": 2, "units_with_findings": 1,
                               "findings": 1, "errors": 1, "by_kind": {"deprecated": 1}}
    assert data["files"][0]["findings"] == 1 and data["files"][0]["format"] == "xliff"
    assert result.failed
