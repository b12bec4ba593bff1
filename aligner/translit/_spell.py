"""Reading a token with the rules of its language: normalised spellings, keys, endings."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import combinations, product
from typing import NamedTuple

from ._fold import TOKEN, fold
from ._tables import RuleSet, tables

__all__ = ["MAX_TOKEN_LETTERS", "Reading", "Token", "analyze_name", "analyze_token", "key_of",
           "name_words"]

#: Tokens longer than this are not read (a name's word is far shorter); they match only
#: a token folded alike. This caps the work a single long token can cause.
MAX_TOKEN_LETTERS = 40
VOWELS = frozenset("aeiou")
_DOUBLES = re.compile(r"(.)\1+")
_KEY_TABLE = str.maketrans({"g": "k", "x": "h", "a": None, "e": None, "i": None, "o": None, "u": None})


class Reading(NamedTuple):
    """One way to read a token: a normalised spelling (without the ending taken off) and
    what it ends in."""

    normal: str  #: normalised spelling, vowels kept
    key: str  #: its consonant skeleton
    #: "" after a consonant, else the final vowel (e counts as i); or the ending class
    #: whose member was taken off ("land", "silent", "plural"; "bare" is "")
    ending: str
    cost: int  #: readings other than the plain one used (letters and ending class)
    stem: bool = False  #: an ending of a class was taken off


class Token(NamedTuple):
    folded: str  #: the folded token
    normal: str  #: the plain normalised spelling
    key: str  #: its consonant skeleton
    readings: tuple[Reading, ...]  #: the plain reading first


def key_of(normal: str) -> str:
    """The consonant skeleton of a normalised spelling (g and k merged, and x and h:
    transliterations swap them, Haskovo / Chaskowo, Ahmed / Achmed)."""
    return normal.translate(_KEY_TABLE)


def _natural(normal: str) -> str:
    last = normal[-1:]
    return ("i" if last == "e" else last) if last in VOWELS else ""


def _spellings(token: str, rules: RuleSet, cap: int) -> list[tuple[str, int]]:
    """The normalised spellings of *token*: the plain one, then those with one other
    reading of a letter, then two, ... (at most *cap*), each with its count of others."""
    units: list[tuple[str, ...]] = []
    count = len(rules.readings)
    for m in rules.units.finditer(token):
        n = m.lastindex or 0
        units.append(rules.readings[n - 1] if n <= count else (m.group(n),))
    out = {"".join(u[0] for u in units): 0}
    choices = [i for i, u in enumerate(units) if len(u) > 1]
    for k in range(1, len(choices) + 1):
        if len(out) >= cap:
            break
        for picked in combinations(choices, k):
            for others in product(*(units[i][1:] for i in picked)):
                spelled = [u[0] for u in units]
                for i, other in zip(picked, others):
                    spelled[i] = other
                out.setdefault("".join(spelled), k)
                if len(out) >= cap:
                    break
            if len(out) >= cap:
                break
    return [(_DOUBLES.sub(r"\1", s), k) for s, k in out.items()]


def _analyze_token_uncached(token: str, rules_name: str) -> Token:
    if len(token) > MAX_TOKEN_LETTERS:
        return Token(token, token, "", ())
    t = tables()
    rules = t.rule_sets[rules_name]
    readings: dict[tuple[str, str], Reading] = {}
    for normal, cost in _spellings(token, rules, t.max_readings):
        found = readings.setdefault((normal, _natural(normal)),
                                    Reading(normal, key_of(normal), _natural(normal), cost))
        if found.cost > cost:
            readings[(normal, found.ending)] = found._replace(cost=cost)
        ends_in_vowel = normal[-1:] in VOWELS
        for label, members, written in rules.endings:
            ending = "" if label == "bare" else label
            for member in members:
                if not member:
                    if ends_in_vowel:
                        continue
                    stem = normal
                elif member in written and not token.endswith(written[member]):
                    continue  # Natanz (z read s) is no plural, Calibri (i) no Burgundy (y)
                elif normal.endswith(member) and len(normal) - len(member) >= t.min_stem:
                    stem = normal[: -len(member)]
                    if stem[-1] in VOWELS:
                        continue  # Tichanowskaja is no land
                else:
                    continue
                readings.setdefault((stem, ending), Reading(stem, key_of(stem), ending, cost + 1,
                                                                   True))
    ordered = tuple(readings.values())
    plain = ordered[0]
    return Token(token, plain.normal, plain.key, ordered)


analyze_token = lru_cache(maxsize=1 << 16)(_analyze_token_uncached)


def name_words(name: str) -> list[str]:
    """The folded words of *name* that are read: particles left out (unless nothing else
    is left), and a joined word glued to the word after it ("Abd al-Aziz", "Abdel Aziz"
    and "Abdulaziz" are all "abdulaziz")."""
    t = tables()
    words = TOKEN.findall(fold(name))
    if t.joined:
        words = _join(words, t.joined, t.particles)
    return [w for w in words if w not in t.particles] or words


def _join(words: list[str], joined: tuple[tuple[str, str], ...],
          particles: frozenset[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        i += 1
        for head, spelled in joined:
            if not word.startswith(head):
                continue
            rest = word[len(head):]
            if not rest and i < len(words):
                if words[i] in particles and i + 1 < len(words):
                    i += 1  # the article between them
                rest = words[i]
                i += 1
            if rest:
                word = spelled + rest
            break
        out.append(word)
    return out


def _analyze_name_uncached(name: str, rules: str) -> tuple[Token, ...]:
    return tuple(analyze_token(t, rules) for t in name_words(name))


analyze_name = lru_cache(maxsize=1 << 14)(_analyze_name_uncached)
