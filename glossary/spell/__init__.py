"""Spelling Russian names in German and English from their Cyrillic form.

German follows the Duden transcription the German press uses (Лавров -> Lawrow), English
the simplified BGN/PCGN of English-language media (Lavrov); both are rule tables under
``data/`` with a comment on every rule.

>>> spell("Сергей Лавров")
Spelling(source='Сергей Лавров', de='Sergei Lawrow', en='Sergei Lavrov')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import UsageError
from .english import ENGLISH_TABLE, EnglishRules, spell_english
from .german import GERMAN_TABLE, GermanRules, spell_german

__all__ = [
    "ENGLISH_TABLE",
    "GERMAN_TABLE",
    "EnglishRules",
    "GermanRules",
    "Spelling",
    "spell",
    "spell_english",
    "spell_german",
]


@dataclass(frozen=True, slots=True)
class Spelling:
    """A Cyrillic *source* and its German and English spellings."""

    source: str
    de: str
    en: str

    def to_dict(self) -> dict[str, str]:
        return {"source": self.source, "de": self.de, "en": self.en}


_CYRILLIC = re.compile("[А-Яа-яЁё]")


def spell(source: str) -> Spelling:
    """The German and English spellings of the Russian words in *source*.

    Raises :class:`~glossary.errors.UsageError` when *source* has no Cyrillic letter
    (there is nothing to spell, and echoing it would look like an answer).
    """
    if not _CYRILLIC.search(source):
        raise UsageError(f"no Cyrillic letters to spell in {source!r}")
    return Spelling(source=source, de=spell_german(source), en=spell_english(source))
