"""XLIFF 1.2 and 2.x: translation units (``trans-unit``, ``unit``/``segment``) and languages.

XLIFF 1.2 keeps the languages on each ``<file>`` (``source-language``,
``target-language``), 2.x on the root (``srcLang``, ``trgLang``). Units marked
``translate="no"`` are left out. A 1.2 unit segmented in ``<seg-source>`` (as Trados
writes them) gives one unit per ``<mrk mtype="seg">``, named ``id/mid``; a 2.x unit with
several segments gives one per segment, named ``id/segment-id`` (or its position).
"""

from __future__ import annotations

from dataclasses import dataclass

from glossary.errors import Problem
from glossary.formats._xml import XMLElement

from ._inline import InlineRules, local_name, segment_text
from ._xmlinput import parse
from .errors import QAFormatError
from .unit import Document, InputFormat, Unit

__all__ = ["parse_xliff"]

_V1 = InlineRules(text=frozenset({"g", "mrk"}),
                  code=frozenset({"x", "bx", "ex", "bpt", "ept", "ph", "it"}))
_V2 = InlineRules(text=frozenset({"pc", "mrk"}),
                  code=frozenset({"ph", "sc", "ec", "sm", "em"}), char=frozenset({"cp"}))


def parse_xliff(data: bytes, *, name: str, source_lang: str | None = None,
                target_lang: str | None = None) -> Document:
    """The units of the XLIFF document *data* (*name* is its file name, for messages).

    *source_lang* and *target_lang* override what the file says; a language neither gives
    is left empty for the caller to detect. Raises :class:`~aligner.qa.errors.QAFormatError`
    with every problem found (``file:line: message``).
    """
    root = parse(data, name=name)
    problems: list[Problem] = []
    if local_name(root) != "xliff":
        raise QAFormatError([Problem(name, root.sourceline,
                                     f"not XLIFF: the root element is <{local_name(root)}>")])
    version = root.get("version") or ("2.0" if root.tag.endswith(":2.0}xliff") else "1.2")
    ns = _Names(root.tag[: root.tag.index("}") + 1] if root.tag.startswith("{") else "")
    if version.startswith("2"):
        langs = (root.get("srcLang"), root.get("trgLang"))
        units, skipped = _units_v2(root, ns, name, problems)
    elif version.startswith("1"):
        langs = _file_langs(root, ns, name, problems, source_lang, target_lang)
        units, skipped = _units_v1(root, ns, name, problems)
    else:
        problems.append(Problem(name, root.sourceline, f"unknown XLIFF version {version!r}"))
        langs, units, skipped = (None, None), [], 0
    if problems:
        raise QAFormatError(problems)
    return Document(name, InputFormat.XLIFF, source_lang or langs[0] or "",
                    target_lang or langs[1] or "", tuple(units), version=version,
                    skipped=skipped)


@dataclass(frozen=True, slots=True)
class _Names:
    """Element names in the document's namespace: lxml filters by them in C."""

    ns: str

    def __call__(self, local: str) -> str:
        return self.ns + local


def _children(element: XMLElement, tag: str) -> list[XMLElement]:
    return list(element.iterchildren(tag))


def _descendants(element: XMLElement, tag: str) -> list[XMLElement]:
    return list(element.iter(tag))


def _file_langs(root: XMLElement, ns: _Names, name: str, problems: list[Problem],
                source_lang: str | None, target_lang: str | None) -> tuple[str | None, str | None]:
    """The languages of a 1.2 document's ``<file>`` elements; they must agree unless given."""
    found: list[tuple[str | None, str | None]] = []
    for f in _children(root, ns("file")):
        pair = (f.get("source-language"), f.get("target-language"))
        if found and pair != found[0]:
            if not (source_lang and target_lang):
                problems.append(Problem(name, f.sourceline,
                                        f"this <file> is {pair[0]}->{pair[1]}, the first one "
                                        f"{found[0][0]}->{found[0][1]}: check one language pair "
                                        "at a time, or give both languages"))
            continue
        found.append(pair)
    return found[0] if found else (None, None)


def _unit_id(element: XMLElement, name: str, problems: list[Problem]) -> str:
    uid = element.get("id")
    if uid is None:
        problems.append(Problem(name, element.sourceline, f"<{local_name(element)}> without an id"))
        return ""
    return uid


def _units_v1(root: XMLElement, ns: _Names, name: str,
              problems: list[Problem]) -> tuple[list[Unit], int]:
    units: list[Unit] = []
    skipped = 0
    for tu in _descendants(root, ns("trans-unit")):
        if tu.get("translate") == "no":
            skipped += 1
            continue
        uid = _unit_id(tu, name, problems)
        sources, targets = _children(tu, ns("source")), _children(tu, ns("target"))
        if not sources:
            problems.append(Problem(name, tu.sourceline, f"trans-unit {uid!r} has no <source>"))
            continue
        target_el = targets[0] if targets else None
        seg_source = _children(tu, ns("seg-source"))
        marks = [m for m in _descendants(seg_source[0], ns("mrk")) if m.get("mtype") == "seg"] \
            if seg_source else []
        if not marks:
            source = segment_text(sources[0], _V1, name=name, problems=problems)
            target = None if target_el is None else segment_text(target_el, _V1, name=name,
                                                                 problems=problems)
            units.append(Unit(uid, source, target, tu.sourceline))
            continue
        translated = {} if target_el is None else {
            m.get("mid"): m for m in _descendants(target_el, ns("mrk")) if m.get("mtype") == "seg"}
        for mark in marks:
            mid = mark.get("mid", "")
            other = translated.get(mid)
            source = segment_text(mark, _V1, name=name, problems=problems)
            target = None if other is None else segment_text(other, _V1, name=name,
                                                             problems=problems)
            units.append(Unit(f"{uid}/{mid}", source, target, mark.sourceline))
    return units, skipped


def _units_v2(root: XMLElement, ns: _Names, name: str,
              problems: list[Problem]) -> tuple[list[Unit], int]:
    units: list[Unit] = []
    skipped = 0
    for unit in _descendants(root, ns("unit")):
        if unit.get("translate") == "no":
            skipped += 1
            continue
        uid = _unit_id(unit, name, problems)
        segments = _children(unit, ns("segment"))
        for n, seg in enumerate(segments, 1):
            sources, targets = _children(seg, ns("source")), _children(seg, ns("target"))
            if not sources:
                problems.append(Problem(name, seg.sourceline, f"a segment of unit {uid!r} has no <source>"))
                continue
            sid = uid if len(segments) == 1 else f"{uid}/{seg.get('id') or n}"
            source = segment_text(sources[0], _V2, name=name, problems=problems)
            target = segment_text(targets[0], _V2, name=name, problems=problems) if targets else None
            units.append(Unit(sid, source, target, seg.sourceline))
    return units, skipped
