"""PO and MO catalogs: what tools read from our exports, what we read from theirs."""

from __future__ import annotations

import gettext
import io
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from babel.messages.pofile import read_po as babel_read_po
from exchange_helpers import glossary, plain, samples, target  # noqa: F401 (fixtures)

from glossary import Glossary, load_glossary
from glossary.formats import ImportFormatError
from glossary.formats.catalog import messages_from_entries
from glossary.formats.merge import merge_into
from glossary.formats.mo import read_mo, write_mo
from glossary.formats.po import read_po, write_po
from glossary.model import TermStatus


def test_messages_sorted_by_id_with_context_and_comments(glossary: Glossary) -> None:
    messages = messages_from_entries(glossary, source="en", target="de")
    assert [m.context for m in messages] == sorted(m.context or "" for m in messages)
    by_id = {m.context: m for m in messages}
    assert by_id["tehran"].id == "Tehran" and by_id["tehran"].string == "Teheran"
    assert "type: place" in by_id["tehran"].comments
    assert "de: Abbas Araghtschi; Araghtschi (surname); Araktschi (forbidden) [a misspelling seen in the press]" in by_id["abbas-araghchi"].comments
    # two entries share the source string "the vote": msgctxt keeps them apart
    assert by_id["vote"].id == by_id["2024-vote"].id == "the vote"
    assert by_id["2024-vote"].string == ""
    # an admitted first term is the one to use when no term is marked preferred
    assert by_id["guard-corps"].id == "IRGC"


