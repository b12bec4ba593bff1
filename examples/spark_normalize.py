"""Normalize a Parquet corpus on Spark with ``mapInPandas``: the same aligner as
``termaid corpus normalize``, built once per Spark Python worker.

    python examples/spark_normalize.py INPUT.parquet OUTPUT_DIR [--to en] [--master local[2]]

INPUT has a ``text`` column and optionally ``id``, ``lang`` and ``source``; OUTPUT_DIR
gets Parquet files with the columns ``id, source, lang, text, mentions, changes, error``
(see ``aligner.corpus.frames``). termaid must be installed where the workers run.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
from pyspark.sql import SparkSession

from aligner import Aligner
from aligner.corpus.frames import SPARK_SCHEMA, normalize_batches
from glossary import load_glossary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--to", help="write names in this language's forms")
    parser.add_argument("--glossary", type=Path, help="a glossary file or folder")
    parser.add_argument("--master", default="local[2]", help="Spark master URL")
    args = parser.parse_args()

    spark = (SparkSession.builder.master(args.master).appName("termaid-normalize")
             .config("spark.ui.enabled", "false")
             .config("spark.driver.host", "127.0.0.1")
             .config("spark.driver.bindAddress", "127.0.0.1")
             .getOrCreate())
    # The glossary goes to each worker once, as a broadcast variable; a Python worker
    # unpickles it once and the aligner builds its matcher on first use, then keeps it.
    shared = spark.sparkContext.broadcast(Aligner(load_glossary(args.glossary)))
    to = args.to

    def normalize(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        yield from normalize_batches(batches, shared.value, to=to)

    frame = spark.read.parquet(args.input)
    frame.mapInPandas(normalize, schema=SPARK_SCHEMA).write.mode("overwrite").parquet(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
