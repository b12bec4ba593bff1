"""Lookup's ranking, word search, suggestions and scores, in memory and compiled."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary import Glossary, MatchKind, load_glossary
from glossary.index import CompiledGlossary, open_glossary
from glossary.lookup import FUZZY_MATCH, FUZZY_SUGGEST

GLOSSARY = Path(__file__).resolve().parents[1] / "fixtures" / "glossary" / "lookup.yaml"


@pytest.fixture(params=["memory", "compiled"])
def glossary(request: pytest.FixtureRequest) -> Glossary | CompiledGlossary:
    return load_glossary(GLOSSARY) if request.param == "memory" else open_glossary(GLOSSARY)


WORDS = [
    # query, entry, term matched
    ("Bündnis", "russia-iran-alliance", "Russland-Iran-Bündnis"),
    ("bundnis", "russia-iran-alliance", "Russland-Iran-Bündnis"),
    ("Korridor", "north-south-corridor", "Nord-Süd-Korridor"),
    ("corridor", "north-south-corridor", "North–South corridor"),
    ("Guard Corps", "irgc", "Islamic Revolutionary Guard Corps"),
    ("revolutionary guard", "irgc", "Islamic Revolutionary Guard Corps"),
    ("Süd Korridor", "north-south-corridor", "Nord-Süd-Korridor"),
]


@pytest.mark.parametrize(("query", "entry_id", "term"), WORDS, ids=[w[0] for w in WORDS])
def test_words_inside_terms_when_nothing_matches_whole(
    glossary: Glossary | CompiledGlossary, query: str, entry_id: str, term: str
) -> None:
    best = glossary.lookup(query).matches[0]
    assert (best.entry.id, best.kind, best.term.text) == (entry_id, MatchKind.CONTAINS, term)
    assert 0.5 <= best.score <= 0.8


@pytest.mark.parametrize("query", ["Korr", "Guard Cor", "Corps Guard", "Revolution"])
def test_word_search_wants_whole_words_in_order(
    glossary: Glossary | CompiledGlossary, query: str
) -> None:
    assert all(m.kind is not MatchKind.CONTAINS for m in glossary.lookup(query).matches)


def test_contains_is_asked_for_beside_a_whole_match(glossary: Glossary | CompiledGlossary) -> None:
    assert [m.kind for m in glossary.lookup("IRGC").matches] == [MatchKind.EXACT]
    plain = glossary.lookup("Lavrov")
    assert all(m.kind is not MatchKind.CONTAINS for m in plain.matches)
    both = glossary.lookup("Korridor", contains=True).matches
    assert [m.entry.id for m in both] == ["north-south-corridor"]


def test_a_preferred_term_beats_another_languages_deprecated_one(
    glossary: Glossary | CompiledGlossary,
) -> None:
    best = glossary.lookup("Teheran").matches[0]
    assert (best.term.text, best.term.lang, best.term.status.value) == ("Teheran", "de", "preferred")
    assert best.replacement is None
    english = glossary.lookup("Teheran", lang="en").matches[0]
    assert english.term.status.value == "deprecated"
    assert english.replacement is not None and english.replacement.text == "Tehran"


def test_a_deprecated_match_names_the_term_to_use(glossary: Glossary | CompiledGlossary) -> None:
    match = glossary.lookup("Lavrov", lang="de").matches[0]
    assert (match.term.lang, match.term.status.value) == ("de", "deprecated")
    assert match.replacement is not None and match.replacement.text == "Lawrow"
    admitted = glossary.lookup("Lavrov").matches[0]
    assert (admitted.term.lang, admitted.replacement) == ("en", None)


@pytest.mark.parametrize("query", ["Lavrof", "Lavrovk", "Lawrov", "Tehrn", "Irgc Corps", "Teheranx"])
def test_suggestions_never_repeat_a_match_shown(
    glossary: Glossary | CompiledGlossary, query: str
) -> None:
    result = glossary.lookup(query)
    shown = {m.entry.id for m in result.matches}
    assert not shown & {s.entry_id for s in result.suggestions}


@pytest.mark.parametrize("query", ["Lavrof", "Lavrovk", "Lawrov", "Tehrn", "Tehrann", "Lavorv", "Korido"])
def test_scores_respect_the_thresholds(glossary: Glossary | CompiledGlossary, query: str) -> None:
    result = glossary.lookup(query)
    for m in result.matches:
        if m.kind is MatchKind.FUZZY:
            assert FUZZY_MATCH / 100 <= m.score < 1.0
    for s in result.suggestions:
        assert FUZZY_SUGGEST / 100 <= s.score < 1.0


def test_fuzzy_score_is_the_ratio(glossary: Glossary | CompiledGlossary) -> None:
    from rapidfuzz import fuzz

    match = glossary.lookup("Lavrof").matches[0]
    assert match.kind is MatchKind.FUZZY
    assert match.score == round(fuzz.ratio("lavrof", "lavrov") / 100, 3)


def test_the_readme_states_the_thresholds_lookup_uses() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Looking things up", 1)[1].split("\n## ", 1)[0]
    assert f"score ≥ {FUZZY_MATCH / 100:.2f}" in section
    assert f"score ≥ {FUZZY_SUGGEST / 100:.2f}" in section
