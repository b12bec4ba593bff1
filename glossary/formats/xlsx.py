"""Excel workbooks (XLSX, with openpyxl): the table of :mod:`.table`, one sheet, and back.

The form most glossaries reach translators in. :func:`write_xlsx` writes the rows
:func:`~.table.table_rows` makes, under a header row of language codes (and ``note`` for
the comment column of :func:`~.table.table_rows`'s ``omegat`` flavour); :func:`read_xlsx`
reads the first sheet's rows through the same code as a CSV file
(:func:`~.table.parse_rows`), so a workbook reads back exactly as the CSV of the same rows
does: that is its round-trip guarantee, and a test holds it to it.

Every cell is written as text, never as a formula, whatever it starts with ("=1+1" stays
those four characters: a term is no instruction to Excel). Read back, a number becomes its
digits ("7", not "7.0"), a date its ISO form, a formula its value as last computed. The file
is read safely: its size is checked before reading and, unpacked, may be at most ten times
the limit (a "zip bomb" is refused); openpyxl parses the XML with defusedxml. The workbook's
dates are fixed (2000-01-01) so that an export is reproducible.
"""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from ..errors import Problem
from ..model import Entry, EntryType
from ._common import DEFAULT_MAX_BYTES, ImportResult, Source, read_input, write_output
from ._table_header import NOTE
from .errors import ExportError, ImportFormatError
from .table import Table, parse_rows, table_rows

__all__ = ["generate_xlsx", "read_xlsx", "write_xlsx", "xlsx_table"]

#: The date a workbook says it was made and changed (exports are reproducible).
EPOCH = datetime.datetime(2000, 1, 1)
_EPOCH_W3C = EPOCH.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")
#: How many times its size a workbook may grow when unpacked.
MAX_RATIO = 10
SHEET = "glossary"


def xlsx_table(entries: Iterable[Entry], *, source: str, targets: Sequence[str], notes: bool = False,
               variants: bool = True) -> Table:
    """The rows of a workbook, header first: the ``amazon`` rows (a column per target) or,
    with *notes*, the ``omegat`` rows (one target and a comment) under a header."""
    if not notes:
        return table_rows(entries, source=source, targets=targets, flavor="amazon", variants=variants)
    table = table_rows(entries, source=source, targets=targets, flavor="omegat", variants=variants)
    return Table(((source, targets[0], NOTE), *table.rows), table.skipped)


def generate_xlsx(table: Table) -> bytes:
    """The bytes of a workbook holding *table* on one sheet, every cell text."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    for number, row in enumerate(table.rows, 1):  # before a workbook is begun
        for text in row:
            if ILLEGAL_CHARACTERS_RE.search(text):
                raise ExportError(f"row {number}: {text!r} has a control character XLSX cannot hold")
    book = Workbook(write_only=True)
    book.properties.creator = "termaid"
    book.properties.created = book.properties.modified = EPOCH
    sheet = book.create_sheet(SHEET)
    for row in table.rows:
        cells = []
        for text in row:
            cell = WriteOnlyCell(sheet, value=text)
            cell.data_type = "s"  # text, even "=1+1": never a formula
            cells.append(cell)
        sheet.append(cells)
    out = io.BytesIO()
    book.save(out)
    return _dated(out.getvalue())


def _dated(data: bytes) -> bytes:
    """The archive *data* with every member dated :data:`EPOCH` (the zip format stores the
    time each member was written, which would make no two exports alike)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, \
            zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=EPOCH.timetuple()[:6])
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = info.external_attr
            content = old.read(info)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the time of saving
                content = _MODIFIED.sub(rb"\g<1>" + _EPOCH_W3C + rb"\g<2>", content)
            new.writestr(member, content)
    return out.getvalue()


def write_xlsx(file: Path | IO[bytes], entries: Iterable[Entry], *, source: str, targets: Sequence[str],
               notes: bool = False, variants: bool = True) -> Table:
    """Write a workbook of *entries* (see :func:`xlsx_table`) and return what was written."""
    table = xlsx_table(entries, source=source, targets=targets, notes=notes, variants=variants)
    write_output(file, generate_xlsx(table))
    return table


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value)


def _unpacked_size(data: bytes, name: str, limit: int) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            size = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise ImportFormatError([Problem(name, None, "not an XLSX workbook (not a zip archive)")]) from None
    if size > limit:
        raise ImportFormatError([Problem(name, None, f"the workbook unpacks to {size / 2**20:.0f} MiB, more "
                                         f"than {MAX_RATIO} times the size limit: refused")])


def read_xlsx(
    source: Source,
    *,
    columns: Sequence[str] | None = None,
    header: bool | None = None,
    entry_type: EntryType = EntryType.CONCEPT,
    strict: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ImportResult:
    """Entries from the first sheet of a workbook, read as :func:`~.table.parse_rows` reads
    a table: the columns named by *columns*, else by a header row of languages. Row
    numbers in problems are the sheet's."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    data, name = read_input(source, max_bytes=max_bytes)
    _unpacked_size(data, name, MAX_RATIO * max_bytes)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, KeyError, ValueError, TypeError, SyntaxError, OSError,
            zipfile.BadZipFile) as exc:  # what openpyxl raises for a damaged workbook
        raise ImportFormatError([Problem(name, None, f"not a readable XLSX workbook: {exc}")]) from None
    try:
        if not book.worksheets:
            raise ImportFormatError([Problem(name, None, "the workbook has no sheet")])
        records: list[tuple[int, list[str]]] = []
        width = 0  # of the first row: empty cells after it are no cells (a sheet pads rows)
        for number, values in enumerate(book.worksheets[0].iter_rows(values_only=True), 1):
            cells = [_cell(v) for v in values]
            while cells and not cells[-1].strip():
                cells.pop()
            if not any(c.strip() for c in cells):
                continue
            width = width or len(cells)
            records.append((number, cells + [""] * (width - len(cells))))
    finally:
        book.close()
    return parse_rows(records, name=name, columns=columns, header=header, entry_type=entry_type,
                      strict=strict, fmt="xlsx", layout="sheet columns")
