"""Benchmark: batched translation vs argostranslate's public translate(), same model and input.

Builds Argos models with the test suite's builder (a 1-layer echo model, and an echo
model as deep and wide as a Transformer-base whose extra layers are zero: it costs what
such a model costs and still copies its input, so output lengths are realistic; a
random model is no use here, its nonsense runs to the maximum length), installs them into a temporary directory and
times on one 200-sentence input, in one run:

* argostranslate's public ``translate()`` called sentence by sentence;
* argostranslate's public ``translate()`` on the whole text (its own per-paragraph batching);
* termaid's :class:`~aligner.translate.backend.Translator` (one ``translate_batch``).

Run: ``python bench/bench_translate.py`` (needs the translate extra; no network).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "support"))

from argosmodel import Mode, RandomSize, build_argosmodel, train_vocabulary

from aligner.translate.backend import DecodeOptions, load_translator, translate_with_argos
from aligner.translate.models import install_model

SUBJECTS = [
    "Abbas Araghtschi",
    "Sergej Lawrow",
    "Wladimir Putin",
    "Der Außenminister",
    "Die Regierung",
]
VERBS = ["traf", "kritisierte", "lobte", "besuchte", "sprach mit"]
OBJECTS = [
    "den Präsidenten in Moskau",
    "die Sanktionen",
    "das Mir-Zahlungssystem",
    "Teheran",
    "die Bank",
]
TAILS = ["am 3. März.", "gestern.", "nach langen Gesprächen.", "während der Woche.", "heute."]


def sentences(n: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    return [
        f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}"
        for _ in range(n)
    ]


def best_of(repeats: int, func: Callable[[], object]) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sentences", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="termaid-bench-"))
    os.environ["TERMAID_ARGOS_DIR"] = str(work / "default")
    vocab = train_vocabulary(work / "sp")
    models = {
        "echo (1 layer)": build_argosmodel(
            work / "echo", vocab, from_code="de", to_code="en", mode=Mode.ECHO
        ),
        "echo-base (6 layers, ffn 2048)": build_argosmodel(
            work / "echo-base",
            vocab,
            from_code="de",
            to_code="en",
            mode=Mode.ECHO,
            size=RandomSize(layers=6, ffn=2048),
        ),
    }
    batch = sentences(args.sentences)
    chars = sum(len(s) + 1 for s in batch)
    print(f"{args.sentences} German sentences, {chars} characters, best of {args.repeats}")
    for label, archive in models.items():
        directory = work / ("pk-" + label.split()[0])
        install_model(archive, directory=directory)
        compare(label, directory, batch, repeats=args.repeats)


def compare(label: str, directory: Path, batch: list[str], *, repeats: int) -> None:
    """Print the three timings for the de -> en model installed in *directory*."""
    translator = load_translator("de", "en", directory=directory, options=DecodeOptions())
    text = " ".join(batch)

    def public(q: str) -> str:
        return translate_with_argos(q, from_code="de", to_code="en", directory=directory)

    public("Warmup.")
    per_sentence = best_of(repeats, lambda: [public(s) for s in batch])
    whole = best_of(repeats, lambda: public(f"{text} {random.random()}"))  # no cache hits
    batched = best_of(repeats, lambda: translator.translate_sentences(batch))
    print(f"\n{label}:")
    print(f"  argostranslate translate(), sentence by sentence: {per_sentence:8.3f} s")
    print(f"  argostranslate translate(), whole text:           {whole:8.3f} s")
    print(f"  termaid Translator, one batch:                    {batched:8.3f} s")
    print(
        f"  batched speed-up vs sentence by sentence: {per_sentence / batched:5.1f}x;"
        f" vs whole text: {whole / batched:5.1f}x"
    )


if __name__ == "__main__":
    main()
