"""The TBX vocabulary termaid writes and reads: namespace, status values, extension notes."""

from __future__ import annotations

import functools
import re

from ..model import TermStatus

__all__ = [
    "EXTENSION",
    "MARTIF_XCS",
    "SOURCE_DESC",
    "STATUS_CATEGORIES",
    "STATUS_FROM_TBX",
    "STATUS_TO_TBX",
    "TBX_NS",
    "TERM_TYPES_TBX",
    "status_key",
]

#: The TBX v3 namespace.
TBX_NS = "urn:iso:std:iso:30042:ed-2"
#: The constraint specification a TBX-Basic v2 (``martif``) file names in its header.
MARTIF_XCS = "TBXBasicXCSV02.xcs"
#: The prefix of the notes that carry what TBX-Basic has no data category for.
EXTENSION = "termaid:"
#: Our statuses as TBX-Basic ``administrativeStatus`` values (v2 and v3 alike).
STATUS_TO_TBX = {
    TermStatus.PREFERRED: "preferredTerm-admn-sts",
    TermStatus.ADMITTED: "admittedTerm-admn-sts",
    TermStatus.DEPRECATED: "deprecatedTerm-admn-sts",
    TermStatus.FORBIDDEN: "deprecatedTerm-admn-sts",
}
#: The data categories that carry a term's status: TBX-Basic's ``administrativeStatus``,
#: TBX-Default's ``normativeAuthorization`` and the ``usageStatus`` of ISO 12620 that
#: termbase exports (MultiTerm, TBX v3 dialects) write as a ``termNote``.
STATUS_CATEGORIES = frozenset({"administrativeStatus", "normativeAuthorization", "usageStatus"})
#: What a status value means, by its key (see :func:`status_key`). The picklists of
#: TBX-Basic and TBX-Default (``preferredTerm-admn-sts``, ``supersededTerm``, ...), the
#: plain words of ``usageStatus`` and Weblate's ``forbidden`` and ``obsolete``. A term that
#: is superseded, obsolete or not recommended is one a writer must replace: deprecated.
#: Standardized, legal and regulated terms are prescribed by a standard or a law: preferred.
STATUS_FROM_TBX = {
    "preferred": TermStatus.PREFERRED,
    "standardized": TermStatus.PREFERRED,
    "legal": TermStatus.PREFERRED,
    "regulated": TermStatus.PREFERRED,
    "admitted": TermStatus.ADMITTED,
    "deprecated": TermStatus.DEPRECATED,
    "superseded": TermStatus.DEPRECATED,
    "obsolete": TermStatus.DEPRECATED,
    "notrecommended": TermStatus.DEPRECATED,
    "forbidden": TermStatus.FORBIDDEN,
}
#: Term types TBX-Basic allows; the others are written as their nearest TBX-Basic type.
TERM_TYPES_TBX = {"fullForm", "shortForm", "acronym", "abbreviation", "variant"}
#: The sourceDesc paragraph by which the reader knows a file termaid wrote.
SOURCE_DESC = "termaid glossary export"

_NOT_LETTERS = re.compile(r"[^a-z]+")


@functools.lru_cache(maxsize=64)
def status_key(value: str) -> str:
    """The key of a status value in :data:`STATUS_FROM_TBX`: letters only, casefolded,
    without the ``Term`` and ``-admn-sts`` of the TBX picklists.

    >>> status_key("preferredTerm-admn-sts"), status_key("supersededTerm"), status_key("not recommended")
    ('preferred', 'superseded', 'notrecommended')
    """
    key = _NOT_LETTERS.sub("", value.casefold())
    key = key.removesuffix("admnsts")
    return key.removesuffix("term")
