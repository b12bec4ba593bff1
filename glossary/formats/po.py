r"""Gettext PO catalogs: :func:`write_po` encodes what :func:`generate_po` yields, and
:func:`read_po` decodes and hands the text to :func:`parse_po`.

>>> from glossary.model import Entry, EntryType, Term
>>> e = Entry("tehran", EntryType.PLACE, (Term("Tehran", "en"), Term("Teheran", "de")))
>>> text = "".join(generate_po(messages_from_entries([e], source="en", target="de"),
...                            header=header_fields(source="en", target="de")))
>>> print(text.split("\n\n")[-1], end="")
#. type: place
msgctxt "tehran"
msgid "Tehran"
msgstr "Teheran"
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import IO

from ..errors import Problem
from ..model import Entry, EntryType
from ._common import (
    DEFAULT_MAX_BYTES,
    ImportResult,
    Source,
    decode,
    foreign_lang,
    read_input,
    write_output,
)
from .catalog import EPOCH, Message, entries_from_messages, header_fields, messages_from_entries
from .errors import ImportFormatError

__all__ = ["generate_po", "header_text", "parse_po", "po_string", "read_po", "write_po"]

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}
_ESCAPE_RE = re.compile(r'[\\"\n\t\r]')
_UNESCAPES = {"\\": "\\", '"': '"', "n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b",
              "f": "\f", "v": "\v", "?": "?"}
_UNESCAPE_RE = re.compile(r"\\(.)")
_CHARSET = re.compile(rb"charset=([A-Za-z0-9_.:-]+)")


def po_string(text: str) -> str:
    """*text* as a quoted PO string.

    >>> print(po_string('say "hi"\\n'))
    "say \\"hi\\"\\n"
    """
    return '"' + _ESCAPE_RE.sub(lambda m: _ESCAPES[m.group()], text) + '"'


def header_text(fields: Mapping[str, str]) -> str:
    """The msgstr of a header entry: one ``Name: value`` line per field."""
    return "".join(f"{k}: {v}\n" for k, v in fields.items())


def generate_po(
    messages: Iterable[Message], *, header: Mapping[str, str], title: str = "termaid glossary"
) -> Iterator[str]:
    """The lines of a PO file (each ending in a newline): header, then *messages* in order."""
    yield f"# {title}\n"
    yield "# Generated from the glossary by `termaid export po`; edit the glossary, not this file.\n"
    yield 'msgid ""\nmsgstr ""\n'
    for line in header_text(header).splitlines(keepends=True):
        yield po_string(line) + "\n"
    for m in messages:
        yield "\n"
        for note in m.notes:
            yield f"# {note}\n" if note else "#\n"
        for comment in m.comments:
            yield f"#. {comment}\n"
        if m.fuzzy:
            yield "#, fuzzy\n"
        if m.context is not None:
            yield f"msgctxt {po_string(m.context)}\n"
        yield f"msgid {po_string(m.id)}\nmsgstr {po_string(m.string)}\n"


def write_po(
    file: Path | IO[bytes],
    entries: Iterable[Entry],
    *,
    source: str,
    target: str,
    created: datetime = EPOCH,
) -> int:
    """Write the *source* → *target* catalog of *entries* as UTF-8; returns the message count."""
    messages = messages_from_entries(entries, source=source, target=target)
    text = "".join(generate_po(messages, header=header_fields(source=source, target=target, created=created)))
    data = text.encode("utf-8")
    write_output(file, data)
    return len(messages)


class _Parser:
    """A strict line parser; problems are collected, broken messages dropped."""

    def __init__(self, name: str, bad_lines: set[int]) -> None:
        self.name = name
        self.bad_lines = bad_lines
        self.problems: list[Problem] = []
        self.messages: list[Message] = []
        self.header: dict[str, str] = {}
        self.seen: dict[tuple[str | None, str], int] = {}
        self.obsolete: list[int] = []  # the line of each obsolete (#~) msgid
        self.reset()

    def reset(self) -> None:
        self.fields: dict[str, list[str]] = {}
        self.last: str | None = None
        self.comments: list[str] = []
        self.notes: list[str] = []
        self.flags: set[str] = set()
        self.start = 0
        self.broken = False

    def fail(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.name, line, message))
        self.broken = True

    def finish(self, end: int) -> None:
        f = self.fields
        if not f:
            self.reset()
            return
        if "msgid" not in f:
            self.fail(self.start, "message without msgid")
        elif not any(k.startswith("msgstr") for k in f):
            self.fail(self.start, f"msgid {''.join(f['msgid'])!r} without msgstr")
        if not self.broken and not any(n in self.bad_lines for n in range(self.start, end + 1)):
            self.add(f)
        self.reset()

    def add(self, f: dict[str, list[str]]) -> None:
        msgid, ctxt = "".join(f["msgid"]), ("".join(f["msgctxt"]) if "msgctxt" in f else None)
        key = (ctxt, msgid)
        if key in self.seen:
            where = f" in context {ctxt!r}" if ctxt is not None else ""
            self.fail(self.start, f"duplicate msgid {msgid!r}{where} (first at line {self.seen[key]})")
            return
        self.seen[key] = self.start
        plural = "msgid_plural" in f
        string = "".join(f.get("msgstr", f.get("msgstr[0]", [])))
        if msgid == "" and ctxt is None:
            for line in string.splitlines():
                name, _, value = line.partition(":")
                self.header[name.strip()] = value.strip()
            return
        self.messages.append(Message(msgid, string, ctxt, tuple(self.comments), tuple(self.notes),
                                     "fuzzy" in self.flags, plural, self.start))

    def string(self, text: str, number: int) -> str | None:
        if len(text) < 2 or not (text.startswith('"') and text.endswith('"')):
            self.fail(number, f"expected a quoted string, not {text[:40]!r}")
            return None
        body = text[1:-1]
        if re.search(r'(?<!\\)(?:\\\\)*"', body):
            self.fail(number, f"unescaped quote in {text[:40]!r}")
            return None
        try:
            return _UNESCAPE_RE.sub(lambda m: _UNESCAPES[m.group(1)], body)
        except KeyError as exc:
            self.fail(number, f"unknown escape sequence \\{exc.args[0]} in {text[:40]!r}")
            return None

    def line(self, raw: str, number: int) -> None:
        text = raw.strip()
        if not text:
            self.finish(number)
            return
        if text.startswith("#"):
            if any(k.startswith("msgstr") for k in self.fields):
                self.finish(number - 1)
            if not self.fields and not (self.comments or self.notes or self.flags):
                self.start = number
            kind, rest = text[:2], text[2:].strip()
            if kind == "#~" and rest.startswith("msgid "):
                self.obsolete.append(number)
            if kind == "#~" or kind == "#|" or kind == "#:":
                return
            if kind == "#,":
                self.flags.update(f.strip() for f in rest.split(","))
            elif kind == "#.":
                self.comments.append(rest)
            else:
                self.notes.append(text[1:].strip())
            return
        if text.startswith('"'):
            if self.last is None:
                self.fail(number, "quoted string outside a message")
                return
            value = self.string(text, number)
            if value is not None:
                self.fields[self.last].append(value)
            return
        keyword, _, rest = text.partition(" ")
        if not re.fullmatch(r"msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?", keyword):
            self.fail(number, f"unexpected text {text[:40]!r}: expected msgctxt, msgid, msgstr, "
                              f"a comment or a quoted string")
            return
        if keyword in ("msgctxt", "msgid") and any(k.startswith("msgstr") for k in self.fields):
            self.finish(number - 1)
        if not self.fields and not (self.comments or self.notes or self.flags):
            self.start = number
        if keyword in self.fields:
            self.fail(number, f"second {keyword} in one message")
            return
        value = self.string(rest.strip(), number)
        self.fields[keyword] = [value or ""]
        self.last = keyword


def parse_po(text: str, *, name: str, bad_lines: Iterable[int] = ()) -> tuple[dict[str, str], list[Message], list[Problem]]:
    """The header fields, the messages and the problems of a PO file's text.

    A message spanning a line in *bad_lines* (lines that could not be decoded) is dropped.
    """
    header, messages, problems, _ = _parse(text, name=name, bad_lines=bad_lines)
    return header, messages, problems


def _parse(text: str, *, name: str, bad_lines: Iterable[int] = ()
           ) -> tuple[dict[str, str], list[Message], list[Problem], list[int]]:
    """:func:`parse_po`, and the lines of the obsolete (``#~``) messages it skipped."""
    parser = _Parser(name, set(bad_lines))
    lines = text.split("\n")
    for number, raw in enumerate(lines, 1):
        parser.line(raw, number)
    parser.finish(len(lines))
    return parser.header, parser.messages, parser.problems, parser.obsolete


def read_po(
    source: Source,
    *,
    source_lang: str | None = None,
    target_lang: str | None = None,
    entry_type: EntryType = EntryType.CONCEPT,
    strict: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    accelerator: str | None = None,
) -> ImportResult:
    """Entries from a PO catalog (see :func:`~.catalog.entries_from_messages`, which also
    takes the keyboard *accelerator* marker out of the terms).

    The charset is the one the header declares; a byte that is not in it is an error
    with its line (lenient: the messages on such lines are skipped). The languages come
    from the ``Language`` and ``X-Source-Language`` headers unless given; the source
    language defaults to English. Obsolete messages (``#~``) are skipped with one warning.
    """
    data, name = read_input(source, max_bytes=max_bytes, empty_ok=True)
    if not data.strip():  # an empty catalog: valid, and nothing in it
        return ImportResult((), (Problem(name, 1, "empty catalog: nothing to import"),), frozenset(),
                            "po", ranked=False)
    head = data.split(b"\n\n", 1)[0]
    match = _CHARSET.search(head)
    charset = match.group(1).decode("ascii") if match else "utf-8"
    why = f" (the header declares charset={charset})" if match else " (no charset declared)"
    if charset == "CHARSET":  # xgettext's placeholder in a template (.pot): GNU tools read UTF-8
        charset, why = "utf-8", " (the template's placeholder charset=CHARSET read as UTF-8)"
    text, bad = decode(data, name=name, encoding=charset, why=why, strict=strict)
    header, messages, problems, obsolete = _parse(text, name=name, bad_lines={p.line or 0 for p in bad})
    problems = bad + problems
    if strict and problems:
        raise ImportFormatError(problems)
    if obsolete:
        problems.append(Problem(name, obsolete[0], f"{len(obsolete)} obsolete message(s) (#~) skipped, "
                                "the first at this line: they are no longer in use"))
    target_raw = target_lang or header.get("Language", "")
    if not target_raw:
        guess = Path(name).stem.rpartition(".")[2]
        try:
            foreign_lang(guess)
            target_raw = guess
            problems.append(Problem(name, 1, f"the header names no Language; {guess!r} taken from the file name"))
        except ValueError:
            pass
    if not target_raw:
        raise ImportFormatError([Problem(name, 1, "the header names no Language; pass the target language (--target)")])
    source_raw = source_lang or header.get("X-Source-Language", "") or "en"
    langs = []
    for raw in (source_raw, target_raw):
        try:
            langs.append(foreign_lang(raw))
        except ValueError as exc:
            raise ImportFormatError([Problem(name, 1, str(exc))]) from None
    problems.sort(key=lambda p: p.line or 0)
    return entries_from_messages(messages, header=header, name=name, source=langs[0],
                                 target=langs[1], entry_type=entry_type, problems=problems,
                                 accelerator=accelerator)
