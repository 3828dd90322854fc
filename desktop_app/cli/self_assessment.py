"""``self-assessment export|import``: a blank questionnaire for a client to fill before the workshop,
and its answers back as one participant's own answers, with a report of what was taken."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli._common import EXIT_BAD_INPUT, EXIT_OK, check_output, json_out, say
from desktop_app.core.errors import InputError


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.core.self_assessment import write_blank
    from desktop_app.storage.document import ReadinessDocument

    out = Path(args.output)
    if out.suffix.lower() not in (".xlsx", ".csv"):
        raise InputError(f"{out.name}: the blank questionnaire is written as .xlsx or .csv")
    check_output(args.file, out)
    with ReadinessDocument.open(args.file, readonly=True) as doc:
        bank, a = doc.bank, doc.assessment()
    write_blank(bank, out, f"{a.client} / {a.project}: self-assessment before the workshop")
    from desktop_app.cli.passwords import warn_unencrypted_output

    warn_unencrypted_output(args.file, out)
    say(f"wrote {out} ({sum(1 for q in bank.all_questions() if not q.computed)} questions)")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.core.self_assessment import read_filled
    from desktop_app.storage.document import ReadinessDocument

    with ReadinessDocument.open(args.file) as doc:
        if doc.readonly:
            raise InputError(f"{Path(args.file).name} cannot be changed: {doc.readonly_reason}")
        report = read_filled(Path(args.answers), doc.bank, args.participant or "")
        rows = [(t.question, t.value, t.note) for t in report.taken]
        person = doc.import_participant_answers(report.participant, rows, role=args.role or "") if rows else None
    where = Path(args.answers).name
    if args.json:
        json_out(
            {
                "participant": report.participant,
                "participant_id": person.id if person else None,
                "taken": [{"row": t.row, "question": t.question, "value": t.value} for t in report.taken],
                "not_taken": [{"row": r.row, "question": r.question, "reason": r.reason} for r in report.rejected],
                "empty": report.empty,
            }
        )
    else:
        say(f"{where}: answers of {report.participant}")
        say(f"  taken: {len(report.taken)} row(s)")
        for t in report.taken:
            say(f"    row {t.row}: {t.question}")
        say(f"  not taken: {len(report.rejected)} row(s)")
        for r in report.rejected:
            say(f"    row {r.row}: {r.question or '(no question id)'}: {r.reason}")
        say(f"  left empty: {report.empty} row(s)")
        if report.taken:
            say(f"The taken rows are stored as {report.participant}'s own answers; the agreed answers are unchanged.")
        else:
            say("Nothing was stored.")
    return EXIT_BAD_INPUT if report.rejected else EXIT_OK


def register(sub: Any) -> None:
    """Add this module's commands to the parser."""
    s = sub.add_parser("self-assessment", help="a blank questionnaire to fill before the workshop, and back")
    group = s.add_subparsers(dest="self_command", metavar="export|import")
    e = group.add_parser("export", help="write FILE's questions as a blank XLSX (drop-down lists) or CSV")
    e.add_argument("file", metavar="FILE")
    e.add_argument("-o", "--output", required=True, metavar="BLANK.(xlsx|csv)")
    e.set_defaults(func=cmd_export)
    i = group.add_parser(
        "import",
        help="store a filled self-assessment as one participant's own answers; rows that do not fit are "
        "reported and left out (exit 2 when any row was not taken)",
    )
    i.add_argument("file", metavar="FILE")
    i.add_argument("answers", metavar="FILLED.(xlsx|csv)")
    i.add_argument("--participant", help="whose answers (default: the name written in the workbook)")
    i.add_argument("--role", help="the participant's role, when they are new to the assessment")
    i.add_argument("--json", action="store_true", help="the report as JSON")
    i.set_defaults(func=cmd_import)
