"""The exact matcher: one Aho–Corasick automaton over every pattern of every term.

Patterns are stored with a leading space, and the match form puts a space before every
word, so the automaton only ever reports matches that start a word. The automaton is
ahocorasick-rs's (the Rust ``aho-corasick`` crate, a contiguous NFA): it walks the match
form leftmost-longest and returns every match of a slice as one list, which takes half
the time of pyahocorasick's ``iter_long`` generator on the same form. Python work happens
per reported match: the end boundary, an inflection ending (:mod:`aligner.endings`), case
and context controls (:mod:`aligner.context`) where a term has them, and the choice
between entries or languages sharing a pattern.

The automaton reads the match form through slices of at most :data:`WINDOW` characters
(views of one bytes object, never copies). After a refused multi-word match the scan
tries shorter patterns at its start that end at a word end inside it (looked up in a
table of such word prefixes), then reads on from the next word start inside it.

Acronyms that only a stem in capitals passes (all but a handful in a large glossary) are
kept out of the automaton: on folded text they would meet every word they begin ("der"
and "Regierung" for DER and REG), three reports for every mention. They are looked up
among the runs of capitals of the text instead, and merged with the automaton's hits.

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

import ahocorasick_rs

from glossary.model import Entry, Term, lang_matches

from .article import ends_phrase
from .context import (
    NAMED,
    TermControl,
    case_ok,
    control_for,
    cue_near,
    cues_for,
    is_common,
    part_of_a_name,
    sentence_initial,
    with_entry_cues,
)
from .declension import declinable
from .endings import APOSTROPHES, ENDINGS, apostrophe_ending, match_ending
from .number import RULED_PLURALS, plural
from .patterns import MAX_PATTERN, term_patterns
from .textfold import CAPITAL_FOLDS, CAPITALS, FoldedText, latin1

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
_SHIFT = _LEN_BITS + 4
_FAR = 1 << 62  # beyond any offset
#: Characters of the match form the automaton reads through one slice.
WINDOW = 1 << 16
#: A shorter slice after going back inside a refused match.
_SHORT_WINDOW = 1 << 12
#: Longest ending of letters (after a run of capitals: "NGOS" is NGO + S).
_LONGEST_ENDING = max(len(e) for ends in ENDINGS.values() for e in ends)


def _irregular(many: str, term: Term) -> bool:
    """Whether plural *many* of *term* needs patterns of its own: it is not the term and
    an ending the matcher finds anyway (drone-s, Atomwaffe-n, Bündnis-se)."""
    if many == term.text:
        return False
    base = next((b for b in ENDINGS if lang_matches(term.lang, b)), None)
    return not (base is not None and many.startswith(term.text)
                and many[len(term.text):] in ENDINGS[base])


def _capital_first(control: TermControl | None, text: str) -> bool:
    """Whether the term's case control refuses any stem whose first letter is lower case."""
    if control is None or not control.case:
        return False
    first = next((c for c in text if c.isalnum()), "")
    return first.isupper()


