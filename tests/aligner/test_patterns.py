"""aligner.patterns, and the one-normaliser promise: a term and its folded spellings meet."""

from __future__ import annotations

import pytest

from aligner.aligner import Aligner
from aligner.context import CASE_CAPITAL_FIRST, NAMED, control_for
from aligner.patterns import term_patterns
from glossary.fold import fold, fold_keys
from glossary.model import Term, TermType


@pytest.mark.parametrize(
    ("term", "patterns"),
    [
        (Term("Iran", "en"), ("iran",)),
        (Term("Bündnis", "de"), ("bundnis", "buendnis")),
        (Term("Russland", "de"), ("russland", "rußland")),
        (Term("Russland", "en"), ("russland",)),
        (Term("St. Petersburg", "en"), ("st  petersburg", "st petersburg")),
        (Term("Мир", "ru"), ()),
    ],
    ids=["plain", "umlaut", "sharp-s-de", "no-sharp-s-en", "dot", "cyrillic"],
)
def test_term_patterns(term: Term, patterns: tuple[str, ...]) -> None:
    assert term_patterns(term) == patterns


def _spellings(text: str, lang: str) -> list[str]:
    """Spellings of *text* that glossary.fold folds to one of its keys."""
    out = [text, text.upper(), text.lower(), *fold_keys(text)]
    out.append(text.replace("-", " ").replace("–", "-"))
    out.append(text.replace(" ", " – ").replace("-", "\u2013"))
    out.append(text.replace(" ", "\r\n"))
    if lang.startswith("de"):
        out.append(text.replace("ss", "ß"))
    return [s for s in out if fold(s) in fold_keys(text) or fold(s.replace("ß", "ss")) in fold_keys(text)]


def test_every_shipped_term_and_its_folded_spellings_meet(shipped: Aligner) -> None:
    """The patterns and the text go through one normaliser: every Latin-script term of the
    shipped glossary, and each of its spellings that glossary.fold folds to the same key,
    is found as a mention of its entry."""
    missed = []
    checked = 0
    for entry in shipped.entries:
        for term in entry.terms:
            if not term_patterns(term) or term.context:
                continue
            for spelling in _spellings(term.text, term.lang):
                if term.case_sensitive and spelling != term.text:
                    continue
                if spelling != term.text and (term.type is TermType.ACRONYM or sum(c.isalpha() for c in term.text) <= 5):
                    continue  # short acronyms are matched in capitals only
                control = control_for(term, name=entry.type in NAMED)
                if control is not None and control.case == CASE_CAPITAL_FIRST and spelling[0].islower():
                    # a name that is an ordinary word too ("China", "Turkey"): in lower case
                    # it is the word ("china", "turkey")
                    lower = f"« {spelling} »"
                    assert all(m.entry_id != entry.id
                               for m in shipped.find(lower, lang=term.lang.split("-")[0]))
                    continue
                checked += 1
                text = f"« {spelling} »"
                found = [m for m in shipped.find(text, lang=term.lang.split("-")[0]) if m.entry_id == entry.id]
                if not found or (found[0].start, found[0].end) != (2, 2 + len(spelling)):
                    missed.append((entry.id, term.text, spelling))
    assert checked > 1000
    assert missed == []
