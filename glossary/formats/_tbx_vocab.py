"""The TBX vocabulary termaid writes and reads: namespace, status values, extension notes."""

from __future__ import annotations

from ..model import TermStatus

__all__ = ["EXTENSION", "SOURCE_DESC", "STATUS_TO_TBX", "TBX_NS", "TERM_TYPES_TBX"]

#: The TBX v3 namespace.
TBX_NS = "urn:iso:std:iso:30042:ed-2"
#: The prefix of the notes that carry what TBX-Basic has no data category for.
EXTENSION = "termaid:"
#: Our statuses as TBX-Basic ``administrativeStatus`` values.
STATUS_TO_TBX = {
    TermStatus.PREFERRED: "preferredTerm-admn-sts",
    TermStatus.ADMITTED: "admittedTerm-admn-sts",
    TermStatus.DEPRECATED: "deprecatedTerm-admn-sts",
    TermStatus.FORBIDDEN: "deprecatedTerm-admn-sts",
}
#: Term types TBX-Basic allows; the others are written as their nearest TBX-Basic type.
TERM_TYPES_TBX = {"fullForm", "shortForm", "acronym", "abbreviation", "variant"}
#: The sourceDesc paragraph by which the reader knows a file termaid wrote.
SOURCE_DESC = "termaid glossary export"
