"""Running ``python -m termaid`` as a process for the trust tests (issue 10)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ALPHA = "entries:\n  - id: alpha\n    type: concept\n    terms:\n      en: [Alpha]\n"


def env(**extra: str) -> dict[str, str]:
    """The environment of a run: the test's cache, no colours, *extra* on top."""
    out = {k: v for k, v in os.environ.items() if k != "TERMAID_GLOSSARY"}
    out["PYTHONPATH"] = str(ROOT)
    out.update(extra)
    return out


def termaid(*args: str | Path | bytes, cwd: Path | None = None, input: bytes | None = None,
            timeout: float = 120, **extra: str) -> subprocess.CompletedProcess[str]:
    """``python -m termaid ARGS``; stdout and stderr as text (undecodable bytes replaced)."""
    proc = subprocess.run([sys.executable, "-m", "termaid", *map(_arg, args)], cwd=cwd or ROOT, input=input,
                          capture_output=True, env=env(**extra), timeout=timeout)
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode("utf-8", "replace"),
                                       proc.stderr.decode("utf-8", "replace"))


def _arg(value: str | Path | bytes) -> str | bytes:
    return value if isinstance(value, (str, bytes)) else str(value)


def no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "Exception ignored" not in proc.stderr, proc.stderr


def csv(path: Path, prefix: str, n: int = 3) -> Path:
    """A CSV of *n* en,de rows named after *prefix*."""
    path.write_text("en,de\n" + "".join(f"{prefix} {i},{prefix}begriff {i}\n" for i in range(n)),
                    encoding="utf-8")
    return path
