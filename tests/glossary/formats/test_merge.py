"""Merging imports into YAML: comments and untouched entries stay byte for byte, conflicts
are listed, nothing existing is lost, writes are atomic, a bad merge writes nothing."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest
from exchange_helpers import glossary, plain, samples, target  # noqa: F401 (fixtures)

from glossary import Glossary, GlossaryError, load_glossary
from glossary.errors import WriteError
from glossary.formats.errors import MergeError
from glossary.formats.merge import merge_entries, merge_into
from glossary.formats.tbx import generate_tbx, parse_tbx
from glossary.model import Entry, EntryType, Term, TermStatus


def _tbx(entries: list[Entry] | Glossary) -> object:
    return parse_tbx("".join(generate_tbx(entries)).encode(), name="x.tbx")


def test_reimporting_our_own_export_changes_nothing(glossary: Glossary, target: Path) -> None:
    before = target.read_bytes()
    report = merge_into(target, _tbx(glossary))  # type: ignore[arg-type]
    assert (report.result.added, report.result.changed, report.result.conflicts) == ((), (), ())
    assert not report.written and report.diff == "" and target.read_bytes() == before


def test_new_variant_keeps_comments_and_untouched_entries(glossary: Glossary, target: Path) -> None:
    before = target.read_text(encoding="utf-8")
    incoming = [Entry("tehran", EntryType.PLACE, (Term("Tehran", "en"), Term("Teheran", "de"), Term("Tiflis?", "de", TermStatus.ADMITTED),
                                                  Term("Tehrān", "fa")))]
    report = merge_into(target, incoming)
    after = target.read_text(encoding="utf-8")
    assert report.result.changed == (("tehran", ("term 'Tiflis?' (de)", "term 'Tehrān' (fa)")),)
    assert "# Comments like this one must survive an import into this file." in after
    assert "  # A city: its German name differs." in after
    # only the tehran lines differ
    diff = [line for line in report.diff.splitlines() if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    assert diff == ["-      de: [Teheran]", "+      de: [Teheran, Tiflis?]", "+      fa: [Tehrān]"]
    untouched = [e for e in plain(load_glossary(target)) if e["id"] != "tehran"]
    assert untouched == [e for e in plain(glossary) if e["id"] != "tehran"]
    assert before.replace("      de: [Teheran]\n      ru: [Тегеран]\n",
                          "      de: [Teheran, Tiflis?]\n      ru: [Тегеран]\n      fa: [Tehrān]\n") == after


def test_conflicts_are_listed_and_left_unless_prefer_incoming(target: Path) -> None:
    incoming = [Entry("iran", EntryType.ORGANIZATION, (Term("Iran", "en"), Term("Persien", "de")),
                      note="a different note")]
    left = merge_into(target, incoming)
    assert [(c.entry_id, c.what, c.existing, c.incoming) for c in left.result.conflicts] == [
        ("iran", "entry type", "place", "organization"), ("iran", "preferred term (de)", "Iran", "Persien")]
    assert all(str(c).startswith(f"{target}:") for c in left.result.conflicts)
    assert dict(left.result.changed) == {"iran": ("note",)}  # what the glossary lacked is added
    assert load_glossary(target)["iran"].type is EntryType.PLACE

    taken = merge_into(target, incoming, prefer="incoming")
    assert taken.written
    iran = load_glossary(target)["iran"]
    german = [t for t in iran.terms if t.lang == "de"]
    assert [(t.text, t.status) for t in german] == [("Persien", TermStatus.PREFERRED), ("Iran", TermStatus.ADMITTED)]
    assert iran.note == "a different note" and iran.type is EntryType.ORGANIZATION
    assert german[1].note == "der Iran; also without article"  # nothing existing is lost


def test_a_term_of_another_entry_is_a_conflict(glossary: Glossary) -> None:
    incoming = [Entry("tehran", EntryType.PLACE, (Term("Tehran", "en"), Term("Revolutionsgarde", "de")))]
    left = merge_entries(list(glossary), incoming)
    assert [c.what for c in left.conflicts] == ["term 'Revolutionsgarde' (de)"]
    taken = merge_entries(list(glossary), incoming, prefer="incoming")
    by_id = {e.id: e for e in taken.entries}
    assert by_id["tehran"].ambiguous_with == ("guard-corps",) and by_id["guard-corps"].ambiguous_with == ("tehran",)


def test_matching_by_source_term_and_unrelated_id(glossary: Glossary) -> None:
    incoming = [Entry("x1", EntryType.CONCEPT, (Term("Teheran", "de"), Term("Tehran (city)", "en"))),
                Entry("iran", EntryType.CONCEPT, (Term("Moon", "en"),))]
    result = merge_entries(list(glossary), incoming)
    assert result.added == ("iran-2",)  # same id, no shared term: another entry
    assert [(c.entry_id, c.what) for c in result.conflicts] == [("tehran", "entry type"), ("tehran", "preferred term (en)")]


def test_new_glossary_is_created_and_reads_back(tmp_path: Path, glossary: Glossary) -> None:
    path = tmp_path / "sub" / "new.yaml"
    report = merge_into(path, _tbx(glossary), source_name="g.tbx")  # type: ignore[arg-type]
    assert report.written and report.result.added == tuple(e.id for e in glossary)
    assert plain(load_glossary(path)) == plain(glossary)
    assert path.read_text(encoding="utf-8").startswith("# Glossary entries imported by termaid from g.tbx.\n")


def test_directory_target_gets_new_entries_in_imported_yaml(tmp_path: Path, target: Path) -> None:
    new = [Entry("moscow", EntryType.PLACE, (Term("Moscow", "en"), Term("Moskau", "de")))]
    merge_into(target.parent, new)
    assert (target.parent / "imported.yaml").is_file()
    assert "moscow" in load_glossary(target.parent)


def test_dry_run_writes_nothing(target: Path) -> None:
    before = target.read_bytes()
    report = merge_into(target, [Entry("moscow", EntryType.PLACE, (Term("Moscow", "en"),))], dry_run=True)
    assert "+  - id: moscow" in report.diff and not report.written and target.read_bytes() == before


APPEND_STYLES = [
    ("shipped", "entries:\n  - id: tehran\n    type: place\n    terms:\n      en: [Tehran]\n", "\n  - id: moscow\n", True),
    ("dash-at-column-0", "entries:\n- id: tehran\n  type: place\n  terms:\n    en: [Tehran]\n", "\n- id: moscow\n", True),
    ("wider-indents", "entries:\n    - id: tehran\n      type: place\n      terms:\n          en: [Tehran]\n",
     "\n    - id: moscow\n", True),
    ("empty-flow-list", "# nothing yet\nentries: []\n", "\n  - id: moscow\n", False),
    ("flow-list", "entries: [{id: tehran, type: place, terms: {en: [Tehran]}}]\n", "\n  - id: moscow\n", False),
    ("alias-in-last-entry", ("entries:\n  - id: tehran\n    type: &t place\n    terms:\n      en: [Tehran]\n\n"
                             "  - id: iran\n    type: *t\n    terms:\n      en: [Iran]\n"), "\n\n  - id: moscow\n", True),
]


@pytest.mark.parametrize(("text", "new_line", "kept"), [s[1:] for s in APPEND_STYLES], ids=[s[0] for s in APPEND_STYLES])
def test_new_entries_follow_the_style_of_the_file(tmp_path: Path, text: str, new_line: str, kept: bool) -> None:
    path = tmp_path / "g.yaml"
    path.write_text(text, encoding="utf-8")
    merge_into(path, [Entry("moscow", EntryType.PLACE, (Term("Moscow", "en"), Term("Moskau", "de")))])
    after = path.read_text(encoding="utf-8")
    assert new_line in after and after.startswith(text) is kept
    assert load_glossary(path)["moscow"].terms == (Term("Moscow", "en"), Term("Moskau", "de"))


def test_a_file_with_new_variants_and_new_entries(glossary: Glossary, target: Path) -> None:
    incoming = [Entry("tehran", EntryType.PLACE, (Term("Tehran", "en"), Term("Tehrān", "fa"))),
                Entry("moscow", EntryType.PLACE, (Term("Moscow", "en"),))]
    report = merge_into(target, incoming)
    assert report.result.added == ("moscow",) and dict(report.result.changed) == {"tehran": ("term 'Tehrān' (fa)",)}
    after = load_glossary(target)
    assert after["tehran"].terms_in("fa") == (Term("Tehrān", "fa"),) and "moscow" in after and len(after) == len(glossary) + 1
    assert "# Comments like this one must survive an import into this file." in target.read_text(encoding="utf-8")


def test_the_garbage_collector_is_on_again_after_a_merge(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("entries: 3\n", encoding="utf-8")
    with pytest.raises(MergeError):
        merge_into(path, [Entry("y", EntryType.PLACE, (Term("Y", "en"),))])
    assert gc.isenabled()
    gc.disable()
    try:
        merge_into(tmp_path / "new.yaml", [Entry("y", EntryType.PLACE, (Term("Y", "en"),))])
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()


def test_invalid_target_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("entries:\n  - id: Bad Id\n    type: place\n    terms: {en: [X]}\n", encoding="utf-8")
    with pytest.raises(MergeError, match="bad.yaml:2: bad id 'Bad Id'"):
        merge_into(path, [Entry("y", EntryType.PLACE, (Term("Y", "en"),))])
    assert path.read_text(encoding="utf-8").startswith("entries:\n  - id: Bad Id")


def test_a_failed_write_leaves_the_old_file_and_no_temporary(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = target.read_bytes()

    def broken(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(WriteError, match="no space left"):
        merge_into(target, [Entry("moscow", EntryType.PLACE, (Term("Moscow", "en"),))])
    assert target.read_bytes() == before
    # the lock file stays (waiters share its inode); no temporary file does
    assert sorted(p.name for p in target.parent.iterdir()) == [".glossary.yaml.termaid-lock", "glossary.yaml"]


def test_merge_errors_are_glossary_errors() -> None:
    assert issubclass(MergeError, GlossaryError) and MergeError("x").exit_code == 2
