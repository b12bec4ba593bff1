"""Merging imported entries into a glossary: :func:`merge_entries` decides (I/O-free),
:func:`merge_into` applies the decision to the YAML files, keeping their comments (that
part lives in :mod:`._merge_files`).

An incoming entry is the same as a glossary entry when it has the same id and shares a
term with it (or just the same id, when the ids are termaid's own:
:attr:`~._common.ImportResult.own_ids`), or when one of its terms (same language, same folded form) is a term of
exactly one glossary entry. "Same folded form" is :mod:`glossary.spelling`'s rule, the one
validation applies after the merge ("add-on" and "addon" are one spelling, "B/s" and "b/s"
two when both are case-sensitive); terms that two entries of the file write with other
capitals are marked case-sensitive first (:func:`~glossary.spelling.mark_case_variants`),
so they stay two entries. Then the merge adds what the glossary lacks (new variants, new
languages, notes, definitions, sources, links) and lists as a conflict what differs (the
preferred term, a status, a note, the entry type); a conflict is left as the glossary has
it unless ``prefer="incoming"``. Nothing in the glossary is ever deleted: a preferred term
that gives way stays as an admitted variant, and an incoming preferred term that does not
win joins as an admitted one. Where the file does not rank its terms (a table or a
catalog: :attr:`~._common.ImportResult.ranked` false), a row pairs a source term with the
translation the export wrote for it, which need not be the preferred term: a term the
entry has keeps its rank, a new source term joins as a variant, and only a new
translation is a conflict over the preferred term (a translator's edit of a msgstr).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..errors import Problem
from ..model import Entry, Origin, Term, TermStatus
from ..spelling import distinct, mark_case_variants, spelling_keys
from ._common import ImportResult, UniqueIds

__all__ = ["Conflict", "MergeReport", "MergeResult", "Prefer", "merge_entries", "merge_into"]

Prefer = Literal["existing", "incoming"]
_TERM_FIELDS = ("type", "gender", "pos", "note", "plural", "counterpart", "created", "modified", "review")


@dataclass(frozen=True, slots=True)
class Conflict:
    """Where the glossary and the import disagree; ``origin`` is the glossary entry's place,
    ``source`` the incoming entry's (``file:line``, or ``file:row N`` in a table)."""

    entry_id: str
    what: str
    existing: str
    incoming: str
    origin: Origin | None = None
    source: Origin | None = None

    def __str__(self) -> str:
        where = f"{self.origin}: " if self.origin else ""
        came = f" (at {self.source})" if self.source else ""
        return (f"{where}{self.entry_id}: {self.what}: the glossary has {self.existing!r}, "
                f"the import has {self.incoming!r}{came}")


