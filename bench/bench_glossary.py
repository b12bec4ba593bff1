"""Benchmark of the glossary core at scale (issue 2), printing figures beside their peers.

Generates a 100k-entry glossary (300k variants) and measures, in one run:

- first compile of the YAML into the SQLite index vs PyYAML's CSafeLoader parsing the
  same files (target: at most 1.5x);
- a cold ``termaid lookup`` process on that glossary (median of 5) vs a bare
  ``python -c "import click"`` (target: at most 200 ms and at most 2.5x);
- exact lookup in the library (target: at most 50 us) and fuzzy suggestions (at most 30 ms).

Run: ``python bench/bench_glossary.py [--entries 100000] [--keep DIR]``
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from glossary import load_glossary  # noqa: E402
from glossary.index import open_glossary  # noqa: E402

SYLLABLES = ("ka", "ra", "sch", "tsch", "mi", "lo", "gor", "va", "dsch", "ne", "bar", "zu", "pe",
             "kin", "ow", "sky", "ter", "al", "ham", "ed", "ri", "sa", "ko", "ya", "li", "mar")


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def generate(folder: Path, entries: int, *, files: int = 10, seed: int = 7) -> int:
    """Write *entries* entries with 3 variants each into *files* YAML files; returns variants."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    per_file = entries // files
    variants = 0
    n = 0
    for f in range(files):
        lines = ["# generated benchmark glossary", "entries:"]
        for _ in range(per_file):
            first, last = _name(rng, 2), _name(rng, 3)
            lines += [
                f"  - id: e{n}",
                "    type: person",
                f"    note: Generated entry number {n}.",
                "    terms:",
                f"      en: [{first} {last}{n}, {{term: {last}{n}, type: surname}}]",
                f"      de: [{first}e {last}{n}ow]",
            ]
            variants += 3
            n += 1
        (folder / f"part{f:02d}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return variants


def timed(func, *args, **kwargs):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    value = func(*args, **kwargs)
    return time.perf_counter() - start, value


def median_wall(cmd: list[str], env: dict[str, str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="keep the generated glossary here")
    args = parser.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="termaid-bench-"))
    gloss = work / "glossary"
    cache = work / "cache"
    shutil.rmtree(gloss, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    variants = generate(gloss, args.entries)
    size = sum(p.stat().st_size for p in gloss.iterdir())
    print(f"glossary: {args.entries} entries, {variants} variants, {size / 1e6:.1f} MB of YAML")

    def parse_all() -> None:
        for p in sorted(gloss.iterdir()):
            with open(p, "rb") as fh:
                yaml.load(fh, Loader=yaml.CSafeLoader)

    t_parse, _ = timed(parse_all)
    gc.disable()  # termaid pauses the collector while it reads; give the peer the same
    t_parse_nogc, _ = timed(parse_all)
    gc.enable()
    t_compile, compiled = timed(open_glossary, gloss, cache=cache)
    t_reopen, _ = timed(open_glossary, gloss, cache=cache)
    print(f"PyYAML CSafeLoader parse:         {t_parse:7.2f} s  (collector paused: {t_parse_nogc:.2f} s)")
    print(f"termaid first compile:            {t_compile:7.2f} s  = {t_compile / t_parse:.2f}x CSafeLoader, "
          f"{t_compile / t_parse_nogc:.2f}x CSafeLoader with the collector paused (target <= 1.5x)")
    print(f"termaid reopen (cache hit):       {t_reopen * 1000:7.1f} ms")

    env = {**os.environ, "TERMAID_CACHE_DIR": str(cache), "TERMAID_GLOSSARY": str(gloss)}
    script = Path(sys.executable).with_name("termaid")
    termaid = [str(script)] if script.exists() else [sys.executable, "-m", "termaid"]
    query = compiled["e4242"].terms[1].text
    median_wall(termaid + ["lookup", query], env, runs=1)  # make sure the OS cache is warm for both
    t_click = median_wall([sys.executable, "-c", "import click"], env)
    t_lookup = median_wall(termaid + ["lookup", query], env)
    t_miss = median_wall(termaid + ["lookup", "Qwxzyk"], env)
    print(f'python -c "import click":         {t_click * 1000:7.1f} ms (median of 5)')
    print(f"cold termaid lookup (hit):        {t_lookup * 1000:7.1f} ms = {t_lookup / t_click:.2f}x import click (targets <= 200 ms, <= 2.5x)")
    print(f"cold termaid lookup (miss+fuzzy): {t_miss * 1000:7.1f} ms = {t_miss / t_click:.2f}x import click")

    queries = [compiled[f"e{i}"].terms[i % 3].text for i in range(0, args.entries, max(1, args.entries // 1000))]
    for label, glossary in (("compiled (SQLite)", compiled), ("in memory", load_glossary(gloss))):
        glossary.lookup(queries[0])  # builds the in-memory index once
        first, _ = timed(glossary.lookup, "Qwxzykvbn")  # the first fuzzy query builds its blocks
        start = time.perf_counter()
        for q in queries:
            glossary.lookup(q, fuzzy=False)
        per = (time.perf_counter() - start) / len(queries)
        misspelt = [q[:-2] + "xq" for q in queries[:20]]
        start = time.perf_counter()
        for q in misspelt:
            glossary.lookup(q)
        fuzzy = (time.perf_counter() - start) / len(misspelt)
        print(f"library exact lookup, {label:18s} {per * 1e6:7.1f} us (target <= 50 us); "
              f"fuzzy with suggestions {fuzzy * 1000:6.1f} ms (target <= 30 ms; "
              f"first fuzzy query {first * 1000:.0f} ms)")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
