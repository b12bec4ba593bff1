"""TBX termbases (ISO 30042): :func:`write_tbx` writes what :func:`generate_tbx` yields,
TBX-Basic v3 in the DCA style or, with ``version=2``, TBX-Basic v2 (``martif``: the TBX the
Translate Toolkit, Weblate and OmegaT read); :func:`read_tbx` reads TBX v2 and v3, DCA and
DCT, through :func:`parse_tbx`.

TBX-Basic has a data category for most of an entry: ``administrativeStatus``,
``termType``, ``grammaticalGender``, ``partOfSpeech``, ``definition``, ``source``,
``crossReference`` and notes. What it has no value for (the entry type; the statuses,
term types and parts of speech TBX-Basic lacks, such as ``forbidden``, ``surname`` and
``properNoun``; context cues, case sensitivity, do-not-translate, ambiguity links, the
``needs-review`` mark) goes
into one extra ``<note>`` per element that starts with ``termaid:`` and holds JSON, after
the nearest TBX-Basic value, so that other tools see valid TBX-Basic and termaid reads
everything back. A term's review stamps are TBX transactions: ``created`` an
``origination``, ``modified`` a ``modification``, each a ``transacGrp`` with its ``date``
and, where known, who (``transacNote type="responsibility"``).

>>> from glossary.model import Entry, EntryType, Term
>>> e = Entry("tehran", EntryType.PLACE, (Term("Tehran", "en"),))
>>> print("".join(generate_tbx([e])).split("<body>")[1].split("</body>")[0].strip())
<conceptEntry id="tehran">
        <note>termaid: {"entryType": "place"}</note>
        <langSec xml:lang="en">
          <termSec>
            <term>Tehran</term>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          </termSec>
        </langSec>
      </conceptEntry>
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Literal
from xml.sax.saxutils import escape, quoteattr

from ..model import Entry, PartOfSpeech, Term, TermStatus, TermType
from ._common import write_output
from ._tbx_read import parse_tbx, read_tbx
from ._tbx_vocab import EXTENSION, MARTIF_XCS, SOURCE_DESC, STATUS_TO_TBX, TBX_NS, TERM_TYPES_TBX
from .errors import ExportError

__all__ = [
    "EXTENSION",
    "STATUS_TO_TBX",
    "TBX_NS",
    "TERM_TYPES_TBX",
    "TBXVersion",
    "generate_tbx",
    "parse_tbx",
    "read_tbx",
    "tbx_id",
    "write_tbx",
]

_NEAREST_TYPE = {TermType.SURNAME: "shortForm", TermType.TRANSLITERATION: "variant"}
_POS_TBX = {"noun", "verb", "adjective", "adverb", "other"}
_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_MODEL_PIS = (
    '<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/'
    'TBXcoreStructV03.rng" type="application/xml" '
    'schematypens="http://relaxng.org/ns/structure/1.0"?>\n'
    '<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/'
    'DCA/TBX-Basic_DCA.sch" type="application/xml" '
    'schematypens="http://purl.oclc.org/dsdl/schematron"?>\n'
)

#: The TBX versions termaid writes: 3 (ISO 30042:2019) and 2 (ISO 30042:2008, ``martif``).
TBXVersion = Literal[2, 3]
#: The names of the concept, language and term sections in each version.
_SECTIONS = {3: ("conceptEntry", "langSec", "termSec"), 2: ("termEntry", "langSet", "tig")}


def tbx_id(entry_id: str) -> str:
    """The TBX id of an entry: an XML ID cannot start with a digit, so those get a ``_``.

    >>> tbx_id("tehran"), tbx_id("2024-vote")
    ('tehran', '_2024-vote')
    """
    return "_" + entry_id if entry_id[:1].isdigit() else entry_id


def _text(value: str, where: str) -> str:
    if _BAD_CHARS.search(value):
        raise ExportError(f"{where}: {value!r} has a control character XML cannot hold")
    return escape(value)


def _extension(data: dict[str, Any]) -> str:
    return f"<note>{escape(EXTENSION + ' ' + json.dumps(data, ensure_ascii=False))}</note>"


def _term_lines(term: Term, where: str) -> Iterator[str]:
    yield f"<term>{_text(term.text, where)}</term>"
    yield f'<termNote type="administrativeStatus">{STATUS_TO_TBX[term.status]}</termNote>'
    extra: dict[str, Any] = {}
    if term.status is TermStatus.FORBIDDEN:
        extra["administrativeStatus"] = "forbidden"
    if term.type is not None:
        nearest = term.type.value if term.type.value in TERM_TYPES_TBX else _NEAREST_TYPE[term.type]
        yield f'<termNote type="termType">{nearest}</termNote>'
        if nearest != term.type.value:
            extra["termType"] = term.type.value
    if term.gender is not None:
        yield f'<termNote type="grammaticalGender">{term.gender.value}</termNote>'
    if term.pos is not None:
        yield f'<termNote type="partOfSpeech">{"noun" if term.pos is PartOfSpeech.PROPER_NOUN else term.pos.value}</termNote>'
        if term.pos.value not in _POS_TBX:
            extra["partOfSpeech"] = term.pos.value
    if term.note is not None:
        yield f"<note>{_text(term.note, where)}</note>"
    if term.case_sensitive:
        extra["caseSensitive"] = True
    if term.context:
        extra["context"] = list(term.context)
    if term.plural is not None:
        extra["plural"] = term.plural
    if term.counterpart is not None:
        extra["counterpart"] = term.counterpart
    for kind, stamp in (("origination", term.created), ("modification", term.modified)):
        if stamp is not None:
            by = ("" if stamp.by is None else
                  f'<transacNote type="responsibility">{_text(stamp.by, where)}</transacNote>')
            yield (f'<transacGrp><transac type="transactionType">{kind}</transac>'
                   f"<date>{_text(stamp.date, where)}</date>{by}</transacGrp>")
    if term.review is not None:
        extra["review"] = term.review.value
    if extra:
        yield _extension(extra)


def _entry_lines(entry: Entry, labels: dict[str, str], version: TBXVersion) -> Iterator[tuple[int, str]]:
    where = f"entry {entry.id!r}"
    concept, lang_sec, term_sec = _SECTIONS[version]
    yield 3, f'<{concept} id="{tbx_id(entry.id)}">'
    languages = entry.languages
    for lang, text in entry.definitions:
        if lang not in languages:
            yield 4, f'<descrip type="definition" xml:lang="{lang}">{_text(text, where)}</descrip>'
    for source in entry.sources:
        yield 4, f'<admin type="source">{_text(source, where)}</admin>'
    for ref in entry.related:
        label = labels.get(ref)
        if label is None:
            raise ExportError(f"{where} is related to {ref!r}, which is not among the entries exported")
        yield 4, f'<ref type="crossReference" target={quoteattr(tbx_id(ref))}>{_text(label, where)}</ref>'
    if entry.note is not None:
        yield 4, f"<note>{_text(entry.note, where)}</note>"
    extra: dict[str, Any] = {"entryType": entry.type.value}
    if entry.do_not_translate:
        extra["doNotTranslate"] = True
    if entry.ambiguous_with:
        extra["ambiguousWith"] = list(entry.ambiguous_with)
    yield 4, _extension(extra)
    for lang in languages:
        yield 4, f'<{lang_sec} xml:lang="{lang}">'
        for def_lang, text in entry.definitions:
            if def_lang == lang:
                yield 5, f'<descrip type="definition">{_text(text, where)}</descrip>'
        for term in entry.terms:
            if term.lang == lang:
                yield 5, f"<{term_sec}>"
                for line in _term_lines(term, where):
                    yield 6, line
                yield 5, f"</{term_sec}>"
        yield 4, f"</{lang_sec}>"
    yield 3, f"</{concept}>"


def generate_tbx(entries: Iterable[Entry], *, lang: str = "en", title: str = "termaid glossary",
                 version: TBXVersion = 3) -> Iterator[str]:
    """The text of a TBX-Basic document holding *entries*, in pieces: v3 in the DCA style,
    or v2 (``martif`` with ``termEntry``, ``langSet`` and ``tig``, the same data categories).

    *lang* is the document language (``xml:lang`` of the root). Raises
    :class:`~.errors.ExportError` when there are no entries (TBX needs one) or an entry
    refers to one that is not exported.
    """
    entries = list(entries)
    if not entries:
        raise ExportError("no entries to export: a TBX body needs at least one concept entry")
    labels = {e.id: e.label(lang) for e in entries}
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    if version == 3:
        yield _MODEL_PIS
        yield f'<tbx type="TBX-Basic" style="dca" xml:lang="{lang}" xmlns="{TBX_NS}">\n'
        yield "  <tbxHeader>\n    <fileDesc>\n"
    else:
        yield f'<martif type="TBX-Basic" xml:lang="{lang}">\n'
        yield "  <martifHeader>\n    <fileDesc>\n"
    yield f"      <titleStmt>\n        <title>{escape(title)}</title>\n      </titleStmt>\n"
    yield f"      <sourceDesc>\n        <p>{SOURCE_DESC}</p>\n      </sourceDesc>\n"
    if version == 3:
        yield "    </fileDesc>\n  </tbxHeader>\n"
    else:
        yield "    </fileDesc>\n"
        yield f'    <encodingDesc>\n      <p type="XCSURI">{MARTIF_XCS}</p>\n    </encodingDesc>\n'
        yield "  </martifHeader>\n"
    yield "  <text>\n    <body>\n"
    for entry in entries:
        yield "".join("  " * depth + line + "\n" for depth, line in _entry_lines(entry, labels, version))
    yield f"    </body>\n  </text>\n</{'tbx' if version == 3 else 'martif'}>\n"


def write_tbx(file: Path | IO[bytes], entries: Iterable[Entry], *, lang: str = "en",
              title: str = "termaid glossary", version: TBXVersion = 3) -> None:
    """Write *entries* as TBX-Basic v3, or v2 with ``version=2`` (UTF-8), to *file*."""
    data = "".join(generate_tbx(entries, lang=lang, title=title, version=version)).encode("utf-8")
    write_output(file, data)

