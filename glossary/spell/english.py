"""English media spelling of Russian names: an iuliia schema read from ``data/ru-en.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from iuliia.schema import TranslitSchema  # type: ignore[import-untyped]  # ships no py.typed

from ._words import recase, respell
from .table import read_table

__all__ = ["ENGLISH_TABLE", "EnglishRules", "spell_english"]

#: The shipped table: iuliia's Wikipedia schema with the press's changes, each commented.
ENGLISH_TABLE = Path(__file__).parent / "data" / "ru-en.yaml"

_SCHEMA_FIELDS = frozenset({"mapping", "prev_mapping", "next_mapping", "ending_mapping"})


@dataclass(frozen=True, slots=True)
class EnglishRules:
    """An iuliia transliteration schema and the whole words written by tradition."""

    schema: TranslitSchema
    words: dict[str, str]  # casefolded Cyrillic word -> spelling

    @classmethod
    def read(cls, path: Path) -> EnglishRules:
        table = read_table(path, fields=frozenset({"schema", "words"}))
        fields = table["schema"].mapping(keys=_SCHEMA_FIELDS)
        missing = _SCHEMA_FIELDS - fields.keys()
        if missing:
            raise table["schema"].fail(f"missing field(s): {', '.join(sorted(missing))}")
        maps = {name: node.strings() for name, node in fields.items()}
        for name, width in (("mapping", {1}), ("prev_mapping", {1, 2}),
                            ("next_mapping", {2}), ("ending_mapping", {2})):
            bad = [k for k in maps[name] if len(k) not in width]
            if bad:
                raise fields[name].fail(f"{name}: key {bad[0]!r} has the wrong length")
        schema = TranslitSchema(name=path.stem, **maps)
        words = {k.casefold(): v for k, v in table["words"].strings(cyrillic_keys=False).items()}
        return cls(schema=schema, words=words)

    def spell_word(self, word: str) -> str:
        """One Cyrillic word in English spelling, capitalised like *word*."""
        fixed = self.words.get(word.casefold())
        if fixed is not None:
            return recase(fixed, word)
        return recase(str(self.schema.translate(word.casefold())), word)


@cache
def _shipped() -> EnglishRules:
    return EnglishRules.read(ENGLISH_TABLE)


def spell_english(text: str, *, rules: EnglishRules | None = None) -> str:
    """*text* with its Russian words as English-language media spell them.

    >>> spell_english("Сергей Шойгу, Мария Захарова, Евгений Пригожин")
    'Sergei Shoigu, Maria Zakharova, Yevgeny Prigozhin'
    """
    table = rules if rules is not None else _shipped()
    return respell(text, table.spell_word)
