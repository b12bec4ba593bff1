"""The per-unit check: every entry the source names must be rendered by an admitted target
term, and every term in the target must be one the glossary prescribes there."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from glossary.model import TermStatus

from ..aligner import Aligner
from ..mention import MatchKind, Mention
from .findings import Finding, FindingKind, Span
from .presence import Presence
from .report import Mark, UnitReport
from .respelling import Respellings
from .terms import TermTable
from .unit import Document, Unit
from .wording import FindingMaker, span_of

__all__ = ["Rendering", "UnitCheck", "UnitChecker"]

_WORD = re.compile(r"[^\W_]+")
_STATUS_KINDS = {TermStatus.DEPRECATED: FindingKind.DEPRECATED,
                 TermStatus.FORBIDDEN: FindingKind.FORBIDDEN}


@dataclass(frozen=True, slots=True)
class Rendering:
    """In one unit, the source term ``source_term`` of an entry became ``target_term``
    (glossary terms, whatever their inflection in the text) at ``target``."""

    entry_id: str
    source_term: str
    target_term: str
    target: Span


@dataclass(frozen=True, slots=True)
class UnitCheck:
    """A unit's report and how it rendered each source term (for the consistency check)."""

    report: UnitReport
    renderings: tuple[Rendering, ...]


@dataclass(slots=True)
class _Target:
    """What the check learns about one target segment as it reads it."""

    findings: list[Finding] = field(default_factory=list)
    rendered: dict[str, list[Mention]] = field(default_factory=dict)  # admitted renderings
    wrong: set[str] = field(default_factory=set)  # entries named by a wrong form
    marks: list[Mark] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)  # every mention kept

    def mark(self, start: int, end: int, entry_id: str) -> None:
        self.marks.append(Mark(start, end, entry_id))


