"""Gettext messages made from glossary entries, and entries made back from messages.

This is the I/O-free core that :mod:`.po` and :mod:`.mo` write and read: one message per
entry with a term in the source language, ``msgctxt`` the entry id (two entries may share
a source string), ``msgid`` the preferred source term, ``msgstr`` the preferred target
term or empty, and extracted comments (``#.``) telling the translator the entry type,
definitions, note and the other variants.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from ..equivalent import equivalent
from ..errors import Problem
from ..model import Entry, EntryType, Origin, Term, TermStatus
from ._common import ImportResult, UniqueIds, foreign_id, slug_id

__all__ = [
    "EPOCH",
    "GENERATOR",
    "Message",
    "entries_from_messages",
    "header_fields",
    "messages_from_entries",
    "strip_accelerator",
]

#: The creation date written when none is given, so that exports are reproducible.
EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
#: The ``X-Generator`` header termaid writes; a catalog with it has termaid's comments.
GENERATOR = "termaid"


@dataclass(frozen=True, slots=True)
class Message:
    """One gettext message: ``context`` is the entry id, ``comments`` the ``#.`` lines,
    ``notes`` the translator's own ``#`` lines, ``line`` where it starts in its file."""

    id: str
    string: str = ""
    context: str | None = None
    comments: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    fuzzy: bool = False
    plural: bool = False
    line: int = 0


def _describe(term: Term, first: bool) -> str:
    extras = [] if (first or term.status is TermStatus.ADMITTED) else [term.status.value]
    extras += [str(v) for v in (term.type, term.gender, term.pos) if v is not None]
    extras += ["case-sensitive"] if term.case_sensitive else []
    text = f"{term.text} ({', '.join(extras)})" if extras else term.text
    return f"{text} [{term.note}]" if term.note else text


def _comments(entry: Entry, source: str, target: str) -> Iterator[str]:
    yield f"type: {entry.type.value}"
    if entry.do_not_translate:
        yield "do not translate: keep the name as it is"
    for lang in (source, target):
        definition = entry.definition(lang)
        if definition:
            yield f"definition ({lang}): {definition}"
    if entry.note:
        yield f"note: {entry.note}"
    for lang in (source, target):
        terms = entry.terms_in(lang)
        if len(terms) > 1 or (lang == target and terms and entry.preferred(lang) is None):
            yield f"{lang}: " + "; ".join(_describe(t, i == 0) for i, t in enumerate(terms))


def messages_from_entries(entries: Iterable[Entry], *, source: str, target: str) -> list[Message]:
    """The messages for a *source* → *target* catalog, sorted by entry id.

    Entries without a preferred *source* term have no msgid and are left out.
    """
    out = []
    for entry in entries:
        msgid = entry.preferred(source)
        if msgid is None:
            continue
        msgstr = equivalent(entry, msgid, target)
        comments = tuple(line for c in _comments(entry, source, target) for line in c.splitlines())
        out.append(Message(msgid.text, msgstr.text if msgstr else "", entry.id, comments))
    out.sort(key=lambda m: m.context or "")
    return out


def header_fields(*, source: str, target: str, created: datetime = EPOCH) -> dict[str, str]:
    """The header of a catalog, in order; Plural-Forms as Babel's catalogs write it."""
    from babel.messages.plurals import get_plural

    stamp = created.strftime("%Y-%m-%d %H:%M%z")
    return {
        "Project-Id-Version": "termaid glossary",
        "POT-Creation-Date": stamp,
        "PO-Revision-Date": stamp,
        "Last-Translator": "termaid export",
        "Language-Team": "none",
        "Language": target.replace("-", "_"),
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": get_plural(target.replace("-", "_")).plural_forms,
        "X-Source-Language": source.replace("-", "_"),
        "X-Generator": GENERATOR,
    }


