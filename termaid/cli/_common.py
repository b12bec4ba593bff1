"""Options and output helpers shared by the commands."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from glossary.index import CompiledGlossary, open_glossary
from glossary.model import EntryType

__all__ = [
    "ENTRY_TYPE",
    "LANG",
    "TEXT",
    "emit_json",
    "glossary_option",
    "json_option",
    "open_selected",
    "styled",
]

F = TypeVar("F", bound=Callable[..., Any])

#: A click choice of entry types.
ENTRY_TYPE = click.Choice([t.value for t in EntryType])


class _LangType(click.ParamType):  # type: ignore[type-arg]  # generic from click 8.5 on
    """A BCP 47 language tag (checked against CLDR)."""

    name = "LANG"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from glossary.langtag import canonical_tag

        try:
            return canonical_tag(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


LANG = _LangType()


class _TextType(click.ParamType):  # type: ignore[type-arg]  # generic from click 8.5 on
    """Text that must be valid UTF-8 (an argument with undecodable bytes is refused)."""

    name = "TEXT"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            self.fail(f"{text.encode('utf-8', 'surrogateescape')!r} is not UTF-8 text "
                      f"(byte {exc.start + 1})", param, ctx)
        return text


#: A click type for text arguments (queries, ids): valid UTF-8 only.
TEXT = _TextType()


def glossary_option(func: F) -> F:
    """``--glossary PATH`` (also ``$TERMAID_GLOSSARY``); defaults to the shipped glossary."""
    return click.option(
        "--glossary",
        "glossary_path",
        type=click.Path(path_type=Path),
        envvar="TERMAID_GLOSSARY",
        help="Glossary YAML file or directory [default: the shipped domain glossary; "
        "env: TERMAID_GLOSSARY].",
    )(func)


def json_option(func: F) -> F:
    """``--json``: machine-readable output on stdout."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON (stable schema, see README).")(func)


def open_selected(glossary_path: Path | None) -> CompiledGlossary:
    """The glossary a command works on, through its compiled index."""
    return open_glossary(glossary_path)


def emit_json(obj: Any) -> None:
    """Print *obj* as JSON, UTF-8, keys in insertion order."""
    click.echo(json.dumps(obj, ensure_ascii=False, indent=2))


def styled() -> bool:
    """Whether stdout is a terminal that gets rich output (not when piped or NO_COLOR)."""
    import os

    return sys.stdout.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
