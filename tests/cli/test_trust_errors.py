"""Issue 10, items 14 and 15: clean failure. Internal errors exit 70 with one line (the
traceback only when asked); the environments that raised tracebacks exit 2 with a message."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from trust_helpers import ALPHA, csv, env, no_traceback, termaid

from termaid.cli import cli, exit_status


def test_exit_codes_are_documented() -> None:
    proc = termaid("--help")
    assert "70 an internal error" in proc.stdout and "TERMAID_TRACEBACK" in proc.stdout
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "| `70` |" in readme


_CRASH = """
import sys
import glossary.index as index
def boom(*args, **kw):
    raise ZeroDivisionError("a bug")
index.CompiledGlossary.lookup = boom
from termaid.cli import main
sys.argv = ["termaid", "lookup", "Lawrow"]
main()
"""


def test_an_internal_error_exits_70_with_one_line() -> None:
    proc = subprocess.run([sys.executable, "-c", _CRASH], capture_output=True, text=True, env=env())
    assert proc.returncode == 70
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "internal error: ZeroDivisionError: a bug" in lines[0], proc.stderr
    shown = subprocess.run([sys.executable, "-c", _CRASH], capture_output=True, text=True,
                           env=env(TERMAID_TRACEBACK="1"))
    assert shown.returncode == 70 and "Traceback (most recent call last)" in shown.stderr


def test_exit_status_maps_errors_in_one_place() -> None:
    from glossary.errors import UnknownEntryError, WriteError

    assert exit_status(WriteError("x")) == 2
    assert exit_status(UnknownEntryError("x")) == 1
    assert exit_status(OSError(28, "No space left on device")) == 2
    assert exit_status(KeyError("bug")) == 70
    result = CliRunner().invoke(cli, ["show", "no-such-entry"])
    assert result.exit_code == 1


def test_stdout_on_dev_full() -> None:
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([sys.executable, "-m", "termaid", "list"], stdout=full, stderr=subprocess.PIPE,
                              env=env(), text=True, timeout=60)
    assert proc.returncode == 2 and "No space left" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_a_reader_that_goes_away_ends_termaid_quietly() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "termaid", "list"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env())
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.stderr.close()
    proc.wait(60)
    assert proc.returncode in (0, -13) and "Traceback" not in err and "Exception ignored" not in err


def test_closed_stdin_and_stdout(tmp_path: Path) -> None:
    stdin = subprocess.run(f"{sys.executable} -m termaid normalize - --lang de <&-", shell=True,
                           capture_output=True, text=True, env=env())
    assert stdin.returncode == 2 and "standard input is closed" in stdin.stderr
    stdout = subprocess.run(f"{sys.executable} -m termaid list >&-", shell=True, capture_output=True, text=True,
                            env=env())
    assert stdout.returncode == 2 and "standard output is closed" in stdout.stderr


@pytest.mark.parametrize("where", ["directory", "under-a-file", "proc"])
def test_out_that_cannot_be_a_file(tmp_path: Path, where: str) -> None:
    (tmp_path / "adir").mkdir()
    (tmp_path / "afile").write_text("x")
    out = {"directory": tmp_path / "adir", "under-a-file": tmp_path / "afile" / "x.tbx",
           "proc": Path("/proc/termaid/x.tbx")}[where]
    proc = termaid("export", "tbx", "--out", out)
    assert proc.returncode == 2, proc.stderr
    no_traceback(proc)
    assert len(proc.stderr.strip().splitlines()) == 1


def test_columns_without_a_language(tmp_path: Path) -> None:
    proc = termaid("import", csv(tmp_path / "x.csv", "C"), "--glossary", tmp_path / "g.yaml", "--columns", "note,-")
    assert proc.returncode == 2 and "name no language" in proc.stderr


def test_non_utf8_argument_and_file_name(tmp_path: Path) -> None:
    proc = termaid("lookup", b"\xff")
    assert proc.returncode == 2 and "not UTF-8" in proc.stderr
    no_traceback(proc)
    name = os.fsencode(str(tmp_path)) + b"/bericht\xff.txt"
    with open(name, "wb") as fh:
        fh.write(b"Lawrow traf Araghtschi.\n")
    proc = termaid("normalize", name, "--lang", "de")
    assert proc.returncode == 0 and "Lawrow" in proc.stdout
    missing = termaid("normalize", os.fsencode(str(tmp_path)) + b"/nope\xff.txt", "--lang", "de")
    assert missing.returncode == 2 and "\\udcff" in missing.stderr or "nope" in missing.stderr
    no_traceback(missing)


def test_importing_into_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)],
                                           capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here (root ignores a folder's mode, so a read-only mount it is)")
    try:
        (folder / "g.yaml").write_text(ALPHA, encoding="utf-8")
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        proc = termaid("import", csv(tmp_path / "x.csv", "Ro"), "--glossary", folder / "g.yaml")
        assert proc.returncode == 2 and "Read-only file system" in proc.stderr, proc.stderr
        no_traceback(proc)
        assert (folder / "g.yaml").read_text(encoding="utf-8") == ALPHA
    finally:
        subprocess.run(["umount", "-l", str(folder)])


def test_imported_yaml_being_a_directory(tmp_path: Path) -> None:
    folder = tmp_path / "g"
    folder.mkdir()
    (folder / "a.yaml").write_text(ALPHA, encoding="utf-8")
    (folder / "imported.yaml").mkdir()
    proc = termaid("import", csv(tmp_path / "x.csv", "Dir"), "--glossary", folder)
    assert proc.returncode == 2 and "is a directory" in proc.stderr
    no_traceback(proc)


def test_a_full_tmpdir_still_gives_whole_json(tmp_path: Path) -> None:
    mnt = tmp_path / "tmpfull"
    mnt.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(mnt)],
                                           capture_output=True).returncode:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        (mnt / "fill").write_bytes(b"x" * shutil.disk_usage(mnt).free)
        text = tmp_path / "t.txt"
        text.write_text("Lawrow traf Araghtschi in Teheran.\n" * 3000, encoding="utf-8")
        proc = termaid("normalize", text, "--lang", "de", "--json", TMPDIR=str(mnt))
        assert proc.returncode == 0, proc.stderr
        data = json.loads(proc.stdout)
        assert len(data["mentions"]) >= 6000
    finally:
        subprocess.run(["umount", "-l", str(mnt)])


def test_a_damaged_index_is_rebuilt(tmp_path: Path) -> None:
    g = tmp_path / "g.yaml"
    g.write_text("entries:\n" + "".join(f"  - id: e{i}\n    type: concept\n    terms:\n      en: [Entry {i}]\n"
                                        for i in range(2000)), encoding="utf-8")
    cache = tmp_path / "cache"
    assert termaid("lookup", "Entry 5", "--glossary", g, TERMAID_CACHE_DIR=str(cache)).returncode == 0
    [db] = cache.glob("*.sqlite")
    with sqlite3.connect(db) as conn:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        meta_root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'meta'").fetchone()[0]
    data = bytearray(db.read_bytes())
    for number in range(2, len(data) // page):  # every page but the schema and the meta table
        if number + 1 != meta_root:
            data[number * page:(number + 1) * page] = b"\xff" * page
    db.write_bytes(bytes(data))
    first = termaid("lookup", "Entry 5", "--glossary", g, TERMAID_CACHE_DIR=str(cache))
    assert first.returncode == 2 and "damaged" in first.stderr, first.stderr
    no_traceback(first)
    again = termaid("lookup", "Entry 5", "--glossary", g, TERMAID_CACHE_DIR=str(cache))
    assert again.returncode == 0, again.stderr
