"""Sentence splitting for English and German text, with offsets into the original.

A full stop, question mark, exclamation mark or ellipsis ends a sentence when white
space and a sentence start (a capital letter or digit, possibly after an opening quote
or bracket) follow it; closing quotes and brackets right after the mark stay with the
sentence they close. A full stop does not end a sentence after

* an abbreviation (``Dr.``, ``Mr.``, ``St.``, ``z. B.``, ``u. a.``, ``bzw.``, ``ca.``,
  ``U.S.``, ``e.g.``; ``Nr.``/``No.`` before a number), and after a single letter, so
  initials stay with their name (``W. Putin``, ``John F. Kennedy``);
* a German ordinal number (``15. Juni 2025``, ``am 3. März``, ``im 20. Jahrhundert``).

Abbreviations that often close a sentence (``etc.``, ``usw.``, ``U.S.``, ``Inc.``),
single letters, German ordinals and ellipses end one only when the next word is a
typical sentence opener of the language ("The", "Die", "Er", ...). A blank line always
ends a sentence; a single line break is white space.

>>> [s.text for s in split_sentences("Dr. Müller kam am 3. März. Er blieb.", lang="de")]
['Dr. Müller kam am 3. März.', 'Er blieb.']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["LANGS", "Sentence", "sentence_texts", "split_sentences"]

#: Languages the splitter has rules for.
LANGS = ("en", "de")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_CLOSERS = "\"'”’“»«›‹)]}"
_OPENERS = "\"'„“‚‘»«›‹([{¿¡"
_TERMINAL = re.compile(rf"(?:\.\.\.|[.!?…])+(?:[{re.escape(_CLOSERS)}]+(?:\.\.\.|[.!?…])*)*")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_WORD_BEFORE = re.compile(r"(?<![\w.])(?:\w+\.)*\w+$")
_SPACED_PART = re.compile(r"(?<!\w)(\w{1,2})\.[ \u00a0\u202f]?$")
_NEXT_WORD = re.compile(rf"[{re.escape(_OPENERS)}]*(\w+)")

# Abbreviations, compared case-sensitively without their final dot.
_NEVER_FINAL = _words(
    "Mr Mrs Ms Dr Prof Sen Rep Gen Col Lt Sgt Capt Gov Rev Hon St Mt Ft Sr Jr vs "
    "e.g i.e cf approx ca Hr Frl Dipl Ing Mag Hrsg bzw vgl ggf sog "
    "z.B z.T d.h u.U v.a i.d.R s.o s.u m.E z.Zt evtl inkl exkl zzgl Abs Bd Jh Jhd "
    "geb gest verh Str Tel"
)
_MAY_END = _words(
    "etc usw usf u.a u.v.m o.Ä a.m p.m Inc Ltd Co Corp Bros U.S U.S.A U.K E.U UN "
    "Mio Mrd Tsd Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Okt Nov Dec Dez Mon Tue Wed "
    "Thu Fri Sat Sun Mo Di Mi Do Fr Sa So Ave Blvd ff"
)
_BEFORE_NUMBER = _words("No Nos Nr Art Abs Bd S p pp vol Vol Fig Abb Tab Kap Ziff")

_MONTHS_DE = _words(
    "Januar Jänner Februar Feber März April Mai Juni Juli August September Oktober "
    "November Dezember Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez"
)
# Words that typically open a sentence: a capital after an ambiguous dot must be one.
_OPENER_WORDS = {
    "en": _words(
        "The A An He She It They We I You This That These Those There Here In On At By "
        "For From With After Before When While If As But And So Yet However Meanwhile "
        "His Her Its Their Our My One Some Many Most No Not Both Each All Officials "
        "Mr Mrs Ms Dr What Who Why How Where Then Now Today Yesterday Later Earlier "
        "According Also Still Despite Although Since Under"
    ),
    "de": _words(
        "Der Die Das Den Dem Des Ein Eine Einen Einem Einer Er Sie Es Ich Wir Ihr Man "
        "Dies Diese Dieser Dieses Dort Da Dann Doch Aber Und Auch Am Im In An Auf Aus "
        "Nach Vor Bei Mit Seit Zudem Außerdem Trotzdem Deshalb Daher Damit So Wie Was "
        "Wer Wo Warum Als Wenn Ob Noch Nur Schon Jetzt Heute Gestern Morgen Laut Zum "
        "Zur Kein Keine Sein Seine Ihre Unser Alle Viele Mehrere Beide Zwar Später "
        "Zuvor Bereits Dabei Darauf Danach Demnach Hier Nun Zugleich Allerdings"
    ),
}


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: ``text == original[start:end]``, without surrounding white space."""

    start: int
    end: int
    text: str


