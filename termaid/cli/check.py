"""``termaid check``: deprecated, wrong-language and inconsistent names in a text."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO, cast

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


@click.command()
@click.argument("file", type=click.Path(path_type=Path, allow_dash=True))
@click.option("--lang", type=LANG, help="Language of the text (en or de) [default: detected].")
@json_option
@click.option("--no-fuzzy", is_flag=True, help="Do not report spellings the glossary lacks.")
@glossary_option
def check(file: Path, lang: str | None, as_json: bool, no_fuzzy: bool,
          glossary_path: Path | None) -> None:
    """Check the names in FILE against the glossary, for translators.

    Lists, with line:column, each deprecated or forbidden variant, each form of
    another language (an English transliteration in German text), each entity
    written inconsistently within the file, and each spelling the glossary does
    not list but that names an entry (unlisted; off with --no-fuzzy).

    \b
    Exit status: 0 nothing found (empty input too, with a note on stderr), 1
    something found, 2 bad usage or input.

    \b
    Examples:
      termaid check uebersetzung.txt --lang de
      termaid check report.txt --json
    """
    from aligner.check import Finding, check_stream
    from aligner.langdetect import check_language

    if lang:
        check_language(lang, option="--lang")
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
            aligner = build_aligner(glossary_path, fuzzy=not no_fuzzy)
            text_lang = resolve_lang(lang, head, file, aligner=aligner)
            findings = check_stream(aligner, cast(TextIO, Peeked(head, stream)), lang=text_lang)
    except UnicodeDecodeError as exc:
        raise decode_error(file, exc) from None
    finally:
        if str(file) != "-":
            stream.close()
    name = "<stdin>" if str(file) == "-" else str(file)
    if as_json:
        emit_json({"file": name, "lang": text_lang,
                   "findings": [f.to_dict() for f in findings]})
    elif styled():
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"{markup(name)} ({text_lang}): {len(findings)} finding(s)")
        for column in ("line:col", "kind", "found", "entry", "use"):
            table.add_column(column)
        for f in findings:
            table.add_row(f"{f.line}:{f.column}", f.kind.value, markup(f.mention.surface),
                          f.mention.entry_id, markup(f.suggestion or ""))
        Console(highlight=False).print(table)
    else:
        for f in findings:
            click.echo(shown(f"{name}:{f}"))
    click.get_current_context().exit(1 if findings else 0)
