"""How the findings of one unit are made: what each says, which source span and which
expected target terms it carries."""

from __future__ import annotations

from ..mention import Mention
from .findings import Finding, FindingKind, Span
from .terms import TermTable
from .unit import Unit

__all__ = ["FindingMaker", "span_of"]


def span_of(m: Mention) -> Span:
    """The span of a mention."""
    return Span(m.start, m.end, m.surface)


class FindingMaker:
    """Makes the findings of *unit* in *file*, whose source names the entries *named*
    (entry id -> mentions, in text order); *lang* is the target language."""

    def __init__(self, file: str, unit: Unit, named: dict[str, list[Mention]],
                 table: TermTable, lang: str) -> None:
        self.file, self.unit, self.named, self.table, self.lang = file, unit, named, table, lang

    def _make(self, kind: FindingKind, entry_id: str | None, target: Span | None,
              message: str, used: Mention | None = None) -> Finding:
        """A finding; its expected terms put first the equivalent of the term the source
        used, else of the one the target used (*used*)."""
        source = None
        if entry_id is not None and entry_id in self.named:
            used = self.named[entry_id][0]
            source = span_of(used)
        expected = () if entry_id is None else self.table.expected(
            entry_id, self.lang, None if used is None else used.term)
        return Finding(self.file, self.unit.id, self.unit.line, kind, entry_id, source, target,
                       expected, message)

    def wrong(self, kind: FindingKind, m: Mention) -> Finding:
        """A target mention by a form the glossary does not prescribe in the target language."""
        what = {
            FindingKind.DEPRECATED: f"a deprecated {self.lang} term",
            FindingKind.FORBIDDEN: f"a forbidden {self.lang} term",
            FindingKind.WRONG_LANGUAGE: f"the {m.term.lang} form, not a {self.lang} term",
            FindingKind.UNLISTED_SPELLING: f"a spelling the glossary does not list "
                                           f"(like {m.term.text!r}, score {m.score:.2f})",
            FindingKind.DO_NOT_TRANSLATE: "an altered spelling of a name that is copied, "
                                          "not translated,",
        }[kind]
        return self._make(kind, m.entry_id, span_of(m), f"{m.surface!r} is {what} of {m.entry_id!r}",
                          m)

    def respelled(self, entry_id: str, span: Span) -> Finding:
        """A spelling the glossary does not list, of a name the source gives."""
        kind = FindingKind.DO_NOT_TRANSLATE if self.table[entry_id].do_not_translate \
            else FindingKind.UNLISTED_SPELLING
        return self._make(kind, entry_id, span, f"{span.surface!r} is a spelling of "
                          f"{entry_id!r} that the glossary does not list")

    def altered(self, entry_id: str, span: Span) -> Finding:
        """A do-not-translate name written with other capitals."""
        names = " or ".join(repr(n) for n in self.table.names(entry_id))
        return self._make(FindingKind.DO_NOT_TRANSLATE, entry_id, span,
                          f"{span.surface!r} alters the name {names} of {entry_id!r}, which "
                          "is copied, not translated")

    def missing(self, entry_id: str) -> Finding:
        """An entry the source names and the target does not."""
        surface = self.named[entry_id][0].surface
        return self._make(FindingKind.MISSING_TERM, entry_id, None,
                          f"the source names {entry_id!r} ({surface!r}); the target uses none "
                          f"of its {self.lang} terms")

    def untranslated(self, why: str) -> Finding:
        """A unit left untranslated although its source names terms."""
        return self._make(FindingKind.UNTRANSLATED, None, None, f"{why}, and the source names "
                          f"{', '.join(repr(e) for e in self.named)}")
