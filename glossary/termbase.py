"""The in-memory glossary: entries by id, cross-entry checks, and loading from a path."""

from __future__ import annotations

import difflib
import os
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import GlossaryFormatError, Problem, UnknownEntryError
from .fold import fold_keys
from .loader import glossary_files, read_files
from .model import Entry, EntryType, Term, lang_matches
from .spelling import distinct, spelling_keys

if TYPE_CHECKING:
    from .lookup import InflectionReader, LookupResult, MemoryIndex

__all__ = [
    "DEFAULT_GLOSSARY",
    "GLOSSARY_ENV",
    "Glossary",
    "check_entries",
    "check_files",
    "check_glossary",
    "load_glossary",
    "resolve_path",
]

#: The domain glossary shipped inside this package.
DEFAULT_GLOSSARY = Path(__file__).resolve().parent / "data"
#: Environment variable naming a glossary to use when none is given.
GLOSSARY_ENV = "TERMAID_GLOSSARY"


def resolve_path(path: str | os.PathLike[str] | None = None) -> Path:
    """The glossary to use: *path*, else ``$TERMAID_GLOSSARY``, else the shipped one."""
    if path is not None:
        return Path(path)
    env = os.environ.get(GLOSSARY_ENV)
    return Path(env) if env else DEFAULT_GLOSSARY


class Glossary:
    """An immutable collection of entries, addressable by id, iterable in file order."""

    __slots__ = ("_by_id", "_entries", "_index", "_sources")

    def __init__(self, entries: Iterable[Entry], *, sources: Sequence[str] = ()) -> None:
        self._entries: tuple[Entry, ...] = tuple(entries)
        self._by_id: dict[str, Entry] = {}
        for entry in self._entries:
            self._by_id.setdefault(entry.id, entry)
        self._sources = tuple(sources)
        self._index: MemoryIndex | None = None

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._by_id

    def __getitem__(self, entry_id: str) -> Entry:
        try:
            return self._by_id[entry_id]
        except KeyError:
            hints = difflib.get_close_matches(entry_id, list(self._by_id), n=3)
            raise UnknownEntryError(entry_id, hints) from None

    def __repr__(self) -> str:
        return f"<Glossary of {len(self)} entries>"

    @property
    def entries(self) -> tuple[Entry, ...]:
        """All entries, in file order."""
        return self._entries

    @property
    def sources(self) -> tuple[str, ...]:
        """The files the entries were read from."""
        return self._sources

    def get(self, entry_id: str) -> Entry | None:
        """The entry with this id, or None."""
        return self._by_id.get(entry_id)

    def select(self, *, type: EntryType | None = None, lang: str | None = None) -> Iterator[Entry]:
        """Entries of a type and/or with terms in a language, in file order."""
        for entry in self._entries:
            if type is not None and entry.type is not type:
                continue
            if lang is not None and not any(lang_matches(t.lang, lang) for t in entry.terms):
                continue
            yield entry

    def lookup(
        self,
        query: str,
        *,
        lang: str | None = None,
        type: EntryType | None = None,
        limit: int = 10,
        fuzzy: bool = True,
        contains: bool = False,
        inflections: InflectionReader | None = None,
    ) -> LookupResult:
        """Find entries by any of their terms; see :func:`glossary.lookup.lookup`."""
        from .lookup import MemoryIndex, lookup

        if self._index is None:
            self._index = MemoryIndex(self._entries)
        return lookup(self._index, query, lang=lang, type=type, limit=limit, fuzzy=fuzzy,
                      contains=contains, inflections=inflections)


