"""Transliteration-aware comparison of names spelled the English way and the German way.

English and German romanise Russian, Ukrainian, Persian and Arabic names differently:
Lavrov/Lawrow, Zakharova/Sacharowa, Khamenei/Chamenei, Javad/Dschawad, Chita/Tschita,
Yeltsin/Jelzin, Tsvetkov/Zwetkow, Zelensky/Selenskyj. Phonetic codes built for one language
do not know this. This module reads an English spelling with English rules and a German
spelling with German rules. Both come out in one *normalised spelling* (vowels kept, one
symbol for each class of sounds). The consonants of that spelling are the *key*, a
consonant skeleton:

    >>> translit_key("Zakharova", "en"), translit_key("Sacharowa", "de")
    ('sxrv', 'sxrv')
    >>> normalize("Wjatscheslaw", "de"), normalize("Vyacheslav", "en")
    ('viačeslav', 'viačeslav')

:class:`TranslitIndex` finds candidates by key, either exactly or within one edit. It uses a
*deletion neighbourhood*, so it never scans. :func:`name_similarity` confirms and ranks each
candidate: it combines the relation between the keys with a weighted similarity of the
normalised spellings.

Folding (first, in every language)
==================================
===============================  =======================================================
input                            becomes
===============================  =======================================================
upper case, ß                    ``str.casefold`` (ß → ss)
ä ö ü                            ae oe ue: Müller = Mueller. Dusseldorf differs from
                                 Düsseldorf by one cheap edit (see the costs below)
ł ı đ ø æ œ þ ð ə ʒ              l i dzh o ae oe th d e zh (NFKD leaves them whole)
other accents (é, ğ, š, ê)       NFKD, combining marks dropped (é → e, š → s)
hyphens, dashes, slashes, space  token boundaries: "Ivano-Frankivsk" is two tokens
apostrophes, dots, soft hyphens  erased: "Kazan'" = "Kazan"
particles                        dropped when a name has other tokens (:data:`PARTICLES`:
                                 al, el, bin, ibn, von, de …): "Bashar al-Assad" =
                                 "Baschar Assad"
===============================  =======================================================

Spelling rules (longest spelling first; any language other than en/de uses "neutral")
======================================================================================
================  ====  ====  =======  ===================================================
spelling          en    de    neutral  examples (en / de)
================  ====  ====  =======  ===================================================
tsch, tch         č     č     č        Tchaikovsky / Tschaikowski
ch                č     x     x        Chita / Tschita; Khamenei / Chamenei
sch, sh, zh       š     š     š        Shoigu / Schoigu; Zhukov / Schukow
kh                x     x     x        Kharkiv / Charkiw
dsch, dzh         ǯ     ǯ     ǯ        Dzhankoi / Dschankoj
dj                ǯ     d i   ǯ        Djibouti / Dschibuti; Berdiansk / Berdjansk
j                 ǯ     i     i        Javad / Dschawad; Yakutsk / Jakutsk
y                 i     i     i        Dmitry / Dmitri; Zelensky / Selenskyj
ts, tz            c     c     c        Tsvetkov / Zwetkow; Trotsky / Trotzki
z                 s     c     s        Zakharova / Sacharowa; Donetsk / Donezk
s, ss             s     s     s        Gerasimov / Gerassimow
c before e, i, y  s     s     s
c otherwise, ck   k     k     k        Muscat / Maskat
q, gh             k     k     k        Qom / Ghom; Iraq / Irak; Araqchi / Araghtschi
x                 ks    ks    ks       Alexei / Alexej
v, w              v     v     v        Lavrov / Lawrow
ph, th, dh        f t d f t d f t d    Riyadh / Riad
final h           –     –     –        after a vowel: Shah / Schah; Fallujah / Falludscha
ou                u     u     u        Rouhani / Ruhani
doubled symbols   one   one   one      Raisi / Raissi; Odesa / Odessa
================  ====  ====  =======  ===================================================

Every other letter stands for itself. The result is the *normalised spelling*. It keeps
the vowels a e i o u, and reads y and the glide j as i. To make the *key*, g and k are
merged and the vowels are deleted. ``translit_key`` joins the keys of a name's tokens
with spaces.

Scoring a token against a token
===============================
=======================================  =================================================
case                                     outcome
=======================================  =================================================
same folded spelling                     1.0
same normalised spelling                 :data:`SAME_NORMAL_SCORE` (0.98)
endings differ                           refused. The ending is "consonant" or the last
                                         vowel, with e = i: Lawine / Lavin,
                                         Navalny / Navalnaya, Zakharov / Zakharova
one starts with a vowel, the other not   refused: erobert / Robert
keys equal                               needs the similarity in
                                         :data:`REQUIRED_SIM_SAME_KEY` for its length
keys one edit apart (OSA distance 1)     needs :data:`REQUIRED_SIM_ONE_EDIT`. Both keys
                                         need :data:`FUZZY_MIN_KEY_LEN` (4) consonants,
                                         and the edit may change neither the first nor
                                         the last one (Omsk / Tomsk, Russland / Ruslan)
a token ends like an ordinary word of    refused if a key has at most
its language (:data:`WORD_SUFFIXES`:     :data:`WORDLIKE_STRICT_KEY_MAX` (4) consonants
de -e -en -er -ung …, en -e -ing …)      (Kasten / Kastan, Schalen / Shalin, raise /
                                         Raisi). Otherwise it needs
                                         :data:`WORD_SUFFIX_EXTRA` (0.1) more
anything else                            refused
=======================================  =================================================

=========================  ====  ====  ====  ====  ====  =====
consonants in the key      0     1-2   3     4     5     6 +
=========================  ====  ====  ====  ====  ====  =====
similarity, equal keys     –     0.88  0.85  0.85  0.80  0.75
similarity, one edit       –     –     –     0.85  0.80  0.80
=========================  ====  ====  ====  ====  ====  =====

("–": only equal normalised spellings match.) A token at the required similarity ``r``
scores :data:`MATCH_THRESHOLD` (0.8), rising linearly to :data:`SAME_NORMAL_SCORE` at
``sim = 1``. A token below ``r`` scores ``MATCH_THRESHOLD * sim``, which is under the
threshold, and a refused token scores 0. The similarity is 1 minus a weighted edit
distance divided by the longer length, computed on the normalised spellings after
stripping their common prefix and suffix. Every edit costs 1, except these:

=====================================================  ===============================
edit                                                   cost
=====================================================  ===============================
a vowel for another vowel (Mohammad / Mohammed)        :data:`VOWEL_COST` (0.5)
o for u (Hosni / Husni, Duhok / Dohuk)                 :data:`CLOSE_VOWEL_COST` (0.25)
g/k, x/h, x/k, ǯ/š (:data:`NEAR_CONSONANTS`)           :data:`NEAR_CONSONANT_COST` (0.5)
insert or delete a glide i before a vowel (Umerov /    :data:`VOWEL_GLIDE_COST` (0.5)
Umjerow), or an e after a, o, u (Dusseldorf /
Düsseldorf)
=====================================================  ===============================

Multi-word names are scored by the best monotone alignment of their tokens. Each aligned
pair must reach :data:`MATCH_THRESHOLD` on its own. The name score is the mean of the
token scores, weighted by token length over the tokens of both names, and unaligned
tokens count as zero. So "Sergei Lavrov" / "Sergej Lawrin" and "Javad Zarif" /
"Mohammad Javad Zarif" are refused.

Known limits
============
* An ordinary word that is exactly how German or English would spell a name matches it
  (Schatz = Shats, valid = Walid, Jury = Juri). Only a lexicon can tell those apart, so
  the aligner should not look up lower-case words.
* German "sch" is always read as one sound, never as s + ch (Maschadow / Maskhadov).
* In keys of up to 2 consonants, a single e/i swap is too much (Jeddah / Dschidda,
  Saleh / Salih). Different endings are always refused (Haniyeh / Hanija), and so are
  German names in -er or -en against a different spelling (Muller / Müller).
* Other scripts are not transliterated: "Лавров" only matches Cyrillic spellings.
"""

