"""The transliteration index on disk: built once per set of names, loaded by the next
process that needs the same one.

A 100k-entry glossary's index takes 15–30 s of CPU to build and about 4 s to load, and
every process that links names builds it: each ``termaid normalize`` over that glossary,
each worker of a ``termaid corpus`` run. :func:`load_or_build` files it under a key made
of the names and of the code and tables that read them (a change to either makes a new
key). The file holds the index as plain dicts, lists, sets and strings, pickled, and is
read back by an unpickler that refuses any other object, so nothing in it is run when it
is read (:mod:`marshal` would be as safe but reads it four times slower). It is written
beside the target and renamed into place, so a reader never sees half a file. A file that
cannot be read is rebuilt; a folder that cannot be written is not an error (the index is
then built each time).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from glossary._gc import gc_paused

from ._index import TranslitIndex

__all__ = ["MIN_NAMES", "index_key", "load_or_build"]

#: Fewer names than this build faster than a file loads: they are not stored.
MIN_NAMES = 2000
#: What a file starts with; the number changes with the layout of the state.
_MAGIC = b"termaid translit index 2\n"
#: How many index files a folder keeps (the most recently used).
_KEEP = 4

Name = tuple[str, str, int]


@cache
def _code_digest() -> bytes:
    """A digest of what an index is built from besides the names: the transliteration
    package's modules and its tables."""
    here = Path(__file__).parent
    h = hashlib.sha256()
    for path in [*sorted(here.glob("*.py")), here.parent / "data" / "translit.yaml"]:
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.digest()


def index_key(names: Sequence[Name]) -> str:
    """The key the index of *names* is filed under."""
    h = hashlib.sha256(_code_digest())
    for name, lang, payload in names:
        h.update(f"{name}\0{lang}\0{payload}\n".encode())
    return h.hexdigest()[:32]


def load_or_build(names: Sequence[Name], folder: Path | None) -> TranslitIndex[int]:
    """The index of *names*: read from *folder* when it holds it, else built (and
    written there when there are at least :data:`MIN_NAMES`)."""
    if folder is None or len(names) < MIN_NAMES:
        return TranslitIndex(names)
    path = folder / f"translit-{index_key(names)}.pickle"
    index = _read(path)
    if index is not None:
        return index
    index = TranslitIndex(names)
    _write(path, index)
    return index


class _PlainUnpickler(pickle.Unpickler):
    """Reads plain containers, strings and numbers only: any class or function named in
    the file is refused."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a transliteration index")


def _read(path: Path) -> TranslitIndex[int] | None:
    try:
        with open(path, "rb") as f:
            if f.read(len(_MAGIC)) != _MAGIC:
                return None
            with gc_paused():  # millions of acyclic objects
                state = _PlainUnpickler(f).load()
        os.utime(path)  # recently used: kept when the folder is pruned
    except (OSError, EOFError, ValueError, TypeError, pickle.UnpicklingError):
        return None
    try:
        return TranslitIndex.from_state(state)
    except (TypeError, ValueError):
        return None


def _write(path: Path, index: TranslitIndex[int]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".translit-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(_MAGIC)
                pickle.dump(index.state(), f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _prune(path.parent)
    except OSError:
        return  # a read-only or full cache: the index is built each time


def _prune(folder: Path) -> None:
    """Keep the :data:`_KEEP` most recently used index files."""
    files = sorted(folder.glob("translit-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[_KEEP:]:
        old.unlink(missing_ok=True)
