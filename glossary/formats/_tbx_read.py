"""Reading TBX v2 (``martif``) and v3, DCA and DCT, into entries: the XML parsed safely
(no entity is expanded, nothing external is fetched), every element with its line."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..errors import Problem
from ..model import (
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
from ._common import (
    DEFAULT_MAX_BYTES,
    ImportResult,
    Source,
    UniqueIds,
    foreign_id,
    foreign_lang,
    gc_paused,
    read_input,
    slug_id,
)
from ._tbx_extension import parse_extension
from ._tbx_vocab import (
    EXTENSION,
    SOURCE_DESC,
    STATUS_CATEGORIES,
    STATUS_FROM_TBX,
    TBX_NS,
    status_key,
)
from ._xml import XMLElement, parse_xml
from .errors import ImportFormatError

__all__ = ["parse_tbx", "read_tbx"]

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_TYPED = {"descrip", "admin", "termNote", "ref", "xref", "transac", "transacNote", "adminNote", "descripNote"}
_TERM_TYPE = {t.value.casefold(): t for t in TermType} | {"transliteratedform": TermType.TRANSLITERATION}
_GENDER = {g.value.casefold(): g for g in Gender}
_POS = {p.value.casefold(): p for p in PartOfSpeech}
_TBX_OPEN = "{" + TBX_NS + "}"

#: Weblate's and the Translate Toolkit's "translation needed" marks (``no``: do not translate).
_TRANSLATION_NEEDED = {"translationNote", "Translation needed"}
#: What is skipped rather than dropped for want of a field: its plural.
_SKIPPED = {"empty term": "empty terms", "entry without terms": "entries without terms",
            "cross-reference without a target": "cross-references without a target"}


def _kind(el: XMLElement) -> tuple[str, str]:
    """The local name of an element and its data category: ``@type`` in DCA style, the
    element name in DCT (and for elements of other namespaces)."""
    local, typed = _TAGS.get(el.tag) or _tag(el.tag)
    return (local, el.get("type") or local) if typed else (local, local)


def _tag(tag: str) -> tuple[str, bool]:
    """The local name of *tag* and whether its data category is its ``@type``."""
    local = tag.rpartition("}")[2]
    known = (local, local in _TYPED and (tag[0] != "{" or tag.startswith(_TBX_OPEN)))
    if len(_TAGS) < _TAGS_KEPT:
        _TAGS[tag] = known
    return known


#: The local name of a tag and whether it is typed, for the tags read so far (a file uses
#: a few dozen; a hostile one with millions of distinct tags fills it only so far).
_TAGS: dict[str, tuple[str, bool]] = {}
_TAGS_KEPT = 4096


@dataclass
class _Concept:
    line: int
    raw_id: str | None
    terms: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    definitions: list[tuple[str, str, int]] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    related: list[tuple[str, int]] = field(default_factory=list)
    extension: dict[str, Any] = field(default_factory=dict)
    do_not_translate: bool = False


class _Reader:
    def __init__(self, name: str, doc_lang: str, ours: bool) -> None:
        self.name, self.doc_lang, self.ours = name, doc_lang, ours
        self.langs: dict[str, str] = {}  # language codes read so far, canonical
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []
        self.dropped: Counter[str] = Counter()
        self.dropped_at: dict[str, int] = {}
        #: status values read so far: (status or None when unknown, whether it was mapped)
        self.statuses: dict[str, tuple[TermStatus | None, bool]] = {}
        self.mapped: Counter[str] = Counter()
        self.mapped_at: dict[str, int] = {}

    def line(self, el: XMLElement) -> int:
        return el.sourceline or 0

    def text(self, el: XMLElement) -> str:
        raw = (el.text or "") if not len(el) else "".join(el.itertext())
        return raw.strip() if self.ours else " ".join(raw.split())

    def drop(self, what: str, el: XMLElement) -> None:
        self.dropped[what] += 1
        if what not in self.dropped_at:
            self.dropped_at[what] = self.line(el)

    def map(self, what: str, el: XMLElement) -> None:
        self.mapped[what] += 1
        if what not in self.mapped_at:
            self.mapped_at[what] = self.line(el)

    def extension(self, text: str, el: XMLElement, scope: str) -> tuple[tuple[str, Any], ...]:
        try:
            return parse_extension(text, scope)
        except ValueError as exc:
            self.errors.append(Problem(self.name, self.line(el), f"unreadable {EXTENSION} note: {exc}"))
            return ()

    def concept(self, el: XMLElement) -> _Concept:
        c = _Concept(self.line(el), el.get("id"))
        for child in el:
            local, cat = _kind(child)
            if local == "langSec" or local == "langSet":
                self.lang_section(child, c)
            elif local == "transacGrp":
                self.drop("transaction (transacGrp)", child)
            elif local.endswith("Grp"):
                for sub in child:
                    self.item(sub, *_kind(sub), c, None)
            else:
                self.item(child, local, cat, c, None)
        return c

    def item(self, el: XMLElement, local: str, cat: str, c: _Concept, lang: str | None) -> None:
        if cat == "definition":
            c.definitions.append((el.get(_XML_LANG) or lang or self.doc_lang, self.text(el), self.line(el)))
        elif cat == "source":
            c.sources.append(self.text(el))
        elif cat == "note":
            text = self.text(el)
            if text.startswith(EXTENSION):
                c.extension.update(self.extension(text, el, "entry"))
            elif text:
                c.notes.append(text)
        elif local == "ref" or cat == "crossReference":
            self.reference(el, c)
        elif cat == "externalCrossReference":
            c.sources.append(el.get("target") or self.text(el))
        elif cat in _TRANSLATION_NEEDED:
            self.translation_needed(el, c)
        elif local == "transacGrp":
            self.drop("transaction (transacGrp)", el)
        else:
            self.drop(cat, el)

    def reference(self, el: XMLElement, c: _Concept) -> None:
        if el.get("target"):
            c.related.append((el.get("target", ""), self.line(el)))
        else:
            self.drop("cross-reference without a target", el)

    def translation_needed(self, el: XMLElement, c: _Concept) -> None:
        """Weblate's ``translationNote`` and the Translate Toolkit's ``Translation needed``:
        ``no`` marks the entry do-not-translate."""
        value = self.text(el).casefold()
        if value == "no":
            c.do_not_translate = True
        elif value != "yes":
            self.map(f"{_kind(el)[1]} {self.text(el)!r} (neither yes nor no) ignored", el)

    def lang_section(self, el: XMLElement, c: _Concept) -> None:
        raw = el.get(_XML_LANG, "")
        lang = self.langs.get(raw)
        if lang is None:
            try:
                lang = self.langs[raw] = foreign_lang(raw)
            except ValueError as exc:
                self.errors.append(Problem(self.name, self.line(el), str(exc)))
                return
        for child in el:
            local, cat = _kind(child)
            if local == "termSec" or local == "tig" or local == "ntig":
                c.terms.setdefault(lang, []).extend(self.term(child, c, lang))
            elif local == "transacGrp":
                self.drop("transaction (transacGrp)", child)
            elif local.endswith("Grp"):
                for sub in child:
                    self.item(sub, *_kind(sub), c, lang)
            else:
                self.item(child, local, cat, c, lang)

    def term(self, el: XMLElement, c: _Concept, lang: str) -> list[dict[str, Any]]:
        """The term of a ``termSec`` (``tig``, ``ntig``) as a dict of its fields; a second
        ``<term>`` in the same section is kept as a term of its own with the same notes,
        and said so. A definition given with the term (Pontoon's TBX does so) is the
        entry's definition in the term's language; a usage sample (``context``) a note."""
        t: dict[str, Any] = {}
        self.term_items(el, t, c, lang)
        if "text" not in t:
            self.drop("empty term", el)
            return []
        t["line"] = self.line(el)
        more: list[tuple[str, XMLElement]] | None = t.pop("more", None)
        if more is None:
            return [t]
        out = [t]
        for text, item in more:
            line = self.line(item)
            self.warnings.append(Problem(self.name, line, f"a second <term> {text!r} in one {_kind(el)[0]} "
                                         f"(after {t['text']!r}) kept as a term of its own with the same notes"))
            out.append(t | {"text": text, "line": line})
        return out

    def term_items(self, el: XMLElement, t: dict[str, Any], c: _Concept, lang: str) -> None:
        """The children of a term section (or of a group in it) into *t* and *c*: the first
        term that is not empty as ``text``, any further one in ``more``."""
        for item in el:
            local, typed = _TAGS.get(item.tag) or _tag(item.tag)  # _kind, inlined: the hot loop
            cat = (item.get("type") or local) if typed else local
            if cat == "term":
                text = self.text(item)
                if text and "text" in t:
                    t.setdefault("more", []).append((text, item))
                elif text:
                    t["text"] = text
            elif cat in STATUS_CATEGORIES:
                self.status(item, cat, t)
            elif local == "transacGrp":
                self.transaction(item, t)
            elif local.endswith("Grp"):
                self.term_items(item, t, c, lang)
            elif cat == "termType":
                t["type"] = self.choice(_TERM_TYPE, item, "term type", "(the glossary has no such type)")
            elif cat == "grammaticalGender":
                t["gender"] = self.choice(_GENDER, item, "grammatical gender", "(not a glossary value)")
            elif cat == "partOfSpeech":
                t["pos"] = self.choice(_POS, item, "part of speech", "(not a glossary value)")
            elif cat == "note":
                text = self.text(item)
                if text.startswith(EXTENSION):
                    t.update(("ext:" + k, v) for k, v in self.extension(text, item, "term"))
                    t["ext"] = True
                elif text:
                    t.setdefault("notes", []).append(text)
            elif cat == "source":
                c.sources.append(self.text(item))
            elif cat == "definition":
                c.definitions.append((item.get(_XML_LANG) or lang, self.text(item), self.line(item)))
            elif cat == "context" and self.text(item):
                t.setdefault("notes", []).append(f"usage: {self.text(item)}")
            elif local == "ref" or cat == "crossReference":
                self.reference(item, c)
            elif cat == "externalCrossReference":
                c.sources.append(item.get("target") or self.text(item))
            elif cat in _TRANSLATION_NEEDED:
                self.translation_needed(item, c)
            else:
                self.drop(cat, item)

    def status(self, el: XMLElement, cat: str, t: dict[str, Any]) -> None:
        """A status value (``administrativeStatus``, ``normativeAuthorization``,
        ``usageStatus``) into the term's list of statuses; a value that is not known is an
        error (the term might be one that must not be used): read as deprecated when lenient."""
        value = self.text(el)
        known = self.statuses.get(value)  # a file repeats a handful of values
        if known is None:
            key = status_key(value)
            found = STATUS_FROM_TBX.get(key)
            known = self.statuses[value] = (found, found is not None and key != found.value)
        status, mapped = known
        if status is None:
            self.errors.append(Problem(self.name, self.line(el), f"unknown {cat} {value!r} (known: "
                                       f"{', '.join(STATUS_FROM_TBX)}); lenient: read as deprecated, "
                                       "never as a usable term"))
            status = TermStatus.DEPRECATED
        elif mapped:
            self.map(f"{cat} {value!r} read as {status.value}", el)
        if "statuses" in t:
            t["statuses"].append((status, cat, value, self.line(el)))
        else:
            t["statuses"] = [(status, cat, value, self.line(el))]

    def transaction(self, el: XMLElement, t: dict[str, Any]) -> None:
        """A term's ``transacGrp``: an origination or modification with its date (the date
        part of a date-time) and who, read as the term's ``created`` or ``modified``."""
        kind = date = by = None
        for child in el:
            local, cat = _kind(child)
            if cat == "transactionType":
                kind = self.text(child)
            elif local == "date":
                date = self.text(child)[:10]
            elif cat == "responsibility":
                by = self.text(child) or None
            else:
                self.drop(f"transaction {cat}", child)
        name = {"origination": "created", "modification": "modified"}.get(kind or "")
        if name is None or date is None or not is_iso_date(date):
            self.drop(f"transaction {kind or '(no type)'} without a known type and date", el)
            return
        if name in t:
            self.map(f"a second {kind} transaction ignored", el)
            return
        t[name] = Stamp(date, by)

    def choice(self, values: dict[str, Any], el: XMLElement, what: str, why: str) -> Any:
        value = self.text(el)
        member = values.get(value.casefold())
        if member is None:
            self.map(f"{what} {value!r} {why} ignored", el)
        return member

    # building entries ----------------------------------------------------------------

    def resolve_status(self, t: dict[str, Any]) -> None:
        """The term's status from the values given for it: the strictest one, and a warning
        when they disagree (``preferred`` as ``administrativeStatus``, ``deprecated`` as
        ``usageStatus``: the term is deprecated)."""
        statuses: list[tuple[TermStatus, str, str, int]] | None = t.get("statuses")
        if statuses is None:
            return
        if len(statuses) == 1:
            t["status"] = statuses[0][0]
            return
        strictest = max(statuses, key=lambda s: s[0].rank)
        t["status"] = strictest[0]
        others = sorted({f"{cat} {value!r}" for status, cat, value, _ in statuses
                         if status is not strictest[0]})
        if others:
            self.warnings.append(Problem(self.name, strictest[3],
                                         f"term {t['text']!r} has {strictest[1]} {strictest[2]!r} "
                                         f"and {', '.join(others)}: read as {strictest[0].value}"))

    def build_term(self, t: dict[str, Any], lang: str, position: int) -> Term:
        status = t.get("status") or (TermStatus.PREFERRED if position == 0 else TermStatus.ADMITTED)
        if "ext" not in t:  # no termaid note: the common case of a foreign file
            return Term(t["text"], lang, status, t.get("type"), t.get("gender"), t.get("pos"),
                        "\n".join(t["notes"]) if "notes" in t else None, created=t.get("created"),
                        modified=t.get("modified"))
        if t.get("ext:administrativeStatus") == "forbidden":
            status = TermStatus.FORBIDDEN
        term_type = t.get("type")
        pos = t.get("pos")
        try:
            if "ext:termType" in t:
                term_type = TermType(t["ext:termType"])
            if "ext:partOfSpeech" in t:
                pos = PartOfSpeech(t["ext:partOfSpeech"])
        except ValueError as exc:
            self.errors.append(Problem(self.name, t["line"], f"bad {EXTENSION} note: {exc}"))
        plural, counterpart = t.get("ext:plural"), t.get("ext:counterpart")
        review = None
        if "ext:review" in t:
            try:
                review = Review(t["ext:review"])
            except ValueError as exc:
                self.errors.append(Problem(self.name, t["line"], f"bad {EXTENSION} note: {exc}"))
        return Term(t["text"], lang, status, term_type, t.get("gender"), pos,
                    "\n".join(t["notes"]) if "notes" in t else None, bool(t.get("ext:caseSensitive", False)),
                    tuple(str(x) for x in t.get("ext:context", ())),
                    plural=plural if isinstance(plural, str) else None,
                    counterpart=counterpart if isinstance(counterpart, str) else None,
                    created=t.get("created"), modified=t.get("modified"), review=review)

    def terms(self, c: _Concept) -> list[Term]:
        out: list[Term] = []
        for lang, raw in c.terms.items():
            if len(raw) == 1:  # the common case: one term in the language
                self.resolve_status(raw[0])
                out.append(self.build_term(raw[0], lang, 0))
                continue
            seen: set[str] = set()
            unique = []
            # the preferred term comes first, and without one the first term that has no
            # status (it becomes the preferred one); a second preferred one is admitted
            preferred = unmarked = None
            for t in raw:
                if t["text"] in seen:
                    self.warnings.append(Problem(self.name, t["line"], f"duplicate term {t['text']!r} in {lang!r} skipped"))
                    continue
                seen.add(t["text"])
                unique.append(t)
                self.resolve_status(t)
                status = t.get("status")
                if status is TermStatus.PREFERRED:
                    preferred = preferred or t
                elif status is None:
                    unmarked = unmarked or t
            first = preferred or unmarked
            if first is not None and first is not unique[0]:
                unique.sort(key=lambda t: t is not first)
            for position, t in enumerate(unique):
                if position > 0 and t.get("status") is TermStatus.PREFERRED:
                    self.warnings.append(Problem(self.name, t["line"], f"second preferred term {t['text']!r} in {lang!r} read as admitted"))
                    t["status"] = TermStatus.ADMITTED
                out.append(self.build_term(t, lang, position))
        return out

    def summary(self) -> list[Problem]:
        out = [Problem(self.name, self.dropped_at[k], f"skipped {n} {_SKIPPED[k] if n > 1 else k} (first at this line)")
               if k in _SKIPPED else
               Problem(self.name, self.dropped_at[k], f"dropped {n} {k!r} value{'s' if n > 1 else ''} "
                       f"(first at this line): the glossary has no field for them")
               for k, n in self.dropped.items()]
        out += [Problem(self.name, self.mapped_at[k], f"{k} ({n}x, first at this line)") for k, n in self.mapped.items()]
        return out