def _pairs(sources: list[Mention], targets: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Which target mention renders which source mention of one entry: the same kind of
    term first (acronym for acronym, surname for surname), then the rest in order if as
    many are left on each side."""
    left, right = list(sources), list(targets)
    pairs = []
    for s in sources:
        t = next((t for t in right if t.term.type == s.term.type), None)
        if t is not None:
            pairs.append((s, t))
            left.remove(s)
            right.remove(t)
    if len(left) == len(right):
        pairs.extend(zip(left, right, strict=True))
    return pairs


class UnitChecker:
    """Checks units against the aligner's glossary (see :mod:`aligner.qa`).

    *untranslated* also reports units whose target is empty, or the source unchanged
    although it names terms that the target language writes otherwise.
    """

    def __init__(self, aligner: Aligner, *, untranslated: bool = False) -> None:
        self.aligner = aligner
        self.table = TermTable(aligner.entries)
        self.presence = Presence(self.table)
        self.respellings = Respellings(self.table)
        self.untranslated = untranslated

    def check(self, unit: Unit, document: Document) -> UnitCheck:
        """Check one unit of *document* (its languages say which is which)."""
        s_lang, t_lang = document.source_base, document.target_base
        source = unit.source.text
        target = "" if unit.target is None else unit.target.text
        threshold = self.aligner.rewrite_threshold
        named: dict[str, list[Mention]] = {}
        for m in self.aligner.mentions(source, lang=s_lang):
            if m.match is not MatchKind.FUZZY or m.score >= threshold:
                named.setdefault(m.entry_id, []).append(m)
        source_marks = tuple(sorted((Mark(m.start, m.end, m.entry_id)
                                     for ms in named.values() for m in ms), key=lambda k: k.start))
        maker = FindingMaker(document.path, unit, named, self.table, t_lang)
        if not target.strip():
            found = (maker.untranslated("the target is empty"),) if self.untranslated and named else ()
            return UnitCheck(UnitReport(unit, False, source_marks, (), found), ())
        if self.untranslated and named and self._unchanged(source, target, named, t_lang):
            found = (maker.untranslated("the target is the source unchanged"),)
            return UnitCheck(UnitReport(unit, True, source_marks, (), found), ())
        state = _Target()
        self._read_target(target, t_lang, named, maker, state)
        self._second_look(target, t_lang, named, maker, state)
        renderings = tuple(
            Rendering(entry_id, s.term.text, t.term.text, span_of(t))
            for entry_id, ms in named.items() if entry_id in state.rendered
            for s, t in _pairs(ms, state.rendered[entry_id])
        )
        state.marks.sort(key=lambda k: k.start)
        return UnitCheck(UnitReport(unit, True, source_marks, tuple(state.marks),
                                    tuple(state.findings)), renderings)

    def _unchanged(self, source: str, target: str, named: dict[str, list[Mention]],
                   lang: str) -> bool:
        """Whether *target* is *source* as it was, with a term the target language writes
        otherwise."""
        if " ".join(source.split()) != " ".join(target.split()):
            return False
        return any(not self._admitted(e, lang, m.term.text) for e, ms in named.items() for m in ms)

    def _read_target(self, target: str, lang: str, named: dict[str, list[Mention]],
                     maker: FindingMaker, state: _Target) -> None:
        """Judge every mention the aligner finds in the target."""
        threshold = self.aligner.rewrite_threshold
        for m in self.aligner.mentions(target, lang=lang):
            if m.match is MatchKind.FUZZY and m.score < threshold and m.entry_id not in named:
                continue  # a weak link the source does not support
            kind = self._judge(m, lang)
            state.mark(m.start, m.end, m.entry_id)
            state.mentions.append(m)
            altered = self._altered(m) if kind is None else None
            if altered is not None:
                state.wrong.add(m.entry_id)
                state.findings.append(maker.altered(m.entry_id, altered))
            elif kind is None:
                for entry_id in (m.entry_id, *m.alternatives):
                    state.rendered.setdefault(entry_id, []).append(m)
            else:
                state.wrong.add(m.entry_id)
                state.findings.append(maker.wrong(kind, m))

    def _second_look(self, target: str, lang: str, named: dict[str, list[Mention]],
                     maker: FindingMaker, state: _Target) -> None:
        """For each entry the source names and the target does not name wrongly: an unlisted
        spelling of it, else a rendering the aligner alone did not see, else a missing term."""
        taken = sorted((m.start, m.end) for m in state.mentions)
        todo = [e for e in named if e not in state.wrong]
        respelled = self.respellings.find(todo, target, lang, taken)
        look = self.presence
        for entry_id in todo:
            span = respelled.get(entry_id)
            if span is not None:
                state.mark(span.start, span.end, entry_id)
                state.findings.append(maker.respelled(entry_id, span))
                continue
            if entry_id in state.rendered:
                continue
            m = look.rendering(entry_id, target, lang)
            if m is not None:
                state.rendered[entry_id] = [m]
                state.mark(m.start, m.end, entry_id)
                continue
            altered = look.altered_name(entry_id, target)
            if altered is not None:
                state.mark(altered.start, altered.end, entry_id)
                state.findings.append(maker.altered(entry_id, altered))
                continue
            span = look.adjective(entry_id, target, lang) or look.compound(entry_id, target, lang)
            if span is not None:
                state.mark(span.start, span.end, entry_id)
            elif not look.within(entry_id, (m.term for m in state.mentions if m.entry_id != entry_id)):
                state.findings.append(maker.missing(entry_id))

    def _admitted(self, entry_id: str, lang: str, text: str) -> bool:
        status = self.table.status(entry_id, lang, text)
        return status is not None and not status.discouraged

    def _judge(self, m: Mention, lang: str) -> FindingKind | None:
        """What is wrong with target mention *m* (None: nothing)."""
        if m.match is MatchKind.FUZZY:
            return FindingKind.DO_NOT_TRANSLATE if self.table[m.entry_id].do_not_translate \
                else FindingKind.UNLISTED_SPELLING
        status = self.table.status_of(m.term, m.entry_id, lang)
        if status is None:
            return FindingKind.WRONG_LANGUAGE
        return _STATUS_KINDS[status] if status.discouraged else None

    def _altered(self, m: Mention) -> Span | None:
        """Where *m*, in good standing otherwise, writes a do-not-translate name of its
        entry with other capitals ("MIR" in "Zahlungssystem MIR"), or None."""
        names = self.table.names(m.entry_id)
        if not names:
            return None
        folded = {n.casefold() for n in names}
        for w in _WORD.finditer(m.stem):
            if w.group().casefold() in folded and w.group() not in names:
                return Span(m.start + w.start(), m.start + w.end(), w.group())
        return None
