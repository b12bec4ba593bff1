"""Benchmark: batched translation vs argostranslate's public translate(), same model and input.

Builds Argos models with the test suite's builder (a 1-layer echo model, and an echo
model as deep and wide as a Transformer-base whose extra layers are zero: it costs what
such a model costs and still copies its input, so output lengths are realistic; a
random model is no use here, its nonsense runs to the maximum length), installs them into a temporary directory and
times on one 200-sentence input, in one run:

* argostranslate's public ``translate()`` called sentence by sentence;
* argostranslate's public ``translate()`` on the whole text (its own per-paragraph batching);
* termaid's :class:`~aligner.translate.backend.Translator` (one ``translate_batch``);
* termaid's glossary-enforced translation (shipped glossary): its cost over the batched
  translation alone is the enforcement overhead, reported against plain argostranslate.

Then ``termaid lookup`` start-up: its time and whether any translation module loads.

Run: ``python bench/bench_translate.py`` (needs the translate extra; no network).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "support"))

import subprocess

from argosmodel import Mode, RandomSize, build_argosmodel, train_vocabulary

from aligner import Aligner
from aligner.translate.backend import (
    DecodeOptions,
    Translator,
    load_translator,
    translate_with_argos,
)
from aligner.translate.enforce import enforce_translation
from aligner.translate.models import install_model
from glossary import load_glossary

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
    aligner = Aligner(load_glossary()).build()
    batch = sentences(args.sentences)
    chars = sum(len(s) + 1 for s in batch)
    print(f"{args.sentences} German sentences, {chars} characters, best of {args.repeats}")
    for label, archive in models.items():
        directory = work / ("pk-" + label.split()[0])
        install_model(archive, directory=directory)
        compare(label, directory, batch, aligner, repeats=args.repeats)
    lookup_startup(repeats=max(args.repeats, 5))


def compare(
    label: str, directory: Path, batch: list[str], aligner: Aligner, *, repeats: int
) -> None:
    """Print the timings for the de -> en model installed in *directory*."""
    translator = load_translator("de", "en", directory=directory, options=DecodeOptions())
    text = " ".join(batch)

    def public(q: str) -> str:
        return translate_with_argos(q, from_code="de", to_code="en", directory=directory)

    public("Warmup.")
    per_sentence = best_of(repeats, lambda: [public(s) for s in batch])
    whole = best_of(repeats, lambda: public(f"{text} {random.random()}"))  # no cache hits
    batched = best_of(repeats, lambda: translator.translate_sentences(batch))
    timed = Timed(translator)

    def enforce() -> None:
        timed.seconds = 0.0
        enforce_translation(text, aligner=aligner, translator=timed, from_code="de", to_code="en")

    enforced = best_of(repeats, enforce)
    overhead = enforced - timed.seconds  # everything but the model: the glossary's work
    print(f"\n{label}:")
    print(f"  argostranslate translate(), sentence by sentence: {per_sentence:8.3f} s")
    print(f"  argostranslate translate(), whole text:           {whole:8.3f} s")
    print(f"  termaid Translator, one batch:                    {batched:8.3f} s")
    print(f"  termaid glossary-enforced translation:            {enforced:8.3f} s")
    print(
        f"  batched speed-up vs sentence by sentence: {per_sentence / batched:5.1f}x;"
        f" vs whole text: {whole / batched:5.1f}x"
    )
    print(
        f"  enforcement overhead (enforced time outside the model): {overhead:.3f} s ="
        f" {100 * overhead / whole:.1f}% of plain argostranslate (whole text),"
        f" {100 * overhead / per_sentence:.1f}% of it sentence by sentence"
    )


class Timed:
    """A translator that adds up the time spent in the model."""

    def __init__(self, translator: Translator) -> None:
        self.translator = translator
        self.seconds = 0.0

    def translate_sentences(self, sentences: Sequence[str]) -> tuple[str, ...]:
        start = time.perf_counter()
        try:
            return self.translator.translate_sentences(sentences)
        finally:
            self.seconds += time.perf_counter() - start


def lookup_startup(*, repeats: int) -> None:
    """Time ``termaid lookup`` in a fresh process and list the translation modules it loads."""
    code = (
        "import sys, time; t = time.perf_counter(); from termaid.cli import cli;"
        "from click.testing import CliRunner;"
        "r = CliRunner().invoke(cli, ['lookup', 'Araghtschi']); assert r.exit_code == 0, r.output;"
        "print(time.perf_counter() - t);"
        "print(','.join(m for m in sys.modules if m.startswith(('argostranslate', 'ctranslate2',"
        " 'torch', 'aligner.translate', 'sentencepiece'))) or '-')"
    )
    times, loaded = [], set()
    for _ in range(repeats):
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
        )
        seconds, modules = done.stdout.split()
        times.append(float(seconds))
        loaded.add(modules)
    print(
        f"\ntermaid lookup in a fresh process (import + run, best of {repeats}):"
        f" {min(times) * 1000:.0f} ms; translation modules loaded: {', '.join(sorted(loaded))}"
    )


if __name__ == "__main__":
    main()
