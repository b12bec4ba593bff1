"""The terminal and HTML reports of termaid qa."""

from __future__ import annotations

from pathlib import Path

from lxml import etree, html

from aligner.aligner import Aligner
from aligner.qa import Code, Document, InputFormat, QAResult, Segment, Unit, check_documents
from aligner.qa.html import render_html, write_html
from aligner.qa.terminal import report_lines


def _result(aligner: Aligner) -> QAResult:
    units = (
        Unit("1", Segment("Lavrov met <Araghchi> & co.", (Code(11, "<x id=\"1\"/>"),)),
             Segment("Lawrow traf <Araghchi> & Co.")),
        Unit("2", Segment("Iran and Russia."), Segment("Iran und Russland.")),
        Unit("3<script>", Segment("Talks on\nthe Caspian Sea."), Segment("Gespräche über\r\ndas Meer.")),
    )
    return check_documents([Document("a<b>.xlf", InputFormat.XLIFF, "en", "de", units)],
                           aligner=aligner)


def test_terminal_report_groups_findings_by_unit(shipped_aligner: Aligner) -> None:
    lines = [line.plain for line in report_lines(_result(shipped_aligner))]
    text = "\n".join(lines)
    assert lines[0] == "a<b>.xlf (xliff, en → de): 2 finding(s) in 3 unit(s)"
    assert "unit 2" not in text  # only units with findings
    assert "  en    Lavrov met <Araghchi> & co." in lines
    assert "        deprecated  'Araghchi' is a deprecated de term of 'abbas-araghchi'  → Araghtschi, Abbas Araghtschi" in lines
    # a paragraph's lines are indented alike, CR dropped
    assert "  de    Gespräche über\n        das Meer." in lines
    assert lines[-1].startswith("2 finding(s) (missing-term 1, deprecated 1) in 2 of 3 unit(s)")


def test_terminal_report_styles_terms(shipped_aligner: Aligner) -> None:
    lines = list(report_lines(_result(shipped_aligner)))
    target = next(line for line in lines if line.plain.startswith("  de    Lawrow"))
    styled = {(target.plain[s.start:s.end], str(s.style)) for s in target.spans}
    assert ("Lawrow", "green") in styled and ("Araghchi", "bold red underline") in styled


def test_html_is_self_contained_and_escaped(shipped_aligner: Aligner, tmp_path: Path) -> None:
    page = render_html(_result(shipped_aligner))
    assert "<script" not in page and "&lt;script&gt;" in page
    assert "src=" not in page and "href=" not in page and "@import" not in page
    doc = html.fromstring(page)
    rows = doc.xpath("//tr[@id]")
    assert [r.get("class") for r in rows] == ["bad", "clean", "bad"]
    first = rows[0]
    src, tgt = first.xpath("./td[@class='seg']")
    assert src.text_content() == 'Lavrov met <x id="1"/><Araghchi> & co.'  # the code shown in place
    assert [m.text for m in tgt.xpath(".//mark")] == ["Lawrow", "Araghchi"]
    assert tgt.xpath(".//mark[@class='bad']")[0].get("title") == "deprecated: abbas-araghchi"
    kinds = [k.text for k in doc.xpath("//li/span[@class='kind']")]
    assert kinds == ["deprecated", "missing-term"]
    out = tmp_path / "report.html"
    write_html(_result(shipped_aligner), out)
    assert out.read_bytes().decode("utf-8") == page
    assert not [p for p in tmp_path.iterdir() if p.name != "report.html"]  # no temporary left
    etree.fromstring(page.replace("<!DOCTYPE html>\n", "").encode(), etree.HTMLParser())
