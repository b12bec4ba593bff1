"""``termaid lookup`` through a real process: inflection, word search, usage advice,
queries read line by line, and the concordance of ``--in``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

LOOKUP_GLOSSARY = Path(__file__).resolve().parents[1] / "fixtures" / "glossary" / "lookup.yaml"


def termaid(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "termaid", *args], input=stdin,
                          capture_output=True, text=True, encoding="utf-8", check=False)


@pytest.mark.parametrize(
    ("query", "heading"),
    [
        ("Lawrows", "sergei-lavrov (person): inflected match on 'Lawrow' [de] (ending -s), score 1.00"),
        ("Kaspischen Meer", "caspian-sea (place): inflected match on 'Kaspisches Meer' [de] (declined -en), score 1.00"),
        ("ständigen Mitglieder", "permanent-member (concept): inflected match on 'ständiges Mitglied' [de] (plural, declined -en), score 1.00"),
        ("Lavrov's", "sergei-lavrov (person): inflected match on 'Lavrov' [en] (ending -'s), score 1.00"),
    ],
    ids=["genitive", "declined", "plural-declined", "possessive"],
)
def test_inflected_forms_resolve_exactly(query: str, heading: str) -> None:
    proc = termaid("lookup", query)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == heading
    assert "did you mean" not in proc.stdout + proc.stderr


def test_inflection_in_json() -> None:
    data = json.loads(termaid("lookup", "Kaspischen Meeres", "--json", "--to", "en").stdout)
    match = data["matches"][0]
    assert match["match"] == "inflected" and match["score"] == 1.0
    assert match["inflection"] == {"form": "Kaspischen Meer", "ending": "es", "declension": "en",
                                   "plural": False}
    assert match["target"] == {"term": "Caspian Sea", "lang": "en"}
    assert "use" not in match


@pytest.mark.parametrize(
    ("query", "entry", "term"),
    [("Bündnis", "russia-iran-alliance", "Russland-Iran-Bündnis"),
     ("Korridor", "international-north-south-transport-corridor", "Nord-Süd-Korridor"),
     ("Guard Corps", "islamic-revolutionary-guard-corps", "Islamic Revolutionary Guard Corps")],
)
def test_words_inside_terms_are_found_when_nothing_matches_whole(query: str, entry: str, term: str) -> None:
    proc = termaid("lookup", query)
    assert proc.returncode == 0
    assert proc.stdout.startswith(f"{entry} (")
    assert f"contains match on {term!r}" in proc.stdout.splitlines()[0]


def test_contains_lists_longer_terms_beside_a_whole_match() -> None:
    plain = json.loads(termaid("lookup", "Iran", "--json").stdout)["matches"]
    assert all(m["match"] != "contains" for m in plain)
    both = json.loads(termaid("lookup", "Iran", "--contains", "--limit", "100", "--json").stdout)
    assert both["matches"][0]["id"] == "iran" and both["matches"][0]["match"] == "exact"
    assert "supreme-leader-of-iran" in {m["id"] for m in both["matches"] if m["match"] == "contains"}


def test_a_deprecated_form_says_so_and_gives_the_term_to_use() -> None:
    proc = termaid("lookup", "Lavrov", "--lang", "de")
    assert proc.returncode == 0
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("sergei-lavrov (person): exact match on 'Lavrov' [de]")
    assert lines[1] == "  ! 'Lavrov' is deprecated in de: use 'Lawrow'"
    match = json.loads(termaid("lookup", "Lavrov", "--lang", "de", "--json").stdout)["matches"][0]
    assert match["matched"] == {"term": "Lavrov", "lang": "de", "status": "deprecated"}
    assert match["use"] == {"term": "Lawrow", "lang": "de"}
    english = termaid("lookup", "Lavrov").stdout
    assert "[en]" in english.splitlines()[0] and "!" not in english


def test_the_preferred_term_ranks_above_another_languages_deprecated_one() -> None:
    proc = termaid("lookup", "Teheran", "--to", "en")
    lines = proc.stdout.splitlines()
    assert lines[0] == "tehran (place): exact match on 'Teheran' [de], score 1.00"
    assert lines[1] == "  -> Tehran"
    proc = termaid("lookup", "Teheran", "--lang", "en", "--glossary", str(LOOKUP_GLOSSARY))
    assert "  ! 'Teheran' is deprecated in en: use 'Tehran'" in proc.stdout.splitlines()


def test_suggestions_never_repeat_the_match_shown() -> None:
    data = json.loads(termaid("lookup", "Lavrof", "--json").stdout)
    assert data["matches"][0]["id"] == "sergei-lavrov"
    assert data["matches"][0]["score"] >= 0.80
    assert "sergei-lavrov" not in {s["id"] for s in data["suggestions"]}
    assert "did you mean: Lawrow (sergei-lavrov)" not in termaid("lookup", "Lawrows").stdout


def test_queries_line_by_line_as_json_lines() -> None:
    proc = termaid("lookup", "--json", stdin="Lawrows\n\nKaspischen Meer\nxyzzyq\n")
    lines = proc.stdout.splitlines()
    assert len(lines) == 3
    answers = [json.loads(line) for line in lines]
    assert [a["query"] for a in answers] == ["Lawrows", "Kaspischen Meer", "xyzzyq"]
    assert answers[0]["matches"][0]["inflection"]["ending"] == "s"
    assert answers[2]["matches"] == []
    assert proc.returncode == 1  # one query found nothing
    assert termaid("lookup", "--json", stdin="Lawrow\nIran\n").returncode == 0


def test_queries_line_by_line_in_plain_text() -> None:
    proc = termaid("lookup", "--lang", "de", stdin="Lavrov\nxyzzyq\n")
    answers = proc.stdout.split("\n\n")
    assert answers[0].startswith("sergei-lavrov (person): exact match on 'Lavrov' [de]")
    assert "! 'Lavrov' is deprecated in de: use 'Lawrow'" in answers[0]
    assert answers[1].startswith("no match for 'xyzzyq'")
    assert proc.stderr == ""


@pytest.fixture
def texts(tmp_path: Path) -> tuple[Path, Path]:
    de = tmp_path / "bericht.de.txt"
    de.write_text("Der Besuch Lawrows in Teheran war kurz.\n"
                  "Sergej Lawrow sprach am Kaspischen Meer mit Araghtschi.\n", encoding="utf-8")
    en = tmp_path / "report.en.txt"
    en.write_text("Lavrov's visit was short. Foreign Minister Lavrow spoke first.\n",
                  encoding="utf-8")
    return de, en


def test_concordance_shows_each_mention_with_context(texts: tuple[Path, Path]) -> None:
    de, en = texts
    proc = termaid("lookup", "Lawrow", "--in", str(de), str(en))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert f"  {de}:1:12  Der Besuch [Lawrows] in Teheran war kurz.  (inflected -s)" in out
    assert f"  {de}:2:1  [Sergej Lawrow] sprach am Kaspischen Meer mit…  (exact)" in out  # cut at 40
    assert f"  {en}:1:1  [Lavrov's] visit was short. Foreign Minister…  (inflected -'s)" in out
    assert f"{en}:1:44" in out and "[Lavrow] spoke first.  (fuzzy 0." in out
    assert "Araghtschi]" not in out  # another entry's mention


def test_concordance_in_json(texts: tuple[Path, Path]) -> None:
    de, en = texts
    data = json.loads(termaid("lookup", "Kaspisches Meer", "--json", "--in", str(de), str(en)).stdout)
    (mention,) = data["mentions"]
    assert mention["file"] == str(de) and mention["lang"] == "de"
    assert (mention["line"], mention["column"], mention["surface"]) == (2, 25, "Kaspischen Meer")
    assert mention["match"] == "inflected" and mention["id"] == "caspian-sea"
    assert (mention["before"], mention["after"]) == ("Sergej Lawrow sprach am ", " mit Araghtschi.")


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--in", "x.txt"], "--in needs a QUERY"),
     (["Lawrow", "x.txt"], "unexpected extra argument 'x.txt'")],
)
def test_concordance_usage_errors(args: list[str], message: str) -> None:
    proc = termaid("lookup", *args)
    assert proc.returncode == 2 and message in proc.stderr


def test_concordance_of_a_missing_file_is_bad_input(tmp_path: Path) -> None:
    proc = termaid("lookup", "Lawrow", "--in", str(tmp_path / "nope.txt"))
    assert proc.returncode == 2 and "no such file" in proc.stderr
