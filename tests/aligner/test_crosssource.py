"""aligner.crosssource: per entity, which source names it how often and how."""

from __future__ import annotations

import yaml

from aligner.aligner import Aligner
from aligner.crosssource import Alignment, Source, align_sources, suggestions_yaml
from glossary import Glossary
from glossary.loader import read_entries

EN = Source("a.en.txt", "Lavrov met Araghchi in Moscow. Lavrov's talks went on.", "en")
DE = Source("b.de.txt", "Sergej Lawrow traf Araghtschi in Moskau. Lawrow sprach lange mit "
                        "Araghchi.", "de")


def _align(aligner: Aligner, *sources: Source) -> Alignment:
    return align_sources(aligner, sources)


def test_counts_and_forms_per_source(aligner: Aligner) -> None:
    result = _align(aligner, EN, DE)
    assert result.sources == ("a.en.txt", "b.de.txt")
    lavrov = next(e for e in result.entities if e.entry_id == "sergei-lavrov")
    en, de = lavrov.sources
    assert (en.source, en.count, en.forms) == ("a.en.txt", 2, (("Lavrov", 2),))
    assert (de.source, de.count) == ("b.de.txt", 2)
    assert dict(de.forms) == {"Sergej Lawrow": 1, "Lawrow": 1}
    assert lavrov.only_in is None


def test_entities_in_one_source_only(aligner: Aligner) -> None:
    result = _align(aligner, EN, Source("c.de.txt", "Putin sprach in Moskau.", "de"))
    only = {e.entry_id: e.only_in for e in result.entities}
    assert only["vladimir-putin"] == "c.de.txt"
    assert only["sergei-lavrov"] == "a.en.txt"
    assert only["moscow"] is None


def test_spellings_off_the_preferred_forms(aligner: Aligner) -> None:
    result = _align(aligner, DE)
    araghchi = next(e for e in result.entities if e.entry_id == "abbas-araghchi")
    # "Araghchi" is a deprecated German form; "Araghtschi" is preferred
    assert ("b.de.txt", "Araghchi", "Araghtschi") in araghchi.off_preferred  # a surname stays one
    assert all(form != "Araghtschi" for _, form, _ in araghchi.off_preferred)


def test_fuzzy_mentions_become_suggestions(aligner: Aligner) -> None:
    result = _align(aligner, EN, DE)
    suggested = {(s.entry_id, s.lang, s.text): s for s in result.suggestions}
    assert set(suggested) == {("sergei-lavrov", "de", "Sergej Lawrow"),
                              ("sergei-lavrov", "de", "Lawrow")}
    s = suggested[("sergei-lavrov", "de", "Lawrow")]
    assert s.count == 1 and s.sources == ("b.de.txt",) and 0.8 <= s.score < 1.0


def test_suggestions_yaml_is_a_glossary_file(aligner: Aligner, test_glossary: Glossary) -> None:
    text = suggestions_yaml(_align(aligner, EN, DE), test_glossary)
    entries, problems = read_entries(text, name="suggested.yaml")
    assert problems == []
    (entry,) = entries
    assert entry.id == "sergei-lavrov" and entry.type.value == "person"
    assert {(t.text, t.lang, t.status.value) for t in entry.terms} == {
        ("Sergej Lawrow", "de", "admitted"), ("Lawrow", "de", "admitted")}
    assert all("b.de.txt" in (t.note or "") for t in entry.terms)


def test_no_suggestions(aligner: Aligner, test_glossary: Glossary) -> None:
    text = suggestions_yaml(_align(aligner, EN), test_glossary)
    assert yaml.safe_load(text) == {"entries": []}


def test_result_is_json_ready(aligner: Aligner) -> None:
    data = _align(aligner, EN, DE).to_dict()
    assert data["sources"] == ["a.en.txt", "b.de.txt"]
    lavrov = next(e for e in data["entities"] if e["id"] == "sergei-lavrov")
    assert lavrov["sources"][0] == {"source": "a.en.txt", "count": 2, "forms": {"Lavrov": 2}}
    assert {s["term"] for s in data["suggestions"]} == {"Sergej Lawrow", "Lawrow"}
