"""The exact matcher: one Aho–Corasick automaton over every pattern of every term.

Patterns are stored with a leading space, and the match form puts a space before every
word, so the automaton only ever reports matches that start a word. It walks the match
form leftmost-longest (``Automaton.iter_long``), so it reports only the matches that can
be kept. Python work happens per reported match: the end boundary, an inflection ending
(:mod:`aligner.endings`), case and context controls (:mod:`aligner.context`) where a
term has them, and the choice between entries or languages sharing a pattern.

``iter_long`` reports the last complete pattern on its path when the path breaks off, and
then goes on after it; when no pattern is complete yet, it falls back along the failure
links and never reports patterns it already walked past. A word start inside a broken-off
multi-word path ("Russland Iran" against "Russland Iran Bündnis") would be lost. So the
first word of every multi-word pattern is stored too, as a *guard* that is never a
mention: a path that reaches a second word always has something to report, and the
automaton goes on at the next word start. The automaton reads the match form through
slices of at most :data:`WINDOW` characters, so going back to a word start inside a
refused match costs a short copy, not one of the whole text.

Everything about a pattern that does not depend on the text is decided when the matcher
is built, per pattern and per language of the text, and packed into one integer (see
:meth:`Matcher.packed`): its length, whether it has more than one word, whether it needs
a capital first letter, and either the (entry, term) code it stands for, when no control
and no choice between entries is involved, or its group of candidates. The common case,
a pattern that needs no decision followed by a word end, costs a list look-up and a
tuple; the rest goes through :meth:`Matcher._at`.

Matching is greedy over word starts: at each word start not inside an accepted mention,
the longest pattern that passes wins; if it fails, shorter patterns ending at a word end
inside it are tried, then the next word start. The result depends only on the text
around each mention, which is what lets :mod:`aligner.stream` cut a file into pieces.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from typing import Any

import ahocorasick  # type: ignore[import-not-found,unused-ignore]

from glossary.model import Entry, lang_matches

from .context import TermControl, case_ok, control_for, cue_near, is_common, sentence_initial
from .endings import APOSTROPHES, ENDINGS, apostrophe_ending, match_ending
from .patterns import MAX_PATTERN, term_patterns
from .textfold import FoldedText

__all__ = ["Hit", "Matcher"]

#: A raw match: (start, stem end, end, ending, code, accepted on context, alternative
#: entries, score), where code is ``entry << 8 | term`` (indexes into the entries).
#: Offsets are into the original text; a plain tuple, built once per mention.
Hit = tuple[int, int, int, str, int, bool, tuple[int, ...], float]

_TERM_BITS = 8
_TERM_MASK = (1 << _TERM_BITS) - 1
#: Layout of a packed pattern (see Matcher.packed): length, flags, then the payload.
_LEN_BITS = 12
_LEN_MASK = (1 << _LEN_BITS) - 1
_MULTI = 1 << _LEN_BITS  # the pattern has more than one word
_CAPITAL = 1 << (_LEN_BITS + 1)  # one word, every candidate needs a capital first letter
_UPPER = 1 << (_LEN_BITS + 2)  # the code holds when the stem is in capitals (acronyms)
_STRICT = 1 << (_LEN_BITS + 3)  # one word, and only a stem in capitals passes
_GUARD = 1 << (_LEN_BITS + 4)  # the first word of multi-word patterns, never a mention
_SHIFT = _LEN_BITS + 5
_FAR = 1 << 62  # beyond any offset
#: Characters of the match form the automaton reads through one slice.
WINDOW = 1 << 16
#: A shorter slice after going back inside a refused match.
_SHORT_WINDOW = 1 << 12


def _capital_first(control: TermControl | None, text: str) -> bool:
    """Whether the term's case control refuses any stem whose first letter is lower case."""
    if control is None or not control.case:
        return False
    first = next((c for c in text if c.isalnum()), "")
    return first.isupper()


