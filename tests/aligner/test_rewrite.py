"""aligner.rewrite: what a rewrite keeps (number, case, capitals, apostrophes, spaces)."""

from __future__ import annotations

import pytest

from aligner.aligner import Aligner
from aligner.rewrite import spaced


@pytest.mark.parametrize(
    ("text", "lang", "to", "expected"),
    [
        # number
        ("drones", "en", "de", "Drohnen"),
        ("die Drohnen", "de", "en", "die drones"),
        ("die ständigen Mitglieder", "de", "en", "die permanent members"),
        ("den ständigen Mitgliedern", "de", "de", "den ständigen Mitgliedern"),
        ("den bilateralen Handel", "de", "en", "den bilateral trade"),  # a declined singular
        ("potential arms sales", "en", "de", "potential Waffenverkäufe"),  # a plural term
        ("den Russisch-Persischen Kriegen", "de", "de", "den Russisch-Persischen Kriegen"),
        # a plural spelled like its singular: the words before it tell
        ("Der US-Dollar fiel.", "de", "en", "Der US dollar fiel."),
        ("Sie zahlten 100 US-Dollar.", "de", "en", "Sie zahlten 100 US dollars."),
        ("Die vielen US-Dollar flossen ab.", "de", "en", "Die vielen US dollars flossen ab."),
        ("pro-Palestinian campus protests grew", "en", "de",
         "propalästinensische Proteste an US-Universitäten grew"),
        # case
        ("Lawrows Reise", "de", "en", "Lavrov's Reise"),
        ("des Irans Führung", "de", "en", "des Iran Führung"),
        ("Russia's war", "en", "de", "Russlands war"),
        ("the Soviet Union's collapse", "en", "de", "the Sowjetunion collapse"),
        ("Tabriz's bazaar", "en", "de", "Täbris' bazaar"),
        # capitals
        ("The Russia-Iran Alliance", "en", "en", "The Russia–Iran Alliance"),
        ("Sanktionen treffen", "de", "en", "Sanctions treffen"),
        ("SERGEJ LAWROW sprach", "de", "de", "SERGEI LAWROW sprach"),
        ("The UNSC voted.", "en", "de", "The UN-Sicherheitsrat voted."),
        # apostrophes
        ("Iran’s drones", "en", "en", "Iran’s drones"),
        ("Lawrows Reise, Irans ‘Pläne’ und Putin’s", "de", "en", "Lavrov’s Reise, Iran’s ‘Pläne’ und Putin’s"),
    ],
)
def test_rewrite_keeps_what_the_writer_wrote(shipped: Aligner, text: str, lang: str, to: str,
                                             expected: str) -> None:
    assert shipped.normalize(text, lang=lang, to=to).text == expected


def test_spaced_keeps_a_no_break_space() -> None:
    assert spaced("Sergei Lawrow", "Sergej\u00a0Lawrow") == "Sergei\u00a0Lawrow"
    assert spaced("Russland-Iran-Bündnis", "Russia–Iran\u00a0alliance") == "Russland-Iran-Bündnis"
