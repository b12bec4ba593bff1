"""Gettext MO catalogs: :func:`generate_mo` packs messages into bytes, :func:`write_mo`
writes them and :func:`read_mo` reads them back.

The layout is GNU gettext's: little-endian, keys sorted, no hash table (readers fall back
to a binary search, as for Babel's MO files). Untranslated messages are left out, as
``msgfmt`` does; a key with a context is ``msgctxt + "\\x04" + msgid``.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import IO

from ..errors import Problem
from ..model import Entry, EntryType
from ._common import DEFAULT_MAX_BYTES, ImportResult, Source, foreign_lang, read_input, write_output
from .catalog import EPOCH, Message, entries_from_messages, header_fields, messages_from_entries
from .errors import ImportFormatError
from .po import header_text

__all__ = ["generate_mo", "parse_mo", "read_mo", "write_mo"]

_MAGIC = 0x950412DE


def generate_mo(messages: Iterable[Message], *, header: Mapping[str, str]) -> bytes:
    """The bytes of an MO file holding *header* and the translated *messages*."""
    pairs = {b"": header_text(header).encode()}
    for m in messages:
        if m.string and not m.fuzzy:
            key = (m.context + "\x04" if m.context is not None else "") + m.id
            pairs[key.encode()] = m.string.encode()
    keys = sorted(pairs)
    n = len(keys)
    start = 28 + 16 * n
    ids = b"".join(k + b"\0" for k in keys)
    strs = b"".join(pairs[k] + b"\0" for k in keys)
    table = []
    offset = start
    for k in keys:
        table.append((len(k), offset))
        offset += len(k) + 1
    for k in keys:
        table.append((len(pairs[k]), offset))
        offset += len(pairs[k]) + 1
    head = struct.pack("<7I", _MAGIC, 0, n, 28, 28 + 8 * n, 0, start)
    return head + b"".join(struct.pack("<2I", *t) for t in table) + ids + strs


def write_mo(
    file: Path | IO[bytes],
    entries: Iterable[Entry],
    *,
    source: str,
    target: str,
    created: datetime = EPOCH,
) -> int:
    """Write the compiled *source* → *target* catalog of *entries*; returns the translated count."""
    messages = messages_from_entries(entries, source=source, target=target)
    data = generate_mo(messages, header=header_fields(source=source, target=target, created=created))
    write_output(file, data)
    return sum(1 for m in messages if m.string)


def parse_mo(data: bytes, *, name: str) -> tuple[dict[str, str], list[Message]]:
    """The header fields and messages of an MO file (UTF-8 only)."""
    if len(data) < 28:
        raise ImportFormatError([Problem(name, None, "not an MO file: too short")])
    magic = struct.unpack("<I", data[:4])[0]
    order = "<" if magic == _MAGIC else ">" if struct.unpack(">I", data[:4])[0] == _MAGIC else ""
    if not order:
        raise ImportFormatError([Problem(name, None, f"not an MO file: bad magic number 0x{magic:08x}")])
    _, n, ids_at, strs_at, _ = struct.unpack(order + "5I", data[4:24])
    header: dict[str, str] = {}
    messages = []
    try:
        for i in range(n):
            klen, koff = struct.unpack(order + "2I", data[ids_at + 8 * i: ids_at + 8 * i + 8])
            vlen, voff = struct.unpack(order + "2I", data[strs_at + 8 * i: strs_at + 8 * i + 8])
            if koff + klen > len(data) or voff + vlen > len(data):
                raise struct.error("offset past the end")
            key = data[koff:koff + klen].decode()
            value = data[voff:voff + vlen].decode()
            if not key:
                header = {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in value.splitlines())}
                continue
            ctxt, sep, msgid = key.partition("\x04")
            msgid, _, plural = (msgid if sep else ctxt).partition("\0")
            messages.append(Message(msgid, value.partition("\0")[0], ctxt if sep else None,
                                    plural=bool(plural), line=i + 1))
    except (struct.error, UnicodeDecodeError) as exc:
        raise ImportFormatError([Problem(name, None, f"corrupt MO file: {exc}")]) from None
    return header, messages


def read_mo(
    source: Source,
    *,
    source_lang: str | None = None,
    target_lang: str | None = None,
    entry_type: EntryType = EntryType.CONCEPT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    accelerator: str | None = None,
) -> ImportResult:
    """Entries from an MO file, as :func:`~.po.read_po` makes them (an MO has no comments,
    so entry types are not known); "line" in problems is the message's index."""
    data, name = read_input(source, max_bytes=max_bytes)
    header, messages = parse_mo(data, name=name)
    try:
        target = foreign_lang(target_lang or header.get("Language", "") or "und")
        src = foreign_lang(source_lang or header.get("X-Source-Language", "") or "en")
    except ValueError as exc:
        raise ImportFormatError([Problem(name, None, f"{exc}; pass --source/--target")]) from None
    return entries_from_messages(messages, header=header, name=name, source=src, target=target,
                                 entry_type=entry_type, fmt="mo", accelerator=accelerator)
