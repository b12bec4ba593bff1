"""The translation backend: installed Argos packages run through CTranslate2, offline.

This is the only module of termaid that imports argostranslate, and it does so inside
functions, never at import. Before that import it points argostranslate at termaid's
packages directory and gives it a private, throw-away home for its data, config and
cache directories, so neither the user's ``~/.config/argos-translate/settings.json``
(which can switch argostranslate to a remote LibreTranslate server) nor anything
argostranslate would write touches the user's home.

Two ways to translate:

* :class:`Translator` (the one termaid uses): argostranslate's package reader and
  tokenizer with CTranslate2's ``translate_batch`` over every sentence of the input at
  once, split by termaid's own sentence splitter. It imports ``argostranslate.package``
  only, not ``argostranslate.translate`` (which loads spaCy, stanza and torch), so no
  sentence-splitting model can be downloaded.
* :func:`translate_with_argos`: argostranslate's public ``translate()`` path, with
  termaid's splitter set on every package translation so it never downloads MiniSBD.
  It is the reference the benchmark compares against.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from aligner.sentences import LANGS, split_sentences
from aligner.translate.errors import BackendUnavailableError, TranslateError
from aligner.translate.models import InstalledModel, find_model, packages_dir

__all__ = [
    "DecodeOptions",
    "TermaidSentencizer",
    "Translator",
    "load_translator",
    "translate_with_argos",
]

_runtime_home: Path | None = None


@dataclass(frozen=True, slots=True)
class DecodeOptions:
    """CTranslate2 decoding options; the defaults are argostranslate's."""

    beam_size: int = 4
    length_penalty: float = 0.2
    max_batch_size: int = 32
    batch_type: str = "examples"
    threads: int = 0  # CTranslate2's intra-op threads; 0: its default


class TermaidSentencizer:
    """argostranslate's sentence-boundary interface, answered by :mod:`aligner.sentences`.

    Languages other than English and German (pivot translations) use the English rules.
    """

    __slots__ = ("lang",)

    def __init__(self, lang: str) -> None:
        base = lang.split("-", 1)[0].casefold()
        self.lang = base if base in LANGS else "en"

    def split_sentences(self, text: str) -> list[str]:
        """The sentences of *text*, as argostranslate asks for them."""
        return [s.text for s in split_sentences(text, lang=self.lang)]

    def __str__(self) -> str:
        return f"termaid sentence splitter ({self.lang})"


class Translator:
    """One installed Argos package loaded into CTranslate2, translating batches of sentences.

    Holds a native CTranslate2 translator: build one per language pair and process,
    reuse it for every call.
    """

    __slots__ = ("_package", "_translator", "model", "options")

    def __init__(self, model: InstalledModel, *, options: DecodeOptions = DecodeOptions()) -> None:
        self.model = model
        self.options = options
        argos_package = _import_argos("argostranslate.package", packages_dir(model.path.parent))
        ctranslate2 = _import_module("ctranslate2")
        self._package: Any = argos_package.Package(model.path)
        self._translator: Any = ctranslate2.Translator(
            str(model.path / "model"),
            device="cpu",
            compute_type="auto",
            inter_threads=1,
            intra_threads=options.threads,
        )

    @property
    def from_code(self) -> str:
        return self.model.from_code

    @property
    def to_code(self) -> str:
        return self.model.to_code

    def translate_sentences(self, sentences: Sequence[str]) -> tuple[str, ...]:
        """Translate each sentence; all of them go through one ``translate_batch`` call.

        Line breaks inside a sentence are translated as spaces. Empty sentences stay empty.
        """
        indices = [i for i, s in enumerate(sentences) if s.strip()]
        if not indices:
            return tuple("" for _ in sentences)
        tokenizer = self._package.tokenizer
        tokens = [tokenizer.encode(" ".join(sentences[i].split())) for i in indices]
        prefix = self._package.target_prefix
        results = self._translator.translate_batch(
            tokens,
            target_prefix=[[prefix]] * len(tokens) if prefix else None,
            replace_unknowns=True,
            max_batch_size=self.options.max_batch_size,
            batch_type=self.options.batch_type,
            beam_size=self.options.beam_size,
            num_hypotheses=1,
            length_penalty=self.options.length_penalty,
        )
        out = [""] * len(sentences)
        for i, result in zip(indices, results, strict=True):
            out[i] = self._decode(result.hypotheses[0])
        return tuple(out)

    def translate_text(self, text: str) -> str:
        """Translate *text* sentence by sentence, keeping the white space between sentences."""
        sentences = split_sentences(text, lang=TermaidSentencizer(self.from_code).lang)
        translated = self.translate_sentences([s.text for s in sentences])
        parts: list[str] = []
        pos = 0
        for sentence, target in zip(sentences, translated, strict=True):
            parts.append(text[pos : sentence.start])
            parts.append(target)
            pos = sentence.end
        parts.append(text[pos:])
        return "".join(parts)

    def _decode(self, tokens: list[str]) -> str:
        value: str = self._package.tokenizer.decode(tokens)
        prefix: str = self._package.target_prefix
        if prefix:
            value = value.removeprefix(prefix)
        return value.removeprefix(" ")