from __future__ import annotations

import gc
import pickle
import re
import unicodedata
from collections.abc import Hashable, Iterable
from functools import lru_cache
from typing import Generic, NamedTuple, TypeVar

from rapidfuzz.distance import OSA

__all__ = [
    "CLOSE_VOWEL_COST",
    "FUZZY_MIN_KEY_LEN",
    "MATCH_THRESHOLD",
    "NEAR_CONSONANTS",
    "NEAR_CONSONANT_COST",
    "PARTICLES",
    "REQUIRED_SIM_ONE_EDIT",
    "REQUIRED_SIM_SAME_KEY",
    "SAME_NORMAL_SCORE",
    "SHORT_KEY_MAX",
    "VOWEL_COST",
    "VOWEL_GLIDE_COST",
    "WORDLIKE_STRICT_KEY_MAX",
    "WORD_SUFFIXES",
    "WORD_SUFFIX_EXTRA",
    "TranslitIndex",
    "name_similarity",
    "normalize",
    "translit_key",
]

#: A name (or token) matches when its score reaches this. It is also the default
#: ``min_score``.
MATCH_THRESHOLD = 0.8
#: Score of two tokens whose normalised spellings are equal but whose folded ones are not.
SAME_NORMAL_SCORE = 0.98
#: Keys with at most this many consonants are "short". They never match within one edit,
#: and they need a high similarity ("Iran"/"Irak" and "mir"/"Amir" are refused).
SHORT_KEY_MAX = 2
#: Both keys need at least this many consonants to match within one edit; keys of up to
#: three consonants match only exactly (which also keeps the one-edit search narrow).
FUZZY_MIN_KEY_LEN = 4
#: Keys longer than this (no name's token has 64 consonants) are filed without their
#: deletion neighbourhood, which costs L copies of an L-long key: found only exactly.
FUZZY_MAX_KEY_LEN = 64
#: Similarity of the normalised spellings needed when the keys are equal, by key length
#: (index = consonants; the last value holds for longer keys). A key without consonants
#: needs equal spellings.
REQUIRED_SIM_SAME_KEY = (1.0, 0.88, 0.88, 0.85, 0.85, 0.8, 0.75)
#: Similarity needed when the keys are one edit apart, by key length (from
#: :data:`FUZZY_MIN_KEY_LEN` on). The edit may change neither the first consonant
#: ("Omsk"/"Tomsk") nor the last one ("Russland"/"Ruslan", and inflected forms such as
#: "Bagdads").
REQUIRED_SIM_ONE_EDIT = (1.0, 1.0, 1.0, 1.0, 0.85, 0.8)
#: A token that ends like an ordinary word of its language (:data:`WORD_SUFFIXES`) matches
#: a different spelling only if both keys are longer than this. So "Kasten"/"Kastan",
#: "Schalen"/"Shalin", "Russen"/"Rusin" and "raise"/"Raisi" are refused ...
WORDLIKE_STRICT_KEY_MAX = 4
#: ... and even then it needs this much more similarity ("Alexander"/"Aleksandr" still
#: match).
WORD_SUFFIX_EXTRA = 0.1
#: Endings of ordinary words, by rule set: German inflection and derivation, English
#: derivation and silent e. They only matter when two spellings differ.
WORD_SUFFIXES: dict[str, tuple[str, ...]] = {
    "de": (
        "e", "en", "er", "el", "ern", "eln", "em", "es", "ung", "heit", "keit", "schaft",
        "chen", "lein", "lich", "isch", "nis", "tum", "ig", "iert", "ieren",
    ),
    "en": (
        "e", "ing", "tion", "sion", "ness", "ment", "ly", "ful", "less", "able", "ible",
        "ous", "ive", "ity", "ship", "hood", "ward", "wards",
    ),
    "": (),
}  # fmt: skip
#: Costs of the weighted edit distance (every other edit costs 1).
#: One vowel for another ("Mohammad"/"Mohammed", "Hosni"/"Husni").
VOWEL_COST = 0.5
#: o for u, which transliterations swap freely ("Duhok"/"Dohuk").
CLOSE_VOWEL_COST = 0.25
#: Inserting or deleting a glide i before a vowel ("Umerov"/"Umjerow"), or the e after
#: a, o, u that spells an umlaut ("Muller"/"Mueller").
VOWEL_GLIDE_COST = 0.5
#: One consonant of a pair in :data:`NEAR_CONSONANTS` for the other.
NEAR_CONSONANT_COST = 0.5
#: Consonants that transliterations confuse: g/k ("Baghdad"/"Bagdad"), x/h and x/k
#: ("Rahmon"/"Rachmon"), ǯ/š ("Jomart"/"Schomart").
NEAR_CONSONANTS: tuple[tuple[str, str], ...] = (("g", "k"), ("x", "h"), ("x", "k"), ("ǯ", "š"))
#: Tokens ignored when a name has other tokens (articles and filiations).
PARTICLES = frozenset(
    (
        "al", "el", "ad", "as", "ash", "at", "az", "ar", "an", "ed", "es", "bin", "ibn",
        "ben", "bint", "von", "van", "der", "den", "de", "di", "da", "du", "la", "le", "ul",
        "ud",
    )
)  # fmt: skip
#: A query token whose normalised length is below this share of the query's whole length
#: is not used to look a multi-word query up. A match may leave such a token unaligned.
_LOOKUP_MIN_SHARE = 0.3

