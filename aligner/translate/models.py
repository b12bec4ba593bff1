"""The termaid-managed directory of Argos Translate packages: install, list, remove.

An Argos package (``.argosmodel``) is a zip archive holding exactly one top-level
directory with ``metadata.json`` (``from_code``, ``to_code``), ``model/`` (a
CTranslate2 model) and ``sentencepiece.model`` (or ``bpe.model``). Installing unpacks
it into the packages directory, where argostranslate finds it (termaid points
``ARGOS_PACKAGES_DIR`` there). Nothing here downloads anything, and nothing here
imports argostranslate: listing models is as fast as listing a directory.

The directory is, in order: the ``directory`` argument, ``$TERMAID_ARGOS_DIR``, or
``argos-packages`` in termaid's user data directory.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import platformdirs

from aligner.translate.errors import (
    ModelArchiveError,
    ModelExistsError,
    ModelNotInstalledError,
    UnknownModelError,
)

__all__ = [
    "ENV_VAR",
    "InstalledModel",
    "find_model",
    "install_model",
    "list_models",
    "packages_dir",
    "read_archive",
    "remove_model",
]

#: Environment variable naming the packages directory.
ENV_VAR = "TERMAID_ARGOS_DIR"
_TOKENIZERS = ("sentencepiece.model", "bpe.model")


@dataclass(frozen=True, slots=True)
class InstalledModel:
    """One Argos translation package; ``path`` is its directory (or archive, unread)."""

    name: str
    path: Path
    from_code: str
    to_code: str
    from_name: str = ""
    to_name: str = ""
    version: str = ""

    @property
    def pair(self) -> str:
        """The language pair as argospm spells it: ``en_de``."""
        return f"{self.from_code}_{self.to_code}"


def packages_dir(directory: Path | None = None) -> Path:
    """The packages directory in force (not created)."""
    if directory is not None:
        return directory
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return platformdirs.user_data_path("termaid", appauthor=False) / "argos-packages"


def list_models(*, directory: Path | None = None) -> tuple[InstalledModel, ...]:
    """Every installed package, sorted by language pair and name.

    A directory that is not a valid package raises :class:`ModelArchiveError` (it would
    also break argostranslate, which reads every subdirectory).
    """
    root = packages_dir(directory)
    if not root.is_dir():
        return ()
    found = [_read_installed(p) for p in root.iterdir() if p.is_dir()]
    return tuple(sorted(found, key=lambda m: (m.from_code, m.to_code, m.name)))


def find_model(from_code: str, to_code: str, *, directory: Path | None = None) -> InstalledModel:
    """The installed package for *from_code* -> *to_code*, or :class:`ModelNotInstalledError`."""
    for model in list_models(directory=directory):
        if (model.from_code, model.to_code) == (from_code, to_code):
            return model
    raise ModelNotInstalledError(from_code, to_code, packages_dir(directory))


def read_archive(archive: Path) -> InstalledModel:
    """Validate the ``.argosmodel`` file *archive* and return what it holds (not installed).

    Raises :class:`ModelArchiveError` naming the file when it is not a zip, holds
    anything but one top-level directory, has paths leaving that directory, or lacks
    ``metadata.json`` (with ``from_code`` and ``to_code``), ``model/model.bin`` or a
    tokenizer model.
    """
    if not archive.is_file():
        raise ModelArchiveError(archive, "no such file")
    try:
        with zipfile.ZipFile(archive) as zf:
            names = [n for n in zf.namelist() if n.strip("/")]
            top = _single_top_level(archive, names)
            members = {n.rstrip("/") for n in names}
            try:
                raw = zf.read(f"{top}/metadata.json")
            except KeyError:
                raise ModelArchiveError(archive, f"no {top}/metadata.json") from None
            metadata = _parse_metadata(archive, raw, where=f"{top}/metadata.json")
    except zipfile.BadZipFile as exc:
        raise ModelArchiveError(
            archive, f"not an .argosmodel package (a zip archive): {exc}"
        ) from None
    if f"{top}/model/model.bin" not in members:
        raise ModelArchiveError(archive, f"no CTranslate2 model: {top}/model/model.bin is missing")
    if not any(f"{top}/{t}" in members for t in _TOKENIZERS):
        raise ModelArchiveError(archive, f"no tokenizer: {top}/sentencepiece.model is missing")
    return _model(top, archive, metadata)


def install_model(
    archive: Path, *, directory: Path | None = None, replace: bool = False
) -> InstalledModel:
    """Install the ``.argosmodel`` file *archive*; return the installed package.

    An installed package of the same name or language pair is an error
    (:class:`ModelExistsError`) unless *replace* is true, then it is removed. The
    archive is unpacked beside the packages directory and moved into it in one step,
    so a failed install leaves nothing half-written.
    """
    model = read_archive(archive)
    root = packages_dir(directory)
    root.mkdir(parents=True, exist_ok=True)
    clashes = [
        m for m in list_models(directory=root) if m.name == model.name or m.pair == model.pair
    ]
    if clashes and not replace:
        names = ", ".join(m.name for m in clashes)
        raise ModelExistsError(
            f"{archive}: a model for {model.from_code} -> {model.to_code} is already "
            f"installed in {root} ({names}); remove it first or install with --replace"
        )
    stage = Path(tempfile.mkdtemp(prefix=f".{root.name}-install-", dir=root.parent))
    try:
        with zipfile.ZipFile(archive) as zf:
            zf.extractall(stage)
        unpacked = stage / model.name
        _read_installed(unpacked)  # what argostranslate will read must read back
        target = root / model.name
        retired = [(c.path, stage / f"retired-{i}") for i, c in enumerate(clashes)]
        for installed, aside in retired:
            os.replace(installed, aside)
        try:
            os.replace(unpacked, target)
        except OSError:
            for installed, aside in retired:
                os.replace(aside, installed)
            raise
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return _read_installed(target)


def remove_model(name: str, *, directory: Path | None = None) -> InstalledModel:
    """Remove the package called *name* (``translate-en_de``) or for pair *name* (``en_de``)."""
    models = list_models(directory=directory)
    pair = name.replace("-", "_").replace("->", "_")
    chosen = [m for m in models if m.name == name] or [m for m in models if m.pair == pair]
    if not chosen:
        known = ", ".join(f"{m.name} ({m.pair})" for m in models) or "none"
        raise UnknownModelError(
            f"no installed model is called {name!r} or translates {name!r}; installed: {known}"
        )
    if len(chosen) > 1:
        names = ", ".join(m.name for m in chosen)
        raise UnknownModelError(f"{name!r} names several models ({names}); remove one by name")
    shutil.rmtree(chosen[0].path)
    return chosen[0]


def _single_top_level(archive: Path, names: list[str]) -> str:
    tops: set[str] = set()
    for name in names:
        parts = PurePosixPath(name).parts
        if name.startswith("/") or "\\" in name or ".." in parts or ":" in parts[0]:
            raise ModelArchiveError(archive, f"unsafe path in archive: {name!r}")
        if len(parts) == 1 and not name.endswith("/"):
            raise ModelArchiveError(
                archive, f"file {name!r} at the top level; a package holds one directory"
            )
        tops.add(parts[0])
    if len(tops) != 1:
        found = ", ".join(sorted(tops)) or "nothing"
        raise ModelArchiveError(
            archive, f"a package holds exactly one top-level directory, found: {found}"
        )
    top = tops.pop()
    if top.startswith("."):
        raise ModelArchiveError(archive, f"hidden top-level directory {top!r}")
    return top


def _parse_metadata(path: Path | str, raw: bytes, *, where: str) -> dict[str, Any]:
    try:
        metadata = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelArchiveError(path, f"{where} is not valid JSON: {exc}") from None
    if not isinstance(metadata, dict):
        raise ModelArchiveError(path, f"{where} must hold a JSON object")
    for key in ("from_code", "to_code"):
        value = metadata.get(key)
        if not isinstance(value, str) or not value:
            raise ModelArchiveError(path, f"{where} has no {key} (got {value!r})")
    kind = metadata.get("type", "translate")
    if kind != "translate":
        raise ModelArchiveError(path, f"{where}: type is {kind!r}, not 'translate'")
    return metadata


def _read_installed(path: Path) -> InstalledModel:
    meta = path / "metadata.json"
    try:
        raw = meta.read_bytes()
    except FileNotFoundError:
        raise ModelArchiveError(path, "not an Argos package: no metadata.json") from None
    metadata = _parse_metadata(meta, raw, where="metadata.json")
    if not (path / "model" / "model.bin").is_file():
        raise ModelArchiveError(path, "no CTranslate2 model: model/model.bin is missing")
    if not any((path / t).is_file() for t in _TOKENIZERS):
        raise ModelArchiveError(path, "no tokenizer: sentencepiece.model is missing")
    return _model(path.name, path, metadata)


def _model(name: str, path: Path, metadata: dict[str, Any]) -> InstalledModel:
    return InstalledModel(
        name=name,
        path=path,
        from_code=str(metadata["from_code"]),
        to_code=str(metadata["to_code"]),
        from_name=str(metadata.get("from_name", "")),
        to_name=str(metadata.get("to_name", "")),
        version=str(metadata.get("package_version", "")),
    )
