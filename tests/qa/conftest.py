"""Aligners shared by the qa tests (built once per session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.aligner import Aligner
from glossary import load_glossary

QA_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "qa"


@pytest.fixture(scope="session")
def shipped_aligner() -> Aligner:
    return Aligner(load_glossary()).build()


@pytest.fixture(scope="session")
def small_aligner() -> Aligner:
    return Aligner(load_glossary(QA_FIXTURES / "glossary.yaml")).build()
