"""termaid normalize, check and align through CliRunner and as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from termaid.cli import cli

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "aligner"
GLOSSARY = str(FIX / "glossary.yaml")
DE = "Manche schreiben Araghchi.\r\nPutins Berater trafen Lawrows Sprecherin in Moskau.\n"


def _run(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, [*args, "--glossary", GLOSSARY], input=input)


def test_normalize_prints_text_keeping_crlf(tmp_path: Path) -> None:
    src = tmp_path / "de.txt"
    src.write_bytes(DE.encode())
    result = _run("normalize", str(src), "--lang", "de")
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes.decode() == DE.replace("Araghchi", "Araghtschi")


def test_normalize_json_offsets_point_into_the_input() -> None:
    result = _run("normalize", "-", "--lang", "de", "--to", "en", "--json", input=DE)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["text"].startswith("Manche schreiben Araghchi.\r\nPutin's Berater")
    for m in data["mentions"]:
        assert DE[m["start"] : m["end"]] == m["surface"]
        assert {"id", "start", "end", "surface", "replacement", "match", "score"} <= set(m)
    assert {m["match"] for m in data["mentions"]} >= {"exact", "inflected", "fuzzy"}


def test_no_fuzzy_turns_fuzzy_off() -> None:
    result = _run("normalize", "-", "--lang", "de", "--json", "--no-fuzzy", input=DE)
    assert all(m["match"] != "fuzzy" for m in json.loads(result.output)["mentions"])


@pytest.mark.parametrize("chunk", ["7", "64"])
def test_streaming_gives_the_one_piece_result(chunk: str) -> None:
    text = (FIX / "sample.de.txt").read_text(encoding="utf-8").replace("[[", "").replace("]]", "")
    whole = _run("normalize", "-", "--lang", "de", "--json", input=text)
    pieces = _run("normalize", "-", "--lang", "de", "--json", "--chunk-size", chunk, input=text)
    assert json.loads(whole.output) == json.loads(pieces.output)


def test_missing_file_is_an_error() -> None:
    result = _run("normalize", "/nonexistent/x.txt", "--lang", "de")
    assert result.exit_code == 2
    assert "no such file" in result.output


def test_check_reports_and_exits_1(tmp_path: Path) -> None:
    src = tmp_path / "de.txt"
    src.write_text("Araghchi kam. Später sprach Araghtschi mit Wladimir Putin.\n", encoding="utf-8")
    result = _run("check", str(src), "--lang", "de")
    assert result.exit_code == 1
    assert f"{src}:1:1: deprecated:" in result.output
    assert "inconsistent" not in result.output  # the deprecated form is reported once
    clean = tmp_path / "ok.txt"
    clean.write_text("Araghtschi kam nach Moskau.\n", encoding="utf-8")
    assert _run("check", str(clean), "--lang", "de").exit_code == 0


def test_check_json_and_wrong_language(tmp_path: Path) -> None:
    src = tmp_path / "en.txt"
    src.write_text("The report was datelined Moskau and it is about the talks.\n", encoding="utf-8")
    result = _run("check", str(src), "--json")
    data = json.loads(result.output)
    assert data["lang"] == "en"
    assert [f["kind"] for f in data["findings"]] == ["wrong-language"]


def test_check_several_files_each_in_its_own_language(tmp_path: Path) -> None:
    de = tmp_path / "de.txt"
    de.write_text("Später sprach Araghchi mit Wladimir Putin in Moskau.\n", encoding="utf-8")
    en = tmp_path / "en.txt"
    en.write_text("The report was datelined Moskau and it is about the talks.\n", encoding="utf-8")
    clean = tmp_path / "clean.txt"
    clean.write_text("Araghtschi kam nach Moskau.\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "termaid", "check", str(de), str(clean), str(en), "--json",
         "--glossary", GLOSSARY],
        capture_output=True, check=False, text=True,
    )
    assert proc.returncode == 1, proc.stderr
    reports = json.loads(proc.stdout)
    assert [(r["file"], r["lang"]) for r in reports] == [(str(de), "de"), (str(clean), "de"),
                                                         (str(en), "en")]
    assert [[f["kind"] for f in r["findings"]] for r in reports] == [
        ["deprecated"], [], ["wrong-language"]]
    lines = _run("check", str(de), str(en)).output.splitlines()
    assert [line.split(":")[0] for line in lines] == [str(de), str(en)]
    assert _run("check", str(clean), str(clean)).exit_code == 0


def test_align_reports_and_suggests(tmp_path: Path) -> None:
    de = tmp_path / "b.de.txt"
    en = tmp_path / "a.en.txt"
    de.write_text("Sergej Lawrow traf Araghtschi in Moskau. Lawrow sprach lange.\n", encoding="utf-8")
    en.write_text("Lavrov met Araghchi in Moscow, and the talks went on.\n", encoding="utf-8")
    result = _run("align", str(en), str(de), "--lang", "en", "--lang", "de")
    assert result.exit_code == 0, result.output
    assert "sergei-lavrov" in result.output and "Sergej Lawrow ×1" in result.output
    out = tmp_path / "new.yaml"
    result = _run("align", str(en), str(de), "--lang", "en", "--lang", "de", "--suggest", str(out))
    from glossary.loader import read_entries

    entries, problems = read_entries(out.read_text(encoding="utf-8"), name=str(out))
    assert problems == []
    assert {t.text for e in entries for t in e.terms} >= {"Sergej Lawrow", "Lawrow"}


def test_normalize_as_a_real_process(tmp_path: Path) -> None:
    src = tmp_path / "de.txt"
    src.write_bytes(DE.encode())
    proc = subprocess.run(
        [sys.executable, "-m", "termaid", "normalize", str(src), "--lang", "de", "--to", "en",
         "--glossary", GLOSSARY],
        capture_output=True, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == "Manche schreiben Araghchi.\r\nPutin's Berater trafen Lavrov's Sprecherin in Moscow.\n"


def test_normalize_imports_no_translation_stack() -> None:
    code = ("import sys; from termaid.cli import normalize; "
            "print(sorted(m for m in ('argostranslate', 'torch', 'ctranslate2', 'rich') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "[]"


SHIPPED_DE = (
    "Die Huthis griffen an. Sergej Lawrow sprach in Moskau.\n"
    "Iran\n"
    "Der Stellvertreter des Ministers schwieg.\n"
)


@pytest.mark.parametrize(
    ("to", "expected"),
    [
        (["--to", "en"], ("Die Houthis griffen an. Sergey Lavrov sprach in Moscow.\n"
                          "Iran\nDer Stellvertreter des Ministers schwieg.\n")),
        ([], ("Die Huthis griffen an. Sergei Lawrow sprach in Moskau.\n"
              "Iran\nDer Stellvertreter des Ministers schwieg.\n")),
    ],
    ids=["to-en", "de"],
)
def test_normalize_stdin_with_the_shipped_glossary(to: list[str], expected: str) -> None:
    # plural after "die", a name's spelling variant, no cue across a heading's line break
    proc = subprocess.run(
        [sys.executable, "-m", "termaid", "normalize", "-", "--lang", "de", *to],
        input=SHIPPED_DE.encode(), capture_output=True, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode() == expected


def test_normalize_a_file_declined_phrases_and_acronyms(tmp_path: Path) -> None:
    # a real process on a real file: a declined noun phrase stays declined in German and
    # becomes the English form; an acronym matches only in capitals ("der", not DER)
    source = tmp_path / "bericht.txt"
    source.write_text("Häfen am Kaspischen Meer und des Kaspischen Meeres; "
                      "die SPFS-Kanäle, spfs nicht.\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "termaid", "normalize", str(source), "--lang", "de", "--json"],
        capture_output=True, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    found = [(m["surface"], m["match"]) for m in json.loads(proc.stdout)["mentions"]]
    assert found == [("Kaspischen Meer", "inflected"), ("Kaspischen Meeres", "inflected"),
                     ("SPFS", "exact")]
    assert json.loads(proc.stdout)["text"] == source.read_text(encoding="utf-8")
    english = subprocess.run(
        [sys.executable, "-m", "termaid", "normalize", str(source), "--lang", "de", "--to", "en"],
        capture_output=True, check=True,
    )
    assert english.stdout.decode().startswith("Häfen am Caspian Sea und des Caspian Sea; ")
