"""Reading glossary YAML into entries, with every problem located by file and line.

The YAML is composed with libyaml's base loader (falling back to the pure-Python one):
no tags are resolved, so every scalar stays a string and nothing is ever constructed
from the document; this module walks the node tree itself, which is how it knows the
line of every value.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

from ._gc import gc_paused
from .errors import GlossaryError, GlossaryFormatError, Problem
from .langtag import canonical_tag
from .model import (
    Entry,
    EntryType,
    Gender,
    Origin,
    PartOfSpeech,
    Review,
    Stamp,
    Term,
    TermStatus,
    TermType,
    is_iso_date,
)

__all__ = ["ENTRY_FIELDS", "TERM_FIELDS", "glossary_files", "read_entries"]

if TYPE_CHECKING:
    import yaml

#: Fields an entry may have.
ENTRY_FIELDS = (
    "id", "type", "terms", "note", "definition", "sources", "related",
    "ambiguous_with", "do_not_translate",
)  # fmt: skip
#: Fields a term written as a mapping may have.
TERM_FIELDS = (
    "term", "status", "type", "gender", "pos", "note", "case_sensitive", "context", "plural",
    "counterpart", "created", "created_by", "modified", "modified_by", "review",
)  # fmt: skip

_E = TypeVar("_E", EntryType, TermStatus, TermType, Gender, PartOfSpeech, Review)
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_BOOLS = {"true": True, "false": False}
# PyYAML is imported on the first read (:func:`_import_yaml`): opening a compiled index
# needs none of it.
_Loader: Any = None
_MAP: Any = None
_SEQ: Any = None
_SCALAR: Any = None


def _import_yaml() -> Any:
    global _Loader, _MAP, _SEQ, _SCALAR
    import yaml

    if _Loader is None:
        base = getattr(yaml, "CBaseLoader", yaml.BaseLoader)  # pure Python without libyaml
        tags = {
            yaml.ScalarNode: base.DEFAULT_SCALAR_TAG,
            yaml.SequenceNode: base.DEFAULT_SEQUENCE_TAG,
            yaml.MappingNode: base.DEFAULT_MAPPING_TAG,
        }

        class Loader(base):  # type: ignore[misc, valid-type]
            """The base loader, its tag resolution (it resolves nothing) done in one lookup:
            the composer asks for every node, and BaseResolver's general path cost a fifth
            of a large glossary's reading time."""

            def resolve(self, kind: type, value: object, implicit: object) -> str:
                return tags[kind]

        _Loader = Loader
        _MAP, _SEQ, _SCALAR = yaml.MappingNode, yaml.SequenceNode, yaml.ScalarNode
    return yaml


def glossary_files(path: Path) -> list[Path]:
    """The YAML files of a glossary: *path* itself, or every ``*.yaml``/``*.yml`` below it."""
    if path.is_dir():
        files = sorted(
            p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()
        )
        if not files:
            raise GlossaryError(f"{path}: no glossary files (*.yaml) in this directory")
        return files
    if not path.exists():
        raise GlossaryError(f"{path}: no such glossary file or directory")
    return [path]


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


