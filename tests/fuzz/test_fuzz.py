"""A short run of every fuzz target (fuzz/, issue 10): no exception but termaid's own may
leave a reader. ``python fuzz/run.py --examples 20000`` runs them longer."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fuzz._harness import fuzz
from fuzz.targets import TARGETS


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_reader_survives_fuzzing(name: str) -> None:
    target, seeds = TARGETS[name]
    report = fuzz(name, target, seeds(), examples=150)
    assert report.tried >= 150
    assert not report.crashes, [(data[:120], repr(exc)) for data, exc in report.crashes[:3]]


def test_the_harness_reports_a_crash() -> None:
    def fragile(data: bytes) -> None:
        if b"<" in data:
            raise KeyError("a bug")

    report = fuzz("fragile", fragile, [b"<a>x</a>"], examples=50)
    assert report.crashes and isinstance(report.crashes[0][1], KeyError)
