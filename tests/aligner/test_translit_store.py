"""The transliteration index kept on disk (aligner/translit/_store.py): written once,
read back the same, rebuilt when the file is damaged or foreign, never trusted to run
code."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from aligner.translit import _store
from aligner.translit._index import TranslitIndex
from aligner.translit._store import MIN_NAMES, index_key, load_or_build

NAMES = [(f"Wladimir Testow{i:04d}", "de", i) for i in range(MIN_NAMES)] + [("Sergei Lavrov", "en", 1 << 20)]


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("translit-*.pickle"))


class _Counting(TranslitIndex[int]):
    """Counts the indexes built from names (not those restored from a file)."""

    built = 0

    def __init__(self, names: object = ()) -> None:
        if names:
            type(self).built += 1
        super().__init__(names)  # type: ignore[arg-type]


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> type[_Counting]:
    _Counting.built = 0
    monkeypatch.setattr(_store, "TranslitIndex", _Counting)
    return _Counting


def test_the_second_load_reads_the_file_and_finds_the_same(tmp_path: Path, counting: type[_Counting]) -> None:
    first = load_or_build(NAMES, tmp_path)
    assert counting.built == 1 and len(_files(tmp_path)) == 1
    second = load_or_build(NAMES, tmp_path)
    assert counting.built == 1  # read, not built
    assert second.state() == first.state()
    assert second.candidates("Sergej Lawrow", "de") == first.candidates("Sergej Lawrow", "de") != []


def test_other_names_are_another_file(tmp_path: Path, counting: type[_Counting]) -> None:
    load_or_build(NAMES, tmp_path)
    load_or_build([*NAMES, ("Maria Zakharova", "en", 7)], tmp_path)
    assert counting.built == 2 and len(_files(tmp_path)) == 2
    assert index_key(NAMES) != index_key(NAMES[:-1])


def test_a_small_glossary_is_not_stored(tmp_path: Path) -> None:
    index = load_or_build(NAMES[:10], tmp_path)
    assert len(index) == 10 and _files(tmp_path) == []


@pytest.mark.parametrize("damage", [b"", b"termaid translit index 2\n", b"not an index at all",
                                    b"termaid translit index 2\n\x80\x05K\x01."])
def test_a_damaged_file_is_rebuilt_and_replaced(tmp_path: Path, counting: type[_Counting], damage: bytes) -> None:
    load_or_build(NAMES, tmp_path)
    (path,) = _files(tmp_path)
    path.write_bytes(damage)
    index = load_or_build(NAMES, tmp_path)
    assert counting.built == 2 and index.candidates("Sergej Lawrow", "de")
    assert load_or_build(NAMES, tmp_path).state() == index.state() and counting.built == 2


class _Boom:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("touch pwned",))


def test_a_file_naming_a_function_is_refused_not_run(tmp_path: Path, counting: type[_Counting],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    load_or_build(NAMES, tmp_path)
    (path,) = _files(tmp_path)
    path.write_bytes(b"termaid translit index 2\n" + pickle.dumps((_Boom(),) * 7))
    index = load_or_build(NAMES, tmp_path)
    assert not (tmp_path / "pwned").exists()
    assert counting.built == 2 and index.candidates("Sergej Lawrow", "de")


def test_an_unwritable_folder_builds_each_time(tmp_path: Path, counting: type[_Counting]) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder would be")
    index = load_or_build(NAMES, blocked / "translit")
    assert counting.built == 1 and index.candidates("Sergej Lawrow", "de")


def test_the_folder_keeps_the_most_recently_used(tmp_path: Path) -> None:
    for i in range(6):
        load_or_build([*NAMES, (f"Extra Name{i}", "en", 99)], tmp_path)
    assert len(_files(tmp_path)) == 4
