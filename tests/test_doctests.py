"""The docstring examples of the library run as doctests (they are part of the docs)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import aligner
import glossary

#: modules whose examples need a model or a network-free translation stack
_SKIP = ("aligner.translate",)


def _modules() -> list[str]:
    names = []
    for package in (glossary, aligner):
        names.append(package.__name__)
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if not info.name.startswith(_SKIP):
                names.append(info.name)
    return sorted(names)


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
