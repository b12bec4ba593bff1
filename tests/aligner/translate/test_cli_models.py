"""``termaid models list/install/remove`` through click's runner."""

from __future__ import annotations

import json
from pathlib import Path

from argosmodel import ModelFiles
from click.testing import CliRunner

from termaid.cli import cli


def test_install_list_remove(tmp_path: Path, model_files: ModelFiles) -> None:
    runner = CliRunner()
    where = ["--models-dir", str(tmp_path / "pk")]
    result = runner.invoke(cli, ["models", "list", *where])
    assert (result.exit_code, result.output) == (0, f"no models installed in {tmp_path / 'pk'}\n")

    for archive in model_files.echo.values():
        result = runner.invoke(cli, ["models", "install", str(archive), *where])
        assert result.exit_code == 0, result.output
    assert "installed translate-de_en-echo (de -> en)" in result.output

    result = runner.invoke(cli, ["models", "list", *where])
    assert (
        result.output
        == "de -> en  translate-de_en-echo 0.0.1\nen -> de  translate-en_de-echo 0.0.1\n"
    )
    listed = json.loads(runner.invoke(cli, ["models", "list", "--json", *where]).output)
    assert [(m["from"], m["to"], m["name"]) for m in listed["models"]] == [
        ("de", "en", "translate-de_en-echo"),
        ("en", "de", "translate-en_de-echo"),
    ]

    result = runner.invoke(cli, ["models", "install", str(model_files.random["en", "de"]), *where])
    assert result.exit_code == 2
    assert "termaid: error:" in result.output
    assert "--replace" in result.output
    result = runner.invoke(
        cli, ["models", "install", "--replace", str(model_files.random["en", "de"]), *where]
    )
    assert result.exit_code == 0, result.output

    result = runner.invoke(cli, ["models", "remove", "en_de", *where])
    assert result.output == "removed translate-en_de-random (en -> de)\n"
    result = runner.invoke(cli, ["models", "remove", "en_de", *where])
    assert result.exit_code == 2
    assert "no installed model is called 'en_de'" in result.output


def test_bad_archive_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "broken.argosmodel"
    bad.write_bytes(b"PK not really")
    result = CliRunner().invoke(
        cli, ["models", "install", str(bad), "--models-dir", str(tmp_path / "pk")]
    )
    assert result.exit_code == 2
    assert result.output.startswith(f"termaid: error: {bad}: not an .argosmodel package")
    assert not (tmp_path / "pk").exists() or not any((tmp_path / "pk").iterdir())


def test_default_directory_from_environment(
    tmp_path: Path, monkeypatch, model_files: ModelFiles
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TERMAID_ARGOS_DIR", str(tmp_path / "env"))
    result = CliRunner().invoke(cli, ["models", "install", str(model_files.echo["en", "de"])])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "env" / "translate-en_de-echo").is_dir()


def test_models_commands_import_no_backend() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from click.testing import CliRunner; from termaid.cli import cli;"
        "r = CliRunner().invoke(cli, ['models', 'list']);"
        "print([m for m in ('argostranslate', 'ctranslate2', 'torch') if m in sys.modules])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().endswith("[]")
