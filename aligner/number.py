"""Singular and plural of glossary terms, for rewrites that keep a mention's number.

"nuclear weapons" carried into German must become "Atomwaffen", not "Atomwaffe", and
"Atomwaffen" carried into English "nuclear weapons". The plural of a term is its
glossary field ``plural`` where the glossary gives one ("ständige Mitglieder",
"Verträge"), else what the rule table ``data/plurals.txt`` makes of its head noun:

- English: the last word before a preposition ("permanent members of the Security
  Council", "wars in Ukraine"); +s, +es after s, x, z, ch, sh, y to ies after a
  consonant;
- German: the first capitalised word that is no adjective (the head noun:
  "Resolutionen des UN-Sicherheitsrats"), by its ending and gender (-e +n, -ung +en,
  -nis +se, -er/-el/-en unchanged, ...); adjectives before it take the strong plural
  ending -e ("gemeinsame Abkommen");
- an acronym takes -s in both languages (UAVs).

The rules serve concepts and the "other" entries (roles, currencies): names, events and
documents have a plural only where the glossary gives one (:func:`plural` with
``rules=False``).

Where no rule fits, :func:`plural` answers None and the caller leaves a plural mention
as written rather than guess.

>>> from glossary.model import Term
>>> plural(Term("Atomwaffe", "de")), plural(Term("nuclear weapon", "en"))
('Atomwaffen', 'nuclear weapons')
>>> plural(Term("ständiges Mitglied", "de", plural="ständige Mitglieder"))
'ständige Mitglieder'
>>> plural(Term("permanent member of the Security Council", "en"))
'permanent members of the Security Council'
>>> plural(Term("gemeinsames Abkommen", "de")), plural(Term("Vertrag", "de"))
('gemeinsame Abkommen', None)
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

from glossary.model import EntryType, Term, lang_matches

from .declension import ADJECTIVE_ENDINGS

__all__ = ["RULED_PLURALS", "plural", "plural_rules"]

#: Entry types whose terms take a plural by rule; others only from their plural field.
RULED_PLURALS = frozenset({EntryType.CONCEPT, EntryType.OTHER})

_RULE = re.compile(r"^(\S+)(?:\s+(masculine|feminine|neuter))?\s*->\s*(\S+)$")
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
#: English words after which a term's head noun has come ("war in Ukraine").
_EN_AFTER_HEAD = frozenset({"of", "in", "on", "against", "between", "with", "for", "to", "from",
                            "by", "at", "over", "under", "among", "into", "during", "after"})
#: A capitalised German word with an adjective's ending: "Iranischer Rial" (not the head).
_DE_ADJECTIVE = re.compile(r"(isch|lich|ig|bar|sam|haft|iv|al|är|ell|ter|ster)(e|er|es|en|em)$")
#: (ending, gender or None, replacement), first match wins.
Rule = tuple[str, str | None, str]


@lru_cache(maxsize=1)
def plural_rules() -> dict[str, tuple[Rule, ...]]:
    """The rule table, per language: (ending, gender or None, replacement)."""
    data = files("aligner").joinpath("data/plurals.txt").read_text(encoding="utf-8")
    rules: dict[str, list[Rule]] = {}
    section: list[Rule] | None = None
    for number, raw in enumerate(data.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            section = rules.setdefault(line[1:-1], [])
            continue
        m = _RULE.match(line)
        if m is None or section is None:
            raise ValueError(f"aligner/data/plurals.txt:{number}: bad rule {raw!r}")
        ending, gender, replacement = m.groups()
        section.append(("" if ending == "-" else ending, gender,
                        "" if replacement == "-" else replacement))
    return {lang: tuple(r) for lang, r in rules.items()}


def _base(lang: str) -> str | None:
    return next((b for b in ("en", "de") if lang_matches(lang, b)), None)


def _word_plural(word: str, lang: str, gender: str | None) -> str | None:
    folded = word.casefold()
    for ending, wanted, replacement in plural_rules()[lang]:
        if not folded.endswith(ending) or (wanted is not None and wanted != gender):
            continue
        stem = word[: len(word) - len(ending)]
        if lang == "en" and ending == "y" and stem[-1:].casefold() in "aeiou":
            continue
        return stem + replacement
    return None


@lru_cache(maxsize=1 << 14)
def plural(term: Term, *, rules: bool = True) -> str | None:
    """The plural of *term*, or None when it is unknown (see the module's rules).

    Without *rules* only the glossary's field counts: the caller passes False for the
    terms of names, events and documents, whose plurals are not made by rule.
    """
    if term.plural is not None:
        return term.plural
    base = _base(term.lang)
    text = term.text
    if base is None or not rules:
        return None
    if text.isupper() and len(text) > 1:
        return text + "s"  # an acronym: UAVs, NGOs, in both languages
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    if not words:
        return None
    gender = term.gender.value if term.gender is not None else None
    if base == "en":
        after = next((i for i, (s, e) in enumerate(words) if i and text[s:e] in _EN_AFTER_HEAD),
                     len(words))
        s, e = words[after - 1]
        new = _word_plural(text[s:e], "en", gender)
        return None if new is None else text[:s] + new + text[e:]
    head = next((i for i, (s, e) in enumerate(words) if text[s].isupper()
                 and not (i + 1 < len(words) and _DE_ADJECTIVE.search(text[s:e]))), None)
    if head is None:
        return None
    s, e = words[head]
    new = _word_plural(text[s:e], "de", gender)
    if new is None:
        return None
    out = text[:s] + new + text[e:]
    for s, e in reversed(words[:head]):  # the adjectives before the noun: strong plural -e
        word = out[s:e]
        ending = next((x for x in ADJECTIVE_ENDINGS if word.endswith(x) and len(word) - len(x) >= 3),
                      None)
        if ending is not None:
            out = out[:s] + word[: len(word) - len(ending)] + "e" + out[e:]
    return out
