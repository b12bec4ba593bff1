"""Placeholders: what survives the real path, and tolerant restoration of what comes back."""

from __future__ import annotations

import pytest

from aligner.translate.backend import Translator
from aligner.translate.guard import translate_protected
from aligner.translate.protect import Protected, Shield, Slot, protect, restore

Translators = dict[tuple[str, str], Translator]

FRAMES = [
    "Gestern traf {P} den Minister in Moskau.",
    "{P} und {Q} sprachen lange.",
    "Der Besuch von {P} endete.",
]

# (label, placeholder for slot 0, for slot 1, survives the echo model)
CANDIDATES = [
    ("braces", "{0}", "{1}", True),
    ("double-braces", "{{0}}", "{{1}}", True),
    ("tag", "<x0>", "<x1>", True),
    ("square-brackets", "[0]", "[1]", True),
    ("printf", "%1$s", "%2$s", True),
    ("hash", "#0#", "#1#", True),
    ("number", "90001", "90002", True),
    ("letters-and-digits", "TRM0X", "TRM1X", True),
    ("math-brackets-unk", "⟦0⟧", "⟦1⟧", True),  # not in the vocabulary: back via replace_unknowns
    ("private-use-unk", "\ue000", "\ue001", True),
    ("double-underscores", "__T0__", "__T1__", False),  # the decoder turns _ into spaces
    ("underscore", "TERM_0", "TERM_1", False),
    ("fullwidth-braces", "｛0｝", "｛1｝", False),  # NFKC: comes back as {0}
    ("circled-digit", "①", "②", False),  # NFKC: comes back as 1
]


def _survivors(translator: Translator, first: str, second: str) -> tuple[int, int]:
    sources = [f.replace("{P}", first).replace("{Q}", second) for f in FRAMES]
    outputs = translator.translate_sentences(sources)
    wanted = sum(s.count(p) for s in sources for p in (first, second))
    kept = sum(o.count(p) for o in outputs for p in (first, second))
    return kept, wanted


@pytest.mark.parametrize(
    ("first", "second", "echo_survives"),
    [c[1:] for c in CANDIDATES],
    ids=[c[0] for c in CANDIDATES],
)
def test_which_placeholders_survive(
    echo_translators: Translators,
    random_translators: Translators,
    first: str,
    second: str,
    echo_survives: bool,
) -> None:
    kept, wanted = _survivors(echo_translators["de", "en"], first, second)
    assert (kept == wanted) is echo_survives
    if not echo_survives:
        assert kept == 0
    # a model that rewrites everything keeps none of them
    assert _survivors(random_translators["de", "en"], first, second)[0] == 0


def _sentence() -> Protected:
    text = "Lawrow traf Araghtschi in Moskau."
    return protect(text, [Shield(0, 6, "Lavrov", "lavrov"), Shield(12, 22, "Araghchi", "araghchi")])


def test_protect() -> None:
    protected = _sentence()
    assert protected.text == "{0} traf {1} in Moskau."
    assert protected.slots == (
        Slot(0, "Lawrow", "Lavrov", "lavrov"),
        Slot(1, "Araghtschi", "Araghchi", "araghchi"),
    )
    assert protected.original == "Lawrow traf Araghtschi in Moskau."
    assert [p if isinstance(p, str) else p.index for p in protected.pieces()] == [
        0,
        " traf ",
        1,
        " in Moskau.",
    ]


def test_literal_placeholders_in_the_input_are_not_slots() -> None:
    protected = protect("Feld {3} und { 7 } für Mir.", [Shield(23, 26, "Mir")])
    assert protected.text == "Feld {3} und { 7 } für {8}."
    assert restore("Field {3} and { 7 } for {8}.", protected).text == "Field {3} and { 7 } for Mir."


@pytest.mark.parametrize(
    "shields",
    [[Shield(0, 6, "a"), Shield(3, 9, "b")], [Shield(5, 99, "a")], [Shield(4, 4, "a")]],
    ids=["overlap", "past-the-end", "empty"],
)
def test_bad_shields(shields: list[Shield]) -> None:
    with pytest.raises(ValueError, match="shield"):
        protect("Lawrow traf Araghtschi.", shields)


@pytest.mark.parametrize(
    ("model_output", "expected", "lost", "repeated"),
    [
        ("{0} met {1} in Moscow.", "Lavrov met Araghchi in Moscow.", [], []),
        ("{ 0 } met { 1 } in Moscow.", "Lavrov met Araghchi in Moscow.", [], []),
        ("{0 } met {1} in Moscow.", "Lavrov met Araghchi in Moscow.", [], []),
        ("｛0｝ met ｛1｝.", "Lavrov met Araghchi.", [], []),
        ("{0 met 1} in Moscow.", "Lavrov met Araghchi in Moscow.", [], []),
        ("met{0}and{1}.", "met Lavrov and Araghchi.", [], []),
        ("{0}{1}.", "Lavrov Araghchi.", [], []),
        ("{0}s visit to {1}'s home.", "Lavrovs visit to Araghchi's home.", [], []),
        ("Besuch {0}s und {1}n.", "Besuch Lavrovs und Araghchin.", [], []),
        ("{0} met {0} and {1}.", "Lavrov met Lavrov and Araghchi.", [], [0]),
        ("{1} was met.", "Araghchi was met.", [0], []),
        ("They met.", "They met.", [0, 1], []),
        ("{2} and {0}, {1}.", "{2} and Lavrov, Araghchi.", [], []),
    ],
    ids=[
        "intact",
        "spaces-inside",
        "one-space",
        "fullwidth",
        "half-braces",
        "glued",
        "adjacent",
        "suffix",
        "german-suffix",
        "repeated",
        "one-lost",
        "all-lost",
        "unknown-index-kept",
    ],
)
def test_tolerant_restoration(
    model_output: str, expected: str, lost: list[int], repeated: list[int]
) -> None:
    restored = restore(model_output, _sentence())
    assert restored.text == expected
    assert [s.index for s in restored.lost] == lost
    assert [s.index for s in restored.repeated] == repeated
    assert restored.complete is (not lost)


def test_echo_model_round_trip(echo_translators: Translators) -> None:
    protected = [
        _sentence(),
        protect(
            "Sergej Lawrow lobte das Mir-System.",
            [Shield(0, 13, "Sergei Lavrov"), Shield(24, 27, "Mir")],
        ),
        protect("Kein Name hier.", []),
    ]
    guarded = translate_protected(echo_translators["de", "en"], protected)
    assert [g.text for g in guarded] == [
        "Lavrov traf Araghchi in Moskau.",
        "Sergei Lavrov lobte das Mir-System.",
        "Kein Name hier.",
    ]
    assert not any(g.piecewise or g.restored.lost for g in guarded)


def test_random_model_loses_placeholders_but_not_the_names(random_translators: Translators) -> None:
    protected = [
        _sentence(),
        protect(
            "Gestern traf Sergej Lawrow den Minister, sagte Mir.",
            [Shield(13, 26, "Sergei Lavrov"), Shield(47, 50, "Mir")],
        ),
    ]
    guarded = translate_protected(random_translators["de", "en"], protected)
    for result, sentence in zip(guarded, protected, strict=True):
        assert result.piecewise
        assert result.restored.lost == sentence.slots  # the model kept none
        for slot in sentence.slots:
            assert result.text.count(slot.target) >= 1
        assert "{" not in result.text
    assert guarded[1].text.index("Sergei Lavrov") < guarded[1].text.index("Mir")
    assert guarded[1].text.endswith(" Mir.")  # punctuation alone is kept, not translated
