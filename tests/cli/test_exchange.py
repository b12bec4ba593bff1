"""``termaid export`` / ``termaid import`` through click's runner and a real subprocess;
the repository's locales/ must be what the shipped glossary exports today."""

from __future__ import annotations

import filecmp
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from glossary import load_glossary
from termaid.cli import cli

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "exchange" / "glossary.yaml"
CONSTRAINTS = ROOT / "constraints.txt"
SAMPLES = Path(__file__).resolve().parents[2] / ".." / "shared" / "samples"


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "glossary.yaml"
    shutil.copy(FIXTURE, path)
    return path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "termaid", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_locales_are_up_to_date(tmp_path: Path) -> None:
    from termaid.cli.exchange import regenerate_locales

    written = regenerate_locales(list(load_glossary()), tmp_path)
    fresh = sorted(p.relative_to(tmp_path) for p in written)
    committed = sorted(p.relative_to(ROOT / "locales") for p in (ROOT / "locales").rglob("*.[pm]o"))
    assert committed == fresh, "locales/ is out of date: run `termaid export locales`"
    stale = [str(p) for p in fresh if not filecmp.cmp(tmp_path / p, ROOT / "locales" / p, shallow=False)]
    assert not stale, f"locales/ is out of date ({', '.join(stale)}): {_why_stale()}"


def _why_stale() -> str:
    """What to do about stale locales/: a Babel other than the pinned one is the usual cause."""
    import babel

    pinned = next((line.split("==", 1)[1].strip() for line in CONSTRAINTS.read_text().splitlines()
                   if line.casefold().startswith("babel==")), None)
    if pinned is not None and pinned != babel.__version__:
        return (f"Babel {babel.__version__} is installed, but locales/ were generated with Babel "
                f"{pinned}, which constraints.txt pins (Plural-Forms come from Babel's CLDR data): "
                "install with `-c constraints.txt` as the README does, or, to move to the new "
                "Babel, run `bash .ci/lock` and `termaid export locales` and commit both")
    return "run `termaid export locales` and commit locales/"


def test_constraints_pin_babel() -> None:
    """The generated locales/ depend on Babel's CLDR data: its version must be pinned."""
    assert any(line.casefold().startswith("babel==") for line in CONSTRAINTS.read_text().splitlines())


def test_export_po_and_mo_into_locales_layout(tmp_path: Path) -> None:
    runner = CliRunner()
    for kind in ("po", "mo"):
        result = runner.invoke(cli, ["export", kind, "--lang", "de", "--glossary", str(FIXTURE), "--out", str(tmp_path)])
        assert result.exit_code == 0, result.output
    assert (tmp_path / "de" / "LC_MESSAGES" / "glossary.po").read_text(encoding="utf-8").count("msgctxt") == 7
    assert (tmp_path / "de" / "LC_MESSAGES" / "glossary.mo").read_bytes()[:4] == b"\xde\x12\x04\x95"


def test_export_tables_to_stdout() -> None:
    runner = CliRunner()
    csv = runner.invoke(cli, ["export", "csv", "--source", "en", "--target", "de", "--flavor", "amazon",
                              "--glossary", str(FIXTURE)])
    assert csv.exit_code == 0 and csv.output.splitlines()[:2] == ["en,de", "Abbas Araghchi,Abbas Araghtschi"]
    tsv = runner.invoke(cli, ["export", "tsv", "--source", "en", "--target", "de", "--flavor", "omegat",
                              "--glossary", str(FIXTURE)])
    assert tsv.exit_code == 0 and tsv.output.splitlines()[0].count("\t") == 2


