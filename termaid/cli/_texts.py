"""Reading input texts for the aligner commands: files or stdin, UTF-8, CRLF kept."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from aligner.aligner import Aligner

__all__ = [
    "Peeked",
    "build_aligner",
    "is_empty",
    "note_empty",
    "open_text",
    "read_text",
    "resolve_lang",
]


class Peeked(io.TextIOBase):
    """A text stream whose first characters were read ahead (to detect its language)."""

    def __init__(self, head: str, rest: TextIO) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> str:
        if size is None or size < 0:
            data, self._head = self._head + self._rest.read(), ""
            return data
        if self._head:
            data, self._head = self._head[:size], self._head[size:]
            return data
        return self._rest.read(size)


def _name(path: Path) -> str:
    return "<stdin>" if str(path) == "-" else str(path)


def open_text(path: Path) -> TextIO:
    """*path* (``-`` for stdin) opened as UTF-8 text with line endings kept as they are."""
    from aligner.errors import InputError

    if str(path) == "-":
        if sys.stdin is None:
            raise InputError("standard input is closed; give the text as a FILE")
        return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", newline="")
    try:
        return open(path, encoding="utf-8", newline="")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a text file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None


def decode_error(path: Path, exc: UnicodeDecodeError) -> Exception:
    """The error to raise for input that is not UTF-8."""
    from aligner.errors import InputError

    return InputError(f"{_name(path)}: not UTF-8 text ({exc.reason} at byte {exc.start} of a block)")


def read_text(path: Path) -> str:
    """The whole text of *path* (``-`` for stdin)."""
    stream = open_text(path)
    try:
        return stream.read()
    except UnicodeDecodeError as exc:
        raise decode_error(path, exc) from None
    finally:
        if str(path) != "-":
            stream.close()


def is_empty(text: str) -> bool:
    """Whether *text* holds nothing but white space (it has no language, nothing to do)."""
    return not text.strip()


def note_empty(path: Path) -> None:
    """Say on stderr that *path* is empty (the commands then do nothing and exit 0)."""
    import click

    click.echo(f"termaid: note: {_name(path)}: input is empty", err=True)


def resolve_lang(
    lang: str | None,
    sample: str,
    path: Path,
    *,
    aligner: Aligner | None = None,
    option: str = "--lang",
) -> str:
    """*lang* if given (warning when *sample* looks like the other language), else detected.

    A language termaid does not read is refused (:class:`~aligner.errors.LanguageError`).
    The *aligner*'s glossary names are evidence (see :mod:`aligner.langdetect`).
    """
    from aligner.langdetect import check_language, detect_language, guess_language, language_name

    if not lang:
        return detect_language(sample, name=_name(path), aligner=aligner)
    check_language(lang, option=option)
    guess = guess_language(sample, aligner=aligner)
    seen = guess.lang
    if seen is not None and seen != lang.split("-", 1)[0].casefold():
        import click

        click.echo(
            f"termaid: warning: {_name(path)}: {option} {lang}, but the text looks "
            f"{language_name(seen)} ({guess.describe()})",
            err=True,
        )
    return lang


def build_aligner(glossary_path: Path | None, *, fuzzy: bool) -> Aligner:
    """An aligner over the selected glossary (read through its compiled index), which
    keeps a large glossary's transliteration index in the cache folder."""
    from aligner.aligner import Aligner
    from glossary.index import cache_dir

    from ._common import open_selected

    with open_selected(glossary_path) as glossary:
        return Aligner(list(glossary), fuzzy=fuzzy, index_store=cache_dir() / "translit")


def stdout() -> TextIO:
    """Where plain output goes (stdout, as click sees it)."""
    return sys.stdout
