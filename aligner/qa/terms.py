"""Which target terms an entry admits, in what order, and what status a form has there.

The *admitted* target terms of an entry are its terms in the target language that are
neither deprecated nor forbidden; :meth:`TermTable.expected` lists them with the one the
glossary's rule picks for the term at hand first (:func:`glossary.equivalent.equivalent`:
a surname for a surname, an acronym for an acronym), then preferred first, in glossary
order.
"""

from __future__ import annotations

from collections.abc import Iterable

from glossary.equivalent import equivalent
from glossary.fold import fold
from glossary.model import Entry, Term, TermStatus, lang_matches

__all__ = ["TermTable"]


class TermTable:
    """Target-language facts about the entries of a glossary, computed once per entry."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._entries = {e.id: e for e in entries}
        self._statuses: dict[tuple[str, str], dict[str, TermStatus]] = {}
        self._expected: dict[tuple[str, str, Term | None], tuple[str, ...]] = {}
        self._names: dict[str, tuple[str, ...]] = {}

    def __getitem__(self, entry_id: str) -> Entry:
        return self._entries[entry_id]

    def expected(self, entry_id: str, lang: str, term: Term | None = None) -> tuple[str, ...]:
        """The admitted terms of the entry in *lang*: the equivalent of *term* (the term
        the text used, if given) first, then the others, preferred first."""
        key = (entry_id, lang, term)
        found = self._expected.get(key)
        if found is None:
            entry = self._entries[entry_id]
            terms = [t for t in entry.terms_in(lang) if not t.status.discouraged]
            terms.sort(key=lambda t: t.status.rank)  # stable: glossary order within a status
            head = None if term is None else equivalent(entry, term, lang)
            if head is not None and head in terms:
                terms.insert(0, head)
            found = self._expected[key] = tuple(dict.fromkeys(t.text for t in terms))
        return found

    def status(self, entry_id: str, lang: str, text: str) -> TermStatus | None:
        """The status of the form *text* among the entry's terms in *lang* (folded), or None
        when the entry does not list it in that language."""
        key = (entry_id, lang)
        table = self._statuses.get(key)
        if table is None:
            table = {}
            for t in self._entries[entry_id].terms_in(lang):
                table.setdefault(fold(t.text), t.status)
            self._statuses[key] = table
        return table.get(fold(text))

    def status_of(self, term: Term, entry_id: str, lang: str) -> TermStatus | None:
        """The status *term* (matched in a text of *lang*) has in *lang*: its own when it is
        a term of *lang*, else that of the same spelling in *lang*, or None."""
        if lang_matches(term.lang, lang):
            return term.status
        return self.status(entry_id, lang, term.text)

    def names(self, entry_id: str) -> tuple[str, ...]:
        """The one-word names of a ``do_not_translate`` entry that its languages write alike
        (Mir, SWIFT, Shetab): the forms a translation must copy letter for letter."""
        found = self._names.get(entry_id)
        if found is None:
            entry = self._entries[entry_id]
            langs: dict[str, set[str]] = {}
            for t in entry.terms:
                if " " not in t.text and not t.status.discouraged:
                    langs.setdefault(t.text, set()).add(t.lang.split("-")[0])
            shared = [text for text, where in langs.items() if len(where) > 1]
            found = self._names[entry_id] = tuple(shared) if entry.do_not_translate else ()
        return found
