"""Commands over several assessments: compare, portfolio."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli._common import EXIT_OK, json_out, say
from desktop_app.core.errors import InputError


def cmd_compare(args: argparse.Namespace) -> int:
    from desktop_app.analysis.compare import compare_files

    comparison = compare_files(Path(args.old), Path(args.new))
    if args.json:
        json_out(comparison.to_dict())
    else:
        say(comparison.to_text())
    return EXIT_OK


def cmd_portfolio(args: argparse.Namespace) -> int:
    from desktop_app.analysis.portfolio import load_portfolio

    folder = Path(args.folder)
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder")
    portfolio = load_portfolio(folder)
    if args.output:
        out = Path(args.output)
        if out.suffix.lower() != ".xlsx":
            raise InputError(f"{out.name}: the portfolio summary is written to an .xlsx file")
        portfolio.write_xlsx(out)
        say(f"Wrote {out} ({len(portfolio.rows)} assessments, {len(portfolio.failures)} unreadable)")
    elif args.json:
        json_out(portfolio.to_dict())
    else:
        say(portfolio.to_text())
    return EXIT_OK


def register(sub: Any) -> None:
    """Add this module's commands to the parser."""
    s = sub.add_parser("compare", help="compare two assessments")
    s.add_argument("old", metavar="OLD")
    s.add_argument("new", metavar="NEW")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_compare)

    s = sub.add_parser("portfolio", help="summarise a folder of assessments")
    s.add_argument("folder", metavar="DIR")
    g = s.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true")
    g.add_argument("-o", "--output", metavar="SUMMARY.xlsx")
    s.set_defaults(func=cmd_portfolio)
