"""Builds tiny but valid Argos Translate packages (``.argosmodel``) offline, for tests.

No model hub is reachable from the test machines, so the suite makes its own models
and runs the real argostranslate -> SentencePiece -> CTranslate2 path on them:

* ``Mode.ECHO``: hand-set weights whose "translation" copies the input token by
  token, so a test can assert exactly what glossary enforcement did to the text;
* ``Mode.RANDOM``: seeded random weights, a model that rewrites everything into
  deterministic nonsense (what protection and restoration must survive).

Both directions (en->de, de->en) share one SentencePiece model trained on a small
English/German corpus whose alphabet covers German names (ä ö ü ß, capitals),
Cyrillic and Persian letters, digits and ASCII punctuation, so the echo model copies
names such as "Araghtschi" or "Lawrow" character for character. The SentencePiece
model uses the ``nmt_nfkc`` normalisation that published Argos models use.

Needs numpy, sentencepiece and ctranslate2 (all installed with argostranslate); it
does not import argostranslate itself.
"""

from __future__ import annotations

import json
import random
import shutil
import string
import zipfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import ctranslate2  # type: ignore[import-untyped]
import numpy as np
import sentencepiece as spm  # type: ignore[import-untyped]
from ctranslate2.specs import transformer_spec  # type: ignore[import-untyped]

__all__ = [
    "PAIRS",
    "Mode",
    "ModelFiles",
    "RandomSize",
    "Vocabulary",
    "build_argosmodel",
    "build_model_files",
    "train_vocabulary",
]

LANG_NAMES = {"en": "English", "de": "German"}
#: The language pairs the test suite builds models for.
PAIRS = (("en", "de"), ("de", "en"))


def _split(text: str) -> list[str]:
    return text.split()


_WORDS = _split(
    # English
    "the a an of to in on at for with from by and or but not no yes this that these "
    "is was are were be been has have had will would said says told met talks foreign "
    "minister president sanctions payment system card bank government meeting today "
    "yesterday tomorrow week news report agreement nuclear deal alliance country city "
    # German
    "der die das den dem des ein eine einen und oder aber nicht kein ja dies ist war "
    "sind waren hat haben hatte wird würde sagte sagt traf Gespräche Außenminister "
    "Präsident Sanktionen Zahlungssystem Karte Bank Regierung Treffen heute gestern "
    "morgen Woche Nachrichten Bericht Abkommen Atomabkommen Bündnis Land Stadt Straße "
    "für über zwischen während größer Größe schön Grüße Maß Fuß müssen können Bürger"
)

_NAMES = _split(
    "Abbas Araghchi Araghtschi Sergei Sergej Lavrov Lawrow Lawrows Vladimir Wladimir "
    "Putin Putins Vyacheslav Wjatscheslaw Volodin Wolodin Ali Khamenei Chamenei "
    "Masoud Pezeshkian Peseschkian Mir Shetab Schetab Moskau Moscow Teheran Tehran "
    "Iran Russland Russia Müller Jürgen Özdemir Größmann Weiß Schäuble Köln München "
    "Düsseldorf Zürich Österreich Ägypten Übersee"
)

# Letters that must each be a piece of their own, so no name falls back to <unk>.
_ALPHABET = (
    string.ascii_letters
    + string.digits
    + string.punctuation
    + "äöüÄÖÜßẞéèêàâçñøåæœÉÈÀÇ"
    + "„“”‚‘’«»‹›–—…€§°"
    + "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
    + "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"
)


class Mode(StrEnum):
    """How the weights of a tiny model are set."""

    ECHO = "echo"
    RANDOM = "random"


@dataclass(frozen=True, slots=True)
class RandomSize:
    """Dimensions of a random-weight Transformer (bigger ones make slower models)."""

    d_model: int = 32
    heads: int = 2
    ffn: int = 64
    layers: int = 1


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """A trained SentencePiece model and its pieces, id order."""

    model_file: Path
    pieces: tuple[str, ...]


def _corpus_lines(seed: int, n_lines: int) -> list[str]:
    rng = random.Random(seed)
    words = _WORDS + _NAMES
    lines = []
    for _ in range(n_lines):
        sentence = [rng.choice(words) for _ in range(rng.randint(3, 12))]
        sentence[0] = sentence[0].capitalize()
        lines.append(" ".join(sentence) + rng.choice(".!?.,:;"))
    lines.append(" ".join(_NAMES))
    # every character alone and inside words, so each one gets a piece
    lines.append(" ".join(_ALPHABET))
    lines.append(_ALPHABET)
    return lines


