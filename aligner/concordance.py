"""A concordance: where texts mention given entries, each with its line and context.

What ``termaid lookup X --in FILES`` shows under an entry: every mention the aligner finds
(exact, variant, inflected or fuzzy, as :meth:`aligner.Aligner.find` reports it), with the
line and column where it starts and the words around it on its line.

>>> from glossary import load_glossary
>>> from aligner import Aligner
>>> aligner = Aligner(load_glossary())
>>> hits = concordance(aligner, {"sergei-lavrov"}, "note.txt", "Treffen.\\nLawrows Reise", lang="de")
>>> [(h.line, h.column, h.mention.surface, h.mention.match.value, h.before, h.after) for h in hits]
[(2, 1, 'Lawrows', 'inflected', '', ' Reise')]
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .mention import Mention

if TYPE_CHECKING:
    from .aligner import Aligner

__all__ = ["CONTEXT", "Occurrence", "concordance"]

#: Characters of context shown on each side of a mention.
CONTEXT = 40


@dataclass(frozen=True, slots=True)
class Occurrence:
    """A mention in a named text: its line and column (from 1) and its context on the line
    (``before`` and ``after``, at most :data:`CONTEXT` characters each, cut at a word)."""

    source: str
    lang: str
    line: int
    column: int
    mention: Mention
    before: str
    after: str

    def to_dict(self) -> dict[str, Any]:
        """The occurrence as JSON-ready data: the mention's fields and where it is."""
        return {"file": self.source, "lang": self.lang, "line": self.line,
                "column": self.column, **self.mention.to_dict(),
                "before": self.before, "after": self.after}


def concordance(
    aligner: Aligner,
    entry_ids: Collection[str],
    source: str,
    text: str,
    *,
    lang: str,
    context: int = CONTEXT,
) -> tuple[Occurrence, ...]:
    """The mentions of *entry_ids* in *text* (named *source*, in language *lang*)."""
    out: list[Occurrence] = []
    for m in aligner.find(text, lang=lang):
        if m.entry_id not in entry_ids:
            continue
        line_start = max(text.rfind("\n", 0, m.start), text.rfind("\r", 0, m.start)) + 1
        line_end = min((i for i in (text.find("\n", m.end), text.find("\r", m.end)) if i >= 0),
                       default=len(text))
        line = text.count("\n", 0, m.start) + 1
        if "\n" not in text:
            line = text.count("\r", 0, m.start) + 1  # old Mac line ends
        before = _cut(text[line_start : m.start], context, left=True)
        after = _cut(text[m.end : line_end], context, left=False)
        out.append(Occurrence(source, lang, line, m.start - line_start + 1, m, before, after))
    return tuple(out)


def _cut(part: str, width: int, *, left: bool) -> str:
    """*part* cut to at most *width* characters on its far side, at a space if one is near."""
    if len(part) <= width:
        return part
    if left:
        piece = part[-width:]
        space = piece.find(" ")
        return "…" + (piece[space + 1 :] if 0 <= space < width // 2 else piece)
    piece = part[:width]
    space = piece.rfind(" ")
    return (piece[:space] if space > width // 2 else piece) + "…"
