"""Exact-match evaluation of ``termaid normalize`` on the editor-judged gold set (issue 9).

    python bench/eval_faithful.py [--gold PATH] [--jobs N] [--split tune|unseen]

Each case of ``tests/fixtures/aligner/faithful/gold.yaml`` is run through the real CLI
as a separate process, ``python -m termaid normalize - --lang L [--to T]``, with the
case's text on stdin as UTF-8 bytes; stdout is compared byte for byte with the case's
``expected`` (a run that exits non-zero counts as a miss). The script prints the
exact-match rate per split and per category.

For the ``tune`` split every miss is printed with its input, the expected output and
what the tool wrote. For the ``unseen`` split only counts are printed, never a case's
text or the tool's output: that split stays a held-out measure nobody tunes against.
Nothing here asserts a rate; the exit code is 0 whatever the figures (2 on a bad gold file).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "fixtures" / "aligner" / "faithful" / "gold.yaml"
SPLITS = ("tune", "unseen")
LANGS = ("en", "de")
REQUIRED = ("id", "category", "split", "lang", "text", "expected", "why")
OPTIONAL = ("to", "needs")


@dataclass(frozen=True, slots=True)
class Case:
    """One editor-judged normalization: input, languages and the accepted output."""

    id: str
    category: str
    split: str
    lang: str
    to: str | None
    text: str
    expected: str


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the CLI wrote for one case (stdout, or the exit code and stderr on failure)."""

    case: Case
    got: str
    exit_code: int
    stderr: str

    @property
    def hit(self) -> bool:
        return self.exit_code == 0 and self.got == self.case.expected


class GoldError(Exception):
    """The gold file is malformed."""


def load_cases(path: Path) -> tuple[Case, ...]:
    """Read and check the gold file: every field present and valid, ids unique."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or set(data) != {"cases"} or not isinstance(data["cases"], list):
        raise GoldError(f"{path}: expected a mapping with one key 'cases' holding a list")
    cases: list[Case] = []
    seen: set[str] = set()
    for number, raw in enumerate(data["cases"], 1):
        where = f"{path}: case {number} ({raw.get('id', '?') if isinstance(raw, dict) else '?'})"
        if not isinstance(raw, dict):
            raise GoldError(f"{where}: not a mapping")
        missing = [k for k in REQUIRED if k not in raw]
        unknown = [k for k in raw if k not in REQUIRED + OPTIONAL]
        if missing or unknown:
            raise GoldError(f"{where}: missing {missing}, unknown {unknown}")
        if not all(isinstance(raw[k], str) for k in raw):
            raise GoldError(f"{where}: every field must be a string")
        if raw["split"] not in SPLITS:
            raise GoldError(f"{where}: split {raw['split']!r} is not one of {SPLITS}")
        if raw["lang"] not in LANGS or raw.get("to", raw["lang"]) not in LANGS:
            raise GoldError(f"{where}: lang and to must be one of {LANGS}")
        if raw["id"] in seen:
            raise GoldError(f"{where}: duplicate id {raw['id']!r}")
        seen.add(raw["id"])
        cases.append(Case(raw["id"], raw["category"], raw["split"], raw["lang"], raw.get("to"),
                          raw["text"], raw["expected"]))
    return tuple(cases)


def run_case(case: Case) -> Outcome:
    """Run one case through ``python -m termaid normalize -`` as a real process."""
    command = [sys.executable, "-m", "termaid", "normalize", "-", "--lang", case.lang]
    if case.to is not None:
        command += ["--to", case.to]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(command, input=case.text.encode("utf-8"), capture_output=True,
                          cwd=ROOT, env=env, check=False)
    return Outcome(case, done.stdout.decode("utf-8", errors="replace"), done.returncode,
                   done.stderr.decode("utf-8", errors="replace").strip())


def _rate(hits: int, total: int) -> str:
    return f"{hits:3d}/{total:<3d} {100 * hits / total:5.1f}%" if total else "      -"


def report(outcomes: list[Outcome]) -> None:
    """Print the rates; misses of the tune split in full, the unseen split as counts only."""
    total, hits = Counter[str](), Counter[str]()
    for o in outcomes:
        for key in (o.case.split, f"{o.case.split}/{o.case.category}", f"all/{o.case.category}"):
            total[key] += 1
            hits[key] += o.hit
    tune_misses = [o for o in outcomes if o.case.split == "tune" and not o.hit]
    for o in tune_misses:
        print(f"--- MISS {o.case.id} [{o.case.category}] {o.case.lang}"
              f"{' -> ' + o.case.to if o.case.to else ''}")
        print(f"  input:    {o.case.text!r}")
        print(f"  expected: {o.case.expected!r}")
        if o.exit_code:
            print(f"  got:      exit {o.exit_code}: {o.stderr!r}")
        else:
            print(f"  got:      {o.got!r}")
    if tune_misses:
        print()
    print("exact match per split")
    for split in SPLITS:
        print(f"  {split:<8}{_rate(hits[split], total[split])}")
    everything = sum(total[s] for s in SPLITS)
    print(f"  {'all':<8}{_rate(sum(hits[s] for s in SPLITS), everything)}")
    print()
    print(f"exact match per category  {'tune':<16}{'unseen':<16}all")
    for category in sorted({o.case.category for o in outcomes}):
        cells = [_rate(hits[f"{s}/{category}"], total[f"{s}/{category}"]) for s in (*SPLITS, "all")]
        print((f"  {category:<12}" + "".join(f"{c:<16}" for c in cells)).rstrip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=GOLD, help="gold YAML file")
    parser.add_argument("--jobs", type=int, default=2, help="CLI processes at a time")
    parser.add_argument("--split", choices=SPLITS, help="run one split only")
    args = parser.parse_args(argv)
    try:
        cases = load_cases(args.gold)
    except (GoldError, yaml.YAMLError, OSError) as exc:
        print(f"eval_faithful: {exc}", file=sys.stderr)
        return 2
    if args.split:
        cases = tuple(c for c in cases if c.split == args.split)
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        outcomes = list(pool.map(run_case, cases))
    report(outcomes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
