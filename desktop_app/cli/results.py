"""Commands that read one assessment's results: score, plan, report, today, export."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli._common import EXIT_OK, atomic_write_text, check_output, json_out, load, num, say
from desktop_app.cli.passwords import warn_unencrypted_output
from desktop_app.core.errors import InputError


def score_json(bank: Any, profile: Any) -> dict[str, Any]:
    """``score --json``: the profile's codes and figures, each reason with its English text beside it."""
    from desktop_app.core import messages

    data: dict[str, Any] = profile.to_dict()
    for reason, out in zip(profile.overall.reasons, data["overall"]["reasons"], strict=True):
        out["text"] = messages.reason_text(reason, bank, profile)
    data["overall"]["pilot_boundary_text"] = [
        bank.pilot_boundaries[b].text for b in profile.overall.pilot_boundary if b in bank.pilot_boundaries
    ]
    for ch, out in zip(profile.challenges, data["challenges"], strict=True):
        out["explanation"]["text"] = messages.challenge_explanation(ch, bank)
    return data


def cmd_score(args: argparse.Namespace) -> int:
    from desktop_app.core import messages
    from desktop_app.core.scoring import score

    bank, assessment = load(args.file)
    profile = score(bank, assessment)
    if args.json:
        json_out(score_json(bank, profile))
        return EXIT_OK
    o = profile.overall
    say(f"{assessment.client} / {assessment.project}  ({bank.label})")
    provisional = messages.provisional_text(o)
    say(
        f"Decision: {messages.decision_label(o.decision)}{f'  ({provisional})' if provisional else ''}   "
        f"overall risk {num(o.risk)}  readiness {num(o.readiness)}  level {o.level or 'not assessed'}"
    )
    say(messages.tier_text(o))
    c = profile.completion
    say(f"Completion: {c.answered}/{c.total} questions ({c.percent:.0f}%), {c.unknown} don't know")
    say()
    say(f"{'Challenge':<38} {'Risk':>5} {'L':>2} {'I':>2}  Level")
    for ch in profile.challenges:
        say(f"{ch.title:<38} {num(ch.risk):>5} {ch.likelihood or '-':>2} {ch.impact:>2}  {ch.level or 'not assessed'}")
    if profile.blockers:
        say()
        say("Blockers:")
        for b in profile.blockers:
            say(f"  - {b.question}: {b.answer}")
    say()
    say("Why:")
    for text in messages.reasons_text(o, bank, profile):
        say(f"  - {text}")
    _say_decision_details(bank, o)
    if profile.follow_up:
        say()
        say(f"Follow-up ({len(profile.follow_up)}):")
        for f in profile.follow_up:
            say(f"  - {f.question} ({f.reason})")
    return EXIT_OK


def _say_decision_details(bank: Any, o: Any) -> None:
    if o.conditions:
        say()
        say("Conditions:")
        for cond in o.conditions:
            say(f"  - {cond.key} {cond.title} - {cond.owner}, due {cond.due_date}")
    if o.pilot_boundary:
        say()
        say("Pilot boundary:")
        for bid in o.pilot_boundary:
            say(f"  - {bank.pilot_boundaries[bid].text}")
    if o.decision == "ready" and o.approver:
        say()
        say(f"Approver: {o.approver}")


