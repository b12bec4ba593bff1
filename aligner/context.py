"""Controls for ambiguous terms: case, context cues nearby, sentence-initial capitals.

A term marked ``case_sensitive`` matches only with its own capitalisation ("Mir", not
German "mir"); so does a short acronym (all capitals, at most five letters: "UN", "EU",
"SPFS"), which must be written in capitals. A one-word name that is also an ordinary
word, or becomes one with an ending ("Orange", "Turkey", "Weil", "Charg" / "chargen"; see
:mod:`aligner.words`), needs a capital first letter: "orange" the colour is not the
river, "chargen" (batches) is not Kharg Island; and at the start of a sentence, where a
capital proves nothing, such a name that is a function word is refused ("Weil es
regnete" is not the town of Weil). A term with ``context`` cues is accepted
only when a cue starts a word within :data:`WINDOW` characters of it, in the same block
of text (a cue is a word prefix: "Karte" also finds "Karten"). At the start of a
sentence a capital proves nothing, so there a case-sensitive term needs its cue in the
same clause, and without cues it is refused when it is a common word of the text's
language ("Mir ist klar, ..." is not the payment system).

A blank line ends a block, and so does a single line break, unless it only wraps
running text (a hard-wrapped paragraph). A line break wraps running text when

- the line before it does not end with sentence punctuation (. ! ? : ; …, closing
  quotes and brackets aside) and is no Markdown heading (``#``),
- the line after it is no list item (``-``, ``*``, ``•``, ``1.``, ``#``, ``>``), and
- the line after starts in lower case, or the line before is at least :data:`WRAPPED`
  characters long: a heading or a list entry stops short, a wrapped line near the
  wrap width (German nouns start lines in capitals, so case alone would cut German
  paragraphs apart).

So a heading "Iran" does not vouch for "Stellvertreter" on the next line, nor does a
list entry for the next entry, while the lines of a paragraph wrapped at 72 columns
stay one block. A sentence that happens to end at the end of a line ends the block too:
the rule errs towards refusing, as a refused cue only leaves a word as written.

Cues are words of the term's language. In a text of another language only the cues
that are no ordinary word of German or English (:mod:`aligner.words`) count: names and
acronyms such as "Iran", "NATO", "Hezbollah" (:func:`cues_for`). So the English cue
"war" never fires on German "war", nor "Karte" on an English text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from glossary.equivalent import NAMED
from glossary.model import Entry, Term, TermType, lang_matches

from .article import owns_article
from .textfold import fold_pattern

__all__ = [
    "CASE_ANY",
    "CASE_AS_WRITTEN",
    "CASE_CAPITALS",
    "CASE_CAPITAL_FIRST",
    "COMMON_WORDS",
    "NAMED",
    "WINDOW",
    "WRAPPED",
    "TermControl",
    "control_for",
    "cue_near",
    "cue_starts",
    "cues_for",
    "part_of_a_name",
    "sentence_initial",
    "with_entry_cues",
]

#: How far (in characters, each side) a context cue may be from the mention.
WINDOW = 200
#: A line at least this long that stops without punctuation was wrapped, not a heading.
WRAPPED = 40
_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n")
_LINE_BREAK = re.compile(r"\r\n?|\n")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•+>#\u2013\u2014]|\d{1,3}[.)])(?:[ \t]|$)", re.MULTILINE)
_SENTENCE_END = frozenset(".!?:;…")
_CLOSERS = "\"'”’“»«)]"
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]\u2013\u2014]")
_OPENERS = frozenset(" \t\r\n\"'„“”‚‘’«»‹›([{-\u2013\u2014*•")

#: Common words that also name an entry, per language: refused at a sentence start.
COMMON_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset(
        ["mir", "mich", "dir", "dich", "wir", "ihr", "sie", "er", "es", "man", "die", "der", "das", "den", "dem", "des", "ein", "eine", "einen", "war", "waren", "ist", "sind", "wird", "hat", "hier", "da", "so", "wie", "was", "wer", "wo", "west", "ost", "nord", "sud", "rat", "bank", "karte", "union", "mitte"]
    ),
    "en": frozenset(
        ["it", "its", "the", "a", "an", "this", "that", "he", "she", "we", "they", "i", "you", "west", "east", "north", "south", "mir", "council", "bank", "union", "card"]
    ),
}


#: Case controls of :class:`TermControl`: none, as written, in capitals (acronyms), a
#: capital first letter (a name that is also an ordinary word).
CASE_ANY, CASE_AS_WRITTEN, CASE_CAPITALS, CASE_CAPITAL_FIRST = 0, 1, 2, 3


@dataclass(frozen=True, slots=True)
class TermControl:
    """The checks a term needs: case (see :data:`CASE_ANY` and the rest) and cues.

    ``tail`` is punctuation that ends the term ("OPEC+", "D.C."): the match form cannot
    see it, so the mention takes it in when the text has it. ``article`` says the term
    begins with an article ("the Ukraine"), which it owns only as a whole noun phrase
    (:mod:`aligner.article`).
    """

    case: int
    cues: tuple[str, ...]
    tail: str = ""
    article: bool = False
    #: the language of the term, and so of its cues
    lang: str = ""


def control_for(term: Term, *, name: bool = False) -> TermControl | None:
    """The controls of *term*, or None when it needs none (the common case).

    *name*: the term names a person, a place or another named thing (not a concept),
    so a one-word term that is also an ordinary word needs a capital first letter.

    >>> control_for(Term("Orange", "en"), name=True).case == CASE_CAPITAL_FIRST
    True
    >>> control_for(Term("Orange", "en")) is None, control_for(Term("Lavrov", "en"), name=True)
    (True, None)
    """
    text = term.text
    article = owns_article(text, term.lang)
    word = name and not term.case_sensitive and _ordinary_name(text)
    if (not term.case_sensitive and not term.context and term.type is not TermType.ACRONYM
            and not text.isupper() and text[-1:].isalnum() and not article and not word):
        return None  # no capitals to keep, no cues, no punctuation at the end, no article
    letters = [c for c in text if c.isalpha()]
    acronym = term.type is TermType.ACRONYM or (
        0 < len(letters) <= 5 and all(c.isupper() for c in letters) and len(letters) > 1
    )
    case = (CASE_AS_WRITTEN if term.case_sensitive else CASE_CAPITALS if acronym
            else CASE_CAPITAL_FIRST if word else CASE_ANY)
    cues = tuple(dict.fromkeys(p for p in (fold_pattern(c) for c in term.context) if p))
    stripped = term.text.rstrip()
    core = len(stripped)
    while core and not stripped[core - 1].isalnum():
        core -= 1
    tail = stripped[core:]
    if not case and not cues and not tail and not article:
        return None
    return TermControl(case, cues, tail, article, term.lang)


_ONE_WORD = re.compile(r"[^\W\d_]+")


def _ordinary_name(text: str) -> bool:
    """Whether *text* is one capitalised word (not all capitals) that is a function word
    ("Weil") or a listed word of German or English, or becomes one with an ending of that
    language ("Charg" / "chargen"; not "Raisi" / "raisin", whose -n is German and the
    word English)."""
    if not (_ONE_WORD.fullmatch(text) and text[0].isupper() and not text.isupper()):
        return False
    from .endings import ENDINGS
    from .words import LANGUAGES, function_words, listed_words

    folded = text.casefold()
    return any(folded in function_words(lang) or any(
        folded + ending in listed_words(lang) for ending in ("", *ENDINGS[lang]))
        for lang in LANGUAGES)


@lru_cache(maxsize=4096)
def _names_only(cues: tuple[str, ...]) -> tuple[str, ...]:
    """The cues that are no ordinary German or English word (names, acronyms)."""
    from .words import is_ordinary

    return tuple(c for c in cues if not all(is_ordinary(w) for w in c.split()))


def with_entry_cues(controls: dict[int, TermControl], entries: Sequence[Entry],
                    entry_of: Callable[[int], int]) -> dict[int, TermControl]:
    """*controls* whose cues that name an entry ("NATO", "Russland") are met by every
    term of that entry too ("Nordatlantikpakt", "Russische Föderation"): a cue means the
    thing, not one spelling of it, and a rewrite that writes another term of the cue's
    entry must not change what a second reading accepts. Terms of the control's own
    entry, and terms under four letters (cues match as the start of a word), are left out.
    """
    if not any(c.cues for c in controls.values()):
        return controls
    by_key: dict[str, list[int]] = {}
    for n, entry in enumerate(entries):
        for term in entry.terms:
            key = fold_pattern(term.text)
            if key and (not by_key.get(key) or by_key[key][-1] != n):
                by_key.setdefault(key, []).append(n)
    out = dict(controls)
    for code, control in controls.items():
        if not control.cues:
            continue
        own = entry_of(code)
        extra = [key for cue in control.cues for n in by_key.get(cue, ()) if n != own
                 for key in (fold_pattern(t.text) for t in entries[n].terms)
                 if len(key) >= 4 and key.isascii() and key.isprintable()]
        cues = tuple(dict.fromkeys((*control.cues, *extra)))
        if cues != control.cues:
            out[code] = replace(control, cues=cues)
    return out


def cues_for(control: TermControl, lang: str) -> tuple[str, ...]:
    """The cues of *control* that count in a text of language *lang*: all of them in the
    term's own language, else only those that are no ordinary word.

    >>> control = TermControl(0, ("iran", "war"), lang="en")
    >>> cues_for(control, "en"), cues_for(control, "de")
    (('iran', 'war'), ('iran',))
    """
    if not control.lang or lang_matches(lang, control.lang) or lang_matches(control.lang, lang):
        return control.cues
    return _names_only(control.cues)


def _shape(text: str) -> str:
    return "".join(c for c in text if c.isalnum())


def case_ok(surface: str, term: Term, case: int) -> bool:
    """Whether *surface* (the stem) is written with the capitals *case* asks for."""
    if case == CASE_CAPITAL_FIRST:
        first = next((c for c in surface if c.isalpha()), "")
        return first.isupper()
    if case == CASE_CAPITALS:
        if surface.isupper():
            return True
        letters = _shape(surface)
        return letters.isupper() or letters == _shape(term.text)
    from .textfold import fold_text

    # as written, up to diacritics and separators
    a = _shape(surface)
    b = _shape(term.text)
    if a == b:
        return True
    return len(a) == len(b) and all(
        (x.isupper() == y.isupper()) for x, y in zip(a, b)
    ) and fold_text(a).form == fold_text(b).form


_NEXT_CAPITAL = re.compile(r"[ \u00a0]([^\W\d_])[^\W\d_]")


def part_of_a_name(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the word ``text[start:end]`` (a case-sensitive term: a common word too)
    opens a longer name in English text: a capitalised word follows ("West Azerbaijan",
    "Mir Hossein Mousavi"). German capitalises every noun, so there it proves nothing.

    >>> part_of_a_name("Iran's West Azerbaijan province", 7, 11, "en")
    True
    >>> part_of_a_name("the West wants", 4, 8, "en"), part_of_a_name("Mir Karten", 0, 3, "de")
    (False, False)
    """
    if not lang_matches(lang, "en"):
        return False
    m = _NEXT_CAPITAL.match(text, end)
    return m is not None and m.group(1).isupper()


