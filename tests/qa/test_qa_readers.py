"""Reading XLIFF 1.2 and 2.0, TMX, PO and pairs of texts into units (aligner.qa readers)."""

from __future__ import annotations

from pathlib import Path

import pytest

from aligner.errors import InputError, LanguageError
from aligner.qa import (
    Code,
    InputFormat,
    QAFormatError,
    UnsafeInputError,
    read_document,
    read_pair,
    sniff_format,
)
from aligner.qa.pair import parse_pair
from aligner.qa.po import parse_po
from aligner.qa.tmx import parse_tmx
from aligner.qa.xliff import parse_xliff

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "qa"


def _units(doc):  # type: ignore[no-untyped-def]
    return {u.id: u for u in doc.units}


def test_xliff12_units_languages_and_skips() -> None:
    doc = read_document(FIX / "job.en-de.xlf")
    assert (doc.format, doc.version, doc.source_lang, doc.target_lang) == (
        InputFormat.XLIFF, "1.2", "en-GB", "de-DE")
    assert (doc.source_base, doc.target_base) == ("en", "de")
    assert [u.id for u in doc.units] == ["1", "2", "4/a", "4/b", "5", "6"]
    assert doc.skipped == 1  # translate="no"
    units = _units(doc)
    assert units["5"].target is None
    assert units["4/b"].target is not None and units["4/b"].target.text == "Der Kreml bestätigte es."


def test_xliff12_inline_codes_are_skipped_but_placed() -> None:
    units = _units(read_document(FIX / "job.en-de.xlf"))
    one = units["1"].source
    assert one.text == "Lavrov meets Araghchi in Moscow"
    assert one.codes == (Code(13, '<g id="b1">'), Code(21, "</g>"))
    assert one.text[13:21] == "Araghchi"
    two = units["2"]
    # the native code inside <bpt>/<ept> is not text; the alt-trans is not read
    assert two.source.text == "The talks covered the Caspian Sea and payments with Mir cards."
    assert two.target is not None and "Tehran" not in two.target.text
    assert [c.label for c in two.source.codes] == ['<bpt id="1"/>', '<ept id="1"/>']
    assert units["6"].source.text == "Western sanctions hit the Iranian rial."


def test_xliff20_segments_codes_and_code_points() -> None:
    doc = read_document(FIX / "newsletter.en-de.xlf")
    assert (doc.version, doc.source_lang, doc.target_lang, doc.skipped) == ("2.0", "en", "de", 1)
    assert [u.id for u in doc.units] == ["u1/s1", "u1/s2", "u2", "u4", "u5", "u6"]
    units = _units(doc)
    s1 = units["u1/s1"].source
    assert s1.text == "Peskov said that Lavrov will fly to Tehran."
    assert s1.codes[0] == Code(17, '<pc id="1">') and s1.text[17:23] == "Lavrov"
    assert units["u4"].source.text == "Iran joined the SCO\u00a0in 2023."
    assert units["u2"].source.text == "The Islamic Revolutionary Guard Corps (IRGC) sent drones."


def test_xliff_flags_override_the_file() -> None:
    doc = read_document(FIX / "job.en-de.xlf", source_lang="en", target_lang="de-AT")
    assert (doc.source_lang, doc.target_lang) == ("en", "de-AT")


def test_tmx_directions_and_units() -> None:
    doc = read_document(FIX / "memory.en-de.tmx")
    assert (doc.format, doc.version, doc.source_lang, doc.target_lang) == (
        InputFormat.TMX, "1.4", "en-US", "de-DE")
    assert [u.id for u in doc.units] == ["tu-1", "tu-2", "3", "tu-5"]
    assert doc.skipped == 1  # tu-4 has no English
    units = _units(doc)
    assert units["tu-5"].target is None
    assert units["tu-1"].source.text == "Pezeshkian thanked Putin for the strategic partnership."
    assert units["tu-2"].target is not None
    assert units["tu-2"].target.text == "Die Hezbollah und die Huthi begrüßten den Vertrag."


def test_tmx_other_direction_by_flag() -> None:
    doc = read_document(FIX / "memory.en-de.tmx", source_lang="de", target_lang="en")
    assert [u.id for u in doc.units] == ["tu-1", "tu-2", "3", "tu-4"]
    assert _units(doc)["tu-4"].target is None


def test_tmx_without_header_and_with_three_languages() -> None:
    path = FIX / "export.multi.tmx"
    with pytest.raises(QAFormatError, match="the header names no source language"):
        read_document(path)
    with pytest.raises(QAFormatError, match=r"several target languages \(de, fr\)"):
        read_document(path, source_lang="en")
    doc = read_document(path, source_lang="en", target_lang="de")
    assert [(u.id, u.target.text if u.target else None) for u in doc.units] == [
        ("lead@1", "Araghchi flog nach Moskau."), ("lead@2", "")]


