"""The per-unit check: every entry the source names must be rendered by an admitted target
term, and every term in the target must be one the glossary prescribes there."""

from __future__ import annotations

import re
from dataclasses import dataclass

from glossary.model import TermStatus

from ..aligner import Aligner
from ..mention import MatchKind, Mention
from .findings import Finding, FindingKind, Span
from .presence import Presence
from .report import Mark, UnitReport
from .respelling import Respellings
from .terms import TermTable
from .unit import Document, Unit

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


def _span(m: Mention) -> Span:
    return Span(m.start, m.end, m.surface)


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
        self.presence = Presence(aligner, self.table)
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
        source_marks = tuple(Mark(m.start, m.end, m.entry_id) for ms in named.values() for m in ms)
        source_marks = tuple(sorted(source_marks, key=lambda k: k.start))
        finding = _Maker(document.path, unit, named, self.table, t_lang)
        if not target.strip():
            found = (finding.untranslated("the target is empty"),) \
                if self.untranslated and named else ()
            return UnitCheck(UnitReport(unit, False, source_marks, (), found), ())
        if self.untranslated and named and " ".join(source.split()) == " ".join(target.split()) \
                and any(not self._admitted(e, t_lang, m.term.text) for e, ms in named.items()
                        for m in ms):
            return UnitCheck(UnitReport(unit, True, source_marks, (),
                                        (finding.untranslated("the target is the source unchanged"),)), ())
        findings: list[Finding] = []
        rendered: dict[str, list[Mention]] = {}
        wrong: set[str] = set()
        marks: list[Mark] = []
        others: list[Mention] = []  # every target mention kept, for the second look
        for m in self.aligner.mentions(target, lang=t_lang):
            if m.match is MatchKind.FUZZY and m.score < threshold and m.entry_id not in named:
                continue  # a weak link the source does not support
            kind = self._judge(m, t_lang)
            marks.append(Mark(m.start, m.end, m.entry_id))
            others.append(m)
            altered = self._altered(m) if kind is None else None
            if altered is not None:
                wrong.add(m.entry_id)
                findings.append(finding.altered(m.entry_id, altered))
            elif kind is None:
                for entry_id in (m.entry_id, *m.alternatives):
                    rendered.setdefault(entry_id, []).append(m)
            else:
                wrong.add(m.entry_id)
                findings.append(finding.wrong(kind, m))
        taken = [(m.start, m.end) for m in others]
        for entry_id in named:
            if entry_id in wrong:
                continue
            respelled = self.respellings.find(entry_id, target, t_lang, taken)
            if respelled is not None:
                marks.append(Mark(respelled.start, respelled.end, entry_id))
                findings.append(finding.respelled(entry_id, respelled))
                continue
            if entry_id in rendered:
                continue
            m_found = self.presence.rendering(entry_id, target, t_lang)
            if m_found is not None:
                rendered[entry_id] = [m_found]
                marks.append(Mark(m_found.start, m_found.end, entry_id))
                continue
            altered = self.presence.altered_name(entry_id, target)
            if altered is not None:
                marks.append(Mark(altered.start, altered.end, entry_id))
                findings.append(finding.altered(entry_id, altered))
                continue
            adjective = self.presence.adjective(entry_id, target, t_lang) \
                or self.presence.compound(entry_id, target, t_lang)
            if adjective is not None:
                marks.append(Mark(adjective.start, adjective.end, entry_id))
                continue
            if self.presence.within(entry_id, (m.term for m in others if m.entry_id != entry_id)):
                continue
            findings.append(finding.missing(entry_id))
        renderings = tuple(
            Rendering(entry_id, s.term.text, t.term.text, _span(t))
            for entry_id, ms in named.items()
            for s, t in _pairs(ms, rendered.get(entry_id, []))
        )
        marks.sort(key=lambda k: k.start)
        return UnitCheck(UnitReport(unit, True, source_marks, tuple(marks), tuple(findings)),
                         renderings)

    def _admitted(self, entry_id: str, lang: str, text: str) -> bool:
        status = self.table.status(entry_id, lang, text)
        return status is not None and not status.discouraged

    def _judge(self, m: Mention, lang: str) -> FindingKind | None:
        """What is wrong with target mention *m* (None: nothing)."""
        entry = self.table[m.entry_id]
        if m.match is MatchKind.FUZZY:
            return FindingKind.DO_NOT_TRANSLATE if entry.do_not_translate \
                else FindingKind.UNLISTED_SPELLING
        status = self.table.status_of(m.term, m.entry_id, lang)
        if status is None:
            return FindingKind.WRONG_LANGUAGE
        if status.discouraged:
            return _STATUS_KINDS[status]
        return None

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


class _Maker:
    """Builds the findings of one unit (file, unit, source spans and expected terms)."""

    def __init__(self, file: str, unit: Unit, named: dict[str, list[Mention]],
                 table: TermTable, lang: str) -> None:
        self.file, self.unit, self.named, self.table, self.lang = file, unit, named, table, lang

    def _make(self, kind: FindingKind, entry_id: str | None, target: Span | None,
              message: str) -> Finding:
        source = None
        if entry_id is not None and entry_id in self.named:
            source = _span(self.named[entry_id][0])
        expected = () if entry_id is None else self.table.expected(entry_id, self.lang)
        return Finding(self.file, self.unit.id, self.unit.line, kind, entry_id, source, target,
                       expected, message)

    def wrong(self, kind: FindingKind, m: Mention) -> Finding:
        what = {
            FindingKind.DEPRECATED: f"a deprecated {self.lang} term",
            FindingKind.FORBIDDEN: f"a forbidden {self.lang} term",
            FindingKind.WRONG_LANGUAGE: f"the {m.term.lang} form, not a {self.lang} term",
            FindingKind.UNLISTED_SPELLING: f"a spelling the glossary does not list "
                                           f"(like {m.term.text!r}, score {m.score:.2f})",
            FindingKind.DO_NOT_TRANSLATE: "an altered name that is not to be translated",
        }[kind]
        return self._make(kind, m.entry_id, _span(m), f"{m.surface!r} is {what} of {m.entry_id!r}")

    def respelled(self, entry_id: str, span: Span) -> Finding:
        kind = FindingKind.DO_NOT_TRANSLATE if self.table[entry_id].do_not_translate \
            else FindingKind.UNLISTED_SPELLING
        return self._make(kind, entry_id, span, f"{span.surface!r} is a spelling of "
                          f"{entry_id!r} that the glossary does not list")

    def altered(self, entry_id: str, span: Span) -> Finding:
        names = " or ".join(repr(n) for n in self.table.names(entry_id))
        return self._make(FindingKind.DO_NOT_TRANSLATE, entry_id, span,
                          f"{span.surface!r} alters the name {names} of {entry_id!r}, which "
                          "is copied, not translated")

    def missing(self, entry_id: str) -> Finding:
        surface = self.named[entry_id][0].surface
        return self._make(FindingKind.MISSING_TERM, entry_id, None,
                          f"the source names {entry_id!r} ({surface!r}); the target uses none "
                          f"of its {self.lang} terms")

    def untranslated(self, why: str) -> Finding:
        return self._make(FindingKind.UNTRANSLATED, None, None, f"{why}, and the source names "
                          f"{', '.join(repr(e) for e in self.named)}")
