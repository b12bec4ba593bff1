"""Writing an output file whole or not at all: a temporary file beside it, then a rename.

Temporary files are named ``.NAME.PID-RANDOM.termaid-tmp``; a worker killed mid-write
leaves one behind, which :func:`remove_temps` clears before a rerun.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

__all__ = ["TEMP_SUFFIX", "atomic_output", "remove_temps", "write_atomic"]

#: The suffix of termaid's temporary files.
TEMP_SUFFIX = ".termaid-tmp"


@contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """A binary file that becomes *path* when the ``with`` block ends without an error.

    Until then *path* keeps what it held; on an error the temporary file is removed.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}")
    try:
        with open(temp, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_atomic(path: Path, data: bytes) -> None:
    """Write *data* to *path*: the old content or the new, never a mix."""
    with atomic_output(path) as f:
        f.write(data)


def remove_temps(folder: Path) -> int:
    """Remove the temporary files under *folder* (left by a killed run); returns how many."""
    removed = 0
    for temp in folder.rglob(f".*{TEMP_SUFFIX}"):
        temp.unlink(missing_ok=True)
        removed += 1
    return removed
