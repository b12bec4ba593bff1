"""``termaid qa`` benchmark: quality and speed beside an exact-string checker, in one run.

    python bench/bench_qa.py [--units 10000] [--runs 5]

Quality: precision and recall of termaid qa and of the exact-string peer
(bench/exact_qa.py, a key-term check as CAT tools do it: whole words, no inflection,
each entry on its own) on the annotated quality set, tests/fixtures/qa/quality/ (tune,
the held-out parts, and all together), scored the same way (tests/qa/quality.py).

Speed: an XLIFF 1.2 file of N units (default 10,000) is generated from the English to
German pairs of the set (each unit made distinct by a reference number, the first word
wrapped in an inline ``<g>`` tag, shuffled with a fixed seed). Then, alternating runs,
median of R: reading the file (termaid's safe reader), the check of the read units by
termaid and by the peer, and termaid's whole job as a process (``python -m termaid qa
FILE --json``: start-up, glossary, reading, checking, JSON). The ratios come from one run;
the machine is shared, so read them rather than the seconds. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "qa"))
sys.path.insert(0, str(ROOT / "bench"))

import quality
from exact_qa import ExactChecker

from aligner.aligner import Aligner
from aligner.qa import Document, check_documents, read_document
from glossary import load_glossary

PARTS = ("tune", "holdout", "holdout2")


def _peer_checker(entries: list) -> Callable[[quality.Pair], list[quality.Found]]:  # type: ignore[type-arg]
    peers = {d: ExactChecker(entries, source_lang=d[0], target_lang=d[1])
             for d in (("en", "de"), ("de", "en"))}

    def check(pair: quality.Pair) -> list[quality.Found]:
        peer = peers[(pair.source_lang, pair.target_lang)]
        return [quality.Found(*f) for f in peer.check(pair.source, pair.target)]

    return check


def quality_table(entries: list) -> None:  # type: ignore[type-arg]
    termaid = quality.termaid_checker()
    peer = _peer_checker(entries)
    print("Quality on the annotated set (findings matched by pair, kind, entry, target text)")
    print(f"{'part':<10}{'pairs':>6}{'wanted':>8}  {'termaid P':>9} {'R':>6}   {'peer P':>7} {'R':>6}")
    everything: list[quality.Pair] = []
    for part in (*PARTS, "all"):
        pairs = quality.load(part) if part != "all" else everything
        everything += pairs if part != "all" else []
        t, p = quality.score(pairs, termaid), quality.score(pairs, peer)
        wanted = sum(len(x.expect) for x in pairs)
        print(f"{part:<10}{len(pairs):>6}{wanted:>8}  {t.precision:>9.3f} {t.recall:>6.3f}"
              f"   {p.precision:>7.3f} {p.recall:>6.3f}")
        for line in (*t.misses, *t.spurious):
            print(f"    termaid {'missed' if line in t.misses else 'spurious'}: {line}")
    print()


def _tagged(text: str, ref: str) -> str:
    """*text* escaped, its first word in an inline ``<g>``, a reference number after it."""
    head, _, rest = text.partition(" ")
    return f'<g id="1">{escape(head)}</g> {escape(rest)} ({ref})'


def make_xliff(path: Path, units: int, seed: int = 14) -> list[quality.Pair]:
    """An XLIFF 1.2 file of *units* en-de units; the pair each unit came from, in order."""
    pairs = [p for part in PARTS for p in quality.load(part) if p.source_lang == "en"]
    rng = random.Random(seed)
    chosen = [rng.choice(pairs) for _ in range(units)]
    out = [('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
            'xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file original="bench" '
            'datatype="plaintext" source-language="en" target-language="de"><body>\n')]
    for n, pair in enumerate(chosen, 1):
        out.append(f'<trans-unit id="{n}"><source>{_tagged(pair.source, f"ref. {n}")}</source>'
                   f'<target>{_tagged(pair.target, f"Ref. {n}")}</target></trans-unit>\n')
    out.append("</body></file></xliff>\n")
    path.write_text("".join(out), encoding="utf-8")
    return chosen


def _median_time(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def speed(units: int, runs: int, entries: list) -> None:  # type: ignore[type-arg]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.xlf"
        chosen = make_xliff(path, units)
        size = path.stat().st_size
        t = time.perf_counter()
        aligner = Aligner(entries).build()
        build = time.perf_counter() - t
        peer = ExactChecker(entries, source_lang="en", target_lang="de")
        doc: Document = read_document(path)
        texts = [(u.source.text, u.target.text if u.target else "") for u in doc.units]
        timings: dict[str, list[float]] = {"read": [], "termaid": [], "peer": [], "process": []}
        results: dict[str, object] = {}
        for _ in range(runs):
            timings["read"].append(_median_time(lambda: read_document(path)))
            t = time.perf_counter()
            results["termaid"] = check_documents([doc], aligner=aligner)
            timings["termaid"].append(time.perf_counter() - t)
            t = time.perf_counter()
            results["peer"] = [peer.check(s, g) for s, g in texts]
            timings["peer"].append(time.perf_counter() - t)
            t = time.perf_counter()
            proc = subprocess.run([sys.executable, "-m", "termaid", "qa", str(path), "--json"],
                                  check=False, capture_output=True)
            timings["process"].append(time.perf_counter() - t)
            assert proc.returncode in (0, 1), proc.stderr[-500:]
        med = {k: statistics.median(v) for k, v in timings.items()}
        print(f"Speed: XLIFF 1.2 of {units:,} units ({size / 2**20:.1f} MiB), median of {runs} "
              f"alternating runs")
        print(f"  glossary: {len(entries)} entries; aligner build {build:.2f} s (once)")
        print(f"  read the file (safe XML, inline codes)   {med['read']:7.2f} s")
        print(f"  termaid check of the units               {med['termaid']:7.2f} s "
              f"({units / med['termaid']:,.0f} units/s)")
        print(f"  exact-string peer, same units            {med['peer']:7.2f} s "
              f"({units / med['peer']:,.0f} units/s)")
        print(f"  termaid / peer (check)                   {med['termaid'] / med['peer']:7.2f}x")
        print(f"  termaid qa as a process (whole job)      {med['process']:7.2f} s")
        # the same findings as on the set, unit for unit: quality at scale
        termaid_found = {i: [] for i in range(units)}  # type: dict[int, list[quality.Found]]
        for i, unit in enumerate(results["termaid"].files[0].units):  # type: ignore[attr-defined]
            termaid_found[i] = [quality.Found(f.kind.value, f.entry_id or "",
                                              f.target.surface if f.target else None)
                                for f in unit.findings if f.kind.value in quality.KINDS]
        peer_found = {i: [quality.Found(*f) for f in fs]
                      for i, fs in enumerate(results["peer"])}  # type: ignore[arg-type]
        numbered = [quality.Pair(str(i), p.source_lang, p.target_lang, p.source, p.target, p.expect)
                    for i, p in enumerate(chosen)]
        t_score = quality.score(numbered, lambda p: termaid_found[int(p.id)])
        p_score = quality.score(numbered, lambda p: peer_found[int(p.id)])
        print(f"  on these units: termaid P {t_score.precision:.3f} R {t_score.recall:.3f}; "
              f"peer P {p_score.precision:.3f} R {p_score.recall:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--units", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    entries = list(load_glossary())
    quality_table(entries)
    speed(args.units, args.runs, entries)


if __name__ == "__main__":
    main()
