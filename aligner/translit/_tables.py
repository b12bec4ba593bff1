"""The rule tables of aligner/data/translit.yaml, read and compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from ..errors import AlignerError

__all__ = ["RULE_SETS", "RuleSet", "Tables", "rules_for", "tables"]

#: The rule sets: English, German and the neutral one for every other language.
RULE_SETS = ("en", "de", "")
_NAMES = {"en": "en", "de": "de", "": "neutral"}
_ROW_KEYS = frozenset({"letters", "all", "en", "de", "neutral", "also", "before", "after",
                       "at_end", "note", "__line__"})
_SOURCE = "aligner/data/translit.yaml"


class RulesError(AlignerError):
    """The shipped rule tables are malformed (a bug: names the file and line)."""


@dataclass(frozen=True, slots=True)
class RuleSet:
    """The compiled rules of one rule set.

    ``units`` finds the spellings of a token left to right (longest first); group *n*
    is spelling ``readings[n - 1]``, whose first reading is the plain one; the group
    ``len(readings) + 1`` is any other letter.
    """

    name: str
    units: re.Pattern[str]
    readings: tuple[tuple[str, ...], ...]
    #: endings by class: ((class, members longest first, written), ...); *written* maps a
    #: member to the letters that must end the folded token (the member itself when the
    #: class says ``written: true``)
    endings: tuple[tuple[str, tuple[str, ...], dict[str, str]], ...]


@dataclass(frozen=True, slots=True)
class Tables:
    rule_sets: dict[str, RuleSet]
    particles: frozenset[str]
    max_readings: int
    min_stem: int
    #: words joined to the next one, each with the spelling it is joined as (longest
    #: first): ("abdel", "abdul"), ... (see aligner/data/translit.yaml)
    joined: tuple[tuple[str, str], ...] = ()


class _Loader(yaml.SafeLoader):
    """Records the line of every mapping (as ``__line__``) for error messages."""


def _mapping(loader: _Loader, node: yaml.MappingNode) -> dict[str, Any]:
    value = loader.construct_mapping(node, deep=True)
    value["__line__"] = node.start_mark.line + 1
    return value  # type: ignore[return-value]


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def _fail(line: object, message: str) -> RulesError:
    return RulesError(f"{_SOURCE}:{line}: {message}")


def _symbols(value: object, line: object) -> str:
    if not isinstance(value, str):
        raise _fail(line, f"a reading must be a string, not {value!r}")
    return value.replace(" ", "")


def _compile(rows: list[dict[str, Any]], rules: str) -> RuleSet:
    name = _NAMES[rules]
    patterns: list[str] = []
    readings: list[tuple[str, ...]] = []
    # the longest spelling first (a stable sort keeps a spelling with a context before
    # the same letters without one)
    rows = sorted(rows, key=lambda row: -len(str(row.get("letters", ""))))
    for row in rows:
        line = row.get("__line__")
        unknown = set(row) - _ROW_KEYS
        if unknown:
            raise _fail(line, f"unknown field(s) {', '.join(sorted(unknown))}")
        letters = row.get("letters")
        if not isinstance(letters, str) or not letters.isalpha() or letters != letters.lower():
            raise _fail(line, f"letters must be lower-case letters, not {letters!r}")
        plain = row.get(name, row.get("all"))
        if plain is None:
            continue  # this rule set reads the letters as they are
        also = row.get("also", {})
        if not isinstance(also, dict):
            raise _fail(line, "also must map rule sets to lists of readings")
        others = also.get(name, [])
        if not isinstance(others, list):
            raise _fail(line, f"also.{name} must be a list")
        pattern = re.escape(letters)
        if "after" in row:
            pattern = f"(?<={row['after']})" + pattern
        if "before" in row:
            pattern += f"(?={row['before']})"
        if row.get("at_end"):
            pattern += "$"
        try:
            re.compile(pattern)
        except re.error as exc:
            raise _fail(line, f"bad context: {exc}") from None
        patterns.append(f"({pattern})")
        readings.append(tuple(_symbols(v, line) for v in (plain, *others)))
    units = re.compile("|".join((*patterns, "(.)")))
    return RuleSet(rules, units, tuple(readings), ())


_CLASS_KEYS = frozenset({"en", "de", "neutral", "written", "__line__"})


def _endings(table: object, rules: str) -> tuple[tuple[str, tuple[str, ...], dict[str, str]], ...]:
    if not isinstance(table, dict):
        raise _fail(table, "endings must map classes to members")
    name = _NAMES[rules]
    out = []
    for label, members in table.items():
        if label == "__line__":
            continue
        if not isinstance(members, dict):
            raise _fail(table.get("__line__"), f"class {label!r} must map rule sets to lists")
        unknown = set(members) - _CLASS_KEYS
        if unknown:
            raise _fail(members.get("__line__"), f"unknown field(s) {', '.join(sorted(unknown))}")
        found = members.get(name, [])
        if not isinstance(found, list) or not all(isinstance(m, str) for m in found):
            raise _fail(members.get("__line__"), f"{label}.{name} must be a list of endings")
        ordered = tuple(sorted((m.replace(" ", "") for m in found), key=len, reverse=True))
        written = members.get("written", False)
        if written is True:
            letters = {m: m for m in ordered}
        elif written is False:
            letters = {}
        elif isinstance(written, dict) and all(
                isinstance(k, str) and isinstance(v, str) for k, v in written.items()
                if k != "__line__"):
            letters = {k.replace(" ", ""): v for k, v in written.items()
                       if k != "__line__" and k.replace(" ", "") in ordered}
        else:
            raise _fail(members.get("__line__"),
                        f"{label}.written must be true, false or map members to letters")
        out.append((str(label), ordered, letters))
    return tuple(out)


@cache
def tables() -> Tables:
    """The compiled tables (read on first use)."""
    text = resources.files("aligner").joinpath("data/translit.yaml").read_text("utf-8")
    data = yaml.load(text, Loader=_Loader)
    rows = data.get("spellings")
    if not isinstance(rows, list):
        raise _fail(1, "spellings must be a list")
    rule_sets = {}
    for rules in RULE_SETS:
        compiled = _compile(rows, rules)
        rule_sets[rules] = RuleSet(rules, compiled.units, compiled.readings,
                                   _endings(data.get("endings", {}), rules))
    particles = data.get("particles", [])
    if not isinstance(particles, list) or not all(isinstance(p, str) for p in particles):
        raise _fail(1, "particles must be a list of words")
    joined = data.get("joined", {})
    if not isinstance(joined, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in joined.items() if k != "__line__"):
        raise _fail(getattr(joined, "get", lambda _: 1)("__line__"),
                    "joined must map words to the spelling they are joined as")
    pairs = sorted(((k, v) for k, v in joined.items() if k != "__line__"),
                   key=lambda kv: -len(kv[0]))
    return Tables(rule_sets, frozenset(particles), int(data.get("max_readings", 4)),
                  int(data.get("min_stem", 3)), tuple(pairs))


_RULES: dict[str, str] = {}


def rules_for(lang: str) -> str:
    """The rule set for a language tag: "en", "de" or "" (neutral). Subtags are ignored."""
    rules = _RULES.get(lang)
    if rules is None:
        primary = lang.strip().lower().replace("_", "-").partition("-")[0]
        rules = primary if primary in ("en", "de") else ""
        if len(_RULES) < 1024:
            _RULES[lang] = rules
    return rules
