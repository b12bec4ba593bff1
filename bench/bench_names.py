"""Name linking on names nobody tuned for: recall, wrong-entry links, false links, speed.

Run (the prose comes from Debian packages, see bench/prose.py)::

    mkdir -p /tmp/prose && cd /tmp/prose && apt-get download manpages-de manpages \\
        debian-reference-de debian-reference-en && for d in *.deb; do dpkg-deb -x $d x; done
    python bench/bench_names.py --prose-de /tmp/prose/x --prose-en /tmp/prose/x

(``--prose-de`` and ``--prose-en`` may name the unpacked trees of the German and the
English packages separately: ``x/usr/share/man/de`` and so on; by default the German
text is every file under a ``/de/`` or ``.de.`` path, the English text the rest.)

In one run, for termaid (fuzzy linking as shipped) and for a rapidfuzz Jaro-Winkler >= 0.85
baseline on the folded text:

* **recall** on bench/data/names_eval.tsv: every German spelling in a plain German
  sentence, persons also in the genitive, against an English-only glossary of all the
  pairs; the rows are split by a hash of the English spelling into a *tuning* part (2/3)
  and an *unseen* part (1/3) that is reported but was not looked at while tuning;
* **wrong-entry links**: a German spelling linked to another pair's entry;
* **false links per MB** of real German and English prose that names none of the pairs
  (paragraphs holding a pair's spelling as written are dropped), with a 500-entry
  English-only glossary drawn from the pairs and with the shipped glossary;
* **lower-case links** of bench/data/trap_names.tsv, names that are ordinary words too
  (Orange, Turkey, Essen), against a case-insensitive matcher;
* **throughput** of ``Aligner.find`` on the German prose, fuzzy on against fuzzy off
  (median of alternating runs, a fresh aligner each), with both glossaries, by the wall
  clock and by CPU time.

Nothing here asserts: the figures are printed side by side.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import itertools

from prose import prose

from aligner.aligner import Aligner
from aligner.mention import Mention
from glossary import Entry, EntryType, Term, load_glossary

PAIRS_FILE = ROOT / "bench" / "data" / "names_eval.tsv"
TRAPS_FILE = ROOT / "bench" / "data" / "trap_names.tsv"
PLACE_SENTENCES = (
    "Die Delegation reiste am Montag nach {} weiter.",
    "In {} wurde gestern ein neues Museum eröffnet.",
    "Der Bericht nennt {} an erster Stelle.",
    "Viele Familien stammen ursprünglich aus {}.",
)
PERSON_SENTENCES = (
    "Am Dienstag sprach {} vor Journalisten.",
    "Nach Angaben der Zeitung hat {} den Brief selbst geschrieben.",
    "Das Interview mit {} erschien am Wochenende.",
)
GENITIVE_SENTENCES = (
    "Die Rede {} dauerte eine Stunde.",
    "Die Biografie {} erschien im Frühjahr.",
)
_ROMAN = re.compile(r"^[IVX]+\.$")


class Pair:
    def __init__(self, n: int, kind: str, english: str, german: str) -> None:
        self.id = f"p{n}"
        self.kind = kind
        self.english = english
        self.german = german
        self.unseen = zlib.crc32(english.encode()) % 3 == 0

    def entry(self) -> Entry:
        etype = EntryType.PLACE if self.kind == "place" else EntryType.PERSON
        return Entry(self.id, etype, (Term(self.english, "en"),))


def load_traps() -> list[Entry]:
    """The names that are ordinary words too (bench/data/trap_names.tsv), as entries."""
    out = []
    for line in TRAPS_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        kind, english = line.split("\t")
        etype = EntryType.PLACE if kind == "place" else EntryType.PERSON
        out.append(Entry(f"trap-{english.casefold()}", etype, (Term(english, "en"),)))
    return out


def load_pairs() -> list[Pair]:
    pairs = []
    for line in PAIRS_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        kind, english, german = line.split("\t")
        pairs.append(Pair(len(pairs), kind, english, german))
    return pairs


def genitive(name: str) -> str:
    """The German genitive of a name: -s on the last word (before a regnal number), or an
    apostrophe after s, x, z and ß."""
    words = name.split(" ")
    at = len(words) - 1
    if at > 0 and _ROMAN.match(words[at]):
        at -= 1
    word = words[at]
    words[at] = word + ("'" if word[-1] in "sxzß" else "s")
    return " ".join(words)


def cases(pairs: Sequence[Pair]) -> list[tuple[Pair, str, str, bool]]:
    """(pair, sentence, spelling as it stands, genitive?) for every pair."""
    out = []
    for n, p in enumerate(pairs):
        if p.kind == "place":
            out.append((p, PLACE_SENTENCES[n % len(PLACE_SENTENCES)], p.german, False))
        else:
            out.append((p, PERSON_SENTENCES[n % len(PERSON_SENTENCES)], p.german, False))
            gen = genitive(p.german)
            out.append((p, GENITIVE_SENTENCES[n % len(GENITIVE_SENTENCES)], gen, True))
    return out


# -- linkers under test ----------------------------------------------------------------

#: (start, end, entry id, kind): kind is "exact", "inflected", "fuzzy", "cue" (an exact
#: mention accepted on a context cue) or "lower-case" (see :func:`termaid_linker`).
Linker = Callable[[str, str], list[tuple[int, int, str, str]]]


def termaid_linker(entries: Sequence[Entry], *, fuzzy: bool = True) -> Linker:
    """termaid's links; an exact mention of a capitalised name written in lower case
    ("orange" for the river Orange) is of kind "lower-case"."""
    aligner = Aligner(entries, fuzzy=fuzzy).build()

    def kind(m: Mention) -> str:
        if m.context_accepted:
            return "cue"
        if m.match.value != "fuzzy" and m.surface[:1].islower() and m.term.text[:1].isupper():
            return "lower-case"
        return m.match.value

    def link(text: str, lang: str) -> list[tuple[int, int, str, str]]:
        return [(m.start, m.end, m.entry_id, kind(m)) for m in aligner.find(text, lang=lang)]

    return link


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c if c.isalnum() else " " for c in text if not unicodedata.combining(c))


_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*")


def jaro_winkler_linker(entries: Sequence[Entry], cutoff: float = 0.85) -> Linker:
    """The baseline: every run of 1-4 capitalised words against every name of as many
    words, Jaro-Winkler on the folded text; the best name from *cutoff* on links; runs are
    taken greedily from the left, longest first."""
    from rapidfuzz import process
    from rapidfuzz.distance import JaroWinkler

    by_words: dict[int, tuple[list[str], list[str]]] = {}
    for entry in entries:
        for term in entry.terms:
            folded = " ".join(_fold(term.text).split())
            names, ids = by_words.setdefault(folded.count(" ") + 1, ([], []))
            names.append(folded)
            ids.append(entry.id)
    memo: dict[str, tuple[str, float] | None] = {}

    def best(query: str, words: int) -> tuple[str, float] | None:
        key = f"{words}|{query}"
        if key in memo:
            return memo[key]
        group = by_words.get(words)
        found = None
        if group is not None:
            hit = process.extractOne(query, group[0], scorer=JaroWinkler.normalized_similarity,
                                     score_cutoff=cutoff)
            if hit is not None:
                found = (group[1][hit[2]], hit[1])
        memo[key] = found
        return found

    def link(text: str, _lang: str) -> list[tuple[int, int, str, str]]:
        out = []
        words = list(_CAPITALISED.finditer(text))
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + 4), i, -1):
                run = words[i:j]
                if any(text[a.end():b.start()] != " " for a, b in itertools.pairwise(run)):
                    continue
                query = " ".join(_fold(text[run[0].start():run[-1].end()]).split())
                if not query:
                    continue
                found = best(query, query.count(" ") + 1)
                if found is not None:
                    out.append((run[0].start(), run[-1].end(), found[0], "fuzzy"))
                    i = j
                    break
            else:
                i += 1
        return out

    return link


# -- measures ----------------------------------------------------------------------------


def recall(link: Linker, pairs: Sequence[Pair]) -> dict[str, object]:
    counts = {(part, gen): [0, 0, 0] for part in (False, True) for gen in (False, True)}
    wrong: list[str] = []
    missed: list[str] = []
    extra = 0
    for pair, sentence, spelling, gen in cases(pairs):
        text = sentence.format(spelling)
        start = sentence.index("{}")
        end = start + len(spelling)
        row = counts[(pair.unseen, gen)]
        row[0] += 1
        got = False
        for s, e, entry, _kind in link(text, "de"):
            if e <= start or s >= end:
                extra += 1
                continue
            if entry == pair.id and s <= start and e >= end - (1 if spelling.endswith(".") else 0):
                got = True
            elif entry != pair.id:
                row[2] += 1
                wrong.append(f"{spelling} -> {entry}")
        if got:
            row[1] += 1
        else:
            missed.append(spelling)
    return {"counts": counts, "wrong": wrong, "missed": missed, "extra": extra}


def false_links(
    link: Linker, texts: dict[str, str], kinds: frozenset[str] | None = None, shown: int = 400
) -> tuple[int, float, list[str]]:
    """Links of *kinds* (all if None) in *texts*: (count, MB, the first *shown* of them)."""
    total = 0
    size = 0.0
    seen: list[str] = []
    for lang, text in texts.items():
        size += len(text.encode()) / 1e6
        for s, e, entry, kind in link(text, lang):
            if kinds is not None and kind not in kinds:
                continue
            total += 1
            if len(seen) < shown:
                seen.append(f"{lang}: {text[s:e]!r} -> {entry} ({kind})")
    return total, size, seen


def clean_prose(text: str, pairs: Sequence[Pair]) -> str:
    """*text* without the paragraphs that hold a pair's spelling as written."""
    words = sorted({w for p in pairs for name in (p.english, p.german)
                    for w in (name, genitive(name))}, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")
    kept = [para for para in re.split(r"\n\s*\n", text) if not pattern.search(para)]
    return "\n\n".join(kept)


def throughput(
    entries: Sequence[Entry], text: str, runs: int
) -> tuple[float, float, float, float]:
    """MB/s of a fresh aligner's ``find`` on *text*, fuzzy on and off, alternating:
    (on, off) by the wall clock, then (on, off) by the process's CPU time (steadier on a
    shared machine), medians of *runs* each."""
    on = Aligner(entries, fuzzy=True).build()
    off = Aligner(entries, fuzzy=False).build()
    on.find(text[:200_000], lang="de")
    off.find(text[:200_000], lang="de")
    wall: dict[bool, list[float]] = {True: [], False: []}
    cpu: dict[bool, list[float]] = {True: [], False: []}
    for _ in range(runs):
        for fuzzy in (False, True):
            fresh = Aligner(entries, fuzzy=fuzzy).build()
            t, c = time.perf_counter(), time.process_time()
            fresh.find(text, lang="de")
            wall[fuzzy].append(time.perf_counter() - t)
            cpu[fuzzy].append(time.process_time() - c)
    mb = len(text.encode()) / 1e6
    return (mb / statistics.median(wall[True]), mb / statistics.median(wall[False]),
            mb / statistics.median(cpu[True]), mb / statistics.median(cpu[False]))


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} = {100 * a / max(b, 1):5.1f}%"