class _Reader:
    """Walks the node tree of one file, collecting entries and problems."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.problems: list[Problem] = []

    def problem(self, node: yaml.Node | int, message: str) -> None:
        line = node if isinstance(node, int) else _line(node)
        self.problems.append(Problem(self.name, line, message))

    # scalars -------------------------------------------------------------------------

    def text(self, node: yaml.Node, what: str) -> str | None:
        if type(node) is not _SCALAR:
            self.problem(node, f"{what} must be a string, not a {_kind(node)}")
            return None
        value = str(node.value).strip()
        if not value:
            self.problem(node, f"empty {what}")
            return None
        return value

    def boolean(self, node: yaml.Node, what: str) -> bool | None:
        if type(node) is _SCALAR and node.value in _BOOLS:
            return _BOOLS[node.value]
        self.problem(node, f"{what} must be true or false, not {_show(node)}")
        return None

    def choice(self, node: yaml.Node, what: str, enum: type[_E]) -> _E | None:
        value = self.text(node, what)
        if value is None:
            return None
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(e.value for e in enum)
            self.problem(node, f"unknown {what} {value!r}; expected one of: {allowed}")
            return None

    def strings(self, node: yaml.Node, what: str) -> tuple[str, ...]:
        items = node.value if type(node) is _SEQ else [node]
        out = []
        for item in items:
            value = self.text(item, what)
            if value is not None:
                out.append(value)
        return tuple(out)

    def mapping(self, node: yaml.Node, what: str, fields: tuple[str, ...] | None) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """The pairs of a mapping node by key; reports duplicate and unknown keys."""
        if type(node) is not _MAP:
            self.problem(node, f"{what} must be a mapping, not a {_kind(node)}")
            return {}
        out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            key = key_node.value if type(key_node) is _SCALAR else None
            if not isinstance(key, str):
                self.problem(key_node, f"{what} keys must be strings, not a {_kind(key_node)}")
                continue
            if key in out:
                self.problem(key_node, f"duplicate key {key!r} in {what}")
                continue
            if fields is not None and key not in fields:
                hint = difflib.get_close_matches(key, fields, n=1)
                did_you_mean = f"; did you mean {hint[0]!r}?" if hint else ""
                self.problem(
                    key_node,
                    f"unknown field {key!r} in {what}{did_you_mean} "
                    f"(allowed: {', '.join(fields)})",
                )
                continue
            out[key] = (key_node, value_node)
        return out

    # structure -----------------------------------------------------------------------

    def document(self, root: yaml.Node | None) -> Iterator[Entry]:
        if root is None:
            self.problem(1, "empty glossary file: expected a mapping with 'entries:'")
            return
        top = self.mapping(root, "the top level", ("entries",))
        if "entries" not in top:
            if type(root) is _MAP:
                self.problem(root, "missing 'entries:' at the top level")
            return
        _, entries = top["entries"]
        if type(entries) is not _SEQ:
            self.problem(entries, f"'entries' must be a list, not a {_kind(entries)}")
            return
        for node in entries.value:
            entry = self.entry(node)
            if entry is not None:
                yield entry

    def entry(self, node: yaml.Node) -> Entry | None:
        fields = self.mapping(node, "entry", ENTRY_FIELDS)
        if type(node) is not _MAP:
            return None
        before = len(self.problems)
        origin = Origin(self.name, _line(node))
        entry_id = None
        if "id" not in fields:
            self.problem(node, "entry without 'id'")
        else:
            entry_id = self.text(fields["id"][1], "id")
            if entry_id is not None and not _ID.match(entry_id):
                self.problem(
                    fields["id"][1],
                    f"bad id {entry_id!r}: use lowercase letters, digits and single hyphens",
                )
        entry_type = None
        if "type" not in fields:
            self.problem(node, f"entry {entry_id or '?'!r} without 'type'")
        else:
            entry_type = self.choice(fields["type"][1], "entry type", EntryType)
        terms: tuple[Term, ...] = ()
        if "terms" not in fields:
            self.problem(node, f"entry {entry_id or '?'!r} without 'terms'")
        else:
            terms = self.terms(fields["terms"][1], entry_id or "?")
        note = self.text(fields["note"][1], "note") if "note" in fields else None
        definitions: list[tuple[str, str]] = []
        if "definition" in fields:
            for lang, (lang_node, value_node) in self.mapping(
                fields["definition"][1], "definition", None
            ).items():
                tag = self.lang(lang_node, lang)
                text = self.text(value_node, "definition")
                if tag is not None and text is not None:
                    definitions.append((tag, text))
        sources = self.strings(fields["sources"][1], "source") if "sources" in fields else ()
        related = self.ids(fields["related"][1], "related") if "related" in fields else ()
        ambiguous = (
            self.ids(fields["ambiguous_with"][1], "ambiguous_with")
            if "ambiguous_with" in fields
            else ()
        )
        dnt = (
            self.boolean(fields["do_not_translate"][1], "do_not_translate")
            if "do_not_translate" in fields
            else False
        )
        if entry_id is not None:
            self.counterparts(terms, entry_id)
        if len(self.problems) != before or entry_id is None or entry_type is None:
            return None
        return Entry(
            id=entry_id,
            type=entry_type,
            terms=terms,
            note=note,
            definitions=tuple(definitions),
            sources=sources,
            related=related,
            ambiguous_with=ambiguous,
            do_not_translate=bool(dnt),
            origin=origin,
        )

    def counterparts(self, terms: tuple[Term, ...], entry_id: str) -> None:
        """Each counterpart label names one term per language, in at least two languages."""
        langs: dict[str, dict[str, Term]] = {}
        for term in terms:
            if term.counterpart is None:
                continue
            same = langs.setdefault(term.counterpart, {})
            if term.lang in same:
                self.problem(term.origin.line if term.origin else 0, f"counterpart {term.counterpart!r} is on {same[term.lang].text!r} "
                                f"and {term.text!r}, both {term.lang!r}, in entry {entry_id!r}")
            same.setdefault(term.lang, term)
        for label, by_lang in langs.items():
            if len(by_lang) == 1:
                (term,) = by_lang.values()
                self.problem(term.origin.line if term.origin else 0, f"counterpart {label!r} of {term.text!r} is on no term of "
                                f"another language in entry {entry_id!r}")

    def ids(self, node: yaml.Node, what: str) -> tuple[str, ...]:
        out = []
        for item in node.value if type(node) is _SEQ else [node]:
            value = self.text(item, what)
            if value is None:
                continue
            if not _ID.match(value):
                self.problem(item, f"bad id {value!r} in {what}")
                continue
            out.append(value)
        return tuple(out)

    def lang(self, node: yaml.Node, tag: str) -> str | None:
        try:
            return canonical_tag(tag)
        except ValueError as exc:
            self.problem(node, str(exc))
            return None

    def terms(self, node: yaml.Node, entry_id: str) -> tuple[Term, ...]:
        out: list[Term] = []
        by_lang = self.mapping(node, "terms", None)
        if type(node) is _MAP and not by_lang:
            self.problem(node, f"entry {entry_id!r} has no terms")
        for raw_tag, (lang_node, list_node) in by_lang.items():
            lang = self.lang(lang_node, raw_tag)
            items = list_node.value if type(list_node) is _SEQ else [list_node]
            if not items:
                self.problem(list_node, f"entry {entry_id!r} has an empty term list for {raw_tag!r}")
            seen: dict[str, int] = {}
            for position, item in enumerate(items):
                term = self.term(item, lang or raw_tag, position)
                if term is None:
                    continue
                if term.text in seen:
                    self.problem(
                        item,
                        f"duplicate term {term.text!r} in {raw_tag!r} of entry {entry_id!r} "
                        f"(first at line {seen[term.text]})",
                    )
                    continue
                seen[term.text] = _line(item)
                out.append(term)
        return tuple(out)

    def term(self, node: yaml.Node, lang: str, position: int) -> Term | None:
        default = TermStatus.PREFERRED if position == 0 else TermStatus.ADMITTED
        origin = Origin(self.name, _line(node))
        if type(node) is _SCALAR:
            text = self.text(node, "term")
            return None if text is None else Term(text, lang, default, origin=origin)
        fields = self.mapping(node, "term", TERM_FIELDS)
        if type(node) is not _MAP:
            return None
        before = len(self.problems)
        text = None
        if "term" not in fields:
            self.problem(node, "term mapping without 'term:'")
        else:
            text = self.text(fields["term"][1], "term")
        status = default
        if "status" in fields:
            status = self.choice(fields["status"][1], "status", TermStatus) or default
            if status is TermStatus.PREFERRED and position > 0:
                self.problem(
                    fields["status"][1],
                    f"only the first term of a language can be preferred; move {text!r} first",
                )
        term_type = self.choice(fields["type"][1], "term type", TermType) if "type" in fields else None
        gender = self.choice(fields["gender"][1], "gender", Gender) if "gender" in fields else None
        pos = self.choice(fields["pos"][1], "part of speech", PartOfSpeech) if "pos" in fields else None
        note = self.text(fields["note"][1], "note") if "note" in fields else None
        case_sensitive = (
            self.boolean(fields["case_sensitive"][1], "case_sensitive")
            if "case_sensitive" in fields
            else False
        )
        context = self.strings(fields["context"][1], "context cue") if "context" in fields else ()
        plural = self.text(fields["plural"][1], "plural") if "plural" in fields else None
        counterpart = (self.text(fields["counterpart"][1], "counterpart")
                       if "counterpart" in fields else None)
        created, modified = self.stamp(fields, "created"), self.stamp(fields, "modified")
        review = self.choice(fields["review"][1], "review", Review) if "review" in fields else None
        if text is None or len(self.problems) != before:
            return None
        return Term(
            text=text,
            lang=lang,
            status=status,
            type=term_type,
            gender=gender,
            pos=pos,
            note=note,
            case_sensitive=bool(case_sensitive),
            context=context,
            origin=origin,
            plural=plural,
            counterpart=counterpart,
            created=created,
            modified=modified,
            review=review,
        )

    def stamp(self, fields: dict[str, tuple[yaml.Node, yaml.Node]], name: str) -> Stamp | None:
        """The review stamp *name* (``created``, ``modified``): an ISO date and, in
        ``NAME_by``, who; a ``NAME_by`` without its date is a problem."""
        by = self.text(fields[f"{name}_by"][1], f"{name}_by") if f"{name}_by" in fields else None
        if name not in fields:
            if by is not None:
                self.problem(fields[f"{name}_by"][1], f"{name}_by without {name}: give the date too")
            return None
        node = fields[name][1]
        value = self.text(node, name)
        if value is None:
            return None
        if not is_iso_date(value):
            self.problem(node, f"{name} must be a date written YYYY-MM-DD, not {value!r}")
            return None
        return Stamp(value, by)


def _kind(node: yaml.Node) -> str:
    if type(node) is _MAP:
        return "mapping"
    if type(node) is _SEQ:
        return "list"
    return f"string ({node.value!r})"


def _show(node: yaml.Node) -> str:
    return repr(node.value) if type(node) is _SCALAR else f"a {_kind(node)}"


def read_entries(stream: IO[str] | IO[bytes] | str, *, name: str) -> tuple[list[Entry], list[Problem]]:
    """Parse one glossary document; *name* is the file name used in problems.

    Returns the entries that are well-formed on their own and every problem found;
    checks that span entries (duplicate ids, ambiguous variants) are left to the caller.
    """
    yaml = _import_yaml()
    reader = _Reader(name)
    try:
        root = yaml.compose(stream, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = int(mark.line) + 1 if mark is not None else None
        what = " ".join(x for x in (exc.context, exc.problem) if x)
        return [], [Problem(name, line, f"malformed YAML: {what}")]
    except yaml.YAMLError as exc:
        return [], [Problem(name, None, f"malformed YAML: {exc}")]
    except UnicodeDecodeError as exc:
        return [], [Problem(name, None, f"not UTF-8 text: {exc.reason} at byte {exc.start}")]
    entries = list(reader.document(root))
    return entries, reader.problems


def read_files(files: Iterable[Path], *, base: Path | None = None) -> tuple[list[Entry], list[Problem]]:
    """Read several glossary files; names in problems are relative to the working directory."""
    entries: list[Entry] = []
    problems: list[Problem] = []
    with gc_paused():
        _read_into(files, entries, problems)
    return entries, problems


def _read_into(files: Iterable[Path], entries: list[Entry], problems: list[Problem]) -> None:
    for path in files:
        name = _display(path)
        try:
            with open(path, "rb") as handle:
                found, trouble = read_entries(handle, name=name)
        except OSError as exc:
            raise GlossaryError(f"{name}: cannot read: {exc.strerror}") from None
        entries.extend(found)
        problems.extend(trouble)


def _display(path: Path) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return rel if not rel.startswith("..") else str(path)


def raise_problems(problems: list[Problem]) -> None:
    """Raise a :class:`GlossaryFormatError` carrying *problems*, if there are any."""
    if problems:
        raise GlossaryFormatError(problems)
