"""Telling English from German text by counting stopwords: enough for this tool's inputs.

This is a deliberately small detector, not a general one: it counts a few dozen of the
most frequent function words of each language in the first :data:`SAMPLE` characters
and picks the language with more hits, if it has at least :data:`MIN_HITS` and twice the
other's. Anything else (too short, another language, a mix) raises
:class:`~aligner.errors.LanguageError` asking for ``--lang``.
"""

from __future__ import annotations

import re

from .errors import LanguageError

__all__ = ["MIN_HITS", "SAMPLE", "STOPWORDS", "detect_language"]

#: How much of a text is read, in characters.
SAMPLE = 20_000
#: Stopword hits the winning language needs.
MIN_HITS = 2
#: Frequent function words that the other language does not use as words.
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        ["the", "and", "of", "to", "is", "are", "was", "were", "that", "this", "with", "for", "from", "by", "on", "its", "it", "has", "have", "had", "which", "who", "their", "they", "be", "been", "not", "but", "or", "at", "an", "as", "will", "would", "than", "these", "those"]
    ),
    "de": frozenset(
        ["der", "die", "das", "und", "ist", "sind", "war", "waren", "nicht", "mit", "von", "für", "auf", "dem", "den", "des", "ein", "eine", "einer", "eines", "sich", "auch", "dass", "wie", "bei", "nach", "aus", "über", "zum", "zur", "wird", "werden", "hat", "haben", "noch", "nur", "oder", "aber", "als"]
    ),
}
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str, *, name: str = "text") -> str:
    """``"en"`` or ``"de"``: the language of *text* by stopword counts.

    >>> detect_language("Der Außenminister sagte, dass die Gespräche weitergehen.")
    'de'
    >>> detect_language("The foreign minister said that the talks would go on.")
    'en'
    """
    counts = dict.fromkeys(STOPWORDS, 0)
    for word in _WORD.findall(text[:SAMPLE]):
        low = word.casefold()
        for lang, words in STOPWORDS.items():
            if low in words:
                counts[lang] += 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    (best, hits), (_, second) = ranked[0], ranked[1]
    if hits >= MIN_HITS and hits >= 2 * second:
        return best
    raise LanguageError(
        f"{name}: cannot tell its language ({', '.join(f'{k}: {v}' for k, v in ranked)} "
        f"stopwords); give it with --lang"
    )
