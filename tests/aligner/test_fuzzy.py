"""aligner.fuzzy: unlisted spellings linked by transliteration, ordinary words left alone."""

from __future__ import annotations

import pickle
import unicodedata

import pytest

from aligner.aligner import Aligner
from aligner.fuzzy import COMMON_WORDS, FuzzyLinker
from aligner.textfold import latin1
from aligner.translit import MATCH_THRESHOLD
from glossary import Entry, EntryType, Glossary, Term


def _fuzzy(aligner: Aligner, text: str, lang: str = "de") -> list[tuple[str, str, str]]:
    return [(m.surface, m.entry_id, m.ending) for m in aligner.find(text, lang=lang)
            if m.match.value == "fuzzy"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dort empfing ihn Sergej Lawrow.", [("Sergej Lawrow", "sergei-lavrov", "")]),
        ("Wjatscheslaw Wolodin sprach.", [("Wjatscheslaw Wolodin", "vyacheslav-volodin", "")]),
        ("Lawrows Sprecherin war da.", [("Lawrows", "sergei-lavrov", "s")]),
        ("Die Sprecherin Maria Sacharowa nannte es gut.",
         [("Maria Sacharowa", "maria-zakharova", "")]),
        ("Präsident Massud Peseschkian lobte.",
         [("Massud Peseschkian", "masoud-pezeshkian", "")]),
        # a leading word the name does not need stays out of the mention
        ("Auch Wjatscheslaw Wolodin äußerte sich.",
         [("Wjatscheslaw Wolodin", "vyacheslav-volodin", "")]),
    ],
    ids=["lawrow", "wolodin", "genitive", "sacharowa", "peseschkian", "leading-word"],
)
def test_unlisted_german_spellings_link_to_english_only_entries(
    aligner: Aligner, text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = _fuzzy(aligner, text)
    assert found == expected
    for m in aligner.find(text, lang="de"):
        assert text[m.start : m.end] == m.surface
        if m.match.value == "fuzzy":
            assert MATCH_THRESHOLD <= m.score < 1.0


@pytest.mark.parametrize(
    "text",
    [
        "Die Lawine traf die Kasse und die Schalen.",
        "Lawine, Kasse, Schalen: Wasser überall.",
        "Das gefällt mir. Mir ist klar, dass Wasser fehlt.",
        "Kasse Schalen Lawine Wasser",
        "The Minister said the Talks went well. Again the Economy grew.",
    ],
    ids=["nouns", "sentence-initial", "mir", "one-run", "english"],
)
def test_ordinary_words_are_never_linked(aligner: Aligner, text: str) -> None:
    assert _fuzzy(aligner, text) == []
    assert _fuzzy(aligner, text, "en") == []


def test_below_the_threshold_reported_not_rewritten(test_glossary: Glossary) -> None:
    strict = Aligner(test_glossary, rewrite_threshold=1.01)
    result = strict.normalize("Dort empfing ihn Sergej Lawrow.", lang="de", to="en")
    (mention,) = result.mentions
    assert mention.match.value == "fuzzy" and mention.replacement == mention.surface
    assert result.text == "Dort empfing ihn Sergej Lawrow." and result.changes == ()
    # at the default threshold the same link is rewritten
    assert "Lavrov" in Aligner(test_glossary).normalize(
        "Dort empfing ihn Sergej Lawrow.", lang="de", to="en").text


def test_min_score_filters_links(test_glossary: Glossary) -> None:
    assert _fuzzy(Aligner(test_glossary, min_fuzzy_score=0.999), "Sergej Lawrow sprach.") == []


def test_fuzzy_false_turns_it_off(test_glossary: Glossary, aligner: Aligner) -> None:
    text = "Sergej Lawrow und Wjatscheslaw Wolodin trafen Maria Sacharowa."
    assert len(_fuzzy(aligner, text)) == 3
    assert _fuzzy(Aligner(test_glossary, fuzzy=False), text) == []
    assert all(m.match.value != "fuzzy" for m in aligner.mentions(text, lang="de", fuzzy=False))


def test_a_listed_surname_widens_to_an_unlisted_first_name(aligner: Aligner) -> None:
    # "Volodin" is listed (English), "Wjatscheslaw" is not: one fuzzy mention of both
    (m,) = aligner.find("Wjatscheslaw Volodin sprach.", lang="de")
    assert (m.surface, m.entry_id, m.match.value) == ("Wjatscheslaw Volodin", "vyacheslav-volodin",
                                                      "fuzzy")
    # a common word before the surname is no first name
    (m,) = aligner.find("Auch Volodin sprach.", lang="de")
    assert (m.surface, m.match.value) == ("Volodin", "exact")


def test_offsets_point_into_the_original(aligner: Aligner) -> None:
    for text in (unicodedata.normalize("NFD", "Über Sergej Lawrow und Lawrows Rede"),
                 "😀 Sergej\u00a0Lawrow 😀 und\r\nLawrows Rede"):
        mentions = aligner.find(text, lang="de")
        assert [m.entry_id for m in mentions] == ["sergei-lavrov", "sergei-lavrov"]
        for m in mentions:
            assert text[m.start : m.end] == m.surface


def test_capitals_latin1_cannot_spell() -> None:
    walesa = Entry("lech-walesa", EntryType.PERSON, (Term("Lech Walesa", "en"), Term("Walesa", "en")))
    found = Aligner([walesa]).find("Gestern kam Lech Wałęsa, heute Łech Walesa.", lang="de")
    assert [m.surface for m in found] == ["Lech Wałęsa", "Łech Walesa"]


# the linker on its own ---------------------------------------------------------------


@pytest.fixture(scope="module")
def linker(test_glossary: Glossary) -> FuzzyLinker:
    return Aligner(test_glossary).linker


def test_decide_is_remembered(linker: FuzzyLinker) -> None:
    (link,) = linker.decide("Sergej Lawrow", "de")
    assert (link.start, link.end, link.ending) == (0, len("Sergej Lawrow"), "")
    assert link.score >= MATCH_THRESHOLD
    assert linker.decide("Sergej Lawrow", "de") is linker.decide("Sergej Lawrow", "de")


def test_common_and_dead_words_are_not_live(linker: FuzzyLinker) -> None:
    raw = latin1("Die Regierung und Der Minister trafen Xqzvbnm. Sergej Lawrow kam.")
    assert linker.live_words(raw, "de") == {b"Sergej", b"Lawrow"}
    assert {"die", "der", "minister", "regierung"} <= COMMON_WORDS
    assert linker.dead("Xqzvbnm", "de") and not linker.dead("Lawrow", "de")


def test_words_inside_mentions_are_not_looked_up(linker: FuzzyLinker) -> None:
    text = "Sergej Lawrow kam."
    spans = linker.occurrences(text, latin1(text), "de", [0], [13])  # a mention covers it
    assert spans == []
    assert linker.occurrences(text, latin1(text), "de", [], []) == [(0, 6), (7, 13)]


def test_pickles_without_what_it_remembered(linker: FuzzyLinker) -> None:
    linker.decide("Sergej Lawrow", "de")
    clone = pickle.loads(pickle.dumps(linker))
    assert clone._memo == {} and clone._live == {}
    assert clone.decide("Sergej Lawrow", "de") == linker.decide("Sergej Lawrow", "de")


# -- names nobody tuned for, and the word gate ---------------------------------------------

_PLACES = [("bulgaria", "Bulgaria"), ("haskovo", "Haskovo"), ("rome", "Rome"),
           ("athens", "Athens"), ("jamaica", "Jamaica"), ("amu-darya", "Amu Darya"),
           ("uvs", "Uvs"), ("ivan-iv", "Ivan IV"), ("ivan-iii", "Ivan III"),
           ("sistani", "Ali al-Sistani"), ("konovalets", "Yevhen Konovalets"),
           ("piraeus", "Piraeus"), ("crete", "Crete"), ("ghent", "Ghent"),
           ("zambia", "Zambia"), ("muscat", "Muscat"), ("volga", "Volga")]


@pytest.fixture(scope="module")
def english_only() -> Aligner:
    return Aligner([Entry(i, EntryType.PERSON if " " in n else EntryType.PLACE,
                          (Term(n, "en"),)) for i, n in _PLACES]).build()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sie reiste nach Bulgarien.", [("Bulgarien", "bulgaria", "")]),
        ("Er stammt aus Chaskowo.", [("Chaskowo", "haskovo", "")]),
        ("In Rom und Athen regnete es.", [("Rom", "rome", ""), ("Athen", "athens", "")]),
        ("Ein Flug nach Jamaika.", [("Jamaika", "jamaica", "")]),
        ("Die Amudarja führt Hochwasser.", [("Amudarja", "amu-darya", "")]),
        ("Die Provinz Uws liegt im Westen.", [("Uws", "uvs", "")]),
        ("Unter Iwan IV. wuchs das Reich.", [("Iwan IV", "ivan-iv", "")]),
        ("Die Biografie Jewhen Konowalez' erschien.",
         [("Jewhen Konowalez'", "konovalets", "'")]),
    ],
    ids=["land", "ch-as-h", "bare-and-plural", "j-as-y", "joined", "short", "ordinal",
         "apostrophe"],
)
def test_names_with_other_endings_letters_and_forms(
    english_only: Aligner, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _fuzzy(english_only, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Konten und Kanten wurden geprüft.",  # Ghent
        "Er tanzte Samba.",  # Zambia
        "Muskat und Vollgas.",  # Muscat, Volga
        "Die PIRAEUS-Dokumentation, Abschnitt CRIT.",  # all capitals: headings, acronyms
        "Der Hafen heißt Iwan III.",  # Ivan III is not Ivan IV; nor "Iwan" alone
        "Die Paketverwaltungsprogramme laufen.",  # a compound of ordinary words
    ],
)
def test_ordinary_words_never_link_to_english_only_names(english_only: Aligner, text: str) -> None:
    assert [f for f in _fuzzy(english_only, text) if f[1] != "ivan-iii"] == []


