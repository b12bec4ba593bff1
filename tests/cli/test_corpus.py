"""termaid corpus as a real process: Dask and local processes give the bytes of one
process, killed workers lose and duplicate nothing, a killed run resumes."""

from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))

from corpusgen import tree, write_jsonl, write_parquet, write_text_folder

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    root = tmp_path_factory.mktemp("small")
    write_text_folder(root / "wires", 30)
    write_jsonl(root / "feed.jsonl", 40)
    write_parquet(root / "archive.parquet", 40, row_group=8)
    return [str(root / "wires"), str(root / "feed.jsonl"), str(root / "archive.parquet")]


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    root = tmp_path_factory.mktemp("large")
    write_text_folder(root / "wires", 500, sentences=16)
    write_jsonl(root / "feed.jsonl", 500, sentences=16)
    return [str(root / "wires"), str(root / "feed.jsonl")]


def _argv(mode: str, inputs: list[str], out: Path, *options: str) -> list[str]:
    return [sys.executable, "-m", "termaid", "corpus", mode, *inputs, "--out", str(out),
            "--partition-size", "4KB", *options]


def _run(mode: str, inputs: list[str], out: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(_argv(mode, inputs, out, *options), capture_output=True, text=True,
                          timeout=300, check=False)


@pytest.mark.parametrize("mode", ["normalize", "check", "align"])
def test_a_local_dask_cluster_writes_the_bytes_of_one_process(small: list[str], tmp_path: Path,
                                                               mode: str) -> None:
    one = _run(mode, small, tmp_path / "one", "--workers", "1")
    dask = _run(mode, small, tmp_path / "dask", "--scheduler", "local", "--workers", "2")
    assert one.returncode == dask.returncode == (1 if mode == "check" else 0), dask.stderr
    expected = tree(tmp_path / "one")
    assert len(expected) > 8
    assert tree(tmp_path / "dask") == expected
    assert "7 skipped" in one.stdout and "7 skipped" in dask.stdout


def _first_record(out: Path, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 120
    while not any((out / "parts").glob("part-*.json")):
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.005)


def _kill_a_worker(proc: subprocess.Popen[str], out: Path) -> None:
    """SIGKILL one worker process of *proc* while partitions remain to be done."""
    _first_record(out, proc)
    workers = [p for p in psutil.Process(proc.pid).children()
               if "spawn_main" in " ".join(p.cmdline())]
    assert workers, "no worker process found"
    workers[0].kill()
    assert not (out / "summary.json").exists()


@pytest.mark.parametrize("engine", [["--scheduler", "local", "--workers", "2"], ["--workers", "2"]],
                         ids=["dask", "pool"])
def test_a_killed_worker_loses_and_duplicates_no_document(large: list[str], tmp_path: Path,
                                                          engine: list[str]) -> None:
    reference = _run("normalize", large, tmp_path / "ref", "--workers", "1")
    assert reference.returncode == 0, reference.stderr
    out = tmp_path / "killed"
    proc = subprocess.Popen(_argv("normalize", large, out, *engine), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    _kill_a_worker(proc, out)
    stdout, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stderr
    assert tree(out) == tree(tmp_path / "ref")
    assert stdout.split(";")[0] == reference.stdout.split(";")[0]  # the same counts


def test_a_killed_run_resumes(large: list[str], tmp_path: Path) -> None:
    reference = _run("align", large, tmp_path / "ref", "--workers", "1")
    assert reference.returncode == 0, reference.stderr
    out = tmp_path / "out"
    proc = subprocess.Popen(_argv("align", large, out, "--workers", "2"), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    _first_record(out, proc)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate()
    done = len(list((out / "parts").glob("part-*.json")))
    again = _run("align", large, out, "--workers", "2")
    assert again.returncode == 0, again.stderr
    assert f"{done} of " in again.stdout and "partitions resumed" in again.stdout
    assert tree(out) == tree(tmp_path / "ref")
    assert not list(out.rglob("*.termaid-tmp"))


def test_another_run_in_the_same_folder_needs_replace(small: list[str], tmp_path: Path) -> None:
    assert _run("normalize", small, tmp_path / "o", "--workers", "1").returncode == 0
    refused = _run("normalize", small, tmp_path / "o", "--workers", "1", "--to", "en")
    assert refused.returncode == 2 and "--replace" in refused.stderr
    replaced = _run("normalize", small, tmp_path / "o", "--workers", "1", "--to", "en", "--replace")
    assert replaced.returncode == 0
    assert _run("normalize", small, tmp_path / "n", "--workers", "1", "--to", "en").returncode == 0
    assert tree(tmp_path / "o") == tree(tmp_path / "n")


def test_bad_documents_are_reported_by_id_and_skipped(small: list[str], tmp_path: Path) -> None:
    result = _run("normalize", small, tmp_path / "o", "--workers", "1", "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["documents"], summary["skipped"]) == (109, 7)
    assert summary["mb_per_s"] > 0 and summary["seconds"] > 0
    skipped = [json.loads(line) for line in (tmp_path / "o" / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [s["id"] for s in skipped][:2] == ["dpa/binary.txt", "tass/latin1.txt"]
    assert any(s["id"] == "no-text" and s["where"].startswith("feed.jsonl@") for s in skipped)


def test_without_dask_a_scheduler_says_what_to_install(small: list[str], tmp_path: Path) -> None:
    code = ("import sys; sys.modules['distributed'] = None; sys.modules['dask'] = None\n"
            "from termaid.cli import main; sys.argv = ['termaid'] + sys.argv[1:]; main()")
    argv = _argv("align", small, tmp_path / "o", "--scheduler", "local")
    result = subprocess.run([sys.executable, "-c", code, *argv[3:]], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 2
    assert "pip install 'termaid[corpus]'" in result.stderr and "Traceback" not in result.stderr


def test_a_progress_bar_on_a_terminal(small: list[str], tmp_path: Path) -> None:
    leader, follower = pty.openpty()
    proc = subprocess.Popen(_argv("align", small, tmp_path / "o", "--workers", "1"),
                            stdout=subprocess.PIPE, stderr=follower, text=True)
    os.close(follower)
    screen = b""
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:
            break
        if not data:
            break
        screen += data
    stdout, _ = proc.communicate(timeout=120)
    os.close(leader)
    assert proc.returncode == 0
    assert "━" in screen.decode("utf-8", "replace") and "kB" in screen.decode("utf-8", "replace")
    assert stdout.startswith("corpus align: 109 documents")
