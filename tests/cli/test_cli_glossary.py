"""The glossary commands (lookup, show, list, stats, validate) through CliRunner and a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from termaid.cli import cli


@pytest.fixture
def run(mini_glossary_path: Path):  # type: ignore[no-untyped-def]
    runner = CliRunner()

    def invoke(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(cli, [*args, "--glossary", str(mini_glossary_path)] if args[0] != "validate" else list(args))

    return invoke


def test_lookup_prints_entry_and_exits_0(run) -> None:  # type: ignore[no-untyped-def]
    result = run("lookup", "Araghtschi")
    assert result.exit_code == 0, result.output
    assert "abbas-araghchi (person): exact match on 'Araghtschi' [de]" in result.output
    assert "en: Abbas Araghchi; Araghchi (admitted, surname)" in result.output
    assert "de: Abbas Araghtschi; Araghtschi (admitted, surname); Abbas Araghchi (deprecated)" in result.output


def test_lookup_to_shows_target_form(run) -> None:  # type: ignore[no-untyped-def]
    result = run("lookup", "russland iran bundnis", "--to", "en")
    assert result.exit_code == 0
    assert "-> Russia–Iran alliance" in result.output
    assert "de:" not in result.output


def test_lookup_json_schema(run) -> None:  # type: ignore[no-untyped-def]
    result = run("lookup", "Lawrow", "--json", "--to", "en")
    data = json.loads(result.output)
    assert data["query"] == "Lawrow"
    match = data["matches"][0]
    assert {"id", "type", "score", "match", "terms"} <= set(match)
    assert match["id"] == "sergey-lavrov" and match["match"] == "exact" and match["score"] == 1.0
    assert match["terms"]["en"][0] == {"term": "Sergey Lavrov", "status": "preferred"}
    assert match["target"] == {"term": "Lavrov", "lang": "en"}  # a surname stays a surname
    assert data["suggestions"] == []


def test_lookup_nothing_found_exits_1_with_suggestions(run) -> None:  # type: ignore[no-untyped-def]
    result = run("lookup", "Arakshi")
    assert result.exit_code == 1
    assert "no match for 'Arakshi'" in result.output
    assert "did you mean: Araghtschi (abbas-araghchi)?" in result.output
    data = json.loads(run("lookup", "Arakshi", "--json").output)
    assert data["matches"] == [] and data["suggestions"][0]["id"] == "abbas-araghchi"


def test_lookup_bad_usage_exits_2(run) -> None:  # type: ignore[no-untyped-def]
    assert run("lookup", "x", "--lang", "english").exit_code == 2
    assert run("lookup", "x", "--type", "planet").exit_code == 2


def test_bad_glossary_exits_2_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("entries:\n  - id: a\n    type: person\n    terms: {en: ['']}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["lookup", "x", "--glossary", str(bad)])
    assert result.exit_code == 2
    assert "bad.yaml:4: empty term" in result.output
    assert "Traceback" not in result.output


def test_show_list_stats(run) -> None:  # type: ignore[no-untyped-def]
    shown = run("show", "mir-payment-system")
    assert shown.exit_code == 0 and "case-sensitive; context: card, cards, payment, NSPK" in shown.output
    assert run("show", "mir").exit_code == 1
    assert json.loads(run("show", "russia", "--json").output)["terms"]["de"][0]["term"] == "Russland"
    listed = run("list", "--type", "person", "--lang", "de").output.splitlines()
    assert listed == ["abbas-araghchi\tperson\tde: Abbas Araghtschi", "sergey-lavrov\tperson\tde: Sergei Lawrow"]
    stats = json.loads(run("stats", "--json").output)
    assert stats["entries"] == 7 and stats["types"]["person"] == 2


def test_validate(mini_glossary_path: Path, tmp_path: Path) -> None:
    ok = CliRunner().invoke(cli, ["validate", str(mini_glossary_path)])
    assert ok.exit_code == 0 and "7 entries, no problems" in ok.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("entries:\n  - {id: a, type: person, terms: {xx: [A]}}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(bad)])
    assert result.exit_code == 2
    assert "bad.yaml:2: bad language tag 'xx'" in result.output


def test_help_teaches() -> None:
    result = CliRunner().invoke(cli, ["lookup", "--help"])
    assert "Examples:" in result.output and "Exit status" in result.output


def _termaid(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "termaid", *args], capture_output=True, text=True, env={**os.environ, **(env or {})}
    )


def test_real_process_lookup_and_env_glossary(mini_glossary_path: Path) -> None:
    proc = _termaid("lookup", "Lawrow", env={"TERMAID_GLOSSARY": str(mini_glossary_path)})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("sergey-lavrov (person): exact match on 'Lawrow' [de]")
    missing = _termaid("lookup", "qwertz", env={"TERMAID_GLOSSARY": str(mini_glossary_path)})
    assert missing.returncode == 1 and "no match for 'qwertz'" in missing.stderr


def test_real_process_bad_glossary(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("entries: [\n", encoding="utf-8")
    proc = _termaid("lookup", "x", "--glossary", str(bad))
    assert proc.returncode == 2
    assert "bad.yaml:2: malformed YAML" in proc.stderr and "Traceback" not in proc.stderr
