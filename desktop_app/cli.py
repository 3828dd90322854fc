"""The command line: headless commands over the same core the GUI uses.

Contract (DESIGN.md): every command has ``--help``; exit code 0 on success, 2 on bad input with a
one-line message that says what is wrong and where; never a traceback in front of a user.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop_app import APP_NAME, __version__
from desktop_app.core.errors import BankError, InputError, ReadinessError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2

COMMANDS = (
    "demo",
    "new",
    "import-answers",
    "score",
    "plan",
    "report",
    "export",
    "compare",
    "portfolio",
    "check",
    "bank",
)
SAMPLES = {
    "healthcare": "healthcare-synthetic-imaging.json",
    "financial": "financial-fraud-detection.json",
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _json_out(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


# --------------------------------------------------------------------------------------------
# Commands


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.resources import resource_path
    from desktop_app.storage.document import create_from_export

    sample = resource_path("samples", SAMPLES[args.sample])
    target = Path(args.file)
    doc = create_from_export(sample, target, overwrite=args.force)
    with doc:
        a = doc.assessment()
        _out(f"Wrote the sample assessment '{a.client} / {a.project}' to {target}")
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    from datetime import date

    from desktop_app.core.assessment import Answer
    from desktop_app.core.bank import BUILTIN_BANK_ID, INDUSTRIES, find_bank
    from desktop_app.storage.document import ReadinessDocument

    if args.industry and args.industry not in INDUSTRIES:
        raise InputError(f"--industry {args.industry!r} is not one of {', '.join(INDUSTRIES)}")
    workshop = args.date or date.today().isoformat()
    try:
        date.fromisoformat(workshop)
    except ValueError:
        raise InputError(f"--date {workshop!r} is not a date in the form YYYY-MM-DD") from None
    if not str(args.file).endswith(".readiness"):
        raise InputError(f"{args.file}: assessment files end in .readiness")
    bank = find_bank(args.bank or BUILTIN_BANK_ID)
    with ReadinessDocument.create(
        args.file,
        client=args.client,
        project=args.project,
        bank=bank,
        workshop_date=workshop,
        facilitator=args.facilitator or "",
    ) as doc:
        if args.industry:
            doc.set_answer(Answer("context.industry", args.industry, confidence="high"))
        _out(f"Created {args.file} for {args.client} / {args.project} ({bank.label})")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.core.exchange import read_answers_file
    from desktop_app.storage.document import ReadinessDocument

    with ReadinessDocument.open(args.file) as doc:
        if doc.readonly:
            raise InputError(f"{Path(args.file).name} cannot be changed: {doc.readonly_reason}")
        imported = read_answers_file(args.answers, doc.bank)
        current = doc.assessment()
        details = {k: v for k, v in imported.details.items() if not getattr(current, k)}
        participants = imported.participants if imported.participants and not current.participants else None
        doc.import_all(imported.answers, imported.plan, details, participants)
        _out(
            f"Imported {len(imported.answers)} answers"
            + (f" and {len(imported.plan)} plan entries" if imported.plan else "")
            + f" into {Path(args.file).name}"
        )
    return EXIT_OK


def _load(path: str) -> tuple[Any, Any]:
    from desktop_app.storage.document import ReadinessDocument

    with ReadinessDocument.open(path, readonly=True) as doc:
        return doc.bank, doc.assessment()


def cmd_score(args: argparse.Namespace) -> int:
    from desktop_app.core.scoring import DECISION_LABELS, score

    bank, assessment = _load(args.file)
    profile = score(bank, assessment)
    if args.json:
        _json_out(profile.to_dict())
        return EXIT_OK
    o = profile.overall
    _out(f"{assessment.client} / {assessment.project}  ({bank.label})")
    _out(
        f"Decision: {DECISION_LABELS[o.decision]}   overall risk {_num(o.risk)}  readiness {_num(o.readiness)}  "
        f"level {o.level or 'not assessed'}"
    )
    c = profile.completion
    _out(f"Completion: {c.answered}/{c.total} questions ({c.percent:.0f}%), {c.unknown} don't know")
    _out()
    _out(f"{'Challenge':<38} {'Risk':>5} {'L':>2} {'I':>2}  Level")
    for ch in profile.challenges:
        _out(
            f"{ch.title:<38} {_num(ch.risk):>5} {ch.likelihood or '-':>2} {ch.impact:>2}  {ch.level or 'not assessed'}"
        )
    if profile.blockers:
        _out()
        _out("Blockers:")
        for b in profile.blockers:
            _out(f"  - {b.question}: {b.answer}")
    _out()
    _out("Why:")
    for reason in o.reasons:
        _out(f"  - {reason}")
    if profile.follow_up:
        _out()
        _out(f"Follow-up ({len(profile.follow_up)}):")
        for f in profile.follow_up:
            _out(f"  - {f.question} ({f.reason})")
    return EXIT_OK


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def cmd_plan(args: argparse.Namespace) -> int:
    from desktop_app.core.plan import build_plan

    bank, assessment = _load(args.file)
    plan = build_plan(bank, assessment)
    if args.json:
        _json_out(plan.to_dict())
        return EXIT_OK
    from desktop_app.core.bank import PHASE_NAMES

    _out(f"Deployment plan: {assessment.client} / {assessment.project}")
    for phase, items in plan.by_phase(include_rejected=False).items():
        _out()
        _out(f"Phase {phase}: {PHASE_NAMES[phase]} ({len(items)} actions)")
        for it in items:
            owner = it.owner or it.owner_role
            _out(
                f"  [{it.status:<8}] {it.key:<14} {it.title}  - {owner}, due {it.due_date or 'not set'}, "
                f"effort {it.effort}, cost {it.cost}"
            )
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    import getpass

    from desktop_app.report import write_report

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
    bank, assessment = _load(args.file)
    out = Path(args.output)
    if out.suffix.lower() != ".pdf":
        raise InputError(f"{out.name}: the report must be written to a .pdf file")
    write_report(bank, assessment, out, paper=args.paper, password=password)
    _out(f"Wrote {out}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.core.exchange import export_csv_text, export_json_text

    bank, assessment = _load(args.file)
    out = Path(args.output)
    suffix = out.suffix.lower()
    if suffix == ".json":
        _atomic_write_text(out, export_json_text(bank, assessment))
    elif suffix == ".csv":
        _atomic_write_text(out, export_csv_text(bank, assessment), newline="")
    elif suffix == ".xlsx":
        from desktop_app.analysis.export import write_xlsx

        write_xlsx(bank, assessment, out)
    else:
        raise InputError(f"{out.name}: export to .csv, .xlsx or .json")
    _out(f"Wrote {out}")
    return EXIT_OK


def _atomic_write_text(path: Path, text: str, newline: str | None = None) -> None:
    from desktop_app.core.files import write_text_atomically

    if not path.parent.exists():
        raise InputError(f"the folder {path.parent} does not exist")
    write_text_atomically(path, text, newline=newline)


def cmd_compare(args: argparse.Namespace) -> int:
    from desktop_app.analysis.compare import compare_files

    comparison = compare_files(Path(args.old), Path(args.new))
    if args.json:
        _json_out(comparison.to_dict())
    else:
        _out(comparison.to_text())
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
        _out(f"Wrote {out} ({len(portfolio.rows)} assessments, {len(portfolio.failures)} unreadable)")
    elif args.json:
        _json_out(portfolio.to_dict())
    else:
        _out(portfolio.to_text())
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from desktop_app.storage.document import ReadinessDocument

    with ReadinessDocument.open(args.file, readonly=True) as doc:
        report = doc.check()
    if args.json:
        _json_out(report)
    else:
        _out(f"{Path(args.file).name}: {'OK' if report['ok'] else 'PROBLEMS FOUND'}")
        _out(f"  integrity: {report['integrity']}")
        _out(f"  file format version: {report['schema_version']}")
        _out(f"  assessment: {report['client']} / {report['project']}")
        b = report["bank"]
        _out(
            f"  question bank: {b['id']} {b['version']} (stored copy {'intact' if b['snapshot_intact'] else 'ALTERED'})"
        )
        _out(f"  answers: {report['answers']}, plan decisions: {report['plan_decisions']}")
        if report["unknown_question_ids"]:
            _out(f"  answers to questions not in the bank: {', '.join(report['unknown_question_ids'])}")
    return EXIT_OK if report["ok"] else EXIT_BAD_INPUT


def cmd_bank(args: argparse.Namespace) -> int:
    from desktop_app.core.bank import available_banks, find_bank, load_bank

    if args.bank_command == "list":
        banks = available_banks()
        if args.json:
            _json_out([{"id": b.id, "name": b.name, "version": b.version, "released": b.released} for b in banks])
        else:
            for b in banks:
                n = sum(1 for q in b.all_questions() if q.scored)
                _out(f"{b.id:<24} {b.version:<8} {b.name} ({n} scored questions)")
        return EXIT_OK
    if args.bank_command == "show":
        bank = find_bank(args.id) if args.id else find_bank("genai-readiness")
        data = bank_to_dict(bank)
        if args.json:
            _json_out(data)
        else:
            _out(f"{bank.name} {bank.version} ({bank.id}), released {bank.released}")
            for ch in bank.challenges:
                _out(f"  {ch.title}")
                for sub in ch.subchallenges:
                    _out(f"    {sub.title}: {len(sub.questions)} questions")
            _out(f"  {len(bank.mitigations)} mitigations")
        return EXIT_OK
    if args.bank_command == "validate":
        path = Path(args.path)
        if not path.exists():
            raise InputError(f"{path}: no such file")
        try:
            bank = load_bank(path)
        except BankError as exc:
            for problem in exc.problems:
                sys.stderr.write(problem + "\n")
            sys.stderr.write(f"{path}: {len(exc.problems)} problem(s); the bank is not valid\n")
            return EXIT_BAD_INPUT
        n = sum(1 for q in bank.all_questions() if q.scored)
        _out(f"{path}: valid - {bank.name} {bank.version}, {n} scored questions, {len(bank.mitigations)} mitigations")
        return EXIT_OK
    raise InputError("bank: say list, show or validate")


def bank_to_dict(bank: Any) -> dict[str, Any]:
    """``bank show --json``: every question with its options, and the mitigation library."""

    def question(q: Any) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": q.id,
            "text": q.text,
            "type": q.type,
            "weight": q.weight,
            "scored": q.scored,
            "challenge": q.challenge or "context",
            "subchallenge": q.subchallenge,
            "options": [{"id": o.id, "label": o.label, "risk": o.risk, "blocker": o.blocker} for o in q.options],
            "allow_na": q.allow_na,
            "allow_unknown": q.allow_unknown,
            "references": list(q.references),
            "guidance": {"why": q.guidance.why, "good": q.guidance.good, "examples": dict(q.guidance.examples)},
        }
        if q.show_if:
            d["show_if"] = {"question": q.show_if.question, "in": list(q.show_if.values)}
        if q.industry:
            d["industry"] = q.industry
        if q.type == "number":
            d.update(unit=q.unit, bands=[{"upto": b.upto, "risk": b.risk} for b in q.bands], computed=q.computed)
        return d

    return {
        "id": bank.id,
        "name": bank.name,
        "version": bank.version,
        "released": bank.released,
        "description": bank.description,
        "context": [question(q) for q in bank.context],
        "questions": [question(q) for ch in bank.challenges for q in ch.questions()],
        "challenges": [
            {
                "id": ch.id,
                "title": ch.title,
                "subchallenges": [
                    {"id": s.key, "title": s.title, "questions": [q.id for q in s.questions]} for s in ch.subchallenges
                ],
            }
            for ch in bank.challenges
        ],
        "profiles": {
            p.id: {"name": p.name, "impact": dict(p.impact), "rationale": p.rationale} for p in bank.profiles.values()
        },
        "mitigations": [
            {
                "id": m.id,
                "title": m.title,
                "action": m.action,
                "challenge": m.challenge,
                "subchallenge": m.subchallenge,
                "phase": m.phase,
                "effort": m.effort,
                "cost": m.cost,
                "owner_role": m.owner_role,
                "references": list(m.references),
                "risk_reduction": m.risk_reduction,
            }
            for m in bank.mitigations.values()
        ],
        "glossary": [{"term": t, "definition": d} for t, d in bank.glossary],
    }


# --------------------------------------------------------------------------------------------
# Parser


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="readiness-planner", description=f"{APP_NAME}: assess and plan a generative-AI deployment.")
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

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
    s.add_argument("--bank", help="question bank id (default: the built-in bank)")
    s.add_argument("--date", help="workshop date, YYYY-MM-DD (default: today)")
    s.add_argument("--facilitator")
    s.set_defaults(func=cmd_new)

    s = sub.add_parser("import-answers", help="import answers from a JSON or CSV file (all or nothing)")
    s.add_argument("file", metavar="FILE")
    s.add_argument("answers", metavar="ANSWERS")
    s.set_defaults(func=cmd_import)

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
    s.set_defaults(func=cmd_report)

    s = sub.add_parser("export", help="export answers, scores and plan to CSV, XLSX or JSON")
    s.add_argument("file", metavar="FILE")
    s.add_argument("-o", "--output", required=True, metavar="OUT")
    s.set_defaults(func=cmd_export)

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

    s = sub.add_parser("check", help="integrity, file format version and question bank of FILE")
    s.add_argument("file", metavar="FILE")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_check)

    s = sub.add_parser("bank", help="list, show or validate question banks")
    bsub = s.add_subparsers(dest="bank_command", metavar="list|show|validate", parser_class=_Parser)
    b = bsub.add_parser("list", help="the available banks")
    b.add_argument("--json", action="store_true")
    b = bsub.add_parser("show", help="one bank's questions and mitigations")
    b.add_argument("id", nargs="?", metavar="ID")
    b.add_argument("--json", action="store_true")
    b = bsub.add_parser("validate", help="check a bank file")
    b.add_argument("path", metavar="BANK.yaml")
    s.set_defaults(func=cmd_bank)
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
    except Exception as exc:
        if os.environ.get("READINESS_DEBUG"):
            traceback.print_exc()
        sys.stderr.write(
            f"error: unexpected failure ({type(exc).__name__}: {exc}); set READINESS_DEBUG=1 for details\n"
        )
        return EXIT_FAILED
