"""Whether a glossary's Russian names are spelled as the rules spell them, or say why not.

A Russian name is a person, place or facility entry with a Russian (``ru``) term whose
note begins with "Russian" (the shipped files' convention: "Russian diplomat, ...",
"Russian port city ..."). Its preferred Russian term, spelled by :func:`~.spell`, must
give the preferred German term exactly and one of the English terms in use (not
deprecated or forbidden); where it does not, the preferred term of that language must
carry a note saying why (an established exonym such as Moskau, a person's own spelling).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Entry, EntryType, TermStatus
from . import Spelling, spell

__all__ = ["NameAgreement", "check_russian_names", "is_russian_name"]

_TYPES = frozenset({EntryType.PERSON, EntryType.PLACE, EntryType.FACILITY})
_IN_USE = frozenset({TermStatus.PREFERRED, TermStatus.ADMITTED})


@dataclass(frozen=True, slots=True)
class NameAgreement:
    """One Russian name: what the rules give and what the entry has."""

    entry_id: str
    spelled: Spelling
    de: str  # the entry's preferred German term
    en: tuple[str, ...]  # the entry's English terms in use, preferred first
    de_note: str | None  # the note on the preferred German term
    en_note: str | None  # the note on the preferred English term

    @property
    def de_agrees(self) -> bool:
        return self.spelled.de == self.de

    @property
    def en_agrees(self) -> bool:
        return self.spelled.en in self.en

    @property
    def agrees(self) -> bool:
        return self.de_agrees and self.en_agrees

    @property
    def explained(self) -> bool:
        """Every disagreement has a note on the preferred term of its language."""
        return (self.de_agrees or bool(self.de_note)) and (self.en_agrees or bool(self.en_note))


def is_russian_name(entry: Entry) -> bool:
    """Whether *entry* is a Russian person, place or facility (see the module docstring)."""
    return (entry.type in _TYPES and (entry.note or "").startswith("Russian")
            and entry.preferred("ru") is not None)


def check_russian_names(entries: Iterable[Entry]) -> tuple[NameAgreement, ...]:
    """The agreement of every Russian name among *entries*, in their order."""
    result = []
    for entry in entries:
        if not is_russian_name(entry):
            continue
        ru, de, en = entry.preferred("ru"), entry.preferred("de"), entry.preferred("en")
        if ru is None or de is None or en is None:
            raise ValueError(f"{entry.id}: a Russian name needs ru, de and en terms")
        in_use = tuple(t.text for t in entry.terms_in("en") if t.status in _IN_USE)
        result.append(NameAgreement(entry.id, spell(ru.text), de.text, in_use,
                                    de.note, en.note))
    return tuple(result)
