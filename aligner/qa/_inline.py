"""The text of an XLIFF or TMX segment element with its inline codes taken out.

Inline markup either wraps translatable text (XLIFF ``<g>``, ``<pc>``, ``<mrk>``, TMX
``<hi>``: the text stays) or stands for native code (``<x/>``, ``<ph>``, ``<bpt>``,
``<sc/>``, TMX ``<ut>``: nothing of it is text). Either way the tag itself becomes a
:class:`~aligner.qa.unit.Code` at its offset, so a report can show it where it was and
every offset counts characters of the plain text a translator reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from glossary.errors import Problem
from glossary.formats._xml import XMLElement

from .unit import Code, Segment

__all__ = ["InlineRules", "local_name", "segment_text"]

#: Attributes that name an inline code in its label (XLIFF ``id``, TMX ``i`` and ``x``).
_NAMING = ("id", "i", "x", "rid")


@dataclass(frozen=True, slots=True)
class InlineRules:
    """The inline elements of one format: those whose content is text, those whose content
    is code, and those standing for one character (XLIFF 2 ``<cp hex="..."/>``)."""

    text: frozenset[str]
    code: frozenset[str]
    char: frozenset[str] = frozenset()


def local_name(element: XMLElement) -> str:
    """The element's name without its namespace."""
    tag = element.tag
    return tag.rpartition("}")[2] if tag.startswith("{") else tag


def _label(name: str, element: XMLElement, *, close: bool = False, empty: bool = False) -> str:
    if close:
        return f"</{name}>"
    attrs = "".join(f' {a}="{element.get(a)}"' for a in _NAMING if element.get(a) is not None)
    return f"<{name}{attrs}{'/' if empty else ''}>"


def segment_text(element: XMLElement, rules: InlineRules, *, name: str,
                 problems: list[Problem]) -> Segment:
    """The text of *element* (a ``<source>``, ``<target>`` or ``<seg>``) and its codes.

    An element the format does not allow inline is a problem (appended to *problems*,
    with its line); its text is kept.
    """
    if not len(element):  # no markup: the common case
        return Segment(element.text or "")
    parts: list[str] = []
    codes: list[Code] = []
    _walk(element, rules, name, problems, parts, codes, 0)
    return Segment("".join(parts), tuple(codes))


def _walk(node: XMLElement, rules: InlineRules, name: str, problems: list[Problem],
          parts: list[str], codes: list[Code], size: int) -> int:
    """Append the text of *node* (without its tail) to *parts*, its codes to *codes*;
    *size* is the text's length so far. Returns the new length."""
    if node.text:
        parts.append(node.text)
        size += len(node.text)
    for child in node:
        tag = local_name(child)
        if tag in rules.code:
            codes.append(Code(size, _label(tag, child, empty=True)))
        elif tag in rules.char:
            char = _char(child, name, problems)
            parts.append(char)
            size += len(char)
        else:
            if tag not in rules.text:
                problems.append(Problem(name, child.sourceline,
                                        f"unexpected element <{tag}> inside a segment"))
            codes.append(Code(size, _label(tag, child)))
            size = _walk(child, rules, name, problems, parts, codes, size)
            codes.append(Code(size, _label(tag, child, close=True)))
        tail = _tail(child)
        if tail:
            parts.append(tail)
            size += len(tail)
    return size


def _tail(element: XMLElement) -> str | None:
    """The text after *element* (lxml elements have it; the shared protocol does not say)."""
    return cast("str | None", getattr(element, "tail", None))


def _char(element: XMLElement, name: str, problems: list[Problem]) -> str:
    raw = element.get("hex", "")
    try:
        return chr(int(raw, 16))
    except (ValueError, OverflowError):
        problems.append(Problem(name, element.sourceline, f"bad code point hex={raw!r}"))
        return ""
