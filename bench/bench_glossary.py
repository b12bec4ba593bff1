"""Benchmark of the glossary core at scale (issue 2), printing figures beside their peers.

Generates a 100k-entry glossary (300k variants) and measures, in one run:

- first compile of the YAML into the SQLite index vs PyYAML's CSafeLoader parsing the
  same files (target: at most 1.5x);
- a cold ``termaid lookup`` process on that glossary (median of 5) vs a bare
  ``python -c "import click"`` (target: at most 200 ms and at most 2.5x);
- exact lookup in the library (target: at most 50 us) and fuzzy suggestions (at most 30 ms);
- a cold ``termaid lookup`` on the shipped glossary too, for a listed term and an inflected
  one (target: at most 2.5x ``import click`` on both glossaries);
- the interactive lookup (issue 13): one query answered by an open session, in process
  and through ``termaid lookup``'s prompt on a pseudo-terminal, from typing Enter to the
  next prompt (target: median under 20 ms), on the shipped glossary and the large one.

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
    inflected = compiled["e4242"].terms[2].text + "s"  # a German name's genitive
    t_inflected = median_wall(termaid + ["lookup", inflected], env)
    shipped_env = {k: v for k, v in env.items() if k != "TERMAID_GLOSSARY"}
    median_wall(termaid + ["lookup", "Araghtschi"], shipped_env, runs=1)  # compiles it once
    t_shipped = median_wall(termaid + ["lookup", "Araghtschi"], shipped_env)
    t_shipped_inflected = median_wall(termaid + ["lookup", "Lawrows"], shipped_env)
    print(f'python -c "import click":         {t_click * 1000:7.1f} ms (median of 5)')
    print(f"cold termaid lookup (hit):        {t_lookup * 1000:7.1f} ms = {t_lookup / t_click:.2f}x import click (targets <= 200 ms, <= 2.5x)")
    print(f"cold termaid lookup (inflected):  {t_inflected * 1000:7.1f} ms = {t_inflected / t_click:.2f}x import click ({inflected!r})")
    print(f"cold termaid lookup (miss+fuzzy): {t_miss * 1000:7.1f} ms = {t_miss / t_click:.2f}x import click")
    print(f"shipped glossary, cold lookup:    {t_shipped * 1000:7.1f} ms = {t_shipped / t_click:.2f}x import click "
          f"(Araghtschi; target <= 2.5x)")
    print(f"shipped glossary, inflected:      {t_shipped_inflected * 1000:7.1f} ms = "
          f"{t_shipped_inflected / t_click:.2f}x import click (Lawrows)")

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
    big_queries = [inflected, queries[1], queries[2][:-2] + "xq", compiled["e77"].terms[0].text.split()[0]]
    for label, glossary_env, opened, asked in (
        ("shipped", shipped_env, open_glossary(cache=cache), SHIPPED_QUERIES),
        (f"{args.entries // 1000}k", env, compiled, big_queries),
    ):
        per_query = session_times(opened, asked)
        print(f"prompt, {label} glossary, in process: median {statistics.median(per_query) * 1000:5.2f} ms, "
              f"max {max(per_query) * 1000:5.2f} ms over {len(per_query)} answers (target: median < 20 ms)")
        typed = pty_times(termaid, glossary_env, asked)
        if typed:
            print(f"prompt, {label} glossary, Enter to next prompt on a pty: median "
                  f"{statistics.median(typed) * 1000:5.1f} ms, max {max(typed) * 1000:5.1f} ms "
                  f"over {len(typed)} queries (target: median < 20 ms)")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


#: Queries a translator types: listed, inflected, declined, inside a term, misspelt.
SHIPPED_QUERIES = ("Araghtschi", "Lawrows", "Kaspischen Meer", "ständigen Mitglieder", "Korridor",
                   "Guard Corps", "Lavrof", "Teheran", "Atomwaffen", "Hisbollah")


def session_times(glossary, queries, rounds: int = 5) -> list[float]:  # type: ignore[no-untyped-def]
    """Seconds per answer of a lookup session (lookup and its plain rendering)."""
    from termaid.cli._lookup_session import Session

    session = Session(glossary)
    for q in queries:
        session.plain(session.answer(q))  # the first answer of a kind loads its code
    times = []
    for _ in range(rounds):
        for q in queries:
            start = time.perf_counter()
            session.plain(session.answer(q))
            times.append(time.perf_counter() - start)
    return times


def pty_times(termaid: list[str], env: dict[str, str], queries, rounds: int = 3) -> list[float]:  # type: ignore[no-untyped-def]
    """Seconds from Enter to the next prompt of ``termaid lookup`` on a pseudo-terminal.

    The query is typed first and the screen left to settle (completions drawn); the clock
    runs from Enter until the next ``lookup>`` arrives, so it holds the lookup, the answer
    printed through rich and the prompt drawn again.
    """
    try:
        import pexpect
    except ImportError:
        print("(pexpect is not installed: the prompt on a pty is not measured)")
        return []
    child = pexpect.spawn(termaid[0], termaid[1:] + ["lookup"], dimensions=(50, 200),
                          env={**env, "TERM": "xterm-256color", "PROMPT_TOOLKIT_NO_CPR": "1"},
                          encoding="utf-8", timeout=60)
    child.delaybeforesend = None
    child.expect_exact("lookup>")

    def settle() -> None:
        try:
            while True:
                child.read_nonblocking(65536, timeout=0.2)
        except pexpect.TIMEOUT:
            return

    times = []
    for n in range(rounds + 1):
        for q in queries:
            child.send(q)
            settle()
            start = time.perf_counter()
            child.send("\r")
            child.expect_exact("lookup>")
            if n:  # the first round loads the code each kind of answer needs
                times.append(time.perf_counter() - start)
            settle()
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    return times

if __name__ == "__main__":
    main()
