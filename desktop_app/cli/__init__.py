"""The command line: headless commands over the same core the GUI uses.

Contract (``docs/architecture.md``): every command has ``--help``; exit code 0 on success, 2 on bad
input with a message that says what is wrong and where; never a traceback in front of a user.

Each module of this package registers its own commands (``register(sub)``), so a new command is a
new module and one line in ``_MODULES``.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from importlib import import_module
from typing import Any

from desktop_app import APP_NAME, __version__
from desktop_app.cli._common import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, Parser
from desktop_app.core.errors import InputError, ReadinessError

__all__ = ["COMMANDS", "EXIT_BAD_INPUT", "EXIT_FAILED", "EXIT_OK", "build_parser", "main", "run"]

#: The first words that start a command instead of the GUI; read by ``__main__`` at every start,
#: so it is a plain tuple rather than a parser built on import (tests/e2e check they agree).
COMMANDS = (
    "demo",
    "new",
    "import-answers",
    "score",
    "plan",
    "report",
    "today",
    "export",
    "compare",
    "portfolio",
    "check",
    "bank",
    "merge",
    "self-assessment",
    "restore",
    "password",
)

#: The modules that register commands, in the order ``--help`` lists them.
_MODULES = ("documents", "results", "analysis", "banks", "merge", "self_assessment", "restore", "passwords")


def build_parser() -> argparse.ArgumentParser:
    p = Parser(prog="readiness-planner", description=f"{APP_NAME}: assess and plan a generative-AI deployment.")
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name in _MODULES:
        import_module(f"desktop_app.cli.{name}").register(sub)
    return p


def run(argv: Sequence[str]) -> int:
    from desktop_app.cli.passwords import install_provider

    install_provider()  # an encrypted document's password: READINESS_PASSWORD or a prompt
    parser = build_parser()
    args = parser.parse_args(list(argv))
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return EXIT_BAD_INPUT
    if args.command == "bank" and not args.bank_command:
        raise InputError("bank: say list, show or validate (see 'readiness-planner bank --help')")
    return func(args)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        return run(argv)
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        return 130
    except InputError as exc:
        for problem in exc.problems:
            sys.stderr.write(f"error: {problem}\n")
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # the reader went away (``| head``): nothing to say
        return EXIT_OK
    except Exception as exc:
        message, code = failure(exc)
        sys.stderr.write(f"error: {message}\n")
        return code


#: the sentence for each kind of failure a user can meet; anything else is unexpected (exit 1)
_FAILURES: tuple[tuple[type[BaseException], Callable[[Any], str]], ...] = (
    (ReadinessError, str),
    (OSError, lambda e: (f"{e.filename}: " if getattr(e, "filename", None) else "") + str(e.strerror or e)),
    (MemoryError, lambda _e: "the input is too large for this computer's memory; nothing was changed"),
    (RecursionError, lambda _e: "the input is nested too deeply to read; nothing was changed"),
)


def failure(exc: Exception) -> tuple[str, int]:
    """The one line a user sees for ``exc`` and the exit code: 2 for bad input, 1 for a bug."""
    for kind, say_it in _FAILURES:
        if isinstance(exc, kind):
            return say_it(exc), EXIT_BAD_INPUT
    if os.environ.get("READINESS_DEBUG"):
        traceback.print_exc()
    return f"unexpected failure ({type(exc).__name__}: {exc}); set READINESS_DEBUG=1 for details", EXIT_FAILED
