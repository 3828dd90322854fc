"""The ``bank`` command: list, show and validate question banks."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli._common import EXIT_BAD_INPUT, EXIT_OK, Parser, json_out, say
from desktop_app.core.errors import BankError, InputError


def cmd_bank(args: argparse.Namespace) -> int:
    from desktop_app.core.bank import available_banks, find_bank, load_bank

    if args.bank_command == "list":
        banks = available_banks()
        if args.json:
            json_out([{"id": b.id, "name": b.name, "version": b.version, "released": b.released} for b in banks])
        else:
            for b in banks:
                n = sum(1 for q in b.all_questions() if q.scored)
                say(f"{b.id:<24} {b.version:<8} {b.name} ({n} scored questions)")
        return EXIT_OK
    if args.bank_command == "show":
        bank = find_bank(args.id) if args.id else find_bank("genai-readiness")
        data = bank_to_dict(bank)
        if args.json:
            json_out(data)
        else:
            say(f"{bank.name} {bank.version} ({bank.id}), released {bank.released}")
            for ch in bank.challenges:
                say(f"  {ch.title}")
                for sub in ch.subchallenges:
                    say(f"    {sub.title}: {len(sub.questions)} questions")
            say(f"  {len(bank.mitigations)} mitigations")
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
        say(f"{path}: valid - {bank.name} {bank.version}, {n} scored questions, {len(bank.mitigations)} mitigations")
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


def register(sub: Any) -> None:
    """Add this module's commands to the parser."""
    s = sub.add_parser("bank", help="list, show or validate question banks")
    bsub = s.add_subparsers(dest="bank_command", metavar="list|show|validate", parser_class=Parser)
    b = bsub.add_parser("list", help="the available banks")
    b.add_argument("--json", action="store_true")
    b = bsub.add_parser("show", help="one bank's questions and mitigations")
    b.add_argument("id", nargs="?", metavar="ID")
    b.add_argument("--json", action="store_true")
    b = bsub.add_parser("validate", help="check a bank file")
    b.add_argument("path", metavar="BANK.yaml")
    s.set_defaults(func=cmd_bank)
