"""Folding running text for matching, with a map back to offsets in the original text.

:func:`fold_text` turns a text into its *match form*: one Latin-1 character per character
of the original, so the Aho–Corasick automaton runs over a compact string and every
offset maps back to the original without a table:

==========================================  ==================================================
original                                    match form
==========================================  ==================================================
letters                                     :func:`glossary.fold.fold` of the letter when that
                                            is one Latin-1 letter (É → e, ü → u, İ → i, ł → l)
ß, ẞ                                        ß (patterns spell ss both ways, see ``patterns``)
other letters (Cyrillic, ...), ligatures    ``\\x02``: a letter no pattern contains
digits                                      the digit (² → 2)
separators, punctuation, apostrophes, dots  a space: every non-word character is a boundary
soft hyphens, zero-width characters,        erased (with an offset map)
combining marks (NFD input)
runs of separators (``\\r\\n``, "  ", " – ")  one space; a run holding two line breaks (a
                                            blank line) becomes two, so no name spans it
==========================================  ==================================================

The last two rows change the length: text that has them takes the *mapped* path, which
keeps breakpoints and maps offsets with a bisection; other text takes the *direct* path,
where offset *i* of the match form is offset *i - 1* of the original. The match form
starts and ends with a space, so every word, even the first, follows a space.

Folding is three passes in C: the text is encoded to Latin-1, each character outside it
replaced by a Latin-1 *stand-in* that folds the same way (an error handler, called once
per run of such characters), then ``bytes.translate`` gives the match form and a second
table marks the separators, whose runs ``bytes.find`` locates.

Patterns are folded by the same function (:func:`fold_pattern`), so a glossary term and
its spellings meet: ``fold_pattern(term)`` equals the match form of any spelling whose
:func:`~glossary.fold.fold` equals ``fold(term)`` up to dots and apostrophes (which
:mod:`aligner.patterns` adds as spellings of their own).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from glossary.fold import ERASED, SEPARATORS

__all__ = [
    "CAPITALS",
    "CAPITAL_FOLDS",
    "ERASE",
    "OTHER_LETTER",
    "SHARP_S",
    "FoldedText",
    "fold_latin1",
    "fold_pattern",
    "fold_text",
    "latin1",
]

#: Marks a character erased from the match form (only before the mapped path removes it).
ERASE = "\x01"
#: Stands for a letter the match form cannot spell; no pattern contains it.
OTHER_LETTER = "\x02"
#: ß keeps a character of its own (patterns spell "ss" both ways).
SHARP_S = "\u00df"

_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e")


def _map_char(c: str) -> str:
    """The match-form character of one original character."""
    if c in _INVISIBLE or unicodedata.combining(c):
        return ERASE
    if c in SEPARATORS or c in ERASED:
        return " "
    if c in "ßẞ":
        return SHARP_S
    if not c.isalnum():
        return " "
    folded = "".join(
        x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x)
    ).casefold()
    if len(folded) == 1 and ord(folded) < 256 and folded.isalnum():
        return folded
    return OTHER_LETTER


#: bytes.translate table for Latin-1 text.
_TABLE = bytes(ord(_map_char(chr(i))) for i in range(256))
#: bytes.translate table marking separators (a space) among other characters ("x").
_SEP_TABLE = bytes(0x20 if chr(i) in SEPARATORS else 0x78 for i in range(256))
#: bytes.translate table for Latin-1 text marking capital letters (a "U") among other
#: characters (a space); an erased character (soft hyphen, the stand-in of a combining
#: mark) is marked too, as it never ends a word ("O\u0308VP" is one run).
CAPITALS = bytes(0x55 if chr(i).isupper() or i == 0xAD else 0x20 for i in range(256))
#: The match-form letters a capital folds to (the letters a run of capitals can spell).
CAPITAL_FOLDS = frozenset(chr(_TABLE[i]) for i in range(256) if chr(i).isupper())
#: Latin-1 stand-ins for characters outside Latin-1, by what they fold to: each stands
#: in for the original in both tables (a separator for a separator, an erased character
#: for an erased one, ...), so one encode and two translates do the whole text.
_STAND_IN = {" ": b"?", ERASE: b"\xad", OTHER_LETTER: b"\xb5", SHARP_S: b"\xdf"}
_ERRORS = "termaid.fold"


#: Hyphens that join the parts of a capitalised name ("Abu\u2010Karozane"): their stand-in
#: is the hyphen-minus, a separator too, so the Latin-1 text keeps them inside a word.
_JOINERS = frozenset("\u2010\u2011")


def _stand_in(c: str) -> bytes:
    """The Latin-1 stand-in of one character outside Latin-1 (the case of a letter kept
    where a Latin-1 letter can keep it: Č → C, č → c)."""
    if c in SEPARATORS:
        return b"-" if c in _JOINERS else b" "
    mapped = _map_char(c)
    stand_in = _STAND_IN.get(mapped)
    if stand_in is not None:
        return stand_in
    upper = mapped.upper()
    if c.isupper() and len(upper) == 1 and ord(upper) < 256 and _TABLE[ord(upper)] == ord(mapped):
        return upper.encode("latin-1")
    return mapped.encode("latin-1")


@lru_cache(maxsize=4096)
def _stand_ins(run: str) -> bytes:
    """The Latin-1 stand-ins of a run of characters outside Latin-1."""
    return b"".join(_stand_in(c) for c in run)


def _fold_errors(exc: UnicodeError) -> tuple[bytes, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    return _stand_ins(exc.object[exc.start : exc.end]), exc.end


codecs.register_error(_ERRORS, _fold_errors)


def _check_stand_ins() -> None:  # the stand-ins keep both tables' meaning
    for mapped, byte in _STAND_IN.items():
        assert chr(_TABLE[byte[0]]) == (" " if mapped == " " else mapped)
        assert _SEP_TABLE[byte[0]] != 0x20


_check_stand_ins()


def _line_breaks(run: str) -> int:
    return run.count("\n") + run.count("\r") - run.count("\r\n")


@dataclass(frozen=True, slots=True)
class FoldedText:
    """A text and its match form, with the map between their offsets.

    ``form[0]`` and ``form[-1]`` are spaces added around the text. ``breaks`` lists the
    match-form offsets from which ``shifts`` (original minus match-form offset, the
    leading space included) hold, and ``origins`` the original offsets they map to (for
    :meth:`to_form`); all are empty on the direct path.
    """

    text: str
    form: str
    breaks: tuple[int, ...] = ()
    shifts: tuple[int, ...] = ()
    origins: tuple[int, ...] = field(default=(), repr=False, compare=False)

    @property
    def direct(self) -> bool:
        """Whether offsets map without breakpoints (nothing was erased or collapsed)."""
        return not self.breaks

    def to_text(self, pos: int) -> int:
        """The offset in :attr:`text` of the character at match-form offset *pos*."""
        if not self.breaks:
            return pos - 1
        i = bisect_right(self.breaks, pos) - 1
        return pos + (self.shifts[i] if i >= 0 else -1)

    def to_form(self, pos: int) -> int:
        """The first match-form offset whose original offset is at or after *pos*: the
        offset of the character at *pos* when the match form keeps it (a letter, a digit),
        else of what follows it."""
        if not self.breaks:
            return pos + 1
        k = bisect_right(self.origins, pos) - 1
        if k < 0:
            return min(pos + 1, self.breaks[0])
        nxt = self.breaks[k + 1] if k + 1 < len(self.breaks) else len(self.form) - 1
        return min(pos - self.shifts[k], nxt)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the match-form span ``[start, end)`` (*end* > *start*)."""
        return self.to_text(start), self.to_text(end - 1) + 1


