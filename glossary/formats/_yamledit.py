"""Editing glossary YAML with ruamel.yaml: entries rendered in the shipped glossary's style,
changed entries edited in place, so comments, order and layout elsewhere stay as they were."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark, YAMLError
from ruamel.yaml.tokens import CommentToken

from ..langtag import canonical_tag
from ..loader import ENTRY_FIELDS
from ..model import Entry, Term, TermStatus
from ..serial import term_fields

__all__ = ["FAST_INDENT", "blank_line_after", "dump", "ends_in_shipped_style", "entry_text", "handler",
           "in_shipped_style", "render_entry", "update_entry"]

#: The order fields are written in (the shipped glossary's).
ORDER = ("id", "type", "note", "definition", "sources", "related", "ambiguous_with",
         "do_not_translate", "terms")
assert set(ORDER) == set(ENTRY_FIELDS)
#: The indentation :func:`entry_text` writes (the shipped glossary's).
FAST_INDENT = (2, 4, 2)
_INDENTS = ((2, 4, 2), (2, 2, 0), (4, 4, 2), (4, 6, 4), (2, 4, 0))


def _yaml(indent: tuple[int, int, int]) -> YAML:
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=indent[0], sequence=indent[1], offset=indent[2])
    return yaml


def handler(text: str) -> tuple[YAML, Any]:
    """A YAML handler for *text* and its document: the first indentation that writes the
    unchanged document back byte for byte (the shipped style when none does)."""
    for indent in _INDENTS:
        yaml = _yaml(indent)
        doc = yaml.load(text)
        if not text or dump(yaml, doc) == text:
            return yaml, doc
    yaml = _yaml(_INDENTS[0])
    return yaml, yaml.load(text)


def in_shipped_style(yaml: YAML, doc: Any) -> bool:
    """Whether *doc* (loaded by *yaml*) lists its entries as :func:`entry_text` writes them:
    a block list, not empty, in the shipped indentation."""
    entries = doc.get("entries") if isinstance(doc, CommentedMap) else None
    return (isinstance(entries, CommentedSeq) and len(entries) > 0 and not entries.fa.flow_style()
            and (yaml.map_indent, yaml.sequence_indent, yaml.sequence_dash_offset) == FAST_INDENT)


def ends_in_shipped_style(text: str, *, line: int) -> bool:
    """Whether entries written by :func:`entry_text` can be appended to *text*, whose last
    entry starts at *line*: that entry and what follows are in the shipped style. Only
    that end is read (ruamel takes minutes over all of a 100k-entry file)."""
    start = len(text)
    for _ in range(text.count("\n") - line + 2):  # back to the start of the line
        start = text.rfind("\n", 0, start)
    try:
        return in_shipped_style(*handler("entries:\n" + text[start + 1:]))
    except YAMLError:  # an alias of an anchor above, say: then all of it
        return in_shipped_style(*handler(text))


def dump(yaml: YAML, doc: Any) -> str:
    """The text of *doc*."""
    out = io.StringIO()
    yaml.dump(doc, out)
    return out.getvalue()


def _flow(items: list[Any]) -> CommentedSeq:
    seq = CommentedSeq(items)
    seq.fa.set_flow_style()
    return seq


def _term_fields(term: Term, position: int) -> dict[str, Any]:
    """The fields of a term besides its text, where they differ from the defaults."""
    default = TermStatus.PREFERRED if position == 0 else TermStatus.ADMITTED
    fields: dict[str, Any] = {}
    if term.status is not default:
        fields["status"] = term.status.value
    fields.update(term_fields(term))
    return fields


def render_term(term: Term, position: int) -> str | CommentedMap:
    """A term as the loader reads it: a plain string when it has only defaults."""
    fields = _term_fields(term, position)
    if not fields and not _needs_mapping(term.text):
        return term.text
    if "context" in fields:
        fields["context"] = _flow(fields["context"])
    node = CommentedMap([("term", term.text), *fields.items()])
    node.fa.set_flow_style()
    return node


def _needs_mapping(text: str) -> bool:
    # strings the loader would read differently are written as {term: ...} (quoted there)
    return text != text.strip() or "\n" in text


def render_terms(terms: list[Term]) -> CommentedSeq:
    items = [render_term(t, i) for i, t in enumerate(terms)]
    if all(isinstance(i, str) for i in items):
        return _flow(items)
    return CommentedSeq(items)


def _field(entry: Entry, name: str) -> Any:
    if name == "id":
        return entry.id
    if name == "type":
        return entry.type.value
    if name == "note":
        return entry.note
    if name == "definition":
        return CommentedMap(entry.definitions) if entry.definitions else None
    if name == "sources":
        return CommentedSeq(entry.sources) if entry.sources else None
    if name in ("related", "ambiguous_with"):
        value = getattr(entry, name)
        return _flow(list(value)) if value else None
    if name == "do_not_translate":
        return True if entry.do_not_translate else None
    terms = CommentedMap()
    for lang in entry.languages:
        terms[lang] = render_terms([t for t in entry.terms if t.lang == lang])
    return terms


def render_entry(entry: Entry) -> CommentedMap:
    """An entry as a YAML mapping in the shipped glossary's field order."""
    node = CommentedMap()
    for name in ORDER:
        value = _field(entry, name)
        if value is not None:
            node[name] = value
    return node