def train_vocabulary(work_dir: Path, *, seed: int = 0, vocab_size: int = 480) -> Vocabulary:
    """Train the shared SentencePiece model in *work_dir* (created if missing)."""
    work_dir.mkdir(parents=True, exist_ok=True)
    corpus = work_dir / "corpus.txt"
    corpus.write_text("\n".join(_corpus_lines(seed, 600)) + "\n", encoding="utf-8")
    prefix = work_dir / "sentencepiece"
    spm.SentencePieceTrainer.train(
        input=str(corpus),
        model_prefix=str(prefix),
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        hard_vocab_limit=False,
        byte_fallback=False,
        normalization_rule_name="nmt_nfkc",
        num_threads=1,
        minloglevel=2,
    )
    model_file = prefix.with_suffix(".model")
    processor = spm.SentencePieceProcessor(model_file=str(model_file))
    pieces = tuple(processor.id_to_piece(i) for i in range(processor.get_piece_size()))
    if pieces[:3] != ("<unk>", "<s>", "</s>"):  # CTranslate2's default special tokens
        raise AssertionError(f"unexpected special pieces {pieces[:3]}")
    missing = [c for c in _ALPHABET if processor.unk_id() in processor.encode(c)]
    if missing:
        raise AssertionError(f"alphabet not covered by the vocabulary: {missing}")
    return Vocabulary(model_file, pieces)


def _layer_norm(spec: Any, dim: int) -> None:
    spec.gamma = np.ones(dim, np.float32)
    spec.beta = np.zeros(dim, np.float32)


def _linear(
    spec: Any, weight: np.ndarray[Any, Any], bias: np.ndarray[Any, Any] | None = None
) -> None:
    spec.weight = weight.astype(np.float32)
    spec.bias = np.zeros(weight.shape[0], np.float32) if bias is None else bias


def _echo_spec(vocab: Vocabulary, *, max_len: int, layers: int = 1, ffn: int = 4) -> Any:
    """A 1-layer, 1-head Transformer whose cross-attention copies source token t at step t.

    The residual stream is ``[one-hot token (V) | one-hot position (max_len)]``.
    Self-attention and feed-forward blocks are zero. In the decoder's cross-attention,
    queries and keys read the position block (step t attends to source position t),
    values read the token block, so the output projection scores the copied token.
    ``add_source_eos`` puts ``</s>`` at the end of the source; its key also weakly
    matches every position, so steps past the end copy ``</s>`` and every beam stops.
    Further *layers* (and a wider *ffn*) are all zero: they cost what a real model of
    that depth costs and change nothing (benchmarks use them).
    """
    n_tok = len(vocab.pieces)
    dim = n_tok + max_len
    eos = vocab.pieces.index("</s>")
    # LayerNorm of a vector holding two ones: scale * x - offset; beta = offset undoes it.
    mean = 2.0 / dim
    scale = 1.0 / np.sqrt(mean - mean * mean)
    offset = np.float32(mean * scale)

    tok = np.zeros((dim, dim), np.float32)
    tok[np.arange(n_tok), np.arange(n_tok)] = 1.0
    pos = np.zeros((dim, dim), np.float32)
    pos[np.arange(n_tok, dim), np.arange(n_tok, dim)] = 1.0
    embeddings = np.zeros((n_tok, dim), np.float32)
    embeddings[np.arange(n_tok), np.arange(n_tok)] = 1.0
    positions = np.zeros((max_len, dim), np.float32)
    positions[np.arange(max_len), n_tok + np.arange(max_len)] = 1.0

    spec = transformer_spec.TransformerSpec.from_config(layers, 1)
    spec.config.add_source_eos = True
    encoder, decoder = spec.encoder, spec.decoder
    for side in (encoder, decoder):
        side.scale_embeddings = False
        side.position_encodings.encodings = positions
    for layer in (*encoder.layer, *decoder.layer):
        _layer_norm(layer.self_attention.layer_norm, dim)
        _linear(layer.self_attention.linear[0], np.zeros((3 * dim, dim)))
        _linear(layer.self_attention.linear[1], np.zeros((dim, dim)))
        _layer_norm(layer.ffn.layer_norm, dim)
        _linear(layer.ffn.linear_0, np.zeros((ffn, dim)))
        _linear(layer.ffn.linear_1, np.zeros((dim, ffn)))
    for layer in decoder.layer[1:]:
        _layer_norm(layer.attention.layer_norm, dim)
        _linear(layer.attention.linear[0], np.zeros((dim, dim)))
        _linear(layer.attention.linear[1], np.zeros((2 * dim, dim)))
        _linear(layer.attention.linear[2], np.zeros((dim, dim)))

    encoder.embeddings[0].weight = embeddings
    _layer_norm(encoder.layer_norm, dim)
    encoder.layer_norm.beta[:] = offset  # memory = scale * (token + position)

    decoder.embeddings.weight = embeddings.copy()
    attention = decoder.layer[0].attention
    _layer_norm(attention.layer_norm, dim)
    attention.layer_norm.beta[:] = offset
    key = pos.copy()
    key[n_tok:, eos] = 0.5
    _linear(attention.linear[0], 8.0 * pos)  # query: my position
    _linear(attention.linear[1], np.concatenate([key, tok]))  # key: position | value: token
    _linear(attention.linear[2], 4.0 * tok)  # write the copied token
    _layer_norm(decoder.layer_norm, dim)
    _linear(decoder.projection, embeddings.copy())
    return spec


