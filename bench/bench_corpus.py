"""Corpus benchmark: termaid corpus on 1 and 2 workers (process pool and Dask), the Dask
path's overhead against one process, and the peak memory of a Dask worker.

    python bench/bench_corpus.py [--mb 200] [--entries 100000] [--workdir DIR] [--quick] [--only shipped|generated]

It generates a JSON Lines corpus of 5 KB documents (half English, half German, a name
every ~12 words: shipped-glossary names, in their forms, variants, inflections and
spellings the glossary lacks, and names of a generated 100k-entry glossary; a language
column on two documents of three, the rest detected), then measures in one run, with
``termaid corpus align`` through the library (``run_corpus``: plan, run, merge):

- the aligner's build, the first time and with its transliteration index stored (as the
  CLI keeps it in the cache folder: the figures below use the stored one);
- throughput against the shipped glossary and against a generated 100k-entry one, with
  1 worker (one process, no Dask), with 2 workers in a process pool, and with a local
  Dask cluster of 2 workers; the speed-up of 2 workers over 1 (the peer is the
  single-process path, in the same run);
- the Dask path's overhead per 5 KB document: one Dask worker against one process on
  the same partitions, the cluster already up and the aligner already on the worker
  (start-up, which a run pays once, is printed apart);
- peak RSS of each Dask worker (``VmHWM``) after a run over 50 MB and over the full
  corpus: it should not grow with the corpus.

The machine is shared with other work: beside each wall time, the CPU seconds of all
processes (driver and workers) tell what two free cores would give.

``--quick`` divides the sizes by 10. The machine is shared: the load average is printed
before and after; nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_aligner import DE_WORDS, EN_WORDS, make_entries

from aligner.aligner import Aligner
from aligner.corpus import CorpusRun, Mode, run_corpus
from aligner.corpus.runner import make_plan
from glossary import Entry, load_glossary

DOC = 5000  # characters per document
REPEAT = 5  # timed runs of each path for the overhead
#: Shipped-glossary names as wires write them: forms, variants, inflections, unlisted.
SHIPPED_DE = ["Lawrow", "Lawrows", "Sergej Lawrow", "Araghtschi", "Araghchi", "Hisbollah",
              "Huthis", "Russland-Iran-Bündnis", "Putins", "Teheran", "Peskow", "Marija Zacharowa",
              "Massoud Peseschkijan", "Sanktionen", "Moskau"]
SHIPPED_EN = ["Lavrov", "Lavrov's", "Sergey Lavrov", "Araghchi", "Hezbollah", "the Houthis",
              "Russia–Iran alliance", "Putin", "Tehran", "Dmitry Peskov", "Maria Sacharova",
              "Massud Pezeshkiyan", "sanctions", "Moscow", "Lawrow"]


def make_corpus(path: Path, mb: int, entries: list[Entry], seed: int = 3) -> int:
    """Write about *mb* MB of JSON Lines documents to *path*; returns the count."""
    rng = random.Random(seed)
    generated = {lang: [t.text for e in entries for t in e.terms if t.lang == lang]
                 for lang in ("en", "de")}
    n = 0
    size = 0
    with open(path, "w", encoding="utf-8") as f:
        while size < mb * 1_000_000:
            lang = "de" if n % 2 else "en"
            words, shipped = (DE_WORDS, SHIPPED_DE) if lang == "de" else (EN_WORDS, SHIPPED_EN)
            out: list[str] = []
            length = 0
            k = 0
            while length < DOC:
                k += 1
                if k % 12 == 6:
                    w = rng.choice(shipped) if rng.random() < 0.5 else rng.choice(generated[lang])
                else:
                    w = rng.choice(words)
                if k % 15 == 0:
                    w += "."
                out.append(w)
                length += len(w) + 1
            row = {"id": f"d{n}", "source": ("dpa", "reuters", "tass", "ap")[n % 4],
                   "text": " ".join(out)}
            if n % 3:
                row["lang"] = lang
            line = json.dumps(row, ensure_ascii=False) + "\n"
            f.write(line)
            size += len(line.encode("utf-8"))
            n += 1
    return n


def head(src: Path, dst: Path, mb: int) -> None:
    """The first *mb* MB of lines of *src*."""
    with open(src, "rb") as f, open(dst, "wb") as g:
        while g.tell() < mb * 1_000_000:
            line = f.readline()
            if not line:
                break
            g.write(line)


def loadavg() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended (the pool's and
    the local cluster's worker processes, once the run has closed them)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def timed_run(corpus: Path, out: Path, aligner: Aligner, **engine: object) -> tuple[float, float, float]:
    """Seconds, MB/s and CPU seconds (all processes) of ``corpus align`` with *engine*."""
    shutil.rmtree(out, ignore_errors=True)
    t, cpu = time.perf_counter(), _cpu()
    summary = run_corpus(CorpusRun(Mode.ALIGN, (str(corpus),), out, **engine), aligner)  # type: ignore[arg-type]
    seconds = time.perf_counter() - t
    return seconds, summary.bytes / 1e6 / seconds, _cpu() - cpu


def throughput(name: str, corpus: Path, work: Path, entries: list[Entry]) -> float:
    """Each engine starts from a fresh aligner, as a new ``termaid corpus`` process does
    (its caches of decisions on unknown words start empty in every worker)."""
    print(f"\n{name}: {len(entries):,} entries")
    store = work / "translit-store"  # as the CLI keeps it in the cache folder
    shutil.rmtree(store, ignore_errors=True)
    t = time.perf_counter()
    Aligner(entries, index_store=store).build()
    cold = time.perf_counter() - t
    t = time.perf_counter()
    Aligner(entries, index_store=store).build()
    again = time.perf_counter() - t
    stored = "with its transliteration index stored" if any(store.glob("translit-*")) else \
        "again (too few names to store the index)"
    print(f"  aligner build: {cold:.2f} s the first time, {again:.2f} s {stored} "
          "(once per worker, inside each figure)")
    one_s, one, one_cpu = timed_run(corpus, work / "one", Aligner(entries, index_store=store), workers=1)
    print(f"  1 worker, one process        {one_s:6.1f} s  {one:6.2f} MB/s  CPU {one_cpu:6.1f} s")
    for label, out, engine in (("process pool     ", "pool", {}),
                               ("Dask LocalCluster", "dask", {"scheduler": "local"})):
        secs, rate, cpu = timed_run(corpus, work / out, Aligner(entries, index_store=store), workers=2,
                                    **engine)
        print(f"  2 workers, {label} {secs:6.1f} s  {rate:6.2f} MB/s  CPU {cpu:6.1f} s  "
              f"speed-up {one_s / secs:.2f}x (on two free cores at most {2 * one_cpu / cpu:.2f}x)")
    same = all((work / d / "entities.json").read_bytes() == (work / "one" / "entities.json").read_bytes()
               for d in ("pool", "dask"))
    print(f"  entity tables identical across the three: {same}")
    return one


def dask_overhead(corpus: Path, work: Path, aligner: Aligner, docs: int) -> None:
    from aligner.corpus.daskrun import connect, run_dask, share_aligner
    from aligner.corpus.manifest import prepare_output
    from aligner.corpus.pool import run_inline

    print("\nDask overhead per 5 KB document (1 worker each, shipped glossary):")
    runs: dict[str, list[float]] = {"inline": [], "dask": []}
    run = CorpusRun(Mode.ALIGN, (str(corpus),), work / "over")
    plan, job = make_plan(run, aligner)
    shutil.rmtree(run.out, ignore_errors=True)
    prepare_output(run.out, plan, replace=False)
    t = time.perf_counter()
    with connect("local", workers=1) as client:
        up = time.perf_counter() - t
        t = time.perf_counter()
        share_aligner(client, aligner)
        client.run(lambda: None)
        shared = time.perf_counter() - t
        run_inline(plan.partitions, aligner, job, lambda p: None)  # warm both, untimed
        run_dask(plan.partitions, job, lambda p: None, client=client)
        for _ in range(REPEAT):  # in turns, so both see the same machine
            t = time.perf_counter()
            run_inline(plan.partitions, aligner, job, lambda p: None)
            runs["inline"].append(time.perf_counter() - t)
            t = time.perf_counter()
            run_dask(plan.partitions, job, lambda p: None, client=client)
            runs["dask"].append(time.perf_counter() - t)
    inline, dask = (statistics.median(v) for v in runs.values())
    print(f"  start-up, once per run: cluster {up:.2f} s, aligner to the worker and built {shared:.2f} s")
    print(f"  one process {inline:.2f} s, Dask {dask:.2f} s (medians of {REPEAT} in turns, warm, {docs:,} documents, "
          f"{len(plan.partitions)} partitions)")
    print(f"  per document: one process {inline / docs * 1e6:.0f} us, Dask {dask / docs * 1e6:.0f} us; "
          f"overhead {(dask - inline) / docs * 1e6:+.1f} us = {100 * (dask - inline) / inline:+.2f}%")


def worker_rss(corpus: Path, out: Path, aligner: Aligner) -> list[float]:
    from aligner.corpus.daskrun import connect, run_dask, share_aligner
    from aligner.corpus.manifest import prepare_output

    run = CorpusRun(Mode.NORMALIZE, (str(corpus),), out)
    plan, job = make_plan(run, aligner)
    shutil.rmtree(out, ignore_errors=True)
    prepare_output(out, plan, replace=False)
    with connect("local", workers=2) as client:
        share_aligner(client, aligner)
        run_dask(plan.partitions, job, lambda p: None, client=client)
        peaks = client.run(_peak_rss)
    return sorted(peaks.values())


def _peak_rss() -> float:
    """This process's peak RSS in MB: VmHWM, which starts anew at exec (ru_maxrss would
    carry the parent's peak into a spawned worker)."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=int, default=200)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/termaid-bench-corpus"))
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", choices=("shipped", "generated"),
                        help="measure throughput with one glossary only, and skip the overhead "
                             "and memory parts when it is the generated one")
    args = parser.parse_args()
    mb, entries = (args.mb // 10, args.entries // 10) if args.quick else (args.mb, args.entries)
    work: Path = args.workdir
    work.mkdir(parents=True, exist_ok=True)
    print(f"cpus {os.cpu_count()}, load average {loadavg()}")
    big_glossary = make_entries(entries)
    corpus = work / f"corpus-{mb}mb.jsonl"
    t = time.perf_counter()
    if not corpus.exists():
        tmp = corpus.with_suffix(".tmp")
        make_corpus(tmp, mb, big_glossary[:20_000])
        tmp.rename(corpus)
    with open(corpus, "rb") as f:
        docs = sum(1 for _ in f)
    print(f"corpus: {corpus.stat().st_size / 1e6:.0f} MB, {docs:,} documents of ~5 KB "
          f"({time.perf_counter() - t:.1f} s to make or find)")

    shipped_entries = list(load_glossary())
    one = 0.0
    if args.only != "generated":
        one = throughput("shipped glossary", corpus, work, shipped_entries)
    if args.only != "shipped":
        throughput("generated glossary", corpus, work, big_glossary)
    if args.only:
        print(f"load average {loadavg()}")
        return
    shipped = Aligner(shipped_entries).build()

    small = work / "corpus-50mb.jsonl" if not args.quick else work / "corpus-5mb.jsonl"
    head(corpus, small, 50 if not args.quick else 5)
    with open(small, "rb") as f:
        sub_docs = sum(1 for _ in f)
    dask_overhead(small, work, shipped, sub_docs)

    print("\npeak RSS per Dask worker (normalize, shipped glossary, 2 workers):")
    low = worker_rss(small, work / "rss-small", shipped)
    high = worker_rss(corpus, work / "rss-large", shipped)
    print(f"  {small.stat().st_size / 1e6:.0f} MB corpus: {', '.join(f'{x:.0f} MB' for x in low)}")
    print(f"  {corpus.stat().st_size / 1e6:.0f} MB corpus: {', '.join(f'{x:.0f} MB' for x in high)}"
          f"  (ratio of the largest {max(high) / max(low):.2f})")

    print(f"\nper-worker throughput (shipped glossary, one process): {one:.2f} MB/s; "
          f"1 TB on N such workers: {1e6 / one / 3600:.0f} worker-hours, "
          f"{1e6 / one / 3600 / 64:.1f} h on 64")
    print(f"load average {loadavg()}")


if __name__ == "__main__":
    main()