def split_sentences(text: str, *, lang: str) -> tuple[Sentence, ...]:
    """Split *text* into sentences of language *lang* (``en`` or ``de``; ``de-AT`` too)."""
    openers = _opener_words(lang)
    sentences: list[Sentence] = []
    for block_start, block_end in _blocks(text):
        start = block_start
        for end in _boundaries(text, block_start, block_end, lang=lang, openers=openers):
            _append(sentences, text, start, end)
            start = end
        _append(sentences, text, start, block_end)
    return tuple(sentences)


def sentence_texts(text: str, *, lang: str) -> list[str]:
    """The texts of :func:`split_sentences`, as a list (what argostranslate asks for)."""
    return [s.text for s in split_sentences(text, lang=lang)]


def _opener_words(lang: str) -> frozenset[str]:
    base = lang.split("-", 1)[0].casefold()
    if base not in _OPENER_WORDS:
        raise ValueError(f"no sentence rules for language {lang!r}; known: {', '.join(LANGS)}")
    return _OPENER_WORDS[base]


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for blank in _BLANK_LINE.finditer(text):
        yield start, blank.start()
        start = blank.end()
    yield start, len(text)


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        sentences.append(Sentence(start, end, text[start:end]))


def _boundaries(
    text: str, start: int, end: int, *, lang: str, openers: frozenset[str]
) -> Iterator[int]:
    """Offsets in ``text[start:end]`` right after each sentence-final mark (and closers)."""
    for mark in _TERMINAL.finditer(text, start, end):
        after = mark.end()
        if after >= end or not text[after].isspace():
            continue  # "3.5", "U.S.-Iran", "?“, fragte": no white space after the mark
        nxt = _NEXT_WORD.match(text, _skip_space(text, after, end), end)
        if nxt is None:
            continue
        word = nxt.group(1)
        if not (word[0].isupper() or word[0].isdigit()):
            continue  # "z. B. der", "Dr. med.", '"Why?" he asked'
        if _ends_sentence(text, mark.start(), mark.group(), word, lang=lang, openers=openers):
            yield after


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _ends_sentence(
    text: str, at: int, mark: str, nxt: str, *, lang: str, openers: frozenset[str]
) -> bool:
    """Whether the terminal *mark* at offset *at*, followed by word *nxt*, ends a sentence."""
    opener = nxt in openers
    if mark.startswith(("...", "…")):
        return opener or lang.startswith("en")
    if not mark.startswith(".") or mark.startswith(".."):
        return True  # ! and ?
    before = _WORD_BEFORE.search(text, max(0, at - 40), at)
    if before is None:
        return True
    word = before.group()
    if word.isdigit():
        # German ordinals: "15. Juni", "am 3. März", "im 20. Jahrhundert"; years end one.
        if lang.startswith("de") and len(word) <= 3:
            return opener and nxt not in _MONTHS_DE
        return True
    if word in _BEFORE_NUMBER and nxt[0].isdigit():
        return False
    if word in _NEVER_FINAL or _spaced_abbreviation(text, before.start(), word) in _NEVER_FINAL:
        return False
    if word in _MAY_END or _spaced_abbreviation(text, before.start(), word) in _MAY_END:
        return opener
    if len(word) == 1 and word.isalpha():
        return opener  # initials: "W. Putin", "John F. Kennedy"; but "Plan B. The ..."
    return True


def _spaced_abbreviation(text: str, word_start: int, word: str) -> str:
    """The abbreviation a spaced form ends in, without spaces: "z. B" -> "z.B"."""
    parts = [word]
    pos = word_start
    while len(parts) < 4:
        match = _SPACED_PART.search(text, max(0, pos - 4), pos)
        if match is None:
            break
        parts.insert(0, match.group(1))
        pos = match.start()
    return ".".join(parts)
