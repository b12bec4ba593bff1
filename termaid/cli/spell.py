"""``termaid spell``: the German and English spellings of a Russian name in Cyrillic."""

from __future__ import annotations

import json
import sys

import click

from ._common import emit_json, json_option


@click.command()
@click.argument("name")
@json_option
def spell(name: str, as_json: bool) -> None:
    """Spell the Russian NAME (in Cyrillic) as the German and the English press do.

    German follows the Duden transcription (Лавров -> Lawrow, Шойгу -> Schoigu),
    English the simplified BGN/PCGN of English-language media (Lavrov, Shoigu).
    NAME "-" reads one name per line from stdin (with --json: one JSON object
    per line). Established exonyms (Moskau, Moscow) are not known to the rules:
    look them up in the glossary.

    \b
    Examples:
      termaid spell "Сергей Лавров"
      termaid spell "Мария Захарова" --json
    """
    from glossary.spell import spell as spell_name

    if name != "-":
        result = spell_name(name)
        if as_json:
            emit_json(result.to_dict())
        else:
            click.echo(f"de: {result.de}\nen: {result.en}")
        return
    for line in sys.stdin:
        source = line.strip()
        if not source:
            continue
        result = spell_name(source)
        if as_json:
            click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        else:
            click.echo(f"{result.source}\t{result.de}\t{result.en}")
