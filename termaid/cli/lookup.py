"""``termaid lookup``: find entries by any spelling in any language, inflected or not."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from glossary.lookup import LookupResult
from glossary.model import EntryType

from ._common import (
    ENTRY_TYPE,
    LANG,
    TEXT,
    emit_json,
    glossary_option,
    json_option,
    open_selected,
    styled,
)
from ._format import lookup_json
from ._lookup_view import plain_lines, print_rich

if TYPE_CHECKING:
    from aligner.concordance import Occurrence
    from glossary.index import CompiledGlossary

    from ._lookup_session import Session


@click.command()
@click.argument("query", required=False, type=TEXT)
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--lang", type=LANG, help="Match only terms of this language (de also matches de-AT).")
@click.option("--to", "to", type=LANG, help="Show the entries' forms in this language.")
@click.option("--type", "entry_type", type=ENTRY_TYPE, help="Only entries of this type.")
@click.option("--contains", is_flag=True,
              help="Also list terms that hold QUERY as whole words (automatic when nothing "
                   "matches whole).")
@click.option("--in", "in_files", multiple=True, type=click.Path(path_type=Path),
              help="Show the matched entry's mentions in these texts (--in a.txt b.txt).")
@click.option("--limit", type=click.IntRange(1, 1000), default=10, show_default=True,
              help="At most this many matches.")
@json_option
@glossary_option
def lookup(
    query: str | None,
    files: tuple[Path, ...],
    lang: str | None,
    to: str | None,
    entry_type: str | None,
    contains: bool,
    in_files: tuple[Path, ...],
    limit: int,
    as_json: bool,
    glossary_path: Path | None,
) -> None:
    """Look QUERY up by any spelling of any term, in any language, in the form it has
    in a text.

    Case, diacritics (Bündnis = Bundnis = Buendnis), ß/ss, hyphens, dashes and
    spaces do not matter, and inflected forms are read as the aligner reads text
    (Lawrows, Kaspischen Meer, ständigen Mitglieder: the ending is named). Matches
    rank exact, variant, inflected, prefix, contains (whole words inside a term),
    fuzzy; a deprecated or forbidden term says which term to use.

    Without QUERY, lookup reads queries one by one: at a prompt with history and
    completion on a terminal, else one per line from stdin (with --json, one JSON
    object per line), answering each from the open glossary.

    \b
    Exit status: 0 something matched (every query, when reading them), 1 nothing
    did, 2 bad usage or glossary.

    \b
    Examples:
      termaid lookup Araghtschi
      termaid lookup Lawrows
      termaid lookup "Russland Iran Bundnis" --to en
      termaid lookup Korridor --contains
      termaid lookup Lawrow --in bericht.de.txt report.en.txt
      termaid lookup                        # a prompt; or: cat words.txt | termaid lookup --json
    """
    if files and not in_files:
        raise click.UsageError(f"unexpected extra argument {str(files[0])!r} (texts go after --in)")
    texts = in_files + files
    type_ = EntryType(entry_type) if entry_type else None
    with open_selected(glossary_path) as glossary:
        if query is None:
            if texts:
                raise click.UsageError("--in needs a QUERY")
            from ._lookup_session import Session

            session = Session(glossary, lang=lang, to=to, type=type_, limit=limit,
                              contains=contains)
            ok = _read_queries(session, as_json=as_json)
            click.get_current_context().exit(0 if ok else 1)
        result = _lookup(glossary, query, lang=lang, type=type_, limit=limit, contains=contains)
        mentions = _concordance(glossary, result, texts, lang=lang) if texts else None
        if as_json:
            emit_json(lookup_json(result, to=to, mentions=mentions))
        elif styled():
            from rich.console import Console

            print_rich(Console(highlight=False), result, to=to, mentions=mentions or ())
        else:
            out, err = plain_lines(result, to=to, mentions=mentions or ())
            for line in out:
                click.echo(line)
            for line in err:
                click.echo(line, err=True)
    click.get_current_context().exit(0 if result.matches else 1)


def _lookup(
    glossary: CompiledGlossary, query: str, *, lang: str | None, type: EntryType | None,
    limit: int, contains: bool,
) -> LookupResult:
    from aligner.lookup import lookup as read_lookup

    return read_lookup(glossary, query, lang=lang, type=type, limit=limit, contains=contains)


def _read_queries(session: Session, *, as_json: bool) -> bool:
    """Answer queries at a prompt (a terminal) or line by line (stdin); True if all matched."""
    import sys

    if not as_json and sys.stdin.isatty() and sys.stdout.isatty():
        from ._lookup_prompt import run_prompt

        return run_prompt(session)
    return session.serve_lines(sys.stdin, sys.stdout, as_json=as_json)


def _concordance(
    glossary: CompiledGlossary, result: LookupResult, texts: tuple[Path, ...], *, lang: str | None
) -> list[Occurrence]:
    """The mentions, in *texts*, of the entries matched whole (else of the best match)."""
    from aligner.aligner import Aligner
    from aligner.concordance import concordance

    from ._texts import is_empty, note_empty, read_text, resolve_lang

    matched = [m for m in result.matches if m.kind.whole] or list(result.matches[:1])
    ids = {m.entry.id for m in matched}
    out: list[Occurrence] = []
    aligner: Aligner | None = None
    for path in texts:
        text = read_text(path)
        if is_empty(text):
            note_empty(path)
            continue
        if not ids:
            continue
        if aligner is None:
            aligner = Aligner(list(glossary))
        text_lang = resolve_lang(lang, text, path, aligner=aligner)
        out.extend(concordance(aligner, ids, str(path), text, lang=text_lang))
    return out
