"""``termaid validate``: check a glossary and report every problem as file:line."""

from __future__ import annotations

from pathlib import Path

import click

from glossary.termbase import check_glossary, resolve_path

from ._common import emit_json, json_option


@click.command()
@click.argument("path", required=False, type=click.Path(path_type=Path))
@json_option
def validate(path: Path | None, as_json: bool) -> None:
    """Check the glossary at PATH (a YAML file or a directory of them).

    Without PATH, checks $TERMAID_GLOSSARY or the shipped glossary. Every problem
    is printed as file:line: message: malformed YAML, unknown fields, bad language
    tags, duplicate ids, empty terms, and variants claimed by two entries in one
    language. Exit status 0 when the glossary is sound, 2 when it is not.
    """
    target = resolve_path(path)
    glossary, problems = check_glossary(target)
    if as_json:
        emit_json(
            {
                "glossary": str(target),
                "ok": not problems,
                "entries": len(glossary),
                "problems": [{"file": p.path, "line": p.line, "message": p.message} for p in problems],
            }
        )
    else:
        for problem in problems:
            click.echo(str(problem), err=True)
        if problems:
            click.echo(f"{len(problems)} problem(s) in {target}", err=True)
        else:
            click.echo(f"{target}: {len(glossary)} entries, no problems")
    click.get_current_context().exit(2 if problems else 0)