def cmd_plan(args: argparse.Namespace) -> int:
    from desktop_app.core.plan import build_plan

    bank, assessment = load(args.file)
    plan = build_plan(bank, assessment)
    if args.json:
        from desktop_app.core.budget import plan_budget

        # the plan's money, in the assessment's currency where it holds a rate (docs/report.md, "Money")
        json_out({**plan.to_dict(), "budget": plan_budget(bank, assessment, plan).to_dict()})
        return EXIT_OK
    from desktop_app.core import messages

    say(f"Deployment plan: {assessment.client} / {assessment.project}")
    for phase, items in plan.by_phase(include_rejected=False).items():
        say()
        say(f"Phase {phase}: {messages.phase_name(phase)} ({len(items)} actions)")
        for it in items:
            owner = it.owner or it.owner_role
            say(
                f"  [{it.status:<8}] {it.key:<14} {it.title}  - {owner}, due {it.due_date or 'not set'}, "
                f"effort {it.effort}, cost {it.cost}"
            )
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    import getpass

    from desktop_app.report import ReportOptions, write_report

    password = None
    if args.password:
        password = os.environ.get("READINESS_PDF_PASSWORD")
        if password is None:
            if not sys.stdin.isatty():
                raise InputError("--password needs a terminal to ask for the password, or READINESS_PDF_PASSWORD set")
            password = getpass.getpass("PDF password: ")
            if password != getpass.getpass("Repeat the password: "):
                raise InputError("the two passwords differ; nothing was written")
        if not password:
            raise InputError("the PDF password is empty; nothing was written")
    out = Path(args.output)
    check_output(args.file, out)
    bank, assessment = load(args.file)
    if out.suffix.lower() != ".pdf":
        raise InputError(f"{out.name}: the report must be written to a .pdf file")
    firm = firm_options(args)
    write_report(bank, assessment, out, ReportOptions(paper=args.paper, password=password or None, **firm))
    warn_unencrypted_output(args.file, out, encrypted_output=bool(password))
    say(f"Wrote {out}")
    return EXIT_OK


#: the longest firm name and disclaimer the report takes (the same limits as the Preferences dialog)
FIRM_NAME_LIMIT = 200
DISCLAIMER_LIMIT = 4000


def firm_options(args: argparse.Namespace) -> dict[str, Any]:
    """``--firm``, ``--logo`` and ``--disclaimer-file`` as report options, each checked (exit 2 if bad).

    The command line does not read the GUI's settings file: what goes on the cover is what the
    command says, so a script builds the same report on any machine.
    """
    out: dict[str, Any] = {}
    firm = " ".join((args.firm or "").split())
    if len(firm) > FIRM_NAME_LIMIT:
        raise InputError(f"--firm: the firm's name is {len(firm)} characters; at most {FIRM_NAME_LIMIT}")
    if firm:
        out["firm_name"] = firm
    if args.logo:
        from desktop_app.report.logo import LogoProblem, read_logo

        try:
            read_logo(args.logo)
        except LogoProblem as exc:
            raise InputError(f"--logo: {exc}") from None
        out["logo"] = Path(args.logo)
    if args.disclaimer_file:
        path = Path(args.disclaimer_file)
        if path.exists() and not path.is_file():  # a folder, a pipe or a device
            raise InputError(f"--disclaimer-file: {path} is not a regular file")
        try:
            with open(path, "rb") as fh:
                raw = fh.read(DISCLAIMER_LIMIT * 4 + 1)
            text = raw.decode("utf-8-sig").strip()
        except UnicodeDecodeError:
            raise InputError(f"--disclaimer-file: {path.name} is not UTF-8 text") from None
        except OSError as exc:
            raise InputError(f"--disclaimer-file: {path} could not be read ({exc.strerror or exc})") from None
        if len(text) > DISCLAIMER_LIMIT:
            raise InputError(f"--disclaimer-file: the disclaimer is over {DISCLAIMER_LIMIT} characters")
        if not text:
            raise InputError(f"--disclaimer-file: {path.name} is empty")
        out["disclaimer"] = text
    return out


def cmd_today(args: argparse.Namespace) -> int:
    """One page: what was decided on a workshop day (see report/today.py)."""
    from datetime import date

    from desktop_app.report.today import write_today

    out = Path(args.output)
    check_output(args.file, out)
    if out.suffix.lower() != ".pdf":
        raise InputError(f"{out.name}: the page must be written to a .pdf file")
    try:
        day = date.fromisoformat(args.date) if args.date else date.today()
    except ValueError:
        raise InputError(f"--date {args.date!r}: give the day as YYYY-MM-DD") from None
    bank, assessment = load(args.file)
    write_today(bank, assessment, out, day=day, paper=args.paper)
    warn_unencrypted_output(args.file, out)
    say(f"Wrote {out}")
    return EXIT_OK


