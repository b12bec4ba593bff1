"""Value types of a glossary: vocabularies, terms, entries and their origin in a file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

__all__ = [
    "Entry",
    "EntryType",
    "Gender",
    "Origin",
    "PartOfSpeech",
    "Review",
    "Stamp",
    "Term",
    "TermStatus",
    "TermType",
    "is_iso_date",
    "lang_matches",
]


class TermStatus(StrEnum):
    """Usage status of a term, as TBX-Basic's ``administrativeStatus``."""

    PREFERRED = "preferred"
    ADMITTED = "admitted"
    DEPRECATED = "deprecated"
    FORBIDDEN = "forbidden"

    @property
    def rank(self) -> int:
        """Sort key: preferred first, forbidden last."""
        return _STATUS_RANK[self]

    @property
    def discouraged(self) -> bool:
        """True for deprecated and forbidden terms: a writer should replace them."""
        return self in _DISCOURAGED


_STATUS_RANK = {s: i for i, s in enumerate(TermStatus)}
_DISCOURAGED = frozenset({TermStatus.DEPRECATED, TermStatus.FORBIDDEN})


class TermType(StrEnum):
    """Kind of term, as TBX-Basic's ``termType``."""

    FULL_FORM = "fullForm"
    SHORT_FORM = "shortForm"
    SURNAME = "surname"
    ACRONYM = "acronym"
    ABBREVIATION = "abbreviation"
    VARIANT = "variant"
    TRANSLITERATION = "transliteration"


class EntryType(StrEnum):
    """What an entry names."""

    PERSON = "person"
    PLACE = "place"
    ORGANIZATION = "organization"
    SYSTEM = "system"
    CONCEPT = "concept"
    EVENT = "event"
    DOCUMENT = "document"
    FACILITY = "facility"
    PRODUCT = "product"
    OTHER = "other"


class Gender(StrEnum):
    """Grammatical gender, as TBX-Basic's ``grammaticalGender``."""

    MASCULINE = "masculine"
    FEMININE = "feminine"
    NEUTER = "neuter"
    OTHER = "other"


class PartOfSpeech(StrEnum):
    """Part of speech, as TBX-Basic's ``partOfSpeech``."""

    NOUN = "noun"
    PROPER_NOUN = "properNoun"
    VERB = "verb"
    ADJECTIVE = "adjective"
    ADVERB = "adverb"
    OTHER = "other"


class Review(StrEnum):
    """Where a term stands in review; TBX-Basic has no value for it (see ``formats.tbx``)."""

    NEEDS_REVIEW = "needs-review"


@dataclass(frozen=True, slots=True)
class Stamp:
    """When (an ISO 8601 date, ``2026-12-04``) and by whom a term was created or last
    modified: a TBX transaction (``origination``, ``modification``) with its
    ``responsibility``."""

    date: str
    by: str | None = None

    def __str__(self) -> str:
        return f"{self.date} by {self.by}" if self.by else self.date