def test_import_po_edit_with_conflict_exit_codes(target: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    po = tmp_path / "de.po"
    assert runner.invoke(cli, ["export", "po", "--lang", "de", "--glossary", str(target), "--out", str(po)]).exit_code == 0
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Teheran"', 'msgstr "Teheran-Stadt"'), encoding="utf-8")
    before = target.read_bytes()
    dry = runner.invoke(cli, ["import", str(po), "--glossary", str(target), "--dry-run", "--prefer", "incoming"])
    assert dry.exit_code == 0 and "+      de: [Teheran-Stadt, Teheran]" in dry.output and target.read_bytes() == before
    left = runner.invoke(cli, ["import", str(po), "--glossary", str(target), "--json"])
    assert left.exit_code == 1
    report = json.loads(left.stdout)
    assert report["conflicts"][0]["id"] == "tehran"
    # the glossary keeps its preferred term; the translator's term is not lost: a variant
    assert report["written"] is True and report["changed"] == [{"id": "tehran", "what": ["term 'Teheran-Stadt' (de)"]}]
    assert [t.text for t in load_glossary(target)["tehran"].terms_in("de")] == ["Teheran", "Teheran-Stadt"]
    taken = runner.invoke(cli, ["import", str(po), "--glossary", str(target), "--prefer", "incoming"])
    assert taken.exit_code == 0
    assert load_glossary(target)["tehran"].preferred("de").text == "Teheran-Stadt"  # type: ignore[union-attr]


def test_import_needs_a_target(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["import", str(FIXTURE.with_suffix(".tbx"))])
    assert result.exit_code == 2 and "termaid: error: name the glossary to import into" in result.stderr


def test_subprocess_round_trip_through_tbx(tmp_path: Path) -> None:
    tbx = tmp_path / "g.tbx"
    export = _run("export", "tbx", "--glossary", str(FIXTURE), "--out", str(tbx))
    assert export.returncode == 0, export.stderr
    new = tmp_path / "new.yaml"
    imported = _run("import", str(tbx), "--glossary", str(new))
    assert imported.returncode == 0, imported.stderr
    assert "7 entries, 25 terms (de, de-AT, en, fa, ru)" in imported.stderr and "7 added" in imported.stderr
    assert [e.id for e in load_glossary(new)] == [e.id for e in load_glossary(FIXTURE)]


@pytest.mark.parametrize(("name", "data", "message"), [
    ("bad.tbx", b"<tbx>\n<text></tbx>", "bad.tbx:2: not well-formed XML: mismatched tag"),
    ("bad.po", b'msgid ""\nmsgstr "Language: de\\n"\n\nmsgid "a"\nmsgstr "\xd7"\n', "bad.po:5: byte 0xd7"),
    ("bad.csv", b"en,de\nTehran,Teheran\nIran\n", "bad.csv:3: row has 1 cells"),
    ("empty.tbx", b"", "empty.tbx:1: empty file"),
], ids=["tbx", "po", "csv", "empty"])
def test_subprocess_bad_input_leaves_the_glossary_untouched(target: Path, tmp_path: Path, name: str, data: bytes,
                                                             message: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    before = target.read_bytes()
    run = _run("import", str(bad), "--glossary", str(target))
    assert run.returncode == 2
    assert run.stderr.startswith("termaid: error: ") and message in run.stderr
    assert target.read_bytes() == before


def test_samples_import_from_the_command_line(tmp_path: Path) -> None:
    if not SAMPLES.is_dir():
        pytest.skip("../shared/samples is not beside this clone")
    target = tmp_path / "g.yaml"
    run = _run("import", str(SAMPLES / "tbx-basic-astronomy.dct.tbx"), "--glossary", str(target), "--json")
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert (report["entries"], report["terms"], report["languages"]) == (45, 113, ["en", "es", "zu"])
    csv = _run("import", str(SAMPLES / "aws-translate-custom_terminology.csv"), "--glossary", str(target))
    assert csv.returncode == 0 and "5 added" in csv.stderr


def test_xlsx_export_and_import_through_the_cli_match_csv(tmp_path: Path) -> None:
    """An XLSX export imports into the same glossary as the CSV export of the same rows."""
    import subprocess
    import sys

    def termaid(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "termaid", *args], capture_output=True, text=True,
                              check=False)

    fixture = str(Path(__file__).resolve().parents[1] / "fixtures" / "exchange" / "glossary.yaml")
    book, table = tmp_path / "g.xlsx", tmp_path / "g.csv"
    assert termaid("export", "xlsx", "--glossary", fixture, "--source", "en", "--target", "de",
                   "--target", "ru", "--out", str(book)).returncode == 0
    assert termaid("export", "csv", "--glossary", fixture, "--source", "en", "--target", "de",
                   "--target", "ru", "--flavor", "amazon", "--out", str(table)).returncode == 0
    from_book, from_table = tmp_path / "book.yaml", tmp_path / "table.yaml"
    by_book = termaid("import", str(book), "--glossary", str(from_book))
    by_table = termaid("import", str(table), "--glossary", str(from_table))
    assert by_book.returncode == by_table.returncode  # 1: the same conflicts, left alone
    assert by_book.stderr.replace(str(book), "F") == by_table.stderr.replace(str(table), "F")
    assert "10 entries, 22 terms (de, en, ru); 10 added" in by_book.stderr
    assert from_book.read_text(encoding="utf-8").split("\n", 1)[1] == \
        from_table.read_text(encoding="utf-8").split("\n", 1)[1]  # all but the line naming the file
    assert termaid("export", "xlsx", "--source", "en", "--target", "de", "--target", "ru", "--notes",
                   "--out", str(book)).returncode == 2
