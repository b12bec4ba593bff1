"""German press spelling of Russian names (Duden transcription), driven by ``data/ru-de.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ._words import recase, respell
from .table import Node, read_table

__all__ = ["GERMAN_TABLE", "GermanRules", "Rule", "spell_german"]

#: The shipped rule table, with a comment on every rule.
GERMAN_TABLE = Path(__file__).parent / "data" / "ru-de.yaml"

_START, _END = "^", "$"


@dataclass(frozen=True, slots=True)
class Rule:
    """*letter* is written *out* when the letter before is in *after* and the one after
    in *before* (an empty set: anything; ``^``/``$``: the word's start/end)."""

    letter: str
    out: str
    after: frozenset[str]
    before: frozenset[str]

    def fits(self, prev: str, next_: str) -> bool:
        return (not self.after or prev in self.after) and (not self.before or next_ in self.before)


@dataclass(frozen=True, slots=True)
class GermanRules:
    """A parsed table: default letters, context rules (first fit wins), endings, whole words."""

    letters: dict[str, str]
    rules: dict[str, tuple[Rule, ...]]
    endings: tuple[tuple[str, str], ...]  # longest first
    words: dict[str, str]  # casefolded Cyrillic word -> spelling

    @classmethod
    def read(cls, path: Path) -> GermanRules:
        table = read_table(path, fields=frozenset(
            {"classes", "letters", "contexts", "endings", "words"}))
        classes = {name: frozenset(node.cyrillic()) for name, node in table["classes"].mapping().items()}
        letters = table["letters"].strings()
        bad = [k for k in letters if len(k) != 1]
        if bad:
            raise table["letters"].fail(f"keys must be single letters, not {bad[0]!r}")
        rules: dict[str, list[Rule]] = {}
        for item in table["contexts"].sequence():
            rule = _read_rule(item, classes)
            rules.setdefault(rule.letter, []).append(rule)
        endings = table["endings"].strings()
        words = {k.casefold(): v for k, v in table["words"].strings(cyrillic_keys=False).items()}
        return cls(letters=letters, rules={k: tuple(v) for k, v in rules.items()},
                   endings=tuple(sorted(endings.items(), key=lambda e: -len(e[0]))), words=words)

    def spell_word(self, word: str) -> str:
        """One Cyrillic word in German spelling, capitalised like *word*."""
        low = word.casefold()
        fixed = self.words.get(low)
        if fixed is not None:
            return recase(fixed, word)
        stem_len, tail = len(low), ""
        for ending, out in self.endings:
            if len(low) > len(ending) and low.endswith(ending):
                stem_len, tail = len(low) - len(ending), out
                break
        parts = [self._letter(low, i) for i in range(stem_len)]
        return recase("".join(parts) + tail, word)

    def _letter(self, word: str, i: int) -> str:
        letter = word[i]
        prev = word[i - 1] if i > 0 else _START
        next_ = word[i + 1] if i + 1 < len(word) else _END
        for rule in self.rules.get(letter, ()):
            if rule.fits(prev, next_):
                return rule.out
        return self.letters.get(letter, letter)


def _read_rule(item: Node, classes: dict[str, frozenset[str]]) -> Rule:
    fields = item.mapping(keys=frozenset({"letter", "out", "after", "before"}))
    if "letter" not in fields or "out" not in fields:
        raise item.fail("a context rule needs `letter` and `out`")
    letter = fields["letter"].cyrillic()
    if len(letter) != 1:
        raise fields["letter"].fail(f"{letter!r} is not one letter")

    def context(key: str, edge: str, edge_name: str) -> frozenset[str]:
        if key not in fields:
            return frozenset()
        found: set[str] = set()
        for node in fields[key].sequence():
            name = node.text()
            if name == edge_name:
                found.add(edge)
            elif name in classes:
                found |= classes[name]
            else:
                letter_ = node.cyrillic()
                if len(letter_) != 1:
                    raise node.fail(f"{letter_!r} is neither one letter, a class, {edge_name!r}")
                found.add(letter_)
        return frozenset(found)

    after, before = context("after", _START, "start"), context("before", _END, "end")
    if not after and not before:
        raise item.fail("a context rule needs `after` or `before`")
    return Rule(letter, fields["out"].text(), after, before)


@cache
def _shipped() -> GermanRules:
    return GermanRules.read(GERMAN_TABLE)


def spell_german(text: str, *, rules: GermanRules | None = None) -> str:
    """*text* with its Russian words in German press spelling; other characters are kept.

    >>> spell_german("Сергей Лавров, Сергей Шойгу, Георгий Жуков")
    'Sergei Lawrow, Sergei Schoigu, Georgi Schukow'
    """
    table = rules if rules is not None else _shipped()
    return respell(text, table.spell_word)