def _load_with_history(path: str) -> tuple[Any, Any, list[Any]]:
    """The bank, assessment and newest history entries (``EXPORT_HISTORY_LIMIT``) of the file at ``path``."""
    from desktop_app.core.exchange import EXPORT_HISTORY_LIMIT
    from desktop_app.storage.connection import DB_ERRORS
    from desktop_app.storage.document import ReadinessDocument

    with ReadinessDocument.open(path, readonly=True) as doc:
        try:
            history = doc.history(EXPORT_HISTORY_LIMIT)
        except DB_ERRORS as exc:  # a damaged page, a stalled read: bad input, said plainly; nothing written
            raise InputError(f"{Path(path).name}: the history could not be read ({exc}); nothing was written") from None
        return doc.bank, doc.assessment(), history


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.core.exchange import MAX_FILE_BYTES, export_csv_text, export_json
    from desktop_app.core.self_assessment import MAX_UNPACKED_BYTES

    out = Path(args.output)
    check_output(args.file, out)
    bank, assessment, history = _load_with_history(args.file)
    suffix = out.suffix.lower()
    omitted = 0
    if suffix == ".json":
        written = export_json(bank, assessment, history)
        atomic_write_text(out, written.text)
        omitted = written.history_omitted
    elif suffix == ".csv":
        atomic_write_text(out, export_csv_text(bank, assessment), newline="")
    elif suffix == ".xlsx":
        from desktop_app.analysis.export import export_xlsx

        omitted = export_xlsx(bank, assessment, out, history).history_omitted
    else:
        raise InputError(f"{out.name}: export to .csv, .xlsx or .json")
    if omitted:  # so that the file imports back (docs/file-format.md)
        sys.stderr.write(
            f"note: {out.name} holds the newest changes of the history but not the {omitted:,}"
            f" oldest: with them it would pass the limits of an answers file ({MAX_FILE_BYTES / 1_048_576:g} MB,"
            f" and {MAX_UNPACKED_BYTES / 1_048_576:g} MB unpacked for a workbook). The assessment itself keeps them"
            " all.\n"
        )
    warn_unencrypted_output(args.file, out)
    say(f"Wrote {out}")
    return EXIT_OK


def register(sub: Any) -> None:
    """Add this module's commands to the parser."""
    s = sub.add_parser("score", help="risk profile and decision")
    s.add_argument("file", metavar="FILE")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_score)

    s = sub.add_parser("plan", help="the deployment plan")
    s.add_argument("file", metavar="FILE")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_plan)

    s = sub.add_parser("report", help="write the PDF deployment plan")
    s.add_argument("file", metavar="FILE")
    s.add_argument("-o", "--output", required=True, metavar="PLAN.pdf")
    s.add_argument("--paper", choices=("a4", "letter"), default="a4")
    s.add_argument(
        "--password",
        action="store_true",
        help="encrypt the PDF; asks for the password (or reads READINESS_PDF_PASSWORD)",
    )
    s.add_argument("--firm", metavar="NAME", help="the consulting firm's name, on the cover and as preparer")
    s.add_argument("--logo", metavar="LOGO.png", help="the firm's logo on the cover (PNG or JPEG, at most 2 MB)")
    s.add_argument(
        "--disclaimer-file",
        metavar="TEXT.txt",
        help="the disclaimer printed in the document control block (UTF-8 text) instead of the standard one",
    )
    s.set_defaults(func=cmd_report)

    s = sub.add_parser("today", help='one page: "what we decided today" (decision, parked questions, actions)')
    s.add_argument("file", metavar="FILE")
    s.add_argument("-o", "--output", required=True, metavar="TODAY.pdf")
    s.add_argument("--paper", choices=("a4", "letter"), default="a4")
    s.add_argument("--date", default="", metavar="YYYY-MM-DD", help="the workshop day (default: today)")
    s.set_defaults(func=cmd_today)

    s = sub.add_parser("export", help="export answers, scores and plan to CSV, XLSX or JSON")
    s.add_argument("file", metavar="FILE")
    s.add_argument("-o", "--output", required=True, metavar="OUT")
    s.set_defaults(func=cmd_export)
