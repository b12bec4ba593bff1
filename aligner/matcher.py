"""The exact matcher: one Aho–Corasick automaton over every pattern of every term.

Patterns are stored with a leading space, and the match form puts a space before every
word, so the automaton only ever reports matches that start a word. Python work happens
per reported match: the end boundary, an inflection ending (:mod:`aligner.endings`),
case and context controls (:mod:`aligner.context`) where a term has them, and the choice
between entries or languages sharing a pattern.

Matching is greedy over word starts: at each word start not inside an accepted mention,
the longest pattern that passes wins; if it fails, shorter patterns ending at a word end
inside it are tried, then the next word start. The result depends only on the text
around each mention, which is what lets :mod:`aligner.stream` cut a file into pieces.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

import ahocorasick  # type: ignore[import-not-found,unused-ignore]

from glossary.model import Entry, lang_matches

from .context import TermControl, case_ok, control_for, cue_near, is_common, sentence_initial
from .endings import APOSTROPHES, apostrophe_ending, match_ending
from .patterns import term_patterns
from .textfold import FoldedText

__all__ = ["Hit", "Matcher"]

_LEN_BITS = 12
_LEN_MASK = (1 << _LEN_BITS) - 1
_TERM_BITS = 8


class Hit(NamedTuple):
    """A raw match: original offsets, the ending, the term and how it was accepted."""

    start: int
    stem_end: int
    end: int
    ending: str
    entry: int
    term: int
    context: bool
    alternatives: tuple[int, ...]
    score: float = 1.0


class Matcher:
    """Every pattern of *entries* in one automaton; :meth:`scan` finds hits in a text."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        if any(len(e.terms) >= 1 << _TERM_BITS for e in entries):
            raise ValueError(f"an entry has more than {(1 << _TERM_BITS) - 1} terms")
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        groups: dict[str, list[int]] = {}
        self.controls: dict[int, TermControl] = {}
        for n, entry in enumerate(entries):
            for t, term in enumerate(entry.terms):
                code = n << _TERM_BITS | t
                patterns = term_patterns(term)
                if not patterns:
                    continue
                control = control_for(term)
                if control is not None:
                    self.controls[code] = control
                for pattern in patterns:
                    groups.setdefault(pattern, []).append(code)
        interned: dict[tuple[int, ...], int] = {}
        self.groups: list[tuple[int, ...]] = []
        for pattern, codes in groups.items():
            key = tuple(dict.fromkeys(codes))
            index = interned.get(key)
            if index is None:
                index = interned[key] = len(self.groups)
                self.groups.append(key)
            automaton.add_word(" " + pattern, index << _LEN_BITS | len(pattern))
        automaton.make_automaton()
        #: groups whose codes are all of one entry, none with controls: no choice to make
        self._plain = frozenset(
            g for g, codes in enumerate(self.groups)
            if len(codes) > 1 and len({c >> _TERM_BITS for c in codes}) == 1
            and not any(c in self.controls for c in codes)
        )
        self.entries = entries
        self.patterns = len(groups)
        self._automaton = automaton
        self._order: dict[tuple[int, str], tuple[int, ...]] = {}

    # choosing among candidates ------------------------------------------------------

    def _ordered(self, group: int, lang: str) -> tuple[int, ...]:
        """The codes of a pattern group, terms of *lang* first, then by status."""
        key = (group, lang)
        order = self._order.get(key)
        if order is None:
            entries = self.entries

            def rank(code: int) -> tuple[int, int]:
                term = entries[code >> _TERM_BITS].terms[code & 0xFF]
                return (0 if lang_matches(term.lang, lang) else 1, term.status.rank)

            order = self._order[key] = tuple(sorted(self.groups[group], key=rank))
        return order

    def _accept(
        self, code: int, ft: FoldedText, ts: int, te: int, end: int, lang: str
    ) -> bool | None:
        """None when refused; else whether a context cue was needed and found."""
        control = self.controls.get(code)
        if control is None:
            return False
        text = ft.text
        term = self.entries[code >> _TERM_BITS].terms[code & 0xFF]
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
        if group in self._plain:
            code = self._ordered(group, lang)[0]
            return Hit(ts, te, end, ending, code >> _TERM_BITS, code & 0xFF, False, ())
        if len(codes) == 1:
            code = codes[0]
            control = self.controls.get(code)
            if control is None:
                return Hit(ts, te, end, ending, code >> _TERM_BITS, code & 0xFF, False, ())
            ok = self._accept(code, ft, ts, te, end, lang)
            if ok is None:
                return None
            if control.tail and not ending and ft.text.startswith(control.tail, te):
                te = end = te + len(control.tail)
            return Hit(ts, te, end, ending, code >> _TERM_BITS, code & 0xFF, ok, ())
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
        control = self.controls.get(code)
        if control is not None and control.tail and not ending and ft.text.startswith(control.tail, te):
            te = end = te + len(control.tail)
        return Hit(ts, te, end, ending, code >> _TERM_BITS, code & 0xFF, ok, others)

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
            if val is not None:
                hit = self._at(ft, s, p, val >> _LEN_BITS, lang)
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
        limit = len(form) if stop is None else stop
        hits: list[Hit] = []
        append = hits.append
        controls = self.controls
        groups = self.groups
        plain = self._plain
        to_text = ft.to_text
        text = ft.text
        pos: int | None = max(begin - 1, 0)
        iter_long = self._automaton.iter_long
        while pos is not None:
            restart: int | None = None
            for last, val in iter_long(form, pos):
                n = val & _LEN_MASK
                s = last - n + 1
                if s >= limit:
                    break
                e = last + 1
                group = val >> _LEN_BITS
                codes = groups[group]
                c = form[e]
                if c == " " and (len(codes) == 1 and codes[0] not in controls or group in plain):
                    # the common case, inline: no ending letters, no controls
                    tpos = to_text(e)
                    if tpos < len(text) and text[tpos] in APOSTROPHES:
                        hit = self._at(ft, s, e, group, lang)
                    else:
                        ts = to_text(s)
                        te = tpos if ft.direct else to_text(e - 1) + 1
                        code = codes[0] if len(codes) == 1 else self._ordered(group, lang)[0]
                        hit = Hit(ts, te, te, "", code >> _TERM_BITS, code & 0xFF, False, ())
                else:
                    hit = self._at(ft, s, e, group, lang)
                if hit is not None:
                    append(hit)
                    continue
                # refused: try shorter patterns here, then the next word start inside
                recovered = self._recover(ft, s, e, lang)
                if recovered is not None:
                    append(recovered[0])
                    restart = recovered[1]
                    break
                inner = form.find(" ", s, e)
                if inner >= 0:
                    restart = inner
                    break
            pos = restart
        return hits

    def __getstate__(self) -> Any:  # the automaton is rebuilt, never pickled
        raise TypeError("Matcher is rebuilt from its entries; pickle the Aligner instead")