_VOWELS = frozenset("aeiou")
_CLOSE_VOWELS = frozenset(("ou", "uo"))
_NEAR = frozenset(x + y for a, b in NEAR_CONSONANTS for x, y in ((a, b), (b, a)))

# ---------------------------------------------------------------------------------------
# Folding

_SEPARATORS = (
    " \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u202f\u205f\u3000-_/\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
)
_ERASED = "\u00ad\u200b\u200c\u200d\u2060\ufeff'\u2019\u2018\u02bc\u02bb`\u00b4."
_PRE_FOLD = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ł": "l",
        "ı": "i",
        "đ": "dzh",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ð": "d",
        "ə": "e",
        "ʒ": "zh",
    }
)
_FOLD_TABLE = str.maketrans({**{c: " " for c in _SEPARATORS}, **{c: None for c in _ERASED}})
_TOKEN = re.compile(r"[^\W_]+")


def _fold(text: str) -> str:
    """Case-fold, expand umlauts, strip accents, erase apostrophes; separators → spaces."""
    text = text.casefold()
    if not text.isascii():
        # Compose first, so that a decomposed ä (a + U+0308) expands like a composed one.
        text = unicodedata.normalize("NFC", text).translate(_PRE_FOLD)
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
        # Compatibility forms can decompose into characters that fold further.
        text = text.casefold().translate(_PRE_FOLD)
    return text.translate(_FOLD_TABLE)