def test_word_name_pairs_are_held_out_by_the_word_gate() -> None:
    """Every ordinary word of translit_cases.WORD_NAME_PAIRS that the key matches to its
    name is a word to the gate."""
    from translit_cases import WORD_NAME_PAIRS

    from aligner.fuzzy import is_word
    from aligner.translit import name_similarity

    matched = [row for row in WORD_NAME_PAIRS
               if name_similarity(row[1], row[2], row[3], row[4]) >= MATCH_THRESHOLD]
    assert len(matched) >= 10
    assert [row[0] for row in matched if not is_word(row[3])] == []


# -- second round: words that read like shipped names, more readings, hyphens -------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Vorgabe ist Little Endian, nicht Big Endian.", "de"),  # India (Endia + n)
        ("Große Dateien brauchen Zeit.", "de"),  # Grossi (an adjective)
        ("Senden Sie Fehlerberichte an Nathan Rutman.", "de"),  # Natanz (z is no plural -s)
        ("The table uses the font Calibri.", "en"),  # Kalibr (no ending class within English)
        ("Beachten Sie: kommen und hassen.", "de"),  # verbs: Ghom, Hassan
    ],
    ids=["endian", "grosse", "nathan", "calibri", "verbs"],
)
def test_words_of_manual_pages_never_link_to_shipped_names(shipped: Aligner, text: str,
                                                           lang: str) -> None:
    assert _fuzzy(shipped, text, lang) == []


