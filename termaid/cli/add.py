"""``termaid add``: a new entry, or new terms of an entry, written into a YAML glossary."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from glossary.model import TermStatus, TermType

from ._common import ENTRY_TYPE, emit_json, json_option

__all__ = ["add"]

_STATUS = click.Choice([s.value for s in TermStatus])
_TERM_TYPE = click.Choice([t.value for t in TermType])


def _date(value: str | None) -> str | None:
    from glossary.model import is_iso_date

    if value is not None and not is_iso_date(value):
        raise click.BadParameter(f"{value!r} is not a date written YYYY-MM-DD", param_hint="--date")
    return value


@click.command()
@click.option("--glossary", "target", type=click.Path(path_type=Path), envvar="TERMAID_GLOSSARY",
              help="The YAML glossary (file or directory) to write; created when missing "
                   "[env: TERMAID_GLOSSARY].")
@click.option("--id", "entry_id", help="The entry: an existing one gets the terms, else a new one "
              "[default: the entry that lists one of the terms, else the slug of the first].")
@click.option("--type", "entry_type", type=ENTRY_TYPE, help="Entry type (needed for a new entry).")
@click.option("--en", "en", multiple=True, help="An English term (repeatable; the first is preferred).")
@click.option("--de", "de", multiple=True, help="A German term (repeatable).")
@click.option("--term", "more", multiple=True, metavar="LANG=TEXT",
              help="A term in another language, e.g. --term ru=Лавров (repeatable).")
@click.option("--status", type=_STATUS, help="Status of the terms given [default: the first of a "
              "language preferred, the others admitted].")
@click.option("--term-type", type=_TERM_TYPE, help="Type of the terms given (surname, acronym, ...).")
@click.option("--term-note", help="A note on the terms given.")
@click.option("--note", help="The entry's note (tells namesakes apart).")
@click.option("--source", "sources", multiple=True, help="A source URL of the entry (repeatable).")
@click.option("--by", envvar="TERMAID_USER", help="Who adds: recorded with the date as the terms' "
              "'created' [env: TERMAID_USER].")
@click.option("--date", help="The date recorded in 'created' (YYYY-MM-DD) [default: today, with --by].")
@click.option("--needs-review", is_flag=True, help="Mark the terms 'review: needs-review'.")
@click.option("--prefer", type=click.Choice(["existing", "incoming"]), default="existing",
              show_default=True, help="Who wins a conflict: the glossary or this addition.")
@click.option("--dry-run", is_flag=True, help="Show the diff; write nothing.")
@json_option
def add(target: Path | None, entry_id: str | None, entry_type: str | None, en: tuple[str, ...],
        de: tuple[str, ...], more: tuple[str, ...], status: str | None, term_type: str | None,
        term_note: str | None, note: str | None, sources: tuple[str, ...], by: str | None,
        date: str | None, needs_review: bool, prefer: str, dry_run: bool, as_json: bool) -> None:
    """Add an entry, or terms of an entry, to a YAML glossary, in its own style.

    The addition is validated with the rest of the glossary before anything is written,
    written atomically under the glossary's write lock, and merged as an import is: a term
    the entry has is not repeated, and a clash (another preferred term, another note) is a
    conflict left as the glossary has it unless --prefer incoming.

    \b
    Exit status: 0 added, 1 conflicts were left, 2 bad usage or glossary.

    \b
    Examples:
      termaid add --glossary my.yaml --id ali-larijani --type person --en "Ali Larijani" \\
          --de "Ali Laridschani" --note "Iranian politician" --source https://...
      termaid add --glossary my.yaml --id sergei-lavrov --de "Sergej Lawrow" --term-type transliteration
      termaid add --glossary my.yaml --id tehran --en Teheran --status deprecated --by anna
    """
    from glossary.errors import UsageError
    from glossary.formats.add import add_to_glossary
    from glossary.model import EntryType, Review, Stamp, Term

    if target is None:
        raise UsageError("name the glossary to write: --glossary FILE.yaml (or set TERMAID_GLOSSARY)")
    stamp_date = _date(date)
    created = None
    if by or stamp_date:
        import datetime

        created = Stamp(stamp_date or datetime.date.today().isoformat(), by or None)
    texts = [("en", t) for t in en] + [("de", t) for t in de] + [_lang_text(x) for x in more]
    kind = TermType(term_type) if term_type else None
    terms = [Term(text.strip(), lang, type=kind, note=term_note) for lang, text in texts if text.strip()]
    report = add_to_glossary(
        target, terms, entry_id=entry_id, entry_type=EntryType(entry_type) if entry_type else None,
        status=TermStatus(status) if status else None, note=note, sources=sources, created=created,
        review=Review.NEEDS_REVIEW if needs_review else None,
        prefer="incoming" if prefer == "incoming" else "existing", dry_run=dry_run,
    )
    result = report.result
    if as_json:
        emit_json({
            "added": list(result.added), "changed": [{"id": i, "what": list(w)} for i, w in result.changed],
            "conflicts": [{"id": c.entry_id, "what": c.what, "existing": c.existing,
                           "incoming": c.incoming, "where": str(c.origin) if c.origin else None}
                          for c in result.conflicts],
            "files": list(report.files), "written": report.written, "dry_run": dry_run,
        })
    else:
        if dry_run:
            click.echo(report.diff, nl=False)
        for entry in result.added:
            click.echo(f"added entry {entry!r} to {', '.join(report.files)}", err=True)
        for entry, what in result.changed:
            click.echo(f"{entry}: " + "; ".join(what), err=True)
        if not result.added and not result.changed and not result.conflicts:
            click.echo("nothing to add: the glossary has all of it", err=True)
        for conflict in result.conflicts:
            click.echo(f"conflict: {conflict}", err=True)
        if dry_run:
            click.echo("nothing written (dry run)", err=True)
    if result.conflicts and not result.resolved:
        sys.exit(1)


def _lang_text(value: str) -> tuple[str, str]:
    from glossary.langtag import canonical_tag

    lang, sep, text = value.partition("=")
    if not sep or not text.strip():
        raise click.BadParameter(f"{value!r} is not LANG=TEXT", param_hint="--term")
    try:
        return canonical_tag(lang.strip()), text
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--term") from None