@dataclass(frozen=True, slots=True)
class MergeResult:
    """The merged entries in glossary order (new ones last) and what the merge did."""

    entries: tuple[Entry, ...]
    added: tuple[str, ...] = ()
    changed: tuple[tuple[str, tuple[str, ...]], ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    resolved: bool = False
    notes: tuple[Problem, ...] = ()
    #: spellings that two incoming entries wrote with other capitals, kept apart as
    #: case-sensitive terms ("B/s / b/s (en)")
    case_sensitive: tuple[str, ...] = ()

    @property
    def touched(self) -> frozenset[str]:
        """Ids of the entries added or changed."""
        return frozenset(self.added) | {i for i, _ in self.changed}


class _Merger:
    def __init__(self, existing: Sequence[Entry], prefer: Prefer, own_ids: bool = False, ranked: bool = True,
                 keys: dict[str, tuple[str, ...]] | None = None) -> None:
        self.keys = {} if keys is None else keys  # text -> fold_keys, as check_entries filled it
        self.entries = list(existing)
        self.index = {e.id: i for i, e in enumerate(self.entries)}
        self.taken = UniqueIds(self.index)
        # (language, folded key) -> the entry claiming it, or the set of them when several
        # do: one int, not a set, for the million keys of a large import
        self.claims: dict[tuple[str, str], int | set[int]] = {}
        for i, e in enumerate(self.entries):
            self.claim(i, e.terms)
        self.prefer = prefer
        self.own_ids = own_ids
        self.ranked = ranked
        self.at: Origin | None = None  # where the incoming entry being merged was read
        self.added: list[str] = []
        self.fresh: set[str] = set()  #: ids of the entries this import adds
        self.changes: dict[str, list[str]] = {}
        self.conflicts: list[Conflict] = []
        self.notes: list[Problem] = []
        self.final: dict[str, str] = {}
        self.allowed: set[int] = set()

    def claim(self, i: int, terms: Iterable[Term]) -> None:
        for t in terms:
            for key in spelling_keys(t.text, self.keys.get(t.text)):
                slot = (t.lang, key)
                held = self.claims.setdefault(slot, i)
                if isinstance(held, set):
                    held.add(i)
                elif held != i:
                    self.claims[slot] = {held, i}

    def owners(self, terms: Iterable[Term]) -> set[int]:
        """The entries with a term of the same spelling as one of *terms*."""
        out: set[int] = set()
        for t in terms:
            found: set[int] = set()
            keys = spelling_keys(t.text)
            for key in keys:
                held = self.claims.get((t.lang, key))
                if isinstance(held, set):
                    found |= held
                elif held is not None:
                    found.add(held)
            if t.case_sensitive:  # "B/s" is not the spelling of an entry whose "b/s" is case-sensitive
                found = {j for j in found if any(u.lang == t.lang and not distinct(u, t)
                                                 and not set(keys).isdisjoint(spelling_keys(u.text))
                                                 for u in self.entries[j].terms)}
            out |= found
        return out

    def conflict(self, e: Entry, what: str, existing: object, incoming: object) -> bool:
        """Record a conflict; True when the incoming value wins."""
        self.conflicts.append(Conflict(e.id, what, str(existing), str(incoming), e.origin, self.at))
        return self.prefer == "incoming"

    def change(self, entry_id: str, what: str) -> None:
        self.changes.setdefault(entry_id, []).append(what)

    def add(self, inc: Entry, typed: bool) -> str | None:
        if not inc.terms:
            return None
        self.at = inc.origin
        # entries the file says share a spelling with this one are never the same entry
        self.allowed = {self.index[x] for x in (self.final.get(a, a) for a in inc.ambiguous_with) if x in self.index}
        i = self.index.get(inc.id)
        if i is not None and (self.own_ids or i in self.owners(inc.terms)):
            owners = {i}
        else:
            owners = self.owners(t for t in inc.terms if t.lang == inc.terms[0].lang) - self.allowed
        if len(owners) > 1:
            ids = sorted(self.entries[j].id for j in owners)
            self.conflicts.append(Conflict(inc.id, "matches several entries", " / ".join(ids), inc.label(),
                                           self.entries[min(owners)].origin, inc.origin))
            return None
        if owners:
            j = owners.pop()
            self.entries[j] = self.update(self.entries[j], inc, typed)
            self.claim(j, self.entries[j].terms)
            return self.entries[j].id
        new_id = self.taken.take(inc.id)
        if new_id != inc.id:
            self.notes.append(_note(inc, f"id {inc.id!r} taken by an unrelated entry; imported as {new_id!r}"))
        entry = dataclasses.replace(inc, id=new_id, related=(), ambiguous_with=(), origin=None)
        n = len(self.entries)
        self.index[new_id] = n
        self.entries.append(entry)
        kept = [t for t in entry.terms if self.shared(entry, t, n)]
        if not kept:
            del self.index[new_id]
            self.taken.discard(new_id)
            self.entries.pop()
            return None
        self.entries[n] = dataclasses.replace(self.entries[n], terms=tuple(kept))
        self.claim(n, kept)
        self.added.append(new_id)
        self.fresh.add(new_id)
        return new_id

    def shared(self, e: Entry, t: Term, i: int) -> bool:
        """Whether term *t* of entry *i* may stay although other entries claim its form:
        a conflict; with ``prefer="incoming"`` it stays and the entries become ambiguous_with
        each other (the one way a glossary lets two entries share a spelling)."""
        clash = self.owners([t]) - {i}
        if not clash or clash <= self.allowed:
            return True
        others = sorted(self.entries[j].id for j in clash)
        if not self.conflict(e, f"term {t.text!r} ({t.lang})", f"a term of {', '.join(others)}", f"a term of {e.id}"):
            return False
        for j in clash:
            for a, b in ((i, j), (j, i)):
                x = self.entries[a]
                other_id = self.entries[b].id
                if other_id not in x.ambiguous_with:
                    self.entries[a] = dataclasses.replace(x, ambiguous_with=(*x.ambiguous_with, other_id))
                    self.change(x.id, f"ambiguous_with {other_id}")
        return True

    def update(self, e: Entry, inc: Entry, typed: bool) -> Entry:
        kind = e.type
        if typed and inc.type is not e.type and self.conflict(e, "entry type", e.type.value, inc.type.value):
            kind = inc.type
            self.change(e.id, f"type {inc.type.value}")
        terms = list(e.terms)
        source = inc.terms[0].lang
        for lang in inc.languages:
            given = [t for t in inc.terms if t.lang == lang]
            if e.do_not_translate and lang not in e.languages:
                # a name kept as it is in every language: the exports write it as its own
                # translation, which is nothing new to learn
                written = {t.text for t in e.terms}
                given = [t for t in given if t.text not in written]
            expected = None
            if not self.ranked and lang == source:
                # a table's or catalog's source terms are rows of their own, none ranked
                given = [dataclasses.replace(t, status=TermStatus.ADMITTED) if t.status is TermStatus.PREFERRED
                         else t for t in given]
            elif not self.ranked:
                expected = _translations(e, inc, source, lang)
            terms = self.merge_lang(e, terms, lang, given, expected)
        note = self.scalar(e, "note", e.note, inc.note)
        definitions = dict(e.definitions)
        for lang, text in inc.definitions:
            definitions[lang] = self.scalar(e, f"definition ({lang})", definitions.get(lang), text) or text
        sources = self.union(e, "source", e.sources, inc.sources)
        dnt = e.do_not_translate
        if inc.do_not_translate and not dnt:
            dnt = True
            self.change(e.id, "do_not_translate")
        current = self.entries[self.index[e.id]]  # shared() may have linked it meanwhile
        return dataclasses.replace(e, type=kind, terms=tuple(terms), note=note,
                                   definitions=tuple(definitions.items()), sources=sources,
                                   do_not_translate=dnt, ambiguous_with=current.ambiguous_with)

    def scalar(self, e: Entry, what: str, old: str | None, new: str | None) -> str | None:
        if new is None or new == old:
            return old
        if old is None:
            self.change(e.id, what)
            return new
        if self.conflict(e, what, old, new):
            self.change(e.id, what)
            return new
        return old

    def union(self, e: Entry, what: str, old: tuple[str, ...], new: Iterable[str]) -> tuple[str, ...]:
        extra = tuple(x for x in dict.fromkeys(new) if x not in old)
        for x in extra:
            self.change(e.id, f"{what} {x}")
        return old + extra

    def merge_lang(self, e: Entry, terms: list[Term], lang: str, incoming: list[Term],
                   expected: set[str] | None = None) -> list[Term]:
        """Merge the *incoming* terms of one language into entry *e*'s. With *expected*
        (an unranked file), the first incoming term is the translation of the file's
        source term, a conflict only when the glossary translates it otherwise (the
        texts :func:`_translations` expects). Rows of the file itself that give one source
        term several translations (Weblate's multi-row CSV) are synonyms: the first stays
        preferred, the others join it as admitted terms."""
        mine = [t for t in terms if t.lang == lang]
        others = [t for t in terms if t.lang != lang]
        first_at = next((k for k, t in enumerate(terms) if t.lang == lang), len(terms))
        first_text = mine[0].text if mine else None
        for it in incoming:
            k = next((k for k, t in enumerate(mine) if t.text == it.text), None)
            if expected is not None and it is incoming[0] and mine and it.text not in expected \
                    and e.id not in self.fresh:
                theirs = min(expected) if expected else mine[0].text
                if k is None and not self.shared(e, it, self.index[e.id]):
                    continue
                if self.conflict(e, f"preferred term ({lang})", theirs, it.text):
                    mine.insert(0, dataclasses.replace(mine.pop(k) if k is not None else it,
                                                       status=TermStatus.PREFERRED))
                    self.change(e.id, f"preferred term {it.text!r} ({lang})")
                elif k is None:  # kept, as a variant: a merge never loses a term
                    mine.append(dataclasses.replace(it, status=TermStatus.ADMITTED))
                    self.change(e.id, f"term {it.text!r} ({lang})")
                continue
            if expected is not None and it.status is TermStatus.PREFERRED:
                it = dataclasses.replace(it, status=TermStatus.ADMITTED)  # its rank was not a claim
            if k is None:
                if not self.shared(e, it, self.index[e.id]):
                    continue
                if it.status is TermStatus.PREFERRED and mine and not mine[0].status.discouraged:
                    if self.conflict(e, f"preferred term ({lang})", mine[0].text, it.text):
                        mine.insert(0, it)
                    else:  # kept, as a variant: a merge never loses a term
                        mine.append(dataclasses.replace(it, status=TermStatus.ADMITTED))
                elif it.status is TermStatus.PREFERRED:
                    mine.insert(0, it)
                else:
                    mine.append(it)
                self.change(e.id, f"term {it.text!r} ({lang})")
                continue
            mine[k] = self.merge_term(e, mine[k], it)
            if (it.status is TermStatus.PREFERRED and k > 0 and it is incoming[0] and self.ranked
                    and self.conflict(e, f"preferred term ({lang})", mine[0].text, it.text)):
                mine.insert(0, dataclasses.replace(mine.pop(k), status=TermStatus.PREFERRED))
                self.change(e.id, f"preferred term {it.text!r} ({lang})")
        fixed = []
        for position, t in enumerate(mine):
            if position == 0 and t.text != first_text and not t.status.discouraged:
                t = dataclasses.replace(t, status=TermStatus.PREFERRED)
            elif position > 0 and t.status is TermStatus.PREFERRED:
                t = dataclasses.replace(t, status=TermStatus.ADMITTED)
            fixed.append(t)
        return others[:first_at] + fixed + others[first_at:]

    def merge_term(self, e: Entry, old: Term, new: Term) -> Term:
        changes: dict[str, object] = {}
        where = f"{new.text!r} ({new.lang})"
        for name in _TERM_FIELDS:
            a, b = getattr(old, name), getattr(new, name)
            if b is None or a == b:
                continue
            if a is None or self.conflict(e, f"{name} of {where}", a, b):
                changes[name] = b
                self.change(e.id, f"{name} of {where}")
        if (new.status.discouraged and new.status is not old.status
                and self.conflict(e, f"status of {where}", old.status.value, new.status.value)):
            changes["status"] = new.status
            self.change(e.id, f"status of {where}")
        if new.case_sensitive and not old.case_sensitive:
            changes["case_sensitive"] = True
            self.change(e.id, f"case_sensitive of {where}")
        if new.context and new.context != old.context and (
                not old.context
                or self.conflict(e, f"context of {where}", ", ".join(old.context), ", ".join(new.context))):
            changes["context"] = new.context
            self.change(e.id, f"context of {where}")
        return dataclasses.replace(old, **changes) if changes else old  # type: ignore[arg-type]

    def links(self, final: dict[str, str], incoming: Sequence[Entry]) -> None:
        for inc in incoming:
            target = final.get(inc.id)
            if target is None:
                continue
            i = self.index[target]
            e = self.entries[i]
            related = self.map_ids(e, inc.related, final)
            ambiguous = self.map_ids(e, inc.ambiguous_with, final)
            new = dataclasses.replace(e, related=self.union(e, "related", e.related, related),
                                      ambiguous_with=self.union(e, "ambiguous_with", e.ambiguous_with, ambiguous))
            self.entries[i] = new

    def map_ids(self, e: Entry, ids: Iterable[str], final: dict[str, str]) -> list[str]:
        out = []
        for ref in ids:
            mapped = final.get(ref, ref if ref in self.index else None)
            if mapped is None:
                self.notes.append(Problem(e.id, None, f"link to {ref!r} dropped: not in the import or the glossary"))
            elif mapped != e.id:
                out.append(mapped)
        return out


def merge_entries(existing: Sequence[Entry], incoming: ImportResult | Sequence[Entry], *,
                  prefer: Prefer = "existing", keys: dict[str, tuple[str, ...]] | None = None) -> MergeResult:
    """Merge *incoming* entries into *existing* ones; see the module docstring.

    *keys* maps term texts to their :func:`~glossary.fold.fold_keys`, as
    :func:`~glossary.termbase.check_entries` fills it for the glossary: not folded again.

    ``notes`` in the result tell what was done on the side: ids renamed, links dropped,
    entries left out because they match several glossary entries.
    """
    if isinstance(incoming, ImportResult):
        entries, typed, own_ids, ranked = incoming.entries, incoming.typed, incoming.own_ids, incoming.ranked
    else:
        entries, typed, own_ids, ranked = tuple(incoming), frozenset(e.id for e in incoming), False, True
    # a glossary YAML file says what it means (case_sensitive, ambiguous_with) itself
    entries, split = (entries, ()) if own_ids else mark_case_variants(entries)
    merger = _Merger(existing, prefer, own_ids, ranked, keys)
    before = {e.id: e for e in existing}
    final: dict[str, str] = {}
    for inc in entries:
        merged = merger.add(inc, inc.id in typed)
        if merged is not None:
            final.setdefault(inc.id, merged)
            merger.final = final
    merger.links(final, entries)
    changed = tuple((i, tuple(dict.fromkeys(w))) for i, w in merger.changes.items()
                    if i in before and merger.entries[merger.index[i]] != before[i])
    return MergeResult(tuple(merger.entries), tuple(merger.added), changed, tuple(merger.conflicts),
                       prefer == "incoming", tuple(merger.notes), split)


def _translations(e: Entry, inc: Entry, source: str, lang: str) -> set[str]:
    """What the glossary entry *e* translates the *source* terms of *inc* into in *lang*,
    as the exports write it (:func:`glossary.equivalent.equivalent`); for source terms
    it does not have, what its preferred *source* term becomes."""
    from ..equivalent import equivalent

    texts = {t.text for t in inc.terms if t.lang == source}
    known = [t for t in e.terms if t.lang == source and t.text in texts]
    if not known:
        known = [t for t in (e.preferred(source),) if t is not None]
    return {x.text for x in (equivalent(e, t, lang) for t in known) if x is not None}


def _note(inc: Entry, message: str) -> Problem:
    """A note on an incoming entry, at its place in the file when the reader knew it."""
    if inc.origin is None:
        return Problem(inc.id, None, message)
    return Problem(inc.origin.path, None if inc.origin.row else inc.origin.line,
                   f"row {inc.origin.line}: {message}" if inc.origin.row else message)


@dataclass(frozen=True, slots=True)
class MergeReport:
    """What :func:`merge_into` did: the merge, the files it wrote (or would write), their
    diff, and the folders it created for a new glossary."""

    result: MergeResult
    files: tuple[str, ...]
    diff: str
    written: bool
    created: tuple[str, ...] = ()


def merge_into(target: Path, imported: ImportResult | Sequence[Entry], *, prefer: Prefer = "existing",
               dry_run: bool = False, source_name: str = "", new_file: str = "imported.yaml",
               lock_timeout: float | None = None) -> MergeReport:
    """Merge *imported* into the YAML glossary at *target*, under its write lock; see
    :func:`._merge_files.merge_files`."""
    from ._merge_files import merge_files

    return merge_files(target, imported, prefer=prefer, dry_run=dry_run, source_name=source_name,
                       new_file=new_file, lock_timeout=lock_timeout)
