"""Translating protected sentences so that every protected span reaches the output.

Each sentence goes to the model with its placeholders (one batch for all sentences);
the target forms are restored. A sentence whose placeholders the model lost is
translated again piece by piece: the text between placeholders in one more batch, the
target forms put between the pieces. That costs context (word order, agreement) but
never a name; the result says which sentences needed it and which slots were lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from aligner.translate.protect import Protected, Restored, Slot, restore

__all__ = ["Guarded", "SentenceTranslator", "translate_protected"]


class SentenceTranslator(Protocol):
    """Anything that translates a batch of sentences (:class:`~aligner.translate.backend.Translator`)."""

    def translate_sentences(self, sentences: Sequence[str]) -> tuple[str, ...]: ...


@dataclass(frozen=True, slots=True)
class Guarded:
    """One translated sentence: its text, and what the model did to its placeholders.

    ``restored`` is the first, whole-sentence pass (its ``lost`` slots are the ones the
    model dropped); ``piecewise`` is true when ``text`` came from the piece-by-piece pass.
    """

    text: str
    restored: Restored
    piecewise: bool = False


def translate_protected(
    translator: SentenceTranslator, sentences: Sequence[Protected]
) -> tuple[Guarded, ...]:
    """Translate *sentences* (protected) so that every slot's target form is in the output."""
    first = translator.translate_sentences([p.text for p in sentences])
    restored = [restore(t, p) for t, p in zip(first, sentences, strict=True)]
    retry = [i for i, r in enumerate(restored) if not r.complete]
    out = [Guarded(r.text, r) for r in restored]
    if not retry:
        return tuple(out)

    pieces = {i: sentences[i].pieces() for i in retry}
    wanted = [_core(p)[1] for i in retry for p in pieces[i] if isinstance(p, str) and _core(p)[1]]
    translated = iter(translator.translate_sentences(wanted))
    for i in retry:
        parts: list[str] = []
        for piece in pieces[i]:
            if isinstance(piece, Slot):
                parts.append(piece.target)
                continue
            lead, core, trail = _core(piece)
            parts.append(lead + (next(translated) if core else "") + trail)
        out[i] = Guarded("".join(parts), restored[i], piecewise=True)
    return tuple(out)


def _core(piece: str) -> tuple[str, str, str]:
    """*piece* as (what comes before its first word, the words, what follows the last).

    The punctuation and spaces around the words stay as they are, so the target forms
    keep their separators (``Mir-`` + ``Karte``, ``Shetab`` + ``, the ...``). Pieces
    without a letter (". ", " (", " - ") do not go to the model at all.
    """
    if not any(c.isalpha() for c in piece):
        return piece, "", ""
    alnum = [i for i, c in enumerate(piece) if c.isalnum()]
    first, last = alnum[0], alnum[-1] + 1
    return piece[:first], piece[first:last], piece[last:]
