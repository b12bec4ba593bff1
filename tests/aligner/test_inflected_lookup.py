"""Lookup that reads inflection (aligner.lookup): the aligner's endings, declension and
plurals, one implementation; the shipped glossary, in memory and compiled."""

from __future__ import annotations

import pytest

from aligner.aligner import Aligner
from aligner.lookup import inflections, lookup
from aligner.reading import term_forms
from glossary import Glossary, MatchKind, load_glossary
from glossary.index import CompiledGlossary, open_glossary


@pytest.fixture(scope="module", params=["memory", "compiled"])
def glossary(request: pytest.FixtureRequest) -> Glossary | CompiledGlossary:
    return load_glossary() if request.param == "memory" else open_glossary()


READINGS = [
    # query, lang of the text, entry, term matched, form, ending, declension, plural, score
    ("Lawrows", "de", "sergei-lavrov", "Lawrow", "Lawrow", "s", "", False, 1.0),
    ("lawrows", "de", "sergei-lavrov", "Lawrow", "Lawrow", "s", "", False, 1.0),
    ("Lavrov's", "en", "sergei-lavrov", "Lavrov", "Lavrov", "'s", "", False, 1.0),
    ("Lavrov’s", "en", "sergei-lavrov", "Lavrov", "Lavrov", "’s", "", False, 1.0),
    ("Kaspischen Meer", "de", "caspian-sea", "Kaspisches Meer", "Kaspischen Meer", "", "en", False, 1.0),
    ("Kaspischen Meeres", "de", "caspian-sea", "Kaspisches Meer", "Kaspischen Meer", "es", "en", False, 1.0),
    ("ständigen Mitglieder", "de", "permanent-member", "ständiges Mitglied", "ständigen Mitglieder", "", "en", True, 1.0),
    ("standigen Mitgliedern", "de", "permanent-member", "ständiges Mitglied", "ständigen Mitglieder", "n", "en", True, 0.95),
    ("ständige Mitglieder", "de", "permanent-member", "ständiges Mitglied", "ständige Mitglieder", "", "", True, 1.0),
    ("Atomwaffen", "de", "nuclear-weapon", "Atomwaffe", "Atomwaffe", "n", "", True, 1.0),
    ("Russland-Iran-Bündnisses", "de", "russia-iran-alliance", "Russland-Iran-Bündnis", "Russland-Iran-Bündnis", "ses", "", False, 1.0),
    ("Russland Iran Bundnisses", "de", "russia-iran-alliance", "Russland-Iran-Bündnis", "Russland-Iran-Bündnis", "ses", "", False, 0.95),
    ("Persischen Golfs", "de", "persian-gulf", "Persischer Golf", "Persischen Golf", "s", "en", False, 1.0),
    ("Vereinten Nationen", "de", "united-nations", "Vereinte Nationen", "Vereinten Nationen", "", "en", False, 1.0),
    ("UN-Sicherheitsrats", "de", "un-security-council", "UN-Sicherheitsrat", "UN-Sicherheitsrat", "s", "", False, 1.0),
    ("drones", "en", "drone", "drone", "drone", "s", "", True, 1.0),
]


@pytest.mark.parametrize(
    ("query", "lang", "entry_id", "term", "form", "ending", "declension", "plural", "score"),
    READINGS, ids=[r[0] for r in READINGS],
)
def test_inflected_forms_resolve_with_the_ending_named(
    glossary: Glossary | CompiledGlossary, query: str, lang: str, entry_id: str, term: str,
    form: str, ending: str, declension: str, plural: bool, score: float,
) -> None:
    best = lookup(glossary, query).matches[0]
    assert (best.entry.id, best.kind, best.term.text, best.score) == (entry_id, MatchKind.INFLECTED, term, score)
    assert best.inflection is not None
    got = best.inflection
    assert (got.form, got.ending, got.declension, got.plural) == (form, ending, declension, plural)


@pytest.mark.parametrize(("query", "lang", "entry_id", "ending"),
                         [(r[0], r[1], r[2], r[5]) for r in READINGS], ids=[r[0] for r in READINGS])
def test_lookup_and_the_aligner_read_a_form_alike(
    shipped: Aligner, query: str, lang: str, entry_id: str, ending: str
) -> None:
    """The aligner, reading the query as a text, finds the same entry and the same ending."""
    (mention,) = shipped.find(query, lang=lang)
    assert (mention.entry_id, mention.start, mention.end) == (entry_id, 0, len(query))
    assert mention.ending == ending


@pytest.mark.parametrize("query", ["Lawrowsky", "Lawrowx", "Irans Präsident", "Kaspischer", "Mitglieder"])
def test_no_reading_without_a_real_ending(glossary: Glossary | CompiledGlossary, query: str) -> None:
    assert all(m.kind is not MatchKind.INFLECTED for m in lookup(glossary, query).matches)


@pytest.mark.parametrize("query", ["Lawrow", "Kaspisches Meer", "Atomwaffe", "Iran"])
def test_a_term_as_listed_stays_exact(glossary: Glossary | CompiledGlossary, query: str) -> None:
    assert lookup(glossary, query).matches[0].kind is MatchKind.EXACT


def test_an_inflected_match_makes_no_suggestions(glossary: Glossary | CompiledGlossary) -> None:
    result = lookup(glossary, "Lawrows")
    assert [m.entry.id for m in result.matches] == ["sergei-lavrov"]
    assert result.suggestions == ()


def test_every_persons_german_genitive_resolves(glossary: Glossary | CompiledGlossary) -> None:
    """Each German surname of a person, with the genitive -s, reads back as that person."""
    missed = []
    for entry in load_glossary().select():
        if entry.type.value != "person":
            continue
        for term in entry.terms:
            if term.lang != "de" or term.type is None or term.type.value != "surname":
                continue
            if term.text.endswith(("s", "x", "z", "ß")):
                continue  # takes an apostrophe (Boris'), not an -s
            found = lookup(glossary, term.text + "s").matches
            if not found or (found[0].entry.id, found[0].kind) != (entry.id, MatchKind.INFLECTED):
                missed.append(term.text)
    assert not missed


def test_the_reader_is_glossary_lookups_extension_point(glossary: Glossary | CompiledGlossary) -> None:
    """Without the aligner's reader the glossary knows no endings; with it, it does."""
    assert glossary.lookup("Lawrows").matches[0].kind is MatchKind.FUZZY
    assert glossary.lookup("Lawrows", inflections=inflections).matches[0].kind is MatchKind.INFLECTED


def test_term_forms_follow_the_matcher() -> None:
    g = load_glossary()
    entry = g["permanent-member"]
    term = next(t for t in entry.terms if t.text == "ständiges Mitglied")
    forms = {text for text, _, _ in term_forms(entry, term)}
    assert {"ständiges Mitglied", "ständigen Mitglied", "ständige Mitglieder",
            "ständigen Mitglieder"} <= forms
    lavrov = g["sergei-lavrov"]
    assert [f[0] for f in term_forms(lavrov, lavrov.terms[0])] == [lavrov.terms[0].text]
