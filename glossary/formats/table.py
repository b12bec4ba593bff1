"""CSV and TSV glossaries for machine translation and CAT tools: :func:`write_table` writes
what :func:`table_rows` makes, :func:`read_table` reads any of them back.

Flavours, one row per (source term, target term) pair:

* ``deepl`` and ``google``: two columns, source then target, no header (both services
  take the first row as data); a source term occurs once.
* ``amazon``: a header of language codes, the source language first, then one column per
  target language (Amazon Translate custom terminology).
* ``omegat``: OmegaT's glossary, tab-separated: source term, target term, comment.

Every source variant of an entry maps to the preferred target term, so the machine
translation of any spelling comes out as the glossary wants it; an entry marked
do-not-translate without a target term maps to itself.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be run
as a formula by a spreadsheet that opens the file (CSV injection), so it is written with a
``'`` before it unless ``formula_guard=False`` (a machine translation service that needs
the raw term); :func:`parse_table` takes that quote off again and warns about raw ones.

>>> from glossary.model import Entry, EntryType, Term
>>> e = Entry("tehran", EntryType.PLACE, (Term("Tehran", "en"), Term("Teheran", "en"), Term("Teheran", "de")))
>>> table_rows([e], source="en", targets=("de",), flavor="deepl").rows
(('Tehran', 'Teheran'), ('Teheran', 'Teheran'))
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..equivalent import equivalent
from ..errors import Problem
from ..model import Entry, EntryType, Origin, Term, TermStatus, lang_matches
from ._common import (
    DEFAULT_MAX_BYTES,
    ImportResult,
    Source,
    UniqueIds,
    foreign_lang,
    gc_paused,
    read_input,
    slug_id,
    write_output,
)
from ._encoding import text_of
from ._table_header import NOTE, SKIP, header_columns, language_name, names_columns
from .errors import ExportError, ImportFormatError

__all__ = ["FLAVORS", "FORMULA_START", "Table", "generate_table", "guard_cell", "parse_rows",
           "parse_table", "read_table", "table_rows", "unguard_cell", "write_table"]

#: The table flavours :func:`table_rows` writes.
FLAVORS = ("deepl", "google", "amazon", "omegat")
#: First characters that make a spreadsheet read a cell as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def guard_cell(cell: str) -> str:
    """*cell* with a ``'`` before it when a spreadsheet would take it for a formula.

    >>> guard_cell("=1+1"), guard_cell("Teheran"), guard_cell("'=kept")
    ("'=1+1", 'Teheran', "'=kept")
    """
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def unguard_cell(cell: str) -> str:
    """The term :func:`guard_cell` (or a TSV's first column, for ``#``) wrote as *cell*."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith((*FORMULA_START, "#")) else cell


@dataclass(frozen=True, slots=True)
class Table:
    """Rows to write (header included), and the pairs left out with the reason why."""

    rows: tuple[tuple[str, ...], ...]
    skipped: tuple[str, ...] = ()


def _target(entry: Entry, source: Term, lang: str) -> str:
    """What *source* becomes in *lang* (:func:`~glossary.equivalent.equivalent`): a
    surname maps to a surname, so an MT glossary never turns "Putin" into a full name."""
    term = equivalent(entry, source, lang)
    if term is not None and lang_matches(term.lang, lang):
        return term.text
    return source.text if entry.do_not_translate else ""


def table_rows(entries: Iterable[Entry], *, source: str, targets: Sequence[str], flavor: str,
               variants: bool = True) -> Table:
    """The rows of a *flavor* table from *source* to *targets* (one, except for ``amazon``).

    With ``variants=False`` only preferred source terms are written.
    """
    if flavor not in FLAVORS:
        raise ExportError(f"unknown table flavour {flavor!r}; expected one of: {', '.join(FLAVORS)}")
    if not targets or (len(targets) > 1 and flavor != "amazon"):
        raise ExportError(f"the {flavor} format takes exactly one target language")
    rows: list[tuple[str, ...]] = [(source, *targets)] if flavor == "amazon" else []
    seen: dict[str, tuple[str, ...]] = {}
    skipped: list[str] = []
    for entry in entries:
        preferred = entry.preferred(source)
        sources = entry.terms_in(source) if variants else ((preferred,) if preferred else ())
        for term in sources:
            cells = tuple(_target(entry, term, t) for t in targets)
            if not any(cells):
                continue
            broken = next((t for t in (term.text, *cells) if _BREAKS.intersection(t)), None)
            if broken is not None:
                skipped.append(f"{entry.id}: term {broken!r} holds a tab or a line break, which "
                               "DeepL, Google, Amazon and OmegaT glossaries cannot hold")
                continue
            if term.text in seen:
                if seen[term.text] != cells:
                    skipped.append(f"{entry.id}: source term {term.text!r} already maps to "
                                   f"{' / '.join(seen[term.text])!r}")
                continue
            seen[term.text] = cells
            row = (term.text, *cells)
            if flavor == "omegat":
                row += (_comment(entry, term),)
            rows.append(row)
    return Table(tuple(rows), tuple(skipped))


#: Characters no table term may hold: a row is one line of cells.
_BREAKS = frozenset("\t\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")


def _comment(entry: Entry, term: Term) -> str:
    parts = [entry.type.value]
    if term.status.discouraged:
        parts.append(f"{term.status.value} source term")
    if entry.note:
        parts.append(entry.note)
    return "; ".join(" ".join(p.split()) for p in parts)


def generate_table(table: Table, *, delimiter: str, formula_guard: bool = True) -> str:
    """The text of *table*: RFC 4180 quoting for CSV; TSV cells must hold no tab or newline.
    With *formula_guard*, cells a spreadsheet would run get a leading ``'``."""
    if formula_guard:
        table = Table(tuple(tuple(guard_cell(c) for c in row) for row in table.rows), table.skipped)
    if delimiter == "\t":
        # a line that starts with # is a comment to OmegaT and to parse_table: quoted too
        table = Table(tuple((("'" + r[0]) if r and r[0].startswith("#") else r[0], *r[1:]) for r in table.rows),
                      table.skipped)
        for row in table.rows:
            for cell in row:
                if "\t" in cell or "\n" in cell or "\r" in cell:
                    raise ExportError(f"cannot write {cell!r} in TSV: it holds a tab or a line break")
        return "".join("\t".join(row) + "\n" for row in table.rows)
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(table.rows)
    return out.getvalue()


def write_table(file: Path | IO[bytes], entries: Iterable[Entry], *, source: str, targets: Sequence[str],
                flavor: str, delimiter: str = ",", variants: bool = True, formula_guard: bool = True) -> Table:
    """Write a *flavor* table (UTF-8, no byte-order mark) and return what was written."""
    if flavor == "omegat" and delimiter != "\t":
        raise ExportError("OmegaT glossaries are tab-separated: export them as tsv")
    table = table_rows(entries, source=source, targets=targets, flavor=flavor, variants=variants)
    data = generate_table(table, delimiter=delimiter, formula_guard=formula_guard).encode("utf-8")
    write_output(file, data)
    return table


def _records(text: str, *, name: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """The rows of a table that hold something, each with the line it starts on."""
    if delimiter == "\t":
        for number, line in enumerate(io.StringIO(text, newline=""), 1):
            stripped = line.rstrip("\r\n")
            if stripped.strip() and not stripped.startswith("#"):
                yield number, stripped.split("\t")
        return
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        start = 1
        for row in reader:
            if any(cell.strip() for cell in row):
                yield start, row
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ImportFormatError([Problem(name, reader.line_num, f"malformed CSV: {exc}")]) from None


def parse_table(
    text: str,
    *,
    name: str,
    delimiter: str,
    columns: Sequence[str] | None = None,
    header: bool | None = None,
    entry_type: EntryType = EntryType.CONCEPT,
    strict: bool = True,
    fmt: str = "csv",
) -> ImportResult:
    """Entries from the text of a table, one per row; rows whose target cells are all
    the same are one entry with several source variants (as :func:`table_rows` writes
    them). The columns are named by *columns* (language tags, ``note``, ``-`` to
    ignore), else by a header row of languages (Amazon Translate); see :func:`parse_rows`
    for *header*."""
    records = _records(text, name=name, delimiter=delimiter)  # read row by row, never all at once
    return parse_rows(records, name=name, columns=columns, header=header, entry_type=entry_type,
                      strict=strict, fmt=fmt, layout=f"{delimiter!r}-separated")


@gc_paused()  # rows become many acyclic objects: see glossary._gc
def parse_rows(
    records: Iterable[tuple[int, Sequence[str]]],
    *,
    name: str,
    columns: Sequence[str] | None = None,
    header: bool | None = None,
    entry_type: EntryType = EntryType.CONCEPT,
    strict: bool = True,
    fmt: str = "csv",
    layout: str = "','-separated",
) -> ImportResult:
    """Entries from the non-empty rows of a table, each with its line (or row) number: the
    rows of a CSV or TSV file (:func:`parse_table`) or of a spreadsheet (:mod:`.xlsx`), read
    alike and one at a time. *layout* describes the rows in messages.

    *header*: True, the first row is a header (skipped when *columns* are given); False, it
    is data; None, it is a header when its cells name languages (tags or language names in
    English or German, :func:`~._table_header.header_columns`), or, when *columns* are given,
    when it is made of column words (Weblate's "context,source,target",
    :func:`~._table_header.names_columns`; said in a warning).
    """
    problems: list[Problem] = []
    rows = iter(records)
    first = next(rows, None)
    if first is None:
        return ImportResult((), (Problem(name, 1, "no rows: nothing to import"),), frozenset(), fmt, ranked=False)
    named = header_columns(first[1]) if header is not False else None
    if columns is None:
        if named is None:
            shown = ", ".join(c.strip() for c in first[1])
            shown = shown if len(shown) <= 60 else shown[:57] + "..."
            if header is False:
                raise ImportFormatError([Problem(name, first[0], "with --no-header the columns are not named: "
                                                 "pass --columns, e.g. --columns en,de")])
            what = "the header" if header else "the first row"
            raise ImportFormatError([Problem(name, first[0], f"cannot tell the languages of the columns: {what} "
                                             f"({shown}) names no languages (language tags such as en, de-DE, or "
                                             "names such as English, Deutsch); pass --columns, e.g. --columns "
                                             "en,de (or en,de,note for OmegaT), and --header to skip that row")])
        columns = named
    worded = columns is not None and header is None and named is None and names_columns(first[1])
    if columns is not None and not (header or worded or (header is None and named is not None)):
        rows = itertools.chain([first], rows)
    kinds: list[str] = []
    for column in columns:
        if column in (NOTE, SKIP):
            kinds.append(column)
            continue
        try:
            kinds.append(foreign_lang(column))
        except ValueError as exc:
            named_lang = language_name(column)
            if named_lang is None:
                raise ImportFormatError([Problem(name, 1, f"column {column!r}: {exc}")]) from None
            kinds.append(named_lang)
    languages = [i for i, k in enumerate(kinds) if k not in (NOTE, SKIP)]
    if not languages:
        raise ImportFormatError([Problem(name, 1, f"the columns ({', '.join(columns)}) name no language: "
                                         "nothing to import; e.g. --columns en,de")])
    # cells after the second language may be left out (Amazon: a row with no term for its
    # last targets may end early); they are empty cells, no terms
    required = languages[min(1, len(languages) - 1)] + 1
    entries: dict[tuple[str, ...], list[Term]] = {}
    notes: dict[tuple[str, ...], str] = {}
    order: list[tuple[str, ...]] = []
    rows_at: dict[tuple[str, ...], int] = {}  # the row each entry was first read from
    types: dict[tuple[str, ...], EntryType] = {}  # the entry types comments name
    noted = NOTE in kinds
    formulas: list[int] = []
    blank = [i for i, k in enumerate(kinds) if k not in (NOTE, SKIP)]
    blanks: list[Problem] = []  # warnings, also when strict: the rest of the row is read
    for number, row in rows:
        if not required <= len(row) <= len(kinds):
            problems.append(Problem(name, number, f"row has {len(row)} cells, expected "
                                    f"{required if required == len(kinds) else f'{required} to {len(kinds)}'} "
                                    f"({layout}: {', '.join(columns)})"))
            continue
        for cell in row:
            if cell.startswith(FORMULA_START) and cell.strip():
                formulas.append(number)
                break
        if len(row) < len(kinds):
            row = [*row, *[""] * (len(kinds) - len(row))]
        cells = [" ".join(unguard_cell(c).split()) for c in row]
        for i in blank:
            if not cells[i] and row[i]:
                blanks.append(Problem(name, number, f"the {kinds[i]} cell holds only whitespace: no term"))
        terms = [(k, c) for k, c in zip(kinds, cells) if k not in (NOTE, SKIP) and c]
        if not terms:
            continue
        key = tuple(c for k, c in zip(kinds[1:], cells[1:]) if k not in (NOTE, SKIP))
        if not all(key) or key not in entries:
            key = key if all(key) else (f"\0{number}",)
            entries[key] = []
            order.append(key)
            rows_at[key] = number
        have = entries[key]
        kind, status, note = read_comment(next((c for k, c in zip(kinds, cells) if k == NOTE and c), None)) \
            if noted else (None, None, None)
        for lang, cell in terms:
            if not any(t.lang == lang and t.text == cell for t in have):
                position = sum(1 for t in have if t.lang == lang)
                if status is not None and lang == kinds[languages[0]]:  # the status a comment gave
                    have.append(Term(cell, lang, status=status))
                else:
                    have.append(Term(cell, lang) if position == 0 else Term(cell, lang, status=TermStatus.ADMITTED))
        if kind is not None:
            types.setdefault(key, kind)
        if note and key not in notes:
            notes[key] = note
    if problems and strict:
        raise ImportFormatError(problems)
    problems += blanks
    if worded:
        problems.append(Problem(name, first[0], f"first row {', '.join(first[1])!r} read as a header "
                                "(--no-header reads it as an entry)"))
    if formulas:
        problems.append(Problem(name, formulas[0], f"{len(formulas)} row(s) have a cell that starts like a "
                                "spreadsheet formula (= + - @), imported as text (first at this line); "
                                "check the file did not come from an unsafe export"))
    taken = UniqueIds()
    out = []
    typed = set()
    for key in order:
        terms_ = sorted(entries[key], key=lambda t: kinds.index(t.lang))
        entry_id = taken.take(slug_id(terms_[0].text))
        if key in types:
            typed.add(entry_id)
        out.append(Entry(entry_id, types.get(key, entry_type), tuple(terms_), note=notes.get(key),
                         origin=Origin(name, rows_at[key], row=True)))
    return ImportResult(tuple(out), tuple(problems), frozenset(typed), fmt, ranked=False)


def read_comment(cell: str | None) -> tuple[EntryType | None, TermStatus | None, str | None]:
    """The entry type, source term status and note in a comment as :func:`table_rows`
    writes it for OmegaT ("concept; deprecated source term; the note"); a comment that
    does not start with an entry type is all note.

    >>> read_comment("place; deprecated source term; Capital of Iran.")
    (<EntryType.PLACE: 'place'>, <TermStatus.DEPRECATED: 'deprecated'>, 'Capital of Iran.')
    >>> read_comment("person"), read_comment("a note; with a semicolon")
    ((<EntryType.PERSON: 'person'>, None, None), (None, None, 'a note; with a semicolon'))
    """
    if not cell:
        return None, None, None
    head, _, rest = cell.partition("; ")
    try:
        kind = EntryType(head)
    except ValueError:
        return None, None, cell
    status = None
    first, _, after = rest.partition("; ")
    if first.endswith(" source term") and first.removesuffix(" source term") in _DISCOURAGED_NAMES:
        status, rest = TermStatus(first.removesuffix(" source term")), after
    return kind, status, rest or None


_DISCOURAGED_NAMES = frozenset(s.value for s in TermStatus if s.discouraged)


def read_table(
    source: Source,
    *,
    delimiter: str,
    columns: Sequence[str] | None = None,
    header: bool | None = None,
    encoding: str | None = None,
    entry_type: EntryType = EntryType.CONCEPT,
    strict: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ImportResult:
    """Entries from a CSV or TSV file; see :func:`parse_table`. The encoding is the one a
    byte-order mark says (UTF-8, UTF-16, UTF-32), else *encoding*, else UTF-8
    (:func:`~._encoding.text_of`)."""
    data, name = read_input(source, max_bytes=max_bytes, empty_ok=True)
    text = text_of(data, name=name, encoding=encoding)
    return parse_table(text, name=name, delimiter=delimiter, columns=columns, header=header,
                       entry_type=entry_type, strict=strict, fmt="tsv" if delimiter == "\t" else "csv")

