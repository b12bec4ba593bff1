"""Tiny Argos models built once per test session, installed into temporary directories.

Every test here runs with sockets blocked (pytest-socket): a download attempt fails.
"""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest
from pytest_socket import SocketBlockedError, disable_socket, enable_socket

# tests/support is not importable as ``tests.support``: argostranslate installs a
# top-level ``tests`` package of its own that shadows this repository's.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "support"))

from argosmodel import PAIRS, ModelFiles, Vocabulary, build_model_files, train_vocabulary

from aligner.translate.backend import Translator, load_translator
from aligner.translate.models import ENV_VAR, install_model


@pytest.fixture(scope="session", autouse=True)
def _no_network() -> Iterator[None]:
    """Block sockets and name lookups from the first of these tests on, model building included.

    pytest-socket blocks creating sockets; a host name is looked up before that, so the
    lookup is blocked too and every download attempt fails with ``SocketBlockedError``.
    """
    disable_socket(allow_unix_socket=False)
    lookup = socket.getaddrinfo

    def blocked_lookup(host: object, *args: object, **kwargs: object) -> NoReturn:
        raise SocketBlockedError()

    socket.getaddrinfo = blocked_lookup
    yield
    socket.getaddrinfo = lookup
    enable_socket()


@pytest.fixture(autouse=True)
def _private_models_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The default packages directory is a fresh temporary one, never the user's."""
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "default-argos-packages"))


@pytest.fixture(scope="session")
def vocabulary(tmp_path_factory: pytest.TempPathFactory) -> Vocabulary:
    return train_vocabulary(tmp_path_factory.mktemp("sentencepiece"))


@pytest.fixture(scope="session")
def model_files(tmp_path_factory: pytest.TempPathFactory, vocabulary: Vocabulary) -> ModelFiles:
    return build_model_files(tmp_path_factory.mktemp("argosmodels"), vocabulary)


def _installed(root: Path, files: dict[tuple[str, str], Path]) -> Path:
    for archive in files.values():
        install_model(archive, directory=root)
    return root


@pytest.fixture(scope="session")
def echo_dir(tmp_path_factory: pytest.TempPathFactory, model_files: ModelFiles) -> Path:
    """A packages directory with the echo models for en->de and de->en (do not modify)."""
    return _installed(tmp_path_factory.mktemp("echo-packages"), model_files.echo)


@pytest.fixture(scope="session")
def random_dir(tmp_path_factory: pytest.TempPathFactory, model_files: ModelFiles) -> Path:
    """A packages directory with the random models for en->de and de->en (do not modify)."""
    return _installed(tmp_path_factory.mktemp("random-packages"), model_files.random)


@pytest.fixture(scope="session")
def echo_translators(echo_dir: Path) -> Iterator[dict[tuple[str, str], Translator]]:
    yield {pair: load_translator(*pair, directory=echo_dir) for pair in PAIRS}


@pytest.fixture(scope="session")
def random_translators(random_dir: Path) -> Iterator[dict[tuple[str, str], Translator]]:
    yield {pair: load_translator(*pair, directory=random_dir) for pair in PAIRS}