@pytest.mark.parametrize(("body", "message"), [
    ('<header srclang="*all*"/><body><tu><tuv xml:lang="en"><seg>a</seg></tuv></tu></body>',
     "give it with --source-lang"),
    (('<header srclang="en"/><body><tu><tuv xml:lang="en"><seg>a</seg></tuv>'
      '<tuv xml:lang="de"><seg>b</seg></tuv><tuv xml:lang="fr"><seg>c</seg></tuv></tu></body>'),
     "several target languages (de, fr)"),
    ('<header srclang="en"/><body><tu><tuv><seg>a</seg></tuv></tu></body>', ":1: <tuv> without xml:lang"),
], ids=["srclang-all", "several-targets", "tuv-without-lang"])
def test_tmx_problems(body: str, message: str) -> None:
    with pytest.raises(QAFormatError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_tmx(f'<tmx version="1.4">{body}</tmx>'.encode(), name="m.tmx")


def test_po_contexts_plurals_fuzzy_and_obsolete() -> None:
    doc = read_document(FIX / "messages.de.po")
    assert (doc.format, doc.source_lang, doc.target_lang) == (InputFormat.PO, "en", "de")
    assert [(u.id, u.line) for u in doc.units] == [
        ("headline|Lavrov in Tehran", 13),
        ("teaser|Lavrov in Tehran", 18),
        ("Iran delivered one combat drone[0]", 24),
        ("Iran delivered one combat drone[1]", 24),
        ("The Caspian Sea links Russia and Iran.", 30),
        ("Mir payment system", 37),
    ]
    units = _units(doc)
    plural = units["Iran delivered one combat drone[1]"]
    assert (plural.source.text, plural.target.text if plural.target else None) == (
        "Iran delivered %d combat drones", "Iran lieferte %d Drohnen")
    assert units["Mir payment system"].target is not None
    assert units["Mir payment system"].target.text == ""


@pytest.mark.parametrize(("text", "message"), [
    ('msgid "a"\nmsgstr "b\n', 'x.po:2: expected one quoted string'),
    ('msgid "a"\nmsgstr "b"\nmsgstr "c"\n', "x.po:3: a second msgstr in one message"),
    ('msgid "a"\nnonsense\nmsgstr "b"\n', "x.po:2: unexpected text 'nonsense'"),
    ('msgid "a"\n', "x.po:1: msgid 'a' without msgstr"),
    ('msgid "a"\nmsgid_plural "as"\nmsgstr "b"\n', "x.po:1: msgid 'a': msgid_plural goes with"),
    ('msgid "a\\q"\nmsgstr "b"\n', r"x.po:1: unknown escape \\q"),
], ids=["unterminated", "second-msgstr", "junk", "no-msgstr", "plural-mismatch", "bad-escape"])
def test_po_problems_name_the_line(text: str, message: str) -> None:
    with pytest.raises(QAFormatError, match=message):
        parse_po(text.encode(), name="x.po")


def test_po_charset_and_bad_bytes() -> None:
    latin1 = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=ISO-8859-1\\n"\n\nmsgid "a"\nmsgstr "Öl"\n'
    doc = parse_po(latin1.encode("latin-1"), name="l.po", source_lang="en", target_lang="de")
    assert doc.units[0].target is not None and doc.units[0].target.text == "Öl"
    with pytest.raises(QAFormatError, match=r"u\.po:2: not utf-8 text"):
        parse_po(b'msgid "a"\nmsgstr "\xd6l"\n', name="u.po")


def test_pair_paragraphs_and_lines() -> None:
    doc = read_pair(FIX / "report.en.txt", FIX / "bericht.de.txt")
    assert (doc.source_lang, doc.target_lang, doc.target_path) == ("en", "de", str(FIX / "bericht.de.txt"))
    assert [(u.id, u.line) for u in doc.units] == [("p1", 1), ("p2", 3), ("p3", 6)]
    two = doc.units[1]
    assert two.source.text == ("The two ministers discussed the North–South Transport Corridor.\r\n"
                               "They also spoke about Mir cards.")


def test_pair_paragraph_counts_must_agree() -> None:
    with pytest.raises(QAFormatError) as info:
        parse_pair("One.\n\nTwo.\n\nThree.\n", "Eins.\n\nZwei und drei.\n",
                   source_name="a.en.txt", target_name="b.de.txt")
    message = str(info.value)
    assert "a.en.txt: 3 paragraphs, but b.de.txt has 2" in message
    assert "the last paragraph of b.de.txt starts on line 3" in message


def test_languages_are_detected_where_the_file_says_nothing(tmp_path: Path) -> None:
    src, tgt = tmp_path / "a.txt", tmp_path / "b.txt"
    src.write_text("The minister said that the talks with Iran were useful.\n", encoding="utf-8")
    tgt.write_text("Der Minister sagte, dass die Gespräche mit Iran nützlich waren.\n", encoding="utf-8")
    doc = read_pair(src, tgt)
    assert (doc.source_lang, doc.target_lang) == ("en", "de")


def test_languages_the_check_cannot_read_are_refused() -> None:
    data = (FIX / "job.en-de.xlf").read_bytes().replace(b'target-language="de-DE"', b'target-language="fr"')
    doc = parse_xliff(data, name="fr.xlf")
    from aligner.qa import resolve_languages

    with pytest.raises(LanguageError, match="the target language is 'fr'; termaid qa reads en and de"):
        resolve_languages(doc)


def test_unsafe_xml_is_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xlf"
    bomb.write_text('<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY a "aaaaaaaa">'
                    '<!ENTITY b "&a;&a;&a;&a;">]>\n<xliff version="1.2"><file source-language="en" '
                    'target-language="de"><body><trans-unit id="1"><source>&b;</source>'
                    "</trans-unit></body></file></xliff>\n", encoding="utf-8")
    with pytest.raises(UnsafeInputError, match="bomb.xlf:2: refused entity declaration"):
        read_document(bomb)
    external = tmp_path / "ext.tmx"
    external.write_text('<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
                        '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en">'
                        "<seg>&x;</seg></tuv></tu></body></tmx>\n", encoding="utf-8")
    with pytest.raises(UnsafeInputError, match="ext.tmx:2: refused"):
        read_document(external)


def test_a_document_type_is_never_loaded(tmp_path: Path) -> None:
    """A DOCTYPE naming a DTD (as TMX 1.4 files often do) is not read: a local one is
    ignored; one on the web is never fetched (pytest-socket would fail the test)."""
    body = ('<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Iran</seg>'
            '</tuv><tuv xml:lang="de"><seg>Iran</seg></tuv></tu></body></tmx>\n')
    local = tmp_path / "local.tmx"
    local.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n{body}', encoding="utf-8")
    assert [u.id for u in read_document(local).units] == ["1"]
    web = tmp_path / "web.tmx"
    web.write_text('<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "http://example.org/tmx14.dtd">\n'
                   + body, encoding="utf-8")
    try:
        assert [u.id for u in read_document(web).units] == ["1"]
    except QAFormatError as exc:
        assert "web.tmx:2:" in str(exc)


def test_malformed_xml_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlf"
    bad.write_text('<xliff version="1.2">\n<file source-language="en" target-language="de"><body>\n'
                   '<trans-unit id="1"><source>Iran</target></trans-unit>\n</body></file></xliff>\n',
                   encoding="utf-8")
    with pytest.raises(QAFormatError, match=r"bad\.xlf:3: not well-formed XML"):
        read_document(bad)


def test_structure_problems(tmp_path: Path) -> None:
    data = (b'<xliff version="1.2"><file source-language="en" target-language="de"><body>\n'
            b'<trans-unit><source>Iran</source></trans-unit>\n'
            b'<trans-unit id="2"><target>Iran</target></trans-unit>\n'
            b'<trans-unit id="3"><source>Iran <b>x</b></source></trans-unit>\n'
            b"</body></file></xliff>")
    with pytest.raises(QAFormatError) as info:
        parse_xliff(data, name="s.xlf")
    assert [str(p) for p in info.value.problems] == [
        "s.xlf:2: <trans-unit> without an id",
        "s.xlf:3: trans-unit '2' has no <source>",
        "s.xlf:4: unexpected element <b> inside a segment",
    ]


@pytest.mark.parametrize(("name", "head", "expected"), [
    ("job.xlf", b"", InputFormat.XLIFF),
    ("job.SDLXLIFF", b"", InputFormat.XLIFF),
    ("export", b'\xef\xbb\xbf<?xml version="1.0"?>\n<xliff version="2.0">', InputFormat.XLIFF),
    ("memory.xml", b"<?xml version='1.0'?><tmx version='1.4'>", InputFormat.TMX),
    ("catalog", b'# comment\nmsgid ""\nmsgstr ""\n', InputFormat.PO),
])
def test_sniff_format(name: str, head: bytes, expected: InputFormat) -> None:
    assert sniff_format(name, head) is expected


def test_unknown_format_and_missing_file(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("Iran\n", encoding="utf-8")
    with pytest.raises(QAFormatError, match="cannot tell the format"):
        read_document(text)
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "missing.xlf")
