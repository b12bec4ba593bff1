"""Which term of an entry a term becomes in a language: one rule for every rewrite.

Normalization, translation, ``lookup --to`` and every export ask the same question: a
text (or a glossary row) names an entry by one of its terms; what is the entry's term in
another language, or in the same language when the term should not be used? The answer
is :func:`equivalent`, the equivalent of the same shape and meaning where the glossary
has one, else the preferred term:

=====================================  ================================================
the term                               becomes, among the target's terms in good standing
=====================================  ================================================
one of them (a term in good standing   itself: a writer's admitted synonym, surname or
of the target language)                acronym stays (a name's transliteration becomes
                                       the name it spells: :func:`respelled`)
marked with a ``counterpart`` label    the term with the same label ("Western sanctions"
                                       → "westliche Sanktionen")
a variant (another name) the target    that term ("Geran-2", "Pasdaran")
spells the same way
a surname, acronym, short form, full   a term of the same type ("Lavrov" → "Lawrow",
form or abbreviation                   "IRGC" → "IRGC")
a name's plain form                    a plain name, not an acronym ("United States"
                                       → "Vereinigte Staaten", not "USA"); for an
                                       admitted one ("America") one with as many words
                                       ("Amerika")
a name's transliteration               what the name it spells becomes ("Sergei Lavrov"
                                       is "Sergey Lavrov": "Sergei Lawrow")
anything else (a concept's synonym,    the preferred term ("Houthi movement" → "Huthi")
another name)
=====================================  ================================================

Ties go to the better status, then to the glossary's order. A deprecated or forbidden
term with no term in good standing in the target language becomes its own language's.

Within one language a name's transliteration is another spelling of a name the glossary
lists: :func:`respelled` gives that name ("Sergej Lawrow" → "Sergei Lawrow", "Fordow"
→ "Fordo"). Every other term in good standing is the writer's choice and stays.

>>> from glossary.model import Entry, EntryType, Term, TermType
>>> lavrov = Entry("sergei-lavrov", EntryType.PERSON, (
...     Term("Sergey Lavrov", "en"), Term("Lavrov", "en", type=TermType.SURNAME),
...     Term("Sergei Lawrow", "de"), Term("Lawrow", "de", type=TermType.SURNAME)))
>>> equivalent(lavrov, lavrov.terms[1], "de").text
'Lawrow'
>>> equivalent(lavrov, lavrov.terms[0], "de").text
'Sergei Lawrow'
"""

from __future__ import annotations

from .model import Entry, EntryType, Term, TermStatus, TermType

__all__ = ["NAMED", "SHAPES", "SPELLINGS", "equivalent", "respelled", "shape"]

#: Entry types whose terms are names (a person, a place, ...), not words for a concept.
NAMED = frozenset({EntryType.PERSON, EntryType.PLACE, EntryType.ORGANIZATION,
                   EntryType.SYSTEM, EntryType.FACILITY, EntryType.PRODUCT})
#: Term types that say what shape a form has: a surname stays a surname.
SHAPES = frozenset({TermType.SURNAME, TermType.SHORT_FORM, TermType.ACRONYM,
                    TermType.ABBREVIATION, TermType.FULL_FORM})
#: Term types that spell another term differently.
SPELLINGS = frozenset({TermType.VARIANT, TermType.TRANSLITERATION})


def shape(term: Term) -> TermType | None:
    """The term type that says what shape *term* has (a surname, an acronym...), or None."""
    return term.type if term.type in SHAPES else None


def _words(term: Term) -> int:
    return len(term.text.split())


def _in_good_standing(entry: Entry, lang: str) -> list[Term]:
    return [t for t in entry.terms_in(lang) if not t.status.discouraged]


def equivalent(entry: Entry, term: Term, lang: str) -> Term | None:
    """The term of *entry* in *lang* that *term* (one of the entry's terms) becomes.

    None when the entry has no term in good standing in *lang* (and *term* itself is in
    good standing: then nothing should replace it). See the module's table.
    """
    choices = _in_good_standing(entry, lang)
    if not choices and term.status.discouraged:
        choices = _in_good_standing(entry, term.lang)
    if not choices:
        return None
    if term in choices:
        return respelled(entry, term)
    # a transliteration means the name it spells in its own language
    term = respelled(entry, term)
    if term.counterpart is not None:
        for t in choices:
            if t.counterpart == term.counterpart:
                return t
    if term.type is TermType.VARIANT:
        # another name for the entry that the target language writes the same way
        # ("Geran-2", "Pasdaran"): the writer named it so on purpose
        for t in choices:
            if t.text == term.text:
                return t

    def best(pool: list[Term]) -> Term:
        return min(pool, key=lambda t: (t.status.rank, choices.index(t)))

    kind = shape(term)
    if kind is not None:
        pool = [t for t in choices if t.type is kind]
        if pool:
            return best(pool)
    elif entry.type in NAMED and term.type is None:
        # a plain name: a plain name ("United States" -> "Vereinigte Staaten", not the
        # acronym "USA"); another plain name of the entry ("America") the one with as
        # many words ("Amerika")
        pool = [t for t in choices if t.type in (None, TermType.TRANSLITERATION)]
        if term.status is not TermStatus.PREFERRED:
            words = _words(term)
            pool = [t for t in pool if _words(t) == words] or pool
        if pool:
            return respelled(entry, best(pool))
    return choices[0]


def respelled(entry: Entry, term: Term) -> Term:
    """*term* (in good standing), or the name it spells when it is a name's
    transliteration: the untyped term with as many words before a typed one (a surname,
    a short form), the preferred before an admitted one, else the first listed.

    A transliteration with no such counterpart, and every other term, stays.
    """
    if entry.type not in NAMED or term.type is not TermType.TRANSLITERATION:
        return term
    words = _words(term)
    pool = [t for t in _in_good_standing(entry, term.lang)
            if t.type not in SPELLINGS and _words(t) == words]
    if not pool:
        return term
    return min(pool, key=lambda t: (t.type is not None, t.status.rank, pool.index(t)))
