"""aligner.endings: endings after a matched term, and what a rewrite keeps of them."""

from __future__ import annotations

import pytest

from aligner.endings import carry_ending, match_ending, plural_ending
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
        ("n", "de", "en", "sanctions", EntryType.CONCEPT, ""),
        ("n", "de", "en", "tax", EntryType.CONCEPT, "es"),
        ("n", "de", "en", "church", EntryType.CONCEPT, "es"),
    ],
    ids=["gen-to-possessive", "sibilant", "gen-kept", "possessive-to-gen", "curly", "plural-to-en",
         "plural-kept", "ses-kept", "plural-dropped", "none", "plural-already", "x-es", "ch-es"],
)
def test_carry_ending(ending: str, source: str, target: str, stem: str, etype: EntryType,
                      expected: str) -> None:
    assert carry_ending(ending, source=source, target=target, stem=stem, entry_type=etype) == expected


@pytest.mark.parametrize(
    ("ending", "source", "target", "stem", "etype", "expected"),
    [
        ("s", "de", "en", "Houthis", EntryType.ORGANIZATION, ""),
        ("s", "de", "en", "Lavrov", EntryType.PERSON, "s"),
        ("s", "de", "de", "Huthi", EntryType.ORGANIZATION, "s"),
        ("es", "de", "en", "Iran", EntryType.PLACE, "'s"),
        ("'", "en", "de", "Huthi", EntryType.ORGANIZATION, "s"),
    ],
    ids=["target-plural-already", "plural-s", "plural-kept", "es-stays-genitive",
         "apostrophe-stays-genitive"],
)
def test_carry_ending_of_a_plural(ending: str, source: str, target: str, stem: str,
                                  etype: EntryType, expected: str) -> None:
    got = carry_ending(ending, source=source, target=target, stem=stem, entry_type=etype, plural=True)
    assert got == expected


def _plural(marked: str, lang: str = "de") -> bool:
    """plural_ending of the mention marked [like this] in *marked* (its ending an s)."""
    start, end = marked.index("["), marked.index("]") - 1
    return plural_ending("s", marked.replace("[", "").replace("]", ""), start, end, lang)


@pytest.mark.parametrize(
    ("text", "plural"),
    [
        ("die [Huthis] griffen an", True),
        ("Die [Huthis] griffen an.", True),
        ("den [Huthis]", True),
        ("Angriffe der [Huthis].", True),
        ("der [Huthis] Angriff", True),
        ("zwei [Lawrows]", True),
        ("2 [Lawrows]", True),
        ("alle [Huthis]", True),
        ("die jemenitischen [Huthis] griffen an", True),
        ("die militanten jemenitischen [Huthis] griffen an", True),
        ("die „[Huthis]“ griffen an", True),
        ("Iran, die [Huthis] und die Hisbollah", True),
        ("des [Irans] Führung", False),
        ("eines [Irans]", False),
        ("[Lawrows] Reise", False),
        ("[Putins]", False),
        ("die Politik [Putins].", False),
        ("1 [Lawrows]", False),
        ("Der Mann, der [Lawrows] Reise plante", False),
        ("die jemenitischen [Huthis] Raketen", False),
        ("die wegen [Lawrows] Rede", False),
        ("Alle wollen [Lawrows] Rücktritt", False),
    ],
    ids=["die", "die-initial", "den", "der-genitive-plural", "der-before-noun", "zwei", "digit",
         "alle", "adjective", "two-adjectives", "quoted", "after-comma-article", "des", "eines",
         "no-article", "alone", "after-noun", "one", "relative-pronoun",
         "adjective-then-noun", "preposition-not-adjective", "verb-then-noun"],
)
def test_plural_ending(text: str, plural: bool) -> None:
    assert _plural(text) is plural


def test_plural_ending_only_reads_german_s() -> None:
    assert not plural_ending("s", "the Houthis", 4, 11, "en")
    assert not plural_ending("es", "die Krieges", 4, 11, "de")
    assert plural_ending("s", "die Huthis", 4, 10, "de-AT")