def _runs(seps: bytes) -> list[tuple[int, int]]:
    """The runs of two or more separators, from *seps* (separators are spaces there)."""
    out: list[tuple[int, int]] = []
    find = seps.find
    at = find(b"  ")
    while at >= 0:
        end = at + 2
        while seps[end : end + 1] == b" ":
            end += 1
        out.append((at, end))
        at = find(b"  ", end)
    return out


def latin1(text: str) -> bytes:
    """*text* with one byte per character: Latin-1, stand-ins for the rest (see above).

    Offsets are those of *text*; letters keep their case where Latin-1 can spell it.
    """
    return text.encode("latin-1", _ERRORS)


def fold_text(text: str) -> FoldedText:
    """The match form of *text*; see the module docstring.

    >>> f = fold_text("Lawrows Treffen mit Araghtschi")
    >>> f.form
    ' lawrows treffen mit araghtschi '
    >>> f.to_text(f.form.index("araghtschi"))
    20
    >>> g = fold_text("Russland \\u2013 Iran\\r\\nBu\\u0308ndnis")
    >>> g.form, g.direct
    (' russland iran bundnis ', False)
    >>> g.span(g.form.index("bundnis"), len(g.form) - 1)
    (17, 25)
    """
    return fold_latin1(text, text.encode("latin-1", _ERRORS))


def fold_latin1(text: str, raw: bytes) -> FoldedText:
    """:func:`fold_text` of *text*, given ``latin1(text)``."""
    folded = raw.translate(_TABLE)
    seps = raw.translate(_SEP_TABLE)
    erased = b"\x01" in folded
    if not erased and seps.find(b"  ") < 0:
        return FoldedText(text, f" {folded.decode('latin-1')} ")
    # Mapped path: remove erased characters and shorten runs, keeping breakpoints.
    cuts: list[tuple[int, int, int]] = []  # (start, end, characters kept) in the original
    for start, end in _runs(seps):
        keep = 2 if _line_breaks(text[start:end]) >= 2 else 1
        if end - start > keep:  # a blank line of two breaks ("\n\n") is its own form
            cuts.append((start, end, keep))
    if not cuts and not erased:
        return FoldedText(text, f" {folded.decode('latin-1')} ")
    form = folded.decode("latin-1")
    if erased:
        for m in re.finditer(ERASE + "+", form):
            cuts.append((m.start(), m.end(), 0))
        cuts.sort()
    pieces = [" "]
    breaks: list[int] = []
    shifts: list[int] = []
    last = 0
    out = 1  # match-form length so far
    for start, end, keep in cuts:
        if start < last:  # an erased character inside a run: already cut
            start = last
            if start >= end:
                continue
        pieces.append(form[last:start])
        out += start - last
        kept = form[start : start + keep] if keep else ""
        kept = kept.replace(ERASE, " ")
        pieces.append(kept)
        out += len(kept)
        last = end
        breaks.append(out)
        shifts.append(last - out)
    pieces.append(form[last:])
    pieces.append(" ")
    return FoldedText(text, "".join(pieces), tuple(breaks), tuple(shifts),
                      tuple(b + s for b, s in zip(breaks, shifts, strict=True)))


def fold_pattern(text: str) -> str:
    """The match form of a term, without the added spaces: what the automaton looks for.

    >>> fold_pattern("Russland–Iran-Bündnis"), fold_pattern("St. Petersburg")
    ('russland iran bundnis', 'st  petersburg')
    """
    raw = text.encode("latin-1", _ERRORS)
    folded = raw.translate(_TABLE)
    if b"\x01" not in folded and raw.translate(_SEP_TABLE).find(b"  ") < 0:
        return folded.decode("latin-1").strip(" ")  # the direct path, without a map
    return fold_latin1(text, raw).form.strip(" ")