@gc_paused()
def parse_tbx(data: bytes, *, name: str, entry_type: EntryType = EntryType.CONCEPT, strict: bool = True) -> ImportResult:
    """Entries from the bytes of a TBX file (v2 or v3, DCA or DCT).

    Ids are kept from files termaid wrote and made from the preferred term otherwise.
    What the glossary has no field for (transactions, subject fields, context sentences,
    graphics, ...) is dropped and reported, one warning per data category.
    """
    root = parse_xml(data, name=name)
    kind = root.tag.rpartition("}")[2]
    if kind not in ("tbx", "martif"):
        raise ImportFormatError([Problem(name, root.sourceline, f"not a TBX file: the root element is <{kind}>, not <tbx> or <martif>")])
    header = next(root.iterchildren("{*}tbxHeader", "{*}martifHeader"), None)
    ours = header is not None and any((p.text or "").strip() == SOURCE_DESC for p in header.iter("{*}p"))
    try:
        doc_lang = foreign_lang(root.get(_XML_LANG) or "en")
    except ValueError:
        doc_lang = "en"
    reader = _Reader(name, doc_lang, ours)
    concepts = [reader.concept(el) for el in root.iter("{*}conceptEntry", "{*}termEntry")]
    for back in root.iter("{*}back"):  # refObjectSec (v3), refObjectList (v2): what entries point to
        for child in back:
            reader.drop(f"back matter ({_kind(child)[0]})", child)
    if not concepts:
        reader.errors.append(Problem(name, root.sourceline, "no conceptEntry or termEntry: nothing to import"))
    taken = UniqueIds()
    ids: dict[str, str] = {}
    built: list[tuple[_Concept, list[Term], str]] = []
    for c in concepts:
        terms = reader.terms(c)
        if not terms:
            reader.dropped["entry without terms"] += 1
            reader.dropped_at.setdefault("entry without terms", c.line)
            continue
        base = foreign_id(c.raw_id) if ours else None
        label = next((t.text for t in terms if t.lang == doc_lang), terms[0].text)
        entry_id = taken.take(base or slug_id(label))
        if c.raw_id:
            ids.setdefault(c.raw_id, entry_id)
        built.append((c, terms, entry_id))
    entries, typed = [], set()
    for c, terms, entry_id in built:
        related = []
        for target, line in c.related:
            if target in ids and ids[target] != entry_id:
                related.append(ids[target])
            else:
                reader.warnings.append(Problem(name, line, f"cross-reference to {target!r} dropped: no such entry in this file"))
        definitions: dict[str, str] = {}
        for raw_lang, text, line in c.definitions:
            try:
                lang = foreign_lang(raw_lang)
            except ValueError as exc:
                reader.errors.append(Problem(name, line, str(exc)))
                continue
            if lang in definitions and definitions[lang] != text:
                reader.warnings.append(Problem(name, line, f"second definition in {lang!r} dropped"))
            elif text and lang not in definitions:  # the same one again (concept and language level): kept once
                definitions[lang] = text
        ext = c.extension
        kind_ = entry_type
        if "entryType" in ext:
            try:
                kind_ = EntryType(ext["entryType"])
                typed.add(entry_id)
            except ValueError:
                reader.errors.append(Problem(name, c.line, f"unknown entryType {ext['entryType']!r}"))
        entries.append(Entry(
            entry_id, kind_, tuple(terms), note="\n".join(c.notes) or None,
            definitions=tuple(definitions.items()), sources=tuple(dict.fromkeys(s for s in c.sources if s)),
            related=tuple(dict.fromkeys(related)),
            ambiguous_with=tuple(str(x) for x in ext.get("ambiguousWith", ())),
            do_not_translate=bool(ext.get("doNotTranslate", False)) or c.do_not_translate, origin=Origin(name, c.line),
        ))
    if strict and reader.errors:
        raise ImportFormatError(sorted(reader.errors, key=lambda p: p.line or 0))
    problems = sorted(reader.errors + reader.warnings + reader.summary(), key=lambda p: p.line or 0)
    return ImportResult(tuple(entries), tuple(problems), frozenset(typed), "tbx")


def read_tbx(source: Source, *, entry_type: EntryType = EntryType.CONCEPT, strict: bool = True,
             max_bytes: int = DEFAULT_MAX_BYTES) -> ImportResult:
    """Entries from a TBX file; see :func:`parse_tbx`."""
    data, name = read_input(source, max_bytes=max_bytes)
    return parse_tbx(data, name=name, entry_type=entry_type, strict=strict)
