"""Applying a merge to the YAML files of a glossary: under the glossary's write lock, the
files are read, the merge decided (:func:`.merge.merge_entries`), the changed files edited
in place with ruamel.yaml (comments and untouched entries kept byte for byte, line ends
too), read back and checked, and committed all at once (:func:`glossary.atomic.commit`)."""

from __future__ import annotations

import dataclasses
import difflib
import io
from collections.abc import Sequence
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from ..atomic import clean_temps, commit, journal_path, line_end, make_parents
from ..errors import Problem
from ..loader import glossary_files, iter_entries, read_entries
from ..lock import glossary_lock
from ..model import Entry
from ..termbase import check_entries
from ._common import ImportResult, gc_paused
from .errors import MergeError
from .merge import MergeReport, MergeResult, Prefer, merge_entries

__all__ = ["merge_files"]


def merge_files(target: Path, imported: ImportResult | Sequence[Entry], *, prefer: Prefer = "existing",
                dry_run: bool = False, source_name: str = "", new_file: str = "imported.yaml",
                lock_timeout: float | None = None) -> MergeReport:
    """Merge *imported* into the YAML glossary at *target* (a file, or a directory whose
    new entries go to *new_file*); *target* is created when it does not exist.

    The whole read-merge-write holds the glossary's write lock (waiting at most
    *lock_timeout* seconds, see :func:`glossary.lock.lock_timeout`), so a second writer
    merges into what the first wrote. The target must be valid to begin with. The files
    are written only after they have been read back and, with the files left as they were,
    checked and found to hold exactly the merged entries; they are written as one commit
    (old or new after a crash). With *dry_run* nothing is written and no lock is taken.
    """
    created = [] if dry_run or target.exists() else make_parents(target)
    with nullcontext() if dry_run else glossary_lock(target, timeout=lock_timeout), gc_paused():
        report = _merge(target, imported, prefer=prefer, dry_run=dry_run, source_name=source_name,
                        new_file=new_file)
    return dataclasses.replace(report, created=tuple(str(c) for c in created))


def _merge(target: Path, imported: ImportResult | Sequence[Entry], *, prefer: Prefer, dry_run: bool,
           source_name: str, new_file: str) -> MergeReport:
    from ._yamledit import (
        blank_line_after,
        dump,
        ends_in_shipped_style,
        entry_text,
        handler,
        in_shipped_style,
        render_entry,
        update_entry,
    )

    files = glossary_files(target) if target.exists() else []
    if not dry_run:
        for f in files:  # under the lock: what a killed writer left is stale
            clean_temps(f)
    if not files and target.suffix not in (".yaml", ".yml"):
        raise MergeError(f"{target}: a new glossary must be a .yaml file")
    texts: dict[Path, str] = {}
    ends: dict[Path, str] = {}
    read: dict[Path, list[Entry]] = {}
    problems: list[Problem] = []
    for f in files:
        texts[f], ends[f] = _read_text(f)
        read[f], trouble = read_entries(io.StringIO(texts[f]), name=str(f))
        problems += trouble
    existing = [e for found in read.values() for e in found]
    keys: dict[str, tuple[str, ...]] = {}  # each text folded once, for the checks and the merge
    problems += check_entries(existing, keys=keys)
    if problems:
        raise MergeError("the target glossary has problems; fix them before importing:\n"
                         + "\n".join(str(p) for p in problems))
    result = merge_entries(existing, imported, prefer=prefer, keys=keys)
    by_id = {e.id: e for e in result.entries}
    touched: dict[Path, list[Entry]] = {}
    ids = result.touched  # a property that builds a set: once, not once per entry
    for old in existing:
        if old.id in ids:
            assert old.origin is not None
            touched.setdefault(Path(old.origin.path), []).append(old)
    dest = target / new_file if target.is_dir() else target
    new_texts: dict[Path, str] = {}
    docs: dict[Path, tuple[Any, Any]] = {}  # the one new entries go to, when it is edited
    for f, olds in touched.items():
        yaml, doc = handler(texts[f])
        nodes = {str(n.get("id")): n for n in doc["entries"]}
        for old in olds:
            update_entry(nodes[old.id], old, by_id[old.id])
        new_texts[f] = dump(yaml, doc)
        if f == dest:
            docs[f] = yaml, doc
    if result.added:
        base = new_texts.get(dest, texts.get(dest))
        if dest in docs:
            as_text = in_shipped_style(*docs[dest])
        else:
            there = read.get(dest, [])
            as_text = not base or bool(there and ends_in_shipped_style(base, line=_line(there[-1])))
        if as_text:
            # the shipped style: new entries are appended as text, the file above stays as it is
            head = base if base else f"# Glossary entries imported by termaid{' from ' + source_name if source_name else ''}.\nentries:\n"
            head = head if head.endswith("\n") else head + "\n"
            body = "\n".join(entry_text(by_id[i]) for i in result.added)
            new_texts[dest] = head + ("\n" if base else "") + body
        else:
            yaml, doc = docs[dest] if dest in docs else handler(base or "")
            seq = doc["entries"]
            if seq.fa.flow_style():
                seq.fa.set_block_style()
            for entry_id in result.added:
                node = render_entry(by_id[entry_id])
                if entry_id != result.added[-1]:
                    blank_line_after(node)
                seq.append(node)
            new_texts[dest] = dump(yaml, doc)
        texts.setdefault(dest, "")
    changed = {f: text for f, text in sorted(new_texts.items()) if text != texts[f]}
    _verify(changed, [e for f, found in read.items() if f not in changed for e in found], result, keys)
    diff = "".join(
        "".join(difflib.unified_diff(texts[f].splitlines(True), text.splitlines(True),
                                     str(f), f"{f} (after the import)"))
        for f, text in changed.items()
    )
    if not dry_run and changed:
        commit({path: text.replace("\n", ends.get(path, "\n")).encode("utf-8") for path, text in changed.items()},
               journal=journal_path(target))
    return MergeReport(result, tuple(str(f) for f in changed), diff, bool(changed) and not dry_run)


