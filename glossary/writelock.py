"""The write lock the glossary-writing commands take (``termaid add``, ``termaid import``).

One writer at a time: a second one waits (at most ``$TERMAID_LOCK_TIMEOUT`` seconds, 60
by default), then reads and merges into what the first one wrote. :func:`write_lock` is
:func:`glossary.lock.glossary_lock` where that module exists (it is re-entrant within a
thread, so a merge that takes it again inside only counts); until then a lock of the same
kind on the same file: an OS file lock (``flock`` through filelock) on a hidden file beside
the glossary (``.NAME.termaid-lock`` beside a file, ``.termaid-lock`` in a directory),
released by the OS when its holder dies.
"""

from __future__ import annotations

import importlib
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import cast

from .errors import GlossaryError

__all__ = ["LockTimeoutError", "lock_file", "write_lock"]

_TIMEOUT_ENV = "TERMAID_LOCK_TIMEOUT"
_HELD: dict[tuple[str, int], int] = {}


class LockTimeoutError(GlossaryError):
    """Another process held the glossary's write lock for longer than the timeout."""


def lock_file(glossary: Path) -> Path:
    """The lock file of *glossary* (a YAML file, existing or not, or a directory)."""
    real = Path(os.path.realpath(glossary))
    if real.is_dir():
        return real / ".termaid-lock"
    return real.parent / f".{real.name}.termaid-lock"


def _timeout(seconds: float | None) -> float:
    if seconds is not None:
        return seconds
    raw = os.environ.get(_TIMEOUT_ENV, "").strip()
    try:
        return float(raw) if raw else 60.0
    except ValueError:
        raise GlossaryError(f"${_TIMEOUT_ENV} must be a number of seconds, not {raw!r}") from None


@contextmanager
def _fallback(glossary: Path, *, timeout: float | None = None) -> Iterator[None]:
    from filelock import FileLock, Timeout

    path = lock_file(glossary)
    key = (str(path), threading.get_ident())
    if key in _HELD:  # taken again by the same thread: it only counts
        _HELD[key] += 1
        try:
            yield
        finally:
            _HELD[key] -= 1
        return
    wait = _timeout(timeout)
    lock = FileLock(str(path), timeout=wait, mode=0o666)
    try:
        lock.acquire()
    except Timeout:
        raise LockTimeoutError(f"{glossary}: another process is writing the glossary; gave up "
                               f"after {wait:g} s (wait longer with ${_TIMEOUT_ENV})") from None
    except OSError as exc:
        raise GlossaryError(f"{glossary}: cannot take the write lock ({path}: {exc.strerror})") from None
    _HELD[key] = 1
    try:
        yield
    finally:
        del _HELD[key]
        lock.release()


def _lock() -> Callable[..., AbstractContextManager[None]]:
    try:
        module = importlib.import_module(f"{__package__}.lock")
    except ModuleNotFoundError:
        return _fallback
    return cast(Callable[..., AbstractContextManager[None]], module.glossary_lock)


def write_lock(glossary: Path, *, timeout: float | None = None) -> AbstractContextManager[None]:
    """Hold the write lock of *glossary* for a ``with`` block (see the module)."""
    return _lock()(glossary, timeout=timeout)