def strip_accelerator(text: str, marker: str) -> str:
    """*text* without the keyboard accelerator *marker* (GTK ``_``, Qt and Windows ``&``):
    the marker before a letter goes, a doubled marker is the character itself.

    >>> strip_accelerator("S_ystem", "_"), strip_accelerator("&File", "&"), strip_accelerator("R&&D && more", "&")
    ('System', 'File', 'R&D & more')
    >>> strip_accelerator("snake_case", "_"), strip_accelerator("a & b", "&")
    ('snakecase', 'a & b')
    """
    if marker not in text:
        return text
    out: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        following = text[i + 1] if i + 1 < len(text) else ""
        if char == marker and following == marker:
            out.append(marker)
            i += 2
            continue
        if not (char == marker and following and not following.isspace()):
            out.append(char)
        i += 1
    return "".join(out)


def entries_from_messages(
    messages: Iterable[Message],
    *,
    header: Mapping[str, str],
    name: str,
    source: str,
    target: str,
    entry_type: EntryType = EntryType.CONCEPT,
    problems: Iterable[Problem] = (),
    fmt: str = "po",
    accelerator: str | None = None,
) -> ImportResult:
    """Entries from catalog messages: the msgid as the preferred *source* term, a translated
    msgstr as the preferred *target* term, the id from ``msgctxt`` (else made from msgid).

    Fuzzy and plural messages carry no approved term and are reported, not imported. In a
    catalog termaid wrote, ``#. type: ...`` gives the entry type; in others the extracted
    comments become the entry note, after the ``msgctxt`` (``context: ...``), which tells
    entries with one msgid apart. Translator comments (``# ...``) become the note of the
    target term. A msgid or msgstr of whitespace only is no term (a warning); *accelerator*
    is taken out of both (:func:`strip_accelerator`).
    """
    ours = header.get("X-Generator", "").startswith(GENERATOR)
    found: list[Problem] = list(problems)
    entries: list[Entry] = []
    typed: set[str] = set()
    taken = UniqueIds()
    for m in messages:
        if m.plural:
            found.append(Problem(name, m.line, f"plural message {m.id!r} skipped: a glossary term has no plural forms"))
            continue
        if m.fuzzy and m.string:
            found.append(Problem(name, m.line, f"fuzzy translation {m.string!r} of {m.id!r} not imported (not approved)"))
        msgid, msgstr = m.id, m.string
        if accelerator:
            msgid, msgstr = strip_accelerator(msgid, accelerator), strip_accelerator(msgstr, accelerator)
        if not msgid.strip():
            found.append(Problem(name, m.line, f"message with a blank msgid {m.id!r} skipped: no term to import"))
            continue
        if msgstr and not msgstr.strip():
            found.append(Problem(name, m.line, f"msgstr of {m.id!r} holds only whitespace: no target term"))
        entry_id = taken.take(foreign_id(m.context) or slug_id(msgid))
        kind, note = entry_type, None
        type_lines = [c for c in m.comments if c.startswith("type: ")]
        if ours and type_lines:
            try:
                kind = EntryType(type_lines[0][6:].strip())
                typed.add(entry_id)
            except ValueError:
                found.append(Problem(name, m.line, f"unknown entry type in {type_lines[0]!r}; using {entry_type.value!r}"))
        elif not ours and (m.comments or m.context):
            context = [f"context: {m.context}"] if m.context and m.context.strip() else []
            note = "\n".join((*context, *m.comments)) or None
        terms = [Term(msgid.strip(), source)]
        term_note = "\n".join(m.notes) or None
        if msgstr.strip() and not m.fuzzy:
            terms.append(Term(msgstr.strip(), target, note=term_note))
        elif term_note:
            note = "\n".join(x for x in (note, term_note) if x)
        entries.append(Entry(entry_id, kind, tuple(terms), note=note, origin=Origin(name, m.line) if m.line else None))
    found.sort(key=lambda p: p.line or 0)
    return ImportResult(tuple(entries), tuple(found), frozenset(typed), fmt, ranked=False)
