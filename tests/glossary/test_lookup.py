"""Tests for glossary.lookup, in memory and through the compiled index."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary import EntryType, Glossary, MatchKind, load_glossary
from glossary.index import CompiledGlossary, open_glossary


@pytest.fixture(params=["memory", "compiled"])
def glossary(request: pytest.FixtureRequest, mini_glossary_path: Path) -> Glossary | CompiledGlossary:
    if request.param == "memory":
        return load_glossary(mini_glossary_path)
    return open_glossary(mini_glossary_path)


LOOKUPS = [
    # query, expected entry, expected kind, matched term
    ("Araghtschi", "abbas-araghchi", MatchKind.EXACT, "Araghtschi"),
    ("araghtschi", "abbas-araghchi", MatchKind.EXACT, "Araghtschi"),
    ("ARAGHCHI", "abbas-araghchi", MatchKind.EXACT, "Araghchi"),
    ("Abbas-Araghtschi", "abbas-araghchi", MatchKind.VARIANT, "Abbas Araghtschi"),
    ("عباس عراقچی", "abbas-araghchi", MatchKind.EXACT, "عباس عراقچی"),
    ("Lawrow", "sergey-lavrov", MatchKind.EXACT, "Lawrow"),
    ("sergej lawrow", "sergey-lavrov", MatchKind.EXACT, "Sergej Lawrow"),
    ("Сергей Лавров", "sergey-lavrov", MatchKind.EXACT, "Сергей Лавров"),
    ("Russland-Iran-Bündnis", "russia-iran-alliance", MatchKind.EXACT, "Russland-Iran-Bündnis"),
    ("Russland Iran Bündnis", "russia-iran-alliance", MatchKind.VARIANT, "Russland-Iran-Bündnis"),
    ("russland iran bündnis", "russia-iran-alliance", MatchKind.VARIANT, "Russland-Iran-Bündnis"),
    ("russland iran bundnis", "russia-iran-alliance", MatchKind.VARIANT, "Russland-Iran-Bündnis"),
    ("Russland-Iran-Buendnis", "russia-iran-alliance", MatchKind.VARIANT, "Russland-Iran-Bündnis"),
    ("Russia-Iran alliance", "russia-iran-alliance", MatchKind.VARIANT, "Russia–Iran alliance"),
    ("Russia Iran Alliance", "russia-iran-alliance", MatchKind.VARIANT, "Russia–Iran alliance"),
    ("Strasse von Hormus", "strasse-von-hormus", MatchKind.EXACT, "Straße von Hormus"),
    ("UN Sicherheitsrat", "un-security-council", MatchKind.VARIANT, "UN-Sicherheitsrat"),
    ("UNSicherheitsrat", "un-security-council", MatchKind.VARIANT, "UN-Sicherheitsrat"),
    ("Russische Foederation", "russia", MatchKind.VARIANT, "Russische Föderation"),
    ("Weltsicher", "un-security-council", MatchKind.PREFIX, "Weltsicherheitsrat"),
    ("Araghtchi", "abbas-araghchi", MatchKind.FUZZY, "Araghtschi"),
    ("Lavrof", "sergey-lavrov", MatchKind.FUZZY, "Lavrov"),
]


@pytest.mark.parametrize(("query", "entry_id", "kind", "term"), LOOKUPS, ids=[q for q, *_ in LOOKUPS])
def test_lookup_table(glossary: Glossary | CompiledGlossary, query: str, entry_id: str, kind: MatchKind, term: str) -> None:
    result = glossary.lookup(query)
    assert result.matches, result
    best = result.matches[0]
    assert (best.entry.id, best.kind, best.term.text) == (entry_id, kind, term)


def test_ranking_exact_before_prefix(glossary: Glossary | CompiledGlossary) -> None:
    result = glossary.lookup("Russ")
    kinds = [m.kind for m in result.matches]
    assert kinds == sorted(kinds, key=lambda k: k.rank)
    assert {m.entry.id for m in result.matches} >= {"russia", "russia-iran-alliance"}
    assert glossary.lookup("Russland").matches[0].kind is MatchKind.EXACT
    assert [m.entry.id for m in glossary.lookup("Russland").matches][:1] == ["russia"]


def test_lang_and_type_filters(glossary: Glossary | CompiledGlossary) -> None:
    assert not glossary.lookup("Lawrow", lang="en").matches or glossary.lookup("Lawrow", lang="en").matches[0].kind is MatchKind.FUZZY
    assert glossary.lookup("Lawrow", lang="de").matches[0].entry.id == "sergey-lavrov"
    assert not [m for m in glossary.lookup("Russ", type=EntryType.PERSON).matches]


def test_nothing_matches_but_suggestions_help(glossary: Glossary | CompiledGlossary) -> None:
    result = glossary.lookup("Arakshi")
    assert not result.matches
    assert result.suggestions and result.suggestions[0].entry_id == "abbas-araghchi"
    assert not glossary.lookup("xyzzy").suggestions
    assert not glossary.lookup("  ").matches


def test_the_default_glossary_is_used_without_a_path(monkeypatch: pytest.MonkeyPatch, mini_glossary_path: Path) -> None:
    monkeypatch.setenv("TERMAID_GLOSSARY", str(mini_glossary_path))
    assert load_glossary().get("mir-payment-system") is not None
