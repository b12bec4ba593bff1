"""``termaid lookup``: find entries by any spelling in any language."""

from __future__ import annotations

from pathlib import Path

import click

from glossary.equivalent import equivalent
from glossary.lookup import LookupResult
from glossary.model import EntryType

from ._common import (
    ENTRY_TYPE,
    LANG,
    emit_json,
    glossary_option,
    json_option,
    open_selected,
    styled,
)
from ._format import entry_lines, lookup_json


@click.command()
@click.argument("query")
@click.option("--lang", type=LANG, help="Match only terms of this language (de also matches de-AT).")
@click.option("--to", "to", type=LANG, help="Show the entries' forms in this language.")
@click.option("--type", "entry_type", type=ENTRY_TYPE, help="Only entries of this type.")
@click.option("--limit", type=click.IntRange(1, 1000), default=10, show_default=True,
              help="At most this many matches.")
@json_option
@glossary_option
def lookup(
    query: str,
    lang: str | None,
    to: str | None,
    entry_type: str | None,
    limit: int,
    as_json: bool,
    glossary_path: Path | None,
) -> None:
    """Look QUERY up by any spelling of any term, in any language.

    Case, diacritics (Bündnis = Bundnis = Buendnis), ß/ss, hyphens, dashes and
    spaces do not matter. Matches rank exact, then variant (equal once folded),
    then prefix, then fuzzy (a close misspelling); when nothing matches exactly,
    "did you mean" suggestions follow.

    \b
    Exit status: 0 something matched, 1 nothing did, 2 bad usage or glossary.

    \b
    Examples:
      termaid lookup Araghtschi
      termaid lookup "Russland Iran Bundnis" --to en
      termaid lookup lavrow --lang de --json
    """
    with open_selected(glossary_path) as glossary:
        result = glossary.lookup(
            query, lang=lang, type=EntryType(entry_type) if entry_type else None, limit=limit
        )
        if as_json:
            emit_json(lookup_json(result, to=to))
        elif styled():
            _rich(result, to)
        else:
            _plain(result, to)
    click.get_current_context().exit(0 if result.matches else 1)


def _plain(result: LookupResult, to: str | None) -> None:
    for match in result.matches:
        entry = match.entry
        head = f"{entry.id} ({entry.type.value}): {match.kind.value} match on {match.term.text!r} [{match.term.lang}], score {match.score:.2f}"
        if to is not None:
            target = equivalent(entry, match.term, to)
            head += f"\n  -> {target.text if target else '(no ' + to + ' term)'}"
        click.echo(head)
        for line in entry_lines(entry, only=to):
            click.echo(line)
    if not result.matches:
        click.echo(f"no match for {result.query!r}", err=True)
    if result.suggestions:
        hints = ", ".join(f"{s.text} ({s.entry_id})" for s in result.suggestions)
        click.echo(f"did you mean: {hints}?", err=not result.matches)


def _rich(result: LookupResult, to: str | None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for match in result.matches:
        entry = match.entry
        title = f"[bold]{entry.id}[/] [dim]({entry.type.value})[/] — {match.kind.value} match on [italic]{match.term.text}[/] [{match.term.lang}], score {match.score:.2f}"
        table = Table(title=title, title_justify="left", show_header=False, box=None, padding=(0, 1))
        if to is not None:
            target = equivalent(entry, match.term, to)
            table.add_row("→", f"[bold green]{target.text if target else '—'}[/]")
        if entry.note:
            table.add_row("", f"[dim]{entry.note}[/]")
        for line in entry_lines(entry, only=to)[1 if entry.note else 0 :]:
            lang, _, terms = line.strip().partition(": ")
            table.add_row(f"[cyan]{lang}[/]", terms)
        console.print(table)
    if not result.matches:
        console.print(f"[red]no match for {result.query!r}[/]")
    if result.suggestions:
        hints = ", ".join(f"{s.text} ({s.entry_id})" for s in result.suggestions)
        console.print(f"did you mean: [yellow]{hints}[/]?")
