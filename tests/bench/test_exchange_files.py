"""bench/exchange_files.py runs the real CLI over a manifest and reports what came in."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "exchange_files.py"

TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="t1">
  <langSet xml:lang="en"><tig><term>ground station</term></tig></langSet>
  <langSet xml:lang="de"><tig><term>Bodenstation</term></tig></langSet>
</termEntry>
</body></text></martif>
"""


def test_report_counts_a_small_tbx(tmp_path: Path) -> None:
    files = tmp_path / "files"
    files.mkdir()
    (files / "small.tbx").write_text(TBX, encoding="utf-8")
    manifest = tmp_path / "manifest.tsv"
    manifest.write_text("name\trepo\tpath\tcommit\tkind\tholds\targs\n"
                        "small.tbx\tnone\tsmall.tbx\t\ttbx2\t1 entry en+de\t\n", encoding="utf-8")
    out = tmp_path / "report.md"
    proc = subprocess.run([sys.executable, str(SCRIPT), str(files), str(manifest), "--out", str(out)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    report = out.read_text(encoding="utf-8")
    assert "| small.tbx | tbx2 | 1 entry en+de | 1/2 | 0 | 1/2 | clean |" in report
    assert "Totals: 1 clean, 0 lost, 0 refused, 0 traceback (of 1)" in report
