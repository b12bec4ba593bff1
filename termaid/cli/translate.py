"""``termaid translate`` and ``termaid digest``: offline translation, glossary enforced."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ._common import LANG, emit_json, glossary_option, json_option
from ._texts import build_aligner, read_text, resolve_lang

if TYPE_CHECKING:
    from aligner.aligner import Aligner
    from aligner.summarize import Pick
    from aligner.translate.backend import Translator
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
    stdout and a note on entities the output does not name goes to stderr.

    \b
    Examples:
      termaid translate bericht.txt --from de --to en
      termaid translate report.txt --to de --summary 5 --json
      cat bericht.txt | termaid translate - --to en
    """
    from aligner.source import Source
    from aligner.summarize import summarize
    from aligner.translate.enforce import enforce_translation

    text = read_text(file)
    source_lang = _base(resolve_lang(from_lang, text, file))
    target_lang = _base(to_lang)
    translator = _translators({source_lang}, target_lang, models_dir)[source_lang]
    aligner = build_aligner(glossary_path, fuzzy=not no_fuzzy)
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
    Each file's language is detected. A progress bar shows on a terminal.

    \b
    Examples:
      termaid digest report.en.txt bericht.de.txt --to de
      termaid digest *.txt --to en --sentences 8 --format json > digest.json
    """
    from aligner.crosssource import align_sources
    from aligner.source import Source
    from aligner.summarize import summarize

    target_lang = _base(to_lang)
    with _progress(len(files) + 3) as step:
        documents = []
        for path in files:
            text = read_text(path)
            documents.append(Source(str(path), text, _base(resolve_lang(None, text, path))))
            step(f"read {path}")
        langs = {d.lang for d in documents if d.lang != target_lang}
        translators = _translators(langs, target_lang, models_dir)
        aligner = build_aligner(glossary_path, fuzzy=not no_fuzzy)
        alignment = align_sources(aligner, documents)
        step("aligned the sources")
        summary = summarize(documents, aligner=aligner, sentences=sentences)
        step("picked the sentences")
        texts, results = _digest_texts(summary.picks, aligner, translators, target_lang)
        step("translated")
    report = _merged_report(results)
    if fmt == "json":
        emit_json(
            {
                "to": target_lang,
                "sources": [{"name": d.name, "lang": d.lang} for d in documents],
                "sentences": [
                    {**p.to_dict(), "original": p.text, "text": t}
                    for p, t in zip(summary.picks, texts, strict=True)
                ],
                "entities": [e.to_dict() for e in alignment.entities],
                "report": report,
            }
        )
        return
    click.echo(_markdown(documents, summary.picks, texts, alignment.entities, report), nl=False)


def _translators(langs: set[str], to: str, models_dir: Path | None) -> dict[str, Translator]:
    """A translator per source language; fails (exit 2) before any output if one is missing."""
    from aligner.errors import LanguageError
    from aligner.translate.backend import Translator
    from aligner.translate.models import find_model

    if to in langs:
        raise LanguageError(f"the text is already in {to}; nothing to translate")
    found = {lang: find_model(lang, to, directory=models_dir) for lang in sorted(langs)}
    return {lang: Translator(model) for lang, model in found.items()}


def _digest_texts(
    picks: Sequence[Pick], aligner: Aligner, translators: dict[str, Translator], to: str
) -> tuple[list[str], list[Enforcement]]:
    from aligner.translate.enforce import enforce_translation

    texts = [""] * len(picks)
    results = []
    for lang in sorted({p.lang for p in picks}):
        indices = [i for i, p in enumerate(picks) if p.lang == lang]
        if lang == to:
            for i in indices:
                texts[i] = aligner.normalize(picks[i].text, lang=to).text
            continue
        joined = "\n\n".join(picks[i].text for i in indices)  # one paragraph per sentence
        result = enforce_translation(
            joined, aligner=aligner, translator=translators[lang], from_code=lang, to_code=to
        )
        results.append(result)
        for i, translated in zip(indices, result.text.split("\n\n"), strict=True):
            texts[i] = translated
    return texts, results


def _merged_report(results: Sequence[Enforcement]) -> dict[str, Any]:
    entities: dict[str, dict[str, Any]] = {}
    forbidden: list[dict[str, Any]] = []
    lost = piecewise = 0
    for result in results:
        data = result.to_dict()["report"]
        for entity in data["entities"]:
            known = entities.get(entity["id"])
            if known is None:
                entities[entity["id"]] = dict(entity)
                continue
            known["source_count"] += entity["source_count"]
            known["target_forms"] = sorted(set(known["target_forms"]) | set(entity["target_forms"]))
            known["covered"] = bool(known["target_forms"])
        forbidden += data["forbidden"]
        lost += data["placeholders_lost"]
        piecewise += data["piecewise_sentences"]
    ordered = [entities[k] for k in sorted(entities)]
    return {
        "entities": ordered,
        "missing": [e["id"] for e in ordered if not e["covered"]],
        "forbidden": forbidden,
        "placeholders_lost": lost,
        "piecewise_sentences": piecewise,
    }


def _markdown(
    documents: Sequence[Any],
    picks: Sequence[Pick],
    texts: Sequence[str],
    entities: Sequence[Any],
    report: dict[str, Any],
) -> str:
    number = {d.name: i + 1 for i, d in enumerate(documents)}
    lines = ["# Digest", ""]
    lines += [f"{t} [{number[p.source]}]" for p, t in zip(picks, texts, strict=True)]
    lines += ["", "## Sources", ""]
    lines += [f"{number[d.name]}. {d.name} ({d.lang})" for d in documents]
    lines += [
        "",
        "## Entities",
        "",
        "| entity | " + " | ".join(f"[{number[d.name]}]" for d in documents) + " |",
    ]
    lines.append("|---" * (len(documents) + 1) + "|")
    for entity in entities:
        cells = {
            s.source: f"{s.count}: " + ", ".join(f for f, _ in s.forms) for s in entity.sources
        }
        lines.append(
            f"| {entity.label} | " + " | ".join(cells.get(d.name, "–") for d in documents) + " |"
        )
    lines += ["", "## Terms", ""]
    if not report["entities"]:
        lines.append("Nothing was translated.")
    for e in report["entities"]:
        mark = "ok" if e["covered"] else "MISSING"
        lines.append(
            f"- {e['label']}: {mark} ({', '.join(e['target_forms']) or 'not in the output'})"
        )
    for f in report["forbidden"]:
        lines.append(
            f"- model wrote {f['status']} term {f['surface']!r}, replaced by {f['replacement']!r}"
        )
    return "\n".join(lines) + "\n"


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
