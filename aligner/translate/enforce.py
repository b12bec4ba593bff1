"""Glossary-enforced translation: names in, names out, as the glossary prescribes.

:func:`enforce_translation` runs the pipeline of issue 4 on one text:

1. normalize the source's names to the source language's preferred forms (the aligner);
2. protect the mentions of entities that must not be translated (people, places,
   organizations, systems, products, facilities, and ``do_not_translate`` entries):
   each becomes a placeholder whose target is the aligner's form of the mention in the
   target language, inflection carried over (Lawrows -> Lavrov's);
3. translate every sentence in one batch (:mod:`aligner.translate.guard` restores the
   target forms and translates piece by piece where the model lost a placeholder);
4. normalize the output with the aligner (an English "Araghchi" left in German output
   becomes "Araghtschi");
5. report term coverage: for every entity of the source, whether the output names it
   with one of its target-language terms that are not discouraged, and every
   deprecated or forbidden target term the model produced.

Concepts, events and documents are left to the model (a placeholder would lose their
case and agreement in German); step 4 and the report hold them to the glossary.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aligner.mention import Mention, Normalization
from aligner.sentences import split_sentences
from aligner.translate.guard import SentenceTranslator, translate_protected
from aligner.translate.protect import Shield, protect
from glossary.model import Entry, EntryType, lang_matches

if TYPE_CHECKING:
    from aligner.aligner import Aligner

__all__ = [
    "PROTECTED_TYPES",
    "Coverage",
    "EnforcedSentence",
    "Enforcement",
    "ForbiddenTerm",
    "enforce_translation",
    "is_protected",
]

#: Entry types whose mentions are copied, never translated.
PROTECTED_TYPES = frozenset(
    {
        EntryType.PERSON,
        EntryType.PLACE,
        EntryType.ORGANIZATION,
        EntryType.SYSTEM,
        EntryType.PRODUCT,
        EntryType.FACILITY,
    }
)


def is_protected(entry: Entry) -> bool:
    """Whether mentions of *entry* go through the model as placeholders."""
    return entry.do_not_translate or entry.type in PROTECTED_TYPES


@dataclass(frozen=True, slots=True)
class EnforcedSentence:
    """One sentence: source (normalized), what the model saw, the result, what was lost."""

    source: str
    protected: str
    translation: str
    lost: tuple[str, ...]  # entry ids whose placeholder the model dropped
    piecewise: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "protected": self.protected,
            "translation": self.translation,
            "lost": list(self.lost),
            "piecewise": self.piecewise,
        }


@dataclass(frozen=True, slots=True)
class Coverage:
    """One entity of the source: is it named in the output by a term the glossary accepts?"""

    entry_id: str
    label: str
    preferred: str | None  # the preferred target-language term, if any
    source_count: int
    target_forms: tuple[str, ...]  # the accepted forms found in the output
    protected: bool

    @property
    def covered(self) -> bool:
        return bool(self.target_forms)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.entry_id,
            "label": self.label,
            "preferred": self.preferred,
            "source_count": self.source_count,
            "target_forms": list(self.target_forms),
            "protected": self.protected,
            "covered": self.covered,
        }


@dataclass(frozen=True, slots=True)
class ForbiddenTerm:
    """A deprecated or forbidden target term in the model's output, and what became of it."""

    entry_id: str
    surface: str
    status: str
    replacement: str
    remains: bool  # still in the final output (normalization could not rewrite it)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.entry_id,
            "surface": self.surface,
            "status": self.status,
            "replacement": self.replacement,
            "remains": self.remains,
        }


