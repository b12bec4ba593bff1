"""Extractive summaries across English and German sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner import Aligner
from aligner.source import Source
from aligner.summarize import summarize
from glossary import load_glossary

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "translate"


@pytest.fixture(scope="module")
def aligner() -> Aligner:
    return Aligner(load_glossary(FIXTURES / "glossary.yaml"))


@pytest.fixture(scope="module")
def documents() -> list[Source]:
    return [
        Source(name, (FIXTURES / "articles" / name).read_text(encoding="utf-8"), lang)
        for name, lang in (("report.en.txt", "en"), ("bericht.de.txt", "de"))
    ]


def test_picks_salient_sentences_in_source_order(
    aligner: Aligner, documents: list[Source]
) -> None:
    summary = summarize(documents, aligner=aligner, sentences=3)
    assert [(p.source, p.index) for p in summary.picks] == [
        ("bericht.de.txt", 1),
        ("bericht.de.txt", 2),
        ("bericht.de.txt", 3),
    ]
    first = summary.picks[0]
    assert first.entities == ("abbas-araghchi", "moscow", "sergei-lavrov")
    assert documents[1].text[first.start : first.end] == first.text
    assert summary.text == "\n\n".join(p.text for p in summary.picks)


def test_redundancy_across_languages_is_removed(
    aligner: Aligner, documents: list[Source]
) -> None:
    """The English report says what the German one says: its twin sentences are skipped."""
    picks = summarize(documents, aligner=aligner, sentences=5).picks
    entity_sets = [frozenset(p.entities) for p in picks]
    assert len(set(entity_sets)) == len(entity_sets)
    assert not any(p.source == "report.en.txt" and "Lavrov said" in p.text for p in picks)


def test_single_source_keeps_lead_and_skips_headline(
    aligner: Aligner, documents: list[Source]
) -> None:
    picks = summarize(documents[:1], aligner=aligner, sentences=2).picks
    assert [p.index for p in picks] == [1, 3]  # 3 names Lavrov, Mir and Shetab; 2 only two
    assert picks[0].text.startswith("Foreign Minister Abbas Araghchi met")


def test_more_sentences_than_text_has(aligner: Aligner) -> None:
    picks = summarize(
        [Source("a", "Lawrow kam. Er ging.", "de")], aligner=aligner, sentences=10
    ).picks
    assert [p.text for p in picks] == ["Lawrow kam.", "Er ging."]


def test_deterministic(aligner: Aligner, documents: list[Source]) -> None:
    assert summarize(documents, aligner=aligner) == summarize(documents, aligner=aligner)


def test_needs_a_sentence(aligner: Aligner, documents: list[Source]) -> None:
    with pytest.raises(ValueError, match="at least one sentence"):
        summarize(documents, aligner=aligner, sentences=0)
