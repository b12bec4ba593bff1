"""Aligners shared by the aligner tests (built once per session)."""

from __future__ import annotations

import pytest
from gold import FIXTURES

from aligner.aligner import Aligner
from glossary import Glossary, load_glossary


@pytest.fixture(scope="session")
def test_glossary() -> Glossary:
    return load_glossary(FIXTURES / "glossary.yaml")


@pytest.fixture(scope="session")
def aligner(test_glossary: Glossary) -> Aligner:
    return Aligner(test_glossary).build()


@pytest.fixture(scope="session")
def exact_aligner(test_glossary: Glossary) -> Aligner:
    return Aligner(test_glossary, fuzzy=False).build()


@pytest.fixture(scope="session")
def shipped() -> Aligner:
    return Aligner(load_glossary()).build()
