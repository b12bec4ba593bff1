"""Fuzzy linking: names the glossary does not list, linked by transliteration.

Only capitalised words go here, and only those the exact matcher left alone. A run of
capitalised words ("Wjatscheslaw Wolodin", "Außenminister Sergej Lawrow") is tried
greedily from the left, longest first (up to four words), against a
:class:`~aligner.translit.TranslitIndex` of the Latin-script names of named entities
(people, places, organisations, ...; not concepts, whose words are ordinary words, and
not terms with context cues or acronyms). A name's ending (Lawrows, Lavrov's; see
:data:`NAME_ENDINGS`) is tried off as well, and a link may end before a hyphen
("Schahed" of "Schahed-136"). A link whose every word the text also writes in lower
case nearby is dropped: there it is an ordinary word ("Backend" beside "backend").

Most capitalised words of a text are listed names (inside exact mentions, which a link
may not overlap), ordinary words (every German noun) or sentence-initial words, and none
of them can take part in a fuzzy link that is kept. So the linker reads only the text
between the exact mentions, decides once per distinct capitalised *word* whether it is
*live*, remembers that, and looks at a run only where it holds a live word:

========================  ==============================================================
a word is not live when   because
========================  ==============================================================
it is common              it is one of :data:`COMMON_WORDS` (function words, frequent
                          sentence-initial words and nouns of news text, English and
                          German): ordinary words are never linked to names
it is dead                none of its transliteration keys, nor those of its stems
                          without an ending, has a name near it in the index, so a query
                          made only of such words finds no candidate
========================  ==============================================================

The capitalised words between the mentions are collected with one ``re.findall`` over
the Latin-1 bytes of the text (:func:`aligner.textfold.latin1`) and compared with the
remembered words by set operations in C: a text without a live word costs that and
nothing else. Positions are looked up only for live words; each run holding one is
decided once (and remembered, up to :data:`MEMO_SIZE` runs). A listed surname right
after a live word may widen to it (:meth:`aligner.aligner.Aligner._widen`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import NamedTuple

from ahocorasick_rs import BytesAhoCorasick, MatchKind

from glossary.model import Entry, EntryType, TermType

from .context import CASE_AS_WRITTEN, WINDOW, control_for
from .context import COMMON_WORDS as _CONTROL_WORDS
from .endings import APOSTROPHES
from .langdetect import STOPWORDS
from .translit import MATCH_THRESHOLD, SAME_NORMAL_SCORE, TranslitIndex
from .translit._store import load_or_build
from .words import common_words, is_ordinary, ordinary_words

__all__ = ["COMMON_WORDS", "LINKABLE", "MEMO_SIZE", "FuzzyLink", "FuzzyLinker", "is_word"]

#: Runs of capitalised words remembered between calls.
MEMO_SIZE = 100_000
#: Words whose liveness is remembered (per language), before the memory starts over.
WORDS_SIZE = 1 << 20
#: Entry types whose names are linked fuzzily.
LINKABLE = frozenset(
    {EntryType.PERSON, EntryType.PLACE, EntryType.ORGANIZATION, EntryType.FACILITY,
     EntryType.SYSTEM, EntryType.PRODUCT}
)  # fmt: skip
#: Words that are never part of a fuzzy link, written with a capital at the start of a
#: sentence or, in German, as nouns (case-folded): the frequent words of both languages
#: (:func:`aligner.words.common_words`), their function words and the common words that
#: name entries too (:data:`aligner.context.COMMON_WORDS`).
COMMON_WORDS: frozenset[str] = (
    common_words("de") | common_words("en") | STOPWORDS["en"] | STOPWORDS["de"]
    | _CONTROL_WORDS["en"] | _CONTROL_WORDS["de"]
)
_MAX_WORDS = 4
#: Shortest query (letters) that is looked up; a stem needs as many.
_MIN_LETTERS = 3
#: Queries of fewer letters than this are short ("Uws", "Töw"): they link only from
#: :data:`SHORT_SCORE` on (their normalised spelling equals the name's, up to one letter
#: read the other way).
SHORT_LETTERS = 4
SHORT_SCORE = SAME_NORMAL_SCORE - 0.05
#: Regnal numbers after a name ("Iwan IV."): the name before them takes the ending.
_ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
#: Arabic articles written before a capitalised word with a hyphen ("as-Sistani").
#: The score of a link whose ending is not at its end (below the aligner's rewrite
#: threshold: reported, never rewritten).
_INNER_ENDING_SCORE = 0.89
_ARTICLE_RE = re.compile(r"(?<![^\W\d_])(?:al|el|as|asch|ash|ad|ar|at|az|an|ed|es|esch|ez|ul|ud)"
                         r"[-\u2010\u2011]$")
_ARTICLE = r"(?:al|el|as|asch|ash|ad|ar|at|az|an|ed|es|esch|ez|ul|ud)"
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĞĠĢĤĦĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŖŘŚŜŞŠŢŤŦŪŮŰŲŴŶŸŹŻŽ"
_WORD = (rf"(?:{_ARTICLE}[-\u2010\u2011])?[{_UPPER}][^\W\d_]+"
         rf"(?:[-\u2010\u2011][{_UPPER}]?[^\W\d_]+)*")
#: Lower-case words that stand between the capitalised words of one name (Abd al-Aziz
#: ibn Saud, Ludwig van Beethoven, Ignacio da Silva).
_LINKS = ("ibn", "bin", "bint", "ben", "al", "el", "ul", "van", "de", "di", "da", "du", "la",
          "le")
_LINK = "(?:" + "|".join(_LINKS) + ")"
#: A run of capitalised words separated by single spaces (and link words).
RUN = re.compile(rf"(?<![\w\u00ad-]){_WORD}(?: (?:{_LINK} )?{_WORD})*(?![\w\u00ad])")
_CAPITALISED = re.compile(_WORD + "$")
_WORD_RE = re.compile(_WORD)
_HYPHENS = re.compile("[-\u2010\u2011]")
#: Letters in Latin-1 text (µ stands for a letter Latin-1 cannot spell), and the soft
#: hyphen, which also stands for the characters the match form erases (combining marks,
#: zero-width characters): they glue two words into one word of the match form.
_LETTERS = rb"A-Za-z\xaa\xad\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\xff"
#: A capitalised word in Latin-1 text, hyphenated and glued parts included. Its parts
#: hold every word :data:`RUN` is made of (and a few more), except those that start with
#: a capital Latin-1 cannot spell, which :data:`_OTHER_CAPITALS` finds.
TOKEN = re.compile(rb"[A-Z\xc0-\xd6\xd8-\xde][" + _LETTERS + rb"]+(?:-[" + _LETTERS + rb"]+)*")
#: A word glued to others by erased characters (found only where the text has them).
GLUED = re.compile(rb"[" + _LETTERS + rb"]*\xad[" + _LETTERS + rb"-]*")
_PARTS = re.compile("([-\u00ad])")
#: Capitals of :data:`RUN` that fold to no Latin-1 letter (a "µ" in the Latin-1 text).
_OTHER_CAPITALS = re.compile(r"[ĐĦŁŒŦ][^\W\d_]+(?:[-\u2010\u2011][^\W\d_]+)*")
_WORDISH = frozenset(b"0123456789_-\xad" + bytes(range(0x41, 0x5B)) + bytes(range(0x61, 0x7B))
                     + b"\xaa\xb5\xba" + bytes(c for c in range(0xC0, 0x100) if c not in (0xD7, 0xF7)))
#: The bytes of :data:`_LETTERS`.
_LETTER_BYTES = _WORDISH - frozenset(b"0123456789_-")
#: Bytes that go on a word: a live word ends before any other, a hyphen too (the name
#: before "-136" or "-Drohnen" may be linked on its own: :meth:`FuzzyLinker.decide`).
_GOES_ON = _WORDISH - frozenset(b"-")


def is_word(word: str) -> bool:
    """Whether *word* is an ordinary word, never linked fuzzily: one of
    :data:`COMMON_WORDS`, or an ordinary German or English word (:mod:`aligner.words`)."""
    return word.casefold() in COMMON_WORDS or is_ordinary(word)


class FuzzyLink(NamedTuple):
    """A decided link inside a run: word offsets in the run, the target and the score."""

    start: int
    end: int
    ending: str
    code: int
    score: float


#: The endings a name takes in running text, per language: the genitive (and plural) -s,
#: and in German the -n of a dative plural after -e ("den Niederlanden"). Not the -n,
#: -en, -es of other German nouns: "Endian" is no "Endia" + n.
NAME_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (("s", ""), ("n", "e")),
    "en": (("s", ""),),
}


def _endings(word: str, lang: str) -> list[tuple[str, str]]:
    """*word* and its stems with an ending of a name taken off: [(stem, ending), ...]."""
    out = [(word, "")]
    if len(word) > 2 and word[-2] in APOSTROPHES and word[-1] in "sS":
        out.append((word[:-2], word[-2:]))
    base = "de" if lang.startswith("de") else "en" if lang.startswith("en") else ""
    for ending, after in NAME_ENDINGS.get(base, ()):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= _MIN_LETTERS and stem.endswith(after):
            out.append((stem, ending))
    return out


def linkable_names(entries: Sequence[Entry]) -> list[tuple[str, str, int]]:
    """The names the linker looks for: ``(text, lang, code)`` of each term of a linkable
    entry that can be read two ways (not an acronym, not too short, Latin script, no cue
    or case control needed to tell it)."""
    names: list[tuple[str, str, int]] = []
    for n, entry in enumerate(entries):
        if entry.type not in LINKABLE:
            continue
        for t, term in enumerate(entry.terms):
            if not (term.lang.startswith(("en", "de")) or term.lang.endswith("-Latn")):
                continue
            control = control_for(term)
            if control is not None and (control.case != CASE_AS_WRITTEN or control.cues
                                        or control.tail or control.article):
                continue  # ambiguous without a cue, or an acronym
            if term.type is TermType.ACRONYM or term.text.isupper() \
                    or sum(c.isalpha() for c in term.text) < _MIN_LETTERS:
                continue  # UN, Xi: too short to read two ways
            if not all(c.isascii() or c.isalpha() and ord(c) < 0x250 or not c.isalpha()
                       for c in term.text):
                continue
            names.append((term.text, term.lang, n << 8 | t))
    return names


class FuzzyLinker:
    """Links unknown capitalised names to entries through a transliteration index.

    Names are filed under their (entry index, term index) code as the matcher numbers
    them (``entry << 8 | term``).
    """

    def __init__(self, entries: Sequence[Entry], *, min_score: float = MATCH_THRESHOLD,
                 store: Path | None = None) -> None:
        """*store*: a folder where the built index is kept for the next process with the
        same names (see :mod:`aligner.translit._store`); None builds it here, always."""
        self.min_score = min_score
        self.index: TranslitIndex[int] = load_or_build(linkable_names(entries), store)
        self._reset()

    def _reset(self) -> None:
        self._memo: dict[tuple[str, str], tuple[FuzzyLink, ...]] = {}
        #: per language: capitalised words (Latin-1 bytes) found live, and not live
        self._live: dict[str, set[bytes]] = {}
        self._still: dict[str, set[bytes]] = {}
        self._dead: dict[tuple[str, str], bool] = {}
        self._parts: dict[tuple[str, str], bool] = {}

    def __getstate__(self) -> object:
        return (self.min_score, self.index)

    def __setstate__(self, state: object) -> None:
        self.min_score, self.index = state  # type: ignore[misc]
        self._reset()

    # deciding runs ------------------------------------------------------------------

    def _best(self, words: Sequence[str], lang: str) -> tuple[str, int, float, str] | None:
        """The best (ending, code, score, name matched) for a run of words, trying endings
        off.

        The ending is tried off the last word, or off the word before a regnal number
        ("Iwans IV."); the ending returned is then the one of that word. A run made only
        of ordinary words (:mod:`aligner.words`) links nothing."""
        if all(is_word(w) for word in words for w in word.split("-")):
            return None
        best: tuple[str, int, float, str] | None = None
        at = len(words) - 1
        if at > 0 and _ROMAN.fullmatch(words[at]):
            at -= 1
        head = " ".join(words[:at])
        tail = " ".join(words[at + 1 :])
        for stem, ending in _endings(words[at], lang):
            query = " ".join(w for w in (head, stem, tail) if w)
            letters = sum(c.isalpha() for c in query)
            if letters < _MIN_LETTERS:
                continue
            wanted = self.min_score if letters >= SHORT_LETTERS else max(self.min_score,
                                                                          SHORT_SCORE)
            found = self.index.candidates(query, lang, min_score=wanted)
            if found and (best is None or found[0][2] > best[2]):
                # not a listed spelling (the exact matcher found none here), so below 1
                # even where the key reads it alike ("Abd al-Aziz" / "Abdulaziz")
                best = (ending, found[0][0], min(found[0][2], SAME_NORMAL_SCORE), found[0][1])
        if best is not None and at < len(words) - 1 and best[0]:
            # an ending inside the run ("Iwans IV."): a mention carries endings at its
            # end only, so this one is reported but never rewritten
            return ("", best[1], min(best[2], _INNER_ENDING_SCORE), best[3])
        return best

    def decide(self, run: str, lang: str) -> tuple[FuzzyLink, ...]:
        """The links inside one run of capitalised words (remembered)."""
        key = (run, lang)
        links = self._memo.get(key)
        if links is not None:
            return links
        words = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(run)]
        found: list[FuzzyLink] = []
        i = 0
        while i < len(words):
            link = self._starting(words, i, lang)
            if link is None:
                i += 1
            else:
                found.append(link[0])
                i = link[1]
        links = tuple(found)
        if len(self._memo) >= MEMO_SIZE:
            self._memo.clear()
        self._memo[key] = links
        return links

    def _starting(
        self, words: Sequence[tuple[int, int, str]], i: int, lang: str
    ) -> tuple[FuzzyLink, int] | None:
        """The link that starts with word *i* of a run, longest first, and the index of
        the word after it; or None.

        The last word of a link may be the leading parts of a hyphenated word
        ("Schahed" of "Schahed-Drohnen", "Lawrow" of "Lawrow-Besuch"): the whole word
        first, then fewer parts."""
        for j in range(min(len(words), i + _MAX_WORDS), i, -1):
            last = words[j - 1][2]
            for cut in _cuts(last):
                head = [w for _, _, w in words[i : j - 1]]
                best = self._best([*head, last[:cut]], lang)
                if best is None:
                    continue
                # a leading word the name does not need ("Auch Wjatscheslaw Wolodin"),
                # unless it is a particle of the name ("Ibn Chaldun" for Ibn Khaldun)
                start = i
                for k in range(i + 1, j):
                    if _particle_of(head[k - i - 1], best[3]):
                        break
                    inner = self._best([*head[k - i :], last[:cut]], lang)
                    if inner is None or inner[1] != best[1] or inner[2] < best[2]:
                        break
                    start, best = k, inner
                ending, code, score, _ = best
                end = words[j - 1][0] + cut
                return FuzzyLink(words[start][0], end, ending, code, score), j
        return None

    # live words ---------------------------------------------------------------------

    def dead(self, word: str, lang: str) -> bool:
        """Whether no query made only of *word* and words like it can find a candidate.

        The index looks a query up by one of its words, by the keys of that word's
        readings; a word is dead when no reading of it, nor of its stems with an ending
        taken off, has an indexed key near it (:meth:`TranslitIndex.may_match`). Then
        any query whose words are all dead finds no candidate.
        """
        key = (word, lang)
        found = self._dead.get(key)
        if found is None:
            may_match = self.index.may_match
            found = not any(may_match(stem, lang) for stem, _ in _endings(word, lang))
            if len(self._dead) >= WORDS_SIZE:
                self._dead.clear()
            self._dead[key] = found
        return found

    def _is_live(self, word: str, lang: str) -> bool:
        """Whether a capitalised word (hyphenated or glued parts too) could be in a link."""
        pieces = _PARTS.split(word)
        if len(pieces) == 1:
            return self._live_part(word, lang)
        for i in range(0, len(pieces), 2):
            part = pieces[i]
            # a word of a run starts with a capital, or follows a hyphen
            if part and (part[0].isupper() or i and pieces[i - 1] == "-") \
                    and self._live_part(part, lang):
                return True
        return False

    def _live_part(self, part: str, lang: str) -> bool:
        """Whether one part of a word could be in a link: no word in capitals, no ordinary
        word, not dead (remembered: the parts of hyphenated words repeat)."""
        key = (part, lang)
        found = self._parts.get(key)
        if found is None:
            found = not (len(part) > 1 and part.isupper()) and not is_word(part) \
                and not self.dead(part, lang)
            if len(self._parts) >= WORDS_SIZE:
                self._parts.clear()
            self._parts[key] = found
        return found

    def live_words(self, raw: bytes, lang: str) -> set[bytes]:
        """The live capitalised words of Latin-1 text (see :func:`~aligner.textfold.latin1`).
        """
        found = set(TOKEN.findall(raw))
        if b"\xad" in raw:  # erased characters glue words of the match form together
            found.update(raw[a:b] for a, b in _glued(raw))
        live = self._live.get(lang)
        still = self._still.get(lang)
        if live is None or still is None or len(live) + len(still) >= WORDS_SIZE:
            live = self._live[lang] = set()
            still = self._still[lang] = set()
        new = found - live
        new -= still
        if len(new) >= _BULK:
            # many new words (a long text): the listed ones are not live, dropped in C
            listed = new & _capitalised_words()
            still |= listed
            new -= listed
        for word in new:
            # µ stands for letters Latin-1 cannot spell (Wałęsa): only the text can tell
            alive = b"\xb5" in word or self._is_live(word.decode("latin-1"), lang)
            (live if alive else still).add(word)
        return found & live

    def occurrences(
        self, text: str, raw: bytes, lang: str, starts: Sequence[int], ends: Sequence[int]
    ) -> list[tuple[int, int]]:
        """``(start, end)`` of each live capitalised word of *text* outside the mentions
        ``[starts[i], ends[i])`` (sorted, not overlapping), in text order; *raw* is
        ``latin1(text)``.

        Words inside mentions are covered: a link overlapping a mention is dropped. So
        the live words are looked for in the text between the mentions first, and their
        positions only when there is one.
        """
        gaps = b" ".join(map(raw.__getitem__, map(slice, [0, *ends], [*starts, len(raw)])))
        live = self.live_words(gaps, lang)
        spans: list[tuple[int, int]] = []
        if live:
            if len(live) <= 16:
                for word in live:
                    for start, end in _whole_words(raw, word):
                        spans.extend(_anchors(raw, start, end))
            else:
                # one pass of an automaton of the live words (a Python loop over every
                # capitalised word of a long text costs more than the rest together)
                automaton = BytesAhoCorasick(list(live), matchkind=MatchKind.LeftmostLongest)
                for _, start, end in automaton.find_matches_as_indexes(raw):
                    if end == len(raw) or raw[end] not in _GOES_ON:
                        spans.extend(_anchors(raw, start, end))
                if b"\xad" in raw:
                    for a, b in _glued(raw):
                        if raw[a:b] in live:
                            spans.extend(_anchors(raw, a, b))
        if b"\xb5" in gaps:  # capitals Latin-1 cannot spell (Ł, Đ, ...): read the text
            for w in _OTHER_CAPITALS.finditer(text):
                if (w.start() == 0 or raw[w.start() - 1] not in _WORDISH) and \
                        self._is_live(w.group(), lang):
                    spans.append(w.span())
        if not spans:
            return spans
        spans.sort()
        # outside the mentions
        return [(s, e) for s, e in spans
                if not ((i := bisect_right(starts, s)) and ends[i - 1] > s)]

    def links(
        self, text: str, spans: Iterable[tuple[int, int]], lang: str,
        starts: Sequence[int] = (),
    ) -> list[tuple[int, FuzzyLink]]:
        """The links in the runs of capitalised words holding *spans*: (run start, link),
        in text order. A run ends before a mention that starts inside it (*starts*,
        sorted): "Schahed" of "Schahed-Drohnen" where "Drohnen" is one."""
        out: list[tuple[int, FuzzyLink]] = []
        done: set[int] = set()
        for at, _ in spans:
            m = RUN.match(text, _run_start(text, at))
            while m is not None and m.end() <= at:  # the run reaching *at* starts later
                m = RUN.search(text, m.end(), at + 1)
            if m is None or m.start() > at or m.start() in done:
                continue
            done.add(m.start())
            run_end = m.end()
            i = bisect_right(starts, m.start())
            if i < len(starts) and starts[i] < run_end:
                run_end = m.start() + len(text[m.start() : starts[i]].rstrip(" -\u2010\u2011"))
                if run_end <= at:
                    continue
            for link in self.decide(text[m.start() : run_end], lang):
                if _written_lower(text, m.start() + link.start,
                                  m.start() + link.end - len(link.ending)):
                    continue
                if link.end == run_end - m.start() and not link.ending:
                    tail = _apostrophe(text, run_end)
                    if tail:
                        link = link._replace(end=link.end + len(tail), ending=tail)
                out.append((m.start(), link))
        out.sort(key=lambda r: r[0] + r[1].start)
        return out


def _written_lower(text: str, start: int, end: int) -> bool:
    """Whether every word of ``text[start:end]`` (particles aside) stands in lower case,
    as a plain word, within :data:`~aligner.context.WINDOW` characters: then it is an
    ordinary word of the text ("Backend" beside "backend"), not a name. A file name or
    an address ("vixie-cron", "nathan@") proves nothing."""
    from .translit import PARTICLES

    words = [w for w in _NAME_WORDS.findall(text, start, end) if w.casefold() not in PARTICLES]
    if not words:
        return False
    lo, hi = max(0, start - WINDOW), min(len(text), end + WINDOW)
    near = text[lo:hi]
    for word in words:
        lower = word[:1].lower() + word[1:]
        if lower == word or not re.search(
                rf"(?<![\w./@\\-]){re.escape(lower)}(?![\w/@\\-]|\.\w)", near):
            return False
    return True


#: The words of a name (letters; hyphens and spaces part them).
_NAME_WORDS = re.compile(r"[^\W\d_]+")


#: From this many new capitalised words on, :meth:`FuzzyLinker.live_words` first drops those
#: of :func:`_capitalised_words` (building that set costs as much as deciding about a few
#: thousand words one by one).
_BULK = 5000


@cache
def _capitalised_words() -> frozenset[bytes]:
    """The ordinary words (:func:`is_word`) capitalised, in Latin-1: such a word of the
    text is not live."""
    out = set()
    for word in (*ordinary_words(), *COMMON_WORDS):
        title = word.capitalize()
        if title.casefold() == word:  # so is_word(title)
            try:
                out.add(title.encode("latin-1"))
            except UnicodeEncodeError:
                continue
    return frozenset(out)


def _glued(raw: bytes) -> list[tuple[int, int]]:
    """Where :data:`GLUED` finds words in *raw* (``GLUED.finditer``, which tries every
    position of the text: this looks only around each soft hyphen)."""
    out: list[tuple[int, int]] = []
    done = 0
    at = raw.find(b"\xad")
    while at >= 0:
        if at >= done:
            start = at
            while start > done and raw[start - 1] in _LETTER_BYTES:
                start -= 1
            m = GLUED.match(raw, start)
            if m is not None:  # always: the soft hyphen at *at* is one
                out.append(m.span())
                done = m.end()
        at = raw.find(b"\xad", max(at + 1, done))
    return out


def _particle_of(word: str, name: str) -> bool:
    """Whether *word* is a particle (ibn, al, von, ...) that *name* holds as a word."""
    from .translit import PARTICLES

    folded = word.casefold()
    return folded in PARTICLES and folded in name.casefold().replace("-", " ").split()


def _cuts(word: str) -> list[int]:
    """Where a link may end in *word*: at its end, then before each hyphen from the
    right."""
    return [len(word), *(m.start() for m in reversed(list(_HYPHENS.finditer(word))))]


def _whole_words(raw: bytes, word: bytes) -> Iterable[tuple[int, int]]:
    """Where *word* stands in *raw* as :data:`TOKEN` finds it (not as the start of a
    longer word; :meth:`FuzzyLinker.links` checks the rest)."""
    size = len(word)
    at = raw.find(word)
    while at >= 0:
        end = at + size
        if end == len(raw) or raw[end] not in _GOES_ON:
            yield at, end
        at = raw.find(word, at + 1)


def _anchors(raw: bytes, start: int, end: int) -> list[tuple[int, int]]:
    """The span of a word, or of each of its parts where erased characters glue them."""
    glue = raw.find(b"\xad", start, end)
    if glue < 0:
        return [(start, end)]
    out = []
    while glue >= 0:
        if glue > start:
            out.append((start, glue))
        start = glue + 1
        glue = raw.find(b"\xad", start, end)
    if end > start:
        out.append((start, end))
    return out


def _apostrophe(text: str, end: int) -> str:
    """The genitive apostrophe after a name ending at *end*: "'s" (Lavrov's), or "'"
    after s, x, z and ß (Konowalez'); "" if none."""
    if text[end : end + 1] not in APOSTROPHES:
        return ""
    after = text[end + 1 : end + 2]
    if after in "sS" and after and not text[end + 2 : end + 3].isalpha():
        return text[end : end + 2]
    if text[end - 1 : end] in "sxzßSXZ" and not after.isalpha():
        return text[end : end + 1]
    return ""


def _run_start(text: str, at: int) -> int:
    """The start of the run of capitalised words that a run starting at *at* belongs to."""
    article = _ARTICLE_RE.search(text, max(0, at - 6), at)
    i = article.start() if article else at
    while True:
        j = _word_before(text, i)
        if j is None:
            break
        if not _CAPITALISED.match(text, j, i - 1):
            if text[j : i - 1] not in _LINKS:
                break
            k = _word_before(text, j)  # a link word needs a capitalised word before it
            if k is None or not _CAPITALISED.match(text, k, j - 1):
                break
            j = k
        i = j
    return i


def _word_before(text: str, i: int) -> int | None:
    """The start of the word (letters and hyphens) before ``text[i]`` and one space."""
    if i < 2 or text[i - 1] != " " or not text[i - 2].isalpha():
        return None
    j = i - 2
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "-\u2010\u2011"):
        j -= 1
    return j
