"""``termaid check``: deprecated, wrong-language and inconsistent names in a text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, cast

import click

from ._common import LANG, emit_json, glossary_option, json_option, styled
from ._format import markup, shown
from ._texts import (
    Peeked,
    build_aligner,
    decode_error,
    is_empty,
    note_empty,
    open_text,
    resolve_lang,
)

if TYPE_CHECKING:
    from aligner.aligner import Aligner
    from aligner.check import Finding


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, allow_dash=True))
@click.option("--lang", type=LANG, help="Language of the texts (en or de) [default: detected per file].")
@json_option
@click.option("--no-fuzzy", is_flag=True, help="Do not report spellings the glossary lacks.")
@glossary_option
def check(files: tuple[Path, ...], lang: str | None, as_json: bool, no_fuzzy: bool,
          glossary_path: Path | None) -> None:
    """Check the names in each FILE against the glossary, for translators.

    Lists, with file:line:column, each deprecated or forbidden variant, each form
    of another language (an English transliteration in German text), each entity
    written inconsistently within a file, and each spelling the glossary does not
    list but that names an entry (unlisted; off with --no-fuzzy). Each file's
    language is detected on its own unless --lang is given; - reads stdin.

    \b
    Exit status: 0 nothing found (empty input too, with a note on stderr), 1
    something found, 2 bad usage or input.

    \b
    Examples:
      termaid check uebersetzung.txt --lang de
      termaid check articles/*.txt
      termaid check report.txt --json
    """
    from aligner.langdetect import check_language

    if lang:
        check_language(lang, option="--lang")
    aligner: Aligner | None = None

    def the_aligner() -> Aligner:
        nonlocal aligner
        if aligner is None:
            aligner = build_aligner(glossary_path, fuzzy=not no_fuzzy)
        return aligner

    results = [_check_file(file, lang, the_aligner) for file in files]
    if as_json:
        objects = [{"file": name, "lang": text_lang, "findings": [f.to_dict() for f in found]}
                   for name, text_lang, found in results]
        emit_json(objects[0] if len(objects) == 1 else objects)
    elif styled():
        from rich.console import Console
        from rich.table import Table

        console = Console(highlight=False)
        for name, text_lang, found in results:
            table = Table(title=f"{markup(name)} ({text_lang}): {len(found)} finding(s)")
            for column in ("line:col", "kind", "found", "entry", "use"):
                table.add_column(column)
            for f in found:
                table.add_row(f"{f.line}:{f.column}", f.kind.value, markup(f.mention.surface),
                              f.mention.entry_id, markup(f.suggestion or ""))
            console.print(table)
    else:
        for name, _, found in results:
            for f in found:
                click.echo(shown(f"{name}:{f}"))
    click.get_current_context().exit(1 if any(found for _, _, found in results) else 0)


def _check_file(file: Path, lang: str | None,
                the_aligner: Callable[[], Aligner]) -> tuple[str, str | None, tuple[Finding, ...]]:
    """The name, language and findings of one FILE (the aligner built on first need)."""
    from aligner.check import check_stream

    findings: tuple[Finding, ...]
    stream = open_text(file)
    try:
        head = stream.read(20_000)
        while is_empty(head) and (more := stream.read(1 << 20)):
            head = more if is_empty(more) else head + more  # only white space is dropped
        if is_empty(head):
            note_empty(file)
            text_lang, findings = lang, ()
        else:
            aligner = the_aligner()
            text_lang = resolve_lang(lang, head, file, aligner=aligner)
            findings = check_stream(aligner, cast(TextIO, Peeked(head, stream)), lang=text_lang)
    except UnicodeDecodeError as exc:
        raise decode_error(file, exc) from None
    finally:
        if str(file) != "-":
            stream.close()
    return ("<stdin>" if str(file) == "-" else str(file)), text_lang, findings
