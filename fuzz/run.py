"""Run the fuzz targets for longer than the test suite does and report what they found.

    python fuzz/run.py [--examples 2000] [--only tbx,po] [--seed N]

Prints, per reader, the inputs tried, the time and every crash (an exception that is
not termaid's own), with the input that caused it; exit status 1 when any crashed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fuzz._harness import fuzz
from fuzz.targets import TARGETS


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2000)
    parser.add_argument("--only", default="")
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    names = [n for n in args.only.split(",") if n] or list(TARGETS)
    crashed = False
    for name in names:
        target, seeds = TARGETS[name]
        report = fuzz(name, target, seeds(), examples=args.examples, seed=args.seed)
        print(f"{name:5} {report.tried:7} inputs {report.seconds:7.1f} s {len(report.crashes)} crashes", flush=True)
        kinds: dict[str, bytes] = {}
        for data, exc in report.crashes:
            kinds.setdefault(f"{type(exc).__name__}: {str(exc)[:100]}", data)
        for what, data in kinds.items():
            crashed = True
            print(f"      {what}\n        input {data[:200]!r}")
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
