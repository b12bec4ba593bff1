"""The shipped domain glossary: sound, complete enough, and found by the spellings readers use."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from aligner.number import RULED_PLURALS
from glossary import DEFAULT_GLOSSARY, Glossary, MatchKind, check_glossary, load_glossary


@pytest.fixture(scope="module")
def shipped() -> Glossary:
    return load_glossary(DEFAULT_GLOSSARY)


def test_shipped_glossary_validates() -> None:
    _, problems = check_glossary(DEFAULT_GLOSSARY)
    assert problems == []


def test_every_shipped_file_opens_with_a_field_guide() -> None:
    for path in sorted(DEFAULT_GLOSSARY.glob("*.yaml")):
        head = path.read_text(encoding="utf-8").splitlines()[:5]
        assert head and all(line.startswith("#") for line in head), path.name


def test_shipped_entries_are_complete(shipped: Glossary) -> None:
    assert len(shipped) >= 80
    for entry in shipped:
        assert entry.preferred("en") is not None, entry.id
        assert entry.preferred("de") is not None, entry.id
        assert entry.note, entry.id
        assert entry.sources and all(s.startswith("https://") for s in entry.sources), entry.id
    types = Counter(e.type.value for e in shipped)
    assert {"person", "place", "organization", "system", "concept"} <= set(types)
    langs = {t.lang for e in shipped for t in e.terms}
    assert {"en", "de", "fa", "ru"} <= langs


GERMAN = [
    "Wladimir Putin", "Massud Peseschkian", "Sergei Lawrow", "Dmitri Peskow", "Marija Sacharowa",
    "Abbas Araghtschi", "Araghtschi", "Teheran", "Moskau", "Buschehr", "Hisbollah", "Huthi", "Kreml",
    "UN-Sicherheitsrat", "multipolare Weltordnung", "Entdollarisierung", "Russland-Iran-Bündnis",
    "Mir", "Shetab",
]
ENGLISH = [
    "Vladimir Putin", "Masoud Pezeshkian", "Sergey Lavrov", "Dmitry Peskov", "Maria Zakharova",
    "Abbas Araghchi", "Araghchi", "Tehran", "Moscow", "Bushehr", "Hezbollah", "Kremlin",
    "UN Security Council", "de-dollarization", "Mir", "Shetab",
]


@pytest.mark.parametrize("term", GERMAN)
def test_german_forms_are_found(shipped: Glossary, term: str) -> None:
    result = shipped.lookup(term, lang="de", fuzzy=False)
    assert result.matches and result.matches[0].kind in (MatchKind.EXACT, MatchKind.VARIANT), term


@pytest.mark.parametrize("term", ENGLISH)
def test_english_forms_are_found(shipped: Glossary, term: str) -> None:
    result = shipped.lookup(term, lang="en", fuzzy=False)
    assert result.matches and result.matches[0].kind in (MatchKind.EXACT, MatchKind.VARIANT), term


@pytest.mark.parametrize(
    ("query", "target_lang", "expected"),
    [
        ("Araghtschi", "en", "Abbas Araghchi"),
        ("Lavrov", "de", "Sergei Lawrow"),
        ("russland iran bundnis", "en", None),
        ("Hezbollah", "de", "Hisbollah"),
        ("Tehran", "de", "Teheran"),
    ],
)
def test_cross_language(shipped: Glossary, query: str, target_lang: str, expected: str | None) -> None:
    entry = shipped.lookup(query, fuzzy=False).matches[0].entry
    preferred = entry.preferred(target_lang)
    assert preferred is not None
    if expected is not None:
        assert preferred.text == expected


def test_shipped_glossary_covers_the_story(shipped: Glossary) -> None:
    types = Counter(e.type.value for e in shipped)
    assert len(shipped) >= 300
    assert types["person"] >= 80


def test_shipped_russian_names_agree_with_the_spelling_rules(shipped: Glossary) -> None:
    """Every Russian person and place is spelled as glossary.spell spells it, or its
    preferred term says why not (an established exonym such as Moskau)."""
    from glossary.spell.agreement import check_russian_names

    names = check_russian_names(shipped)
    assert len(names) >= 40
    assert [a.entry_id for a in names if not a.explained] == []
    assert sum(a.agrees for a in names) >= 0.9 * len(names)
    moscow = next(a for a in names if a.entry_id == "moscow")
    assert (moscow.spelled.de, moscow.de, moscow.de_agrees) == ("Moskwa", "Moskau", False)


def test_a_plural_term_s_equivalents_know_their_plural(shipped: Glossary) -> None:
    """Where a preferred term is plural itself ('pro-Palestinian campus protests'), the
    preferred terms of the other languages carry their plural too: without it a rewrite
    into that language keeps the mention as written (it cannot know the number)."""
    missing = []
    for entry in shipped.entries:
        preferred = {}
        for term in entry.terms:
            preferred.setdefault(term.lang, term)
        if entry.type in RULED_PLURALS or not any(t.is_plural for t in preferred.values()):
            continue  # concepts and currencies take their plural by the rules
        missing += [f"{entry.id}: {t.text!r} ({t.lang})" for t in preferred.values()
                    if t.lang in ("en", "de") and t.plural is None]
    assert missing == []


def test_readme_quotes_the_shipped_glossary_size(shipped: Glossary) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    match = re.search(r"It holds (\d+) entries: (\d+)\s+people", readme)
    assert match is not None
    types = Counter(e.type.value for e in shipped)
    assert (int(match[1]), int(match[2])) == (len(shipped), types["person"])
