"""Parsing a bilingual XML file as safely as TBX: the glossary's guarded parser, our errors."""

from __future__ import annotations

from glossary.formats._xml import XMLElement, parse_xml
from glossary.formats.errors import ImportFormatError, UnsafeXMLError

from .errors import QAFormatError, UnsafeInputError

__all__ = ["XML_LANG", "parse"]

#: The ``xml:lang`` attribute as lxml names it.
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def parse(data: bytes, *, name: str) -> XMLElement:
    """The root element of *data*: entity declarations and external references are refused,
    nothing is expanded or fetched (see :func:`glossary.formats._xml.parse_xml`)."""
    try:
        return parse_xml(data, name=name)
    except UnsafeXMLError as exc:
        raise UnsafeInputError(exc.problems) from None
    except ImportFormatError as exc:
        raise QAFormatError(exc.problems) from None
