"""The aligner: finds mentions of glossary entries in text and normalizes them."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from glossary._gc import gc_paused
from glossary.equivalent import NAMED, equivalent
from glossary.model import Entry, EntryType, Term, lang_matches

from .context import cue_starts, cues_for, sentence_initial
from .declension import declension_of, declinable
from .errors import AlignerError
from .fuzzy import FuzzyLinker
from .matcher import Hit, Matcher
from .mention import Change, MatchKind, Mention, Normalization
from .number import RULED_PLURALS, plural
from .places import inside_a_longer_place
from .rewrite import Surface, plural_form, rewrite
from .textfold import FoldedText, fold_latin1, latin1
from .translit import MATCH_THRESHOLD

__all__ = ["LANGUAGES", "REWRITE_THRESHOLD", "Aligner"]

#: (entry id, term, target form or None, term text, term casefolded, discouraged,
#: target form casefolded or None, the replacement of a surface spelled as the term
#: (None: the text around it decides its number), the target term or None)
_Info = tuple[str, Term, str | None, str, str, bool, str | None, str | None, Term | None]

#: Fuzzy mentions scoring below this are reported but never rewritten.
REWRITE_THRESHOLD = 0.9
#: Hyphens and dashes read as spaces: "Vosan Organisation" is the term
#: "Vosan-Organisation" in its own capitals.
_SPACED = str.maketrans(dict.fromkeys("-\u2010\u2011\u2013\u2014\u00a0", " "))
#: Languages whose text the aligner reads (endings, common words, transliteration rules).
LANGUAGES = ("en", "de")


def _check_lang(lang: str) -> str:
    if not isinstance(lang, str) or not lang:
        raise AlignerError(f"bad language {lang!r}: expected a tag such as 'en' or 'de'")
    return lang


class Aligner:
    """Mentions of glossary entries in English and German text, and their normal forms.

    Built from any iterable of entries (a :class:`~glossary.Glossary`, a compiled one, a
    list). The matcher is built on first use and rebuilt after unpickling: an aligner
    holds no open handles and can be sent to worker processes. *index_store* is a folder
    where the fuzzy linker keeps its transliteration index for the next process over the
    same names (a 100k-entry glossary's takes 15–30 s to build, about 4 s to load; the CLI
    keeps it in the cache folder); None builds it in each process.

    >>> from glossary import Entry, EntryType, Term, TermType
    >>> lavrov = Entry("sergey-lavrov", EntryType.PERSON, (
    ...     Term("Sergey Lavrov", "en"), Term("Lavrov", "en", type=TermType.SURNAME),
    ...     Term("Sergei Lawrow", "de"), Term("Lawrow", "de", type=TermType.SURNAME)))
    >>> aligner = Aligner([lavrov])
    >>> [(m.surface, m.match.value, m.ending) for m in aligner.find("Lawrows Reise", lang="de")]
    [('Lawrows', 'inflected', 's')]
    >>> aligner.normalize("Lawrows Reise", lang="de", to="en").text
    "Lavrov's Reise"
    """

    def __init__(
        self,
        glossary: Iterable[Entry],
        *,
        fuzzy: bool = True,
        min_fuzzy_score: float = MATCH_THRESHOLD,
        rewrite_threshold: float = REWRITE_THRESHOLD,
        index_store: Path | None = None,
    ) -> None:
        self._entries: tuple[Entry, ...] = tuple(glossary)
        self.index_store = index_store
        self.fuzzy = fuzzy
        self.min_fuzzy_score = min_fuzzy_score
        self.rewrite_threshold = rewrite_threshold
        self._matcher: Matcher | None = None
        self._linker: FuzzyLinker | None = None
        self._widen_codes: frozenset[int] | None = None
        self._by_id: dict[str, Entry] | None = None
        self._place_entries: frozenset[int] | None = None
        #: per target language: term code -> what building its mentions needs
        self._infos: dict[str, dict[int, _Info]] = {}

    # pickling: entries and options only -------------------------------------------

    def __getstate__(self) -> dict[str, Any]:
        return {
            "entries": self._entries,
            "fuzzy": self.fuzzy,
            "min_fuzzy_score": self.min_fuzzy_score,
            "rewrite_threshold": self.rewrite_threshold,
            "index_store": self.index_store,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(  # type: ignore[misc]
            state["entries"],
            fuzzy=state["fuzzy"],
            min_fuzzy_score=state["min_fuzzy_score"],
            rewrite_threshold=state["rewrite_threshold"],
            index_store=state.get("index_store"),
        )

    def __repr__(self) -> str:
        return f"<Aligner of {len(self._entries)} entries, fuzzy={'on' if self.fuzzy else 'off'}>"

    @property
    def entries(self) -> tuple[Entry, ...]:
        """The entries searched for."""
        return self._entries

    def entry(self, entry_id: str) -> Entry:
        """The entry with id *entry_id* (KeyError if none)."""
        if self._by_id is None:
            self._by_id = {e.id: e for e in self._entries}
        return self._by_id[entry_id]

    @property
    def matcher(self) -> Matcher:
        """The exact matcher (built on first use)."""
        if self._matcher is None:
            with gc_paused():  # hundreds of thousands of acyclic objects
                self._matcher = Matcher(self._entries)
        return self._matcher

    @property
    def linker(self) -> FuzzyLinker:
        """The fuzzy linker (built on first use)."""
        if self._linker is None:
            with gc_paused():
                self._linker = FuzzyLinker(self._entries, min_score=self.min_fuzzy_score,
                                           store=self.index_store)
        return self._linker

    def build(self) -> Aligner:
        """Build the matcher (and the fuzzy linker, when on) now rather than on first use."""
        _ = self.matcher
        if self.fuzzy:
            _ = self.linker
        return self

    # finding ------------------------------------------------------------------------

    def find(self, text: str, *, lang: str) -> tuple[Mention, ...]:
        """Every mention in *text* (written in *lang*), in text order.

        ``replacement`` holds the preferred form in *lang*; see :meth:`normalize`.
        """
        return tuple(self.mentions(text, lang=_check_lang(lang)))

    def mentions(
        self,
        text: str,
        *,
        lang: str,
        to: str | None = None,
        begin: int = 0,
        stop: int | None = None,
        fuzzy: bool | None = None,
    ) -> list[Mention]:
        """The mentions starting in ``text[begin:stop]``, replacements in *to* (or *lang*).

        The rest of *text* is read as context only: this is how :mod:`aligner.stream`
        works through a file piece by piece.
        """
        target = to or lang
        matcher = self.matcher
        raw = latin1(text)
        ft = fold_latin1(text, raw)
        fbegin = _form_offset(ft, begin)
        fstop = None if stop is None else _form_offset(ft, stop)
        hits = matcher.scan(ft, lang, begin=fbegin, stop=fstop, raw=raw)
        places = self._places()
        if places:
            hits = _outside_longer_places(hits, places, text, lang)
        if any(h[5] for h in hits):
            hits = self._cues_of_their_own(hits, text, lang)
        if self.fuzzy if fuzzy is None else fuzzy:
            hits = self._with_fuzzy(hits, text, raw, lang, begin, stop)
        return self._build(hits, text, lang, target)

    def _build(self, hits: list[Hit], text: str, lang: str, target: str) -> list[Mention]:
        """The mentions of *hits*: kind, replacement, entry ids."""
        infos = self._infos.get(target)
        if infos is None:
            infos = self._infos[target] = {}
        out: list[Mention] = []
        append = out.append
        new_mention = tuple.__new__
        exact, variant = MatchKind.EXACT, MatchKind.VARIANT
        for start, stem_end, end, ending, code, context, alternatives, score in hits:
            info = infos.get(code)
            if info is None:
                info = self._info(code, target)
            surface = text[start:end]
            if not ending and score == 1.0 and not alternatives:
                # the common case: a listed spelling without an ending
                if surface == info[3] and info[7] is not None:
                    new = info[7]
                    if new != surface and new[:1].islower() and surface[:1].isupper() \
                            and sentence_initial(text, start):
                        new = new[:1].upper() + new[1:]  # "Sanktionen treffen" → "Sanctions"
                    append(new_mention(Mention, (info[0], start, end, surface, new, exact,
                                                 1.0, info[1], "", context, ())))
                    continue
                folded = surface.casefold()
                if info[7] is not None and (folded == info[4] or " " not in info[3]):
                    new = _replacement(surface, folded, info)
                    if new == surface:
                        append(new_mention(Mention, (
                            info[0], start, end, surface, surface,
                            exact if folded == info[4] else variant, 1.0, info[1], "", context, ())))
                        continue
                    if (" " not in info[3] and not info[1].is_plural and (
                            folded == info[4] and not surface.isupper()
                            and surface[:1].isupper() is info[3][:1].isupper()
                            or surface.translate(_SPACED) == info[3].translate(_SPACED))):
                        # the term in other capitals that say nothing, or in its own
                        # capitals with other separators: only a sentence start can ask
                        # for a capital
                        if new[:1].islower() and surface[:1].isupper() \
                                and sentence_initial(text, start):
                            new = new[:1].upper() + new[1:]
                        append(new_mention(Mention, (info[0], start, end, surface, new, exact,
                                                     1.0, info[1], "", context, ())))
                        continue
                # a rewrite (capitals to keep), a plural form, a declined noun phrase
                # ("Kaspische Meer"): the general path
                append(self._mention(text, start, end, end, "", code, context, (), 1.0,
                                     info, lang, target))
                continue
            append(self._mention(text, start, stem_end, end, ending, code, context,
                                 alternatives, score, info, lang, target))
        return out

    def _mention(
        self, text: str, start: int, stem_end: int, end: int, ending: str, code: int,
        context: bool, alternatives: tuple[int, ...], score: float, info: _Info, lang: str,
        target: str,
    ) -> Mention:
        """The mention of one hit, in general (endings, fuzzy scores, alternatives)."""
        entry_id, term, new, term_text, term_folded, discouraged, new_folded, _, new_term = info
        surface = text[start:end]
        stem = text[start:stem_end] if ending else surface
        entry_type = self._entries[code >> 8].type
        declension = _declension(term, stem, entry_type) if score == 1.0 else None
        found = Surface(text, start, end, stem, ending, term, entry_type, lang, score < 1.0)
        if score < 1.0:
            kind = MatchKind.FUZZY
        elif ending or declension or (stem.casefold() != term_folded and plural_form(found)):
            kind = MatchKind.INFLECTED
        elif stem == term_text or stem.casefold() == term_folded:
            kind = MatchKind.EXACT
        else:
            kind = MatchKind.VARIANT
        replacement = surface
        if new is not None and new_term is not None and not (
            kind is MatchKind.FUZZY and score < self.rewrite_threshold
        ):
            same = stem == new or (not discouraged and stem.casefold() == new_folded)
            if not (same and (not ending or _same_language(found.source, target))):
                rewritten = rewrite(found, new_term, target=target, declension=declension)
                if rewritten is not None and (
                    discouraged or rewritten.casefold() != surface.casefold()
                ):
                    replacement = rewritten
        entries = self._entries
        alternative_ids = tuple(entries[i].id for i in alternatives) if alternatives else ()
        return tuple.__new__(Mention, (entry_id, start, end, surface, replacement, kind, score,
                                       term, ending, context, alternative_ids))

    def _info(self, code: int, target: str) -> _Info:
        """What building a mention of term *code* needs for a target language (cached)."""
        entry = self._entries[code >> 8]
        term = entry.terms[code & 0xFF]
        new = equivalent(entry, term, target)
        folded = term.text.casefold()
        info: _Info = (entry.id, term, None if new is None else new.text, term.text, folded,
                       term.status.discouraged, None if new is None else new.text.casefold(), "",
                       new)
        as_written: str | None = _replacement(term.text, folded, info)
        if new is not None and as_written != term.text and term.is_plural:
            # a plural term ("arms sales"): its target in the plural, or as written
            as_written = plural(new, rules=entry.type in RULED_PLURALS) or (
                new.text if entry.type in NAMED else term.text)
        if term.plural_alike:
            as_written = None  # der US-Dollar, 100 US-Dollar: the text tells the number
        info = (*info[:7], as_written, new)
        self._infos[target][code] = info
        return info

    def _with_fuzzy(
        self, hits: list[Hit], text: str, raw: bytes, lang: str, begin: int, stop: int | None
    ) -> list[Hit]:
        """*hits* and the fuzzy links that overlap none of them, in text order.

        Only runs of capitalised words holding a live word are looked at (see
        :mod:`aligner.fuzzy`); a text without one costs a scan of its capitalised words.
        """
        linker = self.linker
        starts = [h[0] for h in hits]
        spans = linker.occurrences(text, raw, lang, starts, [h[2] for h in hits])
        if not spans:
            return hits
        # a listed surname after a live word: widened to it when the two link together
        widenable = self._widenable()
        for _, end in spans:
            i = bisect_left(starts, end + 1)
            if i < len(hits) and starts[i] == end + 1 and text[end] == " " \
                    and hits[i][4] in widenable:
                wide = self._widen(hits[i], text, lang)
                if wide is not hits[i] and (i == 0 or hits[i - 1][2] <= wide[0]):
                    hits[i] = wide
                    starts[i] = wide[0]
        ends = [h[2] for h in hits]
        extra: list[Hit] = []
        limit = len(text) if stop is None else stop
        for run_start, link in linker.links(text, spans, lang, starts):
            start = run_start + link.start
            end = run_start + link.end
            if not begin <= start < limit:
                continue
            i = bisect_right(starts, end - 1)
            if i > 0 and ends[i - 1] > start:
                continue  # overlaps an exact mention
            stem_end = end - len(link.ending)
            extra.append((start, stem_end, end, link.ending, link.code, False, (), link.score))
        if not extra:
            return hits
        merged = hits + extra
        merged.sort(key=lambda h: h[0])
        return merged

    def _cues_of_their_own(self, hits: list[Hit], text: str, lang: str) -> list[Hit]:
        """*hits* without those accepted on a cue that is only a word inside another,
        longer mention ("Iran" in "Supreme Leader of Iran", which a rewrite may have
        written: else normalizing twice would not be normalizing once)."""
        controls = self.matcher.controls
        starts = [h[0] for h in hits]
        out: list[Hit] = []
        for hit in hits:
            if hit[5]:
                control = controls[hit[4]]
                clause = control.case == 1 and sentence_initial(text, hit[0])
                positions = cue_starts(text, hit[0], hit[2], cues_for(control, lang),
                                       clause=clause)
                if positions and all(_inside_another(p, hit, hits, starts) for p in positions):
                    continue
            out.append(hit)
        return out

    def _places(self) -> frozenset[int]:
        """The indexes of the entries that are places (built once)."""
        if self._place_entries is None:
            self._place_entries = frozenset(
                n for n, entry in enumerate(self._entries) if entry.type is EntryType.PLACE)
        return self._place_entries

    def _widenable(self) -> frozenset[int]:
        """The term codes of one-word names of people (built once)."""
        if self._widen_codes is None:
            self._widen_codes = frozenset(
                n << 8 | t
                for n, entry in enumerate(self._entries) if entry.type is EntryType.PERSON
                for t, term in enumerate(entry.terms) if " " not in term.text
            )
        return self._widen_codes

    def _widen(self, hit: Hit, text: str, lang: str) -> Hit:
        """*hit* (a surname) widened to a first name before it that the glossary lacks.

        "Viacheslav Volodin" where only "Volodin" is listed exactly becomes one fuzzy
        mention when the whole links to the same person.
        """
        hit_start, stem_end, end, ending, code = hit[:5]
        m = _PREV_WORD.search(text, max(0, hit_start - 40), hit_start)
        if m is None or not m.group(1)[0].isupper():
            return hit
        start = m.start(1)
        for link in self.linker.decide(text[start:stem_end], lang):
            if link.start == 0 and link.end == stem_end - start and link.code >> 8 == code >> 8:
                return (start, stem_end, end, ending, link.code, False, (), link.score)
        return hit

    # normalizing --------------------------------------------------------------------

    def normalize(self, text: str, *, lang: str, to: str | None = None) -> Normalization:
        """*text* with every mention rewritten to its form in *to* (default: *lang*).

        Deprecated and forbidden variants, terms of another language, other spellings of
        a term, and a name's variant and transliteration spellings ("Sergej Lawrow" →
        "Sergei Lawrow") become the matching term of the target language (a surname stays
        a surname). Other terms in good standing in the target language stay: a name's
        surname, short form or acronym, a variant that is another name ("Ansar Allah"),
        a concept's admitted synonym. Rewrites keep their inflection where the target
        language takes it; a German -s on a name is a genitive or, after a plural
        determiner, a plural (die Huthis → die Houthis; see :mod:`aligner.endings`).
        Fuzzy mentions are rewritten only from :attr:`rewrite_threshold` on. Every
        rewrite is listed.
        """
        mentions = self.mentions(text, lang=_check_lang(lang), to=to)
        new_text, changes = apply(text, mentions, offset=0, out_offset=0, lang=to or lang)
        return Normalization(new_text, tuple(mentions), tuple(changes))


_PREV_WORD = re.compile(r"([^\W\d_]+) $")


def _replacement(surface: str, folded: str, info: _Info) -> str:
    """What a listed spelling without an ending (*surface*, casefolded *folded*) becomes.

    The surface stays when it is the target form already, up to case for a term in good
    standing; a stem in capitals gets the target form in capitals.
    """
    new, term_folded, discouraged, new_folded = info[2], info[4], info[5], info[6]
    if new is None or surface == new or (
        folded == term_folded and not discouraged and folded == new_folded
    ):
        return surface
    if len(surface) > 1 and surface.isupper() and not new.isupper() and not info[3].isupper():
        upper = new.upper()
        return surface if not discouraged and upper.casefold() == folded else upper
    if not discouraged and new_folded == folded:
        return surface
    return new


def _inside_another(cue: tuple[int, int], hit: Hit, hits: list[Hit], starts: list[int]) -> bool:
    """Whether the cue at ``text[cue[0]:cue[1]]`` lies inside a mention other than *hit*:
    one that starts before it, or at it and goes on past it ("Iran" of "Iranische
    Zentralbank"; a mention that is the cue, "Iran", is a cue of its own)."""
    pos, cue_end = cue
    i = bisect_right(starts, pos) - 1
    while i >= 0 and hits[i][0] <= pos:
        other = hits[i]
        if other is not hit and other[2] > pos and (other[0] < pos or other[2] > cue_end):
            return True
        if pos - hits[i][0] > 200:
            break
        i -= 1
    return False


def _outside_longer_places(hits: list[Hit], places: frozenset[int], text: str,
                           lang: str) -> list[Hit]:
    """*hits* without the places inside a longer place name ("West Azerbaijan"), unless
    the word before is a mention itself ("the West, Tsarist Russia")."""
    out: list[Hit] = []
    for hit in hits:
        start = hit[0]
        if (hit[4] >> 8 in places and start and inside_a_longer_place(text, start, lang)
                and not (out and out[-1][2] >= start - 1)):
            continue
        out.append(hit)
    return out


def _same_language(source: str, target: str) -> bool:
    """Whether an ending read by *source*'s rules stands as it is in *target*."""
    return lang_matches(target, source) if source else False


def _declension(term: Term, stem: str, entry_type: EntryType) -> str | None:
    """The adjective ending a stem of *term* carries inside the phrase (German noun
    phrases of entries other than people: "Kaspische Meer"), or None."""
    return declension_of(stem, term.text) if declinable(term, entry_type) else None


def _form_offset(ft: FoldedText, pos: int) -> int:
    """A match-form offset at or before original offset *pos* (for scan limits)."""
    return 0 if pos <= 0 else ft.to_form(pos)


def _reason(m: Mention, lang: str) -> str:
    if m.match is MatchKind.FUZZY:
        return "fuzzy"
    if m.term.status.discouraged:
        return "discouraged"
    if not lang_matches(m.term.lang, lang):
        return "language"
    return "spelling"


def apply(
    text: str, mentions: Iterable[Mention], *, offset: int, out_offset: int, lang: str = ""
) -> tuple[str, list[Change]]:
    """*text* with the changed mentions replaced; mention offsets are *offset*-based.

    Returns the new text and the changes, whose output offsets start at *out_offset*.
    """
    pieces: list[str] = []
    changes: list[Change] = []
    last = 0
    size = out_offset
    for m in mentions:
        if not m.changed:
            continue
        start, end = m.start - offset, m.end - offset
        pieces.append(text[last:start])
        size += start - last
        pieces.append(m.replacement)
        changes.append(
            Change(m.entry_id, m.start, m.end, m.surface, m.replacement, size,
                   size + len(m.replacement), _reason(m, lang))
        )
        size += len(m.replacement)
        last = end
    pieces.append(text[last:])
    return "".join(pieces), changes
