"""Precision and recall on the annotated samples stay above a floor (bench prints them)."""

from __future__ import annotations

import pytest
from gold import load_sample, score

from aligner.aligner import Aligner

FLOORS = {"exact": (0.95, 0.95), "inflected": (0.9, 0.85), "fuzzy": (0.85, 0.8), "all": (0.95, 0.95)}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_sample_precision_and_recall(aligner: Aligner, lang: str) -> None:
    text, gold = load_sample(lang)
    assert text.count("\n\n") + 1 >= 40  # at least 40 sentences, one per paragraph
    found = [(m.start, m.end, m.entry_id, m.match.value) for m in aligner.find(text, lang=lang)]
    figures = score(found, gold)
    for kind, (p_floor, r_floor) in FLOORS.items():
        assert figures[kind]["precision"] >= p_floor, (kind, figures[kind])
        assert figures[kind]["recall"] >= r_floor, (kind, figures[kind])


def test_fuzzy_off_finds_no_fuzzy_mentions(exact_aligner: Aligner) -> None:
    text, _ = load_sample("de")
    assert all(m.match.value != "fuzzy" for m in exact_aligner.find(text, lang="de"))
