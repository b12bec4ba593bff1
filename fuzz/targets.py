"""One fuzz target per reader: glossary YAML, TBX, PO, MO, CSV, TSV and input text. Each
takes bytes and may raise only :class:`glossary.TermaidError`; the seeds are files
termaid's own writers make from the test glossary."""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import cache
from pathlib import Path

from glossary.model import Entry

ROOT = Path(__file__).resolve().parents[1]
GLOSSARY = ROOT / "tests" / "fixtures" / "glossary" / "mini.yaml"


@cache
def _entries() -> list[Entry]:
    from glossary import load_glossary

    return list(load_glossary(GLOSSARY))


@cache
def _aligner() -> object:
    from aligner import Aligner

    return Aligner(_entries())


def yaml_target(data: bytes) -> None:
    from glossary.loader import read_entries
    from glossary.termbase import check_entries

    entries, _ = read_entries(data, name="fuzz.yaml")
    check_entries(entries)


def tbx_target(data: bytes) -> None:
    from glossary.formats import read_any

    read_any(io.BytesIO(data), fmt="tbx", strict=False)


def po_target(data: bytes) -> None:
    from glossary.formats import read_any

    read_any(io.BytesIO(data), fmt="po", strict=False, target_lang="de")


def mo_target(data: bytes) -> None:
    from glossary.formats import read_any

    read_any(io.BytesIO(data), fmt="mo")


def csv_target(data: bytes) -> None:
    from glossary.formats import read_any

    read_any(io.BytesIO(data), fmt="csv", strict=False)


def tsv_target(data: bytes) -> None:
    from glossary.formats import read_any

    read_any(io.BytesIO(data), fmt="tsv", strict=False, columns=["en", "de", "note"])


def text_target(data: bytes) -> None:
    """Input text as ``termaid normalize`` and ``check`` read it: UTF-8, streamed."""
    from aligner.check import check_stream
    from aligner.errors import InputError
    from aligner.stream import stream_normalize

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8: {exc.reason}") from None
    aligner = _aligner()
    for lang in ("de", "en"):
        for _ in stream_normalize(io.StringIO(text), aligner, lang=lang, chunk_size=64):  # type: ignore[arg-type]
            pass
        check_stream(aligner, io.StringIO(text), lang=lang, chunk_size=64)  # type: ignore[arg-type]


def _seed_yaml() -> list[bytes]:
    return [GLOSSARY.read_bytes(), (ROOT / "tests" / "fixtures" / "exchange" / "glossary.yaml").read_bytes()]


def _groups() -> list[list[Entry]]:
    """The whole test glossary, and each entry alone: small seeds put the edits on the
    fields that matter more often."""
    import dataclasses

    return [_entries(), *([dataclasses.replace(e, related=())] for e in _entries())]


def _seed_tbx() -> list[bytes]:
    from glossary.formats.tbx import generate_tbx

    return ["".join(generate_tbx(group)).encode() for group in _groups()]


def _seed_po() -> list[bytes]:
    from glossary.formats.po import write_po

    out = []
    for group in _groups():
        buf = io.BytesIO()
        write_po(buf, group, source="en", target="de")
        out.append(buf.getvalue())
    return out


def _seed_mo() -> list[bytes]:
    from glossary.formats.mo import write_mo

    out = []
    for group in _groups():
        buf = io.BytesIO()
        write_mo(buf, group, source="en", target="de")
        out.append(buf.getvalue())
    return out


def _seed_table(delimiter: str, flavor: str) -> list[bytes]:
    from glossary.formats.table import generate_table, table_rows

    return [generate_table(table_rows(group, source="en", targets=("de",), flavor=flavor),
                           delimiter=delimiter).encode() for group in _groups()]


def _seed_text() -> list[bytes]:
    folder = ROOT / "tests" / "fixtures" / "aligner"
    return [p.read_bytes()[:4000] for p in sorted(folder.glob("sample.*.txt"))]


#: name -> (target, seeds).
TARGETS: dict[str, tuple[Callable[[bytes], None], Callable[[], list[bytes]]]] = {
    "yaml": (yaml_target, _seed_yaml),
    "tbx": (tbx_target, _seed_tbx),
    "po": (po_target, _seed_po),
    "mo": (mo_target, _seed_mo),
    "csv": (csv_target, lambda: _seed_table(",", "amazon")),
    "tsv": (tsv_target, lambda: _seed_table("\t", "omegat")),
    "text": (text_target, _seed_text),
}
