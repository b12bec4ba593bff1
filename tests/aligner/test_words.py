"""aligner.words: the ordinary words of German and English, read from data/words."""

from __future__ import annotations

import pytest

from aligner.words import common_words, function_words, is_ordinary, listed_words


@pytest.mark.parametrize(
    ("word", "ordinary"),
    [
        ("Konten", True), ("Große", True), ("kommen", True), ("Zeigt", True),  # noun, adjective, verbs
        ("Becken", True), ("Grund", True),  # nouns that are words of longer place names
        ("peers", True), ("Paketverwaltungsprogramm", True),  # English; a German compound
        ("Lawrow", False), ("Rom", False), ("Essen", False),  # names (Essen is a town too)
        ("Wolgograd", False), ("Jekaterinburg", False),  # short heads are no compounds
    ],
)
def test_is_ordinary(word: str, ordinary: bool) -> None:
    assert is_ordinary(word) is ordinary


def test_listed_compounds_are_found_by_their_head() -> None:
    # the generator leaves out compounds that is_ordinary finds by a listed head
    german = listed_words("de")
    assert "hauptaufgabe" not in german and "aufgabe" in german
    assert is_ordinary("Hauptaufgabe")


def test_function_words_per_language() -> None:
    assert {"weil", "also", "ausser"} <= function_words("de")  # casefolded: außer
    assert {"the", "which"} <= function_words("en") and "weil" not in function_words("en")
    assert common_words("de") <= function_words("de")
