"""The annotated sample texts: ``[[surface|entry-id|kind]]`` marks each mention.

kind is ``e`` (exact or variant spelling of a listed term), ``i`` (a listed term with an
inflection ending) or ``f`` (a spelling the glossary does not list: fuzzy). Used by the
quality tests and by bench/bench_aligner.py.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "aligner"
_MARK = re.compile(r"\[\[([^|\]]+)\|([a-z0-9-]+)\|([eif])\]\]")
KINDS = {"e": "exact", "i": "inflected", "f": "fuzzy"}


class Gold(NamedTuple):
    start: int
    end: int
    entry_id: str
    kind: str  # exact (exact or variant), inflected, fuzzy


def load_sample(lang: str) -> tuple[str, list[Gold]]:
    """The plain text of ``sample.<lang>.txt`` and its gold mentions."""
    marked = (FIXTURES / f"sample.{lang}.txt").read_text(encoding="utf-8")
    pieces: list[str] = []
    gold: list[Gold] = []
    last = 0
    size = 0
    for m in _MARK.finditer(marked):
        pieces.append(marked[last : m.start()])
        size += m.start() - last
        surface = m.group(1)
        gold.append(Gold(size, size + len(surface), m.group(2), KINDS[m.group(3)]))
        pieces.append(surface)
        size += len(surface)
        last = m.end()
    pieces.append(marked[last:])
    return "".join(pieces), gold


def score(found: list[tuple[int, int, str, str]], gold: list[Gold]) -> dict[str, dict[str, float]]:
    """Precision and recall per kind; *found* holds (start, end, entry id, kind) with kind
    exact/variant/inflected/fuzzy (variant counts as exact). A hit needs the exact span
    and entry."""
    norm = [(s, e, i, "exact" if k == "variant" else k) for s, e, i, k in found]
    gold_set = {(g.start, g.end, g.entry_id) for g in gold}
    found_set = {(s, e, i) for s, e, i, _ in norm}
    out: dict[str, dict[str, float]] = {}
    for kind in ("exact", "inflected", "fuzzy", "all"):
        g = [x for x in gold if kind in ("all", x.kind)]
        f = [x for x in norm if kind in ("all", x[3])]
        tp_r = sum((x.start, x.end, x.entry_id) in found_set for x in g)
        tp_p = sum((x[0], x[1], x[2]) in gold_set for x in f)
        out[kind] = {
            "gold": len(g),
            "found": len(f),
            "precision": tp_p / len(f) if f else 1.0,
            "recall": tp_r / len(g) if g else 1.0,
        }
    return out
