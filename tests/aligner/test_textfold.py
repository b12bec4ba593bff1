"""aligner.textfold: the match form and its map back to original offsets."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aligner.textfold import fold_pattern, fold_text
from glossary.fold import fold


@pytest.mark.parametrize(
    ("text", "form", "direct"),
    [
        ("Lawrows Reise", " lawrows reise ", True),
        ("Bündnis BÜNDNIS Buendnis", " bundnis bundnis buendnis ", True),
        ("Straße, STRASSE", " straße  strasse ", True),
        ("İstanbul", " istanbul ", True),
        ("Lavrov’s visit", " lavrov s visit ", True),
        ("Mir 😀 Iran", " mir   iran ", True),
        ("Москва und Iran", " \x02\x02\x02\x02\x02\x02 und iran ", True),
        ("Bu\u0308ndnis", " bundnis ", False),
        ("Reyk\u00adja\u00advík", " reykjavik ", False),
        ("Russland \u2013 Iran", " russland iran ", False),
        ("Abbas\r\nAraghchi", " abbas araghchi ", False),
        ("Iran\n\nRussland", " iran  russland ", True),
        ("Iran\u200bRussland", " iranrussland ", False),
    ],
    ids=["ascii", "umlauts", "sharp-s", "dotted-I", "apostrophe", "emoji", "cyrillic", "nfd",
         "soft-hyphen", "spaced-dash", "crlf", "paragraph", "zero-width"],
)
def test_match_form(text: str, form: str, direct: bool) -> None:
    folded = fold_text(text)
    assert folded.form == form
    assert folded.direct is direct


def _check_map(text: str) -> None:
    f = fold_text(text)
    last = -1
    for pos in range(1, len(f.form) - 1):
        orig = f.to_text(pos)
        assert 0 <= orig < len(text), (text, pos, orig)
        assert orig > last  # strictly increasing: every form character has its own origin
        last = orig
        if f.form[pos] not in " \x02":
            assert fold(text[orig]).startswith(f.form[pos]) or f.form[pos] == "ß"


@pytest.mark.parametrize(
    "text",
    ["Bu\u0308ndnis und Mu\u0308ller", unicodedata.normalize("NFD", "Äußerst Ölförderung über Ärger"),
     "A\r\nB\r\n\r\nC", "x \u2013 y \u2014 z", "Reyk\u00adja\u00advík", "😀Iran😀 Iran", "a\u200b\u200cb",
     "  lead and trail  ", "\u0308Iran"],
    ids=["nfd", "nfd-all", "crlf", "dashes", "soft-hyphen", "emoji", "zero-width", "edges", "mark-first"],
)
def test_offsets_map_into_the_original(text: str) -> None:
    _check_map(text)


@given(st.text(alphabet=st.sampled_from(list("aäbßİ-– \r\n\u00ad\u0308\u200b.’😀Ж")), max_size=60))
def test_offsets_map_into_the_original_always(text: str) -> None:
    _check_map(text)


@given(st.text(alphabet=st.sampled_from(list("aAäbßİ-– \r\n\u00ad\u0308\u200b.’😀Ж")), max_size=60))
def test_to_form_is_the_first_form_offset_at_or_after(text: str) -> None:
    folded = fold_text(text)
    for pos in range(1, len(text) + 1):
        expected = next((f for f in range(len(folded.form) - 1) if folded.to_text(f) >= pos),
                        len(folded.form) - 1)
        assert folded.to_form(pos) == expected, pos


@pytest.mark.parametrize(
    ("term", "spelling"),
    [
        ("Russland-Iran-Bündnis", "RUSSLAND–IRAN–BÜNDNIS"),
        ("Russland-Iran-Bündnis", "russland iran bundnis"),
        ("Straße", "STRASSE"),
        ("Mir–Shetab link", "Mir-Shetab  link"),
        ("Selenskyj", "Sélenskyj"),
    ],
    ids=["caps-dashes", "folded", "sharp-s", "double-space", "accent"],
)
def test_pattern_and_spelling_meet_when_fold_agrees(term: str, spelling: str) -> None:
    assert fold(term) == fold(spelling) or fold(spelling) in (fold(term),)
    # the sharp s is kept as ß in the match form; patterns spell ss both ways
    assert fold_pattern(spelling).replace("ß", "ss") == fold_pattern(term).replace("ß", "ss")
