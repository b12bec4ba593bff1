"""Placeholders that carry protected spans (names, do-not-translate terms) through a model.

:func:`protect` replaces each protected span of a sentence with a placeholder ``{N}``;
the model translates the rest; :func:`restore` puts each span's target form where its
placeholder came out, tolerating what models do to placeholders, and reports the ones
the model lost.

Why ``{N}`` (measured through argostranslate, SentencePiece and CTranslate2 with the
test suite's echo and random models, see ``tests/aligner/translate/test_protect.py``):

* underscores do not survive: argostranslate's decoder turns ``_`` into spaces
  (``__T0__`` comes back as ``  T0  ``, ``TERM_0`` as ``TERM 0``);
* characters that NFKC normalisation rewrites do not survive: Argos SentencePiece
  models normalise input with ``nmt_nfkc`` (full-width ``｛0｝`` comes back as
  ``{0}``, ``①`` as ``1``);
* characters outside the model's vocabulary (``⟦0⟧``, private-use characters) only
  come back through CTranslate2's ``replace_unknowns``, when the model emits ``<unk>``;
* ``{N}`` is plain ASCII that every vocabulary holds, NFKC leaves alone and no model
  inflects or translates (digits have no case and no translation); models trained on
  software localisation corpora have seen ``{0}`` copied thousands of times.

No placeholder survives a model that rewrites everything (the random model loses every
one): :mod:`aligner.translate.guard` then translates the text between placeholders
piece by piece, so the target forms are in the output all the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["Protected", "Restored", "Shield", "Slot", "protect", "restore"]

# What a model makes of "{7}": "{7}", "{ 7 }", full-width braces; one brace lost at worst.
_PLACEHOLDER = re.compile(r"[{｛]\s*(\d+)\s*[}｝]")
_HALF_PLACEHOLDER = re.compile(r"[{｛]\s*(\d+)(?!\d)|(?<!\d)(\d+)\s*[}｝]")
# Endings a model may glue to a name: "{0}s", "{0}'s", "{0}n"; any other word gets a space.
_ENDING = re.compile(r"(?:s|es|n|en|ns|['’]s?)(?!\w)")


@dataclass(frozen=True, slots=True)
class Shield:
    """A span of the source ``[start, end)`` to protect, and the text to put back for it.

    *key* says what the span is (a glossary entry id, say); it is carried, not read.
    """

    start: int
    end: int
    target: str
    key: str = ""


@dataclass(frozen=True, slots=True)
class Slot:
    """One placeholder in a protected text: its index, the source span and its target."""

    index: int
    source: str
    target: str
    key: str = ""

    @property
    def placeholder(self) -> str:
        return f"{{{self.index}}}"


@dataclass(frozen=True, slots=True)
class Protected:
    """A text whose protected spans are placeholders: ``text`` goes to the model."""

    original: str
    text: str
    slots: tuple[Slot, ...]

    def pieces(self) -> tuple[str | Slot, ...]:
        """``text`` cut at its placeholders: the text pieces between them and the slots.

        >>> protect("Lawrow traf Araghtschi.", [Shield(0, 6, "Lavrov")]).pieces()
        (Slot(index=0, source='Lawrow', target='Lavrov', key=''), ' traf Araghtschi.')
        """
        by_placeholder = {s.placeholder: s for s in self.slots}
        out: list[str | Slot] = []
        pos = 0
        for match in re.finditer(
            "|".join(re.escape(p) for p in by_placeholder) or "(?!)", self.text
        ):
            if match.start() > pos:
                out.append(self.text[pos : match.start()])
            out.append(by_placeholder[match.group()])
            pos = match.end()
        if pos < len(self.text):
            out.append(self.text[pos:])
        return tuple(out)


@dataclass(frozen=True, slots=True)
class Restored:
    """A translation with the target forms put back, and what happened to each slot."""

    text: str
    found: tuple[Slot, ...]
    lost: tuple[Slot, ...]
    repeated: tuple[Slot, ...]

    @property
    def complete(self) -> bool:
        """Whether every placeholder came back (at least once)."""
        return not self.lost


def protect(text: str, shields: Iterable[Shield]) -> Protected:
    """Replace each shielded span of *text* with a placeholder ``{N}``.

    Placeholders are numbered from one above any ``{N}`` already in *text*, so a
    literal ``{0}`` in the input is never taken for one. Overlapping or out-of-range
    shields raise :class:`ValueError`.

    >>> protect("Lawrow traf Araghtschi.", [Shield(0, 6, "Lavrov"), Shield(12, 22, "Araghchi")]).text
    '{0} traf {1}.'
    >>> protect("Set {0} to Mir.", [Shield(11, 14, "Mir")]).text
    'Set {0} to {1}.'
    """
    ordered = sorted(shields, key=lambda s: (s.start, s.end))
    taken = [int(m.group(1)) for m in _PLACEHOLDER.finditer(text)]
    base = max(taken) + 1 if taken else 0
    parts: list[str] = []
    slots: list[Slot] = []
    pos = 0
    for shield in ordered:
        if not 0 <= shield.start < shield.end <= len(text):
            raise ValueError(
                f"shield {shield.start}..{shield.end} outside the text (0..{len(text)})"
            )
        if shield.start < pos:
            raise ValueError(f"shield {shield.start}..{shield.end} overlaps the one before it")
        slot = Slot(base + len(slots), text[shield.start : shield.end], shield.target, shield.key)
        parts += [text[pos : shield.start], slot.placeholder]
        slots.append(slot)
        pos = shield.end
    parts.append(text[pos:])
    return Protected(text, "".join(parts), tuple(slots))


def restore(translated: str, protected: Protected) -> Restored:
    """Put each slot's target form where the model left its placeholder in *translated*.

    Tolerant of what models do: spaces inside the braces (``{ 0 }``), full-width braces,
    a lost brace (``{0`` or ``0}``), a placeholder glued to the words around it (a space
    is put back, except before an inflection ending: ``{0}s``, ``{0}'s``) or repeated (each copy is restored; the slot is listed in
    ``repeated``). Slots that did not come back are listed in ``lost``; numbers in
    braces that are no slot's are left alone.

    >>> p = protect("Lawrow traf Araghtschi.", [Shield(0, 6, "Lavrov"), Shield(12, 22, "Araghchi")])
    >>> restore("{ 0 } met {1}.", p).text
    'Lavrov met Araghchi.'
    >>> [s.target for s in restore("{0} met him.", p).lost]
    ['Araghchi']
    """
    slots = {s.index: s for s in protected.slots}
    counts = dict.fromkeys(slots, 0)
    text = _replace(_PLACEHOLDER, translated, slots, counts)
    if any(n == 0 for n in counts.values()):
        missing = {i: s for i, s in slots.items() if counts[i] == 0}
        text = _replace(_HALF_PLACEHOLDER, text, missing, counts)
    return Restored(
        text=text,
        found=tuple(s for s in protected.slots if counts[s.index] > 0),
        lost=tuple(s for s in protected.slots if counts[s.index] == 0),
        repeated=tuple(s for s in protected.slots if counts[s.index] > 1),
    )


def _replace(
    pattern: re.Pattern[str], text: str, slots: dict[int, Slot], counts: dict[int, int]
) -> str:
    out: list[str] = []
    pos = 0
    for match in pattern.finditer(text):
        index = int(match.group(1) or match.group(2))
        slot = slots.get(index)
        if slot is None:
            continue
        before = text[pos : match.start()]
        glued_to = before or (out[-1] if out else "")
        if glued_to[-1:].isalnum():  # "traf{0}", "{0}{1}": the model ate a space
            before += " "
        after = match.end()
        glued = after < len(text) and text[after].isalnum() and not _ENDING.match(text, after)
        out += [before, slot.target + (" " if glued else "")]
        counts[index] += 1
        pos = after
    out.append(text[pos:])
    return "".join(out)
