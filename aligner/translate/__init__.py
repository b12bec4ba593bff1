"""Offline translation with Argos Translate packages, glossary terms protected.

Importing this package loads no translation backend: argostranslate and CTranslate2
are imported by :mod:`aligner.translate.backend` when a model is first loaded.
"""

from __future__ import annotations

from aligner.translate.errors import (
    BackendUnavailableError,
    ModelArchiveError,
    ModelExistsError,
    ModelNotInstalledError,
    TranslateError,
    UnknownModelError,
)
from aligner.translate.models import (
    InstalledModel,
    find_model,
    install_model,
    list_models,
    packages_dir,
    read_archive,
    remove_model,
)

__all__ = [
    "BackendUnavailableError",
    "InstalledModel",
    "ModelArchiveError",
    "ModelExistsError",
    "ModelNotInstalledError",
    "TranslateError",
    "UnknownModelError",
    "find_model",
    "install_model",
    "list_models",
    "packages_dir",
    "read_archive",
    "remove_model",
]
