"""Parsing XML safely and fast: defusedxml checks the prolog (no entity may be declared,
nothing external referenced), then libxml2, through lxml, parses the document in C without
expanding or fetching anything, and gives every element its line."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Protocol, overload

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden  # type: ignore[import-untyped]
from defusedxml.ElementTree import DefusedXMLParser, ParseError  # type: ignore[import-untyped]
from lxml import etree  # type: ignore[import-untyped]

from ..errors import Problem
from .errors import ImportFormatError, UnsafeXMLError

__all__ = ["XMLElement", "parse_xml"]

_CHUNK = 1 << 16
_AT = re.compile(r"[:,] line \d+, column \d+$")


class XMLElement(Protocol):
    """What the readers use of an element (lxml's ``_Element``)."""

    @property
    def tag(self) -> str: ...
    @property
    def text(self) -> str | None: ...
    @property
    def sourceline(self) -> int | None: ...
    @overload
    def get(self, key: str) -> str | None: ...
    @overload
    def get(self, key: str, default: str) -> str: ...
    def __iter__(self) -> Iterator[XMLElement]: ...
    def __len__(self) -> int: ...
    def iter(self, *tags: str) -> Iterator[XMLElement]: ...
    def iterchildren(self, *tags: str) -> Iterator[XMLElement]: ...
    def itertext(self) -> Iterator[str]: ...


def parse_xml(data: bytes, *, name: str) -> XMLElement:
    """The root element of the XML document *data* (*name* is the file name for messages).

    Raises :class:`UnsafeXMLError` for an entity declaration or an external reference, and
    :class:`ImportFormatError` for XML that is not well-formed or beyond libxml2's safety
    limits (256 levels deep, 10 MB of text in one node), each naming the line. Comments and
    processing instructions are left out of the tree. An element's line is the line where
    its start tag ends.
    """
    doctype = _expat_check(data, name, whole=False)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True, remove_pis=True, collect_ids=False,
                             attribute_defaults=False, dtd_validation=False)
    # libxml2 still asks for a DOCTYPE's SYSTEM file (a FIFO hung the import, a local DTD's
    # attribute defaults reached the entries): every such request gets an empty document
    parser.resolvers.add(_OpenNothing())
    try:
        root: XMLElement = etree.fromstring(data, parser)
    except LookupError:
        raise ImportFormatError([Problem(name, 1, "the XML declaration names an unknown encoding; "
                                         "write the file in UTF-8")]) from None
    except etree.XMLSyntaxError as exc:
        _expat_check(data, name, whole=True)  # expat's message, as for any XML termaid reads
        line, column = exc.position
        what = _AT.sub("", str(exc.msg))
        raise ImportFormatError([Problem(name, line, f"cannot parse XML: {what} (column {column})")]) from None
    if doctype:
        # with a DTD outside the file (never read), an unknown entity is not an error to
        # libxml2: it stays in the tree as a reference; expat refuses it, and so do we
        for entity in root.iter(etree.Entity):
            _expat_check(data, name, whole=True)
            raise ImportFormatError([Problem(name, entity.sourceline,
                                             f"not well-formed XML: undefined entity {entity.text}")])
    return root


class _OpenNothing(etree.Resolver):  # type: ignore[misc]
    """Answers every request for an outside document (DTD, entity) with an empty one:
    nothing a document names is opened, local or remote, whatever the parser options."""

    def resolve(self, url: str, pubid: str, context: object) -> object:
        return self.resolve_string("", context)


class _Stop(Exception):
    """The prolog is over."""


class _PrologTarget:
    """Stops the parse at the first start tag: the DTD, if any, lies before it."""

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        raise _Stop


class _CheckTarget:
    """Builds nothing; having ``data`` makes expat report undefined entities."""

    def data(self, text: str) -> None:
        pass

    def close(self) -> None:
        pass


def _expat_check(data: bytes, name: str, *, whole: bool) -> bool:
    """Run expat, with defusedxml's guards, over the prolog of *data* or over all of it;
    raise on the first thing refused or not well-formed. Whether there is a DOCTYPE."""
    parser = DefusedXMLParser(target=_CheckTarget() if whole else _PrologTarget(),
                              forbid_dtd=False, forbid_entities=True, forbid_external=True)
    expat = parser.parser
    doctype = []
    expat.StartDoctypeDeclHandler = lambda *_: doctype.append(True)
    try:
        for offset in range(0, len(data), _CHUNK):
            parser.feed(data[offset:offset + _CHUNK])
        parser.close()
    except _Stop:
        pass
    except LookupError:
        raise ImportFormatError([Problem(name, 1, "the XML declaration names an encoding Python does not "
                                         "know; write the file in UTF-8")]) from None
    except ParseError as exc:
        line, column = exc.position
        what = _AT.sub("", str(exc))
        raise ImportFormatError([Problem(name, line, f"not well-formed XML: {what} (column {column + 1})")]) from None
    except (EntitiesForbidden, DTDForbidden) as exc:
        raise UnsafeXMLError([Problem(name, int(expat.CurrentLineNumber),
                                      f"refused entity declaration {getattr(exc, 'name', '')!r}: "
                                      "entities are never expanded (entity bombs, external files)")]) from None
    except ExternalReferenceForbidden as exc:
        raise UnsafeXMLError([Problem(name, int(expat.CurrentLineNumber),
                                      f"refused external reference {exc.sysid!r}: nothing is fetched")]) from None
    return bool(doctype)
