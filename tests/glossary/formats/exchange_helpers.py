"""Helpers of the exchange-format tests."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from glossary.model import Entry
from glossary.serial import entry_to_dict

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "exchange" / "glossary.yaml"
#: Third-party samples beside the clone (CI has them; users do not).
SAMPLES = Path(__file__).resolve().parents[3] / ".." / "shared" / "samples"


def plain(entries: Iterable[Entry]) -> list[dict[str, object]]:
    """Entries as dicts without origins, definitions sorted: what a lossless round trip keeps."""
    out = []
    for e in entries:
        d = entry_to_dict(e, origin=False)
        if "definitions" in d:
            d["definitions"] = sorted(d["definitions"])
        out.append(d)
    return out
