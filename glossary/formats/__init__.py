"""Exchange formats: gettext PO/MO, TBX, CSV/TSV tables, XLSX workbooks, glossary YAML, and
merging imports into YAML.

Each format is a pair of functions around an I/O-free core, as in Babel: ``write_po`` /
``read_po`` around ``generate_po`` / ``parse_po``, and so on. Readers take a
:class:`~pathlib.Path` or a binary file object and return an :class:`ImportResult`;
:func:`~glossary.formats.merge.merge_into` merges one into a YAML glossary.

Nothing here is imported by ``import glossary``: the formats pull in defusedxml, lxml and
ruamel.yaml, which a lookup never needs.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import EntryType
from ._common import DEFAULT_MAX_BYTES, ImportResult, Source
from .errors import (
    ExchangeError,
    ExportError,
    ImportFormatError,
    InputTooLargeError,
    MergeError,
    UnsafeXMLError,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ExchangeError",
    "ExportError",
    "ImportFormatError",
    "ImportResult",
    "InputTooLargeError",
    "MergeError",
    "UnsafeXMLError",
    "read_any",
]


def read_any(
    source: Source,
    *,
    fmt: str,
    columns: Sequence[str] | None = None,
    source_lang: str | None = None,
    target_lang: str | None = None,
    entry_type: EntryType = EntryType.CONCEPT,
    strict: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
    header: bool | None = None,
) -> ImportResult:
    """Read *source* as *fmt* (``tbx``, ``po``, ``mo``, ``csv``, ``tsv``, ``xlsx`` or ``yaml``).

    Terms and notes a glossary cannot hold (:mod:`glossary.textcheck`: control characters,
    invisible terms, look-alike letters of another script) are refused, or with
    ``strict=False`` dropped and listed. *encoding* is for CSV/TSV files without a
    byte-order mark (default UTF-8); other formats declare their own. *header* says
    whether a CSV/TSV/XLSX table starts with a header row (None: detected).
    """
    from ._common import check_texts, source_name

    return check_texts(_read(source, fmt=fmt, columns=columns, source_lang=source_lang,
                             target_lang=target_lang, entry_type=entry_type, strict=strict,
                             max_bytes=max_bytes, encoding=encoding, header=header), name=source_name(source), strict=strict)


def _read(
    source: Source,
    *,
    fmt: str,
    columns: Sequence[str] | None,
    source_lang: str | None,
    target_lang: str | None,
    entry_type: EntryType,
    strict: bool,
    max_bytes: int,
    encoding: str | None = None,
    header: bool | None = None,
) -> ImportResult:
    if fmt == "tbx":
        from .tbx import read_tbx

        return read_tbx(source, entry_type=entry_type, strict=strict, max_bytes=max_bytes)
    if fmt == "po":
        from .po import read_po

        return read_po(source, source_lang=source_lang, target_lang=target_lang, entry_type=entry_type,
                       strict=strict, max_bytes=max_bytes)
    if fmt == "mo":
        from .mo import read_mo

        return read_mo(source, source_lang=source_lang, target_lang=target_lang, entry_type=entry_type,
                       max_bytes=max_bytes)
    if fmt in ("csv", "tsv"):
        from .table import read_table

        return read_table(source, delimiter="," if fmt == "csv" else "\t", columns=columns,
                          entry_type=entry_type, strict=strict, max_bytes=max_bytes, encoding=encoding,
                          header=header)
    if fmt == "xlsx":
        from .xlsx import read_xlsx

        return read_xlsx(source, columns=columns, entry_type=entry_type, strict=strict, max_bytes=max_bytes)
    if fmt == "yaml":
        from .yamlfile import read_yaml

        return read_yaml(source, strict=strict, max_bytes=max_bytes)
    raise ValueError(f"unknown format {fmt!r}")
