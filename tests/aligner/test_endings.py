"""aligner.endings: endings after a matched term, and what a rewrite keeps of them."""

from __future__ import annotations

import pytest

from aligner.endings import carry_ending, match_ending
from glossary.model import EntryType


@pytest.mark.parametrize(
    ("form", "pos", "lang", "ending"),
    [
        (" lawrows sagte ", 7, "de", "s"),
        (" putins ", 6, "de", "s"),
        (" krieges ", 6, "de", "es"),
        (" drohnen ", 7, "de", "n"),
        (" bundnisses ", 8, "de", "ses"),
        (" bundnisse ", 8, "de", "se"),
        (" irane ", 5, "de", None),
        (" iranian ", 5, "en", None),
        (" drones ", 6, "en", "s"),
        (" lawrows ", 7, "en", "s"),
        (" lawrowski ", 7, "de", None),
        (" xs ", 2, "fa", None),
    ],
    ids=["genitive", "putins", "es", "plural-n", "ses", "se", "no-e", "no-ian", "en-plural",
         "en-s", "no-ski", "other-lang"],
)
def test_match_ending(form: str, pos: int, lang: str, ending: str | None) -> None:
    assert match_ending(form, pos, lang) == ending


@pytest.mark.parametrize(
    ("ending", "source", "target", "stem", "etype", "expected"),
    [
        ("s", "de", "en", "Sergey Lavrov", EntryType.PERSON, "'s"),
        ("s", "de", "en", "Boris", EntryType.PERSON, "'"),
        ("s", "de", "de", "Araghtschi", EntryType.PERSON, "s"),
        ("'s", "en", "de", "Lawrow", EntryType.PERSON, "s"),
        ("’s", "en", "en", "Lavrov", EntryType.PERSON, "'s"),
        ("n", "de", "en", "drone", EntryType.CONCEPT, "s"),
        ("en", "de", "de", "Sanktion", EntryType.CONCEPT, "en"),
        ("ses", "de", "de", "Russland-Iran-Bündnis", EntryType.CONCEPT, "ses"),
        ("s", "en", "de", "Drohne", EntryType.CONCEPT, ""),
        ("", "de", "en", "Iran", EntryType.PLACE, ""),
    ],
    ids=["gen-to-possessive", "sibilant", "gen-kept", "possessive-to-gen", "curly", "plural-to-en",
         "plural-kept", "ses-kept", "plural-dropped", "none"],
)
def test_carry_ending(ending: str, source: str, target: str, stem: str, etype: EntryType,
                      expected: str) -> None:
    assert carry_ending(ending, source=source, target=target, stem=stem, entry_type=etype) == expected