def sentence_initial(text: str, start: int) -> bool:
    """Whether offset *start* of *text* begins a sentence (or a line, or the text)."""
    i = start - 1
    stop = max(0, start - 60)
    while i >= stop and text[i] in _OPENERS:
        if text[i] in "\n\r":
            return True
        i -= 1
    if i < 0:
        return True
    if i < stop:
        return stop == 0
    return text[i] in ".!?:;…"


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    lo, hi = max(0, start - WINDOW), min(len(text), end + WINDOW)
    before = None
    for before in _PARAGRAPH.finditer(text, lo, start):
        pass
    if before is not None:
        lo = before.end()
    after = _PARAGRAPH.search(text, end, hi)
    if after is not None:
        hi = after.start()
    return lo, hi


def _wraps(text: str, at: int, after: int) -> bool:
    """Whether the line break ``text[at:after]`` only wraps running text (see above)."""
    lo = max(0, at - 2 * WRAPPED)
    i = max(text.rfind("\n", lo, at), text.rfind("\r", lo, at))
    whole = i >= 0 or lo == 0  # else the line is longer than we looked
    line = text[i + 1 if i >= 0 else lo : at].rstrip()
    if not line or line.rstrip(_CLOSERS)[-1:] in _SENTENCE_END:
        return False
    if whole and line.lstrip().startswith("#"):
        return False
    if _LIST_ITEM.match(text, after):
        return False
    first = text[after : after + 16].lstrip()[:1]
    return first.islower() or len(line) >= WRAPPED


