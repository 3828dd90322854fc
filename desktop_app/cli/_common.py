"""What every command shares: exit codes, the parser that exits 2, output and loading helpers.

The contract is in ``docs/architecture.md``: every command has ``--help``; exit code 0 on success,
2 on bad input with a message that says what is wrong and where; never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop_app.core.errors import InputError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors exit 2 with a pointer to ``--help``."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def say(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def json_out(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def load(path: str) -> tuple[Any, Any]:
    """The bank and assessment of the file at ``path``, opened read-only."""
    from desktop_app.storage.document import ReadinessDocument

    with ReadinessDocument.open(path, readonly=True) as doc:
        return doc.bank, doc.assessment()


def num(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def atomic_write_text(path: Path, text: str, newline: str | None = None) -> None:
    from desktop_app.core.files import write_text_atomically

    write_text_atomically(path, text, newline=newline)


def check_output(source: str | Path, out: Path) -> None:
    """The one check before a command writes ``out`` from ``source``: the folder exists, and the
    output is not the file being read (by name or by link)."""
    if not out.parent.exists():
        raise InputError(f"the folder {out.parent} does not exist")
    refuse_writing_over(source, out)


def refuse_writing_over(source: str | Path, out: Path) -> None:
    """Never let an output replace the file it is made from (``export p.json -o p.json``)."""
    source = Path(source)
    same = out.resolve() == source.resolve()
    if not same and out.exists():
        try:
            same = out.samefile(source)
        except OSError:
            same = False
    if same:
        raise InputError(f"{out.name} is the file being read; write the output to another file")