def _acronym(control: TermControl | None, entries: Sequence[Entry], code: int) -> bool:
    """Whether term *code* is in capitals and needs nothing but a stem in capitals."""
    if control is None or control.case != 2 or control.cues or control.tail:
        return False
    term = entries[code >> _TERM_BITS].terms[code & _TERM_MASK]
    return "".join(c for c in term.text if c.isalnum()).isupper()


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
                many = plural(term, rules=entry.type in RULED_PLURALS)
                patterns = term_patterns(term, decline=declinable(term, entry.type),
                                         also=(many,) if many and _irregular(many, term) else ())
                if not patterns:
                    continue
                control = control_for(term, name=entry.type in NAMED)
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
        self.controls = with_entry_cues(self.controls, entries, lambda code: code >> _TERM_BITS)
        controls = self.controls
        # acronyms (one word of letters that only a stem in capitals passes) stay out of
        # the automaton, which reads folded text: there they would meet every word they
        # begin ("der", "Regierung" for DER, REG). :meth:`_capitals` finds them among the
        # runs of capitals of the text instead. The automaton's patterns come first, so
        # its index of a pattern is the pattern's.
        acronym = {c for c, control in controls.items() if _acronym(control, entries, c)}
        searched = [p for p, codes in groups.items()
                    if len(p) < 2 or not CAPITAL_FOLDS.issuperset(p) or not acronym.issuperset(codes)]
        kept_out = set(groups).difference(searched)
        ordered = searched + [p for p in groups if p in kept_out] if kept_out else searched
        interned: dict[tuple[int, ...], int] = {}
        self.groups: list[tuple[int, ...]] = []
        #: per pattern: its group, and its length and flags
        self._group_of = array("q")  # arrays: a few MB where lists of ints take tens
        self._shape = array("q")
        for pattern in ordered:
            key = tuple(groups[pattern])
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
                    if members[0] in acronym:
                        self._strict.add(group)
            elif len(members) == 1:
                self._choice.append(members[0])
            elif len({c >> _TERM_BITS for c in members}) == 1:
                self._choice.append(-1)
            else:
                self._choice.append(-2)
        real = len(ordered)
        self._caps = {pattern: p for p, pattern in enumerate(ordered[len(searched):], len(searched))}
        # the patterns a refused multi-word match may hold at a word end (see _recover)
        index_of = {pattern: p for p, pattern in enumerate(searched)}
        self._shorter: dict[str, int] = {}
        for pattern in searched:
            cut = pattern.find(" ")
            while cut > 0:
                p = index_of.get(pattern[:cut])
                if p is not None:
                    self._shorter[pattern[:cut]] = p
                cut = pattern.find(" ", cut + 1)
        del index_of
        self._automaton = ahocorasick_rs.BytesAhoCorasick(
            [(" " + pattern).encode("latin-1") for pattern in searched],
            matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
            implementation=ahocorasick_rs.Implementation.ContiguousNFA,
        ) if searched else None
        self.entries = entries
        self.patterns = real
        #: how far past its window a slice reaches: the longest path a match starting
        #: in the window can take (a pattern, its leading space and one more character)
        self._overlap = max(map(len, searched), default=0) + 2
        self._order: dict[tuple[int, str], tuple[int, ...]] = {}
        #: per language: acronym group -> what a stem in capitals stands for
        self._acronyms: dict[str, dict[int, tuple[int, tuple[int, ...]]]] = {}
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

    def _acronym_choice(self, group: int, lang: str) -> tuple[int, tuple[int, ...]]:
        """The code a stem in capitals stands for among acronym *group*, and the other
        entries it could mean (as :meth:`_resolve` decides it; cached per language)."""
        codes = self._ordered(group, lang)
        others: list[int] = []
        for code in codes[1:]:
            entry = code >> _TERM_BITS
            if entry != codes[0] >> _TERM_BITS and entry not in others:
                others.append(entry)
        choice = (codes[0], tuple(others))
        self._acronyms.setdefault(lang, {})[group] = choice
        return choice

    def _accept(
        self, code: int, ft: FoldedText, ts: int, te: int, end: int, lang: str
    ) -> bool | None:
        """None when refused; else whether a context cue was needed and found."""
        control = self.controls.get(code)
        if control is None:
            return False
        text = ft.text
        if control.article and end == te and not ends_phrase(text, te):
            return None  # "the Ukraine war": the article is the war's
        term = self.entries[code >> _TERM_BITS].terms[code & _TERM_MASK]
        initial = False
        if control.case:
            if not case_ok(text[ts:te], term, control.case):
                return None
            if control.case == 1 and end == te and part_of_a_name(text, ts, te, lang):
                return None  # West Azerbaijan, Mir Hossein Mousavi: another name
            initial = control.case in (1, 3) and sentence_initial(text, ts)
        if control.cues:
            if not cue_near(text, ts, end, cues_for(control, lang), clause=initial):
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
        get = self._shorter.get
        p = form.rfind(" ", s, e)
        while p > s:
            val = get(form[s:p])
            if val is not None:
                hit = self._at(ft, s, p, self._group_of[val], lang)
                if hit is not None:
                    return hit, p
            p = form.rfind(" ", s, p)
        return None

    # scanning -----------------------------------------------------------------------

    def scan(
        self, ft: FoldedText, lang: str, *, begin: int = 0, stop: int | None = None,
        raw: bytes | None = None,
    ) -> list[Hit]:
        """Every hit in *ft* whose match-form start lies in ``[begin, stop)``.

        *raw* is ``latin1(ft.text)`` when the caller has it.
        """
        hits = self._scan(ft, lang, begin, stop) if self._automaton is not None else []
        if not self._caps:
            return hits
        limit = len(ft.form) if stop is None else stop
        caps = self._capitals(ft, latin1(ft.text) if raw is None else raw, lang, begin, limit)
        return _merge(hits, caps) if caps else hits

    def _capitals(
        self, ft: FoldedText, raw: bytes, lang: str, begin: int, limit: int
    ) -> list[Hit]:
        """The hits of the acronyms kept out of the automaton, starting in ``[begin, limit)``.

        Runs of two or more capitals are found in the text (one translate, then a find
        per run: text written in capitals is rare) and looked up whole, then without a
        letter ending ("NGOS").
        """
        marks = raw.translate(CAPITALS)
        find = marks.find
        at = find(b"UU")
        if at < 0:
            return []
        caps = self._caps
        group_of = self._group_of
        chosen = self._acronyms.setdefault(lang, {})
        form = ft.form
        text = ft.text
        size = len(raw)
        to_form = ft.to_form
        hits: list[Hit] = []
        while at >= 0:
            end = find(b" ", at + 2)
            if end < 0:
                end = size
            nxt = find(b"UU", end)
            while at < end and raw[at] == 0xAD:  # erased characters at either end
                at += 1
            while end > at and raw[end - 1] == 0xAD:
                end -= 1
            if end - at < 2:
                at = nxt
                continue
            s, e = to_form(at), to_form(end - 1) + 1
            if begin <= s < limit and form[s - 1] == " " and e - s > 1:
                for cut in range(e, max(s + 1, e - _LONGEST_ENDING - 1), -1):
                    val = caps.get(form[s:cut])
                    if val is None:
                        continue
                    group = group_of[val]
                    if cut == e and form[e] == " " and (end >= size or text[end] not in APOSTROPHES):
                        # the common case: the whole run, then a word end
                        code, others = chosen.get(group) or self._acronym_choice(group, lang)
                        hits.append((at, end, end, "", code, False, others, 1.0))
                        break
                    hit = self._at(ft, s, cut, group, lang)
                    if hit is not None:
                        hits.append(hit)
                    break
            at = nxt
        return hits

    def _scan(self, ft: FoldedText, lang: str, begin: int, stop: int | None) -> list[Hit]:
        """The hits of the patterns in the automaton (see :meth:`scan`)."""
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
        assert self._automaton is not None
        find = self._automaton.find_matches_as_indexes
        view = memoryview(form.encode("latin-1"))
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
            e = pos
            for val, a, b in find(view[pos : high + overlap]):
                s = a + base
                if s >= high:
                    if s < limit:
                        # read on from a new slice, after the last match: a match that
                        # the slice cut off may start before this one
                        restart = max(high - 1, e)
                    break
                e = b + pos
                x = packed[val]
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
                    restart = max(high - 1, e)  # the same
            pos = restart
        return hits

    def __getstate__(self) -> Any:  # the automaton is rebuilt, never pickled
        raise TypeError("Matcher is rebuilt from its entries; pickle the Aligner instead")


def _merge(hits: list[Hit], caps: list[Hit]) -> list[Hit]:
    """The hits of the automaton and of the runs of capitals, as one greedy scan keeps them.

    A run of capitals is one word: an earlier hit covering its start hides it; at the
    same start the longer stem wins (a multi-word name beginning with an acronym).
    """
    out: list[Hit] = []
    append = out.append
    i = 0
    n = len(hits)
    for cap in caps:
        start = cap[0]
        while i < n and hits[i][0] < start:
            append(hits[i])
            i += 1
        if out and out[-1][2] > start:
            continue
        if i < n and hits[i][0] == start:
            if hits[i][1] >= cap[1]:
                continue
            i += 1
        append(cap)
    out.extend(hits[i:])
    return out
