"""aligner.langdetect: English or German by stopword counts, else a clear error."""

from __future__ import annotations

import pytest

from aligner.errors import AlignerError, LanguageError
from aligner.langdetect import MIN_HITS, SAMPLE, STOPWORDS, detect_language
from glossary.errors import UsageError


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Der Außenminister sagte, dass die Gespräche weitergehen.", "de"),
        ("The foreign minister said that the talks would go on.", "en"),
        ("Lawrow und Araghtschi trafen sich in Moskau, die Gespräche waren lang.", "de"),
        ("Lavrov and Araghchi met in Moscow; the talks were long.", "en"),
    ],
    ids=["de", "en", "de-names", "en-names"],
)
def test_detects(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    "text",
    ["", "Lawrow Araghtschi Moskau", "Le ministre a parlé aux journalistes.",
     "The talks and die Gespräche und", "der"],
    ids=["empty", "names-only", "french", "mixed", "one-hit"],
)
def test_refuses_when_unsure(text: str) -> None:
    with pytest.raises(LanguageError) as err:
        detect_language(text, name="report.txt")
    assert "report.txt" in str(err.value) and "--lang" in str(err.value)
    assert isinstance(err.value, AlignerError) and isinstance(err.value, UsageError)


def test_reads_only_the_start() -> None:
    german = "Der Bericht und die Lage, das ist nicht gut. " * (SAMPLE // 40)
    english = "the talks and the report. " * (SAMPLE // 20)
    assert detect_language(german + english) == "de"
    assert detect_language(english + german) == "en"


def test_needs_twice_the_other_language() -> None:
    assert MIN_HITS >= 2
    assert detect_language("the the the and der") == "en"
    with pytest.raises(LanguageError):
        detect_language("the the der die")


def test_stopwords_are_not_shared() -> None:
    assert STOPWORDS["en"].isdisjoint(STOPWORDS["de"])
