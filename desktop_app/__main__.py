"""``readiness-planner``: the GUI, or a headless command when the first argument names one."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from desktop_app.cli import COMMANDS

    if args and (args[0] in COMMANDS or args[0].startswith("-")):
        from desktop_app.cli import main as cli_main

        return cli_main(args)
    if len(args) > 1:
        sys.stderr.write(f"error: unknown command {args[0]!r}; see 'readiness-planner --help'\n")
        return 2
    from desktop_app.gui.app import run_gui

    return run_gui(args[0] if args else None)


if __name__ == "__main__":
    sys.exit(main())
