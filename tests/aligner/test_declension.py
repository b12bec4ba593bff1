"""aligner.declension: German adjectives declined inside a noun phrase of the glossary."""

from __future__ import annotations

import pytest

from aligner.aligner import Aligner
from aligner.declension import declension_of, declensions, decline
from glossary import Entry, EntryType, Term, TermStatus, load_glossary


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("Kaspisches Meer", ("Kaspische Meer", "Kaspischen Meer", "Kaspischem Meer",
                             "Kaspischer Meer")),
        ("Vereinte Nationen", ("Vereinten Nationen", "Vereintem Nationen", "Vereinter Nationen",
                               "Vereintes Nationen")),
        # two adjectives take one ending
        ("Gemeinsamer umfassender Aktionsplan", (
            "Gemeinsame umfassende Aktionsplan", "Gemeinsamen umfassenden Aktionsplan",
            "Gemeinsamem umfassendem Aktionsplan", "Gemeinsames umfassendes Aktionsplan")),
        # only the adjective right before the noun: Russisch- is part of a compound
        ("Russisch-Persische Kriege", ("Russisch-Persischen Kriege", "Russisch-Persischem Kriege",
                                       "Russisch-Persischer Kriege", "Russisch-Persisches Kriege")),
        ("Straße von Hormus", ()),  # no capital noun after the -e word
        ("Lune-Karo-Bündnis", ()),  # a compound: no separate adjective
        ("Sergei Lawrow", ()),
        ("Iran", ()),
        ("Rote Meer", ("Roten Meer", "Rotem Meer", "Roter Meer", "Rotes Meer")),
        ("Neue Seidenstraße", ("Neuen Seidenstraße", "Neuem Seidenstraße", "Neuer Seidenstraße",
                               "Neues Seidenstraße")),
    ],
)
def test_declensions(term: str, expected: tuple[str, ...]) -> None:
    assert declensions(term) == expected


@pytest.mark.parametrize(
    ("surface", "term", "ending"),
    [
        ("Kaspischen Meer", "Kaspisches Meer", "en"),
        ("KASPISCHE  MEER", "Kaspisches Meer", "e"),
        ("Kaspisches Meer", "Kaspisches Meer", None),  # the term itself
        ("Kaspischen See", "Kaspisches Meer", None),
        ("Vereinten Nationen", "Vereinte Nationen", "en"),
        ("Lawrow", "Sergei Lawrow", None),
    ],
)
def test_declension_of(surface: str, term: str, ending: str | None) -> None:
    assert declension_of(surface, term) == ending


def test_decline_writes_the_ending_into_every_slot() -> None:
    assert decline("Gemeinsamer umfassender Aktionsplan", "en") == "Gemeinsamen umfassenden Aktionsplan"
    assert decline("Sergei Lawrow", "en") == "Sergei Lawrow"


@pytest.fixture(scope="module")
def shipped() -> Aligner:
    return Aligner(load_glossary(), fuzzy=False)


@pytest.mark.parametrize(
    ("text", "surface", "de", "en"),
    [
        ("Über das Kaspische Meer fahren Schiffe.", "Kaspische Meer",
         "Über das Kaspische Meer fahren Schiffe.", "Über das Caspian Sea fahren Schiffe."),
        ("Häfen am Kaspischen Meer", "Kaspischen Meer", "Häfen am Kaspischen Meer",
         "Häfen am Caspian Sea"),
        ("Russisch-Persischen Kriegen", "Russisch-Persischen Kriegen",
         "Russisch-Persischen Kriegen", None),
    ],
)
def test_declined_phrases_are_inflected_mentions_and_stay_declined(
    shipped: Aligner, text: str, surface: str, de: str, en: str | None
) -> None:
    (mention,) = shipped.find(text, lang="de")
    assert (mention.surface, mention.match.value) == (surface, "inflected")
    assert shipped.normalize(text, lang="de").text == de
    if en is not None:
        assert shipped.normalize(text, lang="de", to="en").text == en


def test_a_declined_variant_becomes_the_preferred_term_declined_alike() -> None:
    entry = Entry("caspian", EntryType.PLACE, (
        Term("Kaspisches Meer", "de"), Term("Kaspische See", "de", TermStatus.DEPRECATED)))
    (mention,) = Aligner([entry], fuzzy=False).normalize("an der Kaspischen See", lang="de").mentions
    assert (mention.surface, mention.replacement) == ("Kaspischen See", "Kaspischen Meer")


def test_names_of_people_are_not_declined() -> None:
    entry = Entry("soleimani", EntryType.PERSON, (Term("Kasem Soleimani", "de"),))
    assert Aligner([entry], fuzzy=False).find("Kase Soleimani, Kasen Soleimani", lang="de") == ()


def test_check_takes_declined_phrases_for_one_name() -> None:
    from aligner.check import check_text

    text = "Das Kaspische Meer.\nAm Kaspischen Meer.\nDas Kaspisches Meer."
    assert check_text(Aligner(load_glossary(), fuzzy=False), text, lang="de") == ()


def test_a_german_genitive_keeps_its_ending_in_german(shipped: Aligner) -> None:
    text = "Die Häfen des Kaspischen Meeres"
    assert shipped.normalize(text, lang="de").text == text
    assert shipped.normalize(text, lang="de", to="en").text == "Die Häfen des Caspian Sea"  # the article carries the case
