"""Extractive summaries of one or several articles, English and German, sources cited.

Each sentence (from :mod:`aligner.sentences`) is scored by

* entity salience: the glossary entities it mentions (found by the aligner), each
  weighted by how many sources mention it and how often, so the entities the
  coverage agrees on count most, whatever the language or spelling;
* position: lead sentences count more (news puts the essentials first);
* length: headlines and fragments (under five words) count less.

Sentences are then picked greedily, best first, skipping any too similar to one
already picked (redundancy across sources: shared entities count in any language,
shared words within one language). The picks keep their order: sources as given,
sentences as written. Deterministic: ties go to the earlier sentence.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aligner.sentences import split_sentences
from aligner.source import Source
from glossary.fold import fold

if TYPE_CHECKING:
    from aligner.aligner import Aligner

__all__ = ["Pick", "Summary", "summarize"]

_WORD = re.compile(r"\w+")
_SHORT_WORDS = 4  # words this short or shorter say little about the content


@dataclass(frozen=True, slots=True)
class Pick:
    """One sentence of the summary, with where it came from and why it was picked."""

    source: str
    lang: str
    index: int  # the sentence's number in its source, from 0
    start: int
    end: int
    text: str
    entities: tuple[str, ...]
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "lang": self.lang,
            "sentence": self.index,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "entities": list(self.entities),
            "score": round(self.score, 4),
        }


@dataclass(frozen=True, slots=True)
class Summary:
    """The picked sentences, in source order."""

    picks: tuple[Pick, ...]

    @property
    def text(self) -> str:
        """The sentences, one paragraph each."""
        return "\n\n".join(p.text for p in self.picks)


@dataclass(frozen=True, slots=True)
class _Candidate:
    doc: int
    index: int
    lang: str
    start: int
    end: int
    text: str
    entities: frozenset[str]
    words: frozenset[str]
    score: float


def summarize(
    documents: Sequence[Source],
    *,
    aligner: Aligner,
    sentences: int = 5,
    max_similarity: float = 0.5,
) -> Summary:
    """The *sentences* most informative sentences of *documents*, redundancy removed.

    Two sentences are redundant when the Jaccard similarity of their entity sets (and,
    in the same language, of their content words) exceeds *max_similarity*.
    """
    if sentences < 1:
        raise ValueError(f"a summary needs at least one sentence, not {sentences}")
    candidates = _candidates(documents, aligner)
    picked: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: (-c.score, c.doc, c.index)):
        if len(picked) == sentences:
            break
        if all(_similarity(cand, other) <= max_similarity for other in picked):
            picked.append(cand)
    picked.sort(key=lambda c: (c.doc, c.index))
    return Summary(
        tuple(
            Pick(
                source=documents[c.doc].name,
                lang=c.lang,
                index=c.index,
                start=c.start,
                end=c.end,
                text=c.text,
                entities=tuple(sorted(c.entities)),
                score=c.score,
            )
            for c in picked
        )
    )


def _candidates(documents: Sequence[Source], aligner: Aligner) -> list[_Candidate]:
    per_doc = []
    sources_of: dict[str, set[int]] = {}
    mentions_of: Counter[str] = Counter()
    for d, doc in enumerate(documents):
        mentions = aligner.find(doc.text, lang=doc.lang)
        for m in mentions:
            sources_of.setdefault(m.entry_id, set()).add(d)
            mentions_of[m.entry_id] += 1
        per_doc.append((split_sentences(doc.text, lang=doc.lang), mentions))

    def salience(entry_id: str) -> float:
        return len(sources_of[entry_id]) + math.log1p(mentions_of[entry_id])

    out = []
    for d, (sents, mentions) in enumerate(per_doc):
        lang = documents[d].lang
        for i, sent in enumerate(sents):
            entities = frozenset(
                m.entry_id for m in mentions if sent.start <= m.start and m.end <= sent.end
            )
            words = [w for w in _WORD.findall(fold(sent.text)) if len(w) > _SHORT_WORDS]
            n_words = len(sent.text.split())
            score = sum(salience(e) for e in entities)
            score += 2.0 / math.sqrt(i + 1)  # lead sentences
            score += min(len(set(words)), 12) / 12  # some content, capped
            if n_words < 5:
                score *= 0.5  # headlines, datelines, fragments
            out.append(
                _Candidate(
                    d, i, lang, sent.start, sent.end, sent.text, entities, frozenset(words), score
                )
            )
    return out


def _similarity(a: _Candidate, b: _Candidate) -> float:
    left: set[str] = set(a.entities)
    right: set[str] = set(b.entities)
    if a.lang == b.lang:
        left |= a.words
        right |= b.words
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)
