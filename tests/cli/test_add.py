"""``termaid add`` and ``termaid import`` of reviewed suggestions, through real processes:
written in the glossary's own style, validated, atomically, under the write lock; review
metadata that survives a TBX round trip."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from glossary import load_glossary
from glossary.serial import entry_to_dict
from glossary.writelock import write_lock

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "glossary" / "lookup.yaml"
COMMENTED = """\
# People of the story. Keep this comment.
entries:
  - id: sergei-lavrov
    type: person
    note: Russian foreign minister.   # a comment on the note
    terms:
      en: [Sergey Lavrov, {term: Lavrov, type: surname}]
      de: [Sergei Lawrow, {term: Lawrow, type: surname}]

  - id: abbas-araghchi
    type: person
    terms:
      en: [Abbas Araghchi]
      de: [Abbas Araghtschi]
"""
PLACES = """\
entries:
  - id: tehran
    type: place
    terms:
      en: [Tehran]
      de: [Teheran]
"""


def termaid(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "termaid", *args], capture_output=True, text=True,
                          encoding="utf-8", check=False, env={**os.environ, **(env or {})})


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    g = tmp_path / "glossary"
    g.mkdir()
    (g / "people.yaml").write_text(COMMENTED, encoding="utf-8")
    (g / "places.yaml").write_text(PLACES, encoding="utf-8")
    return g


def test_a_new_entry_goes_to_the_file_of_its_type_in_the_shipped_style(folder: Path) -> None:
    proc = termaid("add", "--glossary", str(folder), "--id", "ali-larijani", "--type", "person",
                   "--en", "Ali Larijani", "--de", "Ali Laridschani",
                   "--note", "Iranian politician, speaker of parliament 2008–2020.",
                   "--source", "https://en.wikipedia.org/wiki/Ali_Larijani")
    assert proc.returncode == 0, proc.stderr
    assert "added entry 'ali-larijani'" in proc.stderr
    text = (folder / "people.yaml").read_text(encoding="utf-8")
    assert text.startswith(COMMENTED)  # everything before stays byte for byte
    assert text[len(COMMENTED):] == (
        "\n  - id: ali-larijani\n"
        "    type: person\n"
        "    note: Iranian politician, speaker of parliament 2008–2020.\n"
        "    sources:\n"
        "      - https://en.wikipedia.org/wiki/Ali_Larijani\n"
        "    terms:\n"
        "      en: [Ali Larijani]\n"
        "      de: [Ali Laridschani]\n"
    )
    assert (folder / "places.yaml").read_text(encoding="utf-8") == PLACES
    found = termaid("lookup", "Ali Laridschanis", "--glossary", str(folder)).stdout
    assert found.startswith("ali-larijani (person): inflected match on 'Ali Laridschani' [de] (ending -s)")


def test_terms_join_an_entry_and_nothing_else_changes(folder: Path) -> None:
    proc = termaid("add", "--glossary", str(folder), "--id", "sergei-lavrov", "--de", "Sergej Lawrow",
                   "--term-type", "transliteration")
    assert proc.returncode == 0, proc.stderr
    assert "sergei-lavrov: term 'Sergej Lawrow' (de)" in proc.stderr
    after = (folder / "people.yaml").read_text(encoding="utf-8")
    assert after == COMMENTED.replace(
        "de: [Sergei Lawrow, {term: Lawrow, type: surname}]",
        "de: [Sergei Lawrow, {term: Lawrow, type: surname}, {term: Sergej Lawrow, type: transliteration}]")
    entry = load_glossary(folder)["sergei-lavrov"]
    added = next(t for t in entry.terms if t.text == "Sergej Lawrow")
    assert added.status.value == "admitted"  # a term added to an entry is admitted


def test_terms_find_their_entry_without_an_id(folder: Path) -> None:
    proc = termaid("add", "--glossary", str(folder), "--de", "Lawrow", "--en", "Sergei Lavrov")
    assert proc.returncode == 0, proc.stderr
    entry = load_glossary(folder)["sergei-lavrov"]
    assert "Sergei Lavrov" in [t.text for t in entry.terms]
    assert [t.text for t in entry.terms].count("Lawrow") == 1


def test_review_metadata_and_a_deprecated_term(folder: Path) -> None:
    proc = termaid("add", "--glossary", str(folder), "--id", "tehran", "--en", "Teheran",
                   "--status", "deprecated", "--by", "anna", "--date", "2026-12-04", "--needs-review")
    assert proc.returncode == 0, proc.stderr
    term = next(t for t in load_glossary(folder)["tehran"].terms if t.text == "Teheran" and t.lang == "en")
    assert (term.status.value, str(term.created), term.review and term.review.value) == (
        "deprecated", "2026-12-04 by anna", "needs-review")
    assert termaid("lookup", "Teheran", "--lang", "en", "--glossary", str(folder)).stdout.splitlines()[1] \
        == "  ! 'Teheran' is deprecated in en: use 'Tehran'"


def test_review_metadata_survives_a_tbx_round_trip(folder: Path, tmp_path: Path) -> None:
    assert termaid("add", "--glossary", str(folder), "--id", "tehran", "--en", "Teheran", "--status",
                   "deprecated", "--by", "anna", "--date", "2026-12-04", "--needs-review").returncode == 0
    tbx = tmp_path / "g.tbx"
    assert termaid("export", "tbx", "--glossary", str(folder), "--out", str(tbx)).returncode == 0
    data = tbx.read_text(encoding="utf-8")
    assert ('<transacGrp><transac type="transactionType">origination</transac><date>2026-12-04</date>'
            '<transacNote type="responsibility">anna</transacNote></transacGrp>') in data
    back = tmp_path / "back.yaml"
    assert termaid("import", str(tbx), "--glossary", str(back)).returncode == 0
    assert [entry_to_dict(e, origin=False) for e in load_glossary(back)] == \
        [entry_to_dict(e, origin=False) for e in load_glossary(folder)]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--en", "Foo"], 2, "would be a new entry: give its --type"),
        (["--id", "x", "--type", "person"], 2, "nothing to add"),
        (["--id", "x", "--type", "person", "--term", "qqq-xx=Foo"], 2, "--term"),
        (["--id", "x", "--type", "person", "--en", "Foo", "--date", "4.12.2026"], 2, "YYYY-MM-DD"),
        (["--id", "Bad Id", "--type", "person", "--en", "Foo"], 2, "Bad Id"),
    ],
    ids=["no-type", "no-term", "bad-lang", "bad-date", "bad-id"],
)
def test_a_bad_addition_writes_nothing(folder: Path, args: list[str], code: int, message: str) -> None:
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    proc = termaid("add", "--glossary", str(folder), *args)
    assert proc.returncode == code, proc.stderr
    assert message in proc.stderr and "Traceback" not in proc.stderr
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.suffix == ".yaml"} == {
        k: v for k, v in before.items() if k.endswith(".yaml")}


def test_a_spelling_of_another_entry_is_a_conflict_left_alone(folder: Path) -> None:
    before = (folder / "people.yaml").read_bytes()
    proc = termaid("add", "--glossary", str(folder), "--id", "abbas-araghchi", "--en", "Lavrov")
    assert proc.returncode == 1
    assert "conflict:" in proc.stderr and "sergei-lavrov" in proc.stderr
    assert (folder / "people.yaml").read_bytes() == before


def test_dry_run_shows_the_diff_and_writes_nothing(folder: Path) -> None:
    before = (folder / "people.yaml").read_bytes()
    proc = termaid("add", "--glossary", str(folder), "--id", "sergei-lavrov", "--de", "Sergej Lawrow",
                   "--dry-run", "--json")
    data = json.loads(proc.stdout)
    assert data["changed"] == [{"id": "sergei-lavrov", "what": ["term 'Sergej Lawrow' (de)"]}]
    assert data["written"] is False and data["dry_run"] is True
    assert (folder / "people.yaml").read_bytes() == before


def test_a_writer_waits_for_the_lock_then_gives_up(folder: Path) -> None:
    before = (folder / "people.yaml").read_bytes()
    with write_lock(folder):
        proc = termaid("add", "--glossary", str(folder), "--id", "sergei-lavrov", "--de", "Sergej Lawrow",
                       env={"TERMAID_LOCK_TIMEOUT": "0.5"})
    assert proc.returncode == 2
    assert "writ" in proc.stderr and "0.5 s" in proc.stderr
    assert (folder / "people.yaml").read_bytes() == before
    assert termaid("add", "--glossary", str(folder), "--id", "sergei-lavrov", "--de", "Sergej Lawrow",
                   env={"TERMAID_LOCK_TIMEOUT": "0.5"}).returncode == 0


def test_reviewed_suggestions_merge_into_their_entries(tmp_path: Path) -> None:
    glossary = tmp_path / "g"
    glossary.mkdir()
    shutil.copy(FIXTURE, glossary / "main.yaml")
    de = tmp_path / "t.de.txt"
    de.write_text("Sergej Lawrow traf in Teheran ein. Später sprach Sergej Lawrow.\n", encoding="utf-8")
    suggestions = tmp_path / "new-variants.yaml"
    proc = termaid("align", str(de), "--glossary", str(glossary), "--suggest", str(suggestions))
    assert proc.returncode == 0, proc.stderr
    assert "- id: sergei-lavrov" in suggestions.read_text(encoding="utf-8")
    copied = glossary / "copied.yaml"  # what used to be the only way: a duplicate id
    shutil.copy(suggestions, copied)
    assert "duplicate id 'sergei-lavrov'" in termaid("lookup", "x", "--glossary", str(glossary)).stderr
    copied.unlink()
    proc = termaid("import", str(suggestions), "--glossary", str(glossary))
    assert proc.returncode == 0, proc.stderr
    assert "0 added, 1 changed, 0 conflicts" in proc.stderr
    found = termaid("lookup", "Sergej Lawrow", "--glossary", str(glossary), "--json")
    match = json.loads(found.stdout)["matches"][0]
    assert (match["id"], match["match"]) == ("sergei-lavrov", "exact")
    assert [e.id for e in load_glossary(glossary)] == [e.id for e in load_glossary(FIXTURE)]
