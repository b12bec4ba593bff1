"""``termaid lookup`` without a query on a terminal: a prompt with history and completion.

prompt_toolkit draws the prompt: the up arrow walks back through earlier queries (kept in
a history file across sessions), Tab and typing complete glossary terms (from the open
index, by the same folded prefix lookup uses), Ctrl-D or ``:q`` leaves. Each query is
answered from the glossary opened once (:class:`~termaid.cli._lookup_session.Session`).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document
from prompt_toolkit.history import History

from ._lookup_session import Session

__all__ = ["GlossaryCompleter", "QueryHistory", "history_path", "run_prompt"]

#: Queries kept in the history file.
HISTORY_SIZE = 1000
#: What the prompt shows.
PROMPT = "lookup> "
_QUIT = frozenset({":q", ":quit", ":exit"})


def history_path() -> Path:
    """The history file: in ``$TERMAID_CACHE_DIR`` when set, else the user state folder."""
    from glossary.index import CACHE_ENV

    folder = os.environ.get(CACHE_ENV)
    if folder:
        return Path(folder) / "lookup-history"
    import platformdirs

    return Path(platformdirs.user_state_dir("termaid", appauthor=False)) / "lookup-history"


class QueryHistory(History):
    """Earlier queries, one a line, newest last; each new one is written atomically."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._kept: list[str] = []
        super().__init__()

    def load_history_strings(self) -> Iterable[str]:
        try:
            lines = self.path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            lines = []
        self._kept = [line for line in lines if line.strip()][-HISTORY_SIZE:]
        return list(reversed(self._kept))

    def store_string(self, string: str) -> None:
        query = " ".join(string.split())
        if not query:
            return
        self._kept = [*self._kept, query][-HISTORY_SIZE:]
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.",
                                       suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write("".join(f"{q}\n" for q in self._kept))
            os.replace(tmp, self.path)
        except OSError:
            pass  # a history that cannot be saved must not stop the lookups


class GlossaryCompleter(Completer):
    """Completes the query typed so far with glossary terms that start like it."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterator[Completion]:
        typed = document.text_before_cursor
        if len(typed.strip()) < 2:
            return
        for term in self.session.completions(typed):
            yield Completion(term, start_position=-len(typed))


def run_prompt(session: Session) -> bool:
    """Read and answer queries until Ctrl-D or ``:q``; True (a session is no failure)."""
    from prompt_toolkit import PromptSession
    from rich.console import Console

    from ._common import styled
    from ._lookup_view import print_rich

    prompt: PromptSession[str] = PromptSession(
        history=QueryHistory(history_path()),
        completer=GlossaryCompleter(session),
        complete_while_typing=True,
    )
    console = Console(highlight=False)
    rich = styled()
    while True:
        try:
            query = prompt.prompt(PROMPT)
        except KeyboardInterrupt:
            continue
        except EOFError:
            return True
        query = query.strip()
        if query in _QUIT:
            return True
        if not query:
            continue
        result = session.answer(query)
        if rich:
            print_rich(console, result, to=session.to)
        else:
            for line in session.plain(result):
                print(line, flush=True)
