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
    from desktop_app.analysis.index import fts_query, open_index
    from desktop_app.analysis.portfolio import load_portfolio

    folder = Path(args.folder)
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder")
    out = Path(args.output) if args.output else None
    if out is not None and out.suffix.lower() not in (".xlsx", ".db", ".sqlite"):
        raise InputError(f"{out.name}: write the summary to an .xlsx file, or the whole index to a .db file")
    if args.search is not None:
        fts_query(args.search)  # a bad search text is refused before any file is read
    portfolio = load_portfolio(folder)
    if args.search is not None:
        with open_index(folder) as index:
            hits = index.search(args.search)
        if args.json:
            json_out({"query": args.search, "matches": [h.to_dict() for h in hits]})
        else:
            say(_hits_text(args.search, hits))
    elif out is not None and out.suffix.lower() == ".xlsx":
        portfolio.write_xlsx(out)
        say(f"Wrote {out} ({len(portfolio.rows)} assessments, {len(portfolio.failures)} unreadable)")
    elif out is not None:
        with open_index(folder) as index:
            index.export(out)
        say(f"Wrote the portfolio index {out} ({len(portfolio.rows)} assessments, {len(portfolio.failures)} "
            "unreadable; tables in docs/file-format.md)")  # fmt: skip
    elif args.json:
        json_out(portfolio.to_dict())
    else:
        say(portfolio.to_text())
    return EXIT_OK


def _hits_text(query: str, hits: list[Any]) -> str:
    if not hits:
        return f"No notes match {query!r}."
    lines = [f"{len(hits)} notes match {query!r}:"]
    for h in hits:
        lines.append("")
        lines.append(f"{h.client} / {h.project} ({h.file})")
        lines.append(f"  {h.question_id}: {h.question}")
        if h.answer:
            lines.append(f"  answer: {h.answer}")
        lines.append(f"  note: {h.snippet}")
    return "\n".join(lines)


def register(sub: Any) -> None:
    """Add this module's commands to the parser."""
    s = sub.add_parser("compare", help="compare two assessments")
    s.add_argument("old", metavar="OLD")
    s.add_argument("new", metavar="NEW")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_compare)

    s = sub.add_parser("portfolio", help="summarise a folder of assessments, search their notes")
    s.add_argument("folder", metavar="DIR")
    s.add_argument("--search", metavar="TEXT", help="list the notes (and text answers) containing every word of TEXT")
    g = s.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true")
    g.add_argument(
        "-o", "--output", metavar="OUT", help="SUMMARY.xlsx (one row per assessment) or INDEX.db (the whole index)"
    )
    s.set_defaults(func=cmd_portfolio)
