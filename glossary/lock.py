"""The write lock of a glossary: one writer at a time, the others wait (bounded), then go on
from what the first one wrote.

Every command that writes a glossary (``termaid import``, and whatever writes one later)
does its whole read-merge-write inside :func:`glossary_lock`, so a second writer waits for
the first and then reads, and merges into, what the first wrote::

    with glossary_lock(path, timeout=None):   # None: $TERMAID_LOCK_TIMEOUT, else 60 s
        ...read the glossary, merge, write it with glossary.atomic.commit...

The lock is an OS file lock (``flock``, through the filelock library) on a hidden file
beside the glossary (``.NAME.termaid-lock`` beside a file, ``.termaid-lock`` inside a
directory), taken on the real path, so writers through different symbolic links share it.
The OS releases it when its holder dies, even by ``kill -9``. The holder writes who it is
(process id, host, command, start time) into ``...termaid-lock.holder``; a writer that
gives up names it in :class:`GlossaryLockedError` (exit status 2).
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import GlossaryError, UsageError

__all__ = ["DEFAULT_TIMEOUT", "TIMEOUT_ENV", "GlossaryLockedError", "glossary_lock", "lock_path", "lock_timeout"]

#: Environment variable giving the seconds a writer waits for the lock.
TIMEOUT_ENV = "TERMAID_LOCK_TIMEOUT"
#: Seconds a writer waits for the lock when neither the caller nor the environment says.
DEFAULT_TIMEOUT = 60.0


#: Locks this process holds, by (lock file, thread): taking one again only counts.
_HELD: dict[tuple[str, int], int] = {}


class GlossaryLockedError(GlossaryError):
    """Another process held the glossary's write lock for longer than the timeout."""


def home_of(glossary: Path) -> tuple[Path, str]:
    """The folder that holds a glossary's lock and journal, and the prefix of their names:
    the directory itself for a directory glossary, else the real file's folder."""
    real = Path(os.path.realpath(glossary))
    if real.is_dir():
        return real, "."
    return real.parent, f".{real.name}."


def lock_path(glossary: Path) -> Path:
    """The lock file of *glossary* (a YAML file, existing or not, or a directory)."""
    folder, prefix = home_of(glossary)
    return folder / f"{prefix}termaid-lock"


def lock_timeout(seconds: float | None = None) -> float:
    """The timeout to use: *seconds* if given, else ``$TERMAID_LOCK_TIMEOUT``, else 60."""
    if seconds is not None:
        value, where = seconds, "the lock timeout"
    else:
        raw = os.environ.get(TIMEOUT_ENV, "").strip()
        if not raw:
            return DEFAULT_TIMEOUT
        try:
            value, where = float(raw), f"${TIMEOUT_ENV}"
        except ValueError:
            raise UsageError(f"${TIMEOUT_ENV} must be a number of seconds, not {raw!r}") from None
    if not value >= 0 or value == float("inf"):
        raise UsageError(f"{where} must be a number of seconds of 0 or more, not {value!r}")
    return value


def _holder(path: Path) -> str:
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
        since = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(float(info["since"])))
        return f"process {int(info['pid'])} on {info['host']} ({info['command']}, since {since})"
    except (OSError, ValueError, KeyError, TypeError):
        return "another process"


@contextmanager
def glossary_lock(glossary: Path, *, timeout: float | None = None) -> Iterator[None]:
    """Hold the write lock of *glossary* for the block; wait at most *timeout* seconds for it
    (see :func:`lock_timeout`), then raise :class:`GlossaryLockedError` naming the holder.

    A thread that holds the lock may take it again (the inner block only counts). The
    folder of the lock must exist; an error to create the lock file there becomes a
    :class:`~glossary.errors.WriteError`.
    """
    path = lock_path(glossary)
    key = (str(path), threading.get_ident())
    if key in _HELD:
        _HELD[key] += 1
        try:
            yield
        finally:
            _HELD[key] -= 1
        return
    with _acquired(glossary, path, lock_timeout(timeout)):
        _HELD[key] = 1
        try:
            yield
        finally:
            del _HELD[key]


@contextmanager
def _acquired(glossary: Path, path: Path, wait: float) -> Iterator[None]:
    from filelock import FileLock, Timeout

    from .errors import WriteError

    holder = path.with_name(path.name + ".holder")
    lock = FileLock(str(path), timeout=wait, mode=0o666)
    try:
        lock.acquire()
    except Timeout:
        raise GlossaryLockedError(
            f"{glossary}: the glossary is being written by {_holder(holder)}; gave up after "
            f"{wait:g} s (wait longer with --lock-timeout or ${TIMEOUT_ENV})"
        ) from None
    except OSError as exc:
        raise WriteError(f"{glossary}: cannot take the write lock ({path}: {exc.strerror})") from None
    try:
        info = {"pid": os.getpid(), "host": socket.gethostname(), "since": time.time(),
                "command": " ".join(["termaid", *sys.argv[1:3]]) if sys.argv else "termaid"}
        try:
            holder.write_text(json.dumps(info), encoding="utf-8")
        except OSError:
            pass  # the name of the holder is a courtesy; the lock itself is held
        yield
    finally:
        try:
            holder.unlink(missing_ok=True)
        except OSError:
            pass
        lock.release()
