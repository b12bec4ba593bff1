"""``termaid translate`` and ``termaid digest``: offline translation, glossary enforced."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ._common import LANG, emit_json, glossary_option, json_option
from ._texts import build_aligner, is_empty, note_empty, read_text, resolve_lang

if TYPE_CHECKING:
    from aligner.summarize import Pick
    from aligner.translate.enforce import Enforcement

__all__ = ["digest", "translate"]

F = TypeVar("F", bound=Callable[..., Any])


def _models_dir_option(func: F) -> F:
    return click.option(
        "--models-dir",
        type=click.Path(file_okay=False, path_type=Path),
        help="Argos packages directory [default: termaid's; env: TERMAID_ARGOS_DIR].",
    )(func)


def _base(lang: str) -> str:
    return lang.split("-", 1)[0].casefold()


def check_language(lang: str, *, option: str) -> str:
    """*lang* if termaid reads it (en, de: the pairs it enforces names in), else exit 2."""
    from aligner.langdetect import check_language as check

    return check(lang, option=option)


@click.command()
@click.argument("file", type=click.Path(path_type=Path, allow_dash=True), default="-")
@click.option("--from", "from_lang", type=LANG, help="Language of the text [default: detected].")
@click.option("--to", "to_lang", type=LANG, required=True, help="Language to translate into.")
@click.option(
    "--summary",
    type=click.IntRange(1),
    metavar="N",
    help="Translate a summary of the N most informative sentences instead.",
)
@json_option
@click.option("--no-fuzzy", is_flag=True, help="Do not link spellings the glossary does not list.")
@glossary_option
@_models_dir_option
def translate(
    file: Path,
    from_lang: str | None,
    to_lang: str,
    summary: int | None,
    as_json: bool,
    no_fuzzy: bool,
    glossary_path: Path | None,
    models_dir: Path | None,
) -> None:
    """Translate FILE (or stdin) offline, every name as the glossary prescribes.

    Names in the source are first normalized to the glossary's forms; names and
    do-not-translate terms (Mir, Shetab) go through the model as placeholders and come
    out as the target language's forms (Araghchi -> Araghtschi, Lavrov's -> Lawrows);
    the output is normalized again. Sentences are translated in one batch. A model
    for the pair must be installed (termaid models install FILE.argosmodel); termaid
    never downloads anything.

    \b
    With --json: {"translation", "source": {"text", "mentions", "changes"},
    "target": {"mentions", "changes"}, "sentences": [...], "report": {"entities":
    [{"id", "preferred", "target_forms", "covered", ...}], "missing", "forbidden",
    "placeholders_lost", "piecewise_sentences"}}. Without it, the translation goes to
    stdout and a note on entities the output does not name goes to stderr. Empty
    input is printed as it is, with a note on stderr (exit 0; no model is needed).
    termaid translates English and German; with --from, a warning goes to stderr
    when the text looks like the other language.

    \b
    Examples:
      termaid translate bericht.txt --from de --to en
      termaid translate report.txt --to de --summary 5 --json
      cat bericht.txt | termaid translate - --to en
    """
    from aligner.digest import load_translators
    from aligner.source import Source
    from aligner.summarize import summarize
    from aligner.translate.enforce import enforce_translation

    if from_lang:
        check_language(from_lang, option="--from")
    target_lang = _base(check_language(to_lang, option="--to"))
    text = read_text(file)
    if is_empty(text):
        _empty(file, text, from_lang, target_lang, as_json)
        return
    aligner = build_aligner(glossary_path, fuzzy=not no_fuzzy)
    source_lang = _base(resolve_lang(from_lang, text, file, aligner=aligner, option="--from"))
    translator = load_translators({source_lang}, target_lang, directory=models_dir)[source_lang]
    picks: tuple[Pick, ...] = ()
    if summary is not None:
        name = "<stdin>" if str(file) == "-" else str(file)
        picks = summarize(
            [Source(name, text, source_lang)], aligner=aligner, sentences=summary
        ).picks
        text = "\n\n".join(p.text for p in picks)
    result = enforce_translation(
        text, aligner=aligner, translator=translator, from_code=source_lang, to_code=target_lang
    )
    if as_json:
        data = result.to_dict()
        if summary is not None:
            data["summary"] = [p.to_dict() for p in picks]
        emit_json(data)
        return
    click.echo(result.text if result.text.endswith("\n") else result.text + "\n", nl=False)
    _note(result)


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--to", "to_lang", type=LANG, required=True, help="Language of the digest.")
@click.option(
    "--sentences",
    type=click.IntRange(1),
    default=5,
    show_default=True,
    help="Sentences in the digest.",
)
@click.option("--format", "fmt", type=click.Choice(["md", "json"]), default="md", show_default=True)
@click.option("--no-fuzzy", is_flag=True, help="Do not link spellings the glossary does not list.")
@glossary_option
@_models_dir_option
def digest(
    files: tuple[Path, ...],
    to_lang: str,
    sentences: int,
    fmt: str,
    no_fuzzy: bool,
    glossary_path: Path | None,
    models_dir: Path | None,
) -> None:
    """One normalized summary of English and German FILES, in the --to language.

    Picks the most informative sentences across all sources (entities the sources
    share count most; repeats across sources and languages are dropped), keeps their
    order, cites the source of each, translates those not in the target language with
    the glossary enforced, and adds the cross-source entity table and the term report.
    Each file's language is detected; an empty file is left out, with a note on
    stderr. A progress bar shows on a terminal.

    \b
    Examples:
      termaid digest report.en.txt bericht.de.txt --to de
      termaid digest *.txt --to en --sentences 8 --format json > digest.json
    """
    from aligner.digest import load_translators, make_digest
    from aligner.source import Source

    target_lang = _base(check_language(to_lang, option="--to"))
    with _progress(len(files) + 3) as step:
        aligner = build_aligner(glossary_path, fuzzy=not no_fuzzy)
        documents = []
        for path in files:
            text = read_text(path)
            if is_empty(text):
                note_empty(path)
            else:
                lang = _base(resolve_lang(None, text, path, aligner=aligner))
                documents.append(Source(str(path), text, lang))
            step(f"read {path}")
        langs = {d.lang for d in documents if d.lang != target_lang}
        translators = load_translators(langs, target_lang, directory=models_dir)
        result = make_digest(
            documents,
            aligner=aligner,
            to=target_lang,
            translators=translators,
            sentences=sentences,
            progress=step,
        )
    if fmt == "json":
        emit_json(result.to_dict())
        return
    click.echo(result.to_markdown(), nl=False)


def _empty(file: Path, text: str, from_lang: str | None, to: str, as_json: bool) -> None:
    """Empty input: nothing to translate; printed as it is, a note on stderr."""
    from aligner.mention import Normalization
    from aligner.translate.enforce import Enforcement

    note_empty(file)
    if as_json:
        nothing = Normalization(text, (), ())
        data = Enforcement(from_lang or "", to, text, nothing, nothing, (), (), ()).to_dict()
        data["from"] = from_lang and _base(from_lang)
        emit_json(data)
        return
    click.echo(text, nl=False)


def _note(result: Enforcement) -> None:
    missing = result.missing
    if missing:
        names = ", ".join(f"{c.label} ({c.entry_id})" for c in missing)
        click.echo(f"termaid: note: the translation does not name {names}", err=True)


@contextmanager
def _progress(total: int) -> Iterator[Callable[[str], None]]:
    """A progress bar on stderr when it is a terminal; silence when piped."""
    if not sys.stderr.isatty():
        yield lambda _: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("digest", total=total)

        def step(what: str) -> None:
            progress.update(task, advance=1, description=what)

        yield step
