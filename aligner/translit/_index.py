"""TranslitIndex: names found by transliteration key, exactly or within one edit."""

from __future__ import annotations

import gc
import pickle
from collections.abc import Hashable, Iterable
from typing import Any, Generic, TypeVar

from ._score import (
    FUZZY_MIN_KEY_LEN,
    MATCH_THRESHOLD,
    key_requirement,
    length_bound,
    name_score,
    similarity,
)
from ._spell import VOWELS, Reading, Token, analyze_name, analyze_token, name_words
from ._tables import rules_for

__all__ = ["TranslitIndex"]

P = TypeVar("P", bound=Hashable)
#: A query token whose normalised length is below this share of the query's whole length
#: is not used to look a multi-word query up. A match may leave such a token unaligned.
_LOOKUP_MIN_SHARE = 0.3
#: Names with more tokens than this are not also filed as one joined word.
_JOIN_MAX = 3
#: Keys longer than this (no name's token has 64 consonants) get no deletion
#: neighbourhood, which costs L copies of an L-long key: they are found only exactly, and
#: a query key over one longer is looked up only exactly (one edit cannot reach a filed
#: key). A 42 kB token took 784 MiB in normalize without this cap, a 10 MB one died.
FUZZY_MAX_KEY_LEN = 64


def _posting(reading: Reading) -> str:
    """Posting key of a reading: its key, its ending and whether it starts with a vowel.
    Readings whose endings or onsets differ never match."""
    return f"{reading.key}|{reading.ending}{'v' if reading.normal[:1] in VOWELS else 'c'}"


def _inner_deletions(key: str) -> list[str]:
    """The key without one of its inner consonants. One-edit matches keep the first and
    the last consonant, so deleting those is never needed."""
    return [key[:i] + key[i + 1 :] for i in range(1, len(key) - 1)]


def _weight(token: Token) -> int:
    return max(len(token.normal), 1)


