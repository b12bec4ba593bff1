"""aligner.matcher: the Aho–Corasick scan against a brute-force reference.

The reference reads the matcher's contract literally: at each word start of the match
form that no accepted mention covers, take the longest pattern there; if it fails (no
word end or ending after it, or its term refuses the case), try the shorter patterns that
end at a word end inside it, longest first; then go on at the next word start. It knows
nothing of the automaton, its guards, its slices or its packed look-up tables.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import aligner.matcher as matcher_module
from aligner.aligner import Aligner
from aligner.context import NAMED, case_ok, control_for
from aligner.declension import declinable
from aligner.endings import apostrophe_ending, match_ending
from aligner.patterns import term_patterns
from aligner.textfold import fold_text
from glossary import Entry, EntryType, Term, TermStatus
from glossary.model import lang_matches

Found = tuple[int, int, str, str, tuple[str, ...]]  # start, end, ending, entry id, alternatives


def reference(entries: list[Entry], text: str, lang: str) -> list[Found]:
    """Every mention of *entries* in *text*, by trying every pattern at every word start."""
    ft = fold_text(text)
    form = ft.form
    patterns: dict[str, list[tuple[int, int]]] = {}
    for n, entry in enumerate(entries):
        for t, term in enumerate(entry.terms):
            for pattern in term_patterns(term, decline=declinable(term, entry.type)):
                codes = patterns.setdefault(pattern, [])
                if (n, t) not in codes:
                    codes.append((n, t))

    def term_of(code: tuple[int, int]) -> Term:
        return entries[code[0]].terms[code[1]]

    def accept(pattern: str, s: int, e: int) -> Found | None:
        if form[e] == " ":
            ending = ""
            tpos = ft.to_text(e)
            if tpos < len(text) and text[tpos] != " ":
                ending = apostrophe_ending(text, form, e, tpos, lang) or ""
        else:
            found = match_ending(form, e, lang)
            if found is None:
                return None
            ending = found
        ts, te = ft.to_text(s), ft.to_text(e - 1) + 1
        end = te if not ending else (
            ft.to_text(e + len(ending) - 1) + 1 if ending[0].isalpha() else te + len(ending)
        )
        codes = sorted(patterns[pattern], key=lambda c: (
            0 if lang_matches(term_of(c).lang, lang) else 1, term_of(c).status.rank))
        passed: list[tuple[int, int]] = []
        for code in codes:
            control = control_for(term_of(code), name=entries[code[0]].type in NAMED)
            if control is not None and not case_ok(text[ts:te], term_of(code), control.case):
                continue
            if all(p[0] != code[0] for p in passed):
                passed.append(code)
        if not passed:
            return None
        return (ts, end, ending, entries[passed[0][0]].id,
                tuple(entries[p[0]].id for p in passed[1:]))

    out: list[Found] = []
    i = 1
    while i < len(form):
        if form[i - 1] != " " or form[i] == " ":
            i += 1
            continue
        longest = max((p for p in patterns if form.startswith(p, i)), key=len, default=None)
        if longest is None:
            i += 1
            continue
        e = i + len(longest)
        hit = accept(longest, i, e)
        if hit is not None:
            out.append(hit)
            i = e
            continue
        p = form.rfind(" ", i, e)
        while p > i:
            shorter = form[i:p]
            hit = accept(shorter, i, p) if shorter in patterns else None
            if hit is not None:
                out.append(hit)
                i = p
                break
            p = form.rfind(" ", i, p)
        else:
            inner = form.find(" ", i, e)
            i = inner if inner >= 0 else e
    return out


# Small glossaries over a few syllables, so that patterns are prefixes of each other,
# share first words, and meet the text's words, endings and capitals.
_SYLLABLES = ["ka", "ro", "kar", "en", "s", "mi", "ab", "abc", "ß", "ü", "ue", "ss", "n"]
_word = st.lists(st.sampled_from(_SYLLABLES), min_size=1, max_size=3).map("".join)
_term_text = st.one_of(
    st.lists(st.sampled_from("ABKMR"), min_size=2, max_size=4).map("".join),  # acronyms
    st.tuples(
        st.lists(st.tuples(_word, st.booleans()).map(lambda w: w[0].capitalize() if w[1] else w[0]),
                 min_size=1, max_size=3),
        st.sampled_from([" ", "-"]),
    ).map(lambda p: p[1].join(p[0])),
)
_term = st.builds(Term, _term_text, st.sampled_from(["en", "de"]), st.sampled_from(list(TermStatus)))
_entries = st.lists(st.lists(_term, min_size=1, max_size=3), min_size=1, max_size=6).map(
    lambda groups: [Entry(f"e{n}", EntryType.PERSON, tuple(terms)) for n, terms in enumerate(groups)]
)
_SEPARATORS = [" ", " ", " ", "-", " – ", "\n\n", ", ", ". ", "\r\n", "  ", "'s ", "’ ", "\u00ad", " ("]


@st.composite
def _case(draw: st.DrawFn) -> tuple[list[Entry], str, str]:
    entries = draw(_entries)
    # a trap: a later word (or its start) of a multi-word term is a term of its own, and
    # the text has the multi-word term only up to it
    trap = ""
    multi = [t.text.replace("-", " ").split() for e in entries for t in e.terms]
    multi = [w for w in multi if len(w) > 1]
    set_trap: bool = draw(st.booleans())
    if multi and set_trap:
        words = draw(st.sampled_from(multi))
        k = draw(st.integers(1, len(words) - 1))
        word = words[k][: draw(st.integers(1, len(words[k])))]
        entries.append(Entry(f"e{len(entries)}", EntryType.PLACE, (Term(word, "de"),)))
        trap = " ".join([*words[:k], word])
    words = [t.text for e in entries for t in e.terms]
    words += [w for e in entries for t in e.terms for w in t.text.replace("-", " ").split()]
    tokens = []
    for _ in range(draw(st.integers(0, 10))):
        word = draw(st.one_of(st.sampled_from(words), _word))
        word = draw(st.sampled_from([word, word.upper(), word.lower()]))
        word += draw(st.sampled_from(["", "", "", "s", "en", "n", "es", "ses", "x"]))
        tokens += [word, draw(st.sampled_from(_SEPARATORS))]
    drop_last: bool = draw(st.booleans())
    if tokens and drop_last:
        tokens.pop()
    if trap:
        tokens += [" ", trap, draw(st.sampled_from(["", " ", ". ", " ab", "s"]))]
    return entries, "".join(tokens), draw(st.sampled_from(["en", "de"]))


def _found(entries: list[Entry], text: str, lang: str) -> list[Found]:
    return [(m.start, m.end, m.ending, m.entry_id, m.alternatives)
            for m in Aligner(entries, fuzzy=False).find(text, lang=lang)]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_case())
def test_matcher_agrees_with_the_reference(case: tuple[list[Entry], str, str]) -> None:
    entries, text, lang = case
    assert _found(entries, text, lang) == reference(entries, text, lang)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_case(), st.sampled_from([1, 2, 3, 7]), st.sampled_from([1, 2, 5]))
def test_slices_of_the_form_change_nothing(
    case: tuple[list[Entry], str, str], window: int, short: int
) -> None:
    entries, text, lang = case
    saved = matcher_module.WINDOW, matcher_module._SHORT_WINDOW
    matcher_module.WINDOW, matcher_module._SHORT_WINDOW = window, short
    try:
        assert _found(entries, text, lang) == reference(entries, text, lang)
    finally:
        matcher_module.WINDOW, matcher_module._SHORT_WINDOW = saved


def _entry(entry_id: str, *texts: str) -> Entry:
    return Entry(entry_id, EntryType.PLACE, tuple(Term(t, "de") for t in texts))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russland Iran", ["Iran"]),  # the longer pattern breaks off at the end of the text
        ("Russland Iran Abkommen", ["Iran"]),
        ("Russland-Iran-Bündnis und Iran", ["Russland-Iran-Bündnis", "Iran"]),
        ("Karen abc", ["Karen"]),  # a first word that is no pattern: Kar + ending -en
        ("Karen Xyz", ["Karen Xyz"]),
    ],
)
def test_a_broken_off_multi_word_pattern_hides_no_word_start(text: str, expected: list[str]) -> None:
    entries = [_entry("alliance", "Russland-Iran-Bündnis"), _entry("iran", "Iran"),
               _entry("kar", "Kar"), _entry("karen", "Karen Xyz")]
    assert [m.surface for m in Aligner(entries, fuzzy=False).find(text, lang="de")] == expected


def test_lowercase_words_never_match_acronyms() -> None:
    entries = [_entry("der", "DER"), _entry("reg", "REG"), _entry("iran", "Iran")]
    found = Aligner(entries, fuzzy=False).find("Der Iran, der DER und die Regierung; REGs", lang="de")
    assert [(m.surface, m.entry_id, m.ending) for m in found] == [
        ("Iran", "iran", ""), ("DER", "der", ""), ("REGs", "reg", "s")]


def test_patterns_count_only_spellings() -> None:
    entries = [_entry("alliance", "Russland-Iran-Bündnis"), _entry("iran", "Iran")]
    # the first word of a multi-word pattern is stored as a guard, not as a pattern
    assert Aligner(entries, fuzzy=False).matcher.patterns == len(
        {p for e in entries for t in e.terms for p in term_patterns(t)})


_ACRONYMS = [_entry("spfs", "SPFS"), _entry("ovp", "ÖVP"), _entry("un", "UN"),
             _entry("unsc", "UN Security Council"), _entry("kar", "KAR"),
             Entry("kar-2", EntryType.ORGANIZATION, (Term("KAR", "en"),))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Über SPFS und SPFS-Kanäle", [("SPFS", "spfs", ""), ("SPFS", "spfs", "")]),
        ("Die O\u0308VP sagte", [("O\u0308VP", "ovp", "")]),  # NFD: a combining mark inside
        ("Die OEVP und die ÖVP", [("OEVP", "ovp", ""), ("ÖVP", "ovp", "")]),
        ("SP\u00adFS läuft", [("SP\u00adFS", "spfs", "")]),  # a soft hyphen inside
        ("Russland \u2013 SPFS,  SPFS", [("SPFS", "spfs", ""), ("SPFS", "spfs", "")]),  # mapped
        ("UN Security Council und UN Generalsekretär", [
            ("UN Security Council", "unsc", ""), ("UN", "un", "")]),
        ("die UNs", [("UNs", "un", "s")]),
        ("KARS, KARO, xSPFS, SPFSx, spfs, Spfs", [("KARS", "kar", "s")]),
        ("Die SPFS' Zahlen", [("SPFS'", "spfs", "'")]),
    ],
)
def test_acronyms_are_found_among_runs_of_capitals(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = Aligner(_ACRONYMS, fuzzy=False).find(text, lang="de")
    assert [(m.surface, m.entry_id, m.ending) for m in found] == expected
    assert all(text[m.start : m.end] == m.surface for m in found)


def test_an_acronym_two_entries_share_names_both() -> None:
    (mention,) = Aligner(_ACRONYMS, fuzzy=False).find("die KAR tagte", lang="de")
    assert (mention.entry_id, mention.alternatives) == ("kar", ("kar-2",))