def is_iso_date(text: str) -> bool:
    """Whether *text* is a calendar date written ``YYYY-MM-DD``.

    >>> is_iso_date("2026-12-04"), is_iso_date("2026-02-30"), is_iso_date("4.12.2026")
    (True, False, False)
    """
    import datetime

    if len(text) != 10 or text[4] != "-" or text[7] != "-":
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=4096)  # a glossary has a few dozen tags; the aligner asks per term
def lang_matches(tag: str, wanted: str) -> bool:
    """Whether language tag *tag* falls under *wanted*: ``de-AT`` falls under ``de``.

    >>> lang_matches("de-AT", "de"), lang_matches("de", "de-AT"), lang_matches("en", "de")
    (True, False, False)
    """
    tag_l, wanted_l = tag.casefold(), wanted.casefold()
    return tag_l == wanted_l or tag_l.startswith(wanted_l + "-")


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a value was read: a file and a 1-based line, or with ``row`` a table's
    1-based row (a CSV, TSV or spreadsheet row: ``terms.csv:row 12``)."""

    path: str
    line: int
    row: bool = False

    def __str__(self) -> str:
        return f"{self.path}:row {self.line}" if self.row else f"{self.path}:{self.line}"


@dataclass(frozen=True, slots=True)
class Term:
    """One written form of an entry in one language, with its usage data.

    ``case_sensitive`` and ``context`` are matching controls: a case-sensitive term is
    only found with its exact capitalisation, and a term with context cues is only
    accepted in running text when one of the cues occurs nearby.

    ``plural`` is the term's plural as a whole term ("ständige Mitglieder" for
    "ständiges Mitglied"), where the language's rules cannot make it. A term that is its
    own plural is a plural term ("sanctions", "Vereinte Nationen": :attr:`is_plural`)
    unless it has a singular gender: "Dollar" (masculine), plural "Dollar", is a noun
    whose plural is spelled like its singular. ``counterpart``
    is a label shared with the terms of other languages that say the same thing the
    same way ("western" on "Western sanctions" and on "westliche Sanktionen"): a term
    carried into another language becomes the term with its label there.

    ``created``, ``modified`` and ``review`` are review metadata, modelled on TBX
    transactions: when and by whom the term was added and last changed, and whether it
    still waits for a reviewer (``needs-review``).
    """

    text: str
    lang: str
    status: TermStatus = TermStatus.PREFERRED
    type: TermType | None = None
    gender: Gender | None = None
    pos: PartOfSpeech | None = None
    note: str | None = None
    case_sensitive: bool = False
    context: tuple[str, ...] = ()
    origin: Origin | None = field(default=None, compare=False)
    plural: str | None = None
    counterpart: str | None = None
    created: Stamp | None = None
    modified: Stamp | None = None
    review: Review | None = None

    @property
    def is_plural(self) -> bool:
        """Whether the term itself is a plural ("sanctions", "Golfstaaten"): its plural is
        itself and it has no singular gender ("US-Dollar", masculine, plural "US-Dollar",
        is a singular whose plural is spelled alike).

        >>> Term("Sanktionen", "de", plural="Sanktionen").is_plural
        True
        >>> Term("Dollar", "de", gender=Gender.MASCULINE, plural="Dollar").is_plural
        False
        """
        return self.plural == self.text and self.gender not in _SINGULAR_GENDERS

    @property
    def plural_alike(self) -> bool:
        """Whether the term is a singular whose plural is spelled the same ("US-Dollar",
        masculine, plural "US-Dollar"): the words around it tell its number.

        >>> Term("Dollar", "de", gender=Gender.MASCULINE, plural="Dollar").plural_alike
        True
        >>> Term("Sanktionen", "de", plural="Sanktionen").plural_alike
        False
        """
        return self.plural == self.text and self.gender in _SINGULAR_GENDERS


_SINGULAR_GENDERS = frozenset({Gender.MASCULINE, Gender.FEMININE, Gender.NEUTER})


@dataclass(frozen=True, slots=True)
class Entry:
    """One concept or named entity with its terms in every language.

    ``terms`` keeps file order; within a language the first term is the preferred one
    unless it is marked deprecated or forbidden.
    """

    id: str
    type: EntryType
    terms: tuple[Term, ...]
    note: str | None = None
    definitions: tuple[tuple[str, str], ...] = ()
    sources: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    ambiguous_with: tuple[str, ...] = ()
    do_not_translate: bool = False
    origin: Origin | None = field(default=None, compare=False)

    @property
    def languages(self) -> tuple[str, ...]:
        """The language tags of this entry, in the order they first appear."""
        return tuple(dict.fromkeys(t.lang for t in self.terms))

    def terms_in(self, lang: str) -> tuple[Term, ...]:
        """The terms of a language (``de`` also yields ``de-AT``), in file order."""
        return tuple(t for t in self.terms if lang_matches(t.lang, lang))

    def preferred(self, lang: str) -> Term | None:
        """The preferred term of a language, or None when it has none to recommend."""
        for term in self.terms:
            if lang_matches(term.lang, lang):
                return None if term.status.discouraged else term
        return None

    def definition(self, lang: str) -> str | None:
        """The definition in a language, if the entry has one."""
        for tag, text in self.definitions:
            if lang_matches(tag, lang):
                return text
        return None

    def label(self, lang: str | None = None) -> str:
        """A human name for the entry: the preferred term in *lang*, else in English, else the id."""
        for wanted in (lang, "en"):
            if wanted:
                term = self.preferred(wanted)
                if term is not None:
                    return term.text
        for term in self.terms:
            if not term.status.discouraged:
                return term.text
        return self.id

    def iter_terms(self) -> Iterator[Term]:
        """All terms, in file order."""
        return iter(self.terms)