class Matcher:
    """Every pattern of *entries* in one automaton; :meth:`scan` finds hits in a text."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        if any(len(e.terms) >= 1 << _TERM_BITS for e in entries):
            raise ValueError(f"an entry has more than {(1 << _TERM_BITS) - 1} terms")
        assert MAX_PATTERN <= _LEN_MASK
        groups: dict[str, list[int]] = {}
        self.controls: dict[int, TermControl] = {}
        capital: set[int] = set()
        for n, entry in enumerate(entries):
            for t, term in enumerate(entry.terms):
                code = n << _TERM_BITS | t
                patterns = term_patterns(term)
                if not patterns:
                    continue
                control = control_for(term)
                if control is not None:
                    self.controls[code] = control
                    if _capital_first(control, term.text):
                        capital.add(code)
                for pattern in patterns:
                    codes = groups.get(pattern)
                    if codes is None:
                        groups[pattern] = [code]
                    elif code not in codes:
                        codes.append(code)
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        interned: dict[tuple[int, ...], int] = {}
        self.groups: list[tuple[int, ...]] = []
        #: per pattern (the automaton's value): its group, and its length and flags
        self._group_of = array("q")  # arrays: a few MB where lists of ints take tens
        self._shape = array("q")
        for p, (pattern, codes) in enumerate(groups.items()):
            key = tuple(codes)
            index = interned.get(key)
            if index is None:
                index = interned[key] = len(self.groups)
                self.groups.append(key)
            self._group_of.append(index)
            flags = len(pattern)
            if " " in pattern:
                flags |= _MULTI
            if " " not in pattern and all(c in capital for c in key):
                flags |= _CAPITAL
            self._shape.append(flags)
        # guards: the first word of each multi-word pattern that is not a pattern itself,
        # holding the longest pattern it starts with (which the automaton walked past)
        real = len(self._group_of)
        index_of = {pattern: p for p, pattern in enumerate(groups)}
        for pattern in list(groups):
            cut = pattern.find(" ")
            if cut > 0:
                guard = pattern[:cut]
                if guard not in index_of:
                    inner = next((index_of[guard[:n]] for n in range(cut - 1, 0, -1)
                                  if index_of.get(guard[:n], real) < real), -1)
                    index_of[guard] = len(self._group_of)
                    self._group_of.append(-1)
                    self._shape.append(-(inner + 2) << _SHIFT | len(guard) | _GUARD)
        # in sorted order: a node's children then lie in memory in the order the search
        # meets them, which makes the automaton's walk a tenth faster than entry order
        for pattern in sorted(index_of):
            automaton.add_word(" " + pattern, index_of[pattern])
        automaton.make_automaton()
        controls = self.controls
        #: per group: its only code when the choice needs neither text nor language,
        #: -1 when it needs only the language (one entry, several terms, no controls),
        #: -2 when it needs the text
        self._choice: list[int] = []
        #: groups of one term whose only control is to be written in capitals, which a
        #: stem all in capitals always passes: group -> code
        self._upper: dict[int, int] = {}
        #: those of them whose term is in capitals: then only such a stem passes
        self._strict: set[int] = set()
        for group, members in enumerate(self.groups):
            if any(c in controls for c in members):
                self._choice.append(-2)
                control = controls.get(members[0])
                if (len(members) == 1 and control is not None and control.case == 2
                        and not control.cues and not control.tail):
                    self._upper[group] = members[0]
                    term = entries[members[0] >> _TERM_BITS].terms[members[0] & _TERM_MASK]
                    if "".join(c for c in term.text if c.isalnum()).isupper():
                        self._strict.add(group)
            elif len(members) == 1:
                self._choice.append(members[0])
            elif len({c >> _TERM_BITS for c in members}) == 1:
                self._choice.append(-1)
            else:
                self._choice.append(-2)
        self.entries = entries
        self.patterns = real
        #: how far past its window a slice reaches: the longest path a match starting
        #: in the window can take (a pattern, its leading space and one more character)
        self._overlap = max(map(len, index_of), default=0) + 2
        self._automaton = automaton
        self._order: dict[tuple[int, str], tuple[int, ...]] = {}
        self._packed: dict[str, list[int]] = {}
        for lang in ("en", "de"):
            self.packed(lang)

    # choosing among candidates ------------------------------------------------------

    def packed(self, lang: str) -> list[int]:
        """Every pattern packed for text in *lang* (built once per language).

        The low bits hold the pattern's length and flags; the rest is the (entry, term)
        code the pattern stands for when nothing about the text can change that, else
        ``-(group + 1)``; or the code of a term that needs only capitals, flagged.
        """
        packed = self._packed.get(lang)
        if packed is not None:
            return packed
        choice = self._choice
        upper = self._upper
        strict = self._strict
        chosen: dict[int, int] = {}
        packed = []
        append = packed.append
        for group, flags in zip(self._group_of, self._shape, strict=True):
            if group < 0:
                append(flags)  # a guard: the pattern it starts with, packed as it is
                continue
            code = choice[group]
            if code == -1:
                code = chosen.get(group, -1)
                if code < 0:
                    code = chosen[group] = self._ordered(group, lang)[0]
            elif code < 0:
                code = upper.get(group, -1)
                if code < 0:
                    code = -(group + 1)
                else:
                    flags |= _UPPER
                    if group in strict and not flags & _MULTI:
                        flags |= _STRICT
            append(code << _SHIFT | flags)
        if len(self._packed) >= 16:
            self._packed.clear()
        self._packed[lang] = packed
        return packed

    def _ordered(self, group: int, lang: str) -> tuple[int, ...]:
        """The codes of a pattern group, terms of *lang* first, then by status."""
        key = (group, lang)
        order = self._order.get(key)
        if order is None:
            entries = self.entries

            def rank(code: int) -> tuple[int, int]:
                term = entries[code >> _TERM_BITS].terms[code & _TERM_MASK]
                return (0 if lang_matches(term.lang, lang) else 1, term.status.rank)

            order = tuple(sorted(self.groups[group], key=rank))
            if len(self._order) >= 1 << 16:
                self._order.clear()
            self._order[key] = order
        return order

    def _accept(
        self, code: int, ft: FoldedText, ts: int, te: int, end: int, lang: str
    ) -> bool | None:
        """None when refused; else whether a context cue was needed and found."""
        control = self.controls.get(code)
        if control is None:
            return False
        text = ft.text
        term = self.entries[code >> _TERM_BITS].terms[code & _TERM_MASK]
        initial = False
        if control.case:
            if not case_ok(text[ts:te], term, control.case):
                return None
            initial = control.case == 1 and sentence_initial(text, ts)
        if control.cues:
            if not cue_near(text, ts, end, control.cues, clause=initial):
                return None
            return True
        if initial and is_common(text[ts:te], lang):
            return None
        return False

    def _resolve(
        self, group: int, ft: FoldedText, s: int, e: int, ending: str, lang: str
    ) -> Hit | None:
        """The hit for a match of pattern *group* at match-form ``[s, e)``, or None."""
        ts = ft.to_text(s)
        te = ft.to_text(e - 1) + 1
        if not ending:
            end = te
        elif ending[0].isalpha():
            end = ft.to_text(e + len(ending) - 1) + 1
        else:
            end = te + len(ending)
        codes = self.groups[group]
        choice = self._choice[group]
        if choice != -2:
            code = choice if choice >= 0 else self._ordered(group, lang)[0]
            return (ts, te, end, ending, code, False, (), 1.0)
        text = ft.text
        if len(codes) == 1:
            code = codes[0]
            ok = self._accept(code, ft, ts, te, end, lang)
            if ok is None:
                return None
            control = self.controls[code]
            if control.tail and not ending and text.startswith(control.tail, te):
                te = end = te + len(control.tail)
            return (ts, te, end, ending, code, ok, (), 1.0)
        passed: list[tuple[int, bool]] = []
        for code in self._ordered(group, lang):
            ok = self._accept(code, ft, ts, te, end, lang)
            if ok is not None and all(c >> _TERM_BITS != code >> _TERM_BITS for c, _ in passed):
                passed.append((code, ok))
        if not passed:
            return None
        # an entry accepted on a cue beats one accepted without
        passed.sort(key=lambda p: not p[1])
        code, ok = passed[0]
        others = tuple(c >> _TERM_BITS for c, _ in passed[1:])
        tail = self.controls[code].tail if code in self.controls else ""
        if tail and not ending and text.startswith(tail, te):
            te = end = te + len(tail)
        return (ts, te, end, ending, code, ok, others, 1.0)

    def _at(self, ft: FoldedText, s: int, e: int, group: int, lang: str) -> Hit | None:
        """The hit for pattern *group* ending at match-form *e* (exclusive), or None."""
        form = ft.form
        if form[e] == " ":
            ending = ""
            tpos = ft.to_text(e)
            if tpos < len(ft.text) and ft.text[tpos] != " ":
                ending = apostrophe_ending(ft.text, form, e, tpos, lang) or ""
        else:
            found = match_ending(form, e, lang)
            if found is None:
                return None
            ending = found
        return self._resolve(group, ft, s, e, ending, lang)

    def _recover(self, ft: FoldedText, s: int, e: int, lang: str) -> tuple[Hit, int] | None:
        """A shorter pattern at word start *s* ending at a word end *p* inside ``[s, e)``."""
        form = ft.form
        get = self._automaton.get
        p = form.rfind(" ", s, e)
        while p > s:
            val = get(form[s - 1 : p], None)
            if val is not None and self._group_of[val] >= 0:
                hit = self._at(ft, s, p, self._group_of[val], lang)
                if hit is not None:
                    return hit, p
            p = form.rfind(" ", s, p)
        return None

    # scanning -----------------------------------------------------------------------

    def scan(
        self, ft: FoldedText, lang: str, *, begin: int = 0, stop: int | None = None
    ) -> list[Hit]:
        """Every hit in *ft* whose match-form start lies in ``[begin, stop)``."""
        form = ft.form
        text = ft.text
        size = len(text)
        limit = len(form) if stop is None else stop
        packed = self.packed(lang)
        group_of = self._group_of
        # letters an ending of the language can start with: other letters after a
        # pattern mean it ended inside a word
        starts = frozenset(e[0] for base, ends in ENDINGS.items() if lang_matches(lang, base)
                           for e in ends)
        # a cursor over the offset map: form offsets in [bounds[k], bounds[k + 1]) map
        # to original offsets by adding shifts[k]
        bounds = (0, *ft.breaks, _FAR)
        shifts = (-1, *ft.shifts)
        k = 0
        bound = bounds[1]
        shift = -1
        hits: list[Hit] = []
        append = hits.append
        apostrophes = APOSTROPHES
        iter_long = self._automaton.iter_long
        total = len(form)
        pos: int | None = max(begin - 1, 0)
        window = WINDOW
        overlap = self._overlap
        while pos is not None:
            # matches starting in [pos, high) are read from one slice of the form (a
            # match starts after the space at pos, so there is always progress)
            high = min(pos + 1 + window, limit)
            window = WINDOW
            restart: int | None = None
            base = pos + 1
            last = -1
            for last, val in iter_long(form[pos : high + overlap]):
                x = packed[val]
                e = last + base
                s = e - (x & _LEN_MASK)
                if s >= high:
                    if s < limit:
                        restart = s - 1  # read on from a new slice
                    break
                if s >= bound:
                    while s >= bound:
                        k += 1
                        bound = bounds[k + 1]
                    shift = shifts[k]
                if x & _CAPITAL and text[s + shift].islower():
                    continue  # one word, and a capital is needed for every candidate
                c = form[e]
                if c == " " and x >= 0 and e < bound:
                    # the common case: no decision to make, followed by a word end (not
                    # an apostrophe) in the same stretch of the offset map
                    te = e + shift
                    if te >= size or text[te] not in apostrophes:
                        if not x & _UPPER:
                            append((s + shift, te, te, "", x >> _SHIFT, False, (), 1.0))
                            continue
                        ts = s + shift
                        stem = text[ts:te]
                        if stem.isupper():
                            append((ts, te, te, "", x >> _SHIFT, False, (), 1.0))
                            continue
                        if x & _STRICT and stem.isalnum():
                            continue  # not in capitals: refused
                if x & _GUARD:
                    # never a mention: take the longest pattern the word starts with
                    val = -(x >> _SHIFT) - 2
                    if val < 0:
                        continue
                    x = packed[val]
                    if x & _CAPITAL and text[s + shift].islower():
                        continue
                    e = s + (x & _LEN_MASK)
                    c = form[e]
                if c == " " or c in starts:
                    hit = self._at(ft, s, e, group_of[val], lang)
                    if hit is not None:
                        append(hit)
                        continue
                if not x & _MULTI:
                    continue  # one word: no shorter pattern, no word start inside
                # refused: try shorter patterns here, then the next word start inside
                recovered = self._recover(ft, s, e, lang)
                if recovered is not None:
                    append(recovered[0])
                    restart = recovered[1]
                else:
                    restart = form.find(" ", s, e)
                window = _SHORT_WINDOW
                break
            else:
                if high < limit and high + overlap < total:
                    # where iter_long would go on: after the last match it reported
                    restart = max(high - 1, last + base)
            pos = restart
        return hits

    def __getstate__(self) -> Any:  # the automaton is rebuilt, never pickled
        raise TypeError("Matcher is rebuilt from its entries; pickle the Aligner instead")
