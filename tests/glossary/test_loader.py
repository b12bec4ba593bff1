"""Tests for glossary.loader and the checks of glossary.termbase: strict reading with file:line problems."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from glossary import GlossaryError, GlossaryFormatError, TermStatus, TermType, check_glossary, load_glossary


def write(tmp_path: Path, text: str, name: str = "g.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def test_minimal_form_loads(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
        entries:
          - id: abbas-araghchi          # unique across the glossary
            type: person                # person, place, ...
            terms:
              en: [Abbas Araghchi, Araghchi]      # first = preferred
              de: [Abbas Araghtschi, Araghtschi]
        """,
    )
    glossary = load_glossary(path)
    entry = glossary["abbas-araghchi"]
    assert [t.text for t in entry.terms_in("de")] == ["Abbas Araghtschi", "Araghtschi"]
    assert entry.preferred("de").text == "Abbas Araghtschi"  # type: ignore[union-attr]
    assert entry.terms_in("en")[1].status is TermStatus.ADMITTED
    assert entry.origin is not None and entry.origin.line == 2


def test_full_term_mapping(mini_glossary_path: Path) -> None:
    glossary = load_glossary(mini_glossary_path)
    araghchi = glossary["abbas-araghchi"]
    deprecated = araghchi.terms_in("de")[2]
    assert deprecated.status is TermStatus.DEPRECATED and deprecated.note == "English transliteration"
    assert araghchi.terms_in("de")[1].type is TermType.SURNAME
    mir = glossary["mir-payment-system"]
    assert mir.do_not_translate and mir.terms[0].case_sensitive
    assert mir.terms_in("de")[0].context == ("Karte", "Karten", "Zahlungssystem")
    assert glossary["russia-iran-alliance"].definition("en")


def test_norwegian_language_key_is_not_a_boolean(tmp_path: Path) -> None:
    path = write(tmp_path, "entries:\n  - {id: oslo, type: place, terms: {no: [Oslo], de-at: [Oslo]}}\n")
    entry = load_glossary(path)["oslo"]
    assert [t.lang for t in entry.terms] == ["no", "de-AT"]


BAD = [
    ("malformed", "entries:\n  - id: a\n    type: [x\n", "g.yaml:4: malformed YAML"),
    ("tab-indent", "entries:\n\t- id: a\n", "g.yaml:2: malformed YAML"),
    ("empty-file", "", "g.yaml:1: empty glossary file"),
    ("not-mapping", "- a\n- b\n", "g.yaml:1: the top level must be a mapping, not a list"),
    ("no-entries", "terms: {}\n", "g.yaml:1: unknown field 'terms' in the top level"),
    ("entries-not-list", "entries: {a: 1}\n", "g.yaml:1: 'entries' must be a list, not a mapping"),
    ("unknown-field", "entries:\n  - id: a\n    type: person\n    nots: x\n    terms: {en: [A]}\n",
     "g.yaml:4: unknown field 'nots' in entry; did you mean 'note'?"),
    ("unknown-term-field", "entries:\n  - id: a\n    type: person\n    terms:\n      en: [{term: A, stats: admitted}]\n",
     "g.yaml:5: unknown field 'stats' in term; did you mean 'status'?"),
    ("bad-lang", "entries:\n  - id: a\n    type: person\n    terms:\n      english: [A]\n",
     "g.yaml:5: bad language tag 'english'"),
    ("unknown-lang", "entries:\n  - id: a\n    type: person\n    terms:\n      qq: [A]\n",
     "g.yaml:5: bad language tag 'qq': CLDR knows no language 'qq'"),
    ("bad-region", "entries:\n  - id: a\n    type: person\n    terms:\n      de-QQ: [A]\n",
     "g.yaml:5: bad language tag 'de-QQ': CLDR knows no region 'QQ'"),
    ("bad-id", "entries:\n  - id: Abbas_A\n    type: person\n    terms: {en: [A]}\n",
     "g.yaml:2: bad id 'Abbas_A'"),
    ("missing-id", "entries:\n  - type: person\n    terms: {en: [A]}\n", "g.yaml:2: entry without 'id'"),
    ("bad-type", "entries:\n  - id: a\n    type: persn\n    terms: {en: [A]}\n",
     "g.yaml:3: unknown entry type 'persn'; expected one of: person"),
    ("empty-term", "entries:\n  - id: a\n    type: person\n    terms:\n      en: [A, '']\n",
     "g.yaml:5: empty term"),
    ("blank-term", "entries:\n  - id: a\n    type: person\n    terms:\n      en:\n        - A\n        - '   '\n",
     "g.yaml:7: empty term"),
    ("empty-list", "entries:\n  - id: a\n    type: person\n    terms:\n      en: []\n",
     "g.yaml:5: entry 'a' has an empty term list for 'en'"),
    ("no-terms", "entries:\n  - id: a\n    type: person\n    terms: {}\n", "g.yaml:4: entry 'a' has no terms"),
    ("dup-term", "entries:\n  - id: a\n    type: person\n    terms:\n      en:\n        - A\n        - A\n",
     "g.yaml:7: duplicate term 'A' in 'en' of entry 'a' (first at line 6)"),
    ("bad-bool", "entries:\n  - id: a\n    type: person\n    terms:\n      en: [{term: A, case_sensitive: yes}]\n",
     "g.yaml:5: case_sensitive must be true or false, not 'yes'"),
    ("bad-status", "entries:\n  - id: a\n    type: person\n    terms:\n      en: [{term: A, status: old}]\n",
     "g.yaml:5: unknown status 'old'; expected one of: preferred, admitted, deprecated, forbidden"),
    ("late-preferred", "entries:\n  - id: a\n    type: person\n    terms:\n      en: [A, {term: B, status: preferred}]\n",
     "g.yaml:5: only the first term of a language can be preferred; move 'B' first"),
    ("dup-key", "entries:\n  - id: a\n    id: b\n    type: person\n    terms: {en: [A]}\n",
     "g.yaml:3: duplicate key 'id' in entry"),
    ("dup-id", "entries:\n  - {id: a, type: person, terms: {en: [A]}}\n  - {id: a, type: person, terms: {en: [B]}}\n",
     "g.yaml:3: duplicate id 'a' (first at g.yaml:2)"),
    ("unknown-related", "entries:\n  - {id: a, type: person, related: [rusia], terms: {en: [A]}}\n  - {id: russia, type: place, terms: {en: [Russia]}}\n",
     "g.yaml:2: entry 'a' refers to unknown id 'rusia'; did you mean 'russia'?"),
    ("ambiguous", "entries:\n  - {id: a, type: person, terms: {de: [Lawrow]}}\n  - {id: b, type: person, terms: {de: [lawrow]}}\n",
     "g.yaml:3: ambiguous variant 'lawrow' in 'de': claimed by 'a' ('Lawrow', g.yaml:2) and 'b'"),
    ("ambiguous-folded", "entries:\n  - {id: a, type: concept, terms: {de: [Bündnis]}}\n  - {id: b, type: concept, terms: {de: [Buendnis]}}\n",
     "g.yaml:3: ambiguous variant 'Buendnis' in 'de'"),
    ("ambiguous-one-sided", "entries:\n  - {id: a, type: person, ambiguous_with: [b], terms: {de: [X]}}\n  - {id: b, type: person, terms: {de: [X]}}\n",
     "g.yaml:3: ambiguous variant 'X' in 'de'"),
    ("lone-counterpart", "entries:\n  - id: a\n    type: concept\n    terms:\n      en: [A, {term: B, counterpart: b}]\n      de: [C]\n",
     "g.yaml:5: counterpart 'b' of 'B' is on no term of another language in entry 'a'"),
    ("twice-counterpart", "entries:\n  - id: a\n    type: concept\n    terms:\n      en: [A, {term: B, counterpart: b}]\n      de:\n        - C\n        - {term: D, counterpart: b}\n        - {term: E, counterpart: b}\n",
     "g.yaml:9: counterpart 'b' is on 'D' and 'E', both 'de', in entry 'a'"),
    ("not-utf8", b"entries:\n  - {id: a, type: person, terms: {de: [B\xfcndnis]}}\n", "g.yaml: malformed YAML"),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in BAD], ids=[i for i, _, _ in BAD])
