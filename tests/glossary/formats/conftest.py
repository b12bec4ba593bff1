"""Fixtures of the exchange-format tests: a glossary with every field, the shared samples."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from exchange_helpers import FIXTURE, SAMPLES

from glossary import Glossary, load_glossary


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
