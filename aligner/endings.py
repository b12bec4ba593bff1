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

A German -s on a name is a genitive or a plural, and only the words before it tell
which (:func:`plural_ending`; a determiner cannot stand before a Saxon genitive, so after
one the -s is the noun's own):

=============================================  ==================  ===========================
words before the name                          the -s is           ``--to en``
=============================================  ==================  ===========================
a plural determiner or a number (die, den,     a plural            die Huthis → die Houthis,
der, alle, beide, keine, zwei, 3, ...: see                         zwei Lawrows → zwei Lavrovs
:data:`PLURAL_BEFORE`), perhaps with up to
two adjectives (die jemenitischen Huthis)
a relative pronoun: die, der, den, welche      a genitive          …, der Lawrows Reise plante
after a comma, a capital word after the name
des, eines, dieses, any other word, none       a genitive          des Irans → des Iran's,
                                                                   Lawrows Reise → Lavrov's
=============================================  ==================  ===========================

"der Huthis" is a genitive plural ("of the Houthis"): the article carries the case, the
-s the number, so the name is a plural. Between a determiner and the name only lower-case
words ending in -e or -en count as adjectives, and only when no capital word follows the
name ("die wegen Lawrows Rede" is not a plural). An English plural is the target plus s,
es after x, z, ch or sh, and nothing after s: a target ending in s is a plural already
("Houthis") or a name whose plural nobody writes ("Hamas").
"""

from __future__ import annotations

import re
from functools import lru_cache

from glossary.model import EntryType, lang_matches

__all__ = [
    "APOSTROPHES",
    "ENDINGS",
    "PLURAL_BEFORE",
    "apostrophe_ending",
    "carry_ending",
    "match_ending",
    "plural_ending",
]

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
#: German words (casefolded) after which a name's -s is a plural: articles, determiners
#: and numbers that go with a plural noun. Those of a genitive singular (des, eines,
#: dieses, jenes, keines, meines, ...) are left out: after them the -s is a genitive.
PLURAL_BEFORE = frozenset(
    {"die", "den", "der",
     "alle", "allen", "aller", "beide", "beiden", "beider", "keine", "keinen", "keiner",
     "mehrere", "mehreren", "mehrerer", "einige", "einigen", "einiger",
     "viele", "vielen", "vieler", "wenige", "wenigen", "weniger",
     "manche", "manchen", "mancher", "sämtliche", "sämtlichen", "sämtlicher",
     "etliche", "etlichen", "etlicher", "solche", "solchen", "solcher",
     "diese", "diesen", "dieser", "jene", "jenen", "jener", "welche", "welchen", "welcher",
     "deren", "derer", "andere", "anderen", "anderer",
     "meine", "meinen", "meiner", "deine", "deinen", "deiner", "seine", "seinen", "seiner",
     "ihre", "ihren", "ihrer", "unsere", "unseren", "unserer", "eure", "euren", "eurer",
     "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
     "zwanzig", "dreißig", "hundert", "tausend", "hunderte", "hunderten", "tausende",
     "tausenden", "dutzende", "dutzenden"}
)  # fmt: skip
#: Determiners that are also relative pronouns ("der Mann, der Lawrows Reise plante").
_RELATIVE = frozenset({"die", "der", "den", "welche", "welcher", "welchen"})
#: Lower-case words ending in -e or -en that are no adjectives.
_NOT_ADJECTIVES = frozenset(
    {"wegen", "gegen", "neben", "zwischen", "binnen", "ohne", "eben", "oben", "unten",
     "hinten", "vorne", "innen", "außen", "gerne", "heute", "bitte", "ehe"}
)  # fmt: skip
_WORDS = re.compile(r"[^\W_]+|[^\w\s]")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_])")
_OPENING_QUOTES = frozenset("\"'„“‚‘»«(")
#: How far back :func:`plural_ending` reads: a determiner and two adjectives.
_LOOK_BACK = 80


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


def plural_ending(ending: str, text: str, start: int, end: int, lang: str) -> bool:
    """Whether *ending*, ending the mention ``text[start:end]``, is a German plural -s.

    The words before the mention decide (see the table above); anything else, text in
    another language included, is no plural here. :func:`carry_ending` takes the answer.

    >>> plural_ending("s", "Angriffe der Huthis.", 13, 19, "de")
    True
    >>> plural_ending("s", "die jemenitischen Huthis griffen an", 18, 24, "de")
    True
    >>> plural_ending("s", "Lawrows Reise", 0, 7, "de"), plural_ending("s", "des Irans", 4, 9, "de")
    (False, False)
    >>> plural_ending("s", "Der Mann, der Lawrows Reise plante", 14, 21, "de")
    False
    """
    if ending != "s" or _base(lang) != "de":
        return False
    words = _words_before(text, start)
    if words and words[-1] in _OPENING_QUOTES:
        del words[-1]  # die „Huthis“
    if not words:
        return False
    after = _NEXT_WORD.match(text, end)
    capital_after = after is not None and after.group(1).isupper()
    i = _determiner_at(words, adjectives=not capital_after)
    word = words[i].casefold()
    if word.isdigit():
        return word != "1"
    if word not in PLURAL_BEFORE:
        return False
    # a relative pronoun before a genitive: "der Mann, der Lawrows Reise plante"
    return not (capital_after and word in _RELATIVE and i > 0 and words[i - 1] == ",")


#: Words before a German noun whose plural is spelled like its singular (der/die
#: US-Dollar) that make it a plural whatever its gender: quantifiers and numbers.
_PLURAL_QUANTIFIERS = PLURAL_BEFORE - {
    "die", "den", "der", "diese", "diesen", "dieser", "jene", "jenen", "jener", "welche",
    "welchen", "welcher", "deren", "derer", "meine", "meinen", "meiner", "deine", "deinen",
    "deiner", "seine", "seinen", "seiner", "ihre", "ihren", "ihrer", "unsere", "unseren",
    "unserer", "eure", "euren", "eurer", "keine", "keinen", "keiner", "solche", "solchen",
    "solcher", "manche", "manchen", "mancher", "andere", "anderen", "anderer",
}  # fmt: skip
#: ... and those that make a masculine or neuter one a plural (die US-Dollar, diese Dollar).
_PLURAL_BEFORE_MASCULINE = frozenset(
    {"die", "diese", "jene", "welche", "meine", "deine", "seine", "ihre", "unsere", "eure",
     "keine", "solche", "manche", "andere"}
)  # fmt: skip


def invariant_plural(text: str, start: int, lang: str, *, masculine_or_neuter: bool) -> bool:
    """Whether the German noun starting at *start*, whose plural is spelled like its
    singular, is a plural here: after a number other than 1 or a quantifier (zwei, viele,
    alle), adjectives between; after die, diese, keine, ... only a masculine or neuter
    noun (der US-Dollar, die US-Dollar).

    >>> invariant_plural("Sie zahlten 100 US-Dollar.", 16, "de", masculine_or_neuter=True)
    True
    >>> invariant_plural("Der US-Dollar fiel.", 4, "de", masculine_or_neuter=True)
    False
    >>> invariant_plural("Die vielen amerikanischen Dollar", 26, "de", masculine_or_neuter=True)
    True
    """
    if _base(lang) != "de":
        return False
    words = _words_before(text, start)
    if not words:
        return False
    word = words[_determiner_at(words, adjectives=True)].casefold()
    if word.isdigit():
        return word != "1"
    return word in _PLURAL_QUANTIFIERS or (
        masculine_or_neuter and word in _PLURAL_BEFORE_MASCULINE)


def _words_before(text: str, start: int) -> list[str]:
    """The whole words in the :data:`_LOOK_BACK` characters before *start*."""
    lo = max(0, start - _LOOK_BACK)
    words: list[str] = _WORDS.findall(text, lo, start)
    if lo and words and text[lo - 1].isalnum():
        del words[0]  # the window cut it
    return words


def _determiner_at(words: list[str], *, adjectives: bool) -> int:
    """The index of the word that decides the number of what follows *words*: the last
    one, or with *adjectives* the one before up to two adjectives (die jemenitischen)."""
    i = len(words) - 1
    if adjectives:
        while i > 0 and len(words) - i <= 2 and _adjective(words[i]):
            i -= 1
    return i


def _adjective(word: str) -> bool:
    """Whether *word* may be an inflected adjective between a determiner and a name."""
    return (
        len(word) > 3
        and word[0].islower()
        and word.endswith(("e", "en"))
        and word.isalpha()
        and word not in PLURAL_BEFORE
        and word not in _NOT_ADJECTIVES
    )


def _english_plural(stem: str) -> str:
    """The plural ending of English *stem*: s, es after x, z, ch and sh, none after s."""
    last = stem[-1:].casefold()
    if last == "s":
        return ""
    if last in ("x", "z") or stem[-2:].casefold() in ("ch", "sh"):
        return "es"
    return "s"


def carry_ending(
    ending: str,
    *,
    source: str,
    target: str,
    stem: str,
    entry_type: EntryType,
    plural: bool = False,
) -> str:
    """The ending to write after *stem* (the new form, in language *target*).

    *ending* was found in *source*-language text; *plural* says that a German -s is a
    plural (:func:`plural_ending`). German genitive (-s, -es, -ns, ') on a name becomes
    the English possessive and back; plural endings carry over where the two stems end
    alike, else they are dropped (the caller flags such changes).

    >>> carry_ending("s", source="de", target="en", stem="Sergey Lavrov", entry_type=EntryType.PERSON)
    "'s"
    >>> carry_ending("s", source="de", target="en", stem="Houthis", entry_type=EntryType.ORGANIZATION,
    ...              plural=True)
    ''
    >>> carry_ending("s", source="de", target="de", stem="Abbas Araghtschi", entry_type=EntryType.PERSON)
    's'
    >>> carry_ending("'s", source="en", target="de", stem="Lawrow", entry_type=EntryType.PERSON)
    's'
    >>> carry_ending("s", source="de", target="de", stem="Boris", entry_type=EntryType.PERSON)
    "'"
    >>> carry_ending("es", source="de", target="de", stem="Kaspischen Meer", entry_type=EntryType.PLACE)
    'es'
    """
    if not ending:
        return ""
    src, dst = _base(source), _base(target)
    sibilant = stem[-1:].casefold() in _SIBILANTS
    apostrophe = ending[0] in APOSTROPHES
    genitive = apostrophe or (
        entry_type in _NAMES and src == "de" and ending in ("s", "es", "ns")
        and not (plural and ending == "s")
    )
    if genitive:
        if dst == "en":
            return "'" if sibilant else "'s"
        if dst == "de":
            if sibilant:
                return "'"
            # German to German keeps the genitive as written: des Meeres, des Irans
            return ending if src == "de" and not apostrophe else "s"
        return ""
    # plural or case endings: keep them within a language, translate the plural -s
    if src == dst:
        return ending
    if dst == "en" and ending in ("n", "en", "s", "se"):
        return _english_plural(stem)
    return ""
