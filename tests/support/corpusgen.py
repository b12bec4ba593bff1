"""A small deterministic English/German corpus for the corpus tests, in every input kind.

Documents name the shipped glossary's entities the ways wires do: preferred forms,
variants, inflected forms, other languages' forms and spellings the glossary lacks
(linked by transliteration). A few bad documents are mixed in, each kind of bad once.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

DE = [
    "Lawrow traf Araghchi am Montag in Teheran, wie das Ministerium mitteilte.",
    "Die Gespräche mit Sergej Lawrow sollen nach Angaben der Regierung weitergehen.",
    "Das Russland-Iran-Bündnis wird von der Hisbollah und den Huthis begrüßt.",
    "Putins Berater trafen Lawrows Sprecherin, die über die Sanktionen sprach.",
    "Gestern sprach Marija Zacharowa mit Massoud Peseschkijan über das Abkommen.",
    "Dmitri Peskow sagte, dass die Zusammenarbeit mit dem Iran nicht enden werde.",
]
EN = [
    "Lavrov met Araghtschi in Tehran on Monday, the ministry said in a statement.",
    "The talks with Sergey Lavrov will go on, according to the government of Iran.",
    "Hezbollah and the Houthis welcomed the Russia–Iran alliance at the meeting.",
    "Yesterday Maria Sacharova met Massud Pezeshkiyan to discuss the agreement.",
    "Putin's adviser said that the sanctions were not the end of the cooperation.",
    "Dmitri Peskow told reporters that the meeting with Lawrow was a success.",
]
SOURCES = ("dpa", "reuters", "tass")


def document(rng: random.Random, lang: str, sentences: int) -> str:
    pool = DE if lang == "de" else EN
    lines = []
    for _ in range(max(1, sentences // 4)):
        lines.append(" ".join(rng.choice(pool) for _ in range(4)))
    return "\n".join(lines) + "\n"


def documents(n: int, *, seed: int = 5, sentences: int = 12) -> list[dict[str, str]]:
    """*n* rows: id, source, text, and lang on two rows of three."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        lang = "de" if i % 2 else "en"
        row = {"id": f"doc-{i:05d}", "source": SOURCES[i % 3], "text": document(rng, lang, sentences)}
        if i % 3:
            row["lang"] = lang
        rows.append(row)
    return rows


def write_text_folder(folder: Path, n: int, *, seed: int = 5, sentences: int = 12) -> Path:
    """*n* text files in one folder per source, a CRLF file among them, and two bad files."""
    for row in documents(n, seed=seed, sentences=sentences):
        path = folder / row["source"] / f"{row['id']}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        text = row["text"].replace("\n", "\r\n") if row["id"].endswith("7") else row["text"]
        path.write_bytes(text.encode("utf-8"))
    (folder / "dpa" / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "tass" / "latin1.txt").write_bytes("Lawrow traf Araghchi in Moskau. Grüße".encode("latin-1"))
    return folder


def write_jsonl(path: Path, n: int, *, seed: int = 6, sentences: int = 12) -> Path:
    """*n* documents as JSON Lines, and four bad lines between them."""
    rows = [json.dumps(r, ensure_ascii=False).encode("utf-8") for r in documents(n, seed=seed, sentences=sentences)]
    bad = [b"{not json", b'{"id": "no-text", "lang": "en"}', b'["a list"]',
           b'{"id": "bad-utf8", "text": "Lawrow \xff\xfe"}']
    for k, line in enumerate(bad):
        rows.insert((k + 1) * len(rows) // (len(bad) + 1), line)
    path.write_bytes(b"\n".join(rows) + b"\n")
    return path


def write_parquet(path: Path, n: int, *, seed: int = 7, sentences: int = 12, row_group: int = 25) -> Path:
    """*n* documents as Parquet in row groups of *row_group* rows, one with a null text."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = documents(n, seed=seed, sentences=sentences)
    rows[n // 2] = {**rows[n // 2], "text": None}
    table = pa.Table.from_pylist(
        [{"id": r["id"], "source": r["source"], "lang": r.get("lang"), "text": r["text"]} for r in rows])
    pq.write_table(table, path, row_group_size=row_group)
    return path


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under *folder*, by relative path, with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}
