"""Russian names against the spelling rules: agree, disagree with a reason, or not."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary import load_glossary
from glossary.spell.agreement import NameAgreement, check_russian_names, is_russian_name

GLOSSARY = """\
entries:
  - id: lavrov
    type: person
    note: Russian diplomat.
    terms:
      en: [Sergey Lavrov, Sergei Lavrov]
      de: [Sergei Lawrow]
      ru: [Сергей Лавров]
  - id: moscow
    type: place
    note: Russian capital.
    terms:
      en: [{term: Moscow, note: "exonym"}]
      de: [{term: Moskau, note: "exonym"}]
      ru: [Москва]
  - id: wrong
    type: person
    note: Russian general.
    terms:
      en: [Valery Gerasimov]
      de: [Valery Gerasimov]
      ru: [Валерий Герасимов]
  - id: araghchi
    type: person
    note: Iranian diplomat.
    terms:
      en: [Abbas Araghchi]
      de: [Abbas Araghtschi]
      ru: [Аббас Аракчи]
"""


@pytest.fixture
def names(tmp_path: Path) -> dict[str, NameAgreement]:
    path = tmp_path / "g.yaml"
    path.write_text(GLOSSARY, encoding="utf-8")
    return {a.entry_id: a for a in check_russian_names(load_glossary(path))}


def test_only_russian_people_and_places_are_checked(names: dict[str, NameAgreement]) -> None:
    assert sorted(names) == ["lavrov", "moscow", "wrong"]


@pytest.mark.parametrize(
    ("entry_id", "agrees", "explained"),
    [("lavrov", True, True), ("moscow", False, True), ("wrong", False, False)],
    ids=["English admitted form counts", "exonym with a note", "German left in English"],
)
def test_agreement(names: dict[str, NameAgreement], entry_id: str, agrees: bool, explained: bool) -> None:
    result = names[entry_id]
    assert (result.agrees, result.explained) == (agrees, explained)


def test_is_russian_name_needs_a_russian_form(tmp_path: Path) -> None:
    path = tmp_path / "g.yaml"
    path.write_text("entries:\n  - id: x\n    type: person\n    note: Russian writer.\n"
                    "    terms:\n      en: [X]\n", encoding="utf-8")
    (entry,) = load_glossary(path)
    assert not is_russian_name(entry)
