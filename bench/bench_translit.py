"""Benchmark of the transliteration key (aligner/translit.py) against simple baselines.

Run: ``/work/venv/bin/python bench/bench_translit.py [--names N] [--dict PATH[:LANG] ...]``

Prints, for the transliteration key and for the baselines:

* recall on the EN/DE pair table (tests/aligner/translit_cases.py: PAIRS and KNOWN_MISSES);
* the pass rate on the hand-picked non-pairs (NON_PAIRS);
* the false-positive rate on all cross pairs of distinct names (the English spelling of one
  entity against the German spelling of every other entity);
* the false-positive rate of ordinary words (WORDS_DE read as German, WORDS_EN as
  English, about 3,000) against every name token and every full name of the table, in
  both spellings; optional word lists (``--dict``, e.g. /usr/share/dict/ngerman:de) are
  reported on their own lines;

then the build time of a TranslitIndex over N synthetic names (default 300,000) and the
cost of a query for a capitalised token that does not match.

Baselines run only when their library is installed (nothing is added for them):
Jaro-Winkler >= 0.85 on the whole folded text (rapidfuzz), and Soundex (jellyfish, one code
per token, all codes equal).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import random
import re
import statistics
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "aligner"))

import translit_cases as cases

from aligner import translit
from aligner.translit import MATCH_THRESHOLD, PARTICLES, TranslitIndex, name_similarity

Matcher = Callable[[str, str, str, str], bool]


def _fold(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return "".join(c if c.isalnum() else " " for c in text).split()


def _joined(text: str) -> str:
    return " ".join(_fold(text))


class Baseline:
    """A baseline: a predicate on two folded strings, and a fast many-to-many count."""

    def __init__(
        self,
        same: Callable[[str, str], bool],
        count: Callable[[list[str], list[str]], tuple[int, list[tuple[int, int]]]],
    ):
        self.same = same
        self.count = count

    def __call__(self, a: str, _la: str, b: str, _lb: str) -> bool:
        return self.same(_joined(a), _joined(b))


def matchers() -> dict[str, Matcher]:
    found: dict[str, Matcher] = {
        "translit key": lambda a, la, b, lb: name_similarity(a, la, b, lb) >= MATCH_THRESHOLD
    }
    try:
        from rapidfuzz import process
        from rapidfuzz.distance import JaroWinkler
    except ImportError:  # pragma: no cover - rapidfuzz is a dependency
        print("(rapidfuzz not installed: no Jaro-Winkler baseline)")
    else:

        def jw_count(queries: list[str], choices: list[str]) -> tuple[int, list[tuple[int, int]]]:
            matrix = process.cdist(
                queries,
                choices,
                scorer=JaroWinkler.normalized_similarity,
                score_cutoff=0.85,
                workers=-1,
            )
            hits = [(int(i), int(j)) for i, j in zip(*matrix.nonzero())]
            return len(hits), hits

        found["Jaro-Winkler >= 0.85"] = Baseline(
            lambda x, y: JaroWinkler.normalized_similarity(x, y) >= 0.85, jw_count
        )
    try:
        jellyfish = importlib.import_module("jellyfish")
    except ImportError:
        print("(jellyfish not installed: no Soundex baseline)")
    else:

        def code(text: str) -> str:
            return " ".join(jellyfish.soundex(t) for t in text.split())

        def sx_count(queries: list[str], choices: list[str]) -> tuple[int, list[tuple[int, int]]]:
            by_code: dict[str, list[int]] = {}
            for j, c in enumerate(choices):
                by_code.setdefault(code(c), []).append(j)
            hits = [(i, j) for i, q in enumerate(queries) for j in by_code.get(code(q), [])]
            return len(hits), hits

        found["Soundex"] = Baseline(lambda x, y: bool(x and y) and code(x) == code(y), sx_count)
    return found


def _all_pairs() -> list[tuple[str, str, str]]:
    return list(cases.PAIRS) + list(cases.KNOWN_MISSES)


def _names() -> list[tuple[str, str]]:
    """Every full name and every name token of the table, in both spellings."""
    seen: dict[tuple[str, str], None] = {}
    for _, en, de in _all_pairs():
        for name, lang in ((en, "en"), (de, "de")):
            seen[(name, lang)] = None
            for token in name.replace("-", " ").split():
                if token.casefold() not in PARTICLES:
                    seen[(token, lang)] = None
    return list(seen)


def _word_fp(
    match: Baseline, words: list[tuple[str, str]], names: list[tuple[str, str]]
) -> tuple[int, int, list[str]]:
    names_folded = [_joined(n) for n, _ in names]
    known = set(names_folded)
    queries = [_joined(w) for w, _ in words if _joined(w) not in known]
    hits, found = match.count(queries, names_folded)
    examples = [f"{queries[i]}~{names_folded[j]}" for i, j in found[:8]]
    return hits, len(queries) * len(names), examples


def _word_fp_index(
    words: Iterable[tuple[str, str]], names: list[tuple[str, str]]
) -> tuple[int, int, list[str], int, int]:
    """The same count for the translit key, through its index (the names are many).

    Also returns how many words were tried and how many matched at least one name."""
    index = TranslitIndex((n, lang, i) for i, (n, lang) in enumerate(names))
    names_folded = {" ".join(_fold(n)) for n, _ in names}
    hits, total, examples, tried, hit_words = 0, 0, [], 0, 0
    for word, lang in words:
        if " ".join(_fold(word)) in names_folded:
            continue
        tried += 1
        total += len(names)
        found = index.candidates(word, lang)
        hits += len(found)
        hit_words += bool(found)
        for _, name, _score in found[: max(0, 8 - len(examples))]:
            examples.append(f"{word}~{name}")
    return hits, total, examples, tried, hit_words


def quality(extra_words: list[tuple[str, list[tuple[str, str]]]]) -> None:
    pairs = _all_pairs()
    names = _names()
    words = [(w, "de") for w in cases.WORDS_DE] + [(w, "en") for w in cases.WORDS_EN]
    print(
        f"pairs: {len(pairs)} ({len(cases.KNOWN_MISSES)} known misses), "
        f"non-pairs: {len(cases.NON_PAIRS)}, name spellings and tokens: {len(names)}, "
        f"ordinary words: {len(words)}"
    )
    header = f"{'method':24} {'recall':>7} {'non-pairs ok':>12} {'name x name FP':>22} {'word x name FP':>24}"
    print(header)
    print("-" * len(header))
    for label, match in matchers().items():
        t0 = time.perf_counter()
        recall = sum(match(en, "en", de, "de") for _, en, de in pairs) / len(pairs)
        ok = sum(not match(a, la, b, lb) for _, a, la, b, lb in cases.NON_PAIRS) / len(
            cases.NON_PAIRS
        )
        fp = total = 0
        fp_examples: list[str] = []
        for id_en, en, _ in pairs:
            for id_de, _, de in pairs:
                if cases.entity(id_en) != cases.entity(id_de):
                    total += 1
                    if match(en, "en", de, "de"):
                        fp += 1
                        if len(fp_examples) < 6:
                            fp_examples.append(f"{en}~{de}")
        if label == "translit key":
            whits, wtotal, wex, _, _ = _word_fp_index(words, names)
        else:
            assert isinstance(match, Baseline)
            whits, wtotal, wex = _word_fp(match, words, names)
        print(
            f"{label:24} {recall:7.3f} {ok:12.3f} {fp:7d}/{total:<7d}={fp / total:6.3%} "
            f"{whits:6d}/{wtotal:<8d}={whits / wtotal:7.4%}  ({time.perf_counter() - t0:.1f} s)"
        )
        if fp_examples:
            print(f"{'':24} names, e.g. {', '.join(fp_examples)}")
        if wex:
            print(f"{'':24} words, e.g. {', '.join(wex)}")
    for path, extra in extra_words:
        whits, wtotal, wex, tried, hit_words = _word_fp_index(extra, names)
        print(
            f"{'translit key':24} {path}: {hit_words} of {tried} words "
            f"({hit_words / max(tried, 1):.3%}) match a name; "
            f"{whits}/{wtotal} = {whits / max(wtotal, 1):.6%} of word x name pairs"
        )
        if wex:
            print(f"{'':24} e.g. {', '.join(wex)}")
    misses = [
        (en, de) for _, en, de in pairs if name_similarity(en, "en", de, "de") < MATCH_THRESHOLD
    ]
    print(f"translit key misses ({len(misses)}): " + "; ".join(f"{e} / {d}" for e, d in misses))


# ---------------------------------------------------------------------------------------
# Speed

_ONSETS = [
    "",
    "b",
    "v",
    "g",
    "d",
    "zh",
    "z",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "f",
    "kh",
    "ts",
    "ch",
    "sh",
    "y",
    "j",
    "gh",
    "q",
    "h",
    "br",
    "dr",
    "kr",
    "pr",
    "st",
    "sv",
]
_VOWELS = ["a", "e", "i", "o", "u", "ya", "yu", "ye", "ou", "ai", "ei"]
_CODAS = ["", "", "", "n", "r", "l", "s", "m", "k", "v", "sh", "t", "z"]
_ENDINGS = [
    "ov",
    "ev",
    "in",
    "sky",
    "enko",
    "yuk",
    "ani",
    "i",
    "a",
    "ova",
    "ina",
    "ian",
    "zadeh",
    "pour",
    "vili",
    "dze",
    "yan",
    "ev",
    "ich",
    "ovich",
    "abad",
    "istan",
    "sk",
]
_TO_DE = {
    "shch": "schtsch",
    "ch": "tsch",
    "kh": "ch",
    "zh": "sch",
    "sh": "sch",
    "ts": "z",
    "z": "s",
    "j": "dsch",
    "v": "w",
    "ou": "u",
    "sky": "ski",
}
_TO_DE_RE = re.compile(r"shch|sky$|ch|kh|zh|sh|ts|ou|[zjv]|y(?=[aeiou])")


def _word(rng: random.Random) -> str:
    word = "".join(
        rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)
        for _ in range(rng.randint(1, 3))
    )
    return (word + rng.choice(_ENDINGS)).capitalize()


def _to_german(word: str) -> str:
    """The German spelling of a synthetic English one (the rules of German newsrooms)."""
    return _TO_DE_RE.sub(lambda m: _TO_DE.get(m[0], "j"), word.lower()).capitalize()


def synthetic_names(n: int, seed: int = 7) -> list[tuple[str, str, int]]:
    rng = random.Random(seed)
    names: dict[str, tuple[str, str, int]] = {}
    while len(names) < n:
        tokens = [_word(rng) for _ in range(rng.choice((1, 1, 2, 2, 2, 3)))]
        name = " ".join(tokens)
        lang = rng.choice(("en", "de"))
        if lang == "de":
            name = " ".join(_to_german(t) for t in tokens)
        names.setdefault(name, (name, lang, len(names)))
    return list(names.values())


def _clear_caches() -> None:
    for fn in (getattr(translit, "_analyze_name", None), getattr(translit, "_analyze_token", None)):
        if fn is not None and hasattr(fn, "cache_clear"):
            fn.cache_clear()


def _cpu_us(fn: Callable[[], object]) -> float:
    """CPU time of one call in microseconds (this thread only: robust to a busy machine)."""
    t = time.thread_time_ns()
    fn()
    return (time.thread_time_ns() - t) / 1000


def speed(n: int) -> None:
    print()
    names = synthetic_names(n)
    _clear_caches()
    gc.collect()
    t0, c0 = time.perf_counter(), time.process_time()
    index = TranslitIndex(names)
    build, build_cpu = time.perf_counter() - t0, time.process_time() - c0
    print(
        f"TranslitIndex over {len(names):,} synthetic names (1-3 tokens): "
        f"build {build:.2f} s wall, {build_cpu:.2f} s CPU"
    )
    # The build pauses the cyclic garbage collector; its first full pass over the new
    # objects comes later, once. Do it here so that it does not land in one query.
    t = time.thread_time()
    gc.collect()
    print(
        f"first full garbage collection after the build: {time.thread_time() - t:.2f} s "
        "(once; gc.freeze() after building avoids later passes over the index)"
    )

    rng = random.Random(11)
    words = sorted({w.capitalize() for w in cases.WORDS_DE + cases.WORDS_EN if w.isalpha()})
    rng.shuffle(words)
    german = {w.casefold() for w in cases.WORDS_DE}
    random_tokens = sorted(
        {
            "".join(
                rng.choice("bcdfghklmnprstvwz") + rng.choice("aeiou")
                for _ in range(rng.randint(2, 4))
            ).capitalize()
            for _ in range(3000)
        }
    )
    print("query cost, CPU time of this thread per call (cold analysis cache):")
    for label, tokens in (("ordinary words", words), ("random tokens", random_tokens)):
        _clear_caches()
        misses: list[float] = []
        matched = 0
        for token in tokens:
            lang = "de" if token.casefold() in german else "en"
            result: list[object] = []
            cost = _cpu_us(lambda t=token, lg=lang, out=result: out.extend(index.candidates(t, lg)))
            if result:
                matched += 1
            else:
                misses.append(cost)
        misses.sort()
        print(
            f"  {label:15} {len(tokens)} tokens, {matched} with a candidate; non-matching: "
            f"mean {statistics.fmean(misses):.1f} us, median {statistics.median(misses):.1f} us, "
            f"p90 {misses[int(len(misses) * 0.9)]:.1f} us, p99 {misses[int(len(misses) * 0.99)]:.1f} us"
        )
    t = time.thread_time_ns()
    for token in words:
        index.candidates(token, "de")
    print(
        f"  ordinary words again (warm cache): mean {(time.thread_time_ns() - t) / 1000 / len(words):.1f} us"
    )
    # Matching queries: the German spelling of indexed English names.
    sample = [nm for nm, lang, _ in names[:: max(1, len(names) // 2000)] if lang == "en"]
    t = time.thread_time_ns()
    found_self = 0
    for name in sample:
        query = " ".join(_to_german(tok) for tok in name.split())
        found_self += any(m == name for _, m, _ in index.candidates(query, "de"))
    per = (time.thread_time_ns() - t) / 1000 / len(sample)
    print(
        f"  German spelling of an indexed English name: mean {per:.1f} us, "
        f"finds that name for {found_self}/{len(sample)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--names", type=int, default=300_000, help="synthetic names to index")
    parser.add_argument(
        "--dict",
        action="append",
        default=[],
        metavar="PATH[:LANG]",
        help="an extra word list, one word a line (LANG de or en, default de)",
    )
    parser.add_argument("--skip-speed", action="store_true")
    args = parser.parse_args()
    extra: list[tuple[str, list[tuple[str, str]]]] = []
    for spec in args.dict:
        path, _, lang = spec.partition(":")
        words = [
            w.strip() for w in Path(path).read_text(encoding="utf-8", errors="replace").split("\n")
        ]
        extra.append((path, [(w, lang or "de") for w in words if w and "'" not in w]))
    quality(extra)
    if not args.skip_speed:
        speed(args.names)


if __name__ == "__main__":
    main()
