"""A place name inside a longer place name: "West Azerbaijan" is not Azerbaijan.

Where the glossary lists the longer name, the longest match finds it. Where it does not,
a place term right after a word that makes a new place of it (``data/place_prefixes.txt``:
English "West", "North", ... before it; German "West-", "Nord-", ... joined to it) is no
mention of the place, and the text stays as written.

>>> inside_a_longer_place("Iran's West Azerbaijan province", 12, "en")
True
>>> inside_a_longer_place("die Provinz West-Aserbaidschan", 17, "de")
True
>>> inside_a_longer_place("west of Azerbaijan", 8, "en"), inside_a_longer_place("in Azerbaijan", 3, "en")
(False, False)
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

from glossary.model import lang_matches

__all__ = ["inside_a_longer_place", "place_prefixes"]

_HYPHENS = "-\u2010\u2011"
_LAST_WORD = re.compile(r"([^\W\d_]+)([ \u00a0]|[-\u2010\u2011])$")


@lru_cache(maxsize=1)
def place_prefixes() -> dict[str, frozenset[str]]:
    """The words per language (the data file, read once); German ones casefolded."""
    data = files("aligner").joinpath("data/place_prefixes.txt").read_text(encoding="utf-8")
    out: dict[str, set[str]] = {}
    section: set[str] | None = None
    for number, raw in enumerate(data.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            section = out.setdefault(line[1:-1], set())
        elif section is None or " " in line:
            raise ValueError(f"aligner/data/place_prefixes.txt:{number}: bad line {raw!r}")
        else:
            section.add(line)
    out["de"] = {w.casefold() for w in out.get("de", ())}
    return {lang: frozenset(words) for lang, words in out.items()}


def inside_a_longer_place(text: str, start: int, lang: str) -> bool:
    """Whether the place name at *start* of *text* is part of a longer place name."""
    m = _LAST_WORD.search(text, max(0, start - 20), start)
    if m is None:
        return False
    word, joint = m.groups()
    prefixes = place_prefixes()
    if lang_matches(lang, "en") and joint in " \u00a0":
        return word in prefixes.get("en", ())
    if lang_matches(lang, "de") and joint in _HYPHENS:
        return word.casefold() in prefixes.get("de", ())
    return False
