"""Commands that create, fill and check a document: demo, new, import-answers, check."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli._common import EXIT_BAD_INPUT, EXIT_OK, json_out, say
from desktop_app.core.errors import InputError
from desktop_app.storage.workstation import remember_written

SAMPLES = {
    "healthcare": "healthcare-synthetic-imaging.json",
    "financial": "financial-fraud-detection.json",
    "insurance": "insurance-claims-triage.json",
}


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.resources import resource_path
    from desktop_app.storage.document import create_from_export

    sample = resource_path("samples", SAMPLES[args.sample])
    target = Path(args.file)
    doc = create_from_export(sample, target, overwrite=args.force)
    with doc:
        a = doc.assessment()
        remember_written(target, a.id)  # made here by this user: the GUI opens it editable
        say(f"Wrote the sample assessment '{a.client} / {a.project}' to {target}")
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    from datetime import date

    from desktop_app.cli.banks import bank_from_argument
    from desktop_app.core.assessment import Answer
    from desktop_app.core.bank import BUILTIN_BANK_ID
    from desktop_app.storage.document import ReadinessDocument

    workshop = args.date or date.today().isoformat()
    try:
        date.fromisoformat(workshop)
    except ValueError:
        raise InputError(f"--date {workshop!r} is not a date in the form YYYY-MM-DD") from None
    if not str(args.file).endswith(".readiness"):
        raise InputError(f"{args.file}: assessment files end in .readiness")
    bank = bank_from_argument(args.bank or BUILTIN_BANK_ID)
    if args.industry and args.industry not in bank.industries:
        raise InputError(f"--industry {args.industry!r} is not one of {', '.join(bank.industries)}")
    password = None
    if args.encrypt:
        from desktop_app.cli.passwords import new_password

        password = new_password(Path(args.file).name)
    with ReadinessDocument.create(
        args.file,
        client=args.client,
        project=args.project,
        bank=bank,
        workshop_date=workshop,
        facilitator=args.facilitator or "",
        password=password,
    ) as doc:
        if args.industry:
            doc.set_answer(Answer("context.industry", args.industry, confidence="high"))
        remember_written(args.file, doc.assessment().id)
        say(f"Created {args.file} for {args.client} / {args.project} ({bank.label})")
        if password is not None:
            say("It is encrypted (SQLCipher 4). Keep the password safe: it cannot be recovered.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.core.exchange import read_answers_file
    from desktop_app.core.importing import plan_import
    from desktop_app.storage.document import ReadinessDocument
    from desktop_app.storage.merging import import_answers

    with ReadinessDocument.open(args.file) as doc:
        if doc.readonly:
            raise InputError(f"{Path(args.file).name} cannot be changed: {doc.readonly_reason}")
        imported = read_answers_file(args.answers, doc.bank)
        current = doc.assessment()
        planned = plan_import(current, imported, doc.bank)  # the rule File > Import answers shows and applies too
        import_answers(doc, planned)
        remember_written(args.file, current.id)  # last written here by this user
        same = f" ({planned.unchanged} of them already as in the file)" if planned.unchanged else ""
        say(
            f"Imported {len(imported.answers)} answers"
            + (f" and {len(imported.plan)} plan entries" if imported.plan else "")
            + (f" and {len(imported.voices)} participants' own answers" if imported.voices else "")
            + f" into {Path(args.file).name}{same}"
        )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from desktop_app.storage.document import ReadinessDocument

    with ReadinessDocument.open(args.file, readonly=True) as doc:
        report = doc.check()
    if args.json:
        json_out(report)
    else:
        say(f"{Path(args.file).name}: {'OK' if report['ok'] else 'PROBLEMS FOUND'}")
        say(f"  integrity: {report['integrity']}")
        say(f"  file format version: {report['schema_version']}")
        say(f"  assessment: {report['client']} / {report['project']}")
        b = report["bank"]
        say(
            f"  question bank: {b['id']} {b['version']} (stored copy {'intact' if b['snapshot_intact'] else 'ALTERED'})"
        )
        say(f"  answers: {report['answers']}, plan decisions: {report['plan_decisions']}")
        if report["unknown_question_ids"]:
            say(f"  answers to questions not in the bank: {', '.join(report['unknown_question_ids'])}")
        h = report["history"]
        chain = "chain intact" if h["chain_intact"] else f"CHAIN BROKEN: {h['problem']}"
        say(f"  history: {h['entries']} entries, {chain}")
    return EXIT_OK if report["ok"] else EXIT_BAD_INPUT


def register(sub: Any) -> None:
    """Add this module's commands to the parser."""
    s = sub.add_parser("demo", help="write the bundled sample assessment to FILE")
    s.add_argument("file", metavar="FILE")
    s.add_argument("--sample", choices=sorted(SAMPLES), default="healthcare", help="which sample (default healthcare)")
    s.add_argument("--force", action="store_true", help="replace FILE if it exists")
    s.set_defaults(func=cmd_demo)

    s = sub.add_parser("new", help="create a new, empty assessment")
    s.add_argument("file", metavar="FILE")
    s.add_argument("--client", required=True)
    s.add_argument("--project", required=True)
    s.add_argument("--industry", help="healthcare, financial_services, creative, manufacturing, public_sector, general")
    s.add_argument("--bank", help="question bank: ID, ID@VERSION or a bank file's path (default: the built-in bank)")
    s.add_argument("--date", help="workshop date, YYYY-MM-DD (default: today)")
    s.add_argument("--facilitator")
    s.add_argument(
        "--encrypt",
        action="store_true",
        help="encrypt the file with a password (READINESS_NEW_PASSWORD, or typed twice); it cannot be recovered",
    )
    s.set_defaults(func=cmd_new)

    s = sub.add_parser("import-answers", help="import answers from a JSON, CSV or exported XLSX file (all or nothing)")
    s.add_argument("file", metavar="FILE")
    s.add_argument("answers", metavar="ANSWERS")
    s.set_defaults(func=cmd_import)

    s = sub.add_parser("check", help="integrity, file format version and question bank of FILE")
    s.add_argument("file", metavar="FILE")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_check)
