"""Glossary-enforced translation through the real aligner and the tiny Argos models."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from aligner import Aligner
from aligner.translate.backend import Translator
from aligner.translate.enforce import enforce_translation
from glossary import load_glossary

Translators = dict[tuple[str, str], Translator]
GLOSSARY = Path(__file__).resolve().parents[2] / "fixtures" / "translate" / "glossary.yaml"


@pytest.fixture(scope="module")
def aligner() -> Aligner:
    return Aligner(load_glossary(GLOSSARY))


@pytest.mark.parametrize(
    ("pair", "source", "expected"),
    [
        (
            ("en", "de"),
            "Araghchi met Lavrov's deputy in Moscow.",
            "Araghtschi met Lawrows deputy in Moskau.",
        ),
        (
            ("de", "en"),
            "Araghtschi traf Lawrow in Moskau. Lawrows Besuch in Teheran endete.",
            "Araghchi traf Lavrov in Moscow. Lavrov's Besuch in Tehran endete.",
        ),
        (
            ("de", "en"),
            "Sergej Lawrow und Abbas Araghchi sprachen.",
            "Sergei Lavrov und Abbas Araghchi sprachen.",
        ),
        (
            ("en", "de"),
            "Mir cards now work with Shetab.\n\nThe Russia–Iran alliance grows.",
            "Mir cards now work with Shetab.\n\nThe Russland-Iran-Bündnis grows.",
        ),
    ],
    ids=[
        "names-and-possessive",
        "genitive-to-possessive",
        "variant-and-deprecated",
        "do-not-translate",
    ],
)
def test_echo_model_gets_the_target_forms(
    aligner: Aligner,
    echo_translators: Translators,
    pair: tuple[str, str],
    source: str,
    expected: str,
) -> None:
    result = enforce_translation(
        source,
        aligner=aligner,
        translator=echo_translators[pair],
        from_code=pair[0],
        to_code=pair[1],
    )
    assert result.text == expected
    assert not result.missing
    assert not any(s.lost or s.piecewise for s in result.sentences)


def test_source_is_normalized_first(aligner: Aligner, echo_translators: Translators) -> None:
    result = enforce_translation(
        "Abbas Araghchi kam nach Moskau.",  # deprecated German spelling
        aligner=aligner,
        translator=echo_translators["de", "en"],
        from_code="de",
        to_code="en",
    )
    assert result.source.text == "Abbas Araghtschi kam nach Moskau."
    assert [(c.old, c.new) for c in result.source.changes] == [
        ("Abbas Araghchi", "Abbas Araghtschi")
    ]
    assert result.sentences[0].protected == "{0} kam nach {1}."
    assert result.text == "Abbas Araghchi kam nach Moscow."


class Scripted:
    """A model that answers every sentence with a fixed text (what a real model may write)."""

    def __init__(self, answer: str) -> None:
        self.answer = answer

    def translate_sentences(self, sentences: Sequence[str]) -> tuple[str, ...]:
        return tuple(self.answer for _ in sentences)


def test_output_is_normalized_and_discouraged_terms_reported(aligner: Aligner) -> None:
    model = Scripted("Abbas Araghchi sprach über Strafmaßnahmen gegen Schetab.")
    result = enforce_translation(
        "Sanctions were discussed.", aligner=aligner, translator=model, from_code="en", to_code="de"
    )
    assert result.text == "Abbas Araghtschi sprach über Sanktionen gegen Shetab."
    assert [
        (f.entry_id, f.surface, f.status, f.replacement, f.remains) for f in result.forbidden
    ] == [
        ("abbas-araghchi", "Abbas Araghchi", "deprecated", "Abbas Araghtschi", False),
        ("sanctions", "Strafmaßnahmen", "deprecated", "Sanktionen", False),
        ("shetab", "Schetab", "forbidden", "Shetab", False),
    ]
    assert [(c.entry_id, c.target_forms) for c in result.coverage] == [
        ("sanctions", ("Sanktionen",))
    ]


def test_random_model_keeps_every_protected_name(
    aligner: Aligner, random_translators: Translators
) -> None:
    source = (
        "Araghchi met Lavrov in Moscow. Mir cards work with Shetab. The Russia–Iran alliance grows."
    )
    result = enforce_translation(
        source,
        aligner=aligner,
        translator=random_translators["en", "de"],
        from_code="en",
        to_code="de",
    )
    covered = {c.entry_id: c.covered for c in result.coverage}
    assert covered == {
        "abbas-araghchi": True,
        "mir": True,
        "moscow": True,
        "russia-iran-alliance": False,  # left to the model, which wrote nonsense
        "sergei-lavrov": True,
        "shetab": True,
    }
    assert [c.entry_id for c in result.missing] == ["russia-iran-alliance"]
    assert [s.lost for s in result.sentences] == [
        ("abbas-araghchi", "sergei-lavrov", "moscow"),
        ("mir", "shetab"),
        (),
    ]
    assert [s.piecewise for s in result.sentences] == [True, True, False]


def test_json_carries_translation_mentions_and_report(
    aligner: Aligner, echo_translators: Translators
) -> None:
    result = enforce_translation(
        "Lawrow traf Araghtschi.",
        aligner=aligner,
        translator=echo_translators["de", "en"],
        from_code="de",
        to_code="en",
    )
    data = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
    assert data["translation"] == "Lavrov traf Araghchi."
    assert (data["from"], data["to"]) == ("de", "en")
    assert [m["id"] for m in data["source"]["mentions"]] == ["sergei-lavrov", "abbas-araghchi"]
    target = data["target"]["mentions"]
    assert [(m["id"], m["start"], m["end"]) for m in target] == [
        ("sergei-lavrov", 0, 6),
        ("abbas-araghchi", 12, 20),
    ]
    assert data["report"]["missing"] == []
    assert data["report"]["placeholders_lost"] == 0
    assert [e["id"] for e in data["report"]["entities"]] == ["abbas-araghchi", "sergei-lavrov"]
