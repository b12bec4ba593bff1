"""Issue 10, items 1-5: no lost entries. Concurrent imports, kill -9 inside a directory
commit, the index race, links and metadata, atomic exports; each through real processes."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from trust_helpers import ALPHA, csv, env, no_traceback, termaid

from glossary import load_glossary

# item 1: a lost update -------------------------------------------------------------------

@pytest.mark.parametrize("trial", range(3))
def test_two_concurrent_imports_keep_both_sides(tmp_path: Path, trial: int) -> None:
    glossary = tmp_path / "shared.yaml"
    glossary.write_text(ALPHA, encoding="utf-8")
    files = [csv(tmp_path / f"{side}.csv", side, n=300) for side in ("Left", "Right")]
    procs = [subprocess.Popen([sys.executable, "-m", "termaid", "import", str(f), "--glossary", str(glossary)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env()) for f in files]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    terms = {t.text for e in load_glossary(glossary) for t in e.terms}
    assert {"Alpha", "Left 0", "Left 299", "Right 0", "Right 299"} <= terms
    assert len(load_glossary(glossary)) == 601


_HOLD = """
import sys, time
from pathlib import Path
from glossary.lock import glossary_lock
with glossary_lock(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def test_a_writer_waits_then_names_the_holder(tmp_path: Path) -> None:
    glossary = tmp_path / "g.yaml"
    glossary.write_text(ALPHA, encoding="utf-8")
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(glossary), "30"], stdout=subprocess.PIPE,
                              env=env(), text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        start = time.monotonic()
        proc = termaid("import", csv(tmp_path / "x.csv", "Waiting"), "--glossary", glossary, "--lock-timeout", "0.5")
        waited = time.monotonic() - start
        assert proc.returncode == 2, proc.stderr
        assert f"process {holder.pid}" in proc.stderr and "gave up after 0.5 s" in proc.stderr
        assert waited >= 0.5
        no_traceback(proc)
        by_env = termaid("import", tmp_path / "x.csv", "--glossary", glossary, TERMAID_LOCK_TIMEOUT="0.2")
        assert by_env.returncode == 2 and "gave up after 0.2 s" in by_env.stderr
    finally:
        holder.kill()
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()
    assert glossary.read_text(encoding="utf-8") == ALPHA
    # the holder died (kill -9): the OS released the lock, the next writer goes through
    assert termaid("import", tmp_path / "x.csv", "--glossary", glossary).returncode == 0


def test_a_bad_lock_timeout_is_a_usage_error(tmp_path: Path) -> None:
    proc = termaid("import", csv(tmp_path / "x.csv", "T"), "--glossary", tmp_path / "g.yaml",
                   TERMAID_LOCK_TIMEOUT="soon")
    assert proc.returncode == 2 and "TERMAID_LOCK_TIMEOUT" in proc.stderr


# item 2: a directory glossary is committed all at once ----------------------------------

_KILL_AT = """
import os, signal, sys
from pathlib import Path
import glossary.atomic as atomic
from glossary.formats import read_any
from glossary.formats.merge import merge_into

point = sys.argv[2]
real_apply = atomic.put_in_place
applied = []
def put_in_place(temp, target, how):
    if point == "after-first-file" and applied:
        os.kill(os.getpid(), signal.SIGKILL)
    real_apply(temp, target, how)
    applied.append(target)
atomic.put_in_place = put_in_place
real_commit = atomic.commit_staged
def commit_staged(staged, *, journal):
    if point == "before-journal":
        os.kill(os.getpid(), signal.SIGKILL)
    real_commit(staged, journal=journal)
atomic.commit_staged = commit_staged
import glossary.formats._merge_files as files
files.commit = atomic.commit
merge_into(Path(sys.argv[1]), read_any(Path(sys.argv[3]), fmt="tbx"))
"""

_TBX = """<?xml version="1.0"?><tbx xmlns="urn:iso:std:iso:30042:ed-2" xml:lang="en"><tbxHeader>
<fileDesc><sourceDesc><p>termaid glossary</p></sourceDesc></fileDesc></tbxHeader><text><body>
<conceptEntry id="alpha"><ref type="crossReference" target="beta">Beta</ref><langSec xml:lang="en">
<termSec><term>Alpha</term></termSec></langSec></conceptEntry>
<conceptEntry id="beta"><langSec xml:lang="en"><termSec><term>Beta</term></termSec></langSec></conceptEntry>
</body></text></tbx>"""


