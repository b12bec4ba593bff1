"""A small corpus in every input kind, written once per session."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "support"))

from corpusgen import write_jsonl, write_parquet, write_text_folder


@pytest.fixture(scope="session")
def corpus_inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, ...]:
    """A folder of text files, a JSON Lines file and a Parquet file, with bad documents."""
    root = tmp_path_factory.mktemp("corpus")
    write_text_folder(root / "wires", 40)
    write_jsonl(root / "feed.jsonl", 60)
    write_parquet(root / "archive.parquet", 50, row_group=10)
    return (str(root / "wires"), str(root / "feed.jsonl"), str(root / "archive.parquet"))
