"""German adjective declension inside multi-word terms: das Kaspische Meer.

A glossary lists a German noun phrase in the nominative, as a dictionary would: "Kaspisches
Meer", "Persischer Golf", "Vereinte Nationen", "Islamischer Staat". Running text declines
its adjectives with the article and the case: "das Kaspische Meer", "am Kaspischen Meer",
"des Persischen Golfs", "den Vereinten Nationen". The ending on the last word (Golf-s) is
an ordinary inflection ending (:mod:`aligner.endings`); the endings inside the phrase are
this module's.

An *adjective slot* of a German term is a word that

- is not the last word, is made of letters and at least four of them, and is followed by
  white space (a hyphen makes a compound: "Iran-Russland-Allianz" has no slot),
- ends in one of the strong or weak adjective endings -e, -en, -em, -er, -es,
- and is followed only by such words up to a last word that starts with a capital (the
  noun the adjectives qualify: "Gemeinsamer umfassender Aktionsplan" has two slots).

All slots of a phrase take the same ending, as German adjectives in one noun phrase do.
:func:`declensions` spells the term with each of the five endings, which the matcher adds
as patterns of the term; :func:`declension_of` tells which ending a surface carries, so the
mention is reported as inflected; :func:`decline` writes a target form with that ending,
so normalization keeps "am Kaspischen Meer" rather than "am Kaspisches Meer". Names of
people are never declined this way (the caller asks only for other entries).

>>> declensions("Kaspisches Meer")
('Kaspische Meer', 'Kaspischen Meer', 'Kaspischem Meer', 'Kaspischer Meer')
>>> declension_of("Kaspischen  Meer", "Kaspisches Meer"), decline("Kaspisches Meer", "en")
('en', 'Kaspischen Meer')
>>> declensions("Straße von Hormus"), declensions("Sergei Lawrow"), declensions("Lune-Karo-Bündnis")
((), (), ())
"""

from __future__ import annotations

import re
from functools import lru_cache

from glossary.fold import fold
from glossary.model import EntryType, Term, lang_matches

__all__ = ["ADJECTIVE_ENDINGS", "declension_of", "declensions", "declinable", "decline"]

#: The endings of German adjectives, longest first (strong and weak declension).
ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")
_WORD = re.compile(r"[^\W\d_]+|[^\w]+|\w+")


def declinable(term: Term, entry_type: EntryType) -> bool:
    """Whether *term* may be met with its adjectives declined: a German term of more than
    one word, of an entry that is not a person (the one rule the matcher and the aligner
    both follow)."""
    return (entry_type is not EntryType.PERSON and " " in term.text
            and lang_matches(term.lang, "de"))


def _split(text: str) -> list[str]:
    """*text* as alternating runs: words and what separates them."""
    return _WORD.findall(text)


def _ending(word: str) -> str | None:
    if len(word) < 4 or not word.isalpha():
        return None
    return next((e for e in ADJECTIVE_ENDINGS if word.endswith(e) and len(word) - len(e) >= 3), None)


@lru_cache(maxsize=4096)
def _slots(text: str) -> tuple[tuple[int, str], ...]:
    """The adjective slots of *text*: (index into its runs, the slot's stem)."""
    runs = _split(text)
    words = [i for i, r in enumerate(runs) if r[0].isalpha()]
    if len(words) < 2 or not runs[words[-1]][0].isupper():
        return ()
    slots: list[tuple[int, str]] = []
    for i in reversed(words[:-1]):  # the adjectives right before the noun
        ending = _ending(runs[i])
        if ending is None or not runs[i + 1].isspace():  # Karo-Lune-Bündnis: a compound
            break
        slots.append((i, runs[i][: len(runs[i]) - len(ending)]))
    return tuple(reversed(slots))


def decline(text: str, ending: str) -> str:
    """*text* with every adjective slot ending in *ending* (*text* itself if it has none)."""
    slots = _slots(text)
    if not slots:
        return text
    runs = _split(text)
    for i, stem in slots:
        runs[i] = stem + ending
    return "".join(runs)


@lru_cache(maxsize=4096)
def declensions(text: str) -> tuple[str, ...]:
    """*text* with its adjective slots in each other ending; () when it has no slot."""
    if not _slots(text):
        return ()
    return tuple(d for d in (decline(text, e) for e in sorted(ADJECTIVE_ENDINGS, key=len))
                 if d != text)


@lru_cache(maxsize=4096)
def _folded_declensions(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for ending in ADJECTIVE_ENDINGS:
        declined = decline(text, ending)
        out.setdefault(_key(declined), ending)
    return out


def _key(text: str) -> str:
    return "".join(fold(text).split())


def declension_of(surface: str, term: str) -> str | None:
    """The adjective ending *surface* carries when it spells *term* declined, else None.

    Spellings compare as the matcher does (case, diacritics, spaces and hyphens aside);
    None too when *surface* is *term* in its own ending.
    """
    if not _slots(term):
        return None
    ending = _folded_declensions(term).get(_key(surface))
    if ending is None or _key(decline(term, ending)) == _key(term):
        return None
    return ending
