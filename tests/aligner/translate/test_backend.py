"""The real argostranslate -> SentencePiece -> CTranslate2 path, on tiny models, offline."""

from __future__ import annotations

import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pytest_socket import SocketBlockedError

from aligner.translate.backend import (
    TermaidSentencizer,
    Translator,
    load_translator,
    translate_with_argos,
)
from aligner.translate.errors import ModelNotInstalledError

Translators = dict[tuple[str, str], Translator]


@contextmanager
def _blocked() -> Iterator[None]:
    """Expect the network access inside to be refused by pytest-socket (which also warns)."""
    with pytest.warns(UserWarning, match="socket"), pytest.raises(SocketBlockedError):
        yield


NAMES = [
    "Abbas Araghtschi traf Sergej Lawrow in Moskau.",
    "Größe, Straße, Jürgen Özdemir und Schäuble.",
    "Abbas Araghchi met Sergei Lavrov in Moscow.",
    "Лавров и عراقچی.",
]


@pytest.mark.parametrize("pair", [("en", "de"), ("de", "en")], ids=["en-de", "de-en"])
def test_echo_model_copies_names(echo_translators: Translators, pair: tuple[str, str]) -> None:
    assert echo_translators[pair].translate_sentences(NAMES) == tuple(NAMES)


def test_batch_keeps_order_and_empty_sentences(echo_translators: Translators) -> None:
    sentences = ["Zwei.", "", "Eins ist kürzer als dieser Satz hier.", "  ", "Drei."]
    assert echo_translators["de", "en"].translate_sentences(sentences) == (
        "Zwei.",
        "",
        "Eins ist kürzer als dieser Satz hier.",
        "",
        "Drei.",
    )


def test_nothing_to_translate(echo_translators: Translators) -> None:
    assert echo_translators["de", "en"].translate_sentences([]) == ()
    assert echo_translators["de", "en"].translate_sentences(["", " \n"]) == ("", "")
    assert echo_translators["de", "en"].translate_text(" \n\n ") == " \n\n "


def test_line_breaks_inside_a_sentence_become_spaces(echo_translators: Translators) -> None:
    assert echo_translators["en", "de"].translate_sentences(["Mir\nis a\tcard."]) == (
        "Mir is a card.",
    )


def test_translate_text_keeps_layout(echo_translators: Translators) -> None:
    text = "Dr. Müller kam am 3. März.  Er blieb.\n\nLawrow sprach.\r\n"
    assert echo_translators["de", "en"].translate_text(text) == text


def test_random_model_rewrites_everything(random_translators: Translators) -> None:
    out = random_translators["en", "de"].translate_sentences(NAMES[2:3] * 2)
    assert out[0] == out[1]  # deterministic
    assert "Lavrov" not in out[0]


def test_no_model_installed(tmp_path: Path) -> None:
    with pytest.raises(ModelNotInstalledError, match="argospm install translate-de_en"):
        load_translator("de", "en", directory=tmp_path)
    with pytest.raises(ModelNotInstalledError):
        translate_with_argos("Hallo.", from_code="de", to_code="en", directory=tmp_path)


def test_public_argostranslate_path_uses_termaid_splitter(echo_dir: Path) -> None:
    text = "Dr. Müller traf W. Putin am 3. März. Er blieb.\nAraghtschi kam."
    assert translate_with_argos(text, from_code="de", to_code="en", directory=echo_dir) == text
    import argostranslate.translate

    translation = argostranslate.translate.get_translation_from_codes("de", "en")
    assert isinstance(translation.underlying.sentencizer, TermaidSentencizer)
    # the throw-away home got no MiniSBD model, and none was written under the packages
    import argostranslate.settings

    assert not list(Path(argostranslate.settings.data_dir).rglob("*.onnx"))
    assert not list(echo_dir.rglob("*.onnx"))


def test_public_path_follows_the_packages_directory(echo_dir: Path, random_dir: Path) -> None:
    sentence = "Araghtschi kam."
    echo = translate_with_argos(sentence, from_code="de", to_code="en", directory=echo_dir)
    noise = translate_with_argos(sentence, from_code="de", to_code="en", directory=random_dir)
    assert echo == sentence
    assert noise != sentence


@pytest.fixture
def argos_loaded(echo_dir: Path) -> None:
    """argostranslate fully imported the termaid way (its settings point away from home)."""
    translate_with_argos("Ja.", from_code="de", to_code="en", directory=echo_dir)


@pytest.mark.usefixtures("argos_loaded")
def test_a_download_attempt_fails_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests really run offline: what argostranslate would fetch cannot be fetched."""
    from minisbd import models as minisbd_models

    monkeypatch.setattr(minisbd_models, "cache_dir", str(tmp_path))

    for url in ("https://example.org/", "http://127.0.0.1:9/"):
        with _blocked():
            urllib.request.urlopen(url, timeout=1)
    with _blocked():
        minisbd_models.get_model_file("en")


@pytest.mark.usefixtures("argos_loaded")
def test_stock_argostranslate_splitter_would_download(echo_dir: Path) -> None:
    """Without termaid's splitter, argostranslate's first translation fetches MiniSBD."""
    from argostranslate.package import Package
    from argostranslate.sbd import MiniSBDSentencizer

    stock = MiniSBDSentencizer(Package(echo_dir / "translate-de_en-echo"))
    with _blocked():
        stock.split_sentences("Er kam. Er ging.")


def test_importing_the_translation_layer_loads_no_backend() -> None:
    code = (
        "import sys, aligner.translate, aligner.translate.backend, aligner.translate.models;"
        "heavy = [m for m in ('argostranslate', 'ctranslate2', 'torch', 'spacy', 'stanza')"
        " if m in sys.modules]; print(heavy)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_nothing_is_written_to_the_home_directory(tmp_path: Path, echo_dir: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    code = (
        "import pytest_socket, pathlib, sys; pytest_socket.disable_socket();"
        "from aligner.translate.backend import load_translator, translate_with_argos;"
        "d = pathlib.Path(sys.argv[1]);"
        "print(translate_with_argos('Er kam.', from_code='de', to_code='en', directory=d));"
        "print(load_translator('en', 'de', directory=d).translate_text('He came.'))"
    )
    env = {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(Path(__file__).resolve().parents[3]),
    }
    done = subprocess.run(
        [sys.executable, "-c", code, str(echo_dir)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["Er kam.", "He came."]
    assert sorted(p.relative_to(home).as_posix() for p in home.rglob("*")) == []
