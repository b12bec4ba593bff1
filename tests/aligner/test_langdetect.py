"""aligner.langdetect: English or German from short texts, the glossary's names as evidence."""

from __future__ import annotations

import re

import pytest
from langdetect_cases import ENGLISH, GERMAN, LATER_ENGLISH, LATER_GERMAN, UNCLEAR

from aligner._langevidence import load_evidence, parse_evidence
from aligner.aligner import LANGUAGES as ALIGNER_LANGUAGES
from aligner.aligner import Aligner
from aligner.errors import AlignerError, LanguageError
from aligner.langdetect import (
    LANGUAGES,
    SAMPLE,
    STOPWORDS,
    check_language,
    detect_language,
    guess_language,
)
from glossary.errors import UsageError

CASES = [(t, "en") for t in ENGLISH + LATER_ENGLISH] + [(t, "de") for t in GERMAN + LATER_GERMAN]


@pytest.mark.parametrize(("text", "lang"), CASES, ids=[t for t, _ in CASES])
def test_short_texts_with_the_glossary(shipped: Aligner, text: str, lang: str) -> None:
    assert 3 <= len(text.split()) <= 12
    assert detect_language(text, aligner=shipped) == lang


def test_short_texts_without_the_glossary() -> None:
    """Function words and spelling alone: most short texts, never the wrong language."""
    wrong = [t for t, lang in CASES if guess_language(t).lang not in (lang, None)]
    unsure = [t for t, lang in CASES if guess_language(t).lang is None]
    assert wrong == []
    assert len(unsure) <= len(CASES) // 10, unsure


@pytest.mark.parametrize("text", UNCLEAR, ids=list(UNCLEAR))
def test_refuses_unclear_text(shipped: Aligner, text: str) -> None:
    with pytest.raises(LanguageError) as err:
        detect_language(text, name="report.txt", aligner=shipped)
    message = str(err.value)
    assert message.startswith("report.txt: cannot tell its language: ")
    assert "--lang en or --lang de" in message
    assert isinstance(err.value, AlignerError) and isinstance(err.value, UsageError)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("Putin, Assad, Iran.", "no English or German word"),
        ("Le ministre a parlé aux journalistes.", "does not look like English or German"),
        ("Путин встретился с Лавровым.", "no English or German word"),
        ("Moscow Moskau", "too little text"),
        ("The talks and die Gespräche und", "a mix of English and German"),
    ],
)
def test_says_why(shipped: Aligner, text: str, why: str) -> None:
    with pytest.raises(LanguageError, match=why):
        detect_language(text, aligner=shipped)


@pytest.mark.parametrize("text", ["", "   \n\t", "\r\n"])
def test_empty_input(text: str) -> None:
    with pytest.raises(LanguageError, match="^bericht.txt: input is empty$"):
        detect_language(text, name="bericht.txt")


def test_glossary_names_vote_only_when_one_language_writes_them_so(shipped: Aligner) -> None:
    # Moskau and Lawrow are German only; Putin, Iran and Araghchi are written so in both
    assert dict(guess_language("Lawrow Moskau", aligner=shipped).scores) == {"de": 2, "en": 0}
    assert guess_language("Putin Iran Araghchi", aligner=shipped).scores[0][1] == 0
    assert dict(guess_language("Lawrow Moskau").scores)["de"] == 0  # no glossary, no votes


def test_reads_only_the_start() -> None:
    german = "Der Bericht und die Lage, das ist nicht gut. " * (SAMPLE // 40)
    english = "the talks and the report. " * (SAMPLE // 20)
    assert detect_language(german + english) == "de"
    assert detect_language(english + german) == "en"


@pytest.mark.parametrize("tag", ["en", "de", "de-AT", "en-GB", "DE"])
def test_check_language_accepts_what_the_aligner_reads(tag: str) -> None:
    assert check_language(tag, option="--lang") == tag


@pytest.mark.parametrize("tag", ["fr", "fa", "ru", "und"])
def test_check_language_refuses_others(tag: str) -> None:
    with pytest.raises(LanguageError, match=f"^--from {tag}: termaid reads English and German"):
        check_language(tag, option="--from")


def test_languages_are_the_aligners() -> None:
    assert LANGUAGES == ALIGNER_LANGUAGES


def test_word_lists_are_disjoint() -> None:
    evidence = load_evidence()
    en, de = set(evidence.words["en"]), set(evidence.words["de"])
    assert en.isdisjoint(de)
    assert (en | de).isdisjoint(evidence.shared)
    for word in ("in", "an", "so", "was", "war", "die", "will", "also", "hat", "man"):
        assert word in evidence.shared
    assert STOPWORDS["en"] >= en | evidence.shared and STOPWORDS["de"] >= de


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("the 2\n", "'the' before any section"),
        ("[fr words]\nle\n", "unknown or repeated section '[fr words]'"),
        ("[en words]\nthe\n[en words]\n", "unknown or repeated section '[en words]'"),
        ("[en words]\nthe two\n", "bad weight 'two'"),
        ("[both endings]\ning\n", "unknown or repeated section"),
    ],
)
def test_data_file_errors_name_the_line(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=r"aligner/data/langdetect.txt:\d+: " + re.escape(message)):
        parse_evidence(text)
