"""The peer of ``termaid qa``: a key-term check by exact strings, as CAT tools do it.

For every glossary entry independently (as Xbench's "key term mismatch" does): when one
of its source-language terms occurs in the source segment as a whole word, one of its
admitted target-language terms must occur in the target segment as a whole word; a
deprecated or forbidden target-language term in the target is reported, and so is a
term of the source language that the target language does not list. Matching ignores
case except for terms the glossary marks case-sensitive; nothing is inflected, folded or
transliterated. Findings use the kinds of ``termaid qa``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from glossary.model import Entry, TermStatus, lang_matches

__all__ = ["ExactChecker"]

_Pattern = tuple[str, re.Pattern[str], bool, str]  # (term casefolded, pattern, case-sensitive, text)


def _pattern(text: str, case_sensitive: bool) -> _Pattern:
    flags = 0 if case_sensitive else re.IGNORECASE
    return (text if case_sensitive else text.casefold(),
            re.compile(rf"(?<!\w){re.escape(text)}(?!\w)", flags), case_sensitive, text)


def _find(patterns: list[_Pattern], text: str, folded: str) -> list[re.Match[str]]:
    found = []
    for key, pattern, case_sensitive, _ in patterns:
        if key in (text if case_sensitive else folded):
            found.extend(pattern.finditer(text))
    return found


class ExactChecker:
    """Exact-string term check of one language direction over a glossary's entries."""

    def __init__(self, entries: Iterable[Entry], *, source_lang: str, target_lang: str) -> None:
        self._rows: list[tuple[str, list[_Pattern], list[_Pattern], list[tuple[_Pattern, str]]]] = []
        for e in entries:
            src = [_pattern(t.text, t.case_sensitive) for t in e.terms_in(source_lang)]
            target_terms = e.terms_in(target_lang)
            ok = [_pattern(t.text, t.case_sensitive) for t in target_terms
                  if not t.status.discouraged]
            listed = {t.text.casefold() for t in target_terms}
            bad = [(_pattern(t.text, t.case_sensitive), t.status.value) for t in target_terms
                   if t.status in (TermStatus.DEPRECATED, TermStatus.FORBIDDEN)]
            bad += [(_pattern(t.text, t.case_sensitive), "wrong-language")
                    for t in e.terms if not lang_matches(t.lang, target_lang)
                    and lang_matches(t.lang, source_lang) and t.text.casefold() not in listed]
            if src or bad:
                self._rows.append((e.id, src, ok, bad))

    def check(self, source: str, target: str) -> list[tuple[str, str, str | None]]:
        """The findings of one unit: (kind, entry id, target surface or None)."""
        out: list[tuple[str, str, str | None]] = []
        s_fold, t_fold = source.casefold(), target.casefold()
        for entry_id, src, ok, bad in self._rows:
            if src and _find(src, source, s_fold) and not _find(ok, target, t_fold):
                out.append(("missing-term", entry_id, None))
            for pattern, kind in bad:
                out.extend((kind, entry_id, m.group()) for m in _find([pattern], target, t_fold))
        return out
