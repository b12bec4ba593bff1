"""Language detection on short news texts: termaid's detector beside lingua-language-detector.

Run: ``python bench/bench_langdetect.py``

Reads the table of tests/aligner/langdetect_cases.py (short English and German texts, most
with names, and unclear ones that should be refused) and prints, for termaid's detector
with the shipped glossary, without it, and for lingua restricted to English and German
(only when ``lingua-language-detector`` is installed; nothing is added for it):

* right / wrong / refused on the English and German texts, refused on the unclear ones;
* the first detection in a fresh process (lingua loads its models then), the median time
  of a short text, and of a 20,000-character German text; termaid's ratio to lingua.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "aligner"))

from langdetect_cases import ENGLISH, GERMAN, LATER_ENGLISH, LATER_GERMAN, UNCLEAR

from aligner.aligner import Aligner
from aligner.errors import LanguageError
from aligner.langdetect import detect_language
from glossary import load_glossary

Detector = Callable[[str], str | None]
CASES = [(t, "en") for t in ENGLISH + LATER_ENGLISH] + [(t, "de") for t in GERMAN + LATER_GERMAN]
LONG = (ROOT / "tests" / "fixtures" / "translate" / "articles" / "bericht.de.txt").read_text(
    encoding="utf-8"
)
LONG = (LONG * (20_000 // len(LONG) + 1))[:20_000]

FIRST = {
    "termaid": "from aligner.langdetect import detect_language as d; d({text!r})",
    "lingua": (
        "from lingua import Language as L, LanguageDetectorBuilder as B; "
        "B.from_languages(L.ENGLISH, L.GERMAN).build().detect_language_of({text!r})"
    ),
}


def _termaid(aligner: Aligner | None) -> Detector:
    def detect(text: str) -> str | None:
        try:
            return detect_language(text, aligner=aligner)
        except LanguageError:
            return None

    return detect


def _lingua() -> Detector | None:
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError:
        return None
    detector = LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.GERMAN).build()
    codes = {Language.ENGLISH: "en", Language.GERMAN: "de"}

    def detect(text: str) -> str | None:
        found = detector.detect_language_of(text)
        return None if found is None else codes[found]

    return detect


def _median_ms(detect: Detector, texts: list[str], rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter()
            detect(text)
            times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _first_ms(name: str) -> float:
    """The first detection in a fresh process, imports included, in ms (median of 3)."""
    code = (
        "import time; s = time.perf_counter(); "
        + FIRST[name].format(text="Putin und Raisi.")
        + "; print(time.perf_counter() - s)"
    )
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                 check=True, cwd=ROOT).stdout) for _ in range(3)]
    return statistics.median(runs) * 1000


def main() -> None:
    detectors: dict[str, Detector] = {
        "termaid + glossary": _termaid(Aligner(load_glossary()).build()),
        "termaid alone": _termaid(None),
    }
    lingua = _lingua()
    if lingua is not None:
        detectors["lingua (en, de)"] = lingua
    print(f"{len(CASES)} English and German texts, {len(UNCLEAR)} unclear ones\n")
    print(f"{'detector':20} {'right':>6} {'wrong':>6} {'refused':>8} {'unclear refused':>16} "
          f"{'short ms':>9} {'20k ms':>8}")
    timing: dict[str, tuple[float, float]] = {}
    for name, detect in detectors.items():
        got = [(detect(text), lang) for text, lang in CASES]
        right = sum(g == lang for g, lang in got)
        refused = sum(g is None for g, _ in got)
        unclear = sum(detect(text) is None for text in UNCLEAR)
        timing[name] = (_median_ms(detect, [t for t, _ in CASES]), _median_ms(detect, [LONG]))
        print(f"{name:20} {right:>6} {len(got) - right - refused:>6} {refused:>8} "
              f"{unclear:>11} of {len(UNCLEAR):<3} {timing[name][0]:>9.3f} {timing[name][1]:>8.2f}")
    print("\n'Putin und Raisi.': " + ", ".join(
        f"{name} {detect('Putin und Raisi.')}" for name, detect in detectors.items()))
    print(f"first detection in a fresh process: termaid {_first_ms('termaid'):.0f} ms", end="")
    if lingua is not None:
        first = _first_ms("lingua")
        print(f", lingua {first:.0f} ms")
        ours, theirs = timing["termaid + glossary"], timing["lingua (en, de)"]
        print(f"termaid + glossary / lingua: short {ours[0] / theirs[0]:.2f}x, "
              f"20k {ours[1] / theirs[1]:.2f}x")
    else:
        print(" (lingua-language-detector is not installed: no comparison)")


if __name__ == "__main__":
    main()
