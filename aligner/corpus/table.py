"""The entity table of a corpus: who is named how, by which source, in which language.

A :class:`Tally` counts the mentions of some documents; tallies of partitions merge by
addition in any order, and :func:`entity_table` turns the merged one into the table:
per entity the mentions per source and language, the forms written (stems, endings off)
with their counts and whether the glossary lists them, and the unlisted spellings the
aligner linked by transliteration as :class:`~aligner.crosssource.Suggestion`\\ s.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from glossary.fold import fold
from glossary.model import Entry

from ..crosssource import Alignment, Suggestion, accepted_forms, suggestions_yaml
from ..mention import MatchKind, Mention

__all__ = ["EntityRow", "EntityTable", "FormCount", "Tally", "entity_table"]

_Key = tuple[str, str, str]


class Tally:
    """Mention counts of some documents, to be merged across partitions."""

    __slots__ = ("counts", "forms", "fuzzy", "scores", "where")

    def __init__(self) -> None:
        #: (entry id, source, language) -> mentions
        self.counts: Counter[_Key] = Counter()
        #: (entry id, language, form) -> mentions
        self.forms: Counter[_Key] = Counter()
        #: (entry id, language, unlisted form) -> mentions linked by transliteration
        self.fuzzy: Counter[_Key] = Counter()
        #: ... -> the best transliteration score seen
        self.scores: dict[_Key, float] = {}
        #: ... -> the sources it was seen in
        self.where: dict[_Key, set[str]] = {}

    def add(self, mentions: Iterable[Mention], *, source: str, lang: str) -> None:
        """Count *mentions* of one document of *source*, written in *lang*."""
        for m in mentions:
            stem = m.stem
            self.counts[(m.entry_id, source, lang)] += 1
            self.forms[(m.entry_id, lang, stem)] += 1
            if m.match is MatchKind.FUZZY:
                key = (m.entry_id, lang, stem)
                self.fuzzy[key] += 1
                self.scores[key] = max(self.scores.get(key, 0.0), round(m.score, 4))
                self.where.setdefault(key, set()).add(source)

    def merge(self, other: Tally) -> None:
        """Add the counts of *other* to these."""
        self.counts.update(other.counts)
        self.forms.update(other.forms)
        self.fuzzy.update(other.fuzzy)
        for key, score in other.scores.items():
            self.scores[key] = max(self.scores.get(key, 0.0), score)
        for key, sources in other.where.items():
            self.where.setdefault(key, set()).update(sources)

    def to_dict(self) -> dict[str, Any]:
        """The tally as JSON-ready data (sorted, so equal tallies give equal JSON)."""
        return {
            "counts": [[*k, n] for k, n in sorted(self.counts.items())],
            "forms": [[*k, n] for k, n in sorted(self.forms.items())],
            "fuzzy": [[*k, n, self.scores[k], sorted(self.where[k])]
                      for k, n in sorted(self.fuzzy.items())],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Tally:
        """The inverse of :meth:`to_dict`."""
        tally = cls()
        for e, s, lang, n in data["counts"]:
            tally.counts[(e, s, lang)] = n
        for e, lang, form, n in data["forms"]:
            tally.forms[(e, lang, form)] = n
        for e, lang, form, n, score, sources in data["fuzzy"]:
            key = (e, lang, form)
            tally.fuzzy[key] = n
            tally.scores[key] = score
            tally.where[key] = set(sources)
        return tally


@dataclass(frozen=True, slots=True)
class FormCount:
    """One form of an entity as written in one language, how often, and whether listed."""

    form: str
    lang: str
    count: int
    listed: bool


@dataclass(frozen=True, slots=True)
class EntityRow:
    """One entity across the corpus."""

    entry_id: str
    type: str
    label: str
    total: int
    by_source: tuple[tuple[str, int], ...]
    by_lang: tuple[tuple[str, int], ...]
    by_source_lang: tuple[tuple[str, str, int], ...]
    forms: tuple[FormCount, ...]

    def to_dict(self) -> dict[str, Any]:
        """The row as JSON-ready data."""
        return {
            "id": self.entry_id, "type": self.type, "label": self.label, "total": self.total,
            "sources": dict(self.by_source), "languages": dict(self.by_lang),
            "counts": [{"source": s, "lang": lang, "count": n}
                       for s, lang, n in self.by_source_lang],
            "forms": [{"form": f.form, "lang": f.lang, "count": f.count, "listed": f.listed}
                      for f in self.forms],
        }


@dataclass(frozen=True, slots=True)
class EntityTable:
    """Every entity the corpus mentions (by id), and the spellings suggested as variants."""

    sources: tuple[str, ...]
    languages: tuple[str, ...]
    entities: tuple[EntityRow, ...]
    suggestions: tuple[Suggestion, ...]

    def to_dict(self) -> dict[str, Any]:
        """The table as JSON-ready data."""
        return {"sources": list(self.sources), "languages": list(self.languages),
                "entities": [e.to_dict() for e in self.entities],
                "suggestions": [s.to_dict() for s in self.suggestions]}

    def to_json(self) -> str:
        """The table as JSON text: one entity (and one suggestion) per line, which reads
        and diffs as well as an indented document and is written by json's C encoder
        (an indented one goes through its Python encoder: 2.5 s for 20,000 entities)."""
        data = self.to_dict()

        def lines(items: list[dict[str, Any]]) -> str:
            if not items:
                return "[]"
            return "[\n" + ",\n".join(json.dumps(x, ensure_ascii=False) for x in items) + "\n]"

        return (f'{{"sources": {json.dumps(data["sources"], ensure_ascii=False)},\n'
                f'"languages": {json.dumps(data["languages"], ensure_ascii=False)},\n'
                f'"entities": {lines(data["entities"])},\n'
                f'"suggestions": {lines(data["suggestions"])}}}\n')

    def to_csv(self) -> str:
        """One row per entity: totals per language and source, the forms, the unlisted ones."""
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(["id", "type", "label", "total",
                         *(f"lang:{lang}" for lang in self.languages),
                         *(f"source:{s}" for s in self.sources), "forms", "unlisted"])
        for e in self.entities:
            langs, sources = dict(e.by_lang), dict(e.by_source)
            writer.writerow([
                e.entry_id, e.type, e.label, e.total,
                *(langs.get(lang, 0) for lang in self.languages),
                *(sources.get(s, 0) for s in self.sources),
                "; ".join(f"{f.form} ({f.lang}) ×{f.count}" for f in e.forms),
                "; ".join(f"{f.form} ({f.lang}) ×{f.count}" for f in e.forms if not f.listed),
            ])
        return buf.getvalue()

    def suggestions_yaml(self, entries: Iterable[Entry]) -> str:
        """The suggested variants as a glossary YAML snippet to review and merge."""
        return suggestions_yaml(Alignment(self.sources, (), self.suggestions), entries)


def _sorted(counter: Counter[Any]) -> list[tuple[Any, int]]:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))


def entity_table(tally: Tally, entries: Sequence[Entry]) -> EntityTable:
    """The entity table of *tally*, with each form checked against *entries*."""
    by_id = {e.id: e for e in entries}
    per_source: dict[str, Counter[str]] = {}
    per_lang: dict[str, Counter[str]] = {}
    per_pair: dict[str, Counter[tuple[str, str]]] = {}
    for (e, s, lang), n in tally.counts.items():
        per_source.setdefault(e, Counter())[s] += n
        per_lang.setdefault(e, Counter())[lang] += n
        per_pair.setdefault(e, Counter())[(s, lang)] += n
    forms: dict[str, Counter[tuple[str, str]]] = {}
    for (e, lang, form), n in tally.forms.items():
        forms.setdefault(e, Counter())[(form, lang)] += n
    accepted: dict[tuple[str, str], frozenset[str]] = {}
    rows = []
    for entry_id in sorted(per_source):
        entry = by_id[entry_id]
        counted = []
        for (form, lang), n in _sorted(forms.get(entry_id, Counter())):
            ok = accepted.setdefault((entry_id, lang), accepted_forms(entry, lang))
            counted.append(FormCount(form, lang, n, fold(form) in ok))
        rows.append(EntityRow(
            entry_id, entry.type.value, entry.label("en"), sum(per_source[entry_id].values()),
            tuple(sorted(per_source[entry_id].items())), tuple(sorted(per_lang[entry_id].items())),
            tuple((s, lang, n) for (s, lang), n in sorted(per_pair[entry_id].items())),
            tuple(counted)))
    suggestions = tuple(
        Suggestion(e, lang, form, n, tuple(sorted(tally.where[(e, lang, form)])),
                   tally.scores[(e, lang, form)])
        for (e, lang, form), n in sorted(tally.fuzzy.items()))
    return EntityTable(
        tuple(sorted({s for _, s, _ in tally.counts})),
        tuple(sorted({lang for _, _, lang in tally.counts})),
        tuple(rows), suggestions)
