"""What a mention is rewritten to: the target term as the surface has it, nothing more.

A rewrite changes the name or term and keeps everything the writer decided: the number
(a plural stays a plural: "nuclear weapons" → "Atomwaffen", "Atomwaffen" → "nuclear
weapons"), the case (a genitive stays one: "Lawrows" → "Lavrov's", "Iran's" → "Irans",
"the Soviet Union's" → "the Sowjetunion", a feminine noun taking no -s), the capitals (a
heading's "Russia-Iran Alliance" stays title-cased, a sentence-initial word keeps its
capital, "SERGEJ LAWROW" stays in capitals) and the apostrophe ("Iran’s" keeps its ’).
An ending is read by the rules of the term's language, so an English "combat drones"
left in German text is an English plural, never "Kampfdrohnes".

When the surface says what the target says, the surface stays as written: "Iran’s" in
English, "des Shetab-Netzes" in German. When a plural is asked for and the target's
plural is unknown (:mod:`aligner.number`), the mention stays as written rather than lose
its number.

=====================================  =========================================
the surface                            the rewrite (target language)
=====================================  =========================================
English plural (-s, -es; a plural      the target's plural: Drohnen, ständige
form of the glossary's)                Mitglieder; German dative -n kept in German
German plural (-n, -en, -s, -e: a      nuclear weapons, drones
plural form; -s after a plural
determiner on a name)
genitive, into English                 's, ' after s; none when a German
                                       article carries the case (des Irans → des
                                       Iran)
genitive, into German                  names -s (' after s, ß, x, z), feminine
                                       ones none (der Sowjetunion); masculine and
                                       neuter nouns -s or -es (Bündnisses); other
                                       nouns none
German case ending (-n, -en)           kept in German, dropped in English
=====================================  =========================================
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from glossary.equivalent import NAMED
from glossary.fold import fold
from glossary.model import EntryType, Gender, Term, lang_matches

from .context import sentence_initial
from .declension import declension_of, decline
from .endings import APOSTROPHES, invariant_plural, plural_ending
from .number import RULED_PLURALS, plural

__all__ = ["Surface", "cased", "plural_form", "rewrite"]

_SIBILANTS = ("s", "ß", "x", "z")
#: German determiners of a genitive singular: after them the article carries the case.
_GENITIVE_ARTICLES = frozenset(
    {"des", "eines", "dieses", "jenes", "keines", "meines", "deines", "seines", "ihres",
     "unseres", "eures", "jedes", "welches", "manches"}
)  # fmt: skip
#: English words a title keeps in lower case (after its first word).
_MINOR = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to",
                    "for", "by", "with", "from", "as", "vs", "via"})
_WORDS = re.compile(r"[^\W_]+")
_LOOK_BACK = 80


def _base(lang: str) -> str:
    return "de" if lang_matches(lang, "de") else "en" if lang_matches(lang, "en") else ""


@dataclass(frozen=True, slots=True)
class Surface:
    """A mention as written: where it is, its stem and ending, and the term it matched."""

    text: str
    start: int
    end: int
    stem: str
    ending: str
    term: Term
    entry_type: EntryType
    lang: str  # the language of the text
    fuzzy: bool = False  # a spelling the glossary does not list: the writer's, in *lang*

    @property
    def source(self) -> str:
        """The language whose rules read the ending: the listed term's ("combat drones"
        in German text is an English plural), else the text's."""
        if self.fuzzy:
            return _base(self.lang)
        return _base(self.term.lang) or _base(self.lang)


def _folded(text: str) -> str:
    return "".join(fold(text).split())


def _number(s: Surface) -> tuple[bool, bool, str | None]:
    """(plural, German dative plural, adjective declension of a plural phrase)."""
    if s.term.is_plural:
        # a plural term: sanctions, die Vereinten Nationen, den Russisch-Persischen Kriegen
        return True, s.source == "de" and s.ending == "n", None
    if s.term.plural_alike and not s.ending:
        # a plural spelled like the singular (der US-Dollar, 100 US-Dollar): the words
        # before it tell
        return invariant_plural(s.text, s.start, s.lang, masculine_or_neuter=s.term.gender in (
            Gender.MASCULINE, Gender.NEUTER)), False, None
    rules = s.entry_type in RULED_PLURALS
    many = plural(s.term, rules=rules)
    src = s.source
    if (many is not None and _folded(many) != _folded(s.term.text)
            and declension_of(s.stem, s.term.text) is None):
        # (der Russische Rubel, den bilateralen Handel: where a declined singular reads
        # the same as the plural, the singular is taken)
        key = _folded(many)
        stem = _folded(s.stem)
        ending = s.ending.casefold()
        if stem == key or _folded(s.stem + s.ending) == key:
            return True, False, None
        if src == "de" and (stem + ending == key + "n" or (stem == key and ending == "n")):
            return True, True, None
        declined = declension_of(s.stem, many)
        if declined is not None and ending in ("", "n"):
            return True, ending == "n", declined
    elif src == "de" and s.ending in ("n", "en"):
        # a name that is a compound of a noun (Shahed-Drohne-n): the rules tell
        ruled = plural(s.term)
        if ruled is not None and _folded(s.stem + s.ending) == _folded(ruled):
            return True, False, None
    if src == "en" and s.ending in ("s", "es"):
        return True, False, None
    if src == "de" and plural_ending(s.ending, s.text, s.start, s.end, s.lang):
        return True, False, None
    return False, False, None


