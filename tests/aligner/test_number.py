"""aligner.number: a term's plural from its field, else the rule table, else unknown."""

from __future__ import annotations

import pytest

from aligner.number import plural, plural_rules
from glossary.model import Gender, Term


@pytest.mark.parametrize(
    ("text", "lang", "gender", "expected"),
    [
        ("nuclear weapon", "en", None, "nuclear weapons"),
        ("proxy", "en", None, "proxies"),
        ("tax", "en", None, "taxes"),
        ("day", "en", None, "days"),
        ("permanent member of the Security Council", "en", None, "permanent members of the Security Council"),
        ("war in Ukraine", "en", None, "wars in Ukraine"),
        ("UAV", "en", None, "UAVs"),
        ("Atomwaffe", "de", Gender.FEMININE, "Atomwaffen"),
        ("Waffenlieferung", "de", Gender.FEMININE, "Waffenlieferungen"),
        ("Bündnis", "de", Gender.NEUTER, "Bündnisse"),
        ("Beistandsklausel", "de", Gender.FEMININE, "Beistandsklauseln"),
        ("Stellvertreter", "de", Gender.MASCULINE, "Stellvertreter"),
        ("Resolution des UN-Sicherheitsrats", "de", Gender.FEMININE, "Resolutionen des UN-Sicherheitsrats"),
        ("strategische Partnerschaft", "de", Gender.FEMININE, "strategische Partnerschaften"),
        ("gemeinsames Abkommen", "de", Gender.NEUTER, "gemeinsame Abkommen"),
        ("Vertrag", "de", Gender.MASCULINE, None),  # umlaut plural: the field must say
        ("nichtstaatlicher Akteur", "de", Gender.MASCULINE, None),
        ("Iranischer Rial", "de", Gender.MASCULINE, None),  # a capitalised adjective is no head
    ],
)
def test_plural_by_rule(text: str, lang: str, gender: Gender | None, expected: str | None) -> None:
    assert plural(Term(text, lang, gender=gender)) == expected


def test_the_field_wins_and_names_take_only_the_field() -> None:
    assert plural(Term("ständiges Mitglied", "de", plural="ständige Mitglieder")) == "ständige Mitglieder"
    assert plural(Term("Lawrow", "de"), rules=False) is None
    assert plural(Term("Huthi", "de", plural="Huthi"), rules=False) == "Huthi"


def test_the_rule_table_reads_both_languages() -> None:
    rules = plural_rules()
    assert set(rules) == {"en", "de"}
    assert ("el", "feminine", "eln") in rules["de"]
