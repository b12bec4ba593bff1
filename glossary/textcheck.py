"""What text a glossary may hold: the checks every reader applies to terms and notes.

A term must survive every format termaid writes (YAML, PO, MO, TBX, CSV, TSV) and be
something a person can see and type, so a term may not hold:

* control characters (C0, DEL, C1 with NEL among them): a NUL ends an MO string, msgfmt
  refuses the others, XML cannot hold most of them, and ESC drives a terminal;
* line or paragraph separators (U+2028, U+2029): they end lines in YAML and break a table;
* nothing visible: a term of spaces and zero-width characters alone is an empty term;
* letters of two of the Latin, Cyrillic and Greek scripts in one word (a Cyrillic "а"
  inside "Araghchi"): the word looks right and never matches.

Notes, definitions and sources may hold line breaks and tabs, and nothing else of the
first two kinds.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["note_problem", "term_problem"]

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_NOTE_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_WORD = re.compile(r"[^\W\d_]+")
_SCRIPTS = (
    ("Latin", re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")),
    ("Cyrillic", re.compile("[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]")),
    ("Greek", re.compile("[\u0370-\u03ff\u1f00-\u1fff]")),
)


def _name(char: str) -> str:
    return f"U+{ord(char):04X}" + (f" {unicodedata.name(char)}" if unicodedata.name(char, "") else "")


def _visible(text: str) -> bool:
    return any(not c.isspace() and unicodedata.category(c) not in ("Cf", "Zs", "Mn") for c in text)


def term_problem(text: str) -> str | None:
    """What is wrong with *text* as a term, or None.

    >>> term_problem("Araghchi"), term_problem("Abbas\\x1b]0;x\\x07")
    (None, 'holds the control character U+001B')
    >>> term_problem("Ar\\u0430ghchi")
    "mixes Latin and Cyrillic letters in one word ('Ar\\u0430ghchi'): a look-alike letter?"
    """
    bad = _CONTROL.search(text)
    if bad:
        return f"holds the control character {_name(bad[0])}"
    if not text.isascii():
        if not _visible(text):
            return "has no visible character (only spaces or zero-width characters)"
        for word in _WORD.findall(text):
            if word.isascii():
                continue
            found = [name for name, pattern in _SCRIPTS if pattern.search(word)]
            if len(found) > 1:
                return (f"mixes {' and '.join(found)} letters in one word ({word!r}): "
                        "a look-alike letter?")
    return None


def note_problem(text: str) -> str | None:
    """What is wrong with *text* as a note, definition or source (line breaks and tabs
    allowed), or None."""
    bad = _NOTE_CONTROL.search(text)
    return f"holds the control character {_name(bad[0])}" if bad else None