@dataclass(frozen=True, slots=True)
class Enforcement:
    """The result of :func:`enforce_translation`."""

    from_code: str
    to_code: str
    text: str
    source: Normalization  # the source, normalized, and its mentions
    target: Normalization  # the output normalization: final text, mentions, changes
    sentences: tuple[EnforcedSentence, ...]
    coverage: tuple[Coverage, ...]
    forbidden: tuple[ForbiddenTerm, ...]

    @property
    def missing(self) -> tuple[Coverage, ...]:
        """Entities of the source that the output does not name acceptably."""
        return tuple(c for c in self.coverage if not c.covered)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: ``translation``, the mentions on both sides and the term report."""
        return {
            "from": self.from_code,
            "to": self.to_code,
            "translation": self.text,
            "source": {
                "text": self.source.text,
                "mentions": [m.to_dict() for m in self.source.mentions],
                "changes": [c.to_dict() for c in self.source.changes],
            },
            "target": {
                "mentions": [m.to_dict() for m in self.target.mentions],
                "changes": [c.to_dict() for c in self.target.changes],
            },
            "sentences": [s.to_dict() for s in self.sentences],
            "report": {
                "entities": [c.to_dict() for c in self.coverage],
                "missing": [c.entry_id for c in self.missing],
                "forbidden": [f.to_dict() for f in self.forbidden],
                "placeholders_lost": sum(len(s.lost) for s in self.sentences),
                "piecewise_sentences": sum(s.piecewise for s in self.sentences),
            },
        }


def enforce_translation(
    text: str,
    *,
    aligner: Aligner,
    translator: SentenceTranslator,
    from_code: str,
    to_code: str,
) -> Enforcement:
    """Translate *text* from *from_code* to *to_code* with the glossary of *aligner* enforced."""
    entries = {e.id: e for e in aligner.entries}
    source = aligner.normalize(text, lang=from_code)
    normalized = source.text
    targets = aligner.mentions(normalized, lang=from_code, to=to_code)
    sentences = split_sentences(normalized, lang=from_code)
    protected = [protect(s.text, _shields(targets, s.start, s.end, entries)) for s in sentences]
    guarded = translate_protected(translator, protected)

    parts: list[str] = []
    pos = 0
    for sentence, result in zip(sentences, guarded, strict=True):
        parts += [normalized[pos : sentence.start], result.text]
        pos = sentence.end
    parts.append(normalized[pos:])
    raw = "".join(parts)
    final = aligner.normalize(raw, lang=to_code)

    return Enforcement(
        from_code=from_code,
        to_code=to_code,
        text=final.text,
        source=source,
        target=_renormalized(aligner, final, to_code),
        sentences=tuple(
            EnforcedSentence(
                source=s.text,
                protected=p.text,
                translation=g.text,
                lost=tuple(slot.key for slot in g.restored.lost),
                piecewise=g.piecewise,
            )
            for s, p, g in zip(sentences, protected, guarded, strict=True)
        ),
        coverage=_coverage(aligner, source.mentions, final, entries, to_code),
        forbidden=_forbidden(final, to_code),
    )


def _shields(
    mentions: Sequence[Mention], start: int, end: int, entries: dict[str, Entry]
) -> list[Shield]:
    shields = []
    last = start
    for m in mentions:
        if (
            start <= m.start
            and m.end <= end
            and m.start >= last
            and is_protected(entries[m.entry_id])
        ):
            shields.append(Shield(m.start - start, m.end - start, m.replacement, m.entry_id))
            last = m.end
    return shields


def _renormalized(aligner: Aligner, final: Normalization, lang: str) -> Normalization:
    """The mentions of the final output (offsets into it) beside the changes made to it."""
    return Normalization(final.text, aligner.find(final.text, lang=lang), final.changes)


def _accepted(entry: Entry, lang: str) -> set[str]:
    return {t.text.casefold() for t in entry.terms_in(lang) if not t.status.discouraged}


def _coverage(
    aligner: Aligner,
    source_mentions: Sequence[Mention],
    final: Normalization,
    entries: dict[str, Entry],
    lang: str,
) -> tuple[Coverage, ...]:
    counts: dict[str, int] = {}
    for m in source_mentions:
        counts[m.entry_id] = counts.get(m.entry_id, 0) + 1
    found: dict[str, list[str]] = {}
    for m in aligner.find(final.text, lang=lang):
        entry = entries[m.entry_id]
        if m.stem.casefold() in _accepted(entry, lang) or (
            not entry.terms_in(lang) and not m.status.discouraged
        ):
            forms = found.setdefault(m.entry_id, [])
            if m.stem not in forms:
                forms.append(m.stem)
    report = []
    for entry_id in sorted(counts):
        entry = entries[entry_id]
        preferred = entry.preferred(lang)
        report.append(
            Coverage(
                entry_id=entry_id,
                label=entry.label(lang),
                preferred=preferred.text if preferred else None,
                source_count=counts[entry_id],
                target_forms=tuple(found.get(entry_id, ())),
                protected=is_protected(entry),
            )
        )
    return tuple(report)


def _forbidden(final: Normalization, lang: str) -> tuple[ForbiddenTerm, ...]:
    """Discouraged target-language terms in the model's output (before normalization)."""
    out = []
    for m in final.mentions:
        if m.status.discouraged and lang_matches(m.lang, lang):
            out.append(
                ForbiddenTerm(
                    entry_id=m.entry_id,
                    surface=m.surface,
                    status=m.status.value,
                    replacement=m.replacement,
                    remains=not m.changed,
                )
            )
    return tuple(out)
