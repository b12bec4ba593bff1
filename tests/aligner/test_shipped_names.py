"""The shipped glossary in running text: new names are found, ordinary words are not,
and Persian names are spelled consistently under the transliteration key."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from aligner import Aligner
from aligner.translit import MATCH_THRESHOLD, name_similarity
from glossary import DEFAULT_GLOSSARY, EntryType, Glossary, load_glossary

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "glossary"

#: The entries both texts name (the German one says the same as the English one).
NAMED = {
    "tehran", "moscow", "iran-israel-war", "sergei-shoigu", "security-council-of-russia",
    "ali-larijani", "supreme-national-security-council", "andrei-belousov",
    "valery-gerasimov", "quds-force", "esmail-qaani", "kataib-hezbollah", "iraq",
    "qasem-soleimani", "iran", "su-35", "s-400", "russia", "yak-130", "fath-360",
    "shahed-131", "alabuga-special-economic-zone", "farzaneh-sadegh", "rasht-astara-railway",
    "alexei-overchuk", "international-north-south-transport-corridor", "astrakhan",
    "bandar-anzali", "bandar-abbas", "chabahar", "mumbai", "iaea-board-of-governors",
    "rafael-grossi", "fordow-fuel-enrichment-plant", "natanz-nuclear-facility",
    "isfahan-nuclear-technology-center", "mikhail-ulyanov", "e3", "snapback",
    "un-security-council-resolution-2231", "alexei-miller", "gazprom", "gas-hub",
    "alexander-novak", "opec-plus",
}
#: Each text and where its paragraph of ordinary words begins (salami, arak, Miller,
#: Novak, trump, XI, Wagner, Khayyam, SWR, Zusatzprotokoll used as ordinary words).
TEXTS = {
    "en": ("coverage.en.txt", "Ordinary words stay ordinary."),
    "de": ("coverage.de.txt", "Gewöhnliche Wörter bleiben gewöhnlich."),
}


@pytest.fixture(scope="module")
def shipped() -> Glossary:
    return load_glossary(DEFAULT_GLOSSARY)


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_new_names_are_found_and_ordinary_words_are_not(shipped: Glossary, lang: str) -> None:
    name, ordinary = TEXTS[lang]
    text = (FIX / name).read_text(encoding="utf-8")
    mentions = Aligner(shipped).find(text, lang=lang)
    cut = text.index(ordinary)
    assert {m.entry_id for m in mentions if m.start < cut} == NAMED
    assert [(m.surface, m.entry_id) for m in mentions if m.start >= cut] == []


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_check_finds_nothing_in_the_texts(lang: str) -> None:
    path = FIX / TEXTS[lang][0]
    proc = subprocess.run([sys.executable, "-m", "termaid", "check", str(path), "--lang", lang],
                          capture_output=True, text=True, encoding="utf-8", check=False)
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "", "")


def _persian_names(glossary: Glossary) -> list[tuple[str, str, str, str | None]]:
    """(id, German, English, note on the German) for every Iranian person or place:
    the preferred forms, and the surnames where both languages list one."""
    pairs = []
    for entry in glossary:
        if (entry.type not in (EntryType.PERSON, EntryType.PLACE) or entry.preferred("fa") is None
                or not (entry.note or "").startswith("Iranian")):
            continue
        de, en = entry.preferred("de"), entry.preferred("en")
        assert de is not None and en is not None, entry.id
        pairs.append((entry.id, de.text, en.text, de.note))
        surnames = [[t for t in entry.terms_in(lang) if t.type is not None
                     and t.type.value == "surname" and not t.status.discouraged]
                    for lang in ("de", "en")]
        if surnames[0] and surnames[1]:
            pairs.append((entry.id, surnames[0][0].text, surnames[1][0].text, surnames[0][0].note))
    return pairs


def test_persian_names_agree_under_the_transliteration_key(shipped: Glossary) -> None:
    """Persian script has no short vowels, so German and English forms are written by
    hand; each German form must match its English one under the key, or say why not."""
    pairs = _persian_names(shipped)
    assert len({p[0] for p in pairs}) >= 40
    unexplained = [(i, de, en) for i, de, en, note in pairs
                   if name_similarity(de, "de", en, "en") < MATCH_THRESHOLD and not note]
    assert unexplained == []
