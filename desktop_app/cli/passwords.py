"""Passwords of encrypted documents on the command line, and ``readiness-planner password``.

Every command that opens a document accepts an encrypted one: its password comes from the
``READINESS_PASSWORD`` environment variable or, when the command runs in a terminal, from a prompt
that does not echo (three tries). Without either, the command stops with a clear sentence and exit
code 2. ``merge`` takes the other copy's password from ``READINESS_OTHER_PASSWORD`` when it
differs. A new password (``new --encrypt``, ``password --set`` / ``--change``) comes from
``READINESS_NEW_PASSWORD`` or is typed twice.

``readiness-planner password FILE --set | --change | --remove`` sets, changes or removes the
password of FILE (see ``storage/encryption.py``: the file is never left half converted).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli._common import EXIT_OK, say
from desktop_app.storage import passwords
from desktop_app.storage.errors import PasswordNeeded, PasswordProblem

PASSWORD_ENV = "READINESS_PASSWORD"
NEW_PASSWORD_ENV = "READINESS_NEW_PASSWORD"
#: the password of the OTHER copy of ``merge`` when it is not the one of FILE
OTHER_PASSWORD_ENV = "READINESS_OTHER_PASSWORD"
#: prompts for one file before the command gives up
TRIES = 3


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


class TerminalProvider:
    """The command line's password provider (see ``storage.passwords``)."""

    def __init__(self) -> None:
        self.tries: dict[Path, int] = {}

    def __call__(self, path: Path, wrong: bool) -> str | None:
        from_env = os.environ.get(PASSWORD_ENV)
        if from_env is not None:
            return None if wrong else from_env  # a wrong READINESS_PASSWORD is not tried again
        if not _interactive():
            raise PasswordNeeded(
                f"{path.name} is encrypted: password needed. Set {PASSWORD_ENV}, or run the command in a "
                "terminal to type it."
            )
        n = self.tries.get(path, 0)
        if n >= TRIES:
            return None
        self.tries[path] = n + 1
        if wrong:
            sys.stderr.write(f"Wrong password for {path.name}.\n")
        return getpass.getpass(f"Password for {path.name}: ")


def install_provider() -> None:
    passwords.set_provider(TerminalProvider())


def new_password(name: str) -> str:
    """A new password for ``name``: ``READINESS_NEW_PASSWORD`` or typed twice (never echoed)."""
    value = os.environ.get(NEW_PASSWORD_ENV)
    if value is None:
        if not _interactive():
            raise PasswordProblem(
                f"A new password for {name} is needed: set {NEW_PASSWORD_ENV}, or run the command in a terminal "
                "to type it; nothing was changed."
            )
        value = getpass.getpass(f"New password for {name}: ")
        if value != getpass.getpass("Repeat the new password: "):
            raise PasswordProblem("The two passwords differ; nothing was changed.")
    passwords.check_new_password(value)
    return value


def warn_unencrypted_output(source: str | Path, out: Path, *, encrypted_output: bool = False) -> None:
    """On stderr: an output made from an encrypted document is NOT encrypted (unless it is)."""
    if not encrypted_output and passwords.file_looks_encrypted(Path(source)):
        sys.stderr.write(
            f"warning: {Path(source).name} is encrypted, but {out.name} is NOT encrypted: anyone who can read "
            f"{out.name} can read what it holds.\n"
        )


def cmd_password(args: argparse.Namespace) -> int:
    from desktop_app.storage.document import ReadinessDocument

    path = Path(args.file)
    with ReadinessDocument.open(path) as doc:
        if doc.readonly:
            raise PasswordProblem(f"The password of {path.name} cannot be changed: {doc.readonly_reason}")
        if args.set and doc.encrypted:
            raise PasswordProblem(f"{path.name} already has a password; use --change or --remove.")
        if (args.change or args.remove) and not doc.encrypted:
            raise PasswordProblem(f"{path.name} has no password; use --set to give it one.")
        new = None if args.remove else new_password(path.name)
        doc.set_password(new)
    if args.remove:
        say(f"Removed the password of {path.name}: it is no longer encrypted.")
    else:
        say(f"{'Changed' if args.change else 'Set'} the password of {path.name}: it is encrypted (SQLCipher 4).")
        say("Keep the password safe: nothing can open the file without it, and it cannot be recovered.")
    return EXIT_OK


def register(sub: Any) -> None:
    """Add this module's commands to the parser."""
    s = sub.add_parser(
        "password",
        help="set, change or remove the password that encrypts FILE",
        description=(
            f"The current password comes from {PASSWORD_ENV} or a prompt, the new one from {NEW_PASSWORD_ENV} "
            "or a prompt (typed twice). A lost password cannot be recovered."
        ),
    )
    s.add_argument("file", metavar="FILE")
    what = s.add_mutually_exclusive_group(required=True)
    what.add_argument("--set", action="store_true", help="encrypt FILE with a new password")
    what.add_argument("--change", action="store_true", help="change the password")
    what.add_argument("--remove", action="store_true", help="remove the password (FILE is no longer encrypted)")
    s.set_defaults(func=cmd_password)