def test_a_case_sensitive_name_links_before_a_number_or_a_listed_word(shipped: Aligner) -> None:
    assert _fuzzy(shipped, "Iran lieferte Schahed-136.") == [("Schahed", "shahed-136", "")]
    found = [(m.surface, m.entry_id) for m in shipped.find("Iran lieferte Schahed-Drohnen.",
                                                            lang="de")]
    assert found == [("Iran", "iran"), ("Schahed", "shahed-136"), ("Drohnen", "drone")]
    text = "Iran lieferte Schahed-Drohnen."
    assert shipped.normalize(text, lang="de", to="en").text == "Iran lieferte Shahed-drones."


_MORE = [("peskov", "Dmitry Peskov"), ("peskov-surname", "Peskov"), ("ryabkov", "Ryabkov"),
         ("argentina", "Argentina"), ("adjara", "Adjara"), ("ethiopia", "Ethiopia"),
         ("khaldun", "Ibn Khaldun"), ("khordan", "Khordan"), ("burgundy", "Burgundy"),
         ("vyksa", "Vyksa"), ("india", "India"), ("ibn-saud", "Abdulaziz ibn Saud"),
         ("mazar", "Mazar-i-Sharif")]


@pytest.fixture(scope="module")
def more_names() -> Aligner:
    return Aligner([Entry(i, EntryType.PERSON if " " in n else EntryType.PLACE,
                          (Term(n, "en"),)) for i, n in _MORE]).build()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sprecher Dmitri Peskoff sagte nichts.", [("Dmitri Peskoff", "peskov", "")]),
        ("Vizeminister Rjabkof sagte nichts.", [("Rjabkof", "ryabkov", "")]),
        ("Flüge nach Argentinien und Adscharien.",
         [("Argentinien", "argentina", ""), ("Adscharien", "adjara", "")]),
        ("Eine Reise nach Äthiopien.", [("Äthiopien", "ethiopia", "")]),
        ("Die Werke Ibn Chalduns erschienen.", [("Ibn Chalduns", "khaldun", "s")]),
        ("Das Burgund ist berühmt.", [("Burgund", "burgundy", "")]),
        ("Die Biografie Abd al-Aziz ibn Sauds erschien.",
         [("Abd al-Aziz ibn Sauds", "ibn-saud", "s")]),
        ("Sie flogen nach Masar-e Scharif.", [("Masar-e Scharif", "mazar", "")]),
    ],
    ids=["off", "of", "a-land", "ae-as-e", "particle-stays", "y-as-i", "joined-and-link-word",
         "ezafe"],
)
def test_more_readings_and_forms(more_names: Aligner, text: str,
                                 expected: list[tuple[str, str, str]]) -> None:
    assert _fuzzy(more_names, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Paul Vixie schrieb cron.",  # Vyksa: German -ie is no land ending of an English -a
        "Die Vorgabe ist Big Endian.",  # India
        # an unlisted spelling that the text also writes in lower case is a word there
        "Der Chordan-Dienst startet. Ein chordan ist ein Dienst.",
    ],
    ids=["ie-is-no-a", "endian", "written-in-lower-case"],
)
def test_look_alikes_stay_unlinked(more_names: Aligner, text: str) -> None:
    assert _fuzzy(more_names, text) == []


def test_lower_case_evidence_is_local(more_names: Aligner) -> None:
    # "Chordan" links when no lower-case "chordan" stands nearby (within the window)
    text = "Der Chordan-Dienst startet."
    assert _fuzzy(more_names, text) == [("Chordan", "khordan", "")]
    far = text + " " + "x" * 300 + " Ein chordan ist ein Dienst."
    assert _fuzzy(more_names, far) == [("Chordan", "khordan", "")]
    # a file name or an address proves nothing
    assert _fuzzy(more_names, "Der Chordan-Dienst (chordan-tools, chordan@example.org).") \
        == [("Chordan", "khordan", "")]


def test_only_a_name_s_endings_are_tried_off() -> None:
    from aligner.fuzzy import _endings

    assert ("Endia", "n") not in _endings("Endian", "de")  # no -n after a
    assert ("Niederlande", "n") in _endings("Niederlanden", "de")  # a dative plural
    assert ("Lawrow", "s") in _endings("Lawrows", "de")
    assert ("Lawrow", "es") not in _endings("Lawrowes", "de")
