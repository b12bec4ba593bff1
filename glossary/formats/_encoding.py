"""The text of a table file: a byte-order mark says its encoding, else the encoding the user
names (``--encoding``), else UTF-8, and bytes that are not UTF-8 are an error that says
where they are and what to pass, never silent mojibake.

OmegaT reads a glossary the same way first (a BOM wins); its fallback, the system's
default encoding, is what makes old glossaries Latin-1 (Windows-1252): those need
``--encoding latin-1`` (or ``cp1252``) here, as guessing would read some of them wrong.

>>> text_of(b"\\xff\\xfee\\x00n\\x00", name="t.csv")
'en'
>>> text_of("Straße".encode("latin-1"), name="t.csv", encoding="latin-1")
'Straße'
"""

from __future__ import annotations

import codecs

from ..errors import Problem
from .errors import ImportFormatError

__all__ = ["BOMS", "sniff_bom", "text_of"]

#: Byte-order marks and the encoding each one says, longest first (UTF-32 LE starts like UTF-16 LE).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def sniff_bom(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark at the start of *data* says, and the mark's length."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def text_of(data: bytes, *, name: str, encoding: str | None = None) -> str:
    """*data* decoded: by its byte-order mark, else by *encoding*, else as UTF-8.

    A mark that disagrees with *encoding* is an error (the file says otherwise); so is
    a byte that the encoding cannot read, with its line and byte offset.
    """
    bom = sniff_bom(data)
    if bom is not None:
        said, length = bom
        if encoding is not None and codecs.lookup(encoding).name != codecs.lookup(said).name \
                and not (said == "utf-8" and codecs.lookup(encoding).name == "utf-8"):
            raise ImportFormatError([Problem(name, 1, f"the file starts with a {said.upper()} byte-order mark, "
                                             f"but --encoding {encoding} was given; leave --encoding out")])
        return _decode(data[length:], name=name, encoding=said, offset=length, given=True)
    if encoding is None:
        return _decode(data, name=name, encoding="utf-8", offset=0, given=False)
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise ImportFormatError([Problem(name, None, f"unknown encoding {encoding!r}")]) from None
    return _decode(data, name=name, encoding=encoding, offset=0, given=True)


def _decode(data: bytes, *, name: str, encoding: str, offset: int, given: bool) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        at = offset + exc.start
        bad = " ".join(f"0x{b:02x}" for b in data[exc.start:exc.end][:4])
        hint = ("; pass the file's encoding, e.g. --encoding latin-1 (OmegaT's default on older "
                "systems) or --encoding cp1252" if not given else "")
        if encoding.startswith(("utf-16", "utf-32")):  # no byte-wise lines
            where, line = f"at byte offset {at}", None
        else:
            line = data.count(b"\n", 0, exc.start) + 1
            column = exc.start - data.rfind(b"\n", 0, exc.start)
            where = f"at column {column} (byte offset {at})"
        raise ImportFormatError([Problem(name, line, f"byte {bad} {where} is not valid {encoding}{hint}")]) from None
