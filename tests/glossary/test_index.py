"""Tests for glossary.index: the compiled SQLite index and its cache."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from glossary import GlossaryFormatError, load_glossary
from glossary.index import open_glossary


def test_compiled_equals_loaded(mini_glossary_path: Path, tmp_path: Path) -> None:
    compiled = open_glossary(mini_glossary_path, cache=tmp_path)
    assert list(compiled) == list(load_glossary(mini_glossary_path))
    assert len(compiled) == 7
    assert compiled.stats()["languages"]["de"] > 0
    assert compiled.to_glossary().get("russia") == compiled["russia"]


def test_reopened_without_recompiling(mini_glossary_path: Path, tmp_path: Path) -> None:
    first = open_glossary(mini_glossary_path, cache=tmp_path)
    stamp = first.index_path.stat().st_mtime_ns
    first.close()
    again = open_glossary(mini_glossary_path, cache=tmp_path)
    assert again.index_path == first.index_path
    assert again.index_path.stat().st_mtime_ns == stamp


def test_rebuilt_when_yaml_changes(mini_glossary_path: Path, tmp_path: Path) -> None:
    work = tmp_path / "g.yaml"
    shutil.copy(mini_glossary_path, work)
    cache = tmp_path / "cache"
    assert open_glossary(work, cache=cache).lookup("Lawrow").matches
    text = work.read_text(encoding="utf-8").replace("Lawrow, type: surname", "Lawrov, type: surname")
    work.write_text(text, encoding="utf-8")
    reopened = open_glossary(work, cache=cache)
    assert reopened.lookup("Lawrov").matches[0].term.text == "Lawrov"


def test_touched_but_unchanged_is_not_rebuilt(mini_glossary_path: Path, tmp_path: Path) -> None:
    work = tmp_path / "g.yaml"
    shutil.copy(mini_glossary_path, work)
    cache = tmp_path / "cache"
    index = open_glossary(work, cache=cache).index_path
    inode = index.stat().st_ino
    os.utime(work, ns=(1, 1))
    assert open_glossary(work, cache=cache).index_path.stat().st_ino == inode


def test_broken_yaml_keeps_no_index_and_raises(mini_glossary_path: Path, tmp_path: Path) -> None:
    work = tmp_path / "g.yaml"
    shutil.copy(mini_glossary_path, work)
    cache = tmp_path / "cache"
    open_glossary(work, cache=cache)
    work.write_text(work.read_text(encoding="utf-8") + "  - id: BAD\n", encoding="utf-8")
    with pytest.raises(GlossaryFormatError, match="bad id 'BAD'"):
        open_glossary(work, cache=cache)
    assert not list(cache.glob("*.tmp"))


def test_corrupt_cache_file_is_rebuilt(mini_glossary_path: Path, tmp_path: Path) -> None:
    index = open_glossary(mini_glossary_path, cache=tmp_path).index_path
    index.write_bytes(b"not a database")
    assert open_glossary(mini_glossary_path, cache=tmp_path).lookup("Lawrow").matches


def test_unknown_id_suggests(mini_glossary_path: Path, tmp_path: Path) -> None:
    compiled = open_glossary(mini_glossary_path, cache=tmp_path)
    with pytest.raises(KeyError, match="did you mean 'sergey-lavrov'"):
        compiled["sergei-lavrov"]