# ---------------------------------------------------------------------------------------
# Spelling rules. Pass 1 rewrites the multi-letter spellings (and the letters that depend
# on context) to upper-case placeholders. Pass 2 maps placeholders and single letters in
# one ``str.translate``, so no placeholder is rewritten twice.

_MULTI_COMMON: dict[str, str] = {
    "tsch": "Č",
    "tch": "Č",
    "dsch": "Ǯ",
    "dzh": "Ǯ",
    "sch": "Š",
    "sh": "Š",
    "zh": "Š",
    "kh": "X",
    "ts": "C",
    "tz": "C",
    "ck": "K",
    "ph": "F",
    "th": "T",
    "dh": "D",
    "gh": "K",
    "ou": "U",
    "c": "S",  # before e, i, y (see _PASS1)
    "h": "",  # after a vowel at the end of a word (see _PASS1)
}
_MULTI: dict[str, dict[str, str]] = {
    "en": {**_MULTI_COMMON, "ch": "Č", "dj": "Ǯ"},
    "de": {**_MULTI_COMMON, "ch": "X"},  # German dj is d + glide (Berdjansk)
    "": {**_MULTI_COMMON, "ch": "X", "dj": "Ǯ"},
}
# Grouped by first letter (longest spelling first) so that the regex engine can reject most
# positions at their first character.
_PASS1 = {
    lang: re.compile(
        r"t(?:sch|ch|s|z|h)|d(?:sch|zh|h" + ("|j" if "dj" in multi else "") + r")"
        r"|s(?:ch|h)|zh|kh|c(?:k|h|(?=[eiy]))|ph|gh|ou|(?<=[aeiouy])h$"
    )
    for lang, multi in _MULTI.items()
}
_SINGLE_COMMON: dict[str, str] = {
    "c": "k",
    "q": "k",
    "w": "v",
    "x": "ks",
    "y": "i",
    "Č": "č",
    "Š": "š",
    "Ǯ": "ǯ",
    "X": "x",
    "C": "c",
    "K": "k",
    "F": "f",
    "T": "t",
    "D": "d",
    "S": "s",
    "U": "u",
}
_SINGLE: dict[str, dict[int, str]] = {
    "en": str.maketrans({**_SINGLE_COMMON, "j": "ǯ", "z": "s"}),
    "de": str.maketrans({**_SINGLE_COMMON, "j": "i", "z": "c"}),
    "": str.maketrans({**_SINGLE_COMMON, "j": "i", "z": "s"}),
}
_DOUBLES = re.compile(r"(.)\1+")
#: Letters that the rule sets read differently (ch, j, z; dj contains j).
_RULE_DEPENDENT = re.compile("ch|[jz]")
_KEY_TABLE = str.maketrans({"g": "k", "a": None, "e": None, "i": None, "o": None, "u": None})