def blank_line_after(node: CommentedMap) -> None:
    """Put an empty line after *node* (entries are separated by one)."""
    last = list(node)[-1]
    value = node[last]
    if isinstance(value, CommentedMap) and len(value):
        blank_line_after(value)
        return
    if isinstance(value, CommentedSeq) and len(value) and not value.fa.flow_style():
        item = value[-1]
        if isinstance(item, CommentedMap) and not item.fa.flow_style():
            blank_line_after(item)
            return
        value.ca.items[len(value) - 1] = [CommentToken("\n\n", CommentMark(0), None), None]
        return
    node.ca.items[last] = [None, None, CommentToken("\n\n", CommentMark(0), None), None]


def _set(node: CommentedMap, name: str, value: Any) -> None:
    if name in node:
        node[name] = value
        return
    position = sum(1 for key in node if key in ORDER and ORDER.index(key) < ORDER.index(name))
    node.insert(position, name, value)


def update_entry(node: CommentedMap, old: Entry, new: Entry) -> None:
    """Edit *node* (which holds *old*) in place so that it holds *new*."""
    for name in ORDER[1:-1]:
        if name == "definition" and old.definitions != new.definitions:
            if isinstance(node.get("definition"), CommentedMap):
                keys = {_canonical(k): k for k in node["definition"]}
                for lang, text in new.definitions:
                    if dict(old.definitions).get(lang) != text:
                        node["definition"][keys.get(lang, lang)] = text
            else:
                _set(node, name, _field(new, name))
        elif name in ("sources", "related", "ambiguous_with") and getattr(old, name) != getattr(new, name):
            current = node.get(name)
            extra = getattr(new, name)[len(getattr(old, name)):]
            if isinstance(current, CommentedSeq) and getattr(new, name)[:len(getattr(old, name))] == getattr(old, name):
                current.extend(extra)
            else:
                _set(node, name, _field(new, name))
        elif name in ("type", "note", "do_not_translate") and getattr(old, name) != getattr(new, name):
            _set(node, name, _field(new, name))
    terms = node["terms"]
    keys = {_canonical(str(k)): k for k in terms}
    for lang in new.languages:
        before = [t for t in old.terms if t.lang == lang]
        after = [t for t in new.terms if t.lang == lang]
        if before == after:
            continue
        key = keys.get(lang)
        current = terms.get(key) if key is not None else None
        if isinstance(current, CommentedSeq) and after[:len(before)] == before:
            current.extend(render_term(t, i) for i, t in enumerate(after) if i >= len(before))
        elif key is not None:
            terms[key] = render_terms(after)
        else:
            terms[lang] = render_terms(after)


def _canonical(tag: str) -> str:
    try:
        return canonical_tag(tag)
    except ValueError:
        return tag


_PLAIN = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`0-9+.~=][^\n]*")
_SPECIAL = {"true", "false", "yes", "no", "on", "off", "null", "y", "n"}
_FLOW_INDICATOR = re.compile(r"[,\[\]{}]")


def _scalar(text: str, *, flow: bool) -> str:
    """*text* as a YAML scalar: plain when that is unambiguous, else double-quoted."""
    if (_PLAIN.fullmatch(text) and text == text.strip() and ": " not in text and " #" not in text
            and not text.endswith(":") and text.lower() not in _SPECIAL
            and not (flow and _FLOW_INDICATOR.search(text))):
        return text
    return json.dumps(text, ensure_ascii=False)


def _flow_seq(items: Iterable[str]) -> str:
    return "[" + ", ".join(_scalar(i, flow=True) for i in items) + "]"


def _term_text(term: Term, position: int) -> str:
    fields = _term_fields(term, position)
    if not fields and not _needs_mapping(term.text):
        return _scalar(term.text, flow=True)
    parts = [f"term: {_scalar(term.text, flow=True)}"]
    for key, value in fields.items():
        text = _flow_seq(value) if isinstance(value, list) else "true" if value is True else _scalar(value, flow=True)
        parts.append(f"{key}: {text}")
    return "{" + ", ".join(parts) + "}"


def entry_text(entry: Entry) -> str:
    """An entry as the text :func:`render_entry` and ruamel would give it in the shipped
    style (an item of ``entries:``, dash at column 2), written directly: ruamel's emitter
    takes milliseconds per entry, too slow for 100k new entries. The merge reads every
    written file back, so a slip here can only refuse a merge, never corrupt a glossary."""
    lines = [f"  - id: {_scalar(entry.id, flow=False)}", f"    type: {entry.type.value}"]
    if entry.note is not None:
        lines.append(f"    note: {_scalar(entry.note, flow=False)}")
    if entry.definitions:
        lines.append("    definition:")
        lines += [f"      {lang}: {_scalar(text, flow=False)}" for lang, text in entry.definitions]
    if entry.sources:
        lines.append("    sources:")
        lines += [f"      - {_scalar(s, flow=False)}" for s in entry.sources]
    for name in ("related", "ambiguous_with"):
        if getattr(entry, name):
            lines.append(f"    {name}: {_flow_seq(getattr(entry, name))}")
    if entry.do_not_translate:
        lines.append("    do_not_translate: true")
    lines.append("    terms:")
    for lang in entry.languages:
        terms = [t for t in entry.terms if t.lang == lang]
        texts = [_term_text(t, i) for i, t in enumerate(terms)]
        if all(not x.startswith("{") for x in texts):
            lines.append(f"      {lang}: [{', '.join(texts)}]")
        else:
            lines.append(f"      {lang}:")
            lines += [f"        - {x}" for x in texts]
    return "\n".join(lines) + "\n"
