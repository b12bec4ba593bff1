"""The ``termaid`` command: a click group whose commands are imported only when run.

Each command lives in its own module and is registered in :data:`COMMANDS`; running
``termaid lookup`` imports the lookup module alone, so start-up stays light.

Every error becomes a one-line message and an exit status here, in one place
(:func:`exit_status`): errors from the library (:class:`glossary.TermaidError`) carry
their status (1 or 2); an output that cannot be written (a full disk behind stdout) is 2;
anything else is a bug in termaid: status 70 (sysexits' EX_SOFTWARE), with the traceback
only when ``TERMAID_TRACEBACK=1``. A reader that goes away (``termaid list | head``) ends
termaid quietly by SIGPIPE, as it ends other command-line tools (``termaid corpus``,
which writes to worker processes, ignores it again: a dead worker must not end the run).
"""

from __future__ import annotations

import errno
import importlib
import os
import signal
import sys
import traceback

import click

from glossary.errors import EXIT_INTERNAL, EXIT_USAGE, TermaidError

__all__ = ["COMMANDS", "TRACEBACK_ENV", "cli", "exit_status", "main"]

#: Set to 1 to get the traceback of an internal error.
TRACEBACK_ENV = "TERMAID_TRACEBACK"
#: Errors of writing an output stream: the environment's doing, not termaid's.
_OUTPUT_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EPIPE, errno.EBADF, errno.EROFS,
                            errno.EFBIG})

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
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:  # noqa: BLE001  # the one place errors become exit statuses
            ctx.exit(exit_status(exc))


def exit_status(exc: BaseException) -> int:
    """Print the one-line message for *exc* on stderr and return the exit status it means."""
    if isinstance(exc, TermaidError):
        _say(f"termaid: error: {exc}")
        return exc.exit_code
    if isinstance(exc, OSError) and exc.errno in _OUTPUT_ERRNOS and exc.filename is None:
        _say(f"termaid: error: cannot write the output: {exc.strerror}")
        return EXIT_USAGE
    if isinstance(exc, MemoryError):
        _say("termaid: error: out of memory; the input is too large for this machine")
        return EXIT_USAGE
    if os.environ.get(TRACEBACK_ENV, "") not in ("", "0"):
        traceback.print_exception(exc, file=sys.stderr)
    what = " ".join(str(exc).split())[:200]
    _say(f"termaid: internal error: {type(exc).__name__}{': ' + what if what else ''} "
         f"(a bug in termaid; {TRACEBACK_ENV}=1 shows the traceback)")
    return EXIT_INTERNAL


def _say(line: str) -> None:
    try:
        click.echo(line, err=True)
    except (OSError, ValueError):
        pass  # stderr itself is gone: the exit status still tells


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

    \b
    Exit status: 0 done (something found, nothing to report); 1 findings,
    conflicts left or nothing matched; 2 bad usage or input, or a target that
    refuses (locked, read-only, full disk); 70 an internal error (a bug: one
    line, the traceback with TERMAID_TRACEBACK=1).
    """


def main() -> None:
    """Entry point of the ``termaid`` console script."""
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    _guard_standard_streams()
    try:
        cli.main(prog_name="termaid")
        status = 0
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except Exception as exc:  # noqa: BLE001  # raised outside a command (while parsing its options)
        status = exit_status(exc)
    try:
        sys.stdout.flush()
    except (OSError, ValueError, AttributeError) as exc:
        if isinstance(exc, OSError):
            _say(f"termaid: error: cannot write the output: {exc.strerror}")
        # the interpreter flushes stdout once more on the way out: let that succeed
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.close(null)
        status = status or EXIT_USAGE
    sys.exit(status)


def _guard_standard_streams() -> None:
    """Closed standard streams (``<&-``) get /dev/null, so no file termaid opens takes their
    number; a closed stdout is an error (output would be lost without a word). Names and
    terms that are not UTF-8 (surrogates from undecodable arguments or file names) are
    printed escaped, not raised on."""
    closed = []
    for fd, flags in ((0, os.O_RDONLY), (1, os.O_WRONLY), (2, os.O_WRONLY)):
        try:
            os.fstat(fd)
        except OSError:
            null = os.open(os.devnull, flags)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
            closed.append(fd)
    if 1 in closed:
        if 2 not in closed:
            sys.stderr.write("termaid: error: standard output is closed; nothing to write to\n")
        os._exit(EXIT_USAGE)
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    if 0 in closed:
        sys.stdin = None  # read as "closed" by the commands
