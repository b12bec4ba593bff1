"""The compiled glossary: an SQLite index in the user cache, rebuilt when the YAML changes.

Reading 100k entries of YAML takes seconds; a command that looks up one word should not
pay for that every time. :func:`open_glossary` compiles a glossary once into an SQLite
file under the user cache directory (``$TERMAID_CACHE_DIR`` overrides it) and reopens it
in milliseconds afterwards.

The cache is keyed by the glossary's content: each open compares the size, modification
and change times and inode of every file with those recorded at compile time; when any
differ, the SHA-256 digest of the files' bytes decides whether the content really changed,
and only then is the index rebuilt (into a temporary file renamed into place, so readers
never see half an index). The digest recorded is that of the very bytes that were parsed,
and the times are recorded only when no file changed while it was read and none changed in
the last :data:`SETTLE` seconds (a later edit in the same clock tick would not show), so an
edit during a compile, or a same-size edit with its modification time put back (the change
time cannot be put back), is caught by the next open. An index whose pages are damaged is
removed when a query finds out, and the next open rebuilds it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Self

from ._gc import gc_paused
from .atomic import LEGACY_AGE, TEMP_SUFFIX, clean_temps
from .errors import GlossaryError, GlossaryFormatError, UnknownEntryError
from .fold import fold_keys
from .loader import glossary_files, read_bytes
from .lookup import InflectionReader, LookupResult, lookup
from .model import Entry, EntryType
from .serial import entry_from_dict, entry_to_dict
from .termbase import Glossary, check_files, resolve_path
from .termindex import (
    WORD_SCAN,
    Hit,
    fuzzy_blocks,
    holds_words,
    probe_word,
    with_compacts,
    word_keys,
)

__all__ = ["CACHE_ENV", "CompiledGlossary", "cache_dir", "compile_glossary", "open_glossary"]

#: Environment variable naming the cache directory.
CACHE_ENV = "TERMAID_CACHE_DIR"
#: Bumped whenever the schema or the keys change, so old caches are rebuilt.
FORMAT = "termaid-index-6"

_SCHEMA = """
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entry (n INTEGER PRIMARY KEY, id TEXT NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE term_key (key TEXT NOT NULL, id TEXT NOT NULL, pos INTEGER NOT NULL);
CREATE TABLE fuzzy_key (key TEXT PRIMARY KEY, head TEXT NOT NULL, tail TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE word_key (word TEXT NOT NULL, key TEXT NOT NULL);
"""
_INDEXES = """
CREATE UNIQUE INDEX entry_id ON entry (id);
CREATE INDEX term_key_key ON term_key (key);
CREATE INDEX fuzzy_key_head ON fuzzy_key (head);
CREATE INDEX fuzzy_key_tail ON fuzzy_key (tail);
CREATE INDEX word_key_word ON word_key (word, length(key));
"""


def cache_dir() -> Path:
    """Where compiled glossaries live: ``$TERMAID_CACHE_DIR`` or the user cache directory."""
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("termaid", appauthor=False)) / "index"


#: Files changed less than this many seconds ago are not trusted by their times alone.
SETTLE = 2.0


def _stat_signature(files: Sequence[Path]) -> tuple[str, bool]:
    """The files' real paths, sizes, inodes and times, and whether all of them have settled."""
    parts = []
    settled = True
    now = time.time_ns()
    for f in files:
        st = f.stat()
        parts.append(f"{f.resolve()}\0{st.st_size}\0{st.st_ino}\0{st.st_mtime_ns}\0{st.st_ctime_ns}")
        if now - max(st.st_mtime_ns, st.st_ctime_ns) < SETTLE * 1e9:
            settled = False
    return "\n".join(parts), settled


def _digest(files: Sequence[Path], root: Path, contents: Sequence[bytes]) -> str:
    h = hashlib.sha256()
    for f, data in zip(files, contents, strict=True):
        h.update(os.path.relpath(f, root if root.is_dir() else root.parent).encode())
        h.update(b"\0")
        h.update(data)
        h.update(b"\0")
    return h.hexdigest()


class CompiledGlossary:
    """A glossary read from its compiled SQLite index; entries are decoded on demand.

    It offers the same lookup as :class:`~glossary.Glossary` and yields the same
    entries; :meth:`to_glossary` loads them all into memory.
    """

    def __init__(self, path: Path, *, source: Path) -> None:
        self._path = path
        self._source = source
        self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        self._cache: dict[str, Entry] = {}
        self._meta: dict[str, str] = dict(self._rows("SELECT name, value FROM meta"))

    def _rows(self, sql: str, args: Sequence[object] = ()) -> Iterator[Any]:
        """The rows of a query, fetched in batches; a damaged index is removed (the next
        open rebuilds it) and reported as a :class:`~glossary.GlossaryError`."""
        try:
            cursor = self._conn.execute(sql, args)
            while batch := cursor.fetchmany(1024):
                yield from batch
        except sqlite3.ProgrammingError:
            raise  # a closed connection, a bad query: not the file's fault
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            self._path.unlink(missing_ok=True)
            raise GlossaryError(
                f"{self._path}: the compiled index of {self._source} is damaged ({exc}); "
                "it was removed and the next run rebuilds it"
            ) from None

    def close(self) -> None:
        """Close the database connection."""
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<CompiledGlossary of {len(self)} entries from {self._source}>"

    @property
    def source(self) -> Path:
        """The glossary file or directory this index was compiled from."""
        return self._source

    @property
    def index_path(self) -> Path:
        """The SQLite file."""
        return self._path

    def __len__(self) -> int:
        return int(self._meta["entries"])

    def __iter__(self) -> Iterator[Entry]:
        for (data,) in self._rows("SELECT data FROM entry ORDER BY n"):
            yield entry_from_dict(json.loads(data))

    def __contains__(self, entry_id: object) -> bool:
        return self.get(str(entry_id)) is not None

    def get(self, entry_id: str) -> Entry | None:
        """The entry with this id, or None."""
        entry = self._cache.get(entry_id)
        if entry is None:
            row = next(self._rows("SELECT data FROM entry WHERE id = ?", (entry_id,)), None)
            if row is None:
                return None
            entry = self._cache[entry_id] = entry_from_dict(json.loads(row[0]))
        return entry

    def __getitem__(self, entry_id: str) -> Entry:
        entry = self.get(entry_id)
        if entry is None:
            from rapidfuzz import process

            ids = [r[0] for r in self._rows("SELECT id FROM entry")]
            hints = [m[0] for m in process.extract(entry_id, ids, limit=3, score_cutoff=70)]
            raise UnknownEntryError(entry_id, hints)
        return entry

    def select(self, *, type: EntryType | None = None, lang: str | None = None) -> Iterator[Entry]:
        """Entries of a type and/or with terms in a language, in file order."""
        from .model import lang_matches

        sql = "SELECT data FROM entry ORDER BY n"
        args: tuple[str, ...] = ()
        if type is not None:
            sql, args = "SELECT data FROM entry WHERE type = ? ORDER BY n", (type.value,)
        for (data,) in self._rows(sql, args):
            entry = entry_from_dict(json.loads(data))
            if lang is None or any(lang_matches(t.lang, lang) for t in entry.terms):
                yield entry

    def stats(self) -> dict[str, Any]:
        """Counts recorded at compile time: entries, terms, by type, language and status."""
        result: dict[str, Any] = json.loads(self._meta["stats"])
        return result

    def to_glossary(self) -> Glossary:
        """All entries in memory, as a :class:`~glossary.Glossary`."""
        return Glossary(self, sources=json.loads(self._meta["sources"]))

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
        return lookup(self, query, lang=lang, type=type, limit=limit, fuzzy=fuzzy,
                      contains=contains, inflections=inflections)

    # TermIndex -----------------------------------------------------------------------

    def exact(self, key: str) -> Sequence[Hit]:
        rows = self._rows("SELECT id, pos FROM term_key WHERE key = ?", (key,))
        return [(r[0], r[1]) for r in rows]

    def prefix(self, key: str, limit: int) -> Sequence[Hit]:
        rows = self._rows(
            "SELECT id, pos FROM term_key WHERE key > ? AND key < ? "
            "ORDER BY length(key), key LIMIT ?",
            (key, key + "\U0010ffff", limit),
        )
        return [(r[0], r[1]) for r in rows]

    def containing(self, key: str, limit: int) -> Sequence[Hit]:
        rows = self._conn.execute(
            "SELECT key FROM word_key WHERE word = ? ORDER BY length(key) LIMIT ?",
            (probe_word(key), WORD_SCAN),
        )
        out: list[Hit] = []
        for (candidate,) in rows:
            if holds_words(candidate, key):
                out.extend(self.exact(candidate))
                if len(out) >= limit:
                    break
        return out

    def fuzzy_keys(self, key: str) -> Sequence[str]:
        head, tail = fuzzy_blocks(key)
        rows = self._rows(
            "SELECT key FROM fuzzy_key WHERE head = ? UNION SELECT key FROM fuzzy_key WHERE tail = ?",
            (head, tail),
        )
        return [r[0] for r in rows]

    def hits(self, keys: Iterable[str]) -> Sequence[tuple[str, Hit]]:
        out: list[tuple[str, Hit]] = []
        for key in keys:
            out.extend((key, hit) for hit in self.exact(key))
        return out

    def entry(self, entry_id: str) -> Entry:
        return self[entry_id]


@gc_paused()
def compile_glossary(
    glossary: Glossary,
    target: Path,
    *,
    meta: dict[str, str],
    keys: dict[str, tuple[str, ...]] | None = None,
) -> None:
    """Write *glossary* as an SQLite index to *target*, atomically.

    *keys* may hold terms' :func:`~glossary.fold.fold_keys` already computed (by
    :func:`~glossary.termbase.check_entries`); the others are folded here.
    """
    known = keys if keys is not None else {}
    target.parent.mkdir(parents=True, exist_ok=True)
    clean_temps(target)
    for old in target.parent.glob(f"{target.name}*.tmp"):  # termaid 0.1's naming, no process id
        try:
            if time.time() - old.stat().st_mtime > LEGACY_AGE:
                old.unlink()
        except OSError:
            pass
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.{os.getpid()}-", suffix=TEMP_SUFFIX)
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp)
        try:
            conn.executescript(_SCHEMA)
            dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
            conn.executemany(
                "INSERT INTO entry VALUES (?, ?, ?, ?)",
                (
                    (n, e.id, e.type.value, dumps(entry_to_dict(e)))
                    for n, e in enumerate(glossary.entries)
                ),
            )
            term_keys: list[tuple[str, str, int]] = []
            spelled: dict[str, None] = {}
            for e in glossary.entries:
                for pos, t in enumerate(e.terms):
                    folded = known.get(t.text) or fold_keys(t.text)
                    spelled.update(dict.fromkeys(folded))
                    term_keys.extend((key, e.id, pos) for key in with_compacts(folded))
            conn.executemany("INSERT INTO term_key VALUES (?, ?, ?)", term_keys)
            conn.executemany(
                "INSERT INTO fuzzy_key VALUES (?, ?, ?)",
                ((key, *fuzzy_blocks(key)) for key in spelled),
            )
            conn.executemany(
                "INSERT INTO word_key VALUES (?, ?)",
                ((word, key) for key in spelled for word in word_keys(key)),
            )
            stats = _stats(glossary)
            meta = {**meta, "entries": str(len(glossary)), "stats": json.dumps(stats),
                    "sources": json.dumps(list(glossary.sources))}
            conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
            conn.executescript(_INDEXES)
            conn.commit()
        finally:
            conn.close()
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _stats(glossary: Glossary) -> dict[str, Any]:
    types: Counter[str] = Counter()
    langs: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    terms = 0
    for entry in glossary.entries:
        types[entry.type.value] += 1
        for term in entry.terms:
            terms += 1
            langs[term.lang] += 1
            statuses[term.status.value] += 1
    return {
        "entries": len(glossary),
        "terms": terms,
        "types": dict(sorted(types.items())),
        "languages": dict(sorted(langs.items())),
        "statuses": dict(sorted(statuses.items())),
    }


def open_glossary(
    path: str | os.PathLike[str] | None = None, *, cache: Path | None = None
) -> CompiledGlossary:
    """Open a glossary through its compiled index, compiling it first when needed.

    *path* defaults as in :func:`~glossary.resolve_path`. Raises
    :class:`~glossary.GlossaryFormatError` when the glossary has problems.
    """
    root = resolve_path(path)
    files = glossary_files(root)
    signature, settled = _stat_signature(files)
    folder = cache if cache is not None else cache_dir()
    name = hashlib.sha1(str(root.resolve()).encode()).hexdigest()[:20]
    target = folder / f"{name}.sqlite"
    contents: list[bytes] | None = None
    digest: str | None = None
    if target.exists():
        try:
            db = sqlite3.connect(f"file:{target}?mode=rw", uri=True)
            try:
                meta = dict(db.execute("SELECT name, value FROM meta"))
                if meta.get("format") == FORMAT:
                    if settled and meta.get("stat") == signature:
                        return CompiledGlossary(target, source=root)
                    contents = [read_bytes(f) for f in files]
                    digest = _digest(files, root, contents)
                    if meta.get("digest") == digest:
                        if settled and _stat_signature(files) == (signature, True):
                            db.execute("UPDATE meta SET value = ? WHERE name = 'stat'", (signature,))
                            db.commit()
                        return CompiledGlossary(target, source=root)
            finally:
                db.close()
        except sqlite3.Error:
            pass  # unreadable or foreign file: rebuilt below
    if contents is None:
        contents = [read_bytes(f) for f in files]
        digest = _digest(files, root, contents)
    assert digest is not None
    keys: dict[str, tuple[str, ...]] = {}
    glossary, problems = check_files(files, contents=contents, keys=keys)
    if problems:
        raise GlossaryFormatError(problems)
    # the times are recorded only if they still describe the bytes that were parsed
    trusted = settled and _stat_signature(files) == (signature, True)
    meta = {"format": FORMAT, "stat": signature if trusted else "", "digest": digest,
            "source": str(root.resolve())}
    try:
        compile_glossary(glossary, target, meta=meta, keys=keys)
    except OSError as exc:
        raise GlossaryError(
            f"{folder}: cannot write the glossary index ({exc.strerror}); "
            f"set {CACHE_ENV} to a writable directory"
        ) from None
    return CompiledGlossary(target, source=root)