_RULES: dict[str, str] = {}


def _rules(lang: str) -> str:
    """The rule set for a language tag: "en", "de" or "" (neutral). Subtags are ignored."""
    rules = _RULES.get(lang)
    if rules is None:
        primary = lang.strip().lower().replace("_", "-").partition("-")[0]
        rules = primary if primary in ("en", "de") else ""
        if len(_RULES) < 1024:
            _RULES[lang] = rules
    return rules


class _Token(NamedTuple):
    folded: str  #: the folded token
    normal: str  #: normalised spelling, vowels kept
    key: str  #: consonant skeleton
    ending: str  #: "" after a final consonant, else the final vowel (e counts as i)
    wordlike: bool  #: ends like an ordinary word of its language (WORD_SUFFIXES)


def _first_group(match: re.Match[str]) -> str:
    return match[1]


def _normalize_token(token: str, rules: str) -> str:
    multi = _MULTI[rules]
    out = _PASS1[rules].sub(lambda m: multi[m[0]], token).translate(_SINGLE[rules])
    return _DOUBLES.sub(_first_group, out)


def _analyze_token_uncached(token: str, rules: str) -> _Token:
    normal = _normalize_token(token, rules)
    last = normal[-1:]
    ending = ("i" if last == "e" else last) if last in _VOWELS else ""
    return _Token(
        token, normal, normal.translate(_KEY_TABLE), ending, token.endswith(WORD_SUFFIXES[rules])
    )


_analyze_token = lru_cache(maxsize=1 << 16)(_analyze_token_uncached)


def _analyze_name_uncached(name: str, rules: str) -> tuple[_Token, ...]:
    tokens = _TOKEN.findall(_fold(name))
    kept = [t for t in tokens if t not in PARTICLES] or tokens
    return tuple(_analyze_token(t, rules) for t in kept)


_analyze_name = lru_cache(maxsize=1 << 14)(_analyze_name_uncached)


def normalize(name: str, lang: str) -> str:
    """The normalised spelling of *name* read with the rules of *lang* (vowels kept).

    >>> normalize("Massud Peseschkian", "de") == normalize("Masoud Pezeshkian", "en")
    True
    """
    return " ".join(t.normal for t in _analyze_name(name, _rules(lang)))


def translit_key(name: str, lang: str) -> str:
    """The consonant skeleton of *name* read with the rules of *lang*.

    *lang* is "en", "de" (region subtags such as "de-AT" are ignored) or anything else
    for the neutral rules. The keys of a multi-word name's tokens are joined by a space.

    >>> translit_key("Khamenei", "en"), translit_key("Chamenei", "de")
    ('xmn', 'xmn')
    >>> translit_key("Dschawad Sarif", "de") == translit_key("Javad Zarif", "en")
    True
    """
    return " ".join(t.key for t in _analyze_name(name, _rules(lang)))


# ---------------------------------------------------------------------------------------
# Scoring


def _indel_costs(s: str) -> list[float]:
    """Cost of inserting or deleting each symbol of *s* (see VOWEL_GLIDE_COST)."""
    last = len(s) - 1
    return [
        VOWEL_GLIDE_COST
        if (c == "i" and i < last and s[i + 1] in _VOWELS)
        or (c == "e" and i > 0 and s[i - 1] in "aou")
        else 1.0
        for i, c in enumerate(s)
    ]


