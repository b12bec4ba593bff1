"""PO catalogs as real projects ship them: obsolete messages, keyboard accelerators,
msgctxt, whitespace-only strings and template headers (issue 15 items 2 and 10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary.formats.catalog import strip_accelerator
from glossary.formats.mo import read_mo, write_mo
from glossary.formats.po import read_po
from glossary.model import Entry, EntryType, Term

HEADER = 'msgid ""\nmsgstr ""\n"Language: de\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'


def _po(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "app.de.po"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


@pytest.mark.parametrize("strict", [True, False])
def test_a_whitespace_msgid_is_skipped_with_its_line(tmp_path: Path, strict: bool) -> None:
    path = _po(tmp_path, '\nmsgid " "\nmsgstr "Leer"\n\nmsgid "Edit"\nmsgstr "Bearbeiten"\n'
                         '\nmsgid "View"\nmsgstr "\\t "\n')
    result = read_po(path, strict=strict)
    assert [[t.text for t in e.terms] for e in result.entries] == [["Edit", "Bearbeiten"], ["View"]]
    assert [(p.line, p.message) for p in result.problems] == [
        (6, "message with a blank msgid ' ' skipped: no term to import"),
        (12, "msgstr of 'View' holds only whitespace: no target term")]


def test_obsolete_messages_are_one_warning(tmp_path: Path) -> None:
    path = _po(tmp_path, '\nmsgid "Edit"\nmsgstr "Bearbeiten"\n\n#~ msgid "Old"\n#~ msgstr "Alt"\n'
                         '\n#~ msgctxt "menu"\n#~ msgid "Older"\n#~ msgstr "Älter"\n')
    result = read_po(path)
    assert [e.id for e in result.entries] == ["edit"]
    assert [(p.line, p.message) for p in result.problems] == [
        (9, "2 obsolete message(s) (#~) skipped, the first at this line: they are no longer in use")]


def test_accelerators_are_taken_out_only_when_asked(tmp_path: Path) -> None:
    path = _po(tmp_path, '\nmsgid "S_ystem"\nmsgstr "S_ystem"\n\nmsgid "_Open"\nmsgstr "Ö_ffnen"\n')
    assert [t.text for t in read_po(path, accelerator="_").entries[1].terms] == ["Open", "Öffnen"]
    assert [t.text for t in read_po(path).entries[0].terms] == ["S_ystem", "S_ystem"]


@pytest.mark.parametrize(("text", "marker", "expected"), [
    ("&File", "&", "File"), ("Save &As...", "&", "Save As..."), ("Fish && Chips", "&", "Fish & Chips"),
    ("R&&D", "&", "R&D"), ("end&", "&", "end&"), ("a & b", "&", "a & b"), ("S_ystem", "_", "System"),
    ("~Datei", "~", "Datei"),
])
def test_strip_accelerator(text: str, marker: str, expected: str) -> None:
    assert strip_accelerator(text, marker) == expected


def test_msgctxt_is_kept_as_the_note(tmp_path: Path) -> None:
    path = _po(tmp_path, '\n#. Menu entry\nmsgctxt "menu|file"\nmsgid "Open"\nmsgstr "Öffnen"\n'
                         '\nmsgctxt "verb"\nmsgid "Open"\nmsgstr "Öffne"\n')
    entries = read_po(path).entries
    assert [e.note for e in entries] == ["context: menu|file\nMenu entry", "context: verb"]
    assert [e.id for e in entries] == ["menu-file", "verb"]


def test_termaids_own_context_is_its_id_not_a_note(tmp_path: Path) -> None:
    entry = Entry("tehran", EntryType.PLACE, (Term("Tehran", "en"), Term("Teheran", "de")))
    path = tmp_path / "g.mo"
    write_mo(path, [entry], source="en", target="de")
    back = read_mo(path).entries
    assert [(e.id, e.note) for e in back] == [("tehran", None)]


def test_a_template_with_only_its_header_has_nothing_to_import(tmp_path: Path) -> None:
    result = read_po(_po(tmp_path, ""))
    assert result.entries == () and result.problems == ()
