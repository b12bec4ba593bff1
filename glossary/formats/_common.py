"""What the exchange formats share: the import result, reading with a size limit, decoding
with line numbers, and ids and language tags made from foreign data."""

from __future__ import annotations

import dataclasses
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
    "UniqueIds",
    "decode",
    "foreign_id",
    "foreign_lang",
    "gc_paused",
    "read_input",
    "slug_id",
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
    the glossary has is that entry, whatever terms it holds. ``ranked`` says the file
    tells which term of a language is the preferred one (TBX, YAML); a table or a catalog
    only pairs terms, and its first term is no such claim (:mod:`.merge`). Each entry's
    ``origin`` is where the reader found it (a table's row: ``Origin(..., row=True)``).
    """

    entries: tuple[Entry, ...]
    problems: tuple[Problem, ...] = ()
    typed: frozenset[str] = frozenset()
    format: str = ""
    own_ids: bool = False
    ranked: bool = True

    @property
    def languages(self) -> tuple[str, ...]:
        """Every language tag with a term, sorted."""
        return tuple(sorted({t.lang for e in self.entries for t in e.terms}))

    @property
    def term_count(self) -> int:
        """How many terms the entries have in all."""
        return sum(len(e.terms) for e in self.entries)


def check_texts(result: ImportResult, *, name: str, strict: bool = True) -> ImportResult:
    """*result* with its texts checked (:mod:`glossary.textcheck`): strict, a bad term or
    note raises :class:`ImportFormatError`; lenient, it is dropped (an entry left without
    terms too) and listed among the problems."""
    from ..textcheck import note_problem, term_problem

    found: list[Problem] = []
    kept: list[Entry] = []
    for e in result.entries:
        terms = []
        for t in e.terms:
            trouble = term_problem(t.text) or next(filter(None, map(term_problem, t.context)), None) \
                or next(filter(None, (term_problem(x) for x in (t.plural, t.counterpart) if x)), None) \
                or (note_problem(t.note) if t.note else None)
            if trouble is None:
                terms.append(t)
            else:
                found.append(Problem(e.id, None, f"term {t.text!r} ({t.lang}) {trouble}"))
        note = e.note
        if note is not None and (trouble := note_problem(note)) is not None:
            found.append(Problem(e.id, None, f"note {note!r} {trouble}"))
            note = None
        if terms:
            kept.append(e if len(terms) == len(e.terms) and note == e.note else
                        dataclasses.replace(e, terms=tuple(terms), note=note))
    if not found:
        return result
    if strict:
        raise ImportFormatError([Problem(name, None, f"entry {p.path}: {p.message}") for p in found])
    return dataclasses.replace(result, entries=tuple(kept), problems=result.problems + tuple(
        Problem(name, None, f"entry {p.path}: {p.message}; skipped") for p in found))


def source_name(source: Source) -> str:
    """The name of a source for messages: the path as given, or the file object's name."""
    if isinstance(source, Path):
        return str(source)
    name = getattr(source, "name", None)
    return str(name) if isinstance(name, (str, os.PathLike)) else "<stream>"


def read_input(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES,
               empty_ok: bool = False) -> tuple[bytes, str]:
    """The bytes of *source* and its name; refuses files over *max_bytes*, and empty (or
    blank) ones unless *empty_ok* (a CSV or a catalog may hold nothing; an XML document,
    a workbook or a YAML glossary may not).

    Bytes are counted as they are read, so the limit holds for what is not a regular file
    too (``/dev/stdin``, a pipe, ``/dev/zero``): at most *max_bytes* + 1 are ever read.
    """
    name = source_name(source)
    if isinstance(source, Path):
        try:
            size = source.stat().st_size
            if size > max_bytes:
                raise InputTooLargeError([Problem(name, None, _too_large(size, max_bytes))])
            with open(source, "rb") as handle:
                data = _read_at_most(handle, max_bytes + 1)
        except IsADirectoryError:
            raise ImportFormatError([Problem(name, None, "is a directory, not a file")]) from None
        except OSError as exc:
            raise ImportFormatError([Problem(name, None, f"cannot read: {exc.strerror}")]) from None
    else:
        data = _read_at_most(source, max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLargeError([Problem(name, None, _too_large(len(data), max_bytes, more=True))])
    if not data.strip() and not empty_ok:
        raise ImportFormatError([Problem(name, 1, "empty file: nothing to import")])
    return data, name


def _read_at_most(handle: IO[bytes], limit: int) -> bytes:
    parts = []
    left = limit
    while left > 0:
        chunk = handle.read(min(left, 1 << 20))
        if not chunk:
            break
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


def write_output(file: Source, data: bytes) -> None:
    """Write *data* to *file*, a path or a binary file object (the writers' twin of
    :func:`read_input`). A path is written atomically (:func:`glossary.atomic.write_atomic`):
    a full disk or a crash leaves the previous file as it was."""
    if isinstance(file, Path):
        from ..atomic import write_atomic

        write_atomic(file, data)
    else:
        file.write(data)


def _too_large(size: int, limit: int, *, more: bool = False) -> str:
    return (f"file is too large to import ({'more than ' if more else ''}{size / 2**20:.1f} MiB > the limit of "
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


class UniqueIds:
    """The ids handed out so far: :meth:`take` gives *base*, or *base* with the first free
    ``-2``, ``-3``, ... suffix, remembering where the search for each base stopped, so that
    ten thousand entries made from one term cost linear time, not quadratic.

    >>> ids = UniqueIds(["tehran"])
    >>> ids.take("tehran"), ids.take("tehran"), ids.take("tehran-2"), ids.take("tehran")
    ('tehran-2', 'tehran-3', 'tehran-2-2', 'tehran-4')
    """

    __slots__ = ("_next", "_taken")

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self._taken = set(taken)
        self._next: dict[str, int] = {}

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._taken

    def take(self, base: str) -> str:
        """*base* or the first free suffixed form of it, now taken."""
        candidate = base
        if candidate in self._taken:
            n = self._next.get(base, 1)
            while candidate in self._taken:
                n += 1
                candidate = f"{base}-{n}"
            self._next[base] = n
        self._taken.add(candidate)
        return candidate

    def discard(self, entry_id: str) -> None:
        """Give *entry_id* back (it may be handed out again by :meth:`take` of its own base)."""
        self._taken.discard(entry_id)


def foreign_lang(raw: str) -> str:
    """The canonical tag of a language code from a foreign file (``en_US`` → ``en-US``);
    ValueError when CLDR does not know it."""
    return canonical_tag(raw.strip().replace("_", "-"))


def count(items: Iterable[object]) -> int:
    """How many *items* there are."""
    return sum(1 for _ in items)
