"""Scoring a name against a name: token readings, keys and a weighted edit distance."""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from ._spell import VOWELS, Reading, Token, analyze_token

__all__ = [
    "CLOSE_VOWEL_COST",
    "FUZZY_MIN_KEY_LEN",
    "MATCH_THRESHOLD",
    "NEAR_CONSONANTS",
    "NEAR_CONSONANT_COST",
    "OTHER_READING_COST",
    "REQUIRED_SIM_ONE_EDIT",
    "REQUIRED_SIM_SAME_KEY",
    "SAME_NORMAL_SCORE",
    "SHORT_KEY_MAX",
    "STEM_EXTRA",
    "VOWEL_COST",
    "VOWEL_GLIDE_COST",
    "key_requirement",
    "length_bound",
    "name_score",
    "similarity",
    "token_score",
]

#: A name (or token) matches when its score reaches this. It is also the default
#: ``min_score``.
MATCH_THRESHOLD = 0.8
#: Score of two tokens whose normalised spellings are equal but whose folded ones are not.
SAME_NORMAL_SCORE = 0.98
#: Taken off a token's score for each reading other than the plain one that it needs (a
#: letter read the other way, an ending class): the plain reading wins a tie.
OTHER_READING_COST = 0.02
#: Added to the similarity a reading needs when an ending class was taken off it: a stem
#: must be spelled nearly alike (Calabria / Kalabrien, not Calibri; Pyrenees / Pyrenäen,
#: not Perens).
STEM_EXTRA = 0.1
#: Keys with at most this many consonants are "short". They never match within one edit,
#: and they need a high similarity ("Iran"/"Irak" and "mir"/"Amir" are refused).
SHORT_KEY_MAX = 2
#: Both keys need at least this many consonants to match within one edit; keys of up to
#: three consonants match only exactly (which also keeps the one-edit search narrow).
FUZZY_MIN_KEY_LEN = 4
#: Similarity of the normalised spellings needed when the keys are equal, by key length
#: (index = consonants; the last value holds for longer keys). A key without consonants
#: needs equal spellings.
REQUIRED_SIM_SAME_KEY = (1.0, 0.88, 0.88, 0.85, 0.85, 0.8, 0.75)
#: Similarity needed when the keys are one edit apart, by key length (from
#: :data:`FUZZY_MIN_KEY_LEN` on). The edit may change neither the first consonant
#: ("Omsk"/"Tomsk") nor the last one ("Russland"/"Ruslan", and inflected forms such as
#: "Bagdads").
REQUIRED_SIM_ONE_EDIT = (1.0, 1.0, 1.0, 1.0, 0.85, 0.8)
#: Costs of the weighted edit distance (every other edit costs 1).
#: One vowel for another ("Mohammad"/"Mohammed", "Hosni"/"Husni").
VOWEL_COST = 0.5
#: o for u, which transliterations swap freely ("Duhok"/"Dohuk").
CLOSE_VOWEL_COST = 0.25
#: Inserting or deleting a vowel next to another vowel: a glide i ("Umerov"/"Umjerow"),
#: the e of an umlaut ("Muller"/"Mueller"), a vowel of a cluster ("Dniester"/"Dnister").
VOWEL_GLIDE_COST = 0.5
#: One consonant of a pair in :data:`NEAR_CONSONANTS` for the other.
NEAR_CONSONANT_COST = 0.5
#: Consonants that transliterations confuse: g/k ("Baghdad"/"Bagdad"), x/h and x/k
#: ("Rahmon"/"Rachmon"), ǯ/š ("Jomart"/"Schomart").
NEAR_CONSONANTS: tuple[tuple[str, str], ...] = (("g", "k"), ("x", "h"), ("x", "k"), ("ǯ", "š"))

_CLOSE_VOWELS = frozenset(("ou", "uo"))
#: A regnal number ("Ivan IV"): names match only with the same ones.
_ROMAN = re.compile(r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})")
_NEAR = frozenset(x + y for a, b in NEAR_CONSONANTS for x, y in ((a, b), (b, a)))


def _indel_costs(s: str) -> list[float]:
    """Cost of inserting or deleting each symbol of *s* (see VOWEL_GLIDE_COST)."""
    last = len(s) - 1
    return [
        VOWEL_GLIDE_COST
        if c in VOWELS and ((i < last and s[i + 1] in VOWELS) or (i > 0 and s[i - 1] in VOWELS))
        else 1.0
        for i, c in enumerate(s)
    ]


def _substitution_cost(x: str, y: str) -> float:
    if x == y:
        return 0.0
    if x in VOWELS and y in VOWELS:
        return CLOSE_VOWEL_COST if x + y in _CLOSE_VOWELS else VOWEL_COST
    return NEAR_CONSONANT_COST if x + y in _NEAR else 1.0


def similarity(a: str, b: str) -> float:
    """1 - weighted edit distance / longer length, of two normalised spellings.

    The common prefix and suffix are matched first (they would cost nothing), and the
    weighted Levenshtein recurrence runs on what is left."""
    if a == b:
        return 1.0
    longer = max(len(a), len(b))
    delete, insert = _indel_costs(a), _indel_costs(b)
    shorter = min(len(a), len(b))
    start = 0
    while start < shorter and a[start] == b[start]:
        start += 1
    end = 0
    while end < shorter - start and a[-1 - end] == b[-1 - end]:
        end += 1
    a, delete = a[start : len(a) - end], delete[start : len(delete) - end]
    b, insert = b[start : len(b) - end], insert[start : len(insert) - end]
    previous = [0.0]
    for cost in insert:
        previous.append(previous[-1] + cost)
    for x, cost in zip(a, delete):
        current = [previous[0] + cost]
        for j, y in enumerate(b):
            current.append(
                min(
                    previous[j + 1] + cost,
                    current[j] + insert[j],
                    previous[j] + _substitution_cost(x, y),
                )
            )
        previous = current
    return max(0.0, 1.0 - previous[-1] / longer)


