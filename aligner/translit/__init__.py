"""Transliteration-aware comparison of names spelled the English way and the German way.

English and German romanise Russian, Ukrainian, Persian, Arabic, Bulgarian and Mongolian
names differently: Lavrov/Lawrow, Zakharova/Sacharowa, Khamenei/Chamenei, Javad/Dschawad,
Haskovo/Chaskowo, Bulgaria/Bulgarien. Phonetic codes built for one language do not know
this. This package reads an English spelling with English rules and a German spelling
with German rules, from the tables in ``aligner/data/translit.yaml`` (letters, letters
read two ways, ending classes, particles: a linguist extends them there). Both come out
in one *normalised spelling* (vowels kept, one symbol for each class of sounds). The
consonants of that spelling are the *key*, a consonant skeleton:

    >>> translit_key("Zakharova", "en"), translit_key("Sacharowa", "de")
    ('shrv', 'shrv')
    >>> normalize("Wjatscheslaw", "de"), normalize("Vyacheslav", "en")
    ('viačeslav', 'viačeslav')

A token has a few *readings*: the plain one, the ones with a letter read the other way
(German ch as h: Chaskowo/Haskovo; English j as y: Jamaica/Jamaika), and the ones with
an ending of an ending class taken off (Bulgaria and Bulgarien both read "bulgar" in the
class "land"; Rome and Rom both "rom" with a bare stem). :class:`TranslitIndex` finds
candidates by the keys of their readings, exactly or within one edit. It uses a
*deletion neighbourhood*, so it never scans. :func:`name_similarity` confirms and ranks
each candidate.

Scoring a token against a token
===============================
The best pair of readings with the same ending counts. Each reading other than the plain
one costs :data:`OTHER_READING_COST`, so a plain match wins a tie.

=======================================  =================================================
case                                     outcome
=======================================  =================================================
same folded spelling                     1.0
same normalised spelling                 :data:`SAME_NORMAL_SCORE` (0.98)
endings differ                           no match for this pair of readings. The ending
                                         is "" after a consonant, else the last vowel
                                         (e = i), or the class of the ending taken off:
                                         Navalny / Navalnaya and Zakharov / Zakharova
                                         stay apart
one starts with a vowel, the other not   no match: erobert / Robert
keys equal                               needs the similarity in
                                         :data:`REQUIRED_SIM_SAME_KEY` for its length
keys one edit apart (OSA distance 1)     needs :data:`REQUIRED_SIM_ONE_EDIT`. Both keys
                                         need :data:`FUZZY_MIN_KEY_LEN` (4) consonants,
                                         and the edit may change neither the first nor
                                         the last one (Omsk / Tomsk, Russland / Ruslan)
anything else                            no match
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
insert or delete a vowel next to a vowel: a glide      :data:`VOWEL_GLIDE_COST` (0.5)
(Umerov / Umjerow), the e of an umlaut (Dusseldorf /
Düsseldorf), a vowel cluster (Dniester / Dnister)
=====================================================  ===============================

Multi-word names are scored by the best monotone alignment of their tokens. Each aligned
pair must reach :data:`MATCH_THRESHOLD` on its own. The name score is the mean of the
token scores, weighted by token length over the tokens of both names, and unaligned
tokens count as zero. So "Sergei Lavrov" / "Sergej Lawrin" and "Javad Zarif" /
"Mohammad Javad Zarif" are refused. Names with different numbers of words are also
compared as one joined word each (Amu Darya / Amudarja).

Whether a word of running text is a name at all is not decided here: an ordinary word
that reads like a name (Kasten / Kastan) matches it. :mod:`aligner.fuzzy` asks
:mod:`aligner.words` first.

Known limits
============
* German "sch" is always read as one sound, never as s + ch (Maschadow / Maskhadov).
* Russian g against Ukrainian h (Goncharenko / Hontscharenko), and names whose first or
  last consonant differs (Dschisak / Jizzakh) are refused.
* Other scripts are not transliterated: "Лавров" only matches Cyrillic spellings.
"""

from __future__ import annotations

from typing import Any

from ._index import TranslitIndex
from ._score import (
    CLOSE_VOWEL_COST,
    FUZZY_MIN_KEY_LEN,
    MATCH_THRESHOLD,
    NEAR_CONSONANT_COST,
    NEAR_CONSONANTS,
    OTHER_READING_COST,
    REQUIRED_SIM_ONE_EDIT,
    REQUIRED_SIM_SAME_KEY,
    SAME_NORMAL_SCORE,
    SHORT_KEY_MAX,
    VOWEL_COST,
    VOWEL_GLIDE_COST,
    name_score,
)
from ._spell import MAX_TOKEN_LETTERS, analyze_name
from ._tables import rules_for, tables

__all__ = [
    "CLOSE_VOWEL_COST",
    "FUZZY_MIN_KEY_LEN",
    "MATCH_THRESHOLD",
    "MAX_TOKEN_LETTERS",
    "NEAR_CONSONANTS",
    "NEAR_CONSONANT_COST",
    "OTHER_READING_COST",
    "PARTICLES",
    "REQUIRED_SIM_ONE_EDIT",
    "REQUIRED_SIM_SAME_KEY",
    "SAME_NORMAL_SCORE",
    "SHORT_KEY_MAX",
    "VOWEL_COST",
    "VOWEL_GLIDE_COST",
    "TranslitIndex",
    "name_similarity",
    "normalize",
    "translit_key",
]


def __getattr__(name: str) -> Any:
    if name == "PARTICLES":
        # Tokens ignored when a name has other tokens (read from the tables on first use).
        return tables().particles
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def normalize(name: str, lang: str) -> str:
    """The normalised spelling of *name* read with the rules of *lang* (vowels kept).

    >>> normalize("Massud Peseschkian", "de") == normalize("Masoud Pezeshkian", "en")
    True
    """
    return " ".join(t.normal for t in analyze_name(name, rules_for(lang)))


def translit_key(name: str, lang: str) -> str:
    """The consonant skeleton of *name* read with the rules of *lang*.

    *lang* is "en", "de" (region subtags such as "de-AT" are ignored) or anything else
    for the neutral rules. The keys of a multi-word name's tokens are joined by a space.

    >>> translit_key("Khamenei", "en"), translit_key("Chamenei", "de")
    ('hmn', 'hmn')
    >>> translit_key("Dschawad Sarif", "de") == translit_key("Javad Zarif", "en")
    True
    """
    return " ".join(t.key for t in analyze_name(name, rules_for(lang)))


def name_similarity(a: str, lang_a: str, b: str, lang_b: str) -> float:
    """How well *a* (spelled the *lang_a* way) and *b* (the *lang_b* way) match, in [0, 1].

    Names match from :data:`MATCH_THRESHOLD` on.

    >>> name_similarity("Sergej Lawrow", "de", "Sergei Lavrov", "en") >= MATCH_THRESHOLD
    True
    >>> name_similarity("Marija Sacharowa", "de", "Maria Zaharieva", "en") < MATCH_THRESHOLD
    True
    >>> name_similarity("Bulgarien", "de", "Bulgaria", "en") >= MATCH_THRESHOLD
    True
    """
    ra, rb = rules_for(lang_a), rules_for(lang_b)
    return name_score(analyze_name(a, ra), analyze_name(b, rb), ra, rb)
