"""Cross-source alignment: which source names which entity how often, and how."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from glossary.equivalent import equivalent
from glossary.fold import fold
from glossary.model import Entry

from .aligner import Aligner
from .mention import MatchKind, Mention
from .source import Source

__all__ = [
    "Alignment",
    "EntityReport",
    "Source",
    "SourceCount",
    "Suggestion",
    "accepted_forms",
    "align_sources",
    "suggestions_yaml",
]


@dataclass(frozen=True, slots=True)
class SourceCount:
    """How often one source mentions an entity, under which forms (stems, most used first)."""

    source: str
    count: int
    forms: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class EntityReport:
    """One entity across the sources: counts and forms, and spellings off the glossary."""

    entry_id: str
    label: str
    sources: tuple[SourceCount, ...]
    only_in: str | None
    off_preferred: tuple[tuple[str, str, str], ...]  # (source, form, preferred form)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.entry_id,
            "label": self.label,
            "sources": [
                {"source": s.source, "count": s.count, "forms": dict(s.forms)}
                for s in self.sources
            ],
            "only_in": self.only_in,
            "off_preferred": [
                {"source": s, "form": f, "preferred": p} for s, f, p in self.off_preferred
            ],
        }


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A spelling the glossary lacks, seen in the sources and linked by transliteration."""

    entry_id: str
    lang: str
    text: str
    count: int
    sources: tuple[str, ...]
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.entry_id, "lang": self.lang, "term": self.text,
                "count": self.count, "sources": list(self.sources), "score": self.score}


@dataclass(frozen=True, slots=True)
class Alignment:
    """The result of :func:`align_sources`: entities (by id) and suggested variants."""

    sources: tuple[str, ...]
    entities: tuple[EntityReport, ...]
    suggestions: tuple[Suggestion, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "sources": list(self.sources),
            "entities": [e.to_dict() for e in self.entities],
            "suggestions": [s.to_dict() for s in self.suggestions],
        }


def accepted_forms(entry: Entry, lang: str) -> frozenset[str]:
    """The folded terms of *entry* in *lang* that are not discouraged: a form written in
    *lang* is *off preferred* (not a glossary form) when its fold is not among them."""
    return frozenset(fold(t.text) for t in entry.terms_in(lang) if not t.status.discouraged)


def align_sources(aligner: Aligner, sources: Sequence[Source]) -> Alignment:
    """Align the mentions of several sources (each in its own language) by entity.

    An entity's forms are the stems written (endings off); a form is *off preferred*
    when it differs, once folded, from every term of the entity that is not discouraged
    in the source's language. Fuzzy mentions become :class:`Suggestion`\\ s.
    """
    by_entity: dict[str, dict[str, Counter[str]]] = {}
    off: dict[str, dict[tuple[str, str], str]] = {}
    fuzzy: dict[tuple[str, str, str], tuple[list[str], float, int]] = {}
    entries = {e.id: e for e in aligner.entries}
    for source in sources:
        for m in aligner.mentions(source.text, lang=source.lang):
            forms = by_entity.setdefault(m.entry_id, {}).setdefault(source.name, Counter())
            forms[m.stem] += 1
            entry = entries[m.entry_id]
            if fold(m.stem) not in accepted_forms(entry, source.lang):
                use = equivalent(entry, m.term, source.lang)
                off.setdefault(m.entry_id, {})[(source.name, m.stem)] = (
                    use.text if use else entry.label(source.lang)
                )
            if m.match is MatchKind.FUZZY:
                _note_fuzzy(fuzzy, m, source)
    names = tuple(s.name for s in sources)
    reports = []
    for entry_id in sorted(by_entity):
        per = by_entity[entry_id]
        counts = tuple(
            SourceCount(name, sum(per[name].values()),
                        tuple(sorted(per[name].items(), key=lambda kv: (-kv[1], kv[0]))))
            for name in names if name in per
        )
        only = counts[0].source if len(counts) == 1 and len(names) > 1 else None
        offs = tuple(sorted((s, f, p) for (s, f), p in off.get(entry_id, {}).items()))
        reports.append(EntityReport(entry_id, entries[entry_id].label("en"), counts, only, offs))
    suggestions = tuple(
        Suggestion(entry_id, lang, text, count, tuple(sorted(set(srcs))), round(score, 4))
        for (entry_id, lang, text), (srcs, score, count) in sorted(fuzzy.items())
    )
    return Alignment(names, tuple(reports), suggestions)


def _note_fuzzy(
    fuzzy: dict[tuple[str, str, str], tuple[list[str], float, int]], m: Mention, source: Source
) -> None:
    key = (m.entry_id, source.lang, m.stem)
    srcs, score, count = fuzzy.get(key, ([], 0.0, 0))
    srcs.append(source.name)
    fuzzy[key] = (srcs, max(score, m.score), count + 1)


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def suggestions_yaml(alignment: Alignment, entries: Iterable[Any]) -> str:
    """The suggested variants as a glossary YAML snippet for a human to review.

    It is a valid glossary file on its own (each entry holds only the new terms, marked
    admitted, with a note saying where they were seen); once reviewed, ``termaid import``
    merges it (its ids name the entries the terms join).
    """
    types = {e.id: e.type.value for e in entries}
    lines = [
        "# Variants suggested by `termaid align`: spellings seen in the sources that the",
        "# glossary does not list, linked to an entry by transliteration. Review each one",
        "# (delete the terms you reject), then merge the rest into the glossary:",
        "#   termaid import THIS-FILE --glossary YOUR-GLOSSARY",
        "entries:",
    ]
    grouped: dict[str, dict[str, list[Suggestion]]] = {}
    for s in alignment.suggestions:
        grouped.setdefault(s.entry_id, {}).setdefault(s.lang, []).append(s)
    if not grouped:
        return "# `termaid align` found no unlisted spellings.\nentries: []\n"
    for entry_id in sorted(grouped):
        lines += [f"  - id: {entry_id}", f"    type: {types.get(entry_id, 'other')}",
                  "    terms:"]
        for lang in sorted(grouped[entry_id]):
            lines.append(f"      {lang}:")
            for s in grouped[entry_id][lang]:
                note = (f"seen {s.count} time{'s' if s.count != 1 else ''} in "
                        f"{', '.join(s.sources)}; transliteration score {s.score:.2f}")
                lines.append(f"        - {{term: {_q(s.text)}, status: admitted, "
                             f"type: transliteration, note: {_q(note)}}}")
    return "\n".join(lines) + "\n"
