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
from collections.abc import Callable, Iterable, Iterator
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
from .textcheck import note_problem, term_problem

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

#: The text checks of :mod:`glossary.textcheck`, by what a value is.
_CHECKS = {"term": term_problem, "context cue": term_problem, "plural": term_problem,
           "counterpart": term_problem, "note": note_problem,
           "definition": note_problem, "source": note_problem}
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
    """The YAML files of a glossary: *path* itself, or every ``*.yaml``/``*.yml`` below it.

    A write of the glossary that a crash interrupted after its moment of commit is finished
    first (:func:`glossary.atomic.recover`), so a reader sees the old glossary or the new.
    """
    finish_interrupted_write(path)
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


def finish_interrupted_write(path: Path) -> None:
    """Finish a commit of *path* that a crash interrupted, under the write lock."""
    from .atomic import journal_path

    try:
        journal = journal_path(path)
        pending = journal.exists()
    except OSError:
        return
    if pending:
        from .atomic import recover
        from .lock import glossary_lock

        with glossary_lock(path):
            recover(journal)


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
        check = _CHECKS.get(what)
        trouble = check(value) if check is not None else None
        if trouble is not None:
            self.problem(node, f"{what} {value!r} {trouble}")
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


def read_entries(stream: IO[str] | IO[bytes] | str | bytes, *, name: str) -> tuple[list[Entry], list[Problem]]:
    """Parse one glossary document; *name* is the file name used in problems.

    Returns the entries that are well-formed on their own and every problem found;
    checks that span entries (duplicate ids, ambiguous variants) are left to the caller.
    Malformed YAML gives no entries and the one problem.
    """
    entries: list[Entry] = []
    problems = iter_entries(stream, name=name, into=entries.append)
    return (entries if not _malformed(problems) else []), problems


def iter_entries(stream: IO[str] | IO[bytes] | str | bytes, *, name: str,
                 into: Callable[[Entry], object]) -> list[Problem]:
    """Parse one glossary document, handing each well-formed entry to *into* as it is
    read (the caller decides what to keep), and return the problems found."""
    yaml = _import_yaml()
    reader = _Reader(name)
    try:
        for node in _entry_nodes(yaml, _Loader(stream), reader):
            entry = reader.entry(node)
            if entry is not None:
                into(entry)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = int(mark.line) + 1 if mark is not None else None
        what = " ".join(x for x in (exc.context, exc.problem) if x)
        return [Problem(name, line, f"{_MALFORMED}{what}")]
    except yaml.YAMLError as exc:
        return [Problem(name, None, f"{_MALFORMED}{exc}")]
    except UnicodeDecodeError as exc:
        return [Problem(name, None, f"not UTF-8 text: {exc.reason} at byte {exc.start}")]
    except RecursionError:
        return [Problem(name, None, f"{_MALFORMED}nested too deeply")]
    return reader.problems


_MALFORMED = "malformed YAML: "


def _malformed(problems: list[Problem]) -> bool:
    return len(problems) == 1 and (problems[0].message.startswith(_MALFORMED)
                                   or problems[0].message.startswith("not UTF-8 text"))


