"""``termaid show``, ``list`` and ``stats``: browsing the glossary."""

from __future__ import annotations

from pathlib import Path

import click

from glossary.model import EntryType

from ._common import ENTRY_TYPE, LANG, TEXT, emit_json, glossary_option, json_option, open_selected
from ._format import entry_json, entry_lines, shown


@click.command()
@click.argument("entry_id", metavar="ID", type=TEXT)
@json_option
@glossary_option
def show(entry_id: str, as_json: bool, glossary_path: Path | None) -> None:
    """Show everything the glossary holds on the entry ID.

    Terms per language (preferred first) with status, type, notes and matching
    controls, definitions, related entries, sources and the file and line the
    entry is defined at. Exit status 1 when no entry has that id.

    \b
    Example:
      termaid show abbas-araghchi
    """
    with open_selected(glossary_path) as glossary:
        entry = glossary[entry_id]
        if as_json:
            emit_json(entry_json(entry))
            return
        click.echo(f"{entry.id} ({entry.type.value})")
        for line in entry_lines(entry, details=True):
            click.echo(line)


@click.command("list")
@click.option("--type", "entry_type", type=ENTRY_TYPE, help="Only entries of this type.")
@click.option("--lang", type=LANG, help="Only entries with terms in this language; show those terms.")
@json_option
@glossary_option
def list_entries(entry_type: str | None, lang: str | None, as_json: bool, glossary_path: Path | None) -> None:
    """List entries: id, type and preferred terms, one entry a line.

    \b
    Examples:
      termaid list --type person --lang de
      termaid list --json | jq '.[].id'
    """
    with open_selected(glossary_path) as glossary:
        entries = glossary.select(type=EntryType(entry_type) if entry_type else None, lang=lang)
        if as_json:
            emit_json([entry_json(e) for e in entries])
            return
        for entry in entries:
            langs = [lang] if lang else list(entry.languages)
            forms = []
            for tag in langs:
                term = entry.preferred(tag)
                if term is not None:
                    forms.append(f"{tag}: {shown(term.text)}")
            click.echo(f"{entry.id}\t{entry.type.value}\t" + " | ".join(forms))


@click.command()
@json_option
@glossary_option
def stats(as_json: bool, glossary_path: Path | None) -> None:
    """Count entries and terms, by type, language and status."""
    with open_selected(glossary_path) as glossary:
        figures = glossary.stats()
        if as_json:
            emit_json({"glossary": str(glossary.source), **figures})
            return
        click.echo(f"glossary: {glossary.source}")
        click.echo(f"entries: {figures['entries']}")
        click.echo(f"terms: {figures['terms']}")
        for group in ("types", "languages", "statuses"):
            click.echo(f"{group}: " + ", ".join(f"{k} {v}" for k, v in figures[group].items()))