def _substitution_cost(x: str, y: str) -> float:
    if x == y:
        return 0.0
    if x in _VOWELS and y in _VOWELS:
        return CLOSE_VOWEL_COST if x + y in _CLOSE_VOWELS else VOWEL_COST
    return NEAR_CONSONANT_COST if x + y in _NEAR else 1.0


def _similarity(a: str, b: str) -> float:
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


def _key_requirement(ka: str, kb: str, wordlike: bool) -> float | None:
    """The similarity that tokens with keys *ka* and *kb* need, or None if they cannot
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
    if wordlike:
        if shortest <= WORDLIKE_STRICT_KEY_MAX:
            return None
        required += WORD_SUFFIX_EXTRA
    return required if required < 1.0 else None


def _requirement(a: _Token, b: _Token) -> float | None:
    """The similarity that *a* and *b* need, or None if they cannot match (for tokens whose
    normalised spellings differ)."""
    if a.ending != b.ending or (a.normal[:1] in _VOWELS) != (b.normal[:1] in _VOWELS):
        return None
    return _key_requirement(a.key, b.key, a.wordlike or b.wordlike)


def _length_bound(a: str, b: str) -> float:
    """An upper bound of ``_similarity(a, b)``: every insertion or deletion costs at least
    VOWEL_GLIDE_COST (capped at 1)."""
    return 1.0 - min(VOWEL_GLIDE_COST, 1.0) * abs(len(a) - len(b)) / max(len(a), len(b), 1)


def _token_score(a: _Token, b: _Token) -> float:
    """Score of token *a* against token *b*: a match from MATCH_THRESHOLD on."""
    if a.folded == b.folded:
        return 1.0
    if a.normal == b.normal:
        return SAME_NORMAL_SCORE
    required = _requirement(a, b)
    if required is None:
        return 0.0
    bound = _length_bound(a.normal, b.normal)
    if bound < required:
        return MATCH_THRESHOLD * bound
    sim = _similarity(a.normal, b.normal)
    if sim < required:
        return MATCH_THRESHOLD * sim
    span = SAME_NORMAL_SCORE - MATCH_THRESHOLD
    return MATCH_THRESHOLD + span * (sim - required) / (1.0 - required)


def _weight(token: _Token) -> int:
    return max(len(token.normal), 1)


def _name_score(a: tuple[_Token, ...], b: tuple[_Token, ...]) -> float:
    if not a or not b:
        return 0.0
    if len(a) == 1 and len(b) == 1:
        return _token_score(a[0], b[0])
    total = sum(map(_weight, a)) + sum(map(_weight, b))
    if len(a) == len(b):
        # The usual case: every token aligned with the one in the same place.
        gained = 0.0
        for x, y in zip(a, b):
            score = _token_score(x, y)
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
            score = _token_score(x, y)
            if score >= MATCH_THRESHOLD:
                value = max(value, above[j - 1] + score * (_weight(x) + _weight(y)))
            row[j] = value
    return best[-1][-1] / total


def name_similarity(a: str, lang_a: str, b: str, lang_b: str) -> float:
    """How well *a* (spelled the *lang_a* way) and *b* (the *lang_b* way) match, in [0, 1].

    Names match from :data:`MATCH_THRESHOLD` on.

    >>> name_similarity("Sergej Lawrow", "de", "Sergei Lavrov", "en") >= MATCH_THRESHOLD
    True
    >>> name_similarity("Marija Sacharowa", "de", "Maria Zaharieva", "en") < MATCH_THRESHOLD
    True
    """
    return _name_score(_analyze_name(a, _rules(lang_a)), _analyze_name(b, _rules(lang_b)))


# ---------------------------------------------------------------------------------------
# Index

P = TypeVar("P", bound=Hashable)


def _bucket(normal: str, key: str) -> str:
    """Posting key of a token: its key, its ending and whether it starts with a vowel.

    Tokens whose endings or onsets differ never match unless their normalised spellings
    are equal, and then these agree too."""
    last = normal[-1:]
    ending = ("i" if last == "e" else last) if last in _VOWELS else ""
    return f"{key}|{ending}{'v' if normal[:1] in _VOWELS else 'c'}"


def _inner_deletions(key: str) -> list[str]:
    """The key without one of its inner consonants. One-edit matches keep the first and
    the last consonant, so deleting those is never needed."""
    return [key[:i] + key[i + 1 :] for i in range(1, len(key) - 1)]


class TranslitIndex(Generic[P]):
    """Names found by transliteration key, exactly or within one edit, without a scan.

    Names are grouped by their number of tokens (particles aside). A query only finds names
    with as many tokens as it has. :func:`name_similarity` also scores names of different
    lengths, so index a surname alone ("Lavrov") as a name of its own if mentions by
    surname should be found.

    Within a group, every name is filed under the key of each of its tokens, together with
    the token's ending and onset (tokens that differ there never match), beside the
    token's normalised spelling; a token with letters that the rule sets read differently
    (ch, j, z) is also filed under its folded spelling, so that the same spelling is found
    whatever the languages. Every distinct token key of at least
    :data:`FUZZY_MIN_KEY_LEN` consonants is also filed under each of its inner one-deletion
    variants (its deletion neighbourhood), so a few dictionary look-ups find the keys one
    inner substitution, insertion, deletion or adjacent transposition away. A query is
    looked up by one of its tokens (the one with the fewest candidates); the normalised
    spellings filed beside the candidates are compared with that token's first, and only
    the names that pass are scored with :func:`name_similarity`. The index holds only
    plain dicts, lists, tuples and strings, so it pickles.

    *min_score* in :meth:`candidates` filters names whose lookup token matches; lowering
    it below :data:`MATCH_THRESHOLD` does not widen the search.

    >>> index = TranslitIndex([("Sergei Lavrov", "en", 1), ("Maria Zakharova", "en", 2)])
    >>> [(p, n) for p, n, _ in index.candidates("Marija Sacharowa", "de")]
    [(2, 'Maria Zakharova')]
    """

    def __init__(self, names: Iterable[tuple[str, str, P]] = ()) -> None:
        #: (payload, name, rule set) of every name added.
        self._entries: list[tuple[P, str, str]] = []
        #: token count → posting key → (entry ids, normalised spellings of their tokens).
        self._postings: dict[int, dict[str, tuple[list[int], list[str]]]] = {}
        #: inner one-deletion variant, or an indexed key itself → the key (or keys).
        self._neighbours: dict[str, str | list[str]] = {}
        #: the keys filed in _neighbours.
        self._keys: set[str] = set()
        self.extend(names)

    def extend(self, names: Iterable[tuple[str, str, P]]) -> None:
        """Index every ``(name, lang, payload)`` of *names*.

        The cyclic garbage collector is paused meanwhile (the index holds no cycles), which
        saves about a quarter of the time of a large build."""
        paused = gc.isenabled()
        gc.disable()
        try:
            for name, lang, payload in names:
                self.add(name, lang, payload)
        finally:
            if paused:
                gc.enable()

    def __len__(self) -> int:
        return len(self._entries)

    def __reduce__(self) -> tuple[object, tuple[bytes]]:
        # The state is pickled on its own, so that unpickling can pause the cyclic garbage
        # collector, which otherwise makes loading a large index several times slower.
        state = (self._entries, self._postings, self._neighbours, self._keys)
        return _restore_index, (pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL),)

    def add(self, name: str, lang: str, payload: P) -> None:
        """Index *name*, spelled the *lang* way, for *payload*."""
        rules = _rules(lang)
        tokens = _TOKEN.findall(_fold(name))
        tokens = [t for t in tokens if t not in PARTICLES] or tokens
        if not tokens:
            return
        entry = len(self._entries)
        self._entries.append((payload, name, rules))
        group = self._postings.setdefault(len(tokens), {})
        neighbours, keys = self._neighbours, self._keys
        for token in tokens:
            normal = _normalize_token(token, rules)
            key = normal.translate(_KEY_TABLE)
            posting = _bucket(normal, key)
            filed = group.get(posting)
            if filed is None:
                group[posting] = ([entry], [normal])
            else:
                filed[0].append(entry)
                filed[1].append(normal)
            if _RULE_DEPENDENT.search(token):
                # Read with other rules, the same spelling gets another key (Michael:
                # mičl in English, mixl in German), so it is filed under itself too.
                filed = group.get("=" + token)
                if filed is None:
                    group["=" + token] = ([entry], [normal])
                else:
                    filed[0].append(entry)
                    filed[1].append(normal)
            if not FUZZY_MIN_KEY_LEN <= len(key) <= FUZZY_MAX_KEY_LEN or key in keys:
                continue
            keys.add(key)
            # A new key: filed under itself and under its inner one-deletion variants.
            for variant in (key, *_inner_deletions(key)):
                found = neighbours.setdefault(variant, key)
                if found is not key:
                    if isinstance(found, str):
                        neighbours[variant] = [found, key]
                    else:
                        found.append(key)

    def _keys_near(self, token: _Token) -> dict[str, float]:
        """Indexed keys that *token* may match, with the similarity each needs at least."""
        # The token's own key always counts: equal normalised spellings match regardless
        # (a requirement above 1 lets only those through).
        near: dict[str, float] = {token.key: 2.0}
        for other in self._near_keys(token.key):
            required = _key_requirement(token.key, other, token.wordlike)
            if required is not None:
                near[other] = required
        return near

    def _near_keys(self, key: str) -> set[str]:
        near = {key}
        if not FUZZY_MIN_KEY_LEN <= len(key) <= FUZZY_MAX_KEY_LEN + 1:
            return near  # one edit from a filed key is at most one longer than the longest
        neighbours = self._neighbours
        for probe in (key, *_inner_deletions(key)):
            found = neighbours.get(probe)
            if found is not None:
                near.update((found,) if isinstance(found, str) else found)
        return near

    def candidates(
        self, token: str, lang: str, *, min_score: float = MATCH_THRESHOLD
    ) -> list[tuple[P, str, float]]:
        """Indexed names that match *token*, a word or a name spelled the *lang* way.

        Returns ``(payload, matched name, score)`` for every payload that has a name scoring
        at least *min_score*. Only the payload's best name is returned. The list is sorted
        best first, and names break ties.
        """
        query = _analyze_name(token, _rules(lang))
        group = self._postings.get(len(query))
        if not query or group is None:
            return []
        total = sum(map(_weight, query))
        chosen: list[tuple[tuple[list[int], list[str]], float]] | None = None
        chosen_token = query[0]
        chosen_size = 0
        for tok in query:
            if len(query) > 1 and _weight(tok) < _LOOKUP_MIN_SHARE * total:
                continue
            suffix = _bucket(tok.normal, tok.key)[len(tok.key) :]
            found = []
            size = 0
            for other, required in self._keys_near(tok).items():
                filed = group.get(other + suffix)
                if filed is not None:
                    found.append((filed, required))
                    size += len(filed[0])
            if _RULE_DEPENDENT.search(tok.folded):
                filed = group.get("=" + tok.folded)
                if filed is not None:
                    found.append((filed, 0.0))  # the same spelling: always a candidate
                    size += len(filed[0])
            if chosen is None or size < chosen_size:
                chosen, chosen_token, chosen_size = found, tok, size
                if size == 0:
                    return []
        normal = chosen_token.normal
        ids: set[int] = set()
        for (entries, normals), required in chosen or ():
            for entry, other in zip(entries, normals):
                if entry in ids:
                    continue
                if (
                    other == normal
                    or required <= 0.0
                    or (
                        _length_bound(normal, other) >= required
                        and _similarity(normal, other) >= required
                    )
                ):
                    ids.add(entry)
        best: dict[P, tuple[str, float]] = {}
        for entry in ids:
            payload, name, rules = self._entries[entry]
            score = _name_score(query, _analyze_name(name, rules))
            if score >= min_score:
                held = best.get(payload)
                if held is None or score > held[1] or (score == held[1] and name < held[0]):
                    best[payload] = (name, score)
        ranked = [(payload, name, score) for payload, (name, score) in best.items()]
        ranked.sort(key=lambda r: (-r[2], r[1]))
        return ranked


def _restore_index(blob: bytes) -> TranslitIndex[Hashable]:
    paused = gc.isenabled()
    gc.disable()
    try:
        entries, postings, neighbours, keys = pickle.loads(blob)
    finally:
        if paused:
            gc.enable()
    index: TranslitIndex[Hashable] = TranslitIndex()
    index._entries, index._postings, index._neighbours, index._keys = (
        entries,
        postings,
        neighbours,
        keys,
    )
    return index
