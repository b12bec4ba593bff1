"""Test-wide settings: every test gets its own cache directory and no network."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
#: Third-party sample files beside the repository (absent outside the dev machines and CI).
SAMPLES = ROOT.parent / "shared" / "samples"


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Compiled glossaries go to a per-session temporary directory, never the user's cache."""
    monkeypatch.setenv("TERMAID_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
    monkeypatch.delenv("TERMAID_GLOSSARY", raising=False)
    yield


@pytest.fixture
def mini_glossary_path() -> Path:
    """A small hand-written glossary with the cases the tests need."""
    return FIXTURES / "glossary" / "mini.yaml"
