"""The qa quality set (tests/fixtures/qa/quality/*.yaml): loading and scoring.

A found finding matches an expected one of the same pair when kind and entry agree and,
where the annotation names the target text, the reported target surface contains it or
lies inside it. Each expected finding is matched at most once. Used by test_quality.py
and bench/bench_qa.py (which scores the exact-string peer the same way).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

QUALITY = Path(__file__).resolve().parents[1] / "fixtures" / "qa" / "quality"
#: Kinds the set annotates (inconsistent and untranslated need several units or an option).
KINDS = ("missing-term", "deprecated", "forbidden", "wrong-language", "unlisted-spelling",
         "do-not-translate")


@dataclass(frozen=True, slots=True)
class Pair:
    id: str
    source_lang: str
    target_lang: str
    source: str
    target: str
    expect: tuple[tuple[str, str, str | None], ...]  # (kind, entry, target text or None)


@dataclass(frozen=True, slots=True)
class Found:
    """One finding as the scorer sees it."""

    kind: str
    entry: str
    target: str | None


def load(part: str) -> list[Pair]:
    """The pairs of ``tune`` or ``holdout``."""
    data = yaml.safe_load((QUALITY / f"{part}.yaml").read_text(encoding="utf-8"))
    pairs = []
    for p in data["pairs"]:
        source_lang, target_lang = p["dir"].split("-")
        expect = tuple((e["kind"], e["entry"], e.get("target")) for e in p["expect"])
        assert all(k in KINDS for k, _, _ in expect), p["id"]
        pairs.append(Pair(p["id"], source_lang, target_lang, p["src"], p["tgt"], expect))
    return pairs


def _matches(expected: tuple[str, str, str | None], found: Found) -> bool:
    kind, entry, text = expected
    if (kind, entry) != (found.kind, found.entry):
        return False
    return text is None or found.target is None or text in found.target or found.target in text


@dataclass(frozen=True, slots=True)
class Score:
    true_pos: int
    false_pos: int
    false_neg: int
    misses: tuple[str, ...]      # "pair-id: kind entry" never found
    spurious: tuple[str, ...]    # "pair-id: kind entry 'target'" found but not expected

    @property
    def precision(self) -> float:
        found = self.true_pos + self.false_pos
        return self.true_pos / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_pos + self.false_neg
        return self.true_pos / wanted if wanted else 1.0


def score(pairs: Iterable[Pair], check: Callable[[Pair], list[Found]]) -> Score:
    """Precision and recall of *check* (a pair's findings) on *pairs*."""
    tp = fp = fn = 0
    misses: list[str] = []
    spurious: list[str] = []
    for pair in pairs:
        left = list(pair.expect)
        for f in check(pair):
            if f.kind not in KINDS:
                continue
            hit = next((e for e in left if _matches(e, f)), None)
            if hit is None:
                fp += 1
                spurious.append(f"{pair.id}: {f.kind} {f.entry} {f.target!r}")
            else:
                tp += 1
                left.remove(hit)
        fn += len(left)
        misses += [f"{pair.id}: {k} {e} {t!r}" for k, e, t in left]
    return Score(tp, fp, fn, tuple(misses), tuple(spurious))


def termaid_checker() -> Callable[[Pair], list[Found]]:
    """termaid qa on one pair at a time (the shipped glossary)."""
    from aligner.aligner import Aligner
    from aligner.qa import Document, InputFormat, Segment, Unit, check_documents
    from glossary import load_glossary

    aligner = Aligner(load_glossary()).build()

    def check(pair: Pair) -> list[Found]:
        doc = Document(pair.id, InputFormat.PAIR, pair.source_lang, pair.target_lang,
                       (Unit(pair.id, Segment(pair.source), Segment(pair.target)),))
        result = check_documents([doc], aligner=aligner)
        return [Found(f.kind.value, f.entry_id or "", None if f.target is None else f.target.surface)
                for f in result.findings]

    return check
