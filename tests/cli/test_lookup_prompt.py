"""``termaid lookup`` on a real pseudo-terminal: the interactive prompt and rich output.

The process runs under pexpect; its output goes through pyte, a terminal emulator, and
the tests assert what the screen shows (text and colours), as a translator would see it.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")
pyte = pytest.importorskip("pyte")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX pseudo-terminals")

ROWS, COLS = 50, 140


class Terminal:
    """A child process on a pseudo-terminal and the screen it draws."""

    def __init__(self, args: list[str], cache: Path) -> None:
        env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS", "LINES")}
        env.update(TERM="xterm-256color", TERMAID_CACHE_DIR=str(cache))
        self.child = pexpect.spawn(sys.executable, ["-m", "termaid", *args], env=env,
                                   dimensions=(ROWS, COLS), encoding="utf-8")
        child = self.child

        class Screen(pyte.Screen):  # type: ignore[misc]
            def write_process_input(self, data: str) -> None:
                child.send(data)  # answers the cursor position requests of prompt_toolkit

        self.screen = Screen(COLS, ROWS)
        self.stream = pyte.Stream(self.screen)

    def text(self) -> str:
        return "\n".join(line.rstrip() for line in self.screen.display)

    def pump(self, seconds: float = 0.05) -> None:
        try:
            while True:
                self.stream.feed(self.child.read_nonblocking(65536, timeout=seconds))
        except pexpect.TIMEOUT:
            pass
        except pexpect.EOF:
            pass

    def wait_until(self, done: Callable[[], bool], what: str = "", timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.pump()
            if done():
                return self.text()
        raise AssertionError(f"{what or done!r} never appeared; the screen shows:\n{self.text()}")

    def wait_for(self, wanted: str, timeout: float = 30.0) -> str:
        return self.wait_until(lambda: wanted in self.text(), repr(wanted), timeout)

    def colour_of(self, wanted: str) -> str:
        """The foreground colour of the first character of *wanted* on the screen."""
        for y, line in enumerate(self.screen.display):
            x = line.find(wanted)
            if x >= 0:
                return str(self.screen.buffer[y][x].fg)
        raise AssertionError(f"{wanted!r} is not on the screen")

    def close(self) -> int:
        """Leave the prompt: Ctrl-C drops the line being typed, Ctrl-D ends the session."""
        self.child.sendcontrol("c")
        self.wait_until(lambda: self.text().rstrip().endswith("lookup>"))
        self.child.sendcontrol("d")
        self.child.expect(pexpect.EOF, timeout=30)
        self.child.close()
        return int(self.child.exitstatus)


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def test_prompt_answers_queries_and_keeps_them_in_its_history(cache: Path) -> None:
    term = Terminal(["lookup"], cache)
    term.wait_for("lookup>")
    term.child.send("Lawrows\r")
    screen = term.wait_for("inflected match on Lawrow [de] (ending -s)")
    assert "sergei-lavrov (person)" in screen
    term.wait_for("lookup>")
    term.child.send("Kaspischen Meer\r")
    term.wait_for("inflected match on Kaspisches Meer [de] (declined -en)")
    term.child.send("\x1b[A")  # up: the last query comes back
    term.wait_for("lookup> Kaspischen Meer")
    term.child.send("\x1b[A")
    term.wait_for("lookup> Lawrows")
    assert term.close() == 0
    assert (cache / "lookup-history").read_text(encoding="utf-8") == "Lawrows\nKaspischen Meer\n"
    again = Terminal(["lookup"], cache)  # a new session remembers them
    again.wait_for("lookup>")
    again.child.send("\x1b[A")
    again.wait_for("lookup> Kaspischen Meer")
    assert again.close() == 0


def test_prompt_completes_glossary_terms(cache: Path) -> None:
    term = Terminal(["lookup"], cache)
    term.wait_for("lookup>")
    term.child.send("Kaspis")
    screen = term.wait_for("Kaspisches Meer")  # the menu of completions, while typing
    assert "lookup> Kaspis" in screen and "Kaspisee" in screen
    term.child.send("ch")
    term.wait_until(lambda: "Kaspisee" not in term.text(), "the menu narrowed")
    term.child.send("\t")  # take the first completion
    term.wait_for("lookup> Kaspisches Meer")
    term.child.send("\r")
    term.wait_for("exact match on Kaspisches Meer [de]")
    assert term.close() == 0


def test_a_deprecated_match_is_red_and_the_term_to_use_green(cache: Path) -> None:
    term = Terminal(["lookup", "Lavrov", "--lang", "de"], cache)
    screen = term.wait_for("use Lawrow")
    assert "exact match on Lavrov [de], score 1.00" in screen  # the [de] tag stays
    assert "'Lavrov' is deprecated in de" in screen
    assert term.colour_of("'Lavrov' is deprecated") == "red"
    line = next(line for line in screen.splitlines() if "use Lawrow" in line)
    y = screen.splitlines().index(line)
    x = line.index("use Lawrow") + len("use ")
    assert term.screen.buffer[y][x].fg == "green"
    term.child.expect(pexpect.EOF, timeout=30)
    term.child.close()
    assert term.child.exitstatus == 0


def test_markup_in_glossary_text_is_shown_as_written(tmp_path: Path, cache: Path) -> None:
    glossary = tmp_path / "g.yaml"
    glossary.write_text(
        "entries:\n"
        "  - id: bold-term\n"
        "    type: concept\n"
        "    note: \"Not [bold]bold[/bold], and [red]not red[/].\"\n"
        "    terms:\n"
        "      en: [\"[b]racket term\"]\n", encoding="utf-8")
    term = Terminal(["lookup", "[b]racket term", "--glossary", str(glossary)], cache)
    screen = term.wait_for("[b]racket term [en]")
    assert "Not [bold]bold[/bold], and [red]not red[/]." in screen
    term.child.expect(pexpect.EOF, timeout=30)
