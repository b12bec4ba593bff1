"""Reading a query as an inflected, declined or plural form of glossary terms.

The reader :func:`aligner.lookup.lookup` hands :func:`glossary.lookup.lookup` (see there
for the rules). It reads the query exactly as the matcher reads running text:

- the forms of a term are those the matcher looks for (see ``Matcher.__init__``): the term,
  its plural (:func:`aligner.number.plural`: the glossary's ``plural`` field or the rule
  table) where no ending makes it, and for a declinable term
  (:func:`aligner.declension.declinable`) both with their adjectives declined
  (:func:`aligner.declension.decline`);
- each form is spelled as the matcher spells it (:func:`aligner.patterns.term_patterns`),
  and the query in match form (:func:`aligner.textfold.fold_text`) must be one of those
  spellings followed by nothing or by an ending of the term's language that
  :func:`aligner.endings.match_ending` or :func:`aligner.endings.apostrophe_ending` accepts.

The glossary is asked only for a few candidate terms: those whose key is the query less a
possible ending (also with its adjectives in each ending: "Kaspischen Meeres" is probed as
"Kaspisches Meer"), and those starting like its first word (a plural such as "ständigen
Mitglieder" or "Verträge" shares that much with its singular). Then each candidate is
checked as above. A query that is a term as listed is the glossary's exact or variant
match, not an inflected one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from glossary.fold import fold
from glossary.lookup import Inflection
from glossary.model import Entry, Term, lang_matches

from .declension import ADJECTIVE_ENDINGS, declinable, decline
from .endings import APOSTROPHES, ENDINGS, apostrophe_ending, match_ending
from .number import RULED_PLURALS, plural
from .patterns import term_patterns
from .textfold import FoldedText, fold_text

if TYPE_CHECKING:
    from glossary.termindex import Hit, TermIndex

__all__ = ["read_inflections", "term_forms"]

#: Longest ending cut off the query to probe for its stem (letters or an apostrophe + s).
_LONGEST = max(len(e) for ends in ENDINGS.values() for e in ends)
#: Candidates read from terms starting like the query's first word.
_PREFIX_CANDIDATES = 64
#: The first word is probed without up to this many letters, keeping at least four.
_PREFIX_CUT = 3


def term_forms(entry: Entry, term: Term) -> tuple[tuple[str, bool, str], ...]:
    """The forms of *term* running text may show before an ending, as the matcher spells
    them: (text, plural, declension), the term itself first. The plural is a form of its
    own only where no ending makes it (Mitglied → Mitglieder, not Atomwaffe-n).

    >>> from glossary.model import Entry, EntryType, Term, lang_matches
    >>> t = Term("ständiges Mitglied", "de", plural="ständige Mitglieder")
    >>> [f for f in term_forms(Entry("m", EntryType.CONCEPT, (t,)), t) if f[2] in ("", "en")]
    [('ständiges Mitglied', False, ''), ('ständigen Mitglied', False, 'en'), \
('ständige Mitglieder', True, ''), ('ständigen Mitglieder', True, 'en')]
    """
    texts = [(term.text, False)]
    many = _plural(entry, term)
    if many and not _by_ending(many, term):
        texts.append((many, True))
    out: list[tuple[str, bool, str]] = []
    for text, is_plural in texts:
        out.append((text, is_plural, ""))
        if declinable(term, entry.type):
            for ending in ADJECTIVE_ENDINGS:
                declined = decline(text, ending)
                if declined != text:
                    out.append((declined, is_plural, ending))
    return tuple(out)


def _plural(entry: Entry, term: Term) -> str | None:
    return plural(term, rules=entry.type in RULED_PLURALS)


def _by_ending(many: str, term: Term) -> bool:
    """Whether plural *many* is *term* itself or *term* and an ending of its language
    (what the matcher finds without a pattern of its own)."""
    if many == term.text:
        return True
    ends = next((e for b, e in ENDINGS.items() if lang_matches(term.lang, b)), ())
    return many.startswith(term.text) and many[len(term.text):] in ends


def read_inflections(index: TermIndex, query: str) -> Iterator[tuple[Hit, float, Inflection]]:
    """The terms of *index* that *query* inflects: (hit, score, how), for
    :func:`glossary.lookup.lookup`. The score is 1.0 when the query spells the form as the
    glossary does (case aside), else 0.95."""
    text = query.strip()
    if not text:
        return
    ft = fold_text(text)
    seen: set[Hit] = set()
    for hit in _candidates(index, text):
        if hit in seen:
            continue
        seen.add(hit)
        entry = index.entry(hit[0])
        found = _read(ft, entry, entry.terms[hit[1]])
        if found is not None:
            yield (hit, *found)


def _candidates(index: TermIndex, text: str) -> Iterator[Hit]:
    """Hits worth checking: stems of the query, declined, and terms starting like it."""
    stems = [text] + [text[:-cut] for cut in range(1, _LONGEST + 1) if len(text) - cut >= 2]
    keys: dict[str, None] = {}
    for stem in stems:
        keys[fold(stem)] = None
        for ending in ADJECTIVE_ENDINGS:
            keys[fold(decline(stem, ending))] = None
    for key in keys:
        yield from index.exact(key)
    first = fold(text).split(" ", 1)[0]
    if len(first) > 4:
        yield from index.prefix(first[: max(4, len(first) - _PREFIX_CUT)], _PREFIX_CANDIDATES)


def _read(ft: FoldedText, entry: Entry, term: Term) -> tuple[float, Inflection] | None:
    """How the query in *ft* inflects *term*, with its score, or None. Of two readings the
    one with the shorter ending wins, as the matcher's longest pattern does."""
    form = ft.form
    best: tuple[float, Inflection] | None = None
    for text, is_plural, declension in term_forms(entry, term):
        for pattern in term_patterns(replace(term, text=text)):
            if not form.startswith(pattern, 1):
                continue
            end = 1 + len(pattern)
            ending = _ending(ft, end, term.lang)
            if ending is None or not (ending or is_plural or declension):
                continue  # not followed by an ending, or the term as listed
            if best is not None and len(best[1].ending) <= len(ending):
                continue
            stem = ft.text[: ft.to_text(end - 1) + 1]
            score = 1.0 if stem.casefold() == text.casefold() else 0.95
            if ending and not is_plural and not declension:
                many = _plural(entry, term)  # Atomwaffe + n is the plural Atomwaffen
                is_plural = many is not None and many.casefold() == (text + ending).casefold()
            best = score, Inflection(text, ending, declension, is_plural)
    return best


def _ending(ft: FoldedText, end: int, lang: str) -> str | None:
    """The ending that follows match-form offset *end* up to the end of the query:
    "" for none, else a letter or apostrophe ending of *lang*; None for anything else."""
    form, last = ft.form, len(ft.form) - 1
    if end == last:
        return ""
    if form[end] != " ":
        found = match_ending(form, end, lang)
        return found if found is not None and end + len(found) == last else None
    tpos = ft.to_text(end)
    if tpos < len(ft.text) and ft.text[tpos] in APOSTROPHES:
        found = apostrophe_ending(ft.text, form, end, tpos, lang)
        if found is not None and end + len(found) == last:
            return found
    return None
