"""Terms that begin with an article: "the Ukraine" owns its "the" only as a whole phrase.

A few old names carry the English article ("the Ukraine", "the Crimea", "the Sudan") and
the glossary lists them as deprecated forms. In "the Ukraine war" or "The Ukraine
Conflict", though, the name qualifies the next noun and the article belongs to that
noun: the text is right as it is. So such a term is accepted only when the word after
it ends the noun phrase (a preposition, a conjunction, a verb: see the word list in
``data/phrase_stops.en.txt``), or when punctuation, a line end or the end of the text
follows. A hyphen right after the name joins a compound ("the Ukraine-Russia talks"),
so it refuses too; an ending on the name ("the Ukraine's economy") makes it the whole
phrase. When unsure, the term is refused and the text stays as written.

>>> owns_article("the Ukraine", "en"), owns_article("Ukraine", "en"), owns_article("the", "en")
(True, False, False)
>>> ends_phrase("in the Ukraine war", 15), ends_phrase("in the Ukraine and", 15)
(False, True)
>>> ends_phrase("in the Ukraine.", 14), ends_phrase("the Ukraine-Russia talks", 11)
(True, False)
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from glossary.model import lang_matches

__all__ = ["ARTICLES", "ends_phrase", "owns_article", "phrase_stops"]

#: The articles a term may begin with, per language.
ARTICLES: dict[str, tuple[str, ...]] = {"en": ("the",)}
_JOINERS = frozenset("-\u2010\u2011\u2012\u2013\u2014/")


def owns_article(text: str, lang: str) -> bool:
    """Whether a term *text* of language *lang* begins with an article and a name."""
    words = text.split(None, 1)
    if len(words) < 2:
        return False
    first = words[0].casefold()
    return any(lang_matches(lang, base) and first in articles
               for base, articles in ARTICLES.items())


@lru_cache(maxsize=1)
def phrase_stops() -> frozenset[str]:
    """The English words that end a noun phrase (the data file, read once)."""
    data = files("aligner").joinpath("data/phrase_stops.en.txt").read_text(encoding="utf-8")
    words = (line.split("#", 1)[0].strip() for line in data.splitlines())
    return frozenset(w.casefold() for w in words if w)


def ends_phrase(text: str, end: int) -> bool:
    """Whether the noun phrase ending at offset *end* of *text* ends there."""
    if end < len(text) and text[end] in _JOINERS:
        return False
    i = end
    while i < len(text) and text[i] in " \t\u00a0":
        i += 1
    if i >= len(text) or not text[i].isalpha():
        return True
    j = i
    while j < len(text) and (text[j].isalpha() or text[j] in "'\u2019"):
        j += 1
    return text[i:j].casefold() in phrase_stops()
