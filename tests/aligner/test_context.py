"""aligner.context: a context cue counts in the mention's block of text, not across a heading."""

from __future__ import annotations

import pytest

from aligner.aligner import Aligner
from aligner.context import CASE_CAPITAL_FIRST, control_for
from glossary import Entry, EntryType, Term

# the shipped "Stellvertreter" (a proxy force, not a deputy) needs a cue nearby: Miliz, Milizen, ...
# (not "Iran": a deputy minister's text names Iran too)
WRAPPED = (
    "Nach Angaben westlicher Geheimdienste liefert der Iran seit Jahren Waffen an\n"
    "Milizen in der Region, die dort als Stellvertreter auftreten und den Einfluss\n"
    "Teherans sichern."
)


@pytest.mark.parametrize(
    ("text", "accepted"),
    [
        ("Der Iran stützt sich auf Milizen als Stellvertreter.", True),
        ("Der Iran stützt sich auf Stellvertreter.", False),
        ("Araghtschis Stellvertreter sprach in Teheran.", False),
        (WRAPPED, True),
        (WRAPPED.replace("\n", "\r\n"), True),
        ("Unterstützt vom Iran\nhandeln die Milizen als Stellvertreter.", True),
        ("Die Gruppen handeln als Stellvertreter, unterstützt\nvon Milizen.", True),
        ("Milizen\nDer Stellvertreter des Ministers sprach.", False),
        ("Milizen\r\nDer Stellvertreter des Ministers sprach.", False),
        ("# Milizen\nDer Stellvertreter des Ministers sprach.", False),
        ("Lage der Milizen:\nDer Stellvertreter des Ministers sprach.", False),
        ("- Milizen\n- Der Stellvertreter des Ministers", False),
        ("Der Stellvertreter des Ministers sprach.\nMilizen", False),
        ("Der Stellvertreter des Ministers sprach\n\nüber die Milizen.", False),
        ("Der Stellvertreter des Ministers sprach.", False),
    ],
    ids=["same-line", "iran-is-no-cue", "a-deputy", "hard-wrapped", "hard-wrapped-crlf", "lowercase-continuation",
         "lowercase-continuation-after", "heading", "heading-crlf", "markdown-heading",
         "colon-line", "list-items", "cue-on-next-line-after-sentence", "blank-line", "no-cue"],
)
def test_cue_counts_only_in_the_same_block(shipped: Aligner, text: str, accepted: bool) -> None:
    proxies = [m for m in shipped.find(text, lang="de") if m.entry_id == "proxy"]
    assert bool(proxies) is accepted
    assert all(m.context_accepted for m in proxies)


def test_a_cue_across_a_heading_no_longer_rewrites_the_word(shipped: Aligner) -> None:
    text = "Iran\nDer Stellvertreter des Ministers sprach."
    assert shipped.normalize(text, lang="de", to="en").text == text


@pytest.mark.parametrize(
    ("text", "lang", "accepted"),
    [
        ("The proxy war went on.", "en", True),  # an English cue in English text
        ("Der Proxy war nicht erreichbar.", "de", False),  # never on German "war"
        ("Der Proxy des Iran kämpft.", "de", True),  # a name cue counts in any language
    ],
)
def test_cues_are_words_of_the_terms_language(text: str, lang: str, accepted: bool) -> None:
    from glossary import Entry, EntryType, Term

    proxy = Entry("proxy", EntryType.CONCEPT, (Term("proxy", "en", context=("Iran", "war")),))
    found = [m.entry_id for m in Aligner([proxy]).find(text, lang=lang)]
    assert found == (["proxy"] if accepted else [])


# -- names that are ordinary words too: a capital first letter ------------------------------

_WORD_NAMES = [("orange-river", EntryType.PLACE, "Orange"), ("weil-am-rhein", EntryType.PLACE, "Weil"),
               ("turkey", EntryType.PLACE, "Turkey"), ("kharg", EntryType.PLACE, "Charg"),
               ("colour-orange", EntryType.CONCEPT, "Bernstein")]


@pytest.fixture(scope="module")
def word_names() -> Aligner:
    return Aligner([Entry(i, t, (Term(n, "de" if n == "Charg" else "en"),))
                    for i, t, n in _WORD_NAMES]).build()


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The Orange flows west; the door is orange.", "en", ["Orange"]),
        ("Turkey said the turkey was dry.", "en", ["Turkey"]),
        ("Nach Charg fuhren mehrere chargen.", "de", ["Charg"]),
        ("Er wohnt in Weil am Rhein.", "de", ["Weil"]),
        ("Weil es regnete, blieb er zu Hause.", "de", []),  # a function word at the start
        ("Der Bernstein und der bernstein.", "de", ["Bernstein", "bernstein"]),  # a concept
    ],
    ids=["colour", "bird", "ending", "town", "sentence-start", "concept"],
)
def test_a_name_that_is_a_word_needs_a_capital(word_names: Aligner, text: str, lang: str,
                                               expected: list[str]) -> None:
    assert [m.surface for m in word_names.find(text, lang=lang)] == expected


def test_which_terms_need_a_capital() -> None:
    assert control_for(Term("Orange", "en"), name=True).case == CASE_CAPITAL_FIRST  # type: ignore[union-attr]
    assert control_for(Term("Charg", "de"), name=True).case == CASE_CAPITAL_FIRST  # type: ignore[union-attr]
    # "raisin" is English, its -n German: Raisi is no word
    assert control_for(Term("Raisi", "en"), name=True) is None
    assert control_for(Term("Orange", "en")) is None  # not a name: a concept's term
    assert control_for(Term("Lavrov", "en"), name=True) is None


def test_a_cue_inside_a_longer_mention_does_not_count(shipped: Aligner) -> None:
    """'Iran' inside 'Supreme Leader of Iran' (which a rewrite --to en writes) is no cue for
    'Islamische Republik': normalizing twice must give what normalizing once gives."""
    once = shipped.normalize("Islamische Republik Oberster Führer", lang="de", to="en").text
    assert once == "Islamische Republik Supreme Leader of Iran"
    assert shipped.normalize(once, lang="de", to="en").text == once
    # a cue that is a mention of its own still counts
    assert shipped.normalize("Die Islamische Republik und der Iran", lang="de", to="en").text \
        == "Die Islamic Republic und der Iran"
