"""``readiness-planner restore FILE [--list] [--from N]``: put a backup copy back in place of FILE.

The file being replaced (damaged or not) is never deleted: it is kept beside, renamed
``NAME.before-restore-<time>.readiness``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli._common import EXIT_OK, json_out, say
from desktop_app.core.errors import InputError


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop_app.storage.backups import list_backups
    from desktop_app.storage.document import backup_summary, restore_backup

    target = Path(args.file)
    backups = list_backups(target)
    password = _password_for_backups(target, [b.path for b in backups])
    if args.list:
        rows = [backup_summary(b, password) for b in backups]
        if args.json:
            json_out(rows)
        elif not rows:
            say(f"There are no backups of {target.name}.")
        else:
            say(f"Backups of {target.name}, newest first:")
            for r in rows:
                state = f"{r['answers']} answers" if r["ok"] else f"cannot be used ({r['problem']})"
                say(f"  {r['number']:>2}  {r['taken']}  ({r['age']} old)  {state}")
        return EXIT_OK
    if not backups:
        raise InputError(f"there are no backups of {target.name}")
    if args.from_ is not None and not 1 <= args.from_ <= len(backups):
        raise InputError(f"--from {args.from_}: there are {len(backups)} backups of {target.name} (see --list)")
    result = restore_backup(target, None if args.from_ is None else backups[args.from_ - 1], password)
    say(f"Restored {target.name} from the backup of {result.backup.taken:%Y-%m-%d %H:%M} ({result.backup.age()} old).")
    if result.kept_aside is not None:
        say(f"The file it replaced is kept as {result.kept_aside.name}.")
    return EXIT_OK


def _password_for_backups(target: Path, paths: list[Path]) -> str | None:
    """The password of encrypted backups (READINESS_PASSWORD or a prompt), asked once for FILE."""
    from desktop_app.storage import passwords

    if not any(passwords.file_looks_encrypted(p) for p in [target, *paths]):
        return None
    return passwords.ask(target)


def register(sub: Any) -> None:
    """Add this module's commands to the parser."""
    s = sub.add_parser("restore", help="put a backup copy of FILE back in its place (see --list)")
    s.add_argument("file", metavar="FILE")
    s.add_argument("--list", action="store_true", help="list the backups of FILE, newest first")
    s.add_argument(
        "--from",
        dest="from_",
        type=int,
        metavar="N",
        help="restore backup N of the list (default: the newest good one)",
    )
    s.add_argument("--json", action="store_true", help="with --list: as JSON")
    s.set_defaults(func=cmd_restore)
