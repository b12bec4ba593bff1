"""Glossary YAML as an import format: another termaid glossary, or reviewed suggestions.

``termaid align --suggest`` writes the spellings it found as a small glossary file whose
entries carry the ids of the entries they belong to. Read here, such a file is merged like
any import, with one difference: its ids are termaid's own, so an entry whose id the
glossary has *is* that entry (:attr:`ImportResult.own_ids`), even when it shares no term
with it (the suggestions are new spellings by definition). Copying the file into a
glossary folder instead gave "duplicate id".

The file is read as strictly as a glossary (:mod:`glossary.loader`): every problem with
its line, duplicate ids and ambiguous spellings within the file included; only links to
ids the file does not hold are left to the merge, which finds them in the glossary (one
file of a glossary folder links to the others) or drops them with a note.
"""

from __future__ import annotations

import io

from ..loader import read_entries
from ..termbase import check_entries
from ._common import DEFAULT_MAX_BYTES, ImportResult, Source, read_input
from .errors import ImportFormatError

__all__ = ["read_yaml"]


def read_yaml(source: Source, *, strict: bool = True, max_bytes: int = DEFAULT_MAX_BYTES) -> ImportResult:
    """The entries of a glossary YAML file; with *strict*, any problem refuses the file
    (:class:`~.errors.ImportFormatError`), else the problems come back with the entries
    that are sound on their own (an entry repeated in the file then merges into the first)."""
    data, name = read_input(source, max_bytes=max_bytes)
    entries, problems = read_entries(io.BytesIO(data), name=name)
    problems += check_entries(entries, links=False)
    if problems and strict:
        raise ImportFormatError(problems)
    return ImportResult(tuple(entries), tuple(problems), frozenset(e.id for e in entries), "yaml",
                        own_ids=True)
