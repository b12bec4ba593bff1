"""The README's commands run as documented: set-up and CI in step, every console example.

Every ``$ termaid ...`` line of a ``console`` block (and every example of
``termaid --help``) runs as a real process through bash, in order, in one temporary
directory holding small files named as the README names them (written here, fresh
text), with the cache, the Argos packages and HOME there too. Each must exit with 0,
or with the status its trailing comment documents ("# ... exit 1 ..."); documented
output lines must begin the real output ("..." ends a line early). A tiny Argos model,
built by tests/support/argosmodel.py, stands in for translate-en_de-1_0.argosmodel.

Only syntax summaries are skipped: lines with ``[optional]`` parts, ``a|b``
alternatives or a placeholder in capitals (FILE), and the lines that continue them.
``test_few_syntax_summaries`` keeps that list short and named.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
#: The only README lines allowed to be syntax summaries (the start of each).
SUMMARIES = ("termaid import FILE --glossary my.yaml",)
#: Commands that need the translate extra (argostranslate and a model).
NEEDS_MODELS = ("termaid models", "termaid translate", "termaid digest")


def _commands() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Set-up: two commands", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_readme_has_two_setup_commands() -> None:
    install, tests = _commands()
    assert install.endswith("termaid lookup Araghtschi")
    assert tests.endswith("python -m pytest")


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _commands()[1] in ci.splitlines()


# -- the console examples -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Example:
    """One ``$ ...`` line of a console block: where, what, and what it should give."""

    where: str  # README.md:LINE, or termaid --help
    command: str
    output: tuple[str, ...]  # documented output lines
    exit: int

    @property
    def summary(self) -> bool:
        """A syntax summary, not a command: ``[optional]`` parts, ``a|b``, placeholders."""
        words = shlex.split(self.command, comments=True)
        return any(
            "[" in w or re.fullmatch(r"[A-Z][A-Z_]+", w) or re.search(r"\w\|\w", w) for w in words
        )


def _readme_examples() -> list[Example]:
    examples: list[Example] = []
    lines = README.read_text(encoding="utf-8").splitlines()
    block = False
    for number, line in enumerate(lines, 1):
        if line.startswith("```"):
            block = line == "```console"
            continue
        if not block:
            continue
        if line.startswith("$ "):
            command = line[2:]
            code = re.search(r"#.*\bexit (\d+)", command)
            examples.append(Example(f"README.md:{number}", command, (), int(code[1]) if code else 0))
        elif examples:
            last = examples[-1]
            examples[-1] = Example(last.where, last.command, (*last.output, line), last.exit)
    return examples


def _help_examples() -> list[Example]:
    proc = subprocess.run([sys.executable, "-m", "termaid", "--help"], capture_output=True,
                          text=True, check=True)
    examples = proc.stdout.split("Examples:", 1)[1].split("\n\n", 1)[0]
    return [Example("termaid --help", line.strip(), (), 0)
            for line in examples.splitlines() if line.strip().startswith("termaid ")]


EXAMPLES = _readme_examples() + _help_examples()

FILES = {
    "wires/dpa/lawrow.txt": """\
        Außenminister Sergej Lawrow traf Araghchi am Montag in Teheran. Lawrows Sprecherin
        sagte, die Gespräche über die Sanktionen gingen weiter.
        """,
    "wires/reuters/lavrov.txt": """\
        Foreign Minister Sergey Lavrov met Araghtschi in Tehran on Monday, and the talks on
        the sanctions will go on, his spokeswoman said.
        """,
    "feeds/2025.jsonl": """\
        {"id": "a1", "source": "dpa", "lang": "de", "text": "Lawrow traf Sergey Lavrov nicht, sagte die Sprecherin in Moskau."}
        {"id": "a2", "source": "tass", "text": "Die Gespräche mit dem Iran über die Sanktionen gehen nach Angaben der Regierung weiter."}
        """,
    "bericht.txt": """\
        Außenminister Sergej Lawrow empfing am Dienstag seinen iranischen Amtskollegen
        Araghchi in Moskau. Beide sprachen über die Anbindung der Mir-Karten an das
        Shetab-Netz und über die westlichen Sanktionen.
        """,
    "report.txt": """\
        Russian Foreign Minister Sergei Lavrov hosted his Iranian counterpart Abbas
        Araghchi in Moscow on Tuesday. The two discussed linking Mir cards to Iran's
        Shetab network and how to answer Western sanctions.
        """,
    "uebersetzung.txt": """\
        Der russische Außenminister Sergey Lavrov sagte nach dem Treffen in Moskau, die
        Zusammenarbeit mit Teheran werde ausgebaut.
        """,
    "report.en.txt": """\
        Moscow and Tehran deepen payment ties

        Russian and Iranian officials met in Moscow on Tuesday to extend the link
        between the Mir and Shetab card systems. Foreign Minister Sergei Lavrov said the
        connection would reach every Iranian bank by next year. His counterpart Abbas
        Araghchi called the cooperation an answer to Western sanctions. Analysts in
        Moscow expect trade to grow, though payments in rials and rubles remain small.
        """,
    "bericht.de.txt": """\
        Moskau und Teheran bauen den Zahlungsverkehr aus

        Bei einem Treffen in Moskau vereinbarten Vertreter Russlands und Irans, die
        Verbindung zwischen den Kartensystemen Mir und Shetab auszuweiten.
        Außenminister Lawrow sagte, bis zum nächsten Jahr sollten alle iranischen Banken
        angeschlossen sein. Araghtschi nannte die Zusammenarbeit eine Antwort auf die
        westlichen Sanktionen.
        """,
    "notiz.de.txt": """\
        Außenminister Abbas Araghtchi traf Sergei Lawrov in Moskau. Araghtchi sagte, Lawrov
        habe zugestimmt.
        """,
    "job.xlf": """\
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
          <file original="briefing.txt" datatype="plaintext" source-language="en" target-language="de">
            <body>
              <trans-unit id="1">
                <source>Lavrov's talks in Tehran covered the <g id="b">Caspian Sea</g>.</source>
                <target>Lawrows Gespräche in Teheran betrafen das <g id="b">Kaspische Meer</g>.</target>
              </trans-unit>
              <trans-unit id="2">
                <source>Iranian banks now accept Mir cards.</source>
                <target>Iranische Banken akzeptieren jetzt mir Karten.</target>
              </trans-unit>
              <trans-unit id="3">
                <source>Araghchi thanked the Kremlin.</source>
                <target>Araghchi dankte dem Kreml.</target>
              </trans-unit>
            </body>
          </file>
        </xliff>
        """,
    "memory.tmx": """\
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4">
          <header srclang="en" segtype="sentence" o-tmf="none" adminlang="en"
                  datatype="plaintext" creationtool="notes" creationtoolversion="1"/>
          <body>
            <tu tuid="1">
              <tuv xml:lang="en"><seg>The Russia–Iran alliance worries the Gulf states.</seg></tuv>
              <tuv xml:lang="de"><seg>Das Russland-Iran-Bündnis beunruhigt die Golfstaaten.</seg></tuv>
            </tu>
          </body>
        </tmx>
        """,
    "app.de.po": """\
        msgid ""
        msgstr ""
        "Language: de\\n"
        "X-Source-Language: en\\n"

        msgctxt "headline"
        msgid "Sanctions on Iran"
        msgstr "Sanktionen gegen Iran"

        msgid "Mir cards in Tehran"
        msgstr ""
        """,
    "my-glossary/people.yaml": """\
        entries:
          - id: abbas-araghchi
            type: person
            terms:
              en: [Abbas Araghchi, Araghchi]
              de: [Abbas Araghtschi, Araghtschi]
        """,
}


def _translate_extra() -> bool:
    try:
        import argostranslate  # noqa: F401
        import ctranslate2  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, subprocess.CompletedProcess[str]]:
    """Run every example, in order, in one sandbox; the results by where and command."""
    home = tmp_path_factory.mktemp("readme")
    for name, text in FILES.items():
        path = home / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    if _translate_extra():
        _model(home)
    bin_dir = home / "bin"
    bin_dir.mkdir()
    wrapper = bin_dir / "termaid"  # this checkout's termaid, whatever PATH holds
    wrapper.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m termaid "$@"\n')
    wrapper.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if not k.startswith("TERMAID_")}
    env.update(
        PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}",
        HOME=str(home / "home"),
        TERMAID_CACHE_DIR=str(home / "cache"),
        TERMAID_ARGOS_DIR=str(home / "argos"),
        NO_COLOR="1",
    )
    out = {}
    for example in EXAMPLES:
        if example.summary or (_needs_models(example) and not _translate_extra()):
            continue
        out[_key(example)] = subprocess.run(
            ["bash", "-o", "pipefail", "-c", example.command], cwd=home, env=env,
            capture_output=True, text=True, timeout=300, check=False,
        )
    return out


def _model(home: Path) -> None:
    """An echo en->de model, under the name the README installs."""
    sys.path.insert(0, str(ROOT / "tests" / "support"))
    try:
        from argosmodel import Mode, build_argosmodel, train_vocabulary
    finally:
        sys.path.pop(0)
    vocab = train_vocabulary(home / "sentencepiece")
    built = build_argosmodel(home / "built", vocab, from_code="en", to_code="de", mode=Mode.ECHO)
    built.rename(home / "translate-en_de-1_0.argosmodel")


def _needs_models(example: Example) -> bool:
    return any(part in example.command for part in NEEDS_MODELS)


def _key(example: Example) -> str:
    return f"{example.where}: {example.command}"


@pytest.mark.parametrize("example", EXAMPLES, ids=_key)
def test_example_runs_as_documented(
    example: Example, results: dict[str, subprocess.CompletedProcess[str]]
) -> None:
    if example.summary:
        pytest.skip("a syntax summary, not a command")
    if _needs_models(example) and not _translate_extra():
        pytest.skip("needs the translate extra")
    proc = results[_key(example)]
    assert proc.returncode == example.exit, f"{example.command}\n{proc.stderr}"
    assert "Traceback" not in proc.stderr
    real = proc.stdout.splitlines()
    assert len(real) >= len(example.output), proc.stdout
    for documented, line in zip(example.output, real, strict=False):
        if documented.endswith("..."):
            assert line.startswith(documented[:-3]), (documented, line)
        else:
            assert line == documented


def test_few_syntax_summaries() -> None:
    summaries = [e for e in EXAMPLES if e.summary]
    assert [e.command for e in summaries if not e.command.startswith(SUMMARIES)] == []
    assert len(summaries) == len(SUMMARIES)


def test_examples_cover_every_command() -> None:
    """Each command of ``termaid --help`` has a README example that runs."""
    from termaid.cli import COMMANDS

    run = set()
    for example in EXAMPLES:
        words = shlex.split(example.command, comments=True)
        if not example.summary and words[0] == "termaid":
            run.add(words[1])
    assert sorted(set(COMMANDS) - run) == []


def test_lookup_json_example_is_real_output(tmp_path: Path) -> None:
    """The ``lookup --json`` schema example is the real output, its lists cut short."""
    import json

    text = README.read_text(encoding="utf-8")
    intro, block = text.split("### `lookup --json` schema", 1)[1].split("```json\n", 1)
    command = re.search(r"`(termaid [^`]+)`", intro)
    assert command, "the schema example names its command"
    documented = json.loads(block.split("\n```", 1)[0])
    proc = subprocess.run([sys.executable, "-m", *shlex.split(command[1])], capture_output=True,
                          text=True, check=True)
    _assert_within(documented, json.loads(proc.stdout), "$")


def _assert_within(documented: object, real: object, where: str) -> None:
    """*documented* is *real* with some list items left off at their ends."""
    if isinstance(documented, dict):
        assert isinstance(real, dict) and list(documented) == [k for k in real if k in documented]
        for key, value in documented.items():
            assert key in real, f"{where}.{key} is not in the output"
            _assert_within(value, real[key], f"{where}.{key}")
    elif isinstance(documented, list):
        assert isinstance(real, list) and len(documented) <= len(real), where
        if not documented:
            assert real == [], f"{where} is not empty in the output"
        for n, (d, r) in enumerate(zip(documented, real, strict=False)):
            _assert_within(d, r, f"{where}[{n}]")
    else:
        assert documented == real, f"{where}: README {documented!r}, output {real!r}"
