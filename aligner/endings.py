"""Inflection endings: which may follow a matched term, and how they carry over.

A glossary lists base forms; running text inflects them. Rather than stemming (Snowball
strips Lawrows to nothing useful), the aligner checks the characters right after a
matched term against a short list of endings of the text's language:

========  ===========================================  =====================================
lang      endings (then a word boundary)               examples
========  ===========================================  =====================================
de        s, es, n, en, ns; se and ses after s         Lawrows, Krieges, Drohnen, Bündnisses
de        ' after s, x, z or ß                         Boris'
en        s, es; 's and ' (any apostrophe)             drones, Lavrov's, Boris'
========  ===========================================  =====================================

A hyphen needs no ending: "Mir-Karten" and "Shahed-Drohnen" match "Mir" and "Shahed"
(or "Shahed-Drohne" + n) because hyphens are boundaries. :func:`carry_ending` decides what
a rewrite keeps: German genitive becomes the English possessive (Lawrows → Lavrov's).
"""

from __future__ import annotations

from functools import lru_cache

from glossary.model import EntryType, lang_matches

__all__ = ["APOSTROPHES", "ENDINGS", "apostrophe_ending", "carry_ending", "match_ending"]

#: Endings made of letters, longest first, per language.
ENDINGS: dict[str, tuple[str, ...]] = {
    "de": ("ses", "ns", "es", "en", "se", "s", "n"),
    "en": ("es", "s"),
}
#: Endings allowed only after a stem ending in s (Bündnis-ses, Bündnis-se).
_AFTER_S = frozenset({"ses", "se"})
#: Characters read as an apostrophe.
APOSTROPHES = frozenset("'\u2019\u02bc\u2032`\u00b4")
_SIBILANTS = frozenset("sxzß")
#: Entry types whose German -s is a genitive (names), not a plural.
_NAMES = frozenset(
    {EntryType.PERSON, EntryType.PLACE, EntryType.ORGANIZATION, EntryType.SYSTEM,
     EntryType.FACILITY, EntryType.EVENT, EntryType.DOCUMENT, EntryType.PRODUCT}
)  # fmt: skip


@lru_cache(maxsize=64)
def _base(lang: str) -> str:
    return "de" if lang_matches(lang, "de") else "en" if lang_matches(lang, "en") else ""


def match_ending(form: str, pos: int, lang: str) -> str | None:
    """The letter ending of match form *form* at *pos* followed by a space, or None.

    >>> match_ending(" lawrows sagte ", 7, "de"), match_ending(" irans ", 5, "en")
    ('s', 's')
    >>> match_ending(" iranian ", 5, "en") is None
    True
    """
    for ending in ENDINGS.get(_base(lang), ()):
        stop = pos + len(ending)
        if form.startswith(ending, pos) and form[stop] == " ":
            if ending in _AFTER_S and form[pos - 1] != "s":
                continue
            return ending
    return None


def apostrophe_ending(text: str, form: str, pos: int, tpos: int, lang: str) -> str | None:
    """An apostrophe ending at match-form *pos* (original offset *tpos*), or None.

    English takes 's and a bare apostrophe after s; German a bare apostrophe after s, x,
    z or ß. The ending is returned as written in *text* (Lavrov’s keeps its ’).
    """
    if tpos >= len(text) or text[tpos] not in APOSTROPHES:
        return None
    base = _base(lang)
    if base == "en" and form[pos + 1] == "s" and form[pos + 2] == " " and text[tpos + 1 : tpos + 2] in ("s", "S"):
        return text[tpos : tpos + 2]
    if base and form[pos - 1] in _SIBILANTS and form[pos + 1] == " ":
        return text[tpos]
    return None


def carry_ending(
    ending: str, *, source: str, target: str, stem: str, entry_type: EntryType
) -> str:
    """The ending to write after *stem* (the new form, in language *target*).

    *ending* was found in *source*-language text. German genitive (-s, -es, -ns, ') on a
    name becomes the English possessive and back; plural endings carry over where the
    two stems end alike, else they are dropped (the caller flags such changes).

    >>> carry_ending("s", source="de", target="en", stem="Sergey Lavrov", entry_type=EntryType.PERSON)
    "'s"
    >>> carry_ending("s", source="de", target="de", stem="Abbas Araghtschi", entry_type=EntryType.PERSON)
    's'
    >>> carry_ending("'s", source="en", target="de", stem="Lawrow", entry_type=EntryType.PERSON)
    's'
    >>> carry_ending("s", source="de", target="de", stem="Boris", entry_type=EntryType.PERSON)
    "'"
    """
    if not ending:
        return ""
    src, dst = _base(source), _base(target)
    sibilant = stem[-1:].casefold() in _SIBILANTS
    apostrophe = ending[0] in APOSTROPHES
    genitive = apostrophe or (
        entry_type in _NAMES and src == "de" and ending in ("s", "es", "ns")
    )
    if genitive:
        if dst == "en":
            return "'" if sibilant else "'s"
        if dst == "de":
            return "'" if sibilant else "s"
        return ""
    # plural or case endings: keep them within a language, translate the plural -s
    if src == dst:
        return ending
    if dst == "en" and ending in ("n", "en", "s", "se"):
        return "es" if sibilant else "s"
    return ""
