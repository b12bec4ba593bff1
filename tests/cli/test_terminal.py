"""``termaid normalize`` on a real pseudo-terminal: changes highlighted, a summary on stderr.

Piped, stdout is the text byte for byte and stderr stays empty; the summary appears
whenever stderr is a terminal, also when stdout goes to a file.
"""

from __future__ import annotations

import json
import os
import re
import select
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX pseudo-terminals")

TEXT = "Lawrow traf Araghchi in Moskau.\nDie Huthis und Hezbollah.\n"
_SGR = re.compile(r"\x1b\[([0-9;]*)m")


def _run(args: list[str], *, stdout_tty: bool, stderr_tty: bool) -> tuple[int, str, str]:
    """Run ``python -m termaid ARGS`` with stdout and/or stderr on their own terminals."""
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env.update(TERM="xterm-256color", COLUMNS="200")
    masters: dict[str, int] = {}
    slaves: dict[str, int | None] = {}
    for name, tty in (("out", stdout_tty), ("err", stderr_tty)):
        if tty:
            masters[name], slave = os.openpty()
            slaves[name] = slave
        else:
            slaves[name] = None
    proc = subprocess.Popen(
        [sys.executable, "-m", "termaid", *args],
        stdin=subprocess.DEVNULL,
        stdout=slaves["out"] if stdout_tty else subprocess.PIPE,
        stderr=slaves["err"] if stderr_tty else subprocess.PIPE,
        env=env,
    )
    for slave in slaves.values():
        if slave is not None:
            os.close(slave)
    got = {name: b"" for name in masters}
    open_fds = dict(masters)
    while open_fds:
        ready, _, _ = select.select(list(open_fds.values()), [], [], 60)
        assert ready, "termaid printed nothing for 60 s"
        for name, fd in list(open_fds.items()):
            if fd in ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:  # EIO: the terminal's other side is closed
                    chunk = b""
                if chunk:
                    got[name] += chunk
                else:
                    os.close(fd)
                    del open_fds[name]
    piped_out, piped_err = proc.communicate(timeout=60)
    out = got.get("out", piped_out or b"").decode().replace("\r\n", "\n")
    err = got.get("err", piped_err or b"").decode().replace("\r\n", "\n")
    return proc.returncode, out, err


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "bericht.txt"
    path.write_bytes(TEXT.encode())
    return path


def _expected(report: Path) -> tuple[str, list[dict[str, object]], str]:
    """The normalized text, the changes and the summary line, from ``--json``."""
    proc = subprocess.run([sys.executable, "-m", "termaid", "normalize", str(report),
                           "--lang", "de", "--json"], capture_output=True, text=True, check=True)
    data = json.loads(proc.stdout)
    reasons = Counter(str(c["reason"]) for c in data["changes"])
    n, m = len(data["changes"]), len(data["mentions"])
    parts = ", ".join(f"{k} {r}" for r, k in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])))
    summary = f"termaid: {n} change{'s' * (n != 1)}: {parts}; {m} mention{'s' * (m != 1)}\n"
    return data["text"], data["changes"], summary


def test_terminal_highlights_each_change_and_sums_up(report: Path) -> None:
    text, changes, summary = _expected(report)
    assert len(changes) >= 2  # Araghchi and Hezbollah are rewritten
    code, out, err = _run(["normalize", str(report), "--lang", "de"],
                          stdout_tty=True, stderr_tty=True)
    assert code == 0, err
    assert _SGR.sub("", out) == text  # the words are the normalized text
    for change in changes:
        new = str(change["new"])
        styled = re.search(r"\x1b\[([0-9;]*)m" + re.escape(new) + r"\x1b\[0?m", out)
        assert styled, f"{new!r} is not highlighted in {out!r}"
        assert {"1", "32"} <= set(styled.group(1).split(";"))  # bold green
    plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert "Lawrow traf" in plain and "\x1b[1;32mLawrow" not in out  # unchanged: not styled
    assert err == summary


def test_summary_when_only_stderr_is_a_terminal(report: Path) -> None:
    text, _, summary = _expected(report)
    code, out, err = _run(["normalize", str(report), "--lang", "de"],
                          stdout_tty=False, stderr_tty=True)
    assert code == 0
    assert out == text and "\x1b" not in out
    assert err == summary


def test_piped_output_is_the_text_alone(report: Path) -> None:
    text, _, _ = _expected(report)
    proc = subprocess.run([sys.executable, "-m", "termaid", "normalize", str(report), "--lang",
                           "de"], capture_output=True, check=False)
    assert proc.returncode == 0
    assert proc.stdout == text.encode()
    assert proc.stderr == b""


def test_no_change_summary(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("Lavrov met Araghchi in Moscow.\n", encoding="utf-8")
    code, out, err = _run(["normalize", str(path), "--lang", "en"],
                          stdout_tty=False, stderr_tty=True)
    assert code == 0 and out == "Lavrov met Araghchi in Moscow.\n"
    assert err == "termaid: no changes; 3 mentions\n"