class TranslitIndex(Generic[P]):
    """Names found by transliteration key, exactly or within one edit, without a scan.

    Names are grouped by their number of tokens (particles aside); a name of two or three
    tokens is also filed as one joined word ("Amu Darya" as "Amudarya"). A query only
    finds names with as many tokens as it has. :func:`name_similarity` also scores names
    of different lengths, so index a surname alone ("Lavrov") as a name of its own if
    mentions by surname should be found.

    Within a group, every name is filed under each reading of each of its tokens (see
    aligner/data/translit.yaml: letters read two ways, ending classes): the reading's
    key, ending and onset, beside its normalised spelling. Every distinct key of at least
    :data:`FUZZY_MIN_KEY_LEN` consonants is also filed under each of its inner
    one-deletion variants (its deletion neighbourhood), so a few dictionary look-ups find
    the keys one inner substitution, insertion, deletion or adjacent transposition away.
    A query is looked up by one of its tokens (the one with the fewest candidates); the
    spellings filed beside the candidates are compared with that token's readings first,
    and only the names that pass are scored with :func:`name_similarity`. The index holds
    only plain dicts, lists, tuples and strings, so it pickles.

    *min_score* in :meth:`candidates` filters names whose lookup token matches; lowering
    it below :data:`MATCH_THRESHOLD` does not widen the search.

    >>> index = TranslitIndex([("Sergei Lavrov", "en", 1), ("Maria Zakharova", "en", 2)])
    >>> [(p, n) for p, n, _ in index.candidates("Marija Sacharowa", "de")]
    [(2, 'Maria Zakharova')]
    """

    def __init__(self, names: Iterable[tuple[str, str, P]] = ()) -> None:
        #: (payload, name, rule set) of every name added.
        self._entries: list[tuple[P, str, str]] = []
        #: token count → posting key → (entry ids, normalised spellings of their readings).
        self._postings: dict[int, dict[str, tuple[list[int], list[str]]]] = {}
        #: inner one-deletion variant, or an indexed key itself → the key (or keys).
        self._neighbours: dict[str, str | list[str]] = {}
        #: the keys filed in _neighbours.
        self._keys: set[str] = set()
        #: every posting key of every group, and the same with the key replaced by each
        #: of its inner one-deletion variants (see :meth:`may_match`).
        self._filed: set[str] = set()
        self._filed_near: set[str] = set()
        #: the longest normalised spelling filed.
        self._longest = 0
        self.extend(names)

    def extend(self, names: Iterable[tuple[str, str, P]]) -> None:
        """Index every ``(name, lang, payload)`` of *names*.

        The cyclic garbage collector is paused meanwhile (the index holds no cycles), which
        saves about a quarter of the time of a large build."""
        paused = gc.isenabled()
        gc.disable()
        try:
            for name, lang, payload in names:
                self.add(name, lang, payload)
        finally:
            if paused:
                gc.enable()

    def __len__(self) -> int:
        return len(self._entries)

    def state(self) -> tuple[Any, ...]:
        """The index as plain dicts, lists, sets, tuples, strings and numbers (for
        :mod:`pickle` and :mod:`marshal`); :meth:`from_state` is the inverse."""
        return (self._entries, self._postings, self._neighbours, self._keys, self._filed,
                self._filed_near, self._longest)

    @classmethod
    def from_state(cls, state: object) -> TranslitIndex[P]:
        """The index whose :meth:`state` is *state* (TypeError when it is not one)."""
        if not isinstance(state, tuple) or len(state) != 7:
            raise TypeError("not the state of a transliteration index")
        index: TranslitIndex[P] = cls()
        (index._entries, index._postings, index._neighbours, index._keys, index._filed,
         index._filed_near, index._longest) = state
        return index

    def __reduce__(self) -> tuple[object, tuple[bytes]]:
        # The state is pickled on its own, so that unpickling can pause the cyclic garbage
        # collector, which otherwise makes loading a large index several times slower.
        return _restore_index, (pickle.dumps(self.state(), protocol=pickle.HIGHEST_PROTOCOL),)

    def _file(self, group: dict[str, tuple[list[int], list[str]]], posting: str, entry: int,
              normal: str) -> None:
        filed = group.get(posting)
        if filed is None:
            group[posting] = ([entry], [normal])
            if posting not in self._filed:
                self._filed.add(posting)
                key, bar, suffix = posting.partition("|")
                if bar and FUZZY_MIN_KEY_LEN <= len(key) <= FUZZY_MAX_KEY_LEN:
                    self._filed_near.update(v + bar + suffix for v in _inner_deletions(key))
                self._longest = max(self._longest, len(normal))
        elif filed[0][-1] != entry or filed[1][-1] != normal:
            filed[0].append(entry)
            filed[1].append(normal)

    def add(self, name: str, lang: str, payload: P) -> None:
        """Index *name*, spelled the *lang* way, for *payload*."""
        rules = rules_for(lang)
        words = name_words(name)
        if not words:
            return
        entry = len(self._entries)
        self._entries.append((payload, name, rules))
        tokens = [analyze_token(t, rules) for t in words]
        groups = [(len(tokens), tokens)]
        if 1 < len(tokens) <= _JOIN_MAX:
            groups.append((1, [analyze_token("".join(words), rules)]))
        for size, members in groups:
            group = self._postings.setdefault(size, {})
            for token in members:
                for reading in token.readings:
                    self._file(group, _posting(reading), entry, reading.normal)
                    self._add_key(reading.key)
                # The same folded spelling always matches, whatever the rule sets read.
                self._file(group, "=" + token.folded, entry, token.normal)

    def _add_key(self, key: str) -> None:
        if not FUZZY_MIN_KEY_LEN <= len(key) <= FUZZY_MAX_KEY_LEN or key in self._keys:
            return
        self._keys.add(key)
        neighbours = self._neighbours
        # A new key: filed under itself and under its inner one-deletion variants.
        for variant in (key, *_inner_deletions(key)):
            found = neighbours.setdefault(variant, key)
            if found is not key:
                if isinstance(found, str):
                    neighbours[variant] = [found, key]
                else:
                    found.append(key)

    def _near_keys(self, key: str) -> set[str]:
        near = {key}
        if not FUZZY_MIN_KEY_LEN <= len(key) <= FUZZY_MAX_KEY_LEN + 1:
            return near
        neighbours = self._neighbours
        for probe in (key, *_inner_deletions(key)):
            found = neighbours.get(probe)
            if found is not None:
                near.update((found,) if isinstance(found, str) else found)
        return near

    def _lookups(self, token: Token) -> list[tuple[str, str, float]]:
        """(posting key, the reading's spelling, similarity needed) to look *token* up by.

        The reading's own key always counts: equal spellings match regardless (a
        requirement above 1 lets only those through)."""
        out: list[tuple[str, str, float]] = []
        for reading in token.readings:
            suffix = _posting(reading)[len(reading.key):]
            for other in self._near_keys(reading.key):
                required = key_requirement(reading.key, other)
                if other == reading.key and required is None:
                    required = 2.0
                if required is not None:
                    out.append((other + suffix, reading.normal, required))
        out.append(("=" + token.folded, token.normal, 0.0))
        return out

    def may_match(self, word: str, lang: str) -> bool:
        """Whether a one-word query *word* may find a name: some reading of it has an
        indexed key within one edit with the same ending and onset (no spelling is
        compared, so this may say yes where :meth:`candidates` finds nothing; never the
        other way round). A few set look-ups, no scan."""
        if len(word) > self._longest + 8:
            return False  # far longer than any name's word (German compounds)
        filed, near = self._filed, self._filed_near
        for token in analyze_name(word, rules_for(lang)):
            if "=" + token.folded in filed:
                return True
            for reading in token.readings:
                key = reading.key
                suffix = _posting(reading)[len(key):]
                if key + suffix in filed:
                    return True
                if len(key) >= FUZZY_MIN_KEY_LEN - 1 and key + suffix in near:
                    return True  # an indexed key has one inner consonant more
                if FUZZY_MIN_KEY_LEN <= len(key) <= FUZZY_MAX_KEY_LEN + 1:
                    for variant in _inner_deletions(key):
                        probe = variant + suffix
                        if probe in filed or probe in near:
                            return True
        return False

    def candidates(
        self, token: str, lang: str, *, min_score: float = MATCH_THRESHOLD
    ) -> list[tuple[P, str, float]]:
        """Indexed names that match *token*, a word or a name spelled the *lang* way.

        Returns ``(payload, matched name, score)`` for every payload that has a name scoring
        at least *min_score*. Only the payload's best name is returned. The list is sorted
        best first, and names break ties.
        """
        rules = rules_for(lang)
        query = analyze_name(token, rules)
        found = self._candidates(query, len(query), rules, min_score)
        if 1 < len(query) <= _JOIN_MAX:
            # a name filed as one word ("Schahr-e Kord" / "Shahrekord")
            joined = (analyze_token("".join(t.folded for t in query), rules),)
            seen = {payload for payload, _, _ in found}
            more = self._candidates(joined, 1, rules, min_score, query)
            found.extend(r for r in more if r[0] not in seen)
            found.sort(key=lambda r: (-r[2], r[1]))
        return found

    def _candidates(
        self,
        query: tuple[Token, ...],
        size: int,
        rules: str,
        min_score: float,
        scored: tuple[Token, ...] | None = None,
    ) -> list[tuple[P, str, float]]:
        """Names of group *size* that *query* finds, scored as *scored* (or *query*)."""
        group = self._postings.get(size)
        if not query or group is None:
            return []
        total = sum(map(_weight, query))
        chosen: list[tuple[tuple[list[int], list[str]], str, float]] | None = None
        chosen_size = 0
        for tok in query:
            if len(query) > 1 and _weight(tok) < _LOOKUP_MIN_SHARE * total:
                continue
            found = []
            size = 0
            for posting, normal, required in self._lookups(tok):
                filed = group.get(posting)
                if filed is not None:
                    found.append((filed, normal, required))
                    size += len(filed[0])
            if chosen is None or size < chosen_size:
                chosen, chosen_size = found, size
                if size == 0:
                    return []
        ids: set[int] = set()
        for (entries, normals), normal, required in chosen or ():
            for entry, other in zip(entries, normals):
                if entry in ids:
                    continue
                if (
                    other == normal
                    or required <= 0.0
                    or (
                        length_bound(normal, other) >= required
                        and similarity(normal, other) >= required
                    )
                ):
                    ids.add(entry)
        best: dict[P, tuple[str, float]] = {}
        for entry in ids:
            payload, name, name_rules = self._entries[entry]
            score = name_score(scored or query, analyze_name(name, name_rules), rules,
                               name_rules)
            if score >= min_score:
                held = best.get(payload)
                if held is None or score > held[1] or (score == held[1] and name < held[0]):
                    best[payload] = (name, score)
        ranked = [(payload, name, score) for payload, (name, score) in best.items()]
        ranked.sort(key=lambda r: (-r[2], r[1]))
        return ranked


def _restore_index(blob: bytes) -> TranslitIndex[Hashable]:
    paused = gc.isenabled()
    gc.disable()
    try:
        return TranslitIndex.from_state(pickle.loads(blob))
    finally:
        if paused:
            gc.enable()
