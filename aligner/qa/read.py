"""Reading bilingual files: the format from the name or the content, the languages from the
file where it says them, else from the text; the caller's choices override both."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from glossary.errors import Problem

from ..aligner import LANGUAGES
from ..errors import InputError, LanguageError
from .errors import QAFormatError
from .pair import parse_pair
from .po import parse_po
from .tmx import parse_tmx
from .unit import Document, InputFormat
from .xliff import parse_xliff

__all__ = ["read_document", "read_pair", "resolve_languages", "sniff_format"]

_SUFFIXES = {".xlf": InputFormat.XLIFF, ".xliff": InputFormat.XLIFF,
             ".sdlxliff": InputFormat.XLIFF, ".mqxliff": InputFormat.XLIFF,
             ".tmx": InputFormat.TMX, ".po": InputFormat.PO, ".pot": InputFormat.PO}
_PARSERS = {InputFormat.XLIFF: parse_xliff, InputFormat.TMX: parse_tmx, InputFormat.PO: parse_po}
#: How much of a file's text is read to detect a language it does not name.
_SAMPLE = 20_000


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None


def sniff_format(name: str, data: bytes) -> InputFormat:
    """The format of a file: by its suffix, else by its first 4 KB.

    >>> sniff_format("job.sdlxliff", b""), sniff_format("memory", b"<?xml version='1.0'?><tmx>")
    (<InputFormat.XLIFF: 'xliff'>, <InputFormat.TMX: 'tmx'>)
    """
    by_suffix = _SUFFIXES.get(Path(name).suffix.casefold())
    if by_suffix is not None:
        return by_suffix
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        if b"<xliff" in head:
            return InputFormat.XLIFF
        if b"<tmx" in head:
            return InputFormat.TMX
    elif b"msgid " in head:
        return InputFormat.PO
    raise QAFormatError([Problem(name, None, "cannot tell the format: give --input-format "
                                             "(xliff, tmx, po), or --pair for two plain texts")])


def read_document(path: Path, *, input_format: InputFormat | None = None,
                  source_lang: str | None = None, target_lang: str | None = None) -> Document:
    """The units of the XLIFF, TMX or PO file *path*, languages resolved
    (:func:`resolve_languages`)."""
    data = _read_bytes(path)
    name = str(path)
    fmt = input_format or sniff_format(name, data)
    if fmt is InputFormat.PAIR:
        raise InputError(f"{name}: plain texts are read in pairs (--pair SOURCE TARGET)")
    document = _PARSERS[fmt](data, name=name, source_lang=source_lang, target_lang=target_lang)
    return resolve_languages(document)


def _read_text(path: Path) -> str:
    data = _read_bytes(path)
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise QAFormatError([Problem(str(path), line, f"not UTF-8 text ({exc.reason})")]) from None


def read_pair(source: Path, target: Path, *, source_lang: str | None = None,
              target_lang: str | None = None) -> Document:
    """A source text and its translation, aligned by paragraph (see :mod:`.pair`)."""
    document = parse_pair(_read_text(source), _read_text(target), source_name=str(source),
                          target_name=str(target), source_lang=source_lang,
                          target_lang=target_lang)
    return resolve_languages(document)


def resolve_languages(document: Document) -> Document:
    """*document* with both languages known and supported.

    A language the file does not name is detected from its text (the source segments, or
    the target segments); one the check cannot read, or a pair of one language, is an error.
    """
    from ..langdetect import detect_language

    langs = {}
    for side, flag in (("source", "--source-lang"), ("target", "--target-lang")):
        tag = getattr(document, f"{side}_lang")
        if not tag:
            texts = [getattr(u, side) for u in document.units]
            sample = "\n".join(s.text for s in texts if s is not None)[:_SAMPLE]
            try:
                tag = detect_language(sample, name=document.path)
            except LanguageError:
                raise LanguageError(f"{document.path}: the file names no {side} language and "
                                    f"its text does not tell it: give it with {flag}") from None
        langs[side] = tag
    document = replace(document, source_lang=langs["source"], target_lang=langs["target"])
    for side, base in (("source", document.source_base), ("target", document.target_base)):
        if base not in LANGUAGES:
            raise LanguageError(f"{document.path}: the {side} language is "
                                f"{getattr(document, side + '_lang')!r}; termaid qa reads "
                                f"{' and '.join(LANGUAGES)}")
    if document.source_base == document.target_base:
        raise LanguageError(f"{document.path}: source and target are both {document.source_base!r}")
    return document