def load_translator(
    from_code: str,
    to_code: str,
    *,
    directory: Path | None = None,
    options: DecodeOptions = DecodeOptions(),
) -> Translator:
    """A :class:`Translator` for the installed package of *from_code* -> *to_code*.

    Raises :class:`~aligner.translate.errors.ModelNotInstalledError` (saying how to get
    a model) before anything heavy is imported, and
    :class:`~aligner.translate.errors.BackendUnavailableError` without argostranslate.
    """
    return Translator(find_model(from_code, to_code, directory=directory), options=options)


def translate_with_argos(
    text: str, *, from_code: str, to_code: str, directory: Path | None = None
) -> str:
    """Translate *text* through argostranslate's public ``translate()``.

    Every package translation gets a :class:`TermaidSentencizer` before it runs, so
    argostranslate never fetches its MiniSBD sentence model.
    """
    model = find_model(from_code, to_code, directory=directory)
    root = packages_dir(directory)
    translate = _import_argos("argostranslate.translate", root)
    settings: Any = sys.modules["argostranslate.settings"]
    if settings.model_provider != settings.ModelProvider.OPENNMT:
        raise TranslateError(
            f"argostranslate was set up for {settings.model_provider.name}, not local models"
        )
    if settings.package_dirs != [root]:
        settings.package_data_dir = root
        settings.package_dirs = [root]
        translate.installed_translates.clear()
        translate.get_installed_languages.cache_clear()
    translation = translate.get_translation_from_codes(model.from_code, model.to_code)
    if translation is None:  # pragma: no cover - find_model saw the package
        raise TranslateError(f"argostranslate found no {from_code} -> {to_code} translation")
    for package_translation in _package_translations(translation, translate):
        if not isinstance(package_translation.sentencizer, TermaidSentencizer):
            package_translation.sentencizer = TermaidSentencizer(package_translation.pkg.from_code)
    return str(translation.translate(text))


def _package_translations(translation: Any, translate: ModuleType) -> Iterator[Any]:
    """The PackageTranslation objects a (cached, composite) translation runs."""
    if isinstance(translation, translate.PackageTranslation):
        yield translation
    elif isinstance(translation, translate.CachedTranslation):
        yield from _package_translations(translation.underlying, translate)
    elif isinstance(translation, translate.CompositeTranslation):
        yield from _package_translations(translation.t1, translate)
        yield from _package_translations(translation.t2, translate)


def _import_module(name: str) -> ModuleType:
    try:
        return __import__(name, fromlist=["_"])
    except ModuleNotFoundError as exc:
        raise BackendUnavailableError(exc.name or name) from None


def _import_argos(name: str, root: Path) -> ModuleType:
    """Import argostranslate module *name*, set up for packages directory *root*.

    The environment is set for every import, not only the first: modules imported
    later write on import too (onnxruntime, under ``argostranslate.translate``, stores
    a device id in ``$XDG_CACHE_HOME``).
    """
    with _argos_environment(root):
        return _import_module(name)


@contextmanager
def _argos_environment(root: Path) -> Iterator[None]:
    """Environment argostranslate reads when its settings module is first imported."""
    home = _private_home()
    wanted = {
        "ARGOS_PACKAGES_DIR": str(root),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "ARGOS_DEVICE_TYPE": "cpu",
        "ARGOS_MODEL_PROVIDER": "OPENNMT",
        "ARGOS_CHUNK_TYPE": "ARGOSTRANSLATE",
        "ARGOS_DEBUG": "0",
    }
    saved = {key: os.environ.get(key) for key in wanted}
    root.mkdir(parents=True, exist_ok=True)
    os.environ.update(wanted)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _private_home() -> Path:
    global _runtime_home
    if _runtime_home is None:
        _runtime_home = Path(tempfile.mkdtemp(prefix="termaid-argos-"))
        atexit.register(shutil.rmtree, _runtime_home, ignore_errors=True)
    return _runtime_home
