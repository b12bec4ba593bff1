"""Reading a spelling rule table (YAML) into nested mappings, strictly, with file:line errors.

The tables under ``glossary/spell/data/`` are small mappings of strings, lists and
mappings. This reader composes the YAML without resolving any tag (every scalar stays a
string, the empty string too) and checks the shape the caller asks for; a problem
raises :class:`~glossary.errors.GlossaryFormatError` naming the file and the line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import GlossaryFormatError, Problem

__all__ = ["Node", "read_table"]

_CYRILLIC = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")


@dataclass(frozen=True, slots=True)
class Node:
    """A YAML node of a rule table with the place it came from, for error messages."""

    path: Path
    node: Any

    @property
    def line(self) -> int:
        return int(self.node.start_mark.line) + 1

    def fail(self, message: str) -> GlossaryFormatError:
        return GlossaryFormatError([Problem(str(self.path), self.line, message)])

    def mapping(self, *, keys: frozenset[str] | None = None) -> dict[str, Node]:
        """The node as a mapping of string keys; with *keys*, every key must be one of them."""
        if not isinstance(self.node, yaml.MappingNode):
            raise self.fail("expected a mapping")
        result: dict[str, Node] = {}
        for key_node, value_node in self.node.value:
            key = Node(self.path, key_node).text()
            if key in result:
                raise Node(self.path, key_node).fail(f"duplicate key {key!r}")
            if keys is not None and key not in keys:
                raise Node(self.path, key_node).fail(
                    f"unknown field {key!r} (expected one of {', '.join(sorted(keys))})")
            result[key] = Node(self.path, value_node)
        return result

    def sequence(self) -> list[Node]:
        if not isinstance(self.node, yaml.SequenceNode):
            raise self.fail("expected a list")
        return [Node(self.path, item) for item in self.node.value]

    def text(self) -> str:
        if not isinstance(self.node, yaml.ScalarNode):
            raise self.fail("expected a plain string")
        return str(self.node.value)

    def cyrillic(self) -> str:
        """A non-empty run of lowercase Russian letters."""
        value = self.text()
        if not value or any(c not in _CYRILLIC for c in value):
            raise self.fail(f"{value!r} is not lowercase Russian letters")
        return value

    def strings(self, *, cyrillic_keys: bool = True) -> dict[str, str]:
        """A mapping of strings to strings; keys are Cyrillic letters unless told otherwise."""
        result: dict[str, str] = {}
        for key, value in self.mapping().items():
            if cyrillic_keys and (not key or any(c not in _CYRILLIC for c in key)):
                raise value.fail(f"key {key!r} is not lowercase Russian letters")
            result[key] = value.text()
        return result


def read_table(path: Path, *, fields: frozenset[str]) -> dict[str, Node]:
    """The top-level mapping of the table at *path*, whose keys must all be in *fields*."""
    with path.open(encoding="utf-8") as stream:
        try:
            root = yaml.compose(stream, Loader=yaml.BaseLoader)
        except yaml.MarkedYAMLError as exc:
            line = exc.problem_mark.line + 1 if exc.problem_mark is not None else None
            raise GlossaryFormatError([Problem(str(path), line, str(exc.problem))]) from exc
    if root is None:
        raise GlossaryFormatError([Problem(str(path), None, "empty rule table")])
    table = Node(path, root).mapping(keys=fields)
    missing = fields - table.keys()
    if missing:
        raise Node(path, root).fail(f"missing field(s): {', '.join(sorted(missing))}")
    return table
