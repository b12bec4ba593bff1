"""TMX 1.4 (and 1.1 to 1.3): translation units (``tu``) with one variant (``tuv``) a language.

The source language is the header's ``srclang`` unless given; the target language is the
one other language of the memory unless given (a memory of several target languages needs
``target_lang``). A ``<tu>`` without a variant in the source language is left out; one
without a target variant is a unit with no target. Units are named by their ``tuid``, else
by their position (1-based).
"""

from __future__ import annotations

from glossary.errors import Problem
from glossary.formats._xml import XMLElement

from ._inline import InlineRules, local_name, segment_text
from ._xmlinput import XML_LANG, parse
from .errors import QAFormatError
from .unit import Document, InputFormat, Unit, base_lang

__all__ = ["parse_tmx"]

_TMX = InlineRules(text=frozenset({"hi"}), code=frozenset({"bpt", "ept", "it", "ph", "ut"}))


def parse_tmx(data: bytes, *, name: str, source_lang: str | None = None,
              target_lang: str | None = None) -> Document:
    """The units of the TMX document *data* in one direction (see the module docstring).

    Raises :class:`~aligner.qa.errors.QAFormatError` with every problem found.
    """
    root = parse(data, name=name)
    if local_name(root) != "tmx":
        raise QAFormatError([Problem(name, root.sourceline,
                                     f"not TMX: the root element is <{local_name(root)}>")])
    ns = root.tag[: root.tag.index("}") + 1] if root.tag.startswith("{") else ""
    header = next(root.iterchildren(ns + "header"), None)
    body = next(root.iterchildren(ns + "body"), None)
    if body is None:
        raise QAFormatError([Problem(name, root.sourceline, "TMX without a <body>")])
    problems: list[Problem] = []
    tus = [(tu, _variants(tu, ns, name, problems)) for tu in body.iterchildren(ns + "tu")]
    declared = None if header is None else header.get("srclang")
    source = source_lang or (declared if declared and declared != "*all*" else None)
    if source is None:
        problems.append(Problem(name, None if header is None else header.sourceline,
                                "the header names no source language (srclang is "
                                f"{declared!r}): give it with --source-lang"))
        raise QAFormatError(problems)
    target = target_lang or _only_target(tus, source, name, problems)
    units: list[Unit] = []
    skipped = 0
    for n, (tu, variants) in enumerate(tus, 1):
        src = _pick(variants, source)
        if src is None:
            skipped += 1
            continue
        tgt = None if target is None else _pick(variants, target)
        uid = tu.get("tuid") or str(n)
        units.append(Unit(uid, segment_text(src, _TMX, name=name, problems=problems),
                          None if tgt is None else segment_text(tgt, _TMX, name=name,
                                                                problems=problems),
                          tu.sourceline))
    if problems:
        raise QAFormatError(problems)
    return Document(name, InputFormat.TMX, source, target or "", tuple(units),
                    version=root.get("version"), skipped=skipped)


def _variants(tu: XMLElement, ns: str, name: str,
              problems: list[Problem]) -> list[tuple[str, XMLElement]]:
    """(language, ``<seg>``) of each ``<tuv>`` of *tu*."""
    out = []
    for tuv in tu.iterchildren(ns + "tuv"):
        lang = tuv.get(XML_LANG) or tuv.get("lang")
        seg = next(tuv.iterchildren(ns + "seg"), None)
        if not lang:
            problems.append(Problem(name, tuv.sourceline, "<tuv> without xml:lang"))
        elif seg is None:
            problems.append(Problem(name, tuv.sourceline, "<tuv> without <seg>"))
        else:
            out.append((lang, seg))
    return out


def _pick(variants: list[tuple[str, XMLElement]], lang: str) -> XMLElement | None:
    """The segment of the first variant in *lang* (``en`` takes ``en-US``; ``en-US`` only
    ``en-US``, else any ``en``)."""
    exact = [seg for tag, seg in variants if tag.casefold() == lang.casefold()]
    if exact:
        return exact[0]
    base = base_lang(lang)
    return next((seg for tag, seg in variants if base_lang(tag) == base), None)


def _only_target(tus: list[tuple[XMLElement, list[tuple[str, XMLElement]]]], source: str,
                 name: str, problems: list[Problem]) -> str | None:
    """The one language other than *source* in the memory, or None with a problem."""
    others: dict[str, str] = {}
    for _, variants in tus:
        for tag, _ in variants:
            if base_lang(tag) != base_lang(source):
                others.setdefault(base_lang(tag), tag)
    if len(others) == 1:
        return next(iter(others.values()))
    if others:
        problems.append(Problem(name, None, f"several target languages ({', '.join(sorted(others))}): "
                                            "choose one with --target-lang"))
    return None
