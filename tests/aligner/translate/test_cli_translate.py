"""``termaid translate`` and ``termaid digest`` through click's runner, tiny models, offline."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from termaid.cli import cli

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "translate"
GLOSSARY = ["--glossary", str(FIXTURES / "glossary.yaml")]
ARTICLES = FIXTURES / "articles"


def test_translate_file(tmp_path: Path, echo_dir: Path) -> None:
    source = tmp_path / "bericht.txt"
    source.write_text(
        "Araghtschi traf Lawrow in Moskau.\n\nLawrows Besuch endete.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(
        cli,
        [
            "translate",
            str(source),
            "--from",
            "de",
            "--to",
            "en",
            "--models-dir",
            str(echo_dir),
            *GLOSSARY,
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == "Araghchi traf Lavrov in Moscow.\n\nLavrov's Besuch endete.\n"


def test_translate_stdin_json_with_detected_language(echo_dir: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["translate", "-", "--to", "de", "--json", "--models-dir", str(echo_dir), *GLOSSARY],
        input="Foreign Minister Araghchi met Lavrov in Moscow and talked about the sanctions.",
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["from"] == "en"
    assert data["translation"].startswith("Foreign Minister Araghtschi met Lawrow in Moskau")
    assert "Sanktionen" in data["translation"]  # the output normalization's work
    assert {m["id"] for m in data["source"]["mentions"]} == {
        "abbas-araghchi",
        "sergei-lavrov",
        "moscow",
        "sanctions",
    }
    assert data["report"]["missing"] == []


def test_translate_summary(echo_dir: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "translate",
            str(ARTICLES / "bericht.de.txt"),
            "--to",
            "en",
            "--summary",
            "1",
            "--json",
            "--models-dir",
            str(echo_dir),
            *GLOSSARY,
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [p["sentence"] for p in data["summary"]] == [1]
    assert data["translation"].startswith(
        "Der iranische Außenminister Abbas Araghchi ist am Dienstag mit Sergei Lavrov"
    )


def test_no_model_exit_2_and_nothing_on_stdout(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["translate", "-", "--from", "en", "--to", "de", "--models-dir", str(tmp_path), *GLOSSARY],
        input="Lavrov came.",
    )
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "termaid: error: no translation model for en -> de" in result.stderr
    assert "argospm install translate-en_de" in result.stderr


def test_same_language_is_a_usage_error(echo_dir: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["translate", "-", "--from", "de", "--to", "de", "--models-dir", str(echo_dir), *GLOSSARY],
        input="Lawrow kam.",
    )
    assert result.exit_code == 2
    assert "already in de" in result.stderr


def _digest(models_dir: Path, *options: str) -> Result:
    """``termaid digest`` of the English report and the German article, into German."""
    files = [str(ARTICLES / "report.en.txt"), str(ARTICLES / "bericht.de.txt")]
    return CliRunner().invoke(
        cli, ["digest", *files, "--to", "de", *options, "--models-dir", str(models_dir), *GLOSSARY]
    )


def test_digest_markdown(echo_dir: Path) -> None:
    result = _digest(echo_dir, "--sentences", "4")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("# Digest\n\n")
    assert (
        "## Sources\n\n1. " in out and "report.en.txt (en)" in out and "bericht.de.txt (de)" in out
    )
    assert "| Sergei Lavrov | " in out
    assert "## Terms" in out
    assert "\x1b[" not in out  # no progress bar when not on a terminal


def test_digest_json_translates_only_foreign_sentences(echo_dir: Path) -> None:
    result = _digest(echo_dir, "--sentences", "5", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [s["lang"] for s in data["sources"]] == ["en", "de"]
    sentences = data["sentences"]
    assert len(sentences) == 5
    for s in sentences:
        if s["lang"] == "en":  # echo model: English words, German names
            assert "Lavrov" not in s["text"] and "Araghchi" not in s["text"]
        else:
            # already German: only a spelling variant of a name becomes the glossary form
            assert s["text"] == s["original"].replace("Sergej Lawrow", "Sergei Lawrow")
    english = [s for s in sentences if s["lang"] == "en"]
    assert english, "the English report contributes"
    assert {e["id"] for e in data["entities"]} >= {
        "abbas-araghchi",
        "sergei-lavrov",
        "mir",
        "shetab",
    }
    assert data["report"]["missing"] == []


def test_digest_without_model_fails_before_output(tmp_path: Path) -> None:
    result = _digest(tmp_path)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "no translation model for en -> de" in result.stderr


def test_translated_terms_take_the_target_language_s_endings(echo_dir: Path) -> None:
    """The echo model leaves English words in the German output; step 4 rewrites them to
    the glossary's German forms with their number, never with an English -s glued on."""
    result = CliRunner().invoke(
        cli,
        ["translate", "-", "--from", "en", "--to", "de", "--models-dir", str(echo_dir)],
        input="Russia bought combat drones and nuclear weapons from the permanent members.\n",
    )
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Kampfdrohnen" in out and "Atomwaffen" in out and "ständige Mitglieder" in out, out
    for glued in ("Kampfdrohnes", "Atomwaffes", "Mitglieds", "Drohnes"):
        assert glued not in out, out


def test_digest_keeps_the_number_of_translated_terms(echo_dir: Path, tmp_path: Path) -> None:
    """The digest's translated sentences go through the same enforcement: an English
    plural left by the model becomes the German plural ('ständige Mitglieder'), never
    'ständiges Mitglieds'."""
    report = tmp_path / "report.en.txt"
    report.write_text(
        "The permanent members met in New York. Russia bought combat drones from Iran.\n"
        "Sergei Lavrov spoke about nuclear weapons.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, [
        "digest", str(report), str(ARTICLES / "bericht.de.txt"), "--to", "de",
        "--sentences", "6", "--models-dir", str(echo_dir)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "ständige Mitglieder" in out and "Kampfdrohnen" in out, out
    for glued in ("Kampfdrohnes", "Atomwaffes", "Mitglieds", "Drohnes"):
        assert glued not in out, out