def plural_form(s: Surface) -> bool:
    """Whether *s* is a plural of its term (an ending or a plural form)."""
    return _number(s)[0]


def _article_genitive(text: str, start: int) -> bool:
    """Whether a German genitive article (with up to two adjectives) stands before *start*."""
    words = _WORDS.findall(text, max(0, start - _LOOK_BACK), start)
    i = len(words) - 1
    while i > 0 and len(words) - i <= 2 and words[i].islower() and words[i].endswith("en"):
        i -= 1
    return i >= 0 and words[i].casefold() in _GENITIVE_ARTICLES


def _apostrophe(s: Surface) -> str:
    """The writer's apostrophe: the one in the ending, else the text's usual one."""
    if s.ending[:1] in APOSTROPHES:
        return s.ending[0]
    window = s.text[max(0, s.start - 2000) : s.end + 2000]
    return "\u2019" if window.count("\u2019") > window.count("'") else "'"


def _genitive(s: Surface, new: Term, text: str, dst: str) -> str:
    """The genitive ending of *text* (the target form) in language *dst*."""
    src = s.source
    sibilant = text[-1:].casefold() in _SIBILANTS or text.casefold().endswith("tz")
    if dst == "en":
        if src == "de" and _article_genitive(s.text, s.start):
            return ""  # des Irans → des Iran: the article carries the case
        return _apostrophe(s) + ("" if text[-1:].casefold() == "s" else "s")  # Tabriz's, Abbas'
    if dst != "de":
        return ""
    if new.gender is Gender.FEMININE and s.entry_type is not EntryType.PERSON:
        return ""  # der Sowjetunion
    named = s.entry_type in NAMED
    if src == "de" and s.ending[:1] not in APOSTROPHES and not sibilant:
        return s.ending if s.ending in ("s", "es") else "s"  # as written: des Krieges
    if sibilant:  # des Netzes after an article; Boris', Paris' without one
        article = src == "de" and _article_genitive(s.text, s.start)
        return "es" if article or (not named and new.gender is not None) else _apostrophe(s)
    if named or new.gender in (Gender.MASCULINE, Gender.NEUTER):
        return "s"
    return ""


_SPACES = re.compile(r"\s+")


def spaced(new: str, stem: str) -> str:
    """*new* with the writer's white space between its words (a no-break space stays one),
    where *stem* has as many words."""
    gaps = _SPACES.findall(stem)
    if not gaps or all(g == " " for g in gaps):
        return new
    parts = new.split(" ")
    if len(parts) != len(gaps) + 1:
        return new
    return "".join(p + g for p, g in zip(parts, [*gaps, ""], strict=True))


def cased(new: str, s: Surface, target_term: Term, dst: str) -> str:
    """*new* with the capitals the writer gave the surface (see the module's table)."""
    if target_term.case_sensitive or not new:
        return new
    stem, term_text = s.stem, s.term.text
    letters = [c for c in stem if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters) and not term_text.isupper():
        return new.upper()
    words = stem.split()
    writer_capital = stem[:1].isupper() and not term_text[:1].isupper()
    if (dst == "en" and len(words) > 1 and all(w[:1].isupper() for w in words if w[:1].isalpha())
            and any(w[:1].islower() for w in term_text.split()[1:])):
        out = []
        for i, w in enumerate(new.split(" ")):
            out.append(w if i and w in _MINOR else w[:1].upper() + w[1:])
        return " ".join(out)
    if new[:1].islower() and (writer_capital or sentence_initial(s.text, s.start)):
        return new[:1].upper() + new[1:]
    return new


def rewrite(s: Surface, new: Term, *, target: str, declension: str | None = None) -> str | None:
    """The replacement of surface *s* by target term *new* in language *target*, or None
    when the surface should stay as written (its plural has no target form)."""
    dst = _base(target)
    src = s.source
    many, dative, plural_declension = _number(s)
    text = new.text
    if many:
        target_plural = plural(new, rules=s.entry_type in RULED_PLURALS)
        if target_plural is None:
            if s.term.is_plural and s.entry_type not in RULED_PLURALS:
                target_plural = text  # a name in the plural: the target name as it is
            elif s.entry_type not in NAMED:
                return None  # keep the number or keep the text
            else:  # a name: a noun compound by the rules (Shahed-Drohnen); else English
                # adds -s (two Lavrovs) and German names take none
                target_plural = plural(new) if dst == "de" else None
                if target_plural is None:
                    target_plural = text if dst != "en" or text.endswith("s") else text + "s"
        text = target_plural
        adjectives = plural_declension or declension
        if adjectives and dst == "de":
            text = decline(text, adjectives)
        if dative and dst == "de" and not text.endswith(("n", "s")):
            text += "n"
        return spaced(cased(text, s, new, dst), s.stem)
    if declension and dst == "de":
        text = decline(text, declension)  # am Kaspischen Meer stays declined
    text = spaced(cased(text, s, new, dst), s.stem)
    ending = s.ending
    if not ending:
        return text
    genitive = ending[:1] in APOSTROPHES or (src == "de" and ending in ("s", "es", "ns"))
    if genitive:
        suffix = _genitive(s, new, text, dst)
    elif src == dst:
        suffix = ending  # a case ending within a language: dem Präsidenten
    else:
        suffix = ""
    if suffix and text.isupper() and len(text) > 1:
        suffix = suffix.upper()
    return text + suffix
