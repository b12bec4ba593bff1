"""German press spelling of Russian names: the Duden table, rule by rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary import GlossaryFormatError
from glossary.spell import GERMAN_TABLE, GermanRules, spell_german

CASES = [
    ("Лавров", "Lawrow", "в is w"),
    ("Шойгу", "Schoigu", "ш is sch, й before a consonant is i"),
    ("Жуков", "Schukow", "ж is sch"),
    ("Захарова", "Sacharowa", "з is s, х is ch"),
    ("Евгений", "Jewgeni", "е at the start is je, -ий is -i"),
    ("Кириенко", "Kirijenko", "е after a vowel is je"),
    ("Наталья", "Natalja", "ь before я is not written"),
    ("Ильич", "Iljitsch", "и after ь is ji, ч is tsch"),
    ("Горбачёв", "Gorbatschow", "ё after ч is o"),
    ("Пётр", "Pjotr", "ё after a consonant is jo"),
    ("Белоусов", "Beloussow", "с between vowels is ss"),
    ("Астрахань", "Astrachan", "final ь is not written"),
    ("Навальный", "Nawalny", "-ый is -y"),
    ("Новороссийск", "Noworossijsk", "й after и before a consonant is j"),
    ("Йошкар-Ола", "Joschkar-Ola", "й before a vowel is j; hyphen kept"),
    ("Майя", "Maja", "й before я is not written"),
    ("Ельцин", "Jelzin", "ц is z"),
    ("Хрущёв", "Chruschtschow", "щ is schtsch, ё after щ is o"),
    ("Эльвира", "Elwira", "э is e"),
    ("Алексей", "Alexei", "a whole word fixed by tradition"),
    ("ЛАВРОВ", "LAWROW", "capitals stay capitals"),
    ("лавров", "lawrow", "lower case stays lower case"),
    ("Сергей Лавров (МИД)", "Sergei Lawrow (MID)", "non-letters are kept"),
]


@pytest.mark.parametrize(("source", "expected", "rule"), CASES, ids=[c[2] for c in CASES])
def test_german_rule(source: str, expected: str, rule: str) -> None:
    assert spell_german(source) == expected


def test_latin_text_is_copied() -> None:
    assert spell_german("Lavrov 2024") == "Lavrov 2024"


def test_the_shipped_table_reads() -> None:
    rules = GermanRules.read(GERMAN_TABLE)
    assert set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя") == set(rules.letters)


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("classes: {}\nletters: {a: b}\ncontexts: []\nendings: {}\nwords: {}\n", 2,
         "not lowercase Russian letters"),
        ("classes: {}\nletters: {}\ncontexts:\n  - {letter: е, out: je}\nendings: {}\nwords: {}\n",
         4, "needs `after` or `before`"),
        (("classes: {}\nletters: {}\ncontexts:\n  - {letter: е, after: [vowl], out: je}\n"
          "endings: {}\nwords: {}\n"), 4, "'vowl' is not lowercase Russian letters"),
        ("classes: {}\nletters: {}\ncontexts: []\nendings: {}\nwords: {}\nextra: 1\n", 6,
         "unknown field 'extra'"),
        ("classes: {}\nletters: {}\ncontexts: []\nendings: {}\n", 1, "missing field(s): words"),
    ],
    ids=["latin key", "rule without context", "unknown class", "unknown field", "missing field"],
)
def test_a_bad_table_names_file_and_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    table = tmp_path / "ru-de.yaml"
    table.write_text(text, encoding="utf-8")
    with pytest.raises(GlossaryFormatError) as err:
        GermanRules.read(table)
    (problem,) = err.value.problems
    assert (problem.path, problem.line) == (str(table), line)
    assert message in problem.message