def _random_spec(vocab: Vocabulary, *, size: RandomSize, seed: int) -> Any:
    rng = np.random.default_rng(seed)
    n_tok, dim = len(vocab.pieces), size.d_model

    def weight(*shape: int, scale: float = 0.1) -> np.ndarray[Any, Any]:
        return (rng.standard_normal(shape) * scale).astype(np.float32)

    def attention(spec: Any, *, self_attention: bool) -> None:
        _layer_norm(spec.layer_norm, dim)
        if self_attention:
            _linear(spec.linear[0], weight(3 * dim, dim))
            _linear(spec.linear[1], weight(dim, dim))
        else:
            _linear(spec.linear[0], weight(dim, dim))
            _linear(spec.linear[1], weight(2 * dim, dim))
            _linear(spec.linear[2], weight(dim, dim))

    def ffn(spec: Any) -> None:
        _layer_norm(spec.layer_norm, dim)
        _linear(spec.linear_0, weight(size.ffn, dim))
        _linear(spec.linear_1, weight(dim, size.ffn))

    spec = transformer_spec.TransformerSpec.from_config(size.layers, size.heads)
    encoder, decoder = spec.encoder, spec.decoder
    encoder.embeddings[0].weight = weight(n_tok, dim, scale=1.0)
    for layer in encoder.layer:
        attention(layer.self_attention, self_attention=True)
        ffn(layer.ffn)
    _layer_norm(encoder.layer_norm, dim)
    decoder.embeddings.weight = weight(n_tok, dim, scale=1.0)
    for layer in decoder.layer:
        attention(layer.self_attention, self_attention=True)
        attention(layer.attention, self_attention=False)
        ffn(layer.ffn)
    _layer_norm(decoder.layer_norm, dim)
    bias = np.zeros(n_tok, np.float32)
    bias[vocab.pieces.index("</s>")] = 0.5  # ends the nonsense early
    _linear(decoder.projection, weight(n_tok, dim), bias)
    return spec  # no position table: CTranslate2 uses sinusoidal encodings


def build_argosmodel(
    out_dir: Path,
    vocab: Vocabulary,
    *,
    from_code: str,
    to_code: str,
    mode: Mode,
    seed: int = 0,
    max_len: int = 256,
    size: RandomSize = RandomSize(),
    version: str = "0.0.1",
) -> Path:
    """Build ``out_dir/translate-{from}_{to}-{mode}.argosmodel`` and return its path.

    *max_len* bounds the echo model's input in SentencePiece tokens (longer input makes
    CTranslate2 fail: it has no position for them). *size* shapes a random model; for
    an echo model only its ``layers`` and ``ffn`` count (zero weights that cost time).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    name = f"translate-{from_code}_{to_code}-{mode}"
    stage = out_dir / f"{name}.stage"
    if stage.exists():
        shutil.rmtree(stage)
    package = stage / name  # the zip holds exactly one top-level directory
    (package / "model").mkdir(parents=True)
    shutil.copyfile(vocab.model_file, package / "sentencepiece.model")

    if mode is Mode.ECHO:
        spec = _echo_spec(vocab, max_len=max_len, layers=size.layers, ffn=max(size.ffn, 4))
    else:
        spec = _random_spec(vocab, size=size, seed=seed)
    spec.register_source_vocabulary(list(vocab.pieces))
    spec.register_target_vocabulary(list(vocab.pieces))
    spec.validate()
    spec.optimize(quantization="float32")  # CPUs compute float32: no conversion warning
    spec.save(str(package / "model"))

    metadata = {
        "package_version": version,
        "argos_version": "1.11",
        "from_code": from_code,
        "from_name": LANG_NAMES[from_code],
        "to_code": to_code,
        "to_name": LANG_NAMES[to_code],
        "type": "translate",
        "links": [],
    }
    (package / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")
    (package / "README.md").write_text(f"Tiny {mode} test model, not a translator.\n")

    archive = out_dir / f"{name}.argosmodel"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(package.rglob("*")):
            zf.write(path, path.relative_to(stage))
    shutil.rmtree(stage)
    return archive


@dataclass(frozen=True, slots=True)
class ModelFiles:
    """The echo and random ``.argosmodel`` files for every pair in :data:`PAIRS`."""

    echo: dict[tuple[str, str], Path]
    random: dict[tuple[str, str], Path]


def build_model_files(out_dir: Path, vocab: Vocabulary) -> ModelFiles:
    """Build echo and random models for both directions under *out_dir*."""
    files = ModelFiles({}, {})
    for src, tgt in PAIRS:
        for mode, table in ((Mode.ECHO, files.echo), (Mode.RANDOM, files.random)):
            table[src, tgt] = build_argosmodel(
                out_dir / mode, vocab, from_code=src, to_code=tgt, mode=mode
            )
    return files


def ctranslate2_version() -> str:
    """The CTranslate2 version the models are built with (for reports)."""
    return str(ctranslate2.__version__)
