"""Sentence splitting: tables of hard cases in English and German."""

from __future__ import annotations

import pytest

from aligner.sentences import Sentence, sentence_texts, split_sentences

EN = [
    ("plain", "It rained. We stayed home.", ["It rained.", "We stayed home."]),
    ("question and bang", "Why? Because! Fine.", ["Why?", "Because!", "Fine."]),
    (
        "title Mr",
        "Mr. Lavrov met Dr. Araghchi. They talked.",
        ["Mr. Lavrov met Dr. Araghchi.", "They talked."],
    ),
    (
        "initial",
        "W. Putin spoke first. Then others did.",
        ["W. Putin spoke first.", "Then others did."],
    ),
    (
        "middle initial",
        "John F. Kennedy was shot. The nation mourned.",
        ["John F. Kennedy was shot.", "The nation mourned."],
    ),
    ("decimal", "Growth was 3.5 percent. It fell.", ["Growth was 3.5 percent.", "It fell."]),
    (
        "U.S. inside",
        "The U.S. officials left. The talks ended.",
        ["The U.S. officials left.", "The talks ended."],
    ),
    (
        "U.S. at the end",
        "Sanctions came from the U.S. The EU followed.",
        ["Sanctions came from the U.S.", "The EU followed."],
    ),
    ("U.S. before a name", "The U.S. Treasury acted.", ["The U.S. Treasury acted."]),
    (
        "e.g.",
        "Some systems, e.g. Mir, were hit. Others not.",
        ["Some systems, e.g. Mir, were hit.", "Others not."],
    ),
    ("e.g. before capital", "Banks, e.g. Sberbank, left.", ["Banks, e.g. Sberbank, left."]),
    (
        "St.",
        "He flew to St. Petersburg. It was cold.",
        ["He flew to St. Petersburg.", "It was cold."],
    ),
    ("No. before number", "See No. 5 on the list. Done.", ["See No. 5 on the list.", "Done."]),
    (
        "quote after stop",
        'He said: "We will talk." Then he left.',
        ['He said: "We will talk."', "Then he left."],
    ),
    (
        "curly quote after stop",
        "He said: “We will talk.” Then he left.",
        ["He said: “We will talk.”", "Then he left."],
    ),
    (
        "question in quote continues",
        '"Why?" he asked. Nobody knew.',
        ['"Why?" he asked.', "Nobody knew."],
    ),
    (
        "bracket after stop",
        "It was agreed (see the annex.) The vote followed.",
        ["It was agreed (see the annex.)", "The vote followed."],
    ),
    (
        "opening quote starts",
        'It ended. "Never again," he said.',
        ["It ended.", '"Never again," he said.'],
    ),
    ("ellipsis", "He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
    ("unicode ellipsis", "He paused… Then he spoke.", ["He paused…", "Then he spoke."]),
    ("ellipsis lowercase", "He paused... and then spoke.", ["He paused... and then spoke."]),
    (
        "number ends",
        "The toll rose to 15. The police said so.",
        ["The toll rose to 15.", "The police said so."],
    ),
    ("etc. ends", "Oil, gas, etc. The list is long.", ["Oil, gas, etc.", "The list is long."]),
    ("etc. continues", "Oil, gas, etc. were named.", ["Oil, gas, etc. were named."]),
    ("Inc. name", "Apple Inc. Chief Tim Cook spoke.", ["Apple Inc. Chief Tim Cook spoke."]),
    (
        "a.m.",
        "They met at 9 a.m. The talks lasted hours.",
        ["They met at 9 a.m.", "The talks lasted hours."],
    ),
    (
        "Plan B ends",
        "They chose Plan B. The rest failed.",
        ["They chose Plan B.", "The rest failed."],
    ),
    (
        "blank line",
        "Iran talks resume\n\nDelegations met in Vienna.",
        ["Iran talks resume", "Delegations met in Vienna."],
    ),
    (
        "single line break",
        "Delegations met in\nVienna. They talked.",
        ["Delegations met in\nVienna.", "They talked."],
    ),
    ("no final stop", "First one. Second one without", ["First one.", "Second one without"]),
    ("digit starts", "It ended. 2025 will be different.", ["It ended.", "2025 will be different."]),
    ("dotted url", "Visit example.org today. It works.", ["Visit example.org today.", "It works."]),
    ("empty", "", []),
    ("only space", "  \n \n ", []),
]

DE = [
    ("plain", "Es regnete. Wir blieben zu Hause.", ["Es regnete.", "Wir blieben zu Hause."]),
    ("Dr.", "Dr. Müller sprach. Er blieb.", ["Dr. Müller sprach.", "Er blieb."]),
    (
        "z. B.",
        "Systeme wie z. B. Mir sind betroffen. Andere nicht.",
        ["Systeme wie z. B. Mir sind betroffen.", "Andere nicht."],
    ),
    (
        "z. B. before article",
        "Banken, z. B. Die Sberbank, zogen sich zurück.",
        ["Banken, z. B. Die Sberbank, zogen sich zurück."],
    ),
    (
        "z.B. unspaced",
        "Banken, z.B. Die Sberbank, zogen sich zurück.",
        ["Banken, z.B. Die Sberbank, zogen sich zurück."],
    ),
    (
        "u. a.",
        "Dabei waren u. a. Lawrow und Araghtschi. Sie sprachen lange.",
        ["Dabei waren u. a. Lawrow und Araghtschi.", "Sie sprachen lange."],
    ),
    (
        "u. a. ends",
        "Es kamen Minister, Botschafter u. a. Die Sitzung begann.",
        ["Es kamen Minister, Botschafter u. a.", "Die Sitzung begann."],
    ),
    (
        "d. h.",
        "Das Mir-System, d. h. Die russische Alternative, läuft.",
        ["Das Mir-System, d. h. Die russische Alternative, läuft."],
    ),
    (
        "Nr.",
        "Das Dekret Nr. 12 gilt. Es wurde veröffentlicht.",
        ["Das Dekret Nr. 12 gilt.", "Es wurde veröffentlicht."],
    ),
    (
        "bzw.",
        "Iran bzw. Russland reagierten. Der Westen schwieg.",
        ["Iran bzw. Russland reagierten.", "Der Westen schwieg."],
    ),
    (
        "ca.",
        "Es kamen ca. 300 Menschen. Die Polizei zählte.",
        ["Es kamen ca. 300 Menschen.", "Die Polizei zählte."],
    ),
    (
        "date",
        "Am 15. Juni 2025 trafen sie sich. Es war heiß.",
        ["Am 15. Juni 2025 trafen sie sich.", "Es war heiß."],
    ),
    (
        "am 3. März",
        "Das Treffen ist am 3. März in Moskau. Lawrow kommt.",
        ["Das Treffen ist am 3. März in Moskau.", "Lawrow kommt."],
    ),
    (
        "date ends",
        "Das Abkommen gilt seit dem 1. Januar. Die Regierung jubelt.",
        ["Das Abkommen gilt seit dem 1. Januar.", "Die Regierung jubelt."],
    ),
    (
        "ordinal noun",
        "Im 20. Jahrhundert begann es. Heute nicht.",
        ["Im 20. Jahrhundert begann es.", "Heute nicht."],
    ),
    (
        "ordinal Mal",
        "Sie trafen sich zum 2. Mal in Teheran.",
        ["Sie trafen sich zum 2. Mal in Teheran."],
    ),
    (
        "number ends",
        "Die Zahl der Toten stieg auf 15. Die Polizei bestätigte das.",
        ["Die Zahl der Toten stieg auf 15.", "Die Polizei bestätigte das."],
    ),
    (
        "year ends",
        "Das war im Jahr 2025. Wladimir Putin schwieg.",
        ["Das war im Jahr 2025.", "Wladimir Putin schwieg."],
    ),
    (
        "initials",
        "W. Putin und S. Lawrow reisten. Sie kamen an.",
        ["W. Putin und S. Lawrow reisten.", "Sie kamen an."],
    ),
    (
        "decimal comma",
        "Das Wachstum lag bei 3,5 Prozent. Es sank.",
        ["Das Wachstum lag bei 3,5 Prozent.", "Es sank."],
    ),
    (
        "decimal point",
        "Das Wachstum lag bei 3.5 Prozent. Es sank.",
        ["Das Wachstum lag bei 3.5 Prozent.", "Es sank."],
    ),
    (
        "German quotes",
        "Er sagte: „Wir verhandeln.“ Dann ging er.",
        ["Er sagte: „Wir verhandeln.“", "Dann ging er."],
    ),
    (
        "question in quote continues",
        "„Warum?“, fragte Araghtschi. Niemand antwortete.",
        ["„Warum?“, fragte Araghtschi.", "Niemand antwortete."],
    ),
    (
        "question then lowercase",
        "„Warum?“ fragte er. Keiner wusste es.",
        ["„Warum?“ fragte er.", "Keiner wusste es."],
    ),
    (
        "guillemets",
        "Er sagte: »Nein.« Danach schwieg er.",
        ["Er sagte: »Nein.«", "Danach schwieg er."],
    ),
    ("ellipsis noun", "Das ist... Unsinn, sagte er.", ["Das ist... Unsinn, sagte er."]),
    ("ellipsis opener", "Er zögerte... Dann sprach er.", ["Er zögerte...", "Dann sprach er."]),
    (
        "St.",
        "Er flog nach St. Petersburg. Dort war es kalt.",
        ["Er flog nach St. Petersburg.", "Dort war es kalt."],
    ),
    (
        "U.S. in German",
        "Die U.S. Regierung reagierte. Teheran auch.",
        ["Die U.S. Regierung reagierte.", "Teheran auch."],
    ),
    ("usw. ends", "Öl, Gas usw. Die Liste ist lang.", ["Öl, Gas usw.", "Die Liste ist lang."]),
    ("Mio.", "Es kostet 3 Mio. Euro. Das ist viel.", ["Es kostet 3 Mio. Euro.", "Das ist viel."]),
    ("bang", "Nein! Niemals! Gut.", ["Nein!", "Niemals!", "Gut."]),
    (
        "umlaut opener",
        "Es endete. Über die Folgen wurde gestritten.",
        ["Es endete.", "Über die Folgen wurde gestritten."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in EN], ids=[c[0] for c in EN])
def test_english(text: str, expected: list[str]) -> None:
    assert sentence_texts(text, lang="en") == expected


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in DE], ids=[c[0] for c in DE])
def test_german(text: str, expected: list[str]) -> None:
    assert sentence_texts(text, lang="de") == expected


@pytest.mark.parametrize(
    "text",
    [
        "  Dr. Müller kam.\r\n\r\n  Er blieb.  ",
        "Cafe\u0301 ist offen. Wir gehen hin 🎉. Gut.",
        "„Warum?“, fragte er…  Niemand antwortete.\n\nEnde",
    ],
    ids=["crlf-and-padding", "combining-and-emoji", "quotes-ellipsis-blank-line"],
)
def test_offsets_point_into_the_original(text: str) -> None:
    sentences = split_sentences(text, lang="de")
    assert sentences
    previous_end = 0
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        assert sentence.start >= previous_end
        assert text[previous_end : sentence.start].strip() == ""
        previous_end = sentence.end
    assert text[previous_end:].strip() == ""


def test_sentence_is_a_value() -> None:
    assert split_sentences("Ja. Nein.", lang="de") == (
        Sentence(0, 3, "Ja."),
        Sentence(4, 9, "Nein."),
    )


def test_regional_tag_uses_its_language() -> None:
    assert sentence_texts("Am 3. März. Er kam.", lang="de-AT") == ["Am 3. März.", "Er kam."]


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="no sentence rules for language 'fr'"):
        split_sentences("Bonjour.", lang="fr")
