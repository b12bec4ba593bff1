"""What lookup asks of an index, and the index held in memory.

An index answers five questions about folded keys (:mod:`glossary.fold`): which terms
have this key, which start with it, which hold it as a run of whole words, which keys are
worth a fuzzy comparison, and which entry has an id. :class:`MemoryIndex` answers them
from dictionaries; :class:`glossary.index.CompiledGlossary` from SQLite tables built with
the same functions (:func:`index_keys`, :func:`fuzzy_blocks`, :func:`word_keys`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import Protocol

from .fold import fold_keys, with_compacts
from .model import Entry
from .spelling import spelling_keys

__all__ = [
    "WORD_SCAN",
    "Hit",
    "MemoryIndex",
    "TermIndex",
    "fuzzy_blocks",
    "holds_words",
    "index_keys",
    "probe_word",
    "with_compacts",
    "word_keys",
]

#: A hit in an index: an entry id and the position of the term in ``entry.terms``.
Hit = tuple[str, int]
_PREFIX_SCAN = 200
#: Keys a word search reads for its rarest word before it checks the whole phrase.
WORD_SCAN = 2000


class TermIndex(Protocol):
    """What :func:`glossary.lookup.lookup` needs from an index (in memory or SQLite)."""

    def exact(self, key: str) -> Sequence[Hit]:
        """Hits whose folded term equals *key* (also its spaceless form)."""

    def prefix(self, key: str, limit: int) -> Sequence[Hit]:
        """Hits whose folded term starts with *key*, at most *limit*, shortest keys first."""

    def containing(self, key: str, limit: int) -> Sequence[Hit]:
        """Hits whose folded term holds *key* as a run of whole words and is longer, at most
        *limit*, shortest keys first (see :func:`holds_words`)."""

    def fuzzy_keys(self, key: str) -> Sequence[str]:
        """Candidate keys for fuzzy comparison with *key*: see :func:`fuzzy_blocks`."""

    def hits(self, keys: Iterable[str]) -> Sequence[tuple[str, Hit]]:
        """The hits of each of these keys."""

    def entry(self, entry_id: str) -> Entry:
        """The entry with this id."""


def fuzzy_blocks(key: str) -> tuple[str, str]:
    """The blocks a key is compared within for fuzzy matching: its first and its last letter.

    A misspelling rarely changes both ends of a word, so comparing a query only with
    the keys that share its first or its last letter keeps nearly every close key while
    skipping most of a large glossary.

    >>> fuzzy_blocks("lavrof")
    ('^l', 'f$')
    """
    return ("^" + key[:1], key[-1:] + "$")


def index_keys(text: str) -> tuple[str, ...]:
    """The keys a term is indexed under: its folded forms and their spaceless forms, the
    keys under which validation and the import merge call two terms one spelling
    (:func:`glossary.spelling.spelling_keys`): lookup finds what they would join."""
    return spelling_keys(text)


def word_keys(key: str) -> tuple[str, ...]:
    """The words a folded *key* is found by in a word search: none for a one-word key
    (its only word is the key itself, which exact lookup finds).

    >>> word_keys("islamic revolutionary guard corps"), word_keys("bundnis")
    (('islamic', 'revolutionary', 'guard', 'corps'), ())
    """
    words = key.split(" ")
    return tuple(dict.fromkeys(words)) if len(words) > 1 else ()


def holds_words(key: str, words: str) -> bool:
    """Whether folded *key* holds folded *words* as a run of whole words, and more.

    >>> holds_words("russland iran bundnis", "bundnis"), holds_words("nord sud korridor", "sud")
    (True, True)
    >>> holds_words("russland iran bundnis", "bund"), holds_words("bundnis", "bundnis")
    (False, False)
    """
    return key != words and f" {words} " in f" {key} "


def probe_word(words: str) -> str:
    """The word of folded *words* a word search starts from: the longest (likely rarest)."""
    return max(words.split(" "), key=len)


class MemoryIndex:
    """A :class:`TermIndex` over entries held in memory."""

    __slots__ = ("_blocks", "_entries", "_keys", "_sorted", "_spelled_keys", "_words")

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._entries: dict[str, Entry] = {}
        keys: dict[str, list[Hit]] = {}
        for entry in entries:
            self._entries.setdefault(entry.id, entry)
            for position, term in enumerate(entry.terms):
                for key in index_keys(term.text):
                    keys.setdefault(key, []).append((entry.id, position))
        self._keys = keys
        self._sorted: list[str] | None = None
        self._blocks: dict[str, list[str]] | None = None
        self._words: dict[str, list[str]] | None = None
        self._spelled_keys: set[str] | None = None

    def _spelled(self) -> set[str]:
        """The folded keys of all terms (without spaceless forms), computed once."""
        if self._spelled_keys is None:
            self._spelled_keys = {k for e in self._entries.values() for t in e.terms
                                  for k in fold_keys(t.text)}
        return self._spelled_keys

    def _sorted_keys(self) -> list[str]:
        if self._sorted is None:
            self._sorted = sorted(self._keys)
        return self._sorted

    def exact(self, key: str) -> Sequence[Hit]:
        return self._keys.get(key, ())

    def prefix(self, key: str, limit: int) -> Sequence[Hit]:
        keys = self._sorted_keys()
        start = bisect.bisect_left(keys, key)
        found: list[str] = []
        for candidate in keys[start : start + _PREFIX_SCAN]:
            if not candidate.startswith(key):
                break
            found.append(candidate)
        found.sort(key=len)
        return self._first_hits(found, limit)

    def containing(self, key: str, limit: int) -> Sequence[Hit]:
        if self._words is None:
            words: dict[str, list[str]] = {}
            for candidate in self._spelled():
                if " " in candidate:
                    for word in set(candidate.split(" ")):
                        words.setdefault(word, []).append(candidate)
            for found in words.values():
                found.sort(key=lambda k: (len(k), k))  # shortest first, as in the index
            self._words = words
        scanned = self._words.get(probe_word(key), [])[:WORD_SCAN]
        return self._first_hits([k for k in scanned if holds_words(k, key)], limit)

    def _first_hits(self, keys: list[str], limit: int) -> list[Hit]:
        out: list[Hit] = []
        for candidate in keys:
            out.extend(self._keys[candidate])
            if len(out) >= limit:
                break
        return out

    def fuzzy_keys(self, key: str) -> Sequence[str]:
        if self._blocks is None:
            blocks: dict[str, list[str]] = {}
            for candidate in self._spelled():
                for block in fuzzy_blocks(candidate):
                    blocks.setdefault(block, []).append(candidate)
            self._blocks = blocks
        found: dict[str, None] = {}
        for block in fuzzy_blocks(key):
            found.update(dict.fromkeys(self._blocks.get(block, ())))
        return list(found)

    def hits(self, keys: Iterable[str]) -> Sequence[tuple[str, Hit]]:
        return [(k, hit) for k in keys for hit in self._keys.get(k, ())]

    def entry(self, entry_id: str) -> Entry:
        return self._entries[entry_id]
