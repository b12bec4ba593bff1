r"""Gettext PO catalogs as translation units: one unit a message, one a plural form.

A message is named by its msgid, ``msgctxt|msgid`` when it has a context; plural forms
add ``[n]`` (``msgstr[0]`` translates ``msgid``, the others ``msgid_plural``). The header
gives the target language (``Language``) and, where a tool wrote it, the source language
(``X-Source-Language``); obsolete messages (``#~``) are left out. The parser is strict:
every malformed line is a problem with its line number.

>>> doc = parse_po(b'msgctxt "menu"\nmsgid "Iran"\nmsgstr "Iran"\n', name="x.po")
>>> [(u.id, u.source.text, u.target.text) for u in doc.units]
[('menu|Iran', 'Iran', 'Iran')]
"""

from __future__ import annotations

import re

from glossary.errors import Problem

from .errors import QAFormatError
from .unit import Document, InputFormat, Segment, Unit

__all__ = ["parse_po"]

_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(\".*)$")
_ESCAPE = re.compile(r"\\(.)")
_UNESCAPES = {"\\": "\\", '"': '"', "n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b",
              "f": "\f", "v": "\v"}
_CHARSET = re.compile(rb"charset=([A-Za-z0-9_.:-]+)")


class _Message:
    """The fields of one message while it is read: keyword -> string pieces."""

    def __init__(self, line: int) -> None:
        self.line = line
        self.fields: dict[str, list[str]] = {}
        self.last: str | None = None

    def has_string(self) -> bool:
        return any(k.startswith("msgstr") for k in self.fields)

    def get(self, key: str) -> str | None:
        return "".join(self.fields[key]) if key in self.fields else None


def _unquote(text: str, name: str, number: int, problems: list[Problem]) -> str:
    if len(text) < 2 or not text.endswith('"') or re.search(r'(?<!\\)(?:\\\\)*"', text[1:-1]):
        problems.append(Problem(name, number, f"expected one quoted string, not {text[:40]!r}"))
        return ""
    try:
        return _ESCAPE.sub(lambda m: _UNESCAPES[m.group(1)], text[1:-1])
    except KeyError as exc:
        problems.append(Problem(name, number, f"unknown escape \\{exc.args[0]} in {text[:40]!r}"))
        return ""


def _decode(data: bytes, name: str) -> str:
    head = data.split(b"\n\n", 1)[0]
    match = _CHARSET.search(head)
    charset = match.group(1).decode("ascii") if match else "utf-8"
    try:
        return data.decode(charset).removeprefix("\ufeff")
    except LookupError:
        raise QAFormatError([Problem(name, 1, f"unknown charset {charset!r}")]) from None
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise QAFormatError([Problem(name, line, f"not {charset} text ({exc.reason})")]) from None


def parse_po(data: bytes, *, name: str, source_lang: str | None = None,
             target_lang: str | None = None) -> Document:
    """The units of the PO catalog *data* (*name* is its file name, for messages).

    Raises :class:`~aligner.qa.errors.QAFormatError` with every problem found.
    """
    problems: list[Problem] = []
    messages: list[_Message] = []
    current: _Message | None = None
    lines = _decode(data, name).split("\n")
    for number, raw in enumerate(lines, 1):
        text = raw.strip()
        if not text or text.startswith("#"):
            if current is not None and current.has_string():
                messages.append(current)
                current = None
            continue
        if text.startswith('"'):
            if current is None or current.last is None:
                problems.append(Problem(name, number, "a string outside a message"))
            else:
                current.fields[current.last].append(_unquote(text, name, number, problems))
            continue
        match = _KEYWORD.match(text)
        if match is None:
            problems.append(Problem(name, number, f"unexpected text {text[:40]!r}: expected "
                                                  "msgctxt, msgid, msgstr, a comment or a string"))
            continue
        keyword = match.group(1)
        if current is not None and current.has_string() and keyword in ("msgctxt", "msgid"):
            messages.append(current)
            current = None
        if current is None:
            current = _Message(number)
        if keyword in current.fields:
            problems.append(Problem(name, number, f"a second {keyword} in one message"))
        current.fields[keyword] = [_unquote(match.group(3), name, number, problems)]
        current.last = keyword
    if current is not None:
        messages.append(current)
    header: dict[str, str] = {}
    units: list[Unit] = []
    for message in messages:
        _units(message, name, header, units, problems)
    if problems:
        raise QAFormatError(problems)
    return Document(name, InputFormat.PO, source_lang or header.get("X-Source-Language", ""),
                    target_lang or header.get("Language", ""), tuple(units))


def _units(message: _Message, name: str, header: dict[str, str], units: list[Unit],
           problems: list[Problem]) -> None:
    """Add the units of *message* (or read the header from it)."""
    msgid, plural, ctx = message.get("msgid"), message.get("msgid_plural"), message.get("msgctxt")
    if msgid is None:
        problems.append(Problem(name, message.line, "a message without msgid"))
        return
    forms = sorted((int(k[7:-1]), "".join(v)) for k, v in message.fields.items()
                   if k.startswith("msgstr["))
    single = message.get("msgstr")
    if single is None and not forms:
        problems.append(Problem(name, message.line, f"msgid {msgid[:40]!r} without msgstr"))
        return
    if (plural is None) != (single is not None):
        problems.append(Problem(name, message.line, f"msgid {msgid[:40]!r}: msgid_plural goes "
                                                    "with msgstr[n], a single msgid with msgstr"))
        return
    if msgid == "" and ctx is None:
        for line in (single or "").splitlines():
            key, _, value = line.partition(":")
            header[key.strip()] = value.strip()
        return
    uid = msgid if ctx is None else f"{ctx}|{msgid}"
    if single is not None:
        units.append(Unit(uid, Segment(msgid), Segment(single), message.line))
        return
    for n, string in forms:
        source = msgid if n == 0 else (plural or "")
        units.append(Unit(f"{uid}[{n}]", Segment(source), Segment(string), message.line))
