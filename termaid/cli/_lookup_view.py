"""Showing a lookup result: plain lines when piped, rich text on a terminal.

Both views say the same things: each match with how it matched (the ending of an inflected
form named), the term to use when the one matched is deprecated or forbidden, the target
term with ``--to``, the entry's terms, the suggestions, and the mentions found in texts
with ``--in``. Glossary text is escaped before rich sees it, so a "[de]" stays on screen, and
control characters are shown as escapes (:func:`~._format.shown`) in both views.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from glossary.equivalent import equivalent
from glossary.lookup import LookupResult, Match

from ._format import entry_lines, markup, shown

if TYPE_CHECKING:
    from rich.console import Console

    from aligner.concordance import Occurrence

__all__ = ["heading", "plain_lines", "print_rich", "warning"]


def heading(match: Match) -> str:
    """``sergei-lavrov (person): inflected match on 'Lawrow' [de] (ending -s), score 1.00``."""
    how = f" ({match.inflection.describe()})" if match.inflection is not None else ""
    return (f"{match.entry.id} ({match.entry.type.value}): {match.kind.value} match on "
            f"{match.term.text!r} [{match.term.lang}]{how}, score {match.score:.2f}")


def warning(match: Match) -> str | None:
    """``'Lavrov' is deprecated in de: use 'Lawrow'`` for a discouraged term, else None."""
    term = match.term
    if not term.status.discouraged:
        return None
    use = match.replacement
    advice = f"use {use.text!r}" if use is not None else "the entry has no term in good standing"
    return f"{term.text!r} is {term.status.value} in {term.lang}: {advice}"


def _target(match: Match, to: str) -> str:
    target = equivalent(match.entry, match.term, to)
    return target.text if target is not None else f"(no {to} term)"


def plain_lines(
    result: LookupResult, *, to: str | None, mentions: Sequence[Occurrence] = ()
) -> tuple[list[str], list[str]]:
    """The plain view: (lines for stdout, lines for stderr)."""
    out: list[str] = []
    err: list[str] = []
    for match in result.matches:
        out.append(heading(match))
        note = warning(match)
        if note is not None:
            out.append(f"  ! {note}")
        if to is not None:
            out.append(f"  -> {_target(match, to)}")
        out.extend(entry_lines(match.entry, only=to))
        for occ in mentions:
            if occ.mention.entry_id == match.entry.id:
                out.append(f"  {_where(occ)}  {occ.before}[{occ.mention.surface}]{occ.after}"
                           f"  ({_how(occ)})")
    if not result.matches:
        err.append(f"no match for {result.query!r}")
    if result.suggestions:
        hints = ", ".join(f"{s.text} ({s.entry_id})" for s in result.suggestions)
        (out if result.matches else err).append(f"did you mean: {hints}?")
    return [shown(line) for line in out], [shown(line) for line in err]


def _where(occ: Occurrence) -> str:
    return f"{occ.source}:{occ.line}:{occ.column}"


def _how(occ: Occurrence) -> str:
    m = occ.mention
    how = m.match.value + (f" -{m.ending}" if m.ending else "")
    return how + (f" {m.score:.2f}" if m.match.value == "fuzzy" else "")


def print_rich(
    console: Console, result: LookupResult, *, to: str | None, mentions: Sequence[Occurrence] = ()
) -> None:
    """The rich view, printed on *console*; every glossary string is escaped."""
    escape = markup  # control characters and rich markup both
    from rich.table import Table

    for match in result.matches:
        entry = match.entry
        how = f" [dim]({escape(match.inflection.describe())})[/]" if match.inflection else ""
        title = (f"[bold]{escape(entry.id)}[/] [dim]({entry.type.value})[/] — {match.kind.value} "
                 f"match on [italic]{escape(match.term.text)}[/] {escape(f'[{match.term.lang}]')}"
                 f"{how}, score {match.score:.2f}")
        console.print(title)  # a line of its own: a table title would wrap at the table's width
        table = Table(show_header=False, box=None, padding=(0, 1))
        note = warning(match)
        if note is not None:
            use = match.replacement
            table.add_row("[bold red]![/]", f"[bold red]{escape(repr(match.term.text))} is "
                          f"{match.term.status.value} in {escape(match.term.lang)}[/]: "
                          + (f"use [bold green]{escape(use.text)}[/]" if use is not None
                             else "the entry has no term in good standing"))
        if to is not None:
            table.add_row("→", f"[bold green]{escape(_target(match, to))}[/]")
        if entry.note:
            table.add_row("", f"[dim]{escape(entry.note)}[/]")
        for line in entry_lines(entry, only=to)[1 if entry.note else 0 :]:
            lang, _, terms = line.strip().partition(": ")
            table.add_row(f"[cyan]{escape(lang)}[/]", escape(terms))
        for occ in mentions:
            if occ.mention.entry_id == entry.id:
                table.add_row(f"[magenta]{escape(_where(occ))}[/]",
                              f"{escape(occ.before)}[reverse]{escape(occ.mention.surface)}[/]"
                              f"{escape(occ.after)} [dim]({escape(_how(occ))})[/]")
        console.print(table)
    if not result.matches:
        console.print(f"[red]no match for {escape(repr(result.query))}[/]")
    if result.suggestions:
        hints = ", ".join(f"{s.text} ({s.entry_id})" for s in result.suggestions)
        console.print(f"did you mean: [yellow]{escape(hints)}[/]?")
