"""Fixtures and helpers of the exchange-format tests (imported by name: a second
conftest.py would shadow the top-level one)."""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

import pytest

from glossary import Glossary, load_glossary
from glossary.model import Entry
from glossary.serial import entry_to_dict

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "exchange" / "glossary.yaml"
#: Third-party samples beside the clone (CI has them; users do not).
SAMPLES = Path(__file__).resolve().parents[3] / ".." / "shared" / "samples"


def plain(entries: Iterable[Entry]) -> list[dict[str, object]]:
    """Entries as dicts without origins, definitions sorted: what a lossless round trip keeps."""
    out = []
    for e in entries:
        d = entry_to_dict(e, origin=False)
        if "definitions" in d:
            d["definitions"] = sorted(d["definitions"])
        out.append(d)
    return out


@pytest.fixture
def glossary() -> Glossary:
    return load_glossary(FIXTURE)


@pytest.fixture
def target(tmp_path: Path) -> Path:
    """A writable copy of the fixture glossary."""
    path = tmp_path / "glossary.yaml"
    shutil.copy(FIXTURE, path)
    return path


@pytest.fixture
def samples() -> Path:
    if not SAMPLES.is_dir():
        pytest.skip("../shared/samples is not beside this clone")
    return SAMPLES.resolve()