@pytest.mark.parametrize("point", ["before-journal", "after-first-file", "never"])
def test_kill_9_during_a_directory_commit_leaves_old_or_new(tmp_path: Path, point: str) -> None:
    folder = tmp_path / "g"
    folder.mkdir()
    (folder / "a.yaml").write_text(ALPHA, encoding="utf-8")
    (folder / "imported.yaml").write_text("entries:\n  - id: gamma\n    type: concept\n    terms:\n"
                                          "      en: [Gamma]\n", encoding="utf-8")
    tbx = tmp_path / "in.tbx"
    tbx.write_text(_TBX, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", _KILL_AT, str(folder), point, str(tbx)], env=env(),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == (-signal.SIGKILL if point != "never" else 0), proc.stderr
    check = termaid("validate", folder)  # a reader finishes the commit first
    assert check.returncode == 0, check.stderr
    entries = {e.id: e for e in load_glossary(folder)}
    if point == "before-journal":
        assert set(entries) == {"alpha", "gamma"} and entries["alpha"].related == ()
    else:
        assert set(entries) == {"alpha", "beta", "gamma"} and entries["alpha"].related == ("beta",)
    assert not any("journal" in p.name for p in folder.iterdir())
    # the temporary files of the killed run go with the next write
    assert termaid("import", csv(tmp_path / "x.csv", "Next"), "--glossary", folder).returncode == 0
    assert sorted(p.name for p in folder.iterdir() if "termaid-tmp" in p.name) == []


def test_a_full_disk_between_files_leaves_the_old_glossary(tmp_path: Path) -> None:
    mnt = tmp_path / "tfs"
    mnt.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)],
                                           capture_output=True).returncode:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        folder = mnt / "g"
        folder.mkdir()
        (folder / "a.yaml").write_text(ALPHA, encoding="utf-8")
        pad = "".join(f"  - id: pad-{i}\n    type: concept\n    terms:\n      en: [Padding {i}]\n" for i in range(4000))
        (folder / "imported.yaml").write_text("entries:\n" + pad, encoding="utf-8")
        before = {p.name: p.read_bytes() for p in folder.iterdir()}
        (mnt / "filler").write_bytes(b"x" * (shutil.disk_usage(mnt).free - (folder / "imported.yaml").stat().st_size // 2))
        tbx = tmp_path / "in.tbx"
        tbx.write_text(_TBX, encoding="utf-8")
        proc = termaid("import", tbx, "--glossary", folder)
        assert proc.returncode == 2 and "no space left" in proc.stderr, proc.stderr
        no_traceback(proc)
        assert {p.name: p.read_bytes() for p in folder.iterdir() if p.suffix == ".yaml"} == before
        assert termaid("validate", folder).returncode == 0
    finally:
        subprocess.run(["umount", "-l", str(mnt)])


# item 3: the index race -------------------------------------------------------------------

def test_a_same_size_edit_with_its_mtime_put_back_is_seen(tmp_path: Path) -> None:
    glossary = tmp_path / "g.yaml"
    glossary.write_text(ALPHA, encoding="utf-8")
    assert termaid("lookup", "Alpha", "--glossary", glossary).returncode == 0
    time.sleep(2.1)  # past the settling time: the times alone are trusted now
    assert termaid("lookup", "Alpha", "--glossary", glossary).returncode == 0
    st = glossary.stat()
    glossary.write_text(ALPHA.replace("Alpha", "Omega"), encoding="utf-8")
    os.utime(glossary, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert glossary.stat().st_size == st.st_size and glossary.stat().st_mtime_ns == st.st_mtime_ns
    assert termaid("lookup", "Omega", "--glossary", glossary).returncode == 0


def test_an_edit_while_the_index_compiles_is_not_kept_forever(tmp_path: Path) -> None:
    from glossary.index import open_glossary
    from glossary.termbase import check_files

    glossary = tmp_path / "g.yaml"
    glossary.write_text(ALPHA, encoding="utf-8")
    from glossary import index

    real = index.check_files

    def edit_meanwhile(files, **kw):  # type: ignore[no-untyped-def]
        result = real(files, **kw)
        glossary.write_text(ALPHA.replace("Alpha", "Omega"), encoding="utf-8")  # edited during the compile
        return result

    index.check_files = edit_meanwhile
    try:
        with open_glossary(glossary, cache=tmp_path / "cache") as g:
            assert g.lookup("Alpha").matches
    finally:
        index.check_files = check_files
    with open_glossary(glossary, cache=tmp_path / "cache") as g:
        assert g.lookup("Omega").matches and not g.lookup("Alpha").matches


# item 4: links and metadata -----------------------------------------------------------------

def test_a_symlinked_glossary_stays_a_link_and_its_target_is_written(tmp_path: Path) -> None:
    real = tmp_path / "shared" / "real.yaml"
    real.parent.mkdir()
    real.write_text(ALPHA, encoding="utf-8")
    link = tmp_path / "mine.yaml"
    link.symlink_to(real)
    assert termaid("import", csv(tmp_path / "x.csv", "Linked"), "--glossary", link).returncode == 0
    assert link.is_symlink() and "Linked 1" in real.read_text(encoding="utf-8")


def test_hard_links_mode_and_crlf_are_kept(tmp_path: Path) -> None:
    glossary = tmp_path / "g.yaml"
    glossary.write_bytes(ALPHA.replace("\n", "\r\n").encode())
    glossary.chmod(0o640)
    other = tmp_path / "other.yaml"
    os.link(glossary, other)
    assert termaid("import", csv(tmp_path / "x.csv", "Kept"), "--glossary", glossary).returncode == 0
    data = glossary.read_bytes()
    assert data.startswith(ALPHA.replace("\n", "\r\n").encode())  # untouched entries byte for byte
    assert b"Kept 1" in data and data.count(b"\r\n") == data.count(b"\n")
    assert os.stat(glossary).st_ino == os.stat(other).st_ino and other.read_bytes() == data
    assert stat.S_IMODE(glossary.stat().st_mode) == 0o640


def test_a_read_only_glossary_is_refused(tmp_path: Path) -> None:
    glossary = tmp_path / "g.yaml"
    glossary.write_text(ALPHA, encoding="utf-8")
    glossary.chmod(0o444)
    proc = termaid("import", csv(tmp_path / "x.csv", "Refused"), "--glossary", glossary)
    assert proc.returncode == 2 and "read-only" in proc.stderr
    no_traceback(proc)
    assert glossary.read_text(encoding="utf-8") == ALPHA


def test_a_new_glossary_gets_the_umask_mode(tmp_path: Path) -> None:
    glossary = tmp_path / "new.yaml"
    proc = subprocess.run(f"umask 022 && {sys.executable} -m termaid import {csv(tmp_path / 'x.csv', 'New')} "
                          f"--glossary {glossary}", shell=True, env=env(), capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_IMODE(glossary.stat().st_mode) == 0o644


# item 5: exports are atomic; stale temporary files go --------------------------------------

def test_a_full_disk_leaves_the_previous_export(tmp_path: Path) -> None:
    mnt = tmp_path / "tfs"
    mnt.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mnt)],
                                           capture_output=True).returncode:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        small = tmp_path / "small.yaml"
        small.write_text(ALPHA, encoding="utf-8")
        out = mnt / "glossary.tbx"
        assert termaid("export", "tbx", "--out", out, "--glossary", small).returncode == 0
        before = out.read_bytes()
        (mnt / "filler").write_bytes(b"x" * (shutil.disk_usage(mnt).free - 8192))
        proc = termaid("export", "tbx", "--out", out)  # the shipped glossary: far larger
        assert proc.returncode == 2 and "no space left" in proc.stderr
        no_traceback(proc)
        assert out.read_bytes() == before
        assert sorted(p.name for p in mnt.iterdir()) == ["filler", "glossary.tbx"]
    finally:
        subprocess.run(["umount", "-l", str(mnt)])


def test_temporary_files_of_killed_runs_are_removed(tmp_path: Path) -> None:
    glossary = tmp_path / "g.yaml"
    glossary.write_text(ALPHA, encoding="utf-8")
    dead = tmp_path / ".g.yaml.999999999-abcd.termaid-tmp"  # no such process
    old = tmp_path / ".g.yaml.x1y2z3.tmp"  # termaid 0.1's naming, two hours old
    for p in (dead, old):
        p.write_bytes(b"x" * 1000)
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    assert termaid("import", csv(tmp_path / "x.csv", "Clean"), "--glossary", glossary).returncode == 0
    assert not dead.exists() and not old.exists()


def test_an_export_to_a_missing_folder_at_the_root_is_refused(tmp_path: Path) -> None:
    proc = termaid("export", "tbx", "--out", "/termaid-no-such-folder/x.tbx")
    assert proc.returncode == 2 and "filesystem root" in proc.stderr
    assert not Path("/termaid-no-such-folder").exists()
    deep = tmp_path / "a" / "b" / "x.tbx"
    proc = termaid("export", "tbx", "--out", deep)
    assert proc.returncode == 0 and deep.exists()
    assert f"created folder {tmp_path / 'a'}" in proc.stderr
