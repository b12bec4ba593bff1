"""``termaid normalize``: rewrite names to the glossary's forms, streaming any size."""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, cast

import click

from ._common import LANG, glossary_option, json_option, styled
from ._texts import (
    Peeked,
    build_aligner,
    decode_error,
    is_empty,
    note_empty,
    open_text,
    resolve_lang,
    stdout,
)

if TYPE_CHECKING:
    from aligner.stream import Piece

#: Characters read ahead to detect the language.
HEAD = 20_000


@click.command()
@click.argument("file", type=click.Path(path_type=Path, allow_dash=True), default="-")
@click.option("--lang", type=LANG, help="Language of the text (en or de) [default: detected].")
@click.option("--to", "to", type=LANG, help="Write names in this language's forms [default: --lang].")
@json_option
@click.option("--no-fuzzy", is_flag=True, help="Do not link spellings the glossary does not list.")
@glossary_option
@click.option("--chunk-size", type=click.IntRange(1), default=1 << 20, hidden=True,
              help="Characters per piece when streaming (tests use small ones).")
def normalize(
    file: Path,
    lang: str | None,
    to: str | None,
    as_json: bool,
    no_fuzzy: bool,
    glossary_path: Path | None,
    chunk_size: int,
) -> None:
    """Print FILE (or stdin) with every name in its glossary form.

    Each mention of a glossary entry becomes the matching form of the target
    language: deprecated and forbidden variants, other languages' forms and a name's
    transliteration (Sergej Lawrow -> Sergei Lawrow) are rewritten; a surname stays
    a surname (Lavrov -> Lawrow with --to de). Number, case, capitals and apostrophes
    are kept (nuclear weapons -> Atomwaffen, Lawrows -> Lavrov's with --to en); the
    rest of the text is not touched.
    Spellings the glossary does not list are linked by transliteration and
    rewritten only when confident. Files of any size are streamed.

    On a terminal the rewritten names are highlighted; whenever stderr is a
    terminal, a one-line summary follows there ("3 changes: 2 language, 1 spelling;
    14 mentions"). Piped or redirected, stdout is the text alone. Empty input is
    printed as it is, with a note on stderr (exit 0).

    \b
    With --json: {"text": ..., "mentions": [{"id", "start", "end", "surface",
    "replacement", "match", "score", ...}], "changes": [...]}; start and end are
    character offsets into the input.

    \b
    Examples:
      termaid normalize bericht.txt --lang de
      termaid normalize bericht.txt --lang de --to en --json
      cat report.txt | termaid normalize - --lang en --no-fuzzy
    """
    from aligner.langdetect import check_language
    from aligner.stream import stream_normalize

    for value, option in ((lang, "--lang"), (to, "--to")):
        if value:
            check_language(value, option=option)
    stream = open_text(file)
    try:
        head = _head(stream)
        if is_empty(head):
            _empty(file, head, lang, to, as_json)
            return
        aligner = build_aligner(glossary_path, fuzzy=not no_fuzzy)
        text_lang = resolve_lang(lang, head, file, aligner=aligner)
        pieces = stream_normalize(
            cast(TextIO, Peeked(head, stream)), aligner, lang=text_lang, to=to, chunk_size=chunk_size
        )
        out = stdout()
        if as_json:
            _json(pieces, out, text_lang, to or text_lang)
            out.flush()
            return
        tally = _Tally()
        if styled():
            _rich(tally.count(pieces))
        else:
            for piece in tally.count(pieces):
                out.write(piece.text)
        out.flush()
        if sys.stderr.isatty():
            click.echo(f"termaid: {tally}", err=True)
    except UnicodeDecodeError as exc:
        raise decode_error(file, exc) from None
    finally:
        if str(file) != "-":
            stream.close()


class _Tally:
    """Counts the mentions and changes of the pieces that pass through it."""

    def __init__(self) -> None:
        self.mentions = 0
        self.reasons: Counter[str] = Counter()

    def count(self, pieces: Iterable[Piece]) -> Iterator[Piece]:
        for piece in pieces:
            self.mentions += len(piece.mentions)
            self.reasons.update(c.reason for c in piece.changes)
            yield piece

    def __str__(self) -> str:
        """``3 changes: 2 language, 1 spelling; 14 mentions``."""
        total = sum(self.reasons.values())
        mentions = f"{self.mentions} mention{'' if self.mentions == 1 else 's'}"
        if not total:
            return f"no changes; {mentions}"
        reasons = ", ".join(f"{n} {r}" for r, n in sorted(self.reasons.items(),
                                                         key=lambda kv: (-kv[1], kv[0])))
        return f"{total} change{'' if total == 1 else 's'}: {reasons}; {mentions}"


def _head(stream: TextIO) -> str:
    """The first :data:`HEAD` characters, and any white space that runs on past them."""
    head = stream.read(HEAD)
    while len(head) >= HEAD and is_empty(head):
        more = stream.read(HEAD)
        if not more:
            break
        head += more
    return head


def _empty(file: Path, text: str, lang: str | None, to: str | None, as_json: bool) -> None:
    """Empty input: printed as it is (white space kept), a note on stderr, exit 0."""
    note_empty(file)
    out = stdout()
    if as_json:
        out.write(json.dumps({"lang": lang, "to": to or lang, "text": text, "mentions": [],
                              "changes": []}, ensure_ascii=False) + "\n")
    else:
        out.write(text)
    out.flush()


def _json(pieces: object, out: TextIO, lang: str, to: str) -> None:
    """Write the result as one JSON object, text first, holding only a piece in memory."""
    from collections.abc import Iterable

    from aligner.stream import Piece

    assert isinstance(pieces, Iterable)
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool_m, \
            tempfile.TemporaryFile("w+", encoding="utf-8") as spool_c:
        out.write(f'{{"lang": {json.dumps(lang)}, "to": {json.dumps(to)}, "text": "')
        for piece in pieces:
            assert isinstance(piece, Piece)
            out.write(json.dumps(piece.text, ensure_ascii=False)[1:-1])
            for m in piece.mentions:
                spool_m.write(json.dumps(m.to_dict(), ensure_ascii=False) + "\n")
            for c in piece.changes:
                spool_c.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
        for name, spool in (("mentions", spool_m), ("changes", spool_c)):
            out.write(f'",\n "{name}": [' if name == "mentions" else f',\n "{name}": [')
            spool.seek(0)
            first = True
            for line in spool:
                out.write(("\n  " if first else ",\n  ") + line.rstrip("\n"))
                first = False
            out.write("\n ]" if not first else "]")
        out.write("\n}\n")


def _rich(pieces: object) -> None:
    """Print to a terminal with the rewritten names highlighted."""
    from collections.abc import Iterable

    from rich.console import Console
    from rich.text import Text

    from aligner.stream import Piece

    assert isinstance(pieces, Iterable)
    console = Console(highlight=False, soft_wrap=True)
    start = 0  # output offset of the piece's first character
    for piece in pieces:
        assert isinstance(piece, Piece)
        text = Text(piece.text)
        for change in piece.changes:
            text.stylize("bold green", change.new_start - start, change.new_end - start)
        console.print(text, end="")
        start += len(piece.text)