def _block(text: str, start: int, end: int) -> tuple[int, int]:
    """Where a cue of ``text[start:end]`` may be: its block, within :data:`WINDOW`."""
    lo, hi = _paragraph(text, start, end)
    for m in reversed(list(_LINE_BREAK.finditer(text, lo, start))):
        if not _wraps(text, m.start(), m.end()):
            lo = m.end()
            break
    for m in _LINE_BREAK.finditer(text, end, hi):
        if not _wraps(text, m.start(), m.end()):
            hi = m.start()
            break
    return lo, hi


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    _lo, hi = _block(text, start, end)
    after = _CLAUSE_END.search(text, end, hi)
    return start, after.start() if after else hi


def cue_near(text: str, start: int, end: int, cues: tuple[str, ...], *, clause: bool) -> bool:
    """Whether a cue starts a word near ``text[start:end]``: in its block (see above)
    within :data:`WINDOW` characters, or in its clause if *clause*."""
    from .textfold import fold_text

    lo, hi = _clause(text, start, end) if clause else _block(text, start, end)
    before = fold_text(text[lo:start]).form[:-1]
    after = fold_text(text[end:hi]).form
    for cue in cues:
        needle = " " + cue
        if needle in before or needle in after:
            return True
    return False


def cue_starts(text: str, start: int, end: int, cues: tuple[str, ...], *,
               clause: bool) -> list[tuple[int, int]]:
    """Where in *text* the cues :func:`cue_near` finds for ``text[start:end]`` are
    (start and end offsets)."""
    from .textfold import fold_text

    lo, hi = _clause(text, start, end) if clause else _block(text, start, end)
    out: list[tuple[int, int]] = []
    for base, piece in ((lo, text[lo:start]), (end, text[end:hi])):
        ft = fold_text(piece)
        for cue in cues:
            at = ft.form.find(" " + cue)
            while at >= 0:
                out.append((base + ft.to_text(at + 1), base + ft.to_text(at + len(cue)) + 1))
                at = ft.form.find(" " + cue, at + 1)
    return out


def is_common(stem: str, lang: str) -> bool:
    """Whether *stem* is a common word of *lang*: one of :data:`COMMON_WORDS`, or a
    function word (:func:`aligner.words.function_words`: "Weil", "Also") not written in
    capitals ("US" is the acronym)."""
    from .words import function_words

    for base, words in COMMON_WORDS.items():
        if lang_matches(lang, base):
            return fold_pattern(stem) in words or (
                not stem.isupper() and stem.casefold() in function_words(base))
    return False
