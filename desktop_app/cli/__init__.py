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
)

#: The modules that register commands, in the order ``--help`` lists them.
_MODULES = ("documents", "results", "analysis", "banks", "merge", "self_assessment", "restore")


def build_parser() -> argparse.ArgumentParser:
    p = Parser(prog="readiness-planner", description=f"{APP_NAME}: assess and plan a generative-AI deployment.")
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name in _MODULES:
        import_module(f"desktop_app.cli.{name}").register(sub)
    return p


def run(argv: Sequence[str]) -> int:
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
    except InputError as exc:
        for problem in exc.problems:
            sys.stderr.write(f"error: {problem}\n")
        return EXIT_BAD_INPUT
    except ReadinessError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:
        where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
        sys.stderr.write(f"error: {where}{exc.strerror or exc}\n")
        return EXIT_BAD_INPUT
    except MemoryError:
        sys.stderr.write("error: the input is too large for this computer's memory; nothing was changed\n")
        return EXIT_BAD_INPUT
    except RecursionError:
        sys.stderr.write("error: the input is nested too deeply to read; nothing was changed\n")
        return EXIT_BAD_INPUT
    except Exception as exc:
        if os.environ.get("READINESS_DEBUG"):
            traceback.print_exc()
        sys.stderr.write(
            f"error: unexpected failure ({type(exc).__name__}: {exc}); set READINESS_DEBUG=1 for details\n"
        )
        return EXIT_FAILED
