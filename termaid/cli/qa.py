"""``termaid qa``: bilingual files checked against the glossary, unit by unit."""

from __future__ import annotations

from pathlib import Path

import click

from ._common import LANG, emit_json, glossary_option, json_option, styled
from ._texts import build_aligner

_FORMATS = click.Choice(["xliff", "tmx", "po"])


@click.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--pair", "pairs", nargs=2, multiple=True, metavar="SOURCE TARGET",
              type=click.Path(path_type=Path),
              help="A plain text and its translation, aligned by paragraph (repeatable).")
@click.option("--source-lang", type=LANG, help="Source language [default: what the file says, "
                                               "else detected].")
@click.option("--target-lang", type=LANG, help="Target language [default: what the file says, "
                                               "else detected].")
@click.option("--input-format", type=_FORMATS, help="Read FILES as this format [default: by "
                                                    "suffix, else by content].")
@json_option
@click.option("--report", "report_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Also write a self-contained HTML report here.")
@click.option("--untranslated", is_flag=True,
              help="Also report units whose target is empty or the source unchanged.")
@click.option("--no-fuzzy", is_flag=True, help="Do not link spellings the glossary lacks.")
@glossary_option
def qa(files: tuple[Path, ...], pairs: tuple[tuple[Path, Path], ...], source_lang: str | None,
       target_lang: str | None, input_format: str | None, as_json: bool,
       report_path: Path | None, untranslated: bool, no_fuzzy: bool,
       glossary_path: Path | None) -> None:
    """Check the terminology of translations in FILES (XLIFF, TMX, PO) against the glossary.

    For every unit, each entry the source names must appear in the target as one of its
    admitted target terms (any inflection, compound or admitted synonym counts: "des
    Bündnisses", "Mir-Karten"). Findings: missing-term; the wrong-term kinds deprecated,
    forbidden, wrong-language (an English form in German text) and unlisted-spelling;
    do-not-translate (a name such as Mir or SWIFT altered); inconsistent (one source term
    rendered differently across units: reported, not failed); untranslated (with
    --untranslated).

    Languages come from the file (XLIFF srcLang/source-language, the TMX header, the PO
    Language header, a file name such as report.en.txt) and are detected from the text
    where it says nothing; --source-lang and --target-lang override. --pair texts must
    have as many paragraphs (blank-line separated) each, or nothing is checked.

    \b
    Exit status: 0 nothing found (or only inconsistent), 1 findings, 2 bad usage or input.

    \b
    Examples:
      termaid qa job.xlf                          # XLIFF 1.2 or 2.x
      termaid qa memory.tmx --target-lang de      # a memory of several languages
      termaid qa locales/de/LC_MESSAGES/app.po --source-lang en
      termaid qa --pair report.en.txt bericht.de.txt --report review.html
      termaid qa job.xlf --json > findings.json
    """
    from aligner.qa import InputFormat, check_files
    from glossary.errors import UsageError

    if not files and not pairs:
        raise UsageError("nothing to check: give FILES (XLIFF, TMX, PO) or --pair SOURCE TARGET")
    aligner = build_aligner(glossary_path, fuzzy=not no_fuzzy)
    result = check_files(files, aligner=aligner, pairs=pairs,
                         input_format=None if input_format is None else InputFormat(input_format),
                         source_lang=source_lang, target_lang=target_lang,
                         untranslated=untranslated)
    if report_path is not None:
        from aligner.qa.html import write_html

        write_html(result, report_path)
    if as_json:
        emit_json(result.to_dict())
    else:
        from aligner.qa.terminal import report_lines

        if styled():
            from rich.console import Console

            console = Console(highlight=False)
            for line in report_lines(result):
                console.print(line)
        else:
            for line in report_lines(result):
                click.echo(line.plain)
    click.get_current_context().exit(1 if result.failed else 0)
