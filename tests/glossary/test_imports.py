"""Importing glossary must stay light: no translation stack, no YAML or CLDR data."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HEAVY = ("argostranslate", "torch", "ctranslate2", "stanza", "spacy", "sentencepiece", "rich", "lxml", "polib")


def test_import_glossary_pulls_in_nothing_heavy() -> None:
    code = (
        "import sys, glossary, glossary.index, glossary.lookup\n"
        f"heavy = [m for m in {HEAVY!r} if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_lookup_command_imports_no_translation_code(mini_glossary_path: Path) -> None:
    code = (
        "import sys\n"
        "from termaid.cli import cli\n"
        "try:\n"
        "    cli.main(['lookup', 'Araghtschi', '--glossary', sys.argv[1]], standalone_mode=False)\n"
        "finally:\n"
        f"    print(','.join(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(mini_glossary_path)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stderr.strip() == ""
