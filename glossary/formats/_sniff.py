"""The text encoding of a table file to import: a byte-order mark, else the encoding asked for, else UTF-8.

OmegaT writes its glossaries in UTF-16 with a BOM (Windows) or in the system's 8-bit
encoding (``.txt``); Excel writes UTF-8 with a BOM. A BOM always wins over a guess; an
explicit ``--encoding`` wins when there is no BOM; otherwise the bytes must be UTF-8, and
when they are not the error names the file, the byte offset and the line, and says to
pass ``--encoding``: no guessing, so no silent mojibake (Latin-1 and cp1252 accept any
byte, so a guess between them cannot be checked).
"""

from __future__ import annotations

import codecs

from ..errors import Problem
from .errors import ImportFormatError

__all__ = ["decode_table"]

# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def sniff_bom(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark at the start of *data* names, and the mark's length.

    >>> sniff_bom(b"\\xff\\xfee\\x00n\\x00"), sniff_bom(b"\\xef\\xbb\\xbfen"), sniff_bom(b"en")
    (('utf-16-le', 2), ('utf-8', 3), None)
    """
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            return encoding, len(mark)
    return None


def decode_table(data: bytes, *, name: str, encoding: str | None = None) -> str:
    """The text of *data*: BOM first, then *encoding*, then UTF-8; invalid bytes raise.

    The error is ``file:line: byte 0xe9 at column 5 (byte offset 17) is not valid utf-8; ...``.

    >>> decode_table(b"\\xff\\xfee\\x00n\\x00", name="g.txt")
    'en'
    >>> decode_table(b"Stra\\xdfe", name="g.txt", encoding="latin-1")
    'Straße'
    """
    bom = sniff_bom(data)
    if bom is not None:
        chosen, skip = bom
        why = " (named by the file's byte-order mark, which wins over --encoding)"
    else:
        chosen, skip = encoding or "utf-8", 0
        why = "" if encoding else "; pass --encoding (e.g. latin-1, cp1252, utf-16) if the file is in another"
    try:
        codecs.lookup(chosen)
    except LookupError:
        raise ImportFormatError([Problem(name, None, f"unknown encoding {chosen!r}")]) from None
    body = data[skip:]
    try:
        return body.decode(chosen)
    except UnicodeDecodeError as exc:
        offset = skip + exc.start
        bad = " ".join(f"0x{b:02x}" for b in body[exc.start:exc.end][:4])
        if "16" in chosen or "32" in chosen:  # a newline byte does not end a line there
            line, where = None, f"at byte offset {offset}"
        else:
            line = data[:offset].count(b"\n") + 1
            column = offset - data.rfind(b"\n", 0, offset)
            where = f"at column {column} (byte offset {offset})"
        raise ImportFormatError([Problem(name, line, f"byte {bad} {where} is not valid {chosen}{why}")]) from None