def _required(table: tuple[float, ...], key_len: int) -> float:
    return table[min(key_len, len(table) - 1)]


def key_requirement(ka: str, kb: str) -> float | None:
    """The similarity that readings with keys *ka* and *kb* need, or None if they cannot
    match (unless their normalised spellings are equal)."""
    shortest = min(len(ka), len(kb))
    if ka == kb:
        required = _required(REQUIRED_SIM_SAME_KEY, shortest)
    elif (
        shortest >= FUZZY_MIN_KEY_LEN
        and ka[0] == kb[0]
        and ka[-1] == kb[-1]
        and OSA.distance(ka, kb, score_cutoff=1) <= 1
    ):
        required = _required(REQUIRED_SIM_ONE_EDIT, shortest)
    else:
        return None
    return required if required < 1.0 else None


def length_bound(a: str, b: str) -> float:
    """An upper bound of ``similarity(a, b)``: every insertion or deletion costs at least
    VOWEL_GLIDE_COST (capped at 1)."""
    return 1.0 - min(VOWEL_GLIDE_COST, 1.0) * abs(len(a) - len(b)) / max(len(a), len(b), 1)


def _reading_score(a: Reading, b: Reading) -> float:
    """Score of two readings with the same ending (0 when they cannot match)."""
    penalty = OTHER_READING_COST * (a.cost + b.cost)
    if a.normal == b.normal:
        return SAME_NORMAL_SCORE - penalty
    if (a.normal[:1] in VOWELS) != (b.normal[:1] in VOWELS):
        return 0.0  # erobert / Robert
    required = key_requirement(a.key, b.key)
    if required is None:
        return 0.0
    if a.stem or b.stem:
        required += STEM_EXTRA
        if required >= 1.0:
            return 0.0
    bound = length_bound(a.normal, b.normal)
    if bound < required:
        return MATCH_THRESHOLD * bound - penalty
    sim = similarity(a.normal, b.normal)
    if sim < required:
        return MATCH_THRESHOLD * sim - penalty
    span = SAME_NORMAL_SCORE - MATCH_THRESHOLD
    return MATCH_THRESHOLD + span * (sim - required) / (1.0 - required) - penalty


def token_score(a: Token, b: Token, *, classes: bool = True) -> float:
    """Score of token *a* against token *b*: a match from MATCH_THRESHOLD on. The best
    pair of readings with the same ending counts; readings with an ending of a class
    taken off only if *classes* (the tokens are read by different rule sets: an ending
    class is what English and German put on one name, so Calibri is no Kalibr)."""
    if a.folded == b.folded:
        return 1.0
    best = 0.0
    for x in a.readings:
        if x.stem and not classes:
            continue
        for y in b.readings:
            if x.ending == y.ending and (classes or not y.stem):
                score = _reading_score(x, y)
                best = max(best, score)
    return best


def _numbers(tokens: tuple[Token, ...]) -> list[str]:
    return [t.folded for t in tokens if _ROMAN.fullmatch(t.folded)]


def _weight(token: Token) -> int:
    return max(len(token.normal), 1)


def _joined(tokens: tuple[Token, ...], rules: str) -> Token:
    return analyze_token("".join(t.folded for t in tokens), rules)


def name_score(
    a: tuple[Token, ...], b: tuple[Token, ...], rules_a: str = "", rules_b: str = ""
) -> float:
    """Score of name *a* against name *b* (their tokens, read with *rules_a* and
    *rules_b*): the best monotone alignment of their tokens, each aligned pair reaching
    MATCH_THRESHOLD, weighted by token length, unaligned tokens counting zero. Names of
    different lengths are also compared as one word each ("Amu Darya" / "Amudarja").
    Ending classes count only between different rule sets (see :func:`token_score`)."""
    if not a or not b:
        return 0.0
    classes = rules_a != rules_b
    if len(a) == 1 and len(b) == 1:
        return token_score(a[0], b[0], classes=classes)
    if _numbers(a) != _numbers(b):
        return 0.0  # Ivan III is not Ivan IV, nor Ivan
    joined = 0.0
    if len(a) != len(b):
        joined = token_score(_joined(a, rules_a), _joined(b, rules_b), classes=classes)
    total = sum(map(_weight, a)) + sum(map(_weight, b))
    if len(a) == len(b):
        # The usual case: every token aligned with the one in the same place.
        gained = 0.0
        for x, y in zip(a, b):
            score = token_score(x, y, classes=classes)
            if score < MATCH_THRESHOLD:
                break
            gained += score * (_weight(x) + _weight(y))
        else:
            return gained / total
    # The best monotone alignment; unaligned tokens count zero.
    best = [[0.0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a, 1):
        row, above = best[i], best[i - 1]
        for j, y in enumerate(b, 1):
            value = max(above[j], row[j - 1])
            score = token_score(x, y, classes=classes)
            if score >= MATCH_THRESHOLD:
                value = max(value, above[j - 1] + score * (_weight(x) + _weight(y)))
            row[j] = value
    return max(best[-1][-1] / total, joined)