def test_po_passes_msgfmt_check(glossary: Glossary, tmp_path: Path) -> None:
    if shutil.which("msgfmt") is None:
        pytest.skip("GNU msgfmt is not installed (apt-get install gettext)")
    po = tmp_path / "de" / "LC_MESSAGES" / "glossary.po"
    po.parent.mkdir(parents=True)
    write_po(po, glossary, source="en", target="de")
    run = subprocess.run(["msgfmt", "--check", "--check-header", "-o", str(tmp_path / "x.mo"), str(po)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert gettext.GNUTranslations(io.BytesIO((tmp_path / "x.mo").read_bytes())).pgettext("tehran", "Tehran") == "Teheran"


@pytest.mark.parametrize("lang", ["de", "ru", "fa", "en"])
def test_polib_and_babel_read_our_po(glossary: Glossary, tmp_path: Path, lang: str) -> None:
    from babel.messages.plurals import get_plural

    source = "de" if lang == "en" else "en"
    po = tmp_path / "glossary.po"
    write_po(po, glossary, source=source, target=lang)
    ours = {(m.context, m.id): m.string for m in messages_from_entries(glossary, source=source, target=lang)}
    pofile = polib.pofile(str(po))
    assert {(e.msgctxt, e.msgid): e.msgstr for e in pofile} == ours
    assert pofile.metadata["Plural-Forms"] == get_plural(lang).plural_forms
    with po.open("rb") as handle:
        catalog = babel_read_po(handle, abort_invalid=True)
    assert {(m.context, m.id): m.string for m in catalog if m.id} == ours
    assert str(catalog.locale) == lang


def test_output_is_deterministic(glossary: Glossary) -> None:
    a, b = io.BytesIO(), io.BytesIO()
    write_po(a, glossary, source="en", target="de")
    write_po(b, reversed(list(glossary)), source="en", target="de")
    assert a.getvalue() == b.getvalue()
    assert b"2000-01-01 00:00+0000" in a.getvalue()


def test_mo_read_back_with_stdlib_gettext(glossary: Glossary, tmp_path: Path) -> None:
    mo = tmp_path / "glossary.mo"
    assert write_mo(mo, glossary, source="en", target="de") == 6
    t = gettext.GNUTranslations(io.BytesIO(mo.read_bytes()))
    assert t.pgettext("abbas-araghchi", "Abbas Araghchi") == "Abbas Araghtschi"
    assert t.pgettext("vote", "the vote") == "Abstimmung"
    assert t.pgettext("2024-vote", "the vote") == "the vote"  # untranslated: not in the MO
    assert t.info()["language"] == "de"
    back = read_mo(mo)
    assert {(e.id, e.terms[-1].text) for e in back.entries if len(e.terms) == 2} >= {("tehran", "Teheran")}


def test_po_round_trip_with_translator_edit(glossary: Glossary, target: Path, tmp_path: Path) -> None:
    po = tmp_path / "de.po"
    write_po(po, glossary, source="en", target="de")
    catalog = polib.pofile(str(po))  # the translator's tool
    for entry in catalog:
        if entry.msgctxt == "tehran":
            entry.msgstr = "Teheran-Stadt"
        if entry.msgctxt == "2024-vote":
            entry.msgstr = "die Abstimmung von 2024"
            entry.tcomment = "checked with the newsroom"
    catalog.save(str(po))
    before = plain(load_glossary(target))

    unchanged = merge_into(target, read_po(po), dry_run=True)
    assert [c.entry_id for c in unchanged.result.conflicts] == ["tehran"]

    report = merge_into(target, read_po(po), prefer="incoming")
    after = {e.id: e for e in load_glossary(target)}
    assert [t.text for t in after["tehran"].terms_in("de")] == ["Teheran-Stadt", "Teheran"]
    assert after["tehran"].terms_in("de")[1].status is TermStatus.ADMITTED
    new = after["2024-vote"].terms_in("de")[0]
    assert (new.text, new.status, new.note) == ("die Abstimmung von 2024", TermStatus.PREFERRED, "checked with the newsroom")
    # nothing else changed
    rest = [d for d in plain(after.values()) if d["id"] not in ("tehran", "2024-vote")]
    assert rest == [d for d in before if d["id"] not in ("tehran", "2024-vote")]
    assert set(report.result.touched) == {"tehran", "2024-vote"}


def test_unedited_po_import_changes_nothing(glossary: Glossary, target: Path, tmp_path: Path) -> None:
    po = tmp_path / "de.po"
    write_po(po, glossary, source="en", target="de")
    text = target.read_bytes()
    report = merge_into(target, read_po(po))
    assert not report.written and report.result.conflicts == () and target.read_bytes() == text


BAD = [
    ("latin1", 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "a"\nmsgstr "\xd7"\n',
     "latin-1", 5, "byte 0xd7 at column 9 is not valid UTF-8 (the header declares charset=UTF-8)"),
    ("charset", 'msgid ""\nmsgstr "Content-Type: text/plain; charset=KLINGON\\n"\n', "utf-8", 1, "unknown encoding 'KLINGON'"),
    ("syntax", 'msgid "a"\nmsgstr "b"\nmsgfoo "c"\n', "utf-8", 3, "unexpected text 'msgfoo \"c\"'"),
    ("quote", 'msgid "a\nmsgstr "b"\n', "utf-8", 1, "expected a quoted string"),
    ("duplicate", 'msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n', "utf-8", 4, "duplicate msgid 'a' (first at line 1)"),
    ("no-msgstr", 'msgid "a"\n\nmsgid "b"\nmsgstr "c"\n', "utf-8", 1, "msgid 'a' without msgstr"),
    ("escape", 'msgid "a\\q"\nmsgstr "b"\n', "utf-8", 1, "unknown escape sequence \\q"),
]


@pytest.mark.parametrize(("text", "encoding", "line", "message"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_bad_po_names_file_and_line(tmp_path: Path, text: str, encoding: str, line: int, message: str) -> None:
    path = tmp_path / "de.po"
    path.write_bytes(text.encode(encoding))
    with pytest.raises(ImportFormatError) as info:
        read_po(path, target_lang="de")
    assert info.value.exit_code == 2
    first = info.value.problems[0]
    assert (first.path, first.line) == (str(path), line)
    assert message in first.message
    assert str(info.value).startswith(f"{path}:{line}: ")


@pytest.mark.parametrize("text", [b"", b"\n\n", b"  \r\n"])
def test_an_empty_catalog_is_valid_and_holds_nothing(tmp_path: Path, text: bytes) -> None:
    path = tmp_path / "de.po"
    path.write_bytes(text)
    result = read_po(path)
    assert result.entries == ()
    assert [(p.line, p.message) for p in result.problems] == [(1, "empty catalog: nothing to import")]


def test_lenient_po_skips_only_broken_messages(tmp_path: Path) -> None:
    path = tmp_path / "x.po"
    path.write_bytes('msgid ""\nmsgstr "Language: de\\n"\n\nmsgid "a"\nmsgstr "\xd7"\n\nmsgid "b"\nmsgstr "c"\n'.encode("latin-1"))
    result = read_po(path, strict=False)
    assert [e.terms[0].text for e in result.entries] == ["b"]
    assert [p.line for p in result.problems] == [5]


def test_fuzzy_and_plural_messages_are_reported_not_imported(tmp_path: Path) -> None:
    path = tmp_path / "x.po"
    path.write_text('msgid ""\nmsgstr "Language: de\\n"\n\n#, fuzzy\nmsgid "a"\nmsgstr "b"\n\n'
                    'msgid "day"\nmsgid_plural "days"\nmsgstr[0] "Tag"\nmsgstr[1] "Tage"\n', encoding="utf-8")
    result = read_po(path)
    assert [[t.text for t in e.terms] for e in result.entries] == [["a"]]
    assert [p.line for p in result.problems] == [4, 8]


def test_gnome_glossary_sample(samples: Path) -> None:
    path = samples / "gnome-glossary.de.po"
    with pytest.raises(ImportFormatError) as info:
        read_po(path)
    assert [p.line for p in info.value.problems] == [229]
    result = read_po(path, strict=False)
    assert len(result.entries) == 889
    assert result.languages == ("de", "en")
    first = result.entries[0]
    assert [t.text for t in first.terms] == ["Term", "Begriff"] and first.note == '"English Definition"'


def test_a_template_s_placeholder_charset_reads_as_utf8(tmp_path: Path) -> None:
    """xgettext writes 'charset=CHARSET' into a fresh template; GNU tools read it as UTF-8."""
    path = tmp_path / "hello.pot"
    path.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=CHARSET\\n"\n\n'
                    'msgid "Café"\nmsgstr "Café"\n', encoding="utf-8")
    result = read_po(path, target_lang="de")
    assert [t.text for e in result.entries for t in e.terms] == ["Café", "Café"]
