"""One rule for "same spelling": the import merge and post-merge validation are fed the
same pairs and must agree (issue 15, item 1)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glossary.formats.merge import merge_entries
from glossary.model import Entry, EntryType, Term
from glossary.spelling import case_variants, distinct, mark_case_variants, spelling_keys
from glossary.termbase import check_entries

#: spellings that fold apart on case, hyphens or spaces only, each once in two entries
PAIRS = [("addon", "add-on"), ("qrcode", "QR-Code"), ("nonexisting", "non-existing"),
         ("Viet Nam", "Vietnam"), ("Gleitsichtglas", "Gleitsicht-Glas")]


def _entry(entry_id: str, *terms: tuple[str, str]) -> Entry:
    return Entry(entry_id, EntryType.CONCEPT, tuple(Term(text, lang) for text, lang in terms))


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_validation_calls_the_pair_one_spelling(a: str, b: str) -> None:
    assert set(spelling_keys(a)) & set(spelling_keys(b))
    problems = check_entries([_entry("one", (a, "en")), _entry("two", (b, "en"))])
    assert len(problems) == 1 and "ambiguous variant" in problems[0].message


@pytest.mark.parametrize(("a", "b"), PAIRS)
@pytest.mark.parametrize("prefer", ["existing", "incoming"])
def test_merge_meets_the_pair_so_validation_passes(a: str, b: str, prefer: str) -> None:
    # the pair in the first language: the second entry joins the first
    joined = merge_entries([], [_entry("one", (a, "en"), ("x", "de")), _entry("two", (b, "en"), ("x", "de"))],
                           prefer=prefer)  # type: ignore[arg-type]
    assert [e.id for e in joined.entries] == ["one"]
    assert [c.what for c in joined.conflicts] == ["preferred term (en)"]  # which spelling leads
    winner, other = (b, a) if prefer == "incoming" else (a, b)
    assert [t.text for t in joined.entries[0].terms] == [winner, other, "x"]
    assert check_entries(joined.entries) == []
    # the pair in a second language of otherwise unrelated entries: a conflict, never an
    # invalid glossary
    apart = merge_entries([], [_entry("one", ("first", "en"), (a, "de")), _entry("two", ("second", "en"), (b, "de"))],
                          prefer=prefer)  # type: ignore[arg-type]
    assert [c.what for c in apart.conflicts] == [f"term {b!r} (de)"]
    assert check_entries(apart.entries) == []
    if prefer == "incoming":
        assert apart.entries[1].ambiguous_with == ("one",)


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_merge_into_a_glossary_that_has_one_of_the_pair(a: str, b: str) -> None:
    existing = [_entry("there", (a, "en"), ("x", "de"))]
    result = merge_entries(existing, [_entry("new", (b, "en"))])
    assert [e.id for e in result.entries] == ["there"]
    assert [(c.what, c.existing, c.incoming) for c in result.conflicts] == [("preferred term (en)", a, b)]
    assert [t.text for t in result.entries[0].terms_in("en")] == [a, b]  # kept, as a variant
    assert check_entries(result.entries) == []


def test_case_sensitive_terms_written_differently_are_two_spellings() -> None:
    upper, lower = Term("B/s", "en", case_sensitive=True), Term("b/s", "en", case_sensitive=True)
    assert distinct(upper, lower) and not distinct(upper, Term("b/s", "en"))
    assert case_variants("Index", "index") and not case_variants("index", "index")
    two = [Entry("bytes", EntryType.CONCEPT, (upper,)), Entry("bits", EntryType.CONCEPT, (lower,))]
    assert check_entries(two) == []
    assert merge_entries([], two).entries == tuple(two)


def test_case_variants_in_two_entries_of_one_file_stay_apart() -> None:
    incoming = [_entry("bytes", ("B/s", "en"), ("Byte pro Sekunde", "de")),
                _entry("bits", ("b/s", "en"), ("Bit pro Sekunde", "de")),
                _entry("index", ("Index", "en")), _entry("index-2", ("index", "en")),
                _entry("same", ("Email", "en"), ("email", "en"))]  # one entry: its own spellings
    marked, said = mark_case_variants(incoming)
    assert said == ("B/s / b/s (en)", "Index / index (en)")
    assert [[t.case_sensitive for t in e.terms] for e in marked] == [[True, False], [True, False], [True], [True],
                                                                      [False, False]]
    result = merge_entries([], incoming)
    assert [e.id for e in result.entries] == ["bytes", "bits", "index", "index-2", "same"]
    assert result.case_sensitive == said and result.conflicts == ()
    assert check_entries(result.entries) == []


def test_a_case_variant_of_a_glossary_term_marks_it_and_stays_apart() -> None:
    existing = [_entry("index", ("Index", "en"), ("Verzeichnis", "de"))]
    result = merge_entries(existing, [_entry("a", ("Index", "en")), _entry("b", ("index", "en"), ("Kennzahl", "de"))])
    assert [e.id for e in result.entries] == ["index", "b"]
    assert result.entries[0].terms[0].case_sensitive and result.entries[1].terms[0].case_sensitive
    assert check_entries(result.entries) == []


SPELLINGS = ["addon", "add-on", "Add-On", "ADDON", "B/s", "b/s", "Viet Nam", "Vietnam", "index", "Index"]
_term = st.builds(Term, st.sampled_from(SPELLINGS), st.sampled_from(["en", "de"]),
                  case_sensitive=st.booleans())
_entries = st.lists(st.lists(_term, min_size=1, max_size=3), min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(existing=_entries, incoming=_entries, prefer=st.sampled_from(["existing", "incoming"]))
def test_whatever_the_merge_lets_through_validates(existing: list[list[Term]], incoming: list[list[Term]],
                                                   prefer: str) -> None:
    glossary = [Entry(f"g{i}", EntryType.CONCEPT, tuple({t.text + t.lang: t for t in ts}.values()))
                for i, ts in enumerate(existing)]
    result = merge_entries([], glossary, prefer="incoming")  # a valid glossary to begin with
    assert check_entries(result.entries) == []
    files = [Entry(f"f{i}", EntryType.CONCEPT, tuple(ts)) for i, ts in enumerate(incoming)]
    merged = merge_entries(result.entries, files, prefer=prefer)  # type: ignore[arg-type]
    assert check_entries(merged.entries) == []