def _line(entry: Entry) -> int:
    assert entry.origin is not None
    return entry.origin.line


def _read_text(path: Path) -> tuple[str, str]:
    """The text of a glossary file with ``\n`` line ends, and the line end it uses."""
    try:
        data = path.read_bytes()
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise MergeError(f"{path}: cannot read: {exc}") from None
    end = line_end(data)
    return (text.replace("\r\n", "\n") if end != "\n" else text), end


def _verify(texts: dict[Path, str], unchanged: list[Entry], result: MergeResult,
            keys: dict[str, tuple[str, ...]]) -> None:
    """Read the files to write back (once each): with the *unchanged* entries of the other
    files, they must be valid and hold exactly the merged entries.

    The files are read as a stream, each entry compared with the merged one and dropped:
    only when they hold exactly the merged entries are the checks that span entries run,
    on the merged entries (the same values); only if those find problems are the files
    read again whole, to name file and line.
    """
    merged = {e.id: e for e in result.entries}
    seen = {e.id for e in unchanged}
    problems: list[Problem] = []
    wrong: list[str] = []

    def compare(entry: Entry) -> None:
        if merged.get(entry.id) != entry or entry.id in seen:
            wrong.append(entry.id)
        seen.add(entry.id)

    for f, text in texts.items():
        problems += iter_entries(io.StringIO(text), name=str(f), into=compare)
    if not problems and not wrong and len(seen) == len(merged) and not check_entries(result.entries, keys=keys):
        return
    if not problems:
        entries = list(unchanged)
        for f, text in texts.items():
            found, trouble = read_entries(io.StringIO(text), name=str(f))
            entries += found
            problems += trouble
        problems += check_entries(entries)
    if problems:
        raise MergeError("the merge would make the glossary invalid, so nothing was written:\n"
                         + "\n".join(str(p) for p in problems))
    if wrong:
        raise MergeError(f"internal error: entry {wrong[0]!r} would not be written as merged; nothing was written")
    raise MergeError("internal error: the files would hold entries the merge did not make; nothing was written")
