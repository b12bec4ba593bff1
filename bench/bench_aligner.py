"""Aligner benchmark: find throughput beside pyahocorasick and flashtext, build cost,
fuzzy cost, scaling with glossary size, and precision/recall on the annotated samples.

    python bench/bench_aligner.py [--entries 100000] [--mb 10] [--quick]

It generates a glossary of N entries with 3 variants each (names, multi-word names,
German compounds, acronyms; English and German) and a mixed English/German corpus with
a mention every ~10 words, then measures in one run:

- termaid ``Aligner.find`` (fuzzy off) over the corpus, best of 3 (the first call, with
  every cache of the aligner cold, is printed too);
- pyahocorasick alone: raw, case-sensitive matching of the same variants over the same
  text with ``iter_long`` and a word-boundary check in Python, collecting spans; best of 3;
- flashtext ``extract_keywords(span_info=True)`` with the same variants; best of 3;
- matcher build time and memory beside pyahocorasick's automaton of the raw variants:
  RSS growth, and traced allocations (tracemalloc sees Python's allocator only: not the
  Rust automaton of ahocorasick-rs, nor pyahocorasick's C nodes; RSS sees both);
- fuzzy linking on the same corpus (no unknown names: its cost over fuzzy off), and its
  cost per unknown capitalised token (fresh aligners, fuzzy on against off, on a corpus
  with distinct unknown names: on first sight, and once decided);
- throughput for 1k, 10k and 100k entries;
- precision and recall of exact, inflected and fuzzy linking on tests/fixtures/aligner.

``--quick`` divides the sizes by 10. Figures depend on the machine and on what else runs
on it: read the ratios, which come from one run. Nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import random
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from aligner.aligner import Aligner
from glossary import Entry, EntryType, Term, TermStatus, load_glossary

SYL = ["ka", "ro", "mi", "za", "ne", "lu", "tar", "vos", "dim", "bek", "sha", "ju", "len",
       "ov", "ir", "an", "gor", "pes", "chi", "zak", "har", "rus", "tel", "mon", "dra"]
DE_WORDS = ["der", "die", "das", "und", "mit", "von", "für", "auf", "nach", "gegen", "über", "sagte", "hat", "wird", "ist", "sind", "auch", "nicht", "Regierung", "Gespräche", "Treffen", "Bericht", "Woche", "Minister", "Abkommen", "Staaten", "Zusammenarbeit", "Wirtschaft", "heute", "gestern", "wieder", "sollen", "können"]
EN_WORDS = ["the", "and", "of", "to", "in", "with", "for", "on", "after", "against", "about", "said", "has", "will", "is", "are", "also", "not", "government", "talks", "meeting", "report", "week", "minister", "agreement", "states", "cooperation", "economy", "today", "yesterday", "again", "should", "could"]


def _word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(SYL) for _ in range(n))


def make_entries(n: int, seed: int = 7) -> list[Entry]:
    """*n* entries with three variants each: an English and a German spelling, and one more."""
    rng = random.Random(seed)
    entries = []
    seen: set[str] = set()
    while len(entries) < n:
        kind = rng.random()
        base = _word(rng, rng.randint(2, 4)).capitalize()
        if base.casefold() in seen:
            continue
        seen.add(base.casefold())
        i = len(entries)
        if kind < 0.5:  # a person: full name, surname, German transliteration
            first = _word(rng, 2).capitalize()
            terms = (Term(f"{first} {base}", "en"), Term(base, "en"),
                     Term(f"{first} {base.replace('v', 'w').replace('sh', 'sch')}", "de"))
            etype = EntryType.PERSON
        elif kind < 0.8:  # a German compound with hyphens, its English phrase, a variant
            other = _word(rng, 2)
            terms = (Term(f"{base} {other} alliance", "en"),
                     Term(f"{base}-{other.capitalize()}-Bündnis", "de"),
                     Term(f"{base}-{other.capitalize()}-Allianz", "de", TermStatus.ADMITTED))
            etype = EntryType.CONCEPT
        else:  # an organisation with an acronym
            acro = "".join(rng.choice("ABCDEFGHKLMNPRSTUVZ") for _ in range(rng.randint(3, 5)))
            terms = (Term(f"{base} Organisation", "en"), Term(acro, "en"),
                     Term(f"{base}-Organisation", "de"))
            etype = EntryType.ORGANIZATION
        entries.append(Entry(f"e{i}", etype, terms))
    return entries


def make_corpus(entries: list[Entry], size: int, seed: int = 11, *, unknown: int = 0) -> str:
    """About *size* characters of mixed EN/DE paragraphs, a mention every ~10 words.

    German paragraphs inflect some names (-s, -en); *unknown* capitalised names that no
    entry lists are sprinkled in (for the fuzzy cost).
    """
    rng = random.Random(seed)
    variants = [(t.text, t.lang) for e in entries for t in e.terms]
    parts: list[str] = []
    total = 0
    unknown_names = [_word(rng, 3).capitalize() + "ek" for _ in range(max(unknown, 1))]
    placed = 0
    while total < size:
        de = rng.random() < 0.5
        words = DE_WORDS if de else EN_WORDS
        sentences = []
        for _ in range(rng.randint(3, 6)):
            sent = []
            for k in range(rng.randint(12, 22)):
                if k % 10 == 5:
                    text, lang = rng.choice(variants)
                    if de and lang == "de" and rng.random() < 0.3 and not text.isupper():
                        text += rng.choice(["s", "es", "en"])
                    sent.append(text)
                elif unknown and placed < unknown and k % 10 == 8:
                    sent.append(unknown_names[placed % len(unknown_names)])
                    placed += 1
                else:
                    sent.append(rng.choice(words))
            s = " ".join(sent)
            sentences.append(s[0].upper() + s[1:] + rng.choice([".", ".", "!", "?"]))
        para = " ".join(sentences)
        if de:
            para = para.replace(" gegen ", " – gegen ", 1)
        parts.append(para)
        total += len(para) + 2
    return "\n\n".join(parts)


def timed(fn, repeat: int = 3):  # type: ignore[no-untyped-def]
    best = float("inf")
    result = None
    for _ in range(repeat):
        gc.collect()
        t = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t)
    return best, result


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 1e6


def build_measure(fn, trace: bool = True):  # type: ignore[no-untyped-def]
    """Build twice: timed with RSS growth, then again under tracemalloc (slower)."""
    gc.collect()
    before = rss_mb()
    t = time.perf_counter()
    obj = fn()
    elapsed = time.perf_counter() - t
    grown = rss_mb() - before
    if not trace:
        return obj, elapsed, 0.0, grown
    gc.collect()
    tracemalloc.start()
    again = fn()
    traced = tracemalloc.get_traced_memory()[0] / 1e6
    tracemalloc.stop()
    del again
    return obj, elapsed, traced, grown


def ac_raw(variants: list[str]):  # type: ignore[no-untyped-def]
    import ahocorasick

    a = ahocorasick.Automaton()
    for i, v in enumerate(variants):
        a.add_word(v, (i, len(v)))
    a.make_automaton()
    return a


def ac_find(automaton, text: str) -> list[tuple[int, int, int]]:  # type: ignore[no-untyped-def]
    out = []
    n = len(text)
    for end, (i, length) in automaton.iter_long(text):
        start = end - length + 1
        if start > 0 and text[start - 1].isalnum():
            continue
        if end + 1 < n and text[end + 1].isalnum():
            continue
        out.append((start, end + 1, i))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--entries", type=int, default=100_000)
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--quick", action="store_true", help="1/10 of the sizes, for a smoke run")
    args = ap.parse_args()
    n, size = args.entries, int(args.mb * 1_000_000)
    if args.quick:
        n, size = n // 10, size // 10

    print(f"# termaid aligner benchmark: {n} entries, {size / 1e6:.1f} MB corpus, Python {sys.version.split()[0]}")
    entries = make_entries(n)
    variants = [t.text for e in entries for t in e.terms]
    corpus = make_corpus(entries, size)
    print(f"glossary: {len(entries)} entries, {len(variants)} variants; corpus {len(corpus) / 1e6:.1f} M chars")

    aligner, t_build, mem_traced, mem_rss = build_measure(lambda: Aligner(entries, fuzzy=False).build())
    print(f"\n## build\ntermaid matcher: {t_build:.2f} s, {aligner.matcher.patterns} patterns, "
          f"traced {mem_traced:.0f} MB, RSS +{mem_rss:.0f} MB  (target <= 10 s)")
    raw, t_raw, raw_traced, raw_rss = build_measure(lambda: ac_raw(variants))
    print(f"pyahocorasick raw automaton: {t_raw:.2f} s, traced {raw_traced:.0f} MB, RSS +{raw_rss:.0f} MB")

    mb = len(corpus) / 1e6
    gc.collect()
    t = time.perf_counter()
    aligner.find(corpus, lang="de")
    t_cold = time.perf_counter() - t
    t_find, mentions = timed(lambda: aligner.find(corpus, lang="de"))
    t_ac, spans = timed(lambda: ac_find(raw, corpus))
    print(f"\n## find throughput (same text and variants for all; best of 3)\n"
          f"termaid find (fuzzy off): {t_find:.3f} s = {mb / t_find:.1f} MB/s, "
          f"{len(mentions)} mentions (first call, cold caches: {t_cold:.3f} s)")
    print(f"pyahocorasick raw + boundary check: {t_ac:.3f} s = {mb / t_ac:.1f} MB/s, {len(spans)} spans")
    print(f"ratio termaid / pyahocorasick throughput: {t_ac / t_find:.2f}x  (target >= 0.5x)")
    if importlib.util.find_spec("flashtext") is not None:
        from flashtext import KeywordProcessor

        kp = KeywordProcessor()
        kp.add_keywords_from_list(variants)
        t_ft, ft = timed(lambda: kp.extract_keywords(corpus, span_info=True))
        print(f"flashtext: {t_ft:.3f} s = {mb / t_ft:.1f} MB/s, {len(ft)} keywords")
        print(f"ratio termaid / flashtext throughput: {t_ft / t_find:.2f}x  (target >= 3x)")


    print("\n## fuzzy linking")
    fuzzy, t_fbuild, _, _ = build_measure(lambda: Aligner(entries, fuzzy=True).build(), trace=False)
    print(f"build with the transliteration index: {t_fbuild:.2f} s")
    gc.collect()
    t = time.perf_counter()
    fuzzy.find(corpus, lang="de")
    t_fz_cold = time.perf_counter() - t
    # on and off in turns, so that both meet the same load of the machine
    best_on = best_off = float("inf")
    found: tuple = ()  # type: ignore[type-arg]
    for _ in range(3):
        t_off, _unused = timed(lambda: aligner.find(corpus, lang="de"), repeat=1)
        t_on, found = timed(lambda: fuzzy.find(corpus, lang="de"), repeat=1)
        best_off, best_on = min(best_off, t_off), min(best_on, t_on)
    print(f"no unknown names: fuzzy on {best_on:.3f} s vs off {best_off:.3f} s, in turns, best of 3 "
          f"({(best_on / best_off - 1) * 100:+.1f}%; first call {t_fz_cold:.3f} s vs {t_cold:.3f} s), "
          f"{sum(m.match.value == 'fuzzy' for m in found)} fuzzy mentions")
    unknown = max(size // 5000, 20)
    corpus_u = make_corpus(entries, size // 10, seed=5, unknown=unknown)
    cold, warm = {}, {}
    for on in (False, True):  # fresh aligners: every cache cold on the first call
        fresh = Aligner(entries, fuzzy=on).build()
        gc.collect()
        t = time.perf_counter()
        fresh.find(corpus_u, lang="de")
        cold[on] = time.perf_counter() - t
        warm[on], ms = timed(lambda fresh=fresh: fresh.find(corpus_u, lang="de"))
        del fresh
    linked = sum(m.match.value == "fuzzy" for m in ms)
    print(f"{unknown} unknown capitalised names (distinct) in {len(corpus_u) / 1e6:.1f} MB, "
          f"{linked} linked: {(cold[True] - cold[False]) / unknown * 1e6:.0f} us per unknown "
          f"token on first sight, {(warm[True] - warm[False]) / unknown * 1e6:.0f} us once decided")


    print("\n## scaling (fuzzy off, 1 MB corpus mentioning the glossary used; "
          "pyahocorasick raw on the same variants and text beside it)")
    for k in (1_000, 10_000, 100_000):
        if k > n:
            break
        sub = entries[:k]
        al = Aligner(sub, fuzzy=False).build()
        text = make_corpus(sub, 1_000_000, seed=3)
        al.find(text, lang="de")  # the per-term caches, as in the find figures above
        t, ms = timed(lambda al=al, text=text: al.find(text, lang="de"))
        peer = ac_raw([t.text for e in sub for t in e.terms])
        t_peer, _unused = timed(lambda peer=peer, text=text: ac_find(peer, text))
        mb_k = len(text) / 1e6
        print(f"{k:>7} entries: termaid {mb_k / t:.1f} MB/s ({len(ms)} mentions), "
              f"pyahocorasick raw {mb_k / t_peer:.1f} MB/s, ratio {t_peer / t:.2f}x")

    print("\n## precision / recall on tests/fixtures/aligner (annotated samples)")
    spec = importlib.util.spec_from_file_location("gold", ROOT / "tests" / "aligner" / "gold.py")
    assert spec and spec.loader
    gold = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gold)
    al = Aligner(load_glossary(gold.FIXTURES / "glossary.yaml"))
    for lang in ("en", "de"):
        text, marks = gold.load_sample(lang)
        found = [(m.start, m.end, m.entry_id, m.match.value) for m in al.find(text, lang=lang)]
        for kind, s in gold.score(found, marks).items():
            print(f"{lang} {kind:9}: precision {s['precision']:.3f} recall {s['recall']:.3f} "
                  f"(gold {s['gold']}, found {s['found']})")


if __name__ == "__main__":
    main()
