"""A large glossary's transliteration index is kept in the cache folder by the first
``termaid`` process and read by the next (real CLI processes, real files)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from aligner.translit._store import MIN_NAMES


def _glossary(path: Path, people: int) -> None:
    lines = ["entries:"]
    for i in range(people):
        lines += [f"  - id: person-{i}", "    type: person", "    terms:",
                  f"      en: [Wladimir Probow{i}]"]
    lines += ["  - id: sergei-lavrov", "    type: person", "    terms:",
              "      en: [Sergei Lavrov, {term: Lavrov, type: surname}]",
              "      de: [Sergei Lawrow, {term: Lawrow, type: surname}]"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _normalize(source: Path, glossary: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TERMAID_CACHE_DIR": str(cache)}
    return subprocess.run([sys.executable, "-m", "termaid", "normalize", str(source), "--lang", "de",
                           "--json", "--glossary", str(glossary)],
                          capture_output=True, text=True, check=False, timeout=300, env=env)


def test_the_index_is_written_once_and_read_by_the_next_process(tmp_path: Path) -> None:
    glossary, cache, source = tmp_path / "big.yaml", tmp_path / "cache", tmp_path / "text.txt"
    _glossary(glossary, MIN_NAMES)
    source.write_text("Sergej Lawrow traf Wladimir Probow7 in Moskau.\n", encoding="utf-8")
    first = _normalize(source, glossary, cache)
    assert first.returncode == 0, first.stderr
    (stored,) = (cache / "translit").glob("translit-*.pickle")
    os.utime(stored, (1_000_000_000, 1_000_000_000))
    inode = stored.stat().st_ino
    second = _normalize(source, glossary, cache)
    assert second.returncode == 0, second.stderr
    assert stored.stat().st_ino == inode  # not written again (a new file is renamed into place)
    assert stored.stat().st_mtime > 1_000_000_000  # but read, and marked used
    assert list((cache / "translit").glob("translit-*.pickle")) == [stored]
    assert second.stdout == first.stdout
    found = [(m["surface"], m["id"], m["match"]) for m in json.loads(first.stdout)["mentions"]]
    assert ("Sergej Lawrow", "sergei-lavrov", "fuzzy") in found