def check_entries(
    entries: Sequence[Entry], *, keys: dict[str, tuple[str, ...]] | None = None, links: bool = True
) -> list[Problem]:
    """Problems that span entries: duplicate ids, unknown related ids, ambiguous variants.

    A variant is ambiguous when two entries claim the same folded form (also without
    spaces) in one language; that is allowed only when each entry names the other in
    ``ambiguous_with``. When *keys* is given, it is filled with each term's
    :func:`~glossary.fold.fold_keys`, so that an index built next need not fold again.
    With ``links=False`` ids that *entries* do not hold are not problems: a file imported
    into a glossary may link to the glossary's entries (the merge resolves them).
    """
    if keys is None:
        keys = {}
    problems: list[Problem] = []
    first: dict[str, Entry] = {}
    for entry in entries:
        if entry.id in first:
            problems.append(_at(entry, f"duplicate id {entry.id!r} (first at {first[entry.id].origin})"))
        else:
            first[entry.id] = entry
    claims: dict[tuple[str, str], tuple[Entry, Term]] = {}
    hints = _Hints(first)
    for entry in entries:
        for ref in (*entry.related, *entry.ambiguous_with) if links else ():
            if ref not in first:
                problems.append(_at(entry, f"entry {entry.id!r} refers to unknown id {ref!r}{hints(ref)}"))
        for term in entry.terms:
            folded = keys.get(term.text)
            if folded is None:
                folded = keys[term.text] = fold_keys(term.text)
            for key in spelling_keys(term.text, folded):
                slot = (term.lang, key)
                other = claims.get(slot)
                if other is None:
                    claims[slot] = (entry, term)
                    continue
                owner, claimed = other
                if owner.id == entry.id:
                    continue
                if distinct(claimed, term):
                    continue
                if entry.id in owner.ambiguous_with and owner.id in entry.ambiguous_with:
                    continue
                where = term.origin or entry.origin
                problems.append(
                    Problem(
                        where.path if where else "?",
                        where.line if where else None,
                        f"ambiguous variant {term.text!r} in {term.lang!r}: claimed by "
                        f"{owner.id!r} ({claimed.text!r}, {owner.origin}) and {entry.id!r}; if both "
                        f"meanings are intended, list each id in the other's ambiguous_with",
                    )
                )
                break
    return problems


class _Hints:
    """"Did you mean" for unknown ids: for the first :data:`MAX` of them only, as each
    costs a pass over every id (thousands of dangling links cost minutes otherwise)."""

    MAX = 20

    def __init__(self, ids: dict[str, Entry]) -> None:
        self.ids = ids
        self.given = 0

    def __call__(self, ref: str) -> str:
        self.given += 1
        if self.given > self.MAX:
            return ""
        from rapidfuzz import fuzz, process

        best = process.extractOne(ref, list(self.ids), scorer=fuzz.ratio, score_cutoff=60)
        return f"; did you mean {best[0]!r}?" if best else ""


def _at(entry: Entry, message: str) -> Problem:
    origin = entry.origin
    return Problem(origin.path if origin else "?", origin.line if origin else None, message)


def check_glossary(
    path: str | os.PathLike[str] | None = None,
    *,
    keys: dict[str, tuple[str, ...]] | None = None,
) -> tuple[Glossary, list[Problem]]:
    """Read a glossary leniently: the entries that are sound, and every problem found.

    Problems are sorted by file and line. Raises only when *path* cannot be read at all.
    *keys* is passed on to :func:`check_entries`.
    """
    return check_files(glossary_files(resolve_path(path)), keys=keys)


def check_files(
    files: Sequence[Path],
    *,
    contents: Sequence[bytes] | None = None,
    keys: dict[str, tuple[str, ...]] | None = None,
) -> tuple[Glossary, list[Problem]]:
    """:func:`check_glossary` of the glossary made of *files*; with *contents* (their
    bytes, in order) those bytes are read, not the files."""
    entries, problems = read_files(files, contents=contents)
    problems.extend(check_entries(entries, keys=keys))
    problems.sort(key=lambda p: (p.path, p.line or 0))
    if problems:
        counts = Counter(e.id for e in entries)
        entries = [e for e in entries if counts[e.id] == 1]
    return Glossary(entries, sources=[str(f) for f in files]), problems


def load_glossary(
    path: str | os.PathLike[str] | None = None,
    *,
    keys: dict[str, tuple[str, ...]] | None = None,
) -> Glossary:
    """Read and validate a glossary file or directory (default: :func:`resolve_path`).

    Raises :class:`~glossary.errors.GlossaryFormatError` listing every problem, each as
    ``file:line: message``. *keys* is passed on to :func:`check_entries`.
    """
    glossary, problems = check_glossary(path, keys=keys)
    if problems:
        raise GlossaryFormatError(problems)
    return glossary
