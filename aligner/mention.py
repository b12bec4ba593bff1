"""What the aligner reports: mentions of glossary entries, changes, a normalization."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NamedTuple

from glossary.model import Term, TermStatus

__all__ = ["Change", "MatchKind", "Mention", "Normalization"]


class MatchKind(StrEnum):
    """How a stretch of text met a glossary term, strongest first.

    Not :class:`glossary.MatchKind` (which ranks lookups): a mention is ``exact`` when it
    is one of the entry's terms ignoring case only, ``variant`` when they differ in
    diacritics, umlaut spelling, ß/ss, hyphens, dashes, spaces, dots or apostrophes,
    ``inflected`` when it also carries an ending (Lawrows, Araghchi's), and ``fuzzy``
    when it is a spelling the glossary does not list, linked by transliteration.
    """

    EXACT = "exact"
    VARIANT = "variant"
    INFLECTED = "inflected"
    FUZZY = "fuzzy"


class Mention(NamedTuple):
    """One mention of a glossary entry: where it is, what it says, what it should say.

    ``start`` and ``end`` are offsets into the text searched (Python string indices), so
    ``text[start:end] == surface``. ``ending`` is the inflection ending the surface
    carries after the term ("s" in "Lawrows", "'s" in "Lavrov's"), part of the surface.
    ``replacement`` is what normalization writes in its place (the surface itself when
    nothing changes). ``context_accepted`` says the mention was kept only because one of
    the term's context cues occurred nearby; ``alternatives`` names other entries the
    same surface could mean.

    A mention is immutable and compares and hashes by its fields. It is a named tuple,
    because the aligner makes one per mention found and a tuple is the cheapest object
    Python builds; use the field names, the order is not part of the API.
    """

    entry_id: str
    start: int
    end: int
    surface: str
    replacement: str
    match: MatchKind
    score: float
    term: Term
    ending: str = ""
    context_accepted: bool = False
    alternatives: tuple[str, ...] = ()

    @property
    def stem(self) -> str:
        """The surface without its ending."""
        return self.surface[: len(self.surface) - len(self.ending)] if self.ending else self.surface

    @property
    def lang(self) -> str:
        """The language of the term matched."""
        return self.term.lang

    @property
    def status(self) -> TermStatus:
        """The usage status of the term matched."""
        return self.term.status

    @property
    def changed(self) -> bool:
        """Whether normalization rewrites this mention."""
        return self.replacement != self.surface

    def to_dict(self) -> dict[str, Any]:
        """The mention as JSON-ready data (the CLI's stable schema)."""
        return {
            "id": self.entry_id,
            "start": self.start,
            "end": self.end,
            "surface": self.surface,
            "replacement": self.replacement,
            "match": self.match.value,
            "score": round(self.score, 4),
            "ending": self.ending,
            "term": self.term.text,
            "lang": self.term.lang,
            "status": self.term.status.value,
            "context_accepted": self.context_accepted,
            "alternatives": list(self.alternatives),
        }


@dataclass(frozen=True, slots=True)
class Change:
    """One rewrite made by normalization: ``old`` at ``[start, end)`` became ``new``.

    ``start``/``end`` are offsets into the input, ``new_start``/``new_end`` into the
    output; ``reason`` says why: ``discouraged`` (a deprecated or forbidden term),
    ``language`` (another language's term), ``spelling`` (another spelling of the target
    form: a variant, a name's transliteration, other capitals) or ``fuzzy`` (a spelling
    the glossary does not list).
    """

    entry_id: str
    start: int
    end: int
    old: str
    new: str
    new_start: int
    new_end: int
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """The change as JSON-ready data."""
        return {
            "id": self.entry_id,
            "start": self.start,
            "end": self.end,
            "old": self.old,
            "new": self.new,
            "new_start": self.new_start,
            "new_end": self.new_end,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class Normalization:
    """A normalized text, every mention found in the input, and the changes made."""

    text: str
    mentions: tuple[Mention, ...]
    changes: tuple[Change, ...]

    def to_dict(self) -> dict[str, Any]:
        """The result as JSON-ready data: ``text``, ``mentions`` and ``changes``."""
        return {
            "text": self.text,
            "mentions": [m.to_dict() for m in self.mentions],
            "changes": [c.to_dict() for c in self.changes],
        }
