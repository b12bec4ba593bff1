"""The plan of a corpus run, written to ``OUT/corpus.json``, and what a rerun keeps.

The plan names the mode, the options that change results, the glossary (a digest of its
entries), the input files (size and modification time) and the partitions. Its digest is
written into each partition's record: a rerun with the same plan keeps the partitions
whose record carries it (it *resumes*); a rerun with another plan is refused unless asked
to *replace* the earlier results, which are then removed first.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from glossary.model import Entry
from glossary.serial import entry_to_dict

from ._atomic import remove_temps, write_atomic
from .errors import CorpusUsageError
from .inputs import InputFile, Partition

__all__ = ["MANIFEST", "OUTPUTS", "Plan", "done_partitions", "glossary_digest", "prepare_output"]

#: The plan's file in the output folder.
MANIFEST = "corpus.json"
#: Everything a run writes in its output folder (and ``--replace`` removes).
OUTPUTS = ("parts", "normalized", "findings", "errors.jsonl", "summary.json",
           "entities.json", "entities.csv", "suggestions.yaml", MANIFEST)


def glossary_digest(entries: Iterable[Entry]) -> str:
    """A digest of the entries' content: equal for equal glossaries, however loaded."""
    h = hashlib.sha256()
    for entry in entries:
        h.update(json.dumps(entry_to_dict(entry, origin=False), sort_keys=True,
                            ensure_ascii=False).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


@dataclass(frozen=True, slots=True)
class Plan:
    """What a run does: mode, result-changing options, glossary, files and partitions."""

    mode: str
    options: tuple[tuple[str, Any], ...]
    glossary: str
    files: tuple[InputFile, ...]
    partitions: tuple[Partition, ...]

    def to_dict(self) -> dict[str, Any]:
        """The plan as JSON-ready data."""
        return {"mode": self.mode, "options": dict(self.options), "glossary": self.glossary,
                "files": [f.to_dict() for f in self.files],
                "partitions": [p.to_dict() for p in self.partitions]}

    @property
    def digest(self) -> str:
        """A digest of :meth:`to_dict`."""
        text = json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _manifest_bytes(plan: Plan) -> bytes:
    data = {"digest": plan.digest, **plan.to_dict()}
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def prepare_output(out: Path, plan: Plan, *, replace: bool) -> None:
    """Make *out* ready for *plan*: new, resumed, or (with *replace*) emptied of another
    run's results. Refuses a folder that holds other files, or another run's results
    without *replace*."""
    manifest = out / MANIFEST
    if out.exists() and not out.is_dir():
        raise CorpusUsageError(f"{out}: not a folder")
    if out.is_dir() and any(out.iterdir()):
        if not manifest.is_file():
            raise CorpusUsageError(
                f"{out}: not empty and holds no corpus run ({MANIFEST}); choose another --out")
        try:
            earlier = json.loads(manifest.read_text(encoding="utf-8")).get("digest")
        except (ValueError, OSError, AttributeError):
            earlier = None
        if earlier != plan.digest:
            if not replace:
                raise CorpusUsageError(
                    f"{out}: holds the results of another run (its inputs, options or "
                    "glossary differ); rerun with --replace to discard them, or choose "
                    "another --out")
            for name in OUTPUTS:
                target = out / name
                if target.is_dir():
                    shutil.rmtree(target)
                else:
                    target.unlink(missing_ok=True)
        remove_temps(out)
    out.mkdir(parents=True, exist_ok=True)
    write_atomic(manifest, _manifest_bytes(plan))


def done_partitions(out: Path, plan: Plan, ids: Sequence[str]) -> frozenset[str]:
    """The partitions among *ids* whose record in *out* belongs to *plan*."""
    done = set()
    for part_id in ids:
        path = out / "parts" / f"{part_id}.json"
        try:
            with open(path, encoding="utf-8") as f:
                head = f.read(200)
        except FileNotFoundError:
            continue
        if f'"plan": "{plan.digest}"' in head:
            done.add(part_id)
    return frozenset(done)
