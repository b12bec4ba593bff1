"""Export and import of a 100k-entry glossary: PO, TBX (v3 and v2) and CSV, beside polib
writing the same catalog and lxml parsing and serializing the same TBX, measured in one run.

    python bench/bench_exchange.py [--entries 100000]

Prints seconds for each step and our time divided by the peer's (below 1: faster).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from glossary.model import Entry, EntryType, Gender, Term, TermStatus, TermType

T = TypeVar("T")


def synthetic(n: int) -> list[Entry]:
    """*n* entries shaped like the shipped ones: 2 English and 3 German terms, a note."""
    out = []
    for i in range(n):
        out.append(Entry(
            f"entry-{i}", EntryType.PLACE if i % 3 else EntryType.PERSON,
            (Term(f"Place {i}", "en"), Term(f"Pl. {i}", "en", TermStatus.ADMITTED, TermType.ABBREVIATION),
             Term(f"Ort {i}", "de", gender=Gender.MASCULINE), Term(f"Ortschaft {i}", "de", TermStatus.ADMITTED),
             Term(f"Orth {i}", "de", TermStatus.DEPRECATED, note="old spelling")),
            note=f"Synthetic entry number {i} for the benchmark.",
            sources=(f"https://example.org/{i}",),
        ))
    return out


def timed(label: str, func: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    value = func()
    seconds = time.perf_counter() - start
    print(f"  {label:<44} {seconds:8.2f} s")
    return value, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    n = parser.parse_args().entries

    import polib
    from lxml import etree

    from glossary.formats.catalog import header_fields, messages_from_entries
    from glossary.formats.merge import merge_into
    from glossary.formats.po import generate_po, parse_po
    from glossary.formats.table import generate_table, parse_table, table_rows
    from glossary.formats.tbx import generate_tbx, parse_tbx

    entries = synthetic(n)
    print(f"{n} entries, {sum(len(e.terms) for e in entries)} terms")
    ratios = {}

    print("PO (en -> de)")
    po_text, ours = timed("termaid generate_po", lambda: "".join(generate_po(
        messages_from_entries(entries, source="en", target="de"), header=header_fields(source="en", target="de"))))

    def polib_write() -> str:
        pofile = polib.POFile()
        pofile.metadata = header_fields(source="en", target="de")
        for m in messages_from_entries(entries, source="en", target="de"):
            pofile.append(polib.POEntry(msgctxt=m.context, msgid=m.id, msgstr=m.string,
                                        comment="\n".join(m.comments)))
        return str(pofile)

    _, peer = timed("polib: build + write the same catalog", polib_write)
    ratios["PO export / polib write"] = ours / peer
    _, ours_read = timed("termaid parse_po", lambda: parse_po(po_text, name="bench.po"))
    _, peer_read = timed("polib: parse the same catalog", lambda: polib.pofile(po_text))
    ratios["PO import / polib parse"] = ours_read / peer_read

    print("TBX")
    tbx_text, ours = timed("termaid generate_tbx", lambda: "".join(generate_tbx(entries)))
    data = tbx_text.encode()
    print(f"  ({len(data) / 2**20:.0f} MiB)")
    imported, ours_read = timed("termaid parse_tbx (lxml, lines kept)", lambda: parse_tbx(data, name="bench.tbx"))
    tree, peer = timed("lxml: parse the same TBX", lambda: etree.fromstring(data, etree.XMLParser(huge_tree=True)))
    ratios["TBX import / lxml parse"] = ours_read / peer
    _, peer_write = timed("lxml: serialize the same TBX tree", lambda: etree.tostring(tree, encoding="UTF-8"))
    ratios["TBX export / lxml serialize"] = ours / peer_write
    v2_text, ours_v2 = timed("termaid generate_tbx, v2 (martif)", lambda: "".join(generate_tbx(entries, version=2)))
    ratios["TBX v2 export / lxml serialize"] = ours_v2 / peer_write
    _, ours_v2_read = timed("termaid parse_tbx, v2", lambda: parse_tbx(v2_text.encode(), name="bench.tbx"))
    ratios["TBX v2 import / lxml parse"] = ours_v2_read / peer

    print("CSV (DeepL, en -> de)")
    csv_text, _ = timed("termaid table_rows + generate_table",
                        lambda: generate_table(table_rows(entries, source="en", targets=("de",), flavor="deepl"), delimiter=","))
    timed("termaid parse_table", lambda: parse_table(csv_text, name="bench.csv", delimiter=",", columns=["en", "de"]))

    print("merge into a YAML glossary (read back and checked)")
    with tempfile.TemporaryDirectory() as tmp:
        timed("termaid merge_into, new file (TBX import)", lambda: merge_into(Path(tmp) / "g.yaml", imported))
        more = synthetic(n + 100)[n:]
        timed("termaid merge_into, 100 more into it", lambda: merge_into(Path(tmp) / "g.yaml", more))

    print("ratios (termaid / peer)")
    for label, ratio in ratios.items():
        print(f"  {label:<44} {ratio:8.2f}")


if __name__ == "__main__":
    main()
