"""The everyday commands start without importing the translation stack or Dask."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("argostranslate", "torch", "ctranslate2", "stanza", "spacy", "sentencepiece", "onnxruntime", "numpy",
         "dask", "distributed", "pyarrow", "pandas")


@pytest.mark.parametrize(
    "args",
    [
        ["lookup", "Araghtschi"],
        ["normalize", "{text}", "--lang", "de"],
        ["check", "{text}", "--lang", "de"],
        ["show", "abbas-araghchi"],
        ["corpus", "align", "{text}", "--out", "{out}", "--workers", "1"],
        ["spell", "Сергей Лавров"],
    ],
    ids=lambda a: a[0],
)
def test_command_imports_no_translation_code(tmp_path: Path, args: list[str]) -> None:
    text = tmp_path / "t.txt"
    text.write_text("Lawrow traf Araghchi in Teheran.\n", encoding="utf-8")
    argv = [a.replace("{text}", str(text)).replace("{out}", str(tmp_path / "out")) for a in args]
    code = (
        "import sys\n"
        "from termaid.cli import cli\n"
        "try:\n"
        f"    cli.main({argv!r}, standalone_mode=False)\n"
        "finally:\n"
        f"    print('HEAVY:' + ','.join(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "HEAVY:" in proc.stderr, proc.stderr
    assert proc.stderr.rsplit("HEAVY:", 1)[1].strip() == ""
