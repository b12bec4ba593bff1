"""aligner.context: a context cue counts in the mention's block of text, not across a heading."""

from __future__ import annotations

import pytest

from aligner.aligner import Aligner

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
