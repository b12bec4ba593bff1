"""Rendering entries and lookup results as JSON-ready dicts and as plain text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from glossary.equivalent import equivalent
from glossary.lookup import LookupResult, Match
from glossary.model import Entry, Term, lang_matches
from glossary.serial import term_fields

if TYPE_CHECKING:
    from aligner.concordance import Occurrence

__all__ = ["entry_json", "entry_lines", "lookup_json", "markup", "match_json", "shown", "term_label"]

#: Characters a terminal acts on rather than shows: C0 and C1 controls (ESC starts a
#: terminal command), DEL, line and paragraph separators, and the bidi controls that
#: reorder what follows ("Trojan source"). Tab and line feed are shown as they are.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: str) -> str:
    """*text* with the characters a terminal would act on written as escapes.

    >>> shown("Evil\x1b]0;title\x07"), shown("Bündnis")
    ('Evil\\x1b]0;title\\x07', 'Bündnis')
    """
    return _CONTROL.sub(_escape, text)


def markup(text: str) -> str:
    """*text* for Rich markup: control characters escaped (:func:`shown`), and brackets
    too, so that ``[de]`` or ``[bold]`` in a term is printed, not taken for a style."""
    from rich.markup import escape

    return escape(shown(text))


def _term_json(term: Term) -> dict[str, Any]:
    return {"term": term.text, "status": term.status.value, **term_fields(term)}


def _terms_by_lang(entry: Entry, only: str | None = None) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for term in entry.terms:
        if only is None or lang_matches(term.lang, only):
            out.setdefault(term.lang, []).append(_term_json(term))
    for terms in out.values():  # preferred first, keeping file order among equals
        terms.sort(key=lambda t: _STATUS_ORDER[t["status"]])
    return out


_STATUS_ORDER = {"preferred": 0, "admitted": 1, "deprecated": 2, "forbidden": 3}


def entry_json(entry: Entry) -> dict[str, Any]:
    """An entry in the ``--json`` schema (``show`` and ``list``)."""
    out: dict[str, Any] = {"id": entry.id, "type": entry.type.value}
    out["terms"] = _terms_by_lang(entry)
    out["note"] = entry.note
    out["definition"] = dict(entry.definitions)
    out["sources"] = list(entry.sources)
    out["related"] = list(entry.related)
    out["do_not_translate"] = entry.do_not_translate
    return out


def match_json(match: Match, *, to: str | None = None) -> dict[str, Any]:
    """A lookup match in the ``--json`` schema."""
    entry = match.entry
    out: dict[str, Any] = {
        "id": entry.id,
        "type": entry.type.value,
        "score": match.score,
        "match": match.kind.value,
        "matched": {"term": match.term.text, "lang": match.term.lang, "status": match.term.status.value},
        "terms": _terms_by_lang(entry),
        "note": entry.note,
    }
    if match.inflection is not None:
        i = match.inflection
        out["inflection"] = {"form": i.form, "ending": i.ending, "declension": i.declension,
                             "plural": i.plural}
    if match.term.status.discouraged:
        use = match.replacement
        out["use"] = None if use is None else {"term": use.text, "lang": use.lang}
    if to is not None:
        target = equivalent(entry, match.term, to)
        out["target"] = None if target is None else {"term": target.text, "lang": target.lang}
    return out


def lookup_json(
    result: LookupResult, *, to: str | None = None, mentions: Sequence[Occurrence] | None = None
) -> dict[str, Any]:
    """A lookup result in the ``--json`` schema: ``query``, ``matches``, ``suggestions``
    and, with ``--in``, ``mentions``."""
    out: dict[str, Any] = {
        "query": result.query,
        "matches": [match_json(m, to=to) for m in result.matches],
        "suggestions": [
            {"term": s.text, "lang": s.lang, "id": s.entry_id, "score": s.score}
            for s in result.suggestions
        ],
    }
    if mentions is not None:
        out["mentions"] = [occ.to_dict() for occ in mentions]
    return out


def term_label(term: Term) -> str:
    """``Araghtschi`` or ``Araghchi (deprecated, transliteration)``."""
    extras = [term.status.value] if term.status.value != "preferred" else []
    if term.type is not None:
        extras.append(term.type.value)
    text = shown(term.text)
    return f"{text} ({', '.join(extras)})" if extras else text


def entry_lines(entry: Entry, *, only: str | None = None, details: bool = False) -> list[str]:
    """An entry as indented plain-text lines (without the heading line); every text from
    the glossary passes :func:`shown`."""
    lines = []
    if entry.note:
        lines.append(f"  {shown(entry.note)}")
    langs: dict[str, list[Term]] = {}
    for term in entry.terms:
        if only is None or lang_matches(term.lang, only):
            langs.setdefault(term.lang, []).append(term)
    for lang, terms in langs.items():
        terms.sort(key=lambda t: t.status.rank)
        lines.append(f"  {lang}: " + "; ".join(term_label(t) for t in terms))
        if details:
            for t in terms:
                if t.note or t.context or t.case_sensitive:
                    bits = [f"note: {shown(t.note)}"] if t.note else []
                    if t.case_sensitive:
                        bits.append("case-sensitive")
                    if t.context:
                        bits.append("context: " + shown(", ".join(t.context)))
                    lines.append(f"      {shown(t.text)}: " + "; ".join(bits))
    if details:
        for lang, text in entry.definitions:
            lines.append(f"  definition ({lang}): {shown(text)}")
        if entry.related:
            lines.append("  related: " + ", ".join(entry.related))
        for source in entry.sources:
            lines.append(f"  source: {shown(source)}")
        if entry.do_not_translate:
            lines.append("  do not translate")
        if entry.origin is not None:
            lines.append(f"  defined at {entry.origin}")
    return lines
