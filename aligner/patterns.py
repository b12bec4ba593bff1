"""The spellings of a term the matcher looks for, all in match form.

One term gives a handful of patterns, all through :func:`aligner.textfold.fold_pattern`
(the text side uses the same function, so both meet):

- the term as written, folded ("st  petersburg": the dot is a boundary of its own);
- each key of :func:`glossary.fold.fold_keys`: dots and apostrophes erased, umlauts also
  spelled ae/oe/ue ("st petersburg", "bundnis", "buendnis");
- the term with umlauts spelled out before folding, for terms with punctuation;
- for German terms, "ss" also spelled "ß" (at most two places), so "Rußland" meets
  "Russland" and "Straße" meets "Strasse".

Patterns holding a letter the match form cannot spell (Cyrillic, Persian script, ...)
are dropped: the aligner reads English and German text.
"""

from __future__ import annotations

from itertools import combinations

from glossary.fold import fold_keys
from glossary.model import Term, lang_matches

from .declension import declensions
from .textfold import OTHER_LETTER, SHARP_S, fold_pattern

__all__ = ["MAX_PATTERN", "term_patterns"]

#: Longest pattern the matcher stores (it keeps lengths in 12 bits).
MAX_PATTERN = 4000

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _sharp_s(pattern: str) -> list[str]:
    spots: list[int] = []
    start = pattern.find("ss")
    while start >= 0 and len(spots) < 3:
        spots.append(start)
        start = pattern.find("ss", start + 2)
    if not spots or len(spots) > 2:
        return []
    out = []
    for n in range(1, len(spots) + 1):
        for chosen in combinations(spots, n):
            chars = list(pattern)
            for i in sorted(chosen, reverse=True):
                chars[i : i + 2] = [SHARP_S]
            out.append("".join(chars))
    return out


def term_patterns(term: Term, *, decline: bool = False, also: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The match-form patterns of *term*, without duplicates, the plain fold first.

    >>> term_patterns(Term("Russland-Iran-Bündnis", "de"))
    ('russland iran bundnis', 'russland iran buendnis', 'rußland iran bundnis', 'rußland iran buendnis')
    >>> term_patterns(Term("St. Petersburg", "en"))
    ('st  petersburg', 'st petersburg')
    >>> term_patterns(Term("Мир", "ru"))
    ()

    With *decline* (for the terms :func:`aligner.declension.declinable` names), the term
    is also spelled with its adjectives declined: "Kaspisches Meer" gives "kaspische meer"
    and the rest. *also* are more forms of the term to find the same way (its plural:
    "ständige Mitglieder", declined "ständigen Mitglieder" + n).
    """
    texts = [term.text, *also]
    if decline:
        texts.extend(d for text in texts[:] for d in declensions(text))
    found: list[str] = []
    for text in texts:
        found.append(fold_pattern(text))
        found.extend(fold_pattern(key) for key in fold_keys(text))
        if not text.isascii():
            found.append(fold_pattern(text.translate(_UMLAUTS)))
    if lang_matches(term.lang, "de"):
        found.extend(alt for p in list(found) for alt in _sharp_s(p))
    out = dict.fromkeys(
        p for p in found if p and OTHER_LETTER not in p and len(p) <= MAX_PATTERN
    )
    return tuple(out)
