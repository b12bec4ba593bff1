"""Aligner.find: what is a mention, which entry, which kind, offsets into the original."""

from __future__ import annotations

import pickle
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.aligner import Aligner
from aligner.errors import AlignerError


def _found(aligner: Aligner, text: str, lang: str) -> list[tuple[str, str, str, str]]:
    return [(m.surface, m.entry_id, m.match.value, m.ending) for m in aligner.find(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Araghtschi kam.", [("Araghtschi", "abbas-araghchi", "exact", "")]),
        ("de", "Des Russland-Iran-Bündnisses wegen", [("Russland-Iran-Bündnisses", "russia-iran-alliance", "inflected", "ses")]),
        ("de", "das russland iran bundnis", [("russland iran bundnis", "russia-iran-alliance", "variant", "")]),
        ("de", "RUSSLAND–IRAN–BÜNDNIS", [("RUSSLAND–IRAN–BÜNDNIS", "russia-iran-alliance", "variant", "")]),
        ("de", "Putins Pläne", [("Putins", "vladimir-putin", "inflected", "s")]),
        ("de", "die Shahed-Drohnen", [("Shahed-Drohnen", "shahed-136", "inflected", "n")]),
        ("de", "Die Mir-Karten", [("Mir", "mir", "exact", "")]),
        ("de", "Rußland", [("Rußland", "russia", "exact", "")]),
        ("en", "Lavrov's trip", [("Lavrov's", "sergei-lavrov", "inflected", "'s")]),
        ("en", "Khamenei’s word", [("Khamenei’s", "ali-khamenei", "inflected", "’s")]),
        ("en", "the drones", [("drones", "drone", "inflected", "s")]),
        ("en", "Iraq and Iran", [("Iraq", "iraq", "exact", ""), ("Iran", "iran", "exact", "")]),
        ("en", "the UN said", [("UN", "united-nations", "exact", "")]),
    ],
    ids=["surname", "ses", "variant", "caps-dashes", "genitive", "compound-plural", "mir-compound",
         "sharp-s", "possessive", "curly-possessive", "plural", "iran-iraq", "acronym"],
)
def test_finds(exact_aligner: Aligner, lang: str, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _found(exact_aligner, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Mir ist klar, dass es nicht reicht."),
        ("de", "Das gefällt mir sehr."),
        ("de", "Er gab mir die Karte."),
        ("en", "A swift reply."),
        ("en", "Un diplomate a parlé."),
        ("en", "Iranian officials and Iranians"),
        ("de", "Die Lawine traf die Kasse und die Schalen."),
        ("en", "Tiran and Kashmir"),
    ],
    ids=["mir-initial", "mir-pronoun", "mir-lowercase-cue", "swift", "un-french", "iranian", "ordinary-words", "inside-words"],
)
def test_finds_nothing(aligner: Aligner, lang: str, text: str) -> None:
    assert aligner.find(text, lang=lang) == ()


def test_context_acceptance_is_reported(exact_aligner: Aligner) -> None:
    (m,) = exact_aligner.find("Zahlungen über Mir laufen über Banken.", lang="de")
    assert m.entry_id == "mir" and m.context_accepted


@pytest.mark.parametrize(
    "text",
    [
        unicodedata.normalize("NFD", "Über das Russland-Iran-Bündnis sprach Araghtschi."),
        "😀 Über das Russland-Iran-Bündnis 😀 sprach Araghtschi.",
        "Über das Russland-Iran-\r\nBündnis sprach\r\nAraghtschi.",
        "Über das Russland\u00ad-Iran-Bünd\u00adnis sprach Araghtschi.",
    ],
    ids=["nfd", "emoji", "crlf", "soft-hyphens"],
)
def test_offsets_point_into_the_original(exact_aligner: Aligner, text: str) -> None:
    mentions = exact_aligner.find(text, lang="de")
    assert [m.entry_id for m in mentions] == ["russia-iran-alliance", "abbas-araghchi"]
    for m in mentions:
        assert text[m.start : m.end] == m.surface
    assert unicodedata.normalize("NFC", mentions[1].surface) == "Araghtschi"


_PIECES = ["Araghtschi", "Lawrows", "Russland-Iran-Bündnis", "Putins", "Mir", "mir", "Karten",
           " ", "  ", "\r\n", "\n\n", ", ", ". ", "😀", "\u0308", "\u00ad", "’s", "Iran", "UN", "und"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.sampled_from(["de", "en"]))
def test_mentions_are_in_bounds_and_replace_back(aligner: Aligner, pieces: list[str], lang: str) -> None:
    text = "".join(pieces)
    mentions = aligner.find(text, lang=lang)
    last = 0
    rebuilt = []
    for m in mentions:
        assert last <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.surface
        rebuilt.append(text[last : m.start])
        rebuilt.append(m.surface)
        last = m.end
    rebuilt.append(text[last:])
    assert "".join(rebuilt) == text


def test_pickles_without_the_automaton(aligner: Aligner) -> None:
    text = "Lawrows Treffen mit Araghchi in Moskau"
    clone = pickle.loads(pickle.dumps(aligner))
    assert clone._matcher is None  # rebuilt on first use
    assert clone.find(text, lang="de") == aligner.find(text, lang="de")


def test_bad_language_is_an_aligner_error(aligner: Aligner) -> None:
    with pytest.raises(AlignerError):
        aligner.find("x", lang="")
