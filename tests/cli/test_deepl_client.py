"""DeepL's own Python client reads termaid's DeepL exports: deepl-python's
``convert_csv_to_dict`` and ``convert_tsv_to_dict`` are the checks it runs on a glossary
before it is sent (one source term once, two columns, no control character or line
separator in a term). Real CLI processes over the shipped glossary, both directions."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import pytest

deepl = pytest.importorskip("deepl")


def _export(fmt: str, source: str, target: str) -> str:
    done = subprocess.run([sys.executable, "-m", "termaid", "export", fmt, "--flavor", "deepl",
                           "--source", source, "--target", target],
                          capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize(("source", "target"), [("en", "de"), ("de", "en")])
def test_deepl_python_accepts_the_csv_and_tsv_exports(source: str, target: str) -> None:
    text = _export("csv", source, target)
    rows = [row for row in csv.reader(io.StringIO(text)) if row]
    entries = deepl.util.convert_csv_to_dict(text)  # raises ValueError on what DeepL refuses
    assert len(rows) > 300 and entries == {s.strip(): t.strip() for s, t in rows}
    tsv = _export("tsv", source, target)
    assert deepl.convert_tsv_to_dict(tsv) == entries  # the same glossary, either format
