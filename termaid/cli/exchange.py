"""``termaid export`` and ``termaid import``: the glossary in PO/MO, TBX and CSV/TSV, and back."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from glossary.errors import UsageError

from ._common import ENTRY_TYPE, LANG, emit_json, glossary_option, json_option, open_selected

__all__ = ["export", "import_", "regenerate_locales"]

_DATE = click.DateTime(formats=["%Y-%m-%d", "%Y-%m-%dT%H:%M"])


def _entries(glossary_path: Path | None) -> list[Any]:
    with open_selected(glossary_path) as compiled:
        return list(compiled)


def _created(date: datetime | None) -> datetime:
    from glossary.formats.catalog import EPOCH

    return EPOCH if date is None else date.replace(tzinfo=UTC)


def _catalog_path(out: Path, lang: str, suffix: str) -> Path:
    if out.suffix in (".po", ".mo"):
        return out
    return out / lang.replace("-", "_") / "LC_MESSAGES" / f"glossary{suffix}"


def _write(out: str, data: bytes) -> None:
    if out == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        from glossary.atomic import write_atomic

        _make_parents(Path(out))
        write_atomic(Path(out), data)


def _make_parents(path: Path) -> None:
    """Create the missing folders above *path* (never at the filesystem root), saying so."""
    from glossary.atomic import make_parents

    for folder in make_parents(path):
        click.echo(f"termaid: created folder {folder}", err=True)


@click.group("export")
def export() -> None:
    """Write the glossary in the formats translation tools read.

    \b
    Examples:
      termaid export po --lang de               # locales/de/LC_MESSAGES/glossary.po
      termaid export mo --lang de
      termaid export tbx --out glossary.tbx     # TBX-Basic v3 (ISO 30042:2019)
      termaid export tbx --tbx-version 2 --out glossary.tbx   # TBX-Basic v2 (martif)
      termaid export csv --source en --target de --flavor deepl
      termaid export tsv --source en --target de --flavor omegat --out glossary.utf8
      termaid export xlsx --source en --target de --out glossary.xlsx
      termaid export locales                    # every language into locales/
    """


def _catalog_command(kind: str) -> click.Command:
    @click.command(kind, help=f"Write a gettext {kind.upper()} catalog: msgctxt the entry id, msgid the "
                   f"source term, msgstr the target term.")
    @glossary_option
    @click.option("--lang", "target", type=LANG, required=True, help="Target language (msgstr).")
    @click.option("--source", type=LANG, default="en", show_default=True, help="Source language (msgid).")
    @click.option("--out", type=click.Path(path_type=Path), default=Path("locales"), show_default=True,
                  help=f"A locales directory (writes LANG/LC_MESSAGES/glossary.{kind}) or a .{kind} file.")
    @click.option("--date", type=_DATE, help="Creation date in the header [default: 2000-01-01, reproducible].")
    def command(glossary_path: Path | None, target: str, source: str, out: Path, date: datetime | None) -> None:
        from glossary.formats.mo import write_mo
        from glossary.formats.po import write_po

        entries = _entries(glossary_path)
        path = _catalog_path(out, target, f".{kind}")
        _make_parents(path)
        if kind == "po":
            count = write_po(path, entries, source=source, target=target, created=_created(date))
        else:
            count = write_mo(path, entries, source=source, target=target, created=_created(date))
        click.echo(f"{path}: {count} messages", err=True)

    return command


export.add_command(_catalog_command("po"))
export.add_command(_catalog_command("mo"))


@export.command("tbx")
@glossary_option
@click.option("--lang", type=LANG, default="en", show_default=True, help="Document language (xml:lang).")
@click.option("--out", default="-", show_default=True, help="Output file, - for stdout.")
@click.option("--tbx-version", "version", type=click.Choice(["2", "3"]), default="3", show_default=True,
              help="3: TBX-Basic v3 (ISO 30042:2019). 2: TBX-Basic v2 (martif), the TBX the Translate "
                   "Toolkit, Weblate and OmegaT read.")
def tbx(glossary_path: Path | None, lang: str, out: str, version: str) -> None:
    """Write TBX-Basic (v3 in the DCA style, or v2) with every entry and language."""
    from glossary.formats.tbx import generate_tbx

    text = "".join(generate_tbx(_entries(glossary_path), lang=lang, version=2 if version == "2" else 3))
    _write(out, text.encode("utf-8"))


#: What each table flavour writes; a command's --help names only the flavours it accepts.
_FLAVOR_HELP = {
    "deepl": "deepl: two columns, no header",
    "google": "google: two columns, no header",
    "amazon": "amazon: a header of language codes, one column per target",
    "omegat": "omegat: source, target, comment",
}


def _table_command(kind: str, delimiter: str, flavors: tuple[str, ...]) -> click.Command:
    @click.command(kind, help=f"Write a {kind.upper()} glossary for machine translation"
                   f"{' or OmegaT' if 'omegat' in flavors else ''}: one row per (source term, target term); "
                   "every source variant maps to the preferred target term. A term holding a tab or a line "
                   "break is skipped with a warning naming its entry, in CSV and TSV alike: DeepL refuses "
                   "such a glossary and a TSV row cannot hold one.")
    @glossary_option
    @click.option("--source", type=LANG, required=True, help="Source language (first column).")
    @click.option("--target", "targets", type=LANG, required=True, multiple=True,
                  help="Target language; repeat for more columns (amazon only).")
    @click.option("--flavor", type=click.Choice(flavors), default=flavors[0], show_default=True,
                  help="; ".join(_FLAVOR_HELP[f] for f in flavors) + "."
                  + ("" if "omegat" in flavors else " (OmegaT glossaries are tab-separated: export tsv)"))
    @click.option("--preferred-only", is_flag=True, help="Only preferred source terms, no variants.")
    @click.option("--out", default="-", show_default=True, help="Output file, - for stdout.")
    @click.option("--no-formula-guard", is_flag=True,
                  help="Write cells that start with = + - @ as they are (for services that need the raw "
                  "term); by default they get a leading ' so spreadsheets do not run them.")
    def command(glossary_path: Path | None, source: str, targets: tuple[str, ...], flavor: str,
                preferred_only: bool, out: str, no_formula_guard: bool) -> None:
        from glossary.formats.table import generate_table, table_rows

        table = table_rows(_entries(glossary_path), source=source, targets=targets, flavor=flavor,
                           variants=not preferred_only)
        text = generate_table(table, delimiter=delimiter, formula_guard=not no_formula_guard)
        _write(out, text.encode("utf-8"))
        for reason in table.skipped:
            click.echo(f"termaid: warning: skipped {reason}", err=True)

    return command


export.add_command(_table_command("csv", ",", ("deepl", "google", "amazon")))


@export.command("xlsx")
@glossary_option
@click.option("--source", type=LANG, required=True, help="Source language (first column).")
@click.option("--target", "targets", type=LANG, required=True, multiple=True,
              help="Target language; repeat for more columns.")
@click.option("--notes", is_flag=True, help="A third column 'note': entry type, status, note "
              "(one target only).")
@click.option("--preferred-only", is_flag=True, help="Only preferred source terms, no variants.")
@click.option("--out", required=True, help="Output file (.xlsx), - for stdout.")
def xlsx(glossary_path: Path | None, source: str, targets: tuple[str, ...], notes: bool,
         preferred_only: bool, out: str) -> None:
    """Write an Excel workbook: a header of language codes, then one row per source term
    (every variant maps to the target term, as in the CSV export); every cell is text."""
    from glossary.formats.xlsx import generate_xlsx, xlsx_table

    if notes and len(targets) > 1:
        raise UsageError("--notes takes exactly one --target")
    table = xlsx_table(_entries(glossary_path), source=source, targets=targets, notes=notes,
                       variants=not preferred_only)
    _write(out, generate_xlsx(table))
    for reason in table.skipped:
        click.echo(f"termaid: warning: skipped {reason}", err=True)
export.add_command(_table_command("tsv", "\t", ("deepl", "google", "amazon", "omegat")))


def regenerate_locales(entries: list[Any], out: Path, *, created: datetime | None = None) -> list[Path]:
    """Write PO and MO catalogs for every language of *entries* into *out*; English is the
    source for every language, German the source for English. Returns the files written."""
    from glossary.formats.mo import write_mo
    from glossary.formats.po import write_po

    langs = sorted({t.lang.split("-")[0] for e in entries for t in e.terms})
    written = []
    for lang in langs:
        source = "de" if lang == "en" else "en"
        po, mo = _catalog_path(out, lang, ".po"), _catalog_path(out, lang, ".mo")
        from glossary.atomic import make_parents

        make_parents(po)
        write_po(po, entries, source=source, target=lang, created=_created(created))
        write_mo(mo, entries, source=source, target=lang, created=_created(created))
        written += [po, mo]
    return written


@export.command("locales")
@glossary_option
@click.option("--out", type=click.Path(path_type=Path), default=Path("locales"), show_default=True)
@click.option("--date", type=_DATE, help="Creation date in the headers [default: 2000-01-01, reproducible].")
def locales(glossary_path: Path | None, out: Path, date: datetime | None) -> None:
    """Regenerate PO and MO catalogs for every language of the glossary (the repository's
    locales/): English source, German source for the English catalog."""
    for path in regenerate_locales(_entries(glossary_path), out, created=date):
        click.echo(str(path), err=True)


_FORMATS = {".tbx": "tbx", ".xml": "tbx", ".po": "po", ".pot": "po", ".mo": "mo", ".csv": "csv",
            ".tsv": "tsv", ".tab": "tsv", ".utf8": "tsv", ".txt": "tsv", ".yaml": "yaml", ".yml": "yaml",
            ".xlsx": "xlsx"}


@click.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--glossary", "glossary_target", type=click.Path(path_type=Path), envvar="TERMAID_GLOSSARY",
              help="The YAML glossary (file or directory) to merge into; created when missing "
              "[env: TERMAID_GLOSSARY].")
@click.option("--format", "fmt", type=click.Choice(["auto", "tbx", "po", "mo", "csv", "tsv", "xlsx", "yaml"]), default="auto",
              show_default=True, help="Input format [auto: from the file name].")
@click.option("--columns", help="Table columns, comma-separated: language tags or names, 'note', '-' to "
              "skip (e.g. en,de or en,de,note for OmegaT) [default: the header row's languages].")
@click.option("--header/--no-header", default=None,
              help="Whether the table's first row is a header (skipped when --columns names the columns) "
              "[default: it is when its cells are language tags or names: en,de / en-US,de-DE / "
              "English,Deutsch].")
@click.option("--encoding", help="Encoding of a CSV/TSV file, e.g. latin-1 or cp1252 for older OmegaT "
              "glossaries [default: the byte-order mark's (UTF-8, UTF-16, UTF-32), else UTF-8].")
@click.option("--accelerator", metavar="CHAR",
              help="Keyboard accelerator marker to take out of PO/MO terms: _ for GTK (S_ystem), & for Qt "
              "and Windows (&File); a doubled marker stays as one [default: none].")
@click.option("--source", "source_lang", type=LANG, help="Source language of a PO/MO file [default: its header, else en].")
@click.option("--target", "target_lang", type=LANG, help="Target language of a PO/MO file [default: its header].")
@click.option("--type", "entry_type", type=ENTRY_TYPE, default="concept", show_default=True,
              help="Entry type for new entries whose file does not say.")
@click.option("--prefer", type=click.Choice(["existing", "incoming"]), default="existing", show_default=True,
              help="Who wins a conflict: the glossary (conflicts are only listed) or the file.")
@click.option("--dry-run", is_flag=True, help="Show the diff; write nothing.")
@click.option("--lenient", is_flag=True, help="Skip invalid parts (listed) instead of refusing the file.")
@click.option("--max-size", type=click.IntRange(1), default=100, show_default=True, help="Largest file, in MiB.")
@click.option("--lock-timeout", type=click.FloatRange(0), default=None,
              help="Seconds to wait while another command writes the glossary, then give up "
              "(exit 2) [default: $TERMAID_LOCK_TIMEOUT, else 60].")
@json_option
def import_(file: Path, glossary_target: Path | None, fmt: str, columns: str | None, header: bool | None,
            encoding: str | None, accelerator: str | None, source_lang: str | None,
            target_lang: str | None, entry_type: str, prefer: str, dry_run: bool, lenient: bool,
            max_size: int, lock_timeout: float | None, as_json: bool) -> None:
    """Merge a TBX, PO, MO, CSV, TSV, XLSX or glossary YAML file into a YAML glossary.

    New entries are added, new variants join their entry (matched by id, or by a term
    they share), and conflicts are listed and left as the glossary has them unless
    --prefer incoming. Exit code 1 when conflicts were left, 2 on bad input (nothing is
    written then). A second import into the same glossary waits for the first
    (--lock-timeout) and then merges into what it wrote.

    \b
    Examples:
      termaid import de.po --glossary my.yaml --dry-run
      termaid import termbase.tbx --glossary my.yaml --prefer incoming
      termaid import terms.csv --glossary my.yaml --columns en,de
      termaid import old.utf8 --glossary my.yaml --columns en,de,note --encoding latin-1
      termaid import gtk-app.de.po --glossary my.yaml --accelerator _
      termaid import terms.xlsx --glossary my.yaml              # first sheet; header en, de
      termaid import new-variants.yaml --glossary my-glossary/   # reviewed align --suggest

    A glossary YAML file (such as the reviewed output of align --suggest) keeps its ids:
    an entry with a glossary entry's id joins that entry. A file with nothing to import
    (a PO template's header, a table's header row) exits 0 and writes nothing.
    """
    from glossary.formats import read_any
    from glossary.formats.merge import merge_into
    from glossary.model import EntryType

    if glossary_target is None:
        raise UsageError("name the glossary to import into: --glossary FILE.yaml (or set TERMAID_GLOSSARY)")
    if fmt == "auto":
        fmt = _FORMATS.get(file.suffix.lower(), "")
        if not fmt:
            raise UsageError(f"{file}: cannot tell the format from the name; pass --format")
    _check_options(fmt, header=header, encoding=encoding, accelerator=accelerator)
    imported = read_any(file, fmt=fmt, columns=columns.split(",") if columns else None,
                        source_lang=source_lang, target_lang=target_lang, entry_type=EntryType(entry_type),
                        strict=not lenient, max_bytes=max_size * 2**20, header=header, encoding=encoding,
                        accelerator=accelerator)
    if not imported.entries:
        _nothing(file, imported, as_json=as_json, dry_run=dry_run)
        return
    report = merge_into(glossary_target, imported, prefer="incoming" if prefer == "incoming" else "existing",
                        dry_run=dry_run, source_name=file.name, lock_timeout=lock_timeout)
    result = report.result
    for folder in report.created:
        click.echo(f"termaid: created folder {folder}", err=True)
    if as_json:
        emit_json({
            "file": str(file), "format": imported.format, "entries": len(imported.entries),
            "terms": imported.term_count, "languages": list(imported.languages),
            "added": list(result.added), "changed": [{"id": i, "what": list(w)} for i, w in result.changed],
            "conflicts": [{"id": c.entry_id, "what": c.what, "existing": c.existing, "incoming": c.incoming,
                           "where": str(c.origin) if c.origin else None,
                           "from": str(c.source) if c.source else None} for c in result.conflicts],
            "case_sensitive": list(result.case_sensitive),
            "warnings": [str(p) for p in (*imported.problems, *result.notes)],
            "files": list(report.files), "written": report.written, "dry_run": dry_run,
        })
    else:
        for problem in (*imported.problems, *result.notes):
            click.echo(f"termaid: warning: {problem}", err=True)
        if dry_run:
            click.echo(report.diff, nl=False)
        langs = ", ".join(imported.languages)
        click.echo(f"{file}: {len(imported.entries)} entries, {imported.term_count} terms ({langs}); "
                   f"{len(result.added)} added, {len(result.changed)} changed, "
                   f"{len(result.conflicts)} conflict{'s' if len(result.conflicts) != 1 else ''}"
                   f"{' resolved for the file' if result.resolved and result.conflicts else ''}"
                   f"{'; nothing written (dry run)' if dry_run else ''}", err=True)
        if result.case_sensitive:
            click.echo(f"kept apart as case-sensitive terms (the file has them in separate entries): "
                       f"{'; '.join(result.case_sensitive)}", err=True)
        for conflict in result.conflicts:
            click.echo(f"conflict: {conflict}", err=True)
        if result.conflicts and not result.resolved:
            click.echo("conflicts were left as the glossary has them; --prefer incoming takes the file's", err=True)
    if result.conflicts and not result.resolved:
        sys.exit(1)


def _check_options(fmt: str, *, header: bool | None, encoding: str | None, accelerator: str | None) -> None:
    """Refuse an import option the format does not take, rather than ignore it."""
    if header is not None and fmt not in ("csv", "tsv", "xlsx"):
        raise UsageError(f"--header/--no-header is for tables (csv, tsv, xlsx), not {fmt}")
    if encoding is not None:
        import codecs

        if fmt not in ("csv", "tsv"):
            raise UsageError(f"--encoding is for CSV and TSV files, not {fmt} (a PO file declares its charset)")
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise UsageError(f"--encoding: unknown encoding {encoding!r}") from None
    if accelerator is not None:
        if fmt not in ("po", "mo"):
            raise UsageError(f"--accelerator is for PO and MO catalogs, not {fmt}")
        if len(accelerator) != 1 or accelerator.isalnum() or accelerator.isspace():
            raise UsageError(f"--accelerator takes one character that is no letter, digit or space, "
                             f"not {accelerator!r}")


def _nothing(file: Path, imported: Any, *, as_json: bool, dry_run: bool) -> None:
    """Report a file that holds no entry (exit 0, nothing written)."""
    warnings = [str(p) for p in imported.problems]
    if as_json:
        emit_json({"file": str(file), "format": imported.format, "entries": 0, "terms": 0, "languages": [],
                   "added": [], "changed": [], "conflicts": [], "case_sensitive": [], "warnings": warnings,
                   "files": [], "written": False, "dry_run": dry_run})
        return
    for warning in warnings:
        click.echo(f"termaid: warning: {warning}", err=True)
    click.echo(f"{file}: nothing to import (no entries); the glossary is unchanged", err=True)
