"""A digest: one summary of English and German sources, in one language, names enforced.

:func:`make_digest` picks the most informative sentences across the sources
(:func:`aligner.summarize.summarize`), translates those not in the digest's language
with the glossary enforced (:func:`aligner.translate.enforce.enforce_translation`, one
batch per source language), normalizes those already in it, and adds the cross-source
entity table (:func:`aligner.crosssource.align_sources`) and the merged term report.
The :class:`Digest` it returns renders as Markdown (:meth:`Digest.to_markdown`) or as
JSON-ready data (:meth:`Digest.to_dict`): what ``termaid digest`` prints.

Translators are passed in (anything with a ``translate_batch``, see
:class:`aligner.translate.guard.SentenceTranslator`), so this module loads no model;
:func:`load_translators` gets them from the installed Argos packages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aligner.crosssource import EntityReport, align_sources
from aligner.errors import LanguageError
from aligner.source import Source
from aligner.summarize import Pick, summarize
from aligner.translate.enforce import Coverage, Enforcement, ForbiddenTerm, enforce_translation

if TYPE_CHECKING:
    from aligner.aligner import Aligner
    from aligner.translate.backend import Translator
    from aligner.translate.guard import SentenceTranslator

__all__ = ["Digest", "DigestSentence", "TermReport", "load_translators", "make_digest"]


@dataclass(frozen=True, slots=True)
class DigestSentence:
    """One picked sentence: where it came from and what the digest says (translated or not)."""

    pick: Pick
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {**self.pick.to_dict(), "original": self.pick.text, "text": self.text}


@dataclass(frozen=True, slots=True)
class TermReport:
    """The term coverage of every translated batch, merged by entity."""

    entities: tuple[Coverage, ...]  # by id
    forbidden: tuple[ForbiddenTerm, ...]
    placeholders_lost: int
    piecewise_sentences: int

    @property
    def missing(self) -> tuple[Coverage, ...]:
        """Entities of the translated sentences that the digest does not name acceptably."""
        return tuple(c for c in self.entities if not c.covered)

    @classmethod
    def merged(cls, results: Iterable[Enforcement]) -> TermReport:
        """One report for several translations: counts added, target forms joined."""
        entities: dict[str, Coverage] = {}
        forbidden: list[ForbiddenTerm] = []
        lost = piecewise = 0
        for result in results:
            for c in result.coverage:
                known = entities.get(c.entry_id)
                entities[c.entry_id] = c if known is None else replace(
                    known,
                    source_count=known.source_count + c.source_count,
                    target_forms=tuple(sorted(set(known.target_forms) | set(c.target_forms))),
                )
            forbidden += result.forbidden
            lost += sum(len(s.lost) for s in result.sentences)
            piecewise += sum(s.piecewise for s in result.sentences)
        return cls(tuple(entities[k] for k in sorted(entities)), tuple(forbidden), lost, piecewise)

    def to_dict(self) -> dict[str, Any]:
        return {
            "entities": [c.to_dict() for c in self.entities],
            "missing": [c.entry_id for c in self.missing],
            "forbidden": [f.to_dict() for f in self.forbidden],
            "placeholders_lost": self.placeholders_lost,
            "piecewise_sentences": self.piecewise_sentences,
        }


@dataclass(frozen=True, slots=True)
class Digest:
    """The result of :func:`make_digest`."""

    to: str
    sources: tuple[Source, ...]
    sentences: tuple[DigestSentence, ...]  # in source order
    entities: tuple[EntityReport, ...]  # the cross-source table, by id
    report: TermReport

    @property
    def text(self) -> str:
        """The digest's sentences, one paragraph each."""
        return "\n\n".join(s.text for s in self.sentences)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: ``to``, ``sources``, ``sentences``, ``entities`` and ``report``."""
        return {
            "to": self.to,
            "sources": [{"name": d.name, "lang": d.lang} for d in self.sources],
            "sentences": [s.to_dict() for s in self.sentences],
            "entities": [e.to_dict() for e in self.entities],
            "report": self.report.to_dict(),
        }

    def to_markdown(self) -> str:
        """The digest as Markdown: sentences cited by source number, sources, entities, terms."""
        return "\n".join(_markdown(self)) + "\n"


def make_digest(
    sources: Sequence[Source],
    *,
    aligner: Aligner,
    to: str,
    translators: Mapping[str, SentenceTranslator],
    sentences: int = 5,
    progress: Callable[[str], None] | None = None,
) -> Digest:
    """The digest of *sources* in *to*, from the *sentences* most informative sentences.

    *translators* maps each source language other than *to* to a translator into *to*
    (:func:`load_translators` makes them); a language without one raises
    :class:`~aligner.errors.LanguageError` before any work. *progress* is called with a
    short description after each step.
    """
    step = progress or (lambda _: None)
    missing = sorted({s.lang for s in sources if s.lang != to} - set(translators))
    if missing:
        raise LanguageError(f"no translator from {', '.join(missing)} to {to}")
    alignment = align_sources(aligner, sources)
    step("aligned the sources")
    picks = summarize(sources, aligner=aligner, sentences=sentences).picks
    step("picked the sentences")
    texts, results = _digest_texts(picks, aligner, translators, to)
    step("translated")
    return Digest(
        to=to,
        sources=tuple(sources),
        sentences=tuple(DigestSentence(p, t) for p, t in zip(picks, texts, strict=True)),
        entities=alignment.entities,
        report=TermReport.merged(results),
    )


def load_translators(
    langs: Iterable[str], to: str, *, directory: Path | None = None
) -> dict[str, Translator]:
    """A translator into *to* per language of *langs*, from the installed Argos packages.

    Raises (before loading any) when *to* is among *langs* or a model is not installed.
    """
    from aligner.translate.backend import Translator
    from aligner.translate.models import find_model

    wanted = sorted(set(langs))
    if to in wanted:
        raise LanguageError(f"the text is already in {to}; nothing to translate")
    found = {lang: find_model(lang, to, directory=directory) for lang in wanted}
    return {lang: Translator(model) for lang, model in found.items()}


def _digest_texts(
    picks: Sequence[Pick],
    aligner: Aligner,
    translators: Mapping[str, SentenceTranslator],
    to: str,
) -> tuple[list[str], list[Enforcement]]:
    """Each pick in *to*: translated in one batch per language, or normalized."""
    texts = [""] * len(picks)
    results = []
    for lang in sorted({p.lang for p in picks}):
        indices = [i for i, p in enumerate(picks) if p.lang == lang]
        if lang == to:
            for i in indices:
                texts[i] = aligner.normalize(picks[i].text, lang=to).text
            continue
        joined = "\n\n".join(picks[i].text for i in indices)  # one paragraph per sentence
        result = enforce_translation(
            joined, aligner=aligner, translator=translators[lang], from_code=lang, to_code=to
        )
        results.append(result)
        for i, translated in zip(indices, result.text.split("\n\n"), strict=True):
            texts[i] = translated
    return texts, results


def _markdown(digest: Digest) -> Iterable[str]:
    number = {d.name: i + 1 for i, d in enumerate(digest.sources)}
    yield from ("# Digest", "")
    yield from (f"{s.text} [{number[s.pick.source]}]" for s in digest.sentences)
    yield from ("", "## Sources", "")
    yield from (f"{number[d.name]}. {d.name} ({d.lang})" for d in digest.sources)
    yield from ("", "## Entities", "")
    yield "| entity | " + " | ".join(f"[{number[d.name]}]" for d in digest.sources) + " |"
    yield "|---" * (len(digest.sources) + 1) + "|"
    for entity in digest.entities:
        cells = {s.source: f"{s.count}: " + ", ".join(f for f, _ in s.forms) for s in entity.sources}
        row = " | ".join(cells.get(d.name, "–") for d in digest.sources)
        yield f"| {entity.label} | {row} |"
    yield from ("", "## Terms", "")
    if not digest.report.entities:
        yield "Nothing was translated."
    for c in digest.report.entities:
        mark = "ok" if c.covered else "MISSING"
        yield f"- {c.label}: {mark} ({', '.join(c.target_forms) or 'not in the output'})"
    for f in digest.report.forbidden:
        yield f"- model wrote {f.status} term {f.surface!r}, replaced by {f.replacement!r}"
