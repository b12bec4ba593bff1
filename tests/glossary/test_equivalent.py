"""glossary.equivalent: the one rule for the term an entry's term becomes in a language."""

from __future__ import annotations

import pytest

from glossary import Glossary, load_glossary
from glossary.equivalent import equivalent


@pytest.fixture(scope="module")
def shipped() -> Glossary:
    return load_glossary()


@pytest.mark.parametrize(
    ("entry_id", "term", "lang", "to", "expected"),
    [
        ("sergei-lavrov", "Lavrov", "en", "de", "Lawrow"),  # a surname stays a surname
        ("sergei-lavrov", "Sergey Lavrov", "en", "de", "Sergei Lawrow"),
        ("sergei-lavrov", "Sergei Lavrov", "en", "de", "Sergei Lawrow"),  # transliteration
        ("sergei-lavrov", "Sergej Lawrow", "de", "de", "Sergei Lawrow"),  # respelled in-language
        ("sergei-lavrov", "Lawrow", "de", "en", "Lavrov"),
        ("vladimir-putin", "Putin", "en", "de", "Putin"),
        ("islamic-revolutionary-guard-corps", "IRGC", "en", "de", "IRGC"),  # acronym
        ("sanctions", "Western sanctions", "en", "de", "westliche Sanktionen"),  # counterpart
        ("russia-iran-alliance", "Moscow–Tehran axis", "en", "de", "Achse Moskau–Teheran"),
        ("houthis", "Houthi movement", "en", "de", "Huthi-Bewegung"),
        ("shahed-136", "Geran-2", "en", "de", "Geran-2"),  # another name, spelled alike
        ("united-states", "United States", "en", "de", "Vereinigte Staaten"),  # plain name
        ("united-states", "America", "en", "de", "Amerika"),
        ("beijing", "Beijing", "en", "de", "Peking"),
        ("ukraine", "the Ukraine", "en", "en", "Ukraine"),  # deprecated
        ("bashar-al-assad", "Baschar Assad", "de", "de", "Baschar Assad"),  # an admitted variant stays
    ],
)
def test_equivalent(shipped: Glossary, entry_id: str, term: str, lang: str, to: str,
                    expected: str) -> None:
    entry = shipped[entry_id]
    source = next(t for t in entry.terms if t.text == term and t.lang == lang)
    result = equivalent(entry, source, to)
    assert result is not None and result.text == expected


def test_no_term_in_good_standing_there_gives_none(shipped: Glossary) -> None:
    entry = shipped["sergei-lavrov"]
    assert not entry.terms_in("zh") and equivalent(entry, entry.terms[0], "zh") is None
