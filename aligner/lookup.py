"""Lookup that reads a query as text writes it: inflected, declined and plural forms.

A translator looks a word up in the form it has in the text: "Lawrows", "am Kaspischen
Meer", "die ständigen Mitglieder". The glossary lists base forms and knows no endings, so
:func:`glossary.lookup.lookup` takes a *reader of inflections*, and :func:`inflections` is
the aligner's: it reads the query with the matcher's own rules (:mod:`aligner.reading`),
so a lookup and a mention in a text never disagree. Those rules load only when a query
needs them (nothing matched it whole), so a lookup of a listed term starts as fast as
before.

>>> from glossary import load_glossary
>>> g = load_glossary()
>>> best = lookup(g, "Kaspischen Meeres").matches[0]
>>> best.entry.id, best.kind.value, best.term.text, best.inflection.describe()
('caspian-sea', 'inflected', 'Kaspisches Meer', 'declined -en, ending -es')
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from glossary.lookup import Inflection, LookupResult
from glossary.model import EntryType

if TYPE_CHECKING:
    from glossary.index import CompiledGlossary
    from glossary.termbase import Glossary
    from glossary.termindex import Hit, TermIndex

__all__ = ["inflections", "lookup"]


def lookup(
    glossary: Glossary | CompiledGlossary,
    query: str,
    *,
    lang: str | None = None,
    type: EntryType | None = None,
    limit: int = 10,
    fuzzy: bool = True,
    contains: bool = False,
) -> LookupResult:
    """:meth:`glossary.Glossary.lookup` that also finds inflected forms (see the module)."""
    return glossary.lookup(query, lang=lang, type=type, limit=limit, fuzzy=fuzzy,
                           contains=contains, inflections=inflections)


def inflections(index: TermIndex, query: str) -> Iterator[tuple[Hit, float, Inflection]]:
    """The terms of *index* that *query* inflects: (hit, score, how), for
    :func:`glossary.lookup.lookup` (see :func:`aligner.reading.read_inflections`)."""
    from .reading import read_inflections  # the rules, when a query needs them

    return read_inflections(index, query)
