"""``termaid align``: how several sources name the same entities."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import click

from ._common import LANG, emit_json, glossary_option, json_option, styled
from ._texts import build_aligner, is_empty, note_empty, read_text, resolve_lang


@click.command()
@click.argument("files", nargs=-1, required=True,
                type=click.Path(path_type=Path, allow_dash=True))
@click.option("--lang", "langs", type=LANG, multiple=True,
              help="Language of the files: once for all, or once per file in order "
                   "[default: detected per file].")
@click.option("--suggest", type=click.Path(path_type=Path, allow_dash=True),
              help="Write suggested new variants as a glossary YAML snippet to this file "
                   "('-' for stdout, instead of the report).")
@json_option
@click.option("--no-fuzzy", is_flag=True, help="Do not link spellings the glossary lacks.")
@glossary_option
def align(files: tuple[Path, ...], langs: tuple[str, ...], suggest: Path | None,
          as_json: bool, no_fuzzy: bool, glossary_path: Path | None) -> None:
    """Align the entities named in FILES (English and German sources on one story).

    For each entity: how often each source mentions it and under which forms,
    whether only one source does, and which forms differ from the glossary's
    forms for the source's language. Spellings the glossary lacks, linked by
    transliteration, are suggested as new variants (--suggest writes them as
    YAML to review and merge). An empty file is left out, with a note on stderr.

    \b
    Examples:
      termaid align report.en.txt bericht.de.txt
      termaid align a.txt b.txt --lang en --lang de --json
      termaid align *.txt --suggest new-variants.yaml
    """
    from aligner.crosssource import Source, align_sources, suggestions_yaml
    from aligner.errors import LanguageError
    from aligner.langdetect import check_language

    if langs and len(langs) not in (1, len(files)):
        raise LanguageError(
            f"--lang given {len(langs)} times for {len(files)} files: give it once, or once per file"
        )
    for given in langs:
        check_language(given, option="--lang")
    aligner = build_aligner(glossary_path, fuzzy=not no_fuzzy)
    sources = []
    for n, path in enumerate(files):
        text = read_text(path)
        if is_empty(text):
            note_empty(path)
            continue
        lang = langs[0] if len(langs) == 1 else langs[n] if langs else None
        sources.append(Source(str(path), text, resolve_lang(lang, text, path, aligner=aligner)))
    result = align_sources(aligner, sources)
    if suggest is not None:
        snippet = suggestions_yaml(result, aligner.entries)
        if str(suggest) == "-":
            click.echo(snippet, nl=False)
            return
        suggest.write_text(snippet, encoding="utf-8")
    if as_json:
        data = result.to_dict()
        data["languages"] = {s.name: s.lang for s in sources}
        emit_json(data)
        return
    if styled():
        _rich(result, sources)
        return
    for s in sources:
        click.echo(f"source {s.name} ({s.lang})")
    for e in result.entities:
        click.echo(f"\n{e.entry_id} ({e.label})")
        for c in e.sources:
            forms = ", ".join(f"{form} ×{n}" for form, n in c.forms)
            click.echo(f"  {c.source}: {c.count}  {forms}")
        if e.only_in:
            click.echo(f"  only in {e.only_in}")
        for source, form, preferred in e.off_preferred:
            click.echo(f"  {source}: {form!r} is not a glossary form (use {preferred!r})")
    if result.suggestions:
        click.echo("\nsuggested variants (--suggest FILE writes them as YAML):")
        for sg in result.suggestions:
            click.echo(f"  {sg.entry_id} {sg.lang}: {sg.text!r} ×{sg.count} "
                       f"(score {sg.score:.2f}; {', '.join(sg.sources)})")


def _rich(result: object, sources: Sequence[object]) -> None:
    from rich.console import Console
    from rich.table import Table

    from aligner.crosssource import Alignment, Source

    assert isinstance(result, Alignment)
    names = [s.name for s in sources if isinstance(s, Source)]
    table = Table(title="entities by source")
    table.add_column("entity")
    for name in names:
        table.add_column(name)
    table.add_column("notes")
    for e in result.entities:
        cells = {c.source: f"{c.count}: " + ", ".join(f for f, _ in c.forms) for c in e.sources}
        notes = [f"only in {e.only_in}"] if e.only_in else []
        notes += [f"{f!r} → {p!r}" for _, f, p in e.off_preferred]
        table.add_row(e.entry_id, *(cells.get(n, "–") for n in names), "; ".join(notes))
    Console(highlight=False).print(table)
