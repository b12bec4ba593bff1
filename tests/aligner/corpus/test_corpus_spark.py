"""The Spark example (examples/spark_normalize.py) in local mode gives the rows of
termaid corpus normalize. Skipped where pyspark or Java is missing."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from aligner.aligner import Aligner
from aligner.corpus import CorpusRun, Mode, run_corpus

ROOT = Path(__file__).resolve().parents[3]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(importlib.util.find_spec("pyspark") is None, reason="pyspark is not installed"),
    pytest.mark.skipif(shutil.which("java") is None, reason="no Java runtime for Spark"),
]


@pytest.mark.enable_socket
def test_spark_map_in_pandas_gives_the_rows_of_a_corpus_run(corpus_inputs: tuple[str, ...],
                                                             shipped: Aligner, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    parquet = corpus_inputs[2]
    run_corpus(CorpusRun(Mode.NORMALIZE, (parquet,), tmp_path / "corpus", to="en"), shipped)
    expected = [row for part in sorted((tmp_path / "corpus" / "normalized").glob("*.parquet"))
                for row in pq.read_table(part).to_pylist()]
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable,
           "SPARK_LOCAL_IP": "127.0.0.1"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "spark_normalize.py"), parquet,
         str(tmp_path / "spark"), "--to", "en", "--master", "local[2]"],
        capture_output=True, text=True, env=env, timeout=600, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    rows = pq.read_table(tmp_path / "spark").to_pylist()
    good = sorted((r for r in rows if r.pop("error") is None), key=lambda r: r["id"])
    assert len(rows) == 50 and len(good) == 49
    assert good == sorted(expected, key=lambda r: r["id"])
