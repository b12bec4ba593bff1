"""Installing, listing and removing Argos packages in termaid's packages directory."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from argosmodel import ModelFiles

from aligner.translate.errors import (
    ModelArchiveError,
    ModelExistsError,
    ModelNotInstalledError,
    UnknownModelError,
)
from aligner.translate.models import (
    ENV_VAR,
    find_model,
    install_model,
    list_models,
    packages_dir,
    read_archive,
    remove_model,
)


def test_install_list_find_remove(tmp_path: Path, model_files: ModelFiles) -> None:
    root = tmp_path / "packages"
    installed = install_model(model_files.echo["en", "de"], directory=root)
    assert installed.name == "translate-en_de-echo"
    assert installed.path == root / "translate-en_de-echo"
    assert (installed.from_code, installed.to_code, installed.version) == ("en", "de", "0.0.1")
    install_model(model_files.echo["de", "en"], directory=root)

    assert [m.pair for m in list_models(directory=root)] == ["de_en", "en_de"]
    assert find_model("en", "de", directory=root) == installed
    assert remove_model("en_de", directory=root) == installed
    assert not installed.path.exists()
    assert remove_model("translate-de_en-echo", directory=root).pair == "de_en"
    assert list_models(directory=root) == ()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["packages"]  # no staging left over


def test_directory_from_environment(
    tmp_path: Path, model_files: ModelFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "from-env"))
    assert packages_dir() == tmp_path / "from-env"
    assert packages_dir(tmp_path / "given") == tmp_path / "given"
    install_model(model_files.echo["en", "de"])
    assert (tmp_path / "from-env" / "translate-en_de-echo" / "metadata.json").is_file()


def test_default_directory_is_termaid_user_data(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR)
    assert packages_dir().parts[-2:] == ("termaid", "argos-packages")


def test_missing_directory_lists_nothing(tmp_path: Path) -> None:
    assert list_models(directory=tmp_path / "absent") == ()


def test_no_model_for_pair_says_how_to_get_one(tmp_path: Path) -> None:
    with pytest.raises(ModelNotInstalledError) as caught:
        find_model("en", "de", directory=tmp_path)
    message = str(caught.value)
    assert caught.value.exit_code == 2
    assert "no translation model for en -> de" in message
    assert "argospm install translate-en_de" in message
    assert "termaid models install" in message
    assert ".argosmodel" in message


def test_same_pair_twice_needs_replace(tmp_path: Path, model_files: ModelFiles) -> None:
    install_model(model_files.echo["en", "de"], directory=tmp_path)
    with pytest.raises(ModelExistsError, match="already installed"):
        install_model(model_files.random["en", "de"], directory=tmp_path)
    replaced = install_model(model_files.random["en", "de"], directory=tmp_path, replace=True)
    assert [m.name for m in list_models(directory=tmp_path)] == [replaced.name]
    assert replaced.name == "translate-en_de-random"


def test_remove_unknown(tmp_path: Path, model_files: ModelFiles) -> None:
    install_model(model_files.echo["en", "de"], directory=tmp_path)
    with pytest.raises(UnknownModelError, match=r"'fr_de'.*translate-en_de-echo \(en_de\)"):
        remove_model("fr_de", directory=tmp_path)


def _rezip(source: Path, target: Path, *, rename: dict[str, str | None]) -> Path:
    """Copy archive *source* to *target*, renaming (or, for None, dropping) members."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            name = rename.get(info.filename, info.filename)
            if name is not None:
                dst.writestr(name, src.read(info.filename))
    return target


PKG = "translate-en_de-echo"


@pytest.mark.parametrize(
    ("rename", "message"),
    [
        ({f"{PKG}/metadata.json": None}, f"no {PKG}/metadata.json"),
        ({f"{PKG}/sentencepiece.model": None}, "no tokenizer"),
        ({f"{PKG}/model/model.bin": None}, "no CTranslate2 model"),
        ({f"{PKG}/README.md": "README.md"}, "file 'README.md' at the top level"),
        (
            {f"{PKG}/README.md": "other/README.md"},
            "exactly one top-level directory, found: other, ",
        ),
        ({f"{PKG}/README.md": f"{PKG}/../../evil"}, "unsafe path"),
        ({f"{PKG}/README.md": "/etc/evil"}, "unsafe path"),
    ],
    ids=["no-metadata", "no-tokenizer", "no-model", "root-file", "two-dirs", "dotdot", "absolute"],
)
def test_invalid_archives_are_refused(
    tmp_path: Path, model_files: ModelFiles, rename: dict[str, str | None], message: str
) -> None:
    bad = _rezip(model_files.echo["en", "de"], tmp_path / "bad.argosmodel", rename=rename)
    with pytest.raises(ModelArchiveError, match=message) as caught:
        install_model(bad, directory=tmp_path / "packages")
    assert str(caught.value).startswith(f"{bad}: ")
    assert list_models(directory=tmp_path / "packages") == ()


@pytest.mark.parametrize(
    ("metadata", "message"),
    [
        (b"{not json", "is not valid JSON"),
        (b"[]", "must hold a JSON object"),
        (json.dumps({"to_code": "de"}).encode(), "has no from_code"),
        (json.dumps({"from_code": "en", "to_code": ""}).encode(), "has no to_code"),
        (json.dumps({"from_code": "en", "to_code": "de", "type": "sbd"}).encode(), "type is 'sbd'"),
    ],
    ids=["not-json", "not-object", "no-from", "empty-to", "not-translate"],
)
def test_invalid_metadata(
    tmp_path: Path, model_files: ModelFiles, metadata: bytes, message: str
) -> None:
    source = model_files.echo["en", "de"]
    bad = tmp_path / "bad.argosmodel"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = metadata if info.filename.endswith("metadata.json") else src.read(info.filename)
            dst.writestr(info.filename, data)
    with pytest.raises(ModelArchiveError, match=message):
        read_archive(bad)


def test_not_a_zip(tmp_path: Path) -> None:
    bad = tmp_path / "model.argosmodel"
    bad.write_text("hello")
    with pytest.raises(ModelArchiveError, match=r"model\.argosmodel: not an \.argosmodel package"):
        install_model(bad, directory=tmp_path / "packages")
    with pytest.raises(ModelArchiveError, match="no such file"):
        read_archive(tmp_path / "absent.argosmodel")


def test_broken_installed_directory_is_named(tmp_path: Path) -> None:
    (tmp_path / "leftover").mkdir()
    with pytest.raises(
        ModelArchiveError, match=r"leftover: not an Argos package: no metadata\.json"
    ):
        list_models(directory=tmp_path)
