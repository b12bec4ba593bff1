"""English media spelling of Russian names: iuliia's engine on the shipped schema."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary import GlossaryFormatError, UsageError
from glossary.spell import ENGLISH_TABLE, EnglishRules, Spelling, spell, spell_english

CASES = [
    ("Сергей Лавров", "Sergei Lavrov", "final й after a vowel is i"),
    ("Шойгу", "Shoigu", "й before a consonant is i"),
    ("Жуков", "Zhukov", "ж is zh"),
    ("Захарова", "Zakharova", "х is kh"),
    ("Евгений Пригожин", "Yevgeny Prigozhin", "е at the start is ye, -ий is -y"),
    ("Кириенко", "Kiriyenko", "е after a vowel is ye"),
    ("Горбачёв", "Gorbachev", "ё after ч is e"),
    ("Пётр", "Pyotr", "ё after a consonant is yo"),
    ("Эльвира Набиуллина", "Elvira Nabiullina", "ь is not written"),
    ("Ильич", "Ilyich", "ь before и is y"),
    ("Навальный", "Navalny", "-ый is -y"),
    ("Толстой", "Tolstoy", "-ой at the end is -oy"),
    ("Новороссийск", "Novorossiysk", "й after и is y"),
    ("Майя", "Maya", "й before я is not written"),
    ("Достоевский", "Dostoyevsky", "-ский is -sky"),
    ("Мария", "Maria", "a given name fixed by the press"),
    ("Юрий Ушаков", "Yuri Ushakov", "Yuri, not Yury"),
    ("Алексей Лихачёв", "Alexei Likhachev", "Greek-origin name with x"),
    ("ШОЙГУ", "SHOIGU", "capitals stay capitals"),
]


@pytest.mark.parametrize(("source", "expected", "rule"), CASES, ids=[c[2] for c in CASES])
def test_english_rule(source: str, expected: str, rule: str) -> None:
    assert spell_english(source) == expected


def test_spell_gives_both_languages() -> None:
    assert spell("Георгий Жуков") == Spelling("Георгий Жуков", de="Georgi Schukow", en="Georgy Zhukov")


def test_spell_refuses_text_without_cyrillic() -> None:
    with pytest.raises(UsageError, match="no Cyrillic letters"):
        spell("Lavrov")


def test_the_shipped_schema_reads() -> None:
    rules = EnglishRules.read(ENGLISH_TABLE)
    assert rules.words["юрий"] == "Yuri"


def test_a_bad_schema_names_file_and_line(tmp_path: Path) -> None:
    table = tmp_path / "ru-en.yaml"
    table.write_text("schema:\n  mapping: {а: a}\n  prev_mapping: {}\n  next_mapping: {й: y}\n"
                     "  ending_mapping: {}\nwords: {}\n", encoding="utf-8")
    with pytest.raises(GlossaryFormatError) as err:
        EnglishRules.read(table)
    (problem,) = err.value.problems
    assert (problem.path, problem.line) == (str(table), 4)
    assert "next_mapping: key 'й' has the wrong length" in problem.message
