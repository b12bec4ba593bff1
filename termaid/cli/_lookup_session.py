"""A lookup session: one open glossary answering query after query, and completing terms.

The prompt (:mod:`termaid.cli._lookup_prompt`) and the line-by-line mode for CAT tools'
macros share it: each query is answered from the index opened once, so an answer takes
milliseconds, not a process start.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

from glossary.fold import fold
from glossary.lookup import LookupResult
from glossary.model import EntryType, lang_matches

from ._format import lookup_json
from ._lookup_view import plain_lines

if TYPE_CHECKING:
    from glossary.index import CompiledGlossary

__all__ = ["Session"]


class Session:
    """Answers queries from *glossary* with fixed options (those of the command line)."""

    def __init__(
        self,
        glossary: CompiledGlossary,
        *,
        lang: str | None = None,
        to: str | None = None,
        type: EntryType | None = None,
        limit: int = 10,
        contains: bool = False,
    ) -> None:
        self.glossary = glossary
        self.lang = lang
        self.to = to
        self.type = type
        self.limit = limit
        self.contains = contains

    def answer(self, query: str) -> LookupResult:
        """The lookup of *query* (inflected forms read as the aligner reads them)."""
        from aligner.lookup import lookup

        return lookup(self.glossary, query, lang=self.lang, type=self.type, limit=self.limit,
                      contains=self.contains)

    def completions(self, text: str, *, limit: int = 20) -> list[str]:
        """Terms that start like *text* (folded as lookup folds), shortest first, each once."""
        key = fold(text)
        if not key:
            return []
        hits = [*self.glossary.exact(key), *self.glossary.prefix(key, limit * 3)]
        out: dict[str, None] = {}
        for entry_id, position in hits:
            term = self.glossary.entry(entry_id).terms[position]
            if self.lang is None or lang_matches(term.lang, self.lang):
                out[term.text] = None
            if len(out) >= limit:
                break
        return list(out)

    def json_line(self, result: LookupResult) -> str:
        """The result as one line of JSON."""
        return json.dumps(lookup_json(result, to=self.to), ensure_ascii=False)

    def plain(self, result: LookupResult) -> list[str]:
        """The result in plain lines (what is said on stderr in one-shot mode included)."""
        out, err = plain_lines(result, to=self.to)
        return out + err

    def serve_lines(self, lines: Iterable[str], out: TextIO, *, as_json: bool) -> bool:
        """Answer each non-blank line of *lines* on *out*, flushing after each: one JSON
        object per line with *as_json*, else the plain answer and a blank line. True when
        every query matched."""
        every = True
        for line in lines:
            query = line.strip()
            if not query:
                continue
            result = self.answer(query)
            every = every and bool(result.matches)
            if as_json:
                out.write(self.json_line(result) + "\n")
            else:
                out.write("".join(f"{text}\n" for text in self.plain(result)) + "\n")
            out.flush()
        return every