def _compose(yaml: Any, loader: Any, anchors: dict[str, Any]) -> Any:
    """The next node of *loader*'s events: libyaml parses, this composes one entry at a
    time (libyaml composes only whole documents: a file of 100k entries would be one node
    tree of 510 MB). No tag is resolved; as fast as libyaml's own composer."""
    event = loader.get_event()
    kind = type(event)
    if kind is yaml.AliasEvent:
        if event.anchor not in anchors:
            raise yaml.composer.ComposerError(None, None, f"found undefined alias {event.anchor!r}",
                                              event.start_mark)
        return anchors[event.anchor]
    if kind is yaml.ScalarEvent:
        node = _SCALAR(_TAGS[0], event.value, event.start_mark, event.end_mark, event.style)
    elif kind is yaml.SequenceStartEvent:
        items: list[Any] = []
        node = _SEQ(_TAGS[1], items, event.start_mark, None, event.flow_style)
        while type(loader.peek_event()) is not yaml.SequenceEndEvent:
            items.append(_compose(yaml, loader, anchors))
        node.end_mark = loader.get_event().end_mark
    elif kind is yaml.MappingStartEvent:
        pairs: list[tuple[Any, Any]] = []
        node = _MAP(_TAGS[2], pairs, event.start_mark, None, event.flow_style)
        while type(loader.peek_event()) is not yaml.MappingEndEvent:
            key = _compose(yaml, loader, anchors)
            pairs.append((key, _compose(yaml, loader, anchors)))
        node.end_mark = loader.get_event().end_mark
    else:
        raise yaml.composer.ComposerError(None, None, f"expected a node, not {kind.__name__}", event.start_mark)
    if event.anchor is not None:
        anchors[event.anchor] = node
    return node


_TAGS = ("tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map")


def _entry_nodes(yaml: Any, loader: Any, reader: _Reader) -> Iterator[Any]:
    """The node of each item of ``entries:``, composed one at a time; what is wrong with
    the rest of the document goes to *reader*."""
    anchors: dict[str, Any] = {}
    loader.get_event()  # stream start
    if loader.check_event(yaml.StreamEndEvent):
        list(reader.document(None))  # reports the empty file
        return
    loader.get_event()  # document start
    if not loader.check_event(yaml.MappingStartEvent):
        list(reader.document(_compose(yaml, loader, anchors)))  # reports what the root is
    else:
        start = loader.get_event()
        found = False
        while not loader.check_event(yaml.MappingEndEvent):
            key = _compose(yaml, loader, anchors)
            if (type(key) is _SCALAR and key.value == "entries" and not found
                    and loader.check_event(yaml.SequenceStartEvent)):
                found = True
                loader.get_event()
                while not loader.check_event(yaml.SequenceEndEvent):
                    yield _compose(yaml, loader, anchors)
                loader.get_event()
                continue
            value = _compose(yaml, loader, anchors)
            top = reader.mapping(yaml.MappingNode("tag:yaml.org,2002:map", [(key, value)], key.start_mark,
                                                  value.end_mark), "the top level", ("entries",))
            if "entries" in top:
                if found:
                    reader.problem(key, "duplicate key 'entries' in the top level")
                else:
                    found = True
                    reader.problem(value, f"'entries' must be a list, not a {_kind(value)}")
        loader.get_event()
        if not found:
            reader.problem(int(start.start_mark.line) + 1, "missing 'entries:' at the top level")
    loader.get_event()  # document end
    if not loader.check_event(yaml.StreamEndEvent):
        event = loader.get_event()
        raise yaml.composer.ComposerError("expected a single document in the stream", None,
                                          "but found another document", event.start_mark)


def read_files(files: Iterable[Path], *, contents: Iterable[bytes] | None = None) -> tuple[list[Entry], list[Problem]]:
    """Read several glossary files; names in problems are relative to the working directory.

    With *contents* (the files' bytes, in the same order) those bytes are parsed instead of
    reading the files again: what is parsed is then exactly what the caller digested.
    """
    entries: list[Entry] = []
    problems: list[Problem] = []
    with gc_paused():
        _read_into(files, contents, entries, problems)
    return entries, problems


def read_bytes(path: Path) -> bytes:
    """The bytes of a glossary file; an unreadable file is a :class:`GlossaryError`."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise GlossaryError(f"{_display(path)}: cannot read: {exc.strerror}") from None


def _read_into(files: Iterable[Path], contents: Iterable[bytes] | None, entries: list[Entry],
               problems: list[Problem]) -> None:
    datas = iter(contents) if contents is not None else None
    for path in files:
        name = _display(path)
        data = next(datas) if datas is not None else read_bytes(path)
        found, trouble = read_entries(data, name=name)
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
