"""What the exchange formats share: the import result, reading with a size limit, decoding
with line numbers, and ids and language tags made from foreign data."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from .._gc import gc_paused
from ..errors import Problem
from ..fold import fold
from ..langtag import canonical_tag
from ..model import Entry
from .errors import ImportFormatError, InputTooLargeError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ImportResult",
    "Source",
    "decode",
    "foreign_id",
    "foreign_lang",
    "gc_paused",
    "read_input",
    "slug_id",
    "unique_id",
    "write_output",
]

#: Files larger than this are refused unless the caller raises the limit (100 MiB).
DEFAULT_MAX_BYTES = 100 * 1024 * 1024
#: What a reader accepts: a path, or a binary file object (its ``name`` is used in messages).
Source = Path | IO[bytes]

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_NOT_ID = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True)
class ImportResult:
    """Entries read from a foreign file, and what the reader noticed on the way.

    ``problems`` holds warnings (data the glossary cannot hold, dropped; values mapped to
    the nearest glossary value) and, when a reader ran with ``strict=False``, the invalid
    parts it skipped. ``typed`` holds the ids of entries whose type the file stated; the
    others carry the reader's default type, which a merge never takes for a conflict.
    ``own_ids`` says the ids are termaid's own (a glossary YAML file): an entry whose id
    the glossary has is that entry, whatever terms it holds.
    """

    entries: tuple[Entry, ...]
    problems: tuple[Problem, ...] = ()
    typed: frozenset[str] = frozenset()
    format: str = ""
    own_ids: bool = False

    @property
    def languages(self) -> tuple[str, ...]:
        """Every language tag with a term, sorted."""
        return tuple(sorted({t.lang for e in self.entries for t in e.terms}))

    @property
    def term_count(self) -> int:
        """How many terms the entries have in all."""
        return sum(len(e.terms) for e in self.entries)


def source_name(source: Source) -> str:
    """The name of a source for messages: the path as given, or the file object's name."""
    if isinstance(source, Path):
        return str(source)
    name = getattr(source, "name", None)
    return str(name) if isinstance(name, (str, os.PathLike)) else "<stream>"


def read_input(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, str]:
    """The bytes of *source* and its name; refuses empty files and files over *max_bytes*."""
    name = source_name(source)
    if isinstance(source, Path):
        try:
            size = source.stat().st_size
            if size > max_bytes:
                raise InputTooLargeError([Problem(name, None, _too_large(size, max_bytes))])
            data = source.read_bytes()
        except OSError as exc:
            raise ImportFormatError([Problem(name, None, f"cannot read: {exc.strerror}")]) from None
    else:
        data = source.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputTooLargeError([Problem(name, None, _too_large(len(data), max_bytes))])
    if not data.strip():
        raise ImportFormatError([Problem(name, 1, "empty file: nothing to import")])
    return data, name


def write_output(file: Source, data: bytes) -> None:
    """Write *data* to *file*, a path or a binary file object (the writers' twin of
    :func:`read_input`)."""
    if isinstance(file, Path):
        file.write_bytes(data)
    else:
        file.write(data)


def _too_large(size: int, limit: int) -> str:
    return (f"file is too large to import ({size / 2**20:.1f} MiB > the limit of "
            f"{limit / 2**20:.0f} MiB); split it, or raise the limit (--max-size)")


def decode(data: bytes, *, name: str, encoding: str = "utf-8", why: str = "",
           strict: bool = True) -> tuple[str, list[Problem]]:
    """Decode *data*; every line with a byte that is not *encoding* is a problem.

    Strict: raises :class:`ImportFormatError` listing those lines. Lenient: the bad bytes
    become U+FFFD and the problems are returned for the caller to skip those lines.
    *why* tells where the encoding came from ("declared in the header", ...).
    """
    if data.startswith(b"\xef\xbb\xbf") and encoding.replace("-", "").lower() == "utf8":
        data = data[3:]
    try:
        return data.decode(encoding), []
    except UnicodeDecodeError:
        pass
    except LookupError:
        raise ImportFormatError([Problem(name, 1, f"unknown encoding {encoding!r}{why}")]) from None
    problems = []
    for number, line in enumerate(data.split(b"\n"), 1):
        try:
            line.decode(encoding)
        except UnicodeDecodeError as exc:
            bad = line[exc.start:exc.end]
            more = line.decode(encoding, errors="replace").count("\ufffd") - 1
            problems.append(Problem(
                name, number,
                f"byte {' '.join(f'0x{b:02x}' for b in bad[:4])} at column {exc.start + 1} "
                f"is not valid {encoding}{why}" + (f" ({more} more on this line)" if more > 0 else ""),
            ))
    if not problems:  # an error spanning lines: report where it starts
        start = len(data.decode(encoding, errors="ignore"))
        problems.append(Problem(name, None, f"not valid {encoding}{why} (near character {start})"))
    if strict:
        raise ImportFormatError(problems)
    return data.decode(encoding, errors="replace"), problems


def slug_id(text: str) -> str:
    """An entry id made from a term: folded, hyphenated; a digest for scripts without Latin.

    >>> slug_id("Abbas Araghchi"), slug_id("Gleitsichtglas"), slug_id("Тегеран")
    ('abbas-araghchi', 'gleitsichtglas', 'term-7d5128c7')
    """
    slug = _NOT_ID.sub("-", fold(text)).strip("-")[:60].strip("-")
    if slug and _ID.match(slug):
        return slug
    return "term-" + hashlib.sha1(text.encode()).hexdigest()[:8]


def foreign_id(raw: str | None) -> str | None:
    """A glossary id from an id in a foreign file, or None when nothing usable is left.

    A leading underscore is dropped: TBX ids must not start with a digit, so the TBX
    writer puts one before such ids.

    >>> foreign_id("c5"), foreign_id("_2024-vote"), foreign_id("eid-Oracle-67"), foreign_id("  ")
    ('c5', '2024-vote', 'eid-oracle-67', None)
    """
    if raw is None:
        return None
    slug = _NOT_ID.sub("-", raw.strip().lower()).strip("-")
    return slug if slug and _ID.match(slug) else None


def unique_id(base: str, taken: set[str]) -> str:
    """*base*, or *base* with the first free ``-2``, ``-3``, ... suffix; adds it to *taken*."""
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    taken.add(candidate)
    return candidate


def foreign_lang(raw: str) -> str:
    """The canonical tag of a language code from a foreign file (``en_US`` → ``en-US``);
    ValueError when CLDR does not know it."""
    return canonical_tag(raw.strip().replace("_", "-"))


def count(items: Iterable[object]) -> int:
    """How many *items* there are."""
    return sum(1 for _ in items)
