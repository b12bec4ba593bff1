"""The entity table: tallies merge in any order, forms are checked against the glossary."""

from __future__ import annotations

import csv
import io
import json
import random
from pathlib import Path

import pytest

from aligner.aligner import Aligner
from aligner.corpus.table import Tally, entity_table
from glossary import check_glossary

TEXTS = [
    ("dpa", "de", "Lawrow traf Araghchi. Sergej Lawrow und Lawrows Sprecherin. Marija Zacharowa."),
    ("reuters", "en", "Lavrov met Araghchi. Sergey Lavrov spoke. Maria Sacharova said no."),
    ("dpa", "en", "Lawrow met the Houthis in Tehran. Massud Pezeshkiyan agreed."),
    ("tass", "de", "Peskow und Lawrow in Teheran."),
]


def _tally(shipped: Aligner, texts: list[tuple[str, str, str]]) -> Tally:
    tally = Tally()
    for source, lang, text in texts:
        tally.add(shipped.mentions(text, lang=lang), source=source, lang=lang)
    return tally


def test_tallies_merge_in_any_split_and_order(shipped: Aligner) -> None:
    whole = _tally(shipped, TEXTS).to_dict()
    rng = random.Random(3)
    for _ in range(5):
        texts = TEXTS[:]
        rng.shuffle(texts)
        cut = rng.randint(0, len(texts))
        merged = _tally(shipped, texts[:cut])
        merged.merge(Tally.from_dict(json.loads(json.dumps(_tally(shipped, texts[cut:]).to_dict()))))
        assert merged.to_dict() == whole


def test_rows_count_per_source_and_language_and_flag_unlisted_forms(shipped: Aligner) -> None:
    table = entity_table(_tally(shipped, TEXTS), shipped.entries)
    rows = {r.entry_id: r for r in table.entities}
    lavrov = rows["sergei-lavrov"]
    assert lavrov.total == 7
    assert dict(lavrov.by_source) == {"dpa": 4, "reuters": 2, "tass": 1}
    assert dict(lavrov.by_lang) == {"de": 4, "en": 3}
    assert lavrov.by_source_lang == (("dpa", "de", 3), ("dpa", "en", 1), ("reuters", "en", 2),
                                     ("tass", "de", 1))
    forms = {(f.form, f.lang): (f.count, f.listed) for f in lavrov.forms}
    assert forms[("Lawrow", "de")] == (3, True)  # Lawrows counts as its stem
    assert forms[("Lawrow", "en")] == (1, False)  # the German form in English text
    assert table.sources == ("dpa", "reuters", "tass") and table.languages == ("de", "en")
    assert {(s.entry_id, s.lang, s.text) for s in table.suggestions} >= {
        ("maria-zakharova", "de", "Marija Zacharowa"), ("maria-zakharova", "en", "Maria Sacharova")}


def test_csv_has_a_column_per_language_and_source(shipped: Aligner) -> None:
    table = entity_table(_tally(shipped, TEXTS), shipped.entries)
    rows = list(csv.DictReader(io.StringIO(table.to_csv())))
    assert list(rows[0]) == ["id", "type", "label", "total", "lang:de", "lang:en", "source:dpa",
                             "source:reuters", "source:tass", "forms", "unlisted"]
    lavrov = next(r for r in rows if r["id"] == "sergei-lavrov")
    assert (lavrov["total"], lavrov["lang:de"], lavrov["source:tass"]) == ("7", "4", "1")
    assert "Lawrow (en) ×1" in lavrov["unlisted"] and "Lawrow (de)" not in lavrov["unlisted"]


def test_suggestions_are_a_glossary_file_to_review(shipped: Aligner, tmp_path: Path) -> None:
    table = entity_table(_tally(shipped, TEXTS), shipped.entries)
    path = tmp_path / "suggestions.yaml"
    path.write_text(table.suggestions_yaml(shipped.entries), encoding="utf-8")
    glossary, problems = check_glossary(path)
    assert not problems
    assert {e.id for e in glossary} >= {"maria-zakharova", "masoud-pezeshkian"}


@pytest.mark.parametrize("texts", [[], TEXTS[:1], TEXTS], ids=["empty", "one", "all"])
def test_json_round_trips(shipped: Aligner, texts: list[tuple[str, str, str]]) -> None:
    table = entity_table(_tally(shipped, texts), shipped.entries)
    data = json.loads(table.to_json())
    assert data == table.to_dict()
    lines = table.to_json().splitlines()  # one entity per line, to read and diff
    if data["entities"]:
        at = lines.index('"entities": [')
        assert [json.loads(line.rstrip(",")) for line in lines[at + 1: at + 1 + len(data["entities"])]] \
            == data["entities"]