def test_bad_input_is_reported_with_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str | bytes, expected: str
) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "g.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(GlossaryFormatError) as info:
        load_glossary(path)
    messages = [str(p) for p in info.value.problems]
    assert any(m.startswith(expected) for m in messages), messages


def test_accepted_ambiguity_loads(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
        entries:
          - {id: mir-payment-system, type: system, ambiguous_with: [mir-station], terms: {en: [Mir]}}
          - {id: mir-station, type: facility, ambiguous_with: [mir-payment-system], terms: {en: [Mir]}}
        """,
    )
    assert len(load_glossary(path)) == 2


def test_case_sensitive_spellings_do_not_collide(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
        entries:
          - {id: a, type: system, terms: {en: [{term: MIR, case_sensitive: true}]}}
          - {id: b, type: system, terms: {en: [{term: Mir, case_sensitive: true}]}}
        """,
    )
    assert len(load_glossary(path)) == 2


def test_all_problems_are_reported_at_once(tmp_path: Path) -> None:
    path = write(tmp_path, "entries:\n  - {id: A, type: x, terms: {qq: ['']}}\n  - {id: b, type: person}\n")
    glossary, problems = check_glossary(path)
    assert len(problems) == 5, problems
    assert len(glossary) == 0


def test_directory_of_files_and_errors_name_each_file(tmp_path: Path) -> None:
    write(tmp_path, "entries:\n  - {id: a, type: person, terms: {en: [A]}}\n", "one.yaml")
    (tmp_path / "sub").mkdir()
    write(tmp_path, "entries:\n  - {id: a, type: person, terms: {en: [B]}}\n", "sub/two.yml")
    with pytest.raises(GlossaryFormatError, match=r"two\.yml:2: duplicate id 'a' \(first at .*one\.yaml:2\)"):
        load_glossary(tmp_path)


def test_missing_path_and_empty_directory(tmp_path: Path) -> None:
    with pytest.raises(GlossaryError, match="no such glossary file or directory"):
        load_glossary(tmp_path / "nope.yaml")
    with pytest.raises(GlossaryError, match="no glossary files"):
        load_glossary(tmp_path)


def test_yaml_tags_are_not_constructed(tmp_path: Path) -> None:
    path = write(tmp_path, "entries:\n  - !!python/object/apply:os.system ['echo pwned']\n")
    _, problems = check_glossary(path)
    assert problems and "entry must be a mapping" in str(problems[0])


def test_spellings_equal_without_spaces_are_ambiguous(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
        entries:
          - {id: a, type: organization, terms: {de: [UN-Sicherheitsrat]}}
          - {id: b, type: organization, terms: {de: [UNSicherheitsrat]}}
        """,
    )
    with pytest.raises(GlossaryFormatError, match="ambiguous variant 'UNSicherheitsrat' in 'de'"):
        load_glossary(path)
