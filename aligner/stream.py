"""Normalizing text larger than memory, piece by piece, with the result of one piece.

The text is read in pieces of about *chunk_size* characters, each cut at a line break
(else after punctuation, else at a space). A piece is searched with :data:`MARGIN`
characters of the text before and after it as context, and owns the mentions that start
in it; the next piece starts where the last of them ends. Every decision the aligner
takes depends on at most :data:`~aligner.context.WINDOW` characters around a mention,
and the matcher is greedy over word starts, so the pieces give exactly what the whole
text gives in one call (runs of capitalised words never cross a line break; a piece
cut at a space, in a line longer than *chunk_size*, is the one exception).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TextIO

from .aligner import Aligner, apply
from .context import WINDOW
from .mention import Change, Mention
from .patterns import MAX_PATTERN

__all__ = ["CHUNK_SIZE", "MARGIN", "Piece", "stream_mentions", "stream_normalize"]

#: Context kept on each side of a piece, in characters.
MARGIN = 2 * WINDOW + MAX_PATTERN + 512
#: How far past the nominal end a piece may reach to end at a line break or a space.
_REACH = 256
#: Default piece size, in characters.
CHUNK_SIZE = 1 << 20
_SOFT_CUT = re.compile(r"[.!?;,:][ \t]")


@dataclass(frozen=True, slots=True)
class Piece:
    """One piece of output: text, and the mentions and changes in it (whole-text offsets)."""

    text: str
    mentions: tuple[Mention, ...]
    changes: tuple[Change, ...]


def _cut(buf: str, lo: int, hi: int) -> int:
    """Where to end a piece near ``buf[hi]``: after a line break, else after punctuation,
    else at a space; looking back to *lo*, then up to :data:`_REACH` characters on."""
    at = buf.rfind("\n", lo, hi)
    if at >= 0:
        return at + 1
    at = buf.find("\n", hi, hi + _REACH)
    if at >= 0:
        return at + 1
    last = None
    for last in _SOFT_CUT.finditer(buf, lo, hi):
        pass
    if last is not None:
        return last.end() - 1
    at = buf.rfind(" ", lo, hi)
    if at > lo:
        return at
    at = buf.find(" ", hi, hi + _REACH)
    return at if at >= 0 else hi


def stream_normalize(
    reader: TextIO,
    aligner: Aligner,
    *,
    lang: str,
    to: str | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[Piece]:
    """Normalize what *reader* yields, piece by piece; memory stays near *chunk_size*.

    Joining the pieces' texts gives ``aligner.normalize(whole, lang=lang, to=to).text``,
    and their mentions and changes are those of the whole text.
    """
    out = 0  # where the next piece starts, in the output
    for buf, base, start, end, mentions in _walk(reader, aligner, lang, to, chunk_size):
        piece_text, changes = apply(
            buf[start:end], mentions, offset=start, out_offset=out, lang=to or lang
        )
        shifted = tuple(m._replace(start=m.start + base, end=m.end + base) for m in mentions)
        moved = tuple(replace(c, start=c.start + base, end=c.end + base) for c in changes)
        yield Piece(piece_text, shifted, moved)
        out += len(piece_text)


def stream_mentions(
    reader: TextIO, aligner: Aligner, *, lang: str, chunk_size: int = CHUNK_SIZE
) -> Iterator[tuple[str, tuple[Mention, ...]]]:
    """The text *reader* yields, piece by piece, each with the mentions that start in it
    (whole-text offsets): the mentions of the whole text, in bounded memory."""
    for buf, base, start, end, mentions in _walk(reader, aligner, lang, None, chunk_size):
        yield buf[start:end], tuple(m._replace(start=m.start + base, end=m.end + base) for m in mentions)


def _walk(
    reader: TextIO, aligner: Aligner, lang: str, to: str | None, chunk_size: int
) -> Iterator[tuple[str, int, int, int, list[Mention]]]:
    """The pieces: (buffer, its offset in the text, piece start and end in the buffer,
    the mentions starting in the piece, offsets in the buffer)."""
    if chunk_size < 1:
        raise ValueError("chunk_size must be positive")
    buf = ""
    base = 0  # offset of buf[0] in the whole text
    pos = 0  # where the next piece starts, in the whole text
    eof = False
    while True:
        while not eof and len(buf) - (pos - base) < chunk_size + MARGIN:
            data = reader.read(chunk_size + MARGIN)
            if not data:
                eof = True
            else:
                buf += data
        start = pos - base
        if eof and len(buf) - start <= chunk_size + MARGIN:
            stop = len(buf)
        else:
            stop = _cut(buf, start + 1, start + chunk_size)
        mentions = list(aligner.mentions(buf, lang=lang, to=to, begin=start, stop=stop))
        end = max([stop, *(m.end for m in mentions)])
        yield buf, base, start, end, mentions
        pos = base + end
        if eof and end >= len(buf):
            return
        keep = max(0, end - MARGIN)
        buf = buf[keep:]
        base += keep
