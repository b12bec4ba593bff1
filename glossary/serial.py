"""Entries as plain JSON-ready dicts (the compiled index and ``--json`` output use them)."""

from __future__ import annotations

from typing import Any

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
)

__all__ = ["entry_from_dict", "entry_to_dict", "term_fields", "term_to_dict"]


def term_fields(term: Term) -> dict[str, Any]:
    """The optional fields of a term that are set (type, gender, pos, note,
    case_sensitive, context, plural, counterpart, then the review metadata: created,
    created_by, modified, modified_by, review), in that order, as JSON-ready values."""
    out: dict[str, Any] = {}
    if term.type is not None:
        out["type"] = term.type.value
    if term.gender is not None:
        out["gender"] = term.gender.value
    if term.pos is not None:
        out["pos"] = term.pos.value
    if term.note is not None:
        out["note"] = term.note
    if term.case_sensitive:
        out["case_sensitive"] = True
    if term.context:
        out["context"] = list(term.context)
    if term.plural is not None:
        out["plural"] = term.plural
    if term.counterpart is not None:
        out["counterpart"] = term.counterpart
    for name, stamp in (("created", term.created), ("modified", term.modified)):
        if stamp is not None:
            out[name] = stamp.date
            if stamp.by is not None:
                out[f"{name}_by"] = stamp.by
    if term.review is not None:
        out["review"] = term.review.value
    return out


def _stamp(data: dict[str, Any], name: str) -> Stamp | None:
    return Stamp(data[name], data.get(f"{name}_by")) if name in data else None


def term_to_dict(term: Term, *, origin: bool = True) -> dict[str, Any]:
    """A term as a dict; fields at their default are left out (``text``, ``lang`` and
    ``status`` are always there)."""
    out: dict[str, Any] = {"text": term.text, "lang": term.lang, "status": term.status.value}
    out.update(term_fields(term))
    if origin and term.origin is not None:
        out["origin"] = [term.origin.path, term.origin.line]
    return out


def entry_to_dict(entry: Entry, *, origin: bool = True) -> dict[str, Any]:
    """An entry as a dict, the inverse of :func:`entry_from_dict`."""
    out: dict[str, Any] = {
        "id": entry.id,
        "type": entry.type.value,
        "terms": [term_to_dict(t, origin=origin) for t in entry.terms],
    }
    if entry.note is not None:
        out["note"] = entry.note
    if entry.definitions:
        out["definitions"] = [list(pair) for pair in entry.definitions]
    for name in ("sources", "related", "ambiguous_with"):
        value = getattr(entry, name)
        if value:
            out[name] = list(value)
    if entry.do_not_translate:
        out["do_not_translate"] = True
    if origin and entry.origin is not None:
        out["origin"] = [entry.origin.path, entry.origin.line]
    return out


def _origin(value: Any) -> Origin | None:
    return Origin(value[0], value[1]) if value else None


def entry_from_dict(data: dict[str, Any]) -> Entry:
    """Rebuild an :class:`Entry` from :func:`entry_to_dict` output."""
    terms = tuple(
        Term(
            text=t["text"],
            lang=t["lang"],
            status=TermStatus(t["status"]),
            type=TermType(t["type"]) if "type" in t else None,
            gender=Gender(t["gender"]) if "gender" in t else None,
            pos=PartOfSpeech(t["pos"]) if "pos" in t else None,
            note=t.get("note"),
            case_sensitive=t.get("case_sensitive", False),
            context=tuple(t.get("context", ())),
            origin=_origin(t.get("origin")),
            plural=t.get("plural"),
            counterpart=t.get("counterpart"),
            created=_stamp(t, "created"),
            modified=_stamp(t, "modified"),
            review=Review(t["review"]) if "review" in t else None,
        )
        for t in data["terms"]
    )
    return Entry(
        id=data["id"],
        type=EntryType(data["type"]),
        terms=terms,
        note=data.get("note"),
        definitions=tuple((a, b) for a, b in data.get("definitions", ())),
        sources=tuple(data.get("sources", ())),
        related=tuple(data.get("related", ())),
        ambiguous_with=tuple(data.get("ambiguous_with", ())),
        do_not_translate=data.get("do_not_translate", False),
        origin=_origin(data.get("origin")),
    )
