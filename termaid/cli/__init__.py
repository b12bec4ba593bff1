"""The ``termaid`` command: a click group whose commands are imported only when run.

Each command lives in its own module and is registered in :data:`COMMANDS`; running
``termaid lookup`` imports the lookup module alone, so start-up stays light. Errors from
the library (:class:`glossary.TermaidError`) become a one-line message and an exit code
here, in one place.
"""

from __future__ import annotations

import importlib
import sys

import click

from glossary.errors import TermaidError

__all__ = ["COMMANDS", "cli", "main"]

#: Command name -> "module:attribute" of its click command.
COMMANDS: dict[str, str] = {
    "lookup": "termaid.cli.lookup:lookup",
    "add": "termaid.cli.add:add",
    "show": "termaid.cli.browse:show",
    "list": "termaid.cli.browse:list_entries",
    "stats": "termaid.cli.browse:stats",
    "validate": "termaid.cli.validate:validate",
    "models": "termaid.cli.models:models",
    "translate": "termaid.cli.translate:translate",
    "digest": "termaid.cli.translate:digest",
    "export": "termaid.cli.exchange:export",
    "import": "termaid.cli.exchange:import_",
    "normalize": "termaid.cli.normalize:normalize",
    "check": "termaid.cli.check:check",
    "align": "termaid.cli.align:align",
    "corpus": "termaid.cli.corpus:corpus",
    "spell": "termaid.cli.spell:spell",
    "qa": "termaid.cli.qa:qa",
}


class _LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, attr = target.split(":")
        command = getattr(importlib.import_module(module), attr)
        assert isinstance(command, click.Command)
        return command

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except TermaidError as exc:
            click.echo(f"termaid: error: {exc}", err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="termaid", prog_name="termaid")
def cli() -> None:
    """Offline terminology for English and German sources on one story.

    Look names and terms up by any spelling, check and normalize texts against the
    glossary, and export it to the formats translation tools read.

    \b
    Examples:
      termaid lookup Araghtschi            # any spelling, either language
      termaid lookup "russland iran bundnis" --to en
      termaid show sergei-lavrov
      termaid list --type person --lang de
      termaid validate my-glossary/
      termaid qa memory.tmx                # translations checked against the glossary

    The glossary is the shipped domain glossary unless --glossary PATH or the
    TERMAID_GLOSSARY variable names another (a YAML file or a directory of them).
    """


def main() -> None:
    """Entry point of the ``termaid`` console script."""
    cli.main(prog_name="termaid")
    sys.exit(0)