def report_recall(name: str, result: dict[str, object]) -> None:
    counts = result["counts"]
    assert isinstance(counts, dict)
    for unseen in (False, True):
        part = "unseen" if unseen else "tuning"
        plain = counts[(unseen, False)]
        gen = counts[(unseen, True)]
        print(f"  {name:<14} {part:<7} recall plain {_pct(plain[1], plain[0])}, "
              f"genitive {_pct(gen[1], gen[0])}, wrong-entry links {plain[2] + gen[2]}")
    wrong = result["wrong"]
    assert isinstance(wrong, list)
    print(f"  {name:<14} links outside the name in the sentences: {result['extra']}")
    if wrong:
        print(f"  {name:<14} wrong: {', '.join(wrong[:12])}{' ...' if len(wrong) > 12 else ''}")


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--prose-de", type=Path, nargs="+", required=True)
    parser.add_argument("--prose-en", type=Path, nargs="+")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each (median)")
    parser.add_argument("--misses", action="store_true", help="print termaid's misses (tuning part)")
    parser.add_argument("--show", type=int, default=0, help="print N false links of each")
    args = parser.parse_args(list(argv) if argv is not None else None)

    pairs = load_pairs()
    entries = [p.entry() for p in pairs]
    print(f"pairs: {len(pairs)} ({sum(p.kind == 'person' for p in pairs)} persons; "
          f"{sum(p.unseen for p in pairs)} unseen), English-only glossary of {len(entries)}")

    termaid = termaid_linker(entries)
    baseline = jaro_winkler_linker(entries)
    t = time.perf_counter()
    results = {"termaid": recall(termaid, pairs)}
    t_termaid = time.perf_counter() - t
    results["JW>=0.85"] = recall(baseline, pairs)
    print("recall (German spelling in a German sentence, English-only glossary):")
    for name, result in results.items():
        report_recall(name, result)
    if args.misses:
        missed = results["termaid"]["missed"]
        assert isinstance(missed, list)
        tuning = {p.german for p in pairs if not p.unseen}
        print("  termaid misses (tuning part):",
              ", ".join(m for m in missed if m in tuning or any(m.startswith(t) for t in tuning)))
    print(f"  (termaid: {t_termaid:.2f} s for the recall sentences)")

    roots_de = args.prose_de
    roots_en = args.prose_en or []
    de_text = prose(roots_de) if args.prose_en else prose(
        [p for r in roots_de for p in r.rglob("*") if "/de/" in str(p) or ".de." in p.name])
    en_text = prose(roots_en) if args.prose_en else prose(
        [p for r in roots_de for p in r.rglob("*")
         if p.is_file() and "/de/" not in str(p) and ".de." not in p.name
         and not re.search(r"/man/[a-z][a-z](_[A-Z][A-Z])?/", str(p))])
    texts = {"de": clean_prose(de_text, pairs), "en": clean_prose(en_text, pairs)}
    sizes = {k: len(v.encode()) / 1e6 for k, v in texts.items()}
    print(f"prose naming none of the pairs: German {sizes['de']:.1f} MB, English "
          f"{sizes['en']:.1f} MB")

    glossary_500 = sorted(entries, key=lambda e: zlib.crc32(e.id.encode()))[:500]
    shipped = list(load_glossary())
    for name, link in (("termaid", termaid_linker(glossary_500)),
                       ("JW>=0.85", jaro_winkler_linker(glossary_500))):
        total, mb, seen = false_links(link, texts)
        print(f"  500-entry glossary, {name:<9}: {total} links in {mb:.1f} MB = "
              f"{total / mb:.2f} per MB ({6 * total / mb:.1f} per 6 MB)")
        for line in seen[: args.show]:
            print("     ", line)
    # The shipped glossary names things the documentation does mention ("Internet",
    # "USA"): there the false links counted are the fuzzy ones, the exact mentions
    # accepted on a context cue and those of a name written in lower case ("chargen" is
    # no Charg); the other exact mentions are listed for the eye.
    link = termaid_linker(shipped)
    total, mb, seen = false_links(link, texts, frozenset({"fuzzy", "cue", "lower-case"}))
    print(f"  shipped glossary, termaid: {total} fuzzy, cue-accepted or lower-case links in "
          f"{mb:.1f} MB = {total / mb:.2f} per MB ({6 * total / mb:.1f} per 6 MB)")
    for line in seen[: max(args.show, 10)]:
        print("     ", line)
    _n, _mb, exact = false_links(link, texts, frozenset({"exact", "inflected"}), shown=1 << 30)
    surfaces: dict[str, int] = {}
    for line in exact:
        key = line.rsplit(" (", 1)[0]
        surfaces[key] = surfaces.get(key, 0) + 1
    print(f"  shipped glossary, exact mentions (not counted): {_n}; the most frequent:",
          "; ".join(f"{k} x{v}" for k, v in sorted(surfaces.items(), key=lambda kv: -kv[1])[:12]))

    # Names that are ordinary words ("orange", "turkey", "essen"): every lower-case
    # mention is false; the peer is a case-insensitive matcher, which links every
    # lower-case occurrence of them as a word.
    traps = load_traps()
    total, mb, seen = false_links(termaid_linker(traps), texts, frozenset({"lower-case"}))
    words = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(e.terms[0].text.casefold())
                                                    for e in traps) + r")(?![\w-])")
    peer = sum(len(words.findall(t)) for t in texts.values())
    print(f"  {len(traps)} names that are words too, termaid: {total} lower-case links in "
          f"{mb:.1f} MB; a case-insensitive matcher: {peer}")
    for line in seen[: args.show]:
        print("     ", line)

    print("throughput of Aligner.find on the German prose (median of alternating runs; a "
          "fresh aligner each run):")
    for label, glossary in (("500-entry", glossary_500), ("shipped", shipped)):
        on, off, cpu_on, cpu_off = throughput(glossary, texts["de"], args.runs)
        print(f"  {label:<9} glossary: fuzzy on {on:5.1f} MB/s, fuzzy off {off:5.1f} MB/s, "
              f"on/off = {on / off:.2f}; by CPU time: on {cpu_on:5.1f} MB/s, off "
              f"{cpu_off:5.1f} MB/s, on/off = {cpu_on / cpu_off:.2f}")


if __name__ == "__main__":
    main()
