"""Pausing the cyclic garbage collector while a reader builds many acyclic objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused"]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a reader or a merge builds many objects.

    Entries, terms, parsed trees and YAML nodes hold no reference cycles, so reference
    counting frees them all; the collector, though, walks every tracked object again and
    again as their number grows: at 100k entries that walk took three quarters of a merge
    (85 s) and two thirds of reading the YAML. The collector is paused for the whole
    process while the block runs, and left as the caller had it.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
