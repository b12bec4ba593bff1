"""Quick adds: a new entry, or new terms of an entry, written into a YAML glossary.

What ``termaid add`` does, as a library: the addition is an incoming entry merged with
:func:`~glossary.formats.merge.merge_into`, so it is validated (the files are read back
and checked before anything is written), written atomically in the glossary's own style
(comments and untouched entries byte for byte; a new entry in the shipped layout, in the
file that holds most entries of its type), and a clash (another preferred term, another
note) is a conflict left as the glossary has it unless ``prefer="incoming"``. It all
happens under the glossary's write lock (:func:`glossary.writelock.write_lock`).

The entry is the one with *entry_id* when the glossary has it, else the one that already
lists one of the terms (same language, same folded spelling), else a new one: then it
needs a type, and its id defaults to the slug of its first term.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from ..errors import UsageError
from ..model import Entry, EntryType, Review, Stamp, Term, TermStatus
from ..writelock import write_lock
from ._common import ImportResult, slug_id
from .merge import MergeReport, Prefer, merge_entries, merge_into

__all__ = ["add_to_glossary"]

#: Where a new entry goes in a directory glossary that has no entry of its type yet.
NEW_FILE = "added.yaml"


def add_to_glossary(
    target: Path,
    terms: Sequence[Term],
    *,
    entry_id: str | None = None,
    entry_type: EntryType | None = None,
    status: TermStatus | None = None,
    note: str | None = None,
    sources: Sequence[str] = (),
    created: Stamp | None = None,
    review: Review | None = None,
    prefer: Prefer = "existing",
    dry_run: bool = False,
    timeout: float | None = None,
) -> MergeReport:
    """Add *terms* (an entry's, or new ones of an existing entry) to the glossary *target*.

    The statuses of *terms* are set here: *status* for all when given (only the first of a
    language can be preferred), else the first of each language of a new entry preferred
    and the others admitted, and every term added to an existing entry admitted. Each term
    gets *created* and *review* when given. Raises
    :class:`~glossary.errors.UsageError` for an addition that says too little (no term; a
    new entry without a type) and :class:`~.errors.MergeError` when the glossary is
    invalid or would become so.
    """
    if not terms:
        raise UsageError("nothing to add: give at least one term (--en, --de or --term LANG=TEXT)")
    with write_lock(target, timeout=timeout):
        existing = _existing(target)
        by_id = {e.id: e for e in existing}
        known = by_id.get(entry_id) if entry_id else None
        kind = entry_type or (known.type if known else None) or EntryType.OTHER
        new_id = entry_id or slug_id(_first(terms).text)
        typed = frozenset({new_id}) if entry_type is not None else frozenset()

        def incoming(new: bool, had: Entry | None = None) -> ImportResult:
            listed = {(t.lang, t.text) for t in had.terms} if had is not None else set()
            stamped = [t if (t.lang, t.text) in listed else _stamped(t, created, review)
                       for t in _statuses(terms, status, new=new)]
            entry = Entry(new_id, kind, tuple(stamped), note=note, sources=tuple(sources))
            return ImportResult((entry,), typed=typed, format="add", own_ids=True)

        trial = merge_entries(existing, incoming(new=known is None))
        new = known is None and bool(trial.added)
        if new and entry_type is None:
            raise UsageError(f"{new_id!r} would be a new entry: give its --type")
        had = known
        if had is None and not new and trial.changed:
            had = by_id.get(trial.changed[0][0])  # the terms name an entry the glossary has
        imported = incoming(new=new, had=had)
        return merge_into(target, imported, prefer=prefer, dry_run=dry_run, source_name="termaid add",
                          new_file=_new_file(target, existing, kind))


def _statuses(terms: Sequence[Term], status: TermStatus | None, *, new: bool) -> tuple[Term, ...]:
    """*terms* with their statuses (see :func:`add_to_glossary`); only new terms are
    stamped by the caller, a term the entry lists keeps its own metadata."""
    out: list[Term] = []
    seen: set[str] = set()
    for t in terms:
        first = t.lang not in seen
        seen.add(t.lang)
        wanted = status or (TermStatus.PREFERRED if new and first else TermStatus.ADMITTED)
        if wanted is TermStatus.PREFERRED and not first:
            wanted = TermStatus.ADMITTED
        out.append(dataclasses.replace(t, status=wanted))
    return tuple(out)


def _stamped(term: Term, created: Stamp | None, review: Review | None) -> Term:
    return dataclasses.replace(term, created=created or term.created, review=review or term.review)


def _first(terms: Sequence[Term]) -> Term:
    return next((t for t in terms if t.lang == "en"), terms[0])


def _existing(target: Path) -> list[Entry]:
    if not target.exists():
        return []
    from ..termbase import load_glossary

    return list(load_glossary(target))


def _new_file(target: Path, existing: Sequence[Entry], kind: EntryType) -> str:
    """The file of a directory glossary a new entry of type *kind* goes to: the one holding
    most entries of that type, else :data:`NEW_FILE`."""
    if not target.is_dir():
        return NEW_FILE
    homes = Counter(e.origin.path for e in existing if e.type is kind and e.origin is not None)
    if not homes:
        return NEW_FILE
    best = max(homes, key=lambda path: (homes[path], path))
    try:
        return str(Path(best).resolve().relative_to(target.resolve()))
    except ValueError:
        return NEW_FILE
