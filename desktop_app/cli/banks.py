"""The ``bank`` command: list, show, validate and install question banks."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli._common import EXIT_BAD_INPUT, EXIT_OK, Parser, json_out, say
from desktop_app.core import messages
from desktop_app.core.bank import Mitigation, Question, QuestionBank
from desktop_app.core.errors import BankError, InputError


def bank_from_argument(value: str) -> QuestionBank:
    """``--bank``: a bank id (``ID`` or ``ID@VERSION``) from the bank folders, or the path of a bank file."""
    from desktop_app.core.bank import find_bank, load_bank

    if value.endswith((".yaml", ".yml")) or "/" in value or "\\" in value:
        path = Path(value)
        if not path.is_file():
            raise InputError(f"{path}: no such bank file")
        return load_bank(path)
    return find_bank(value)


def _list(args: argparse.Namespace) -> int:
    from desktop_app.core.bank import scan_banks

    scan = scan_banks()
    if args.json:
        json_out([{"id": b.id, "name": b.name, "version": b.version, "released": b.released} for b in scan.banks])
    else:
        for b in scan.banks:
            n = sum(1 for q in b.all_questions() if q.scored)
            say(f"{b.id:<24} {b.version:<8} {b.name} ({n} scored questions)")
    for problem in scan.problems:
        sys.stderr.write(f"not loaded: {problem}\n")
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    from desktop_app.core.bank import BUILTIN_BANK_ID

    bank = bank_from_argument(args.id or BUILTIN_BANK_ID)
    if args.json:
        json_out(bank_to_dict(bank))
        return EXIT_OK
    say(f"{bank.name} {bank.version} ({bank.id}), released {bank.released}")
    for ch in bank.challenges:
        say(f"  {ch.title}")
        for sub in ch.subchallenges:
            say(f"    {sub.title}: {len(sub.questions)} questions")
    say(f"  {len(bank.mitigations)} mitigations")
    for tier in bank.tiers:
        say(f"  Tier {tier.id} {tier.name}: {len(tier.required_controls)} required controls, sign-off {tier.sign_off}")
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from desktop_app.core.bank import load_bank, review_warnings

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
    for warning in review_warnings(bank):
        sys.stderr.write(f"warning: {warning}\n")
    n = sum(1 for q in bank.all_questions() if q.scored)
    say(f"{path}: valid - {bank.name} {bank.version}, {n} scored questions, {len(bank.mitigations)} mitigations")
    return EXIT_OK


def _install(args: argparse.Namespace) -> int:
    from desktop_app.core.bank import install_bank

    path = Path(args.path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    target = install_bank(path)
    say(f"Installed {path.name} as {target}")
    return EXIT_OK


def cmd_bank(args: argparse.Namespace) -> int:
    commands = {"list": _list, "show": _show, "validate": _validate, "install": _install}
    command = commands.get(args.bank_command or "")
    if command is None:
        raise InputError("bank: say list, show, validate or install")
    return command(args)


def _when(when: Any) -> dict[str, list[str]] | None:
    return when.to_dict() if when is not None else None


def _question(q: Question) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": q.id,
        "text": q.text,
        "type": q.type,
        "weight": q.weight,
        "scored": q.scored,
        "challenge": q.challenge or "context",
        "subchallenge": q.subchallenge,
        "options": [
            {
                "id": o.id,
                "label": o.label,
                "risk": o.risk,
                "blocker": o.blocker,
                "finding": o.finding,
                **({"tier_points": o.tier_points, "min_tier": o.min_tier} if q.is_context else {}),
            }
            for o in q.options
        ],
        "allow_na": q.allow_na,
        "allow_unknown": q.allow_unknown,
        "references": list(q.references),
        "reference_conditions": {ref: w.to_dict() for ref, w in q.ref_conditions.items()},
        "guidance": {"why": q.guidance.why, "good": q.guidance.good, "examples": dict(q.guidance.examples)},
    }
    if q.show_if:
        d["show_if"] = {"question": q.show_if.question, "in": list(q.show_if.values)}
    if q.applies_if:
        d["applies_if"] = q.applies_if.to_dict()
    if q.industry:
        d["industry"] = q.industry
    if q.type == "number":
        d.update(unit=q.unit, bands=[{"upto": b.upto, "risk": b.risk} for b in q.bands], computed=q.computed)
    return d


def _mitigation(m: Mitigation) -> dict[str, Any]:
    return {
        "id": m.id,
        "title": m.title,
        "action": m.action,
        "challenge": m.challenge,
        "subchallenge": m.subchallenge,
        "phase": m.phase,
        "effort": m.effort,
        "effort_days": list(m.effort_days) if m.effort_days else None,
        "cost": m.cost,
        "cost_assumptions": m.cost_assumptions,
        "owner_role": m.owner_role,
        "raci": m.raci.to_dict(),
        "evidence": m.evidence,
        "depends_on": list(m.depends_on),
        "applies_if": _when(m.applies_if),
        "references": list(m.references),
        "risk_reduction": m.risk_reduction,
    }


def bank_to_dict(bank: QuestionBank) -> dict[str, Any]:
    """``bank show --json``: every question with its options, the decision method and the mitigation library."""
    from desktop_app.core.bank import JURISDICTION_QUESTION

    jq = bank.question(JURISDICTION_QUESTION) if bank.has_question(JURISDICTION_QUESTION) else None
    return {
        "id": bank.id,
        "name": bank.name,
        "version": bank.version,
        "format": bank.format,
        "released": bank.released,
        "description": bank.description,
        "report_title": bank.title,
        "industries": [{"id": i, "label": messages.industry_label(bank, i)} for i in bank.industries],
        "jurisdictions": [{"id": o.id, "label": o.label} for o in jq.options] if jq else [],
        "context": [_question(q) for q in bank.context],
        "questions": [_question(q) for ch in bank.challenges for q in ch.questions()],
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
        "tiers": [
            {
                "id": t.id,
                "name": t.name,
                "max_points": t.max_points,
                "sign_off": list(t.sign_off),
                "approver": t.approver,
                "pilot_boundary": list(t.pilot_boundary),
                "required_controls": [c.to_dict() for c in t.required_controls],
            }
            for t in bank.tiers
        ],
        "pilot_boundaries": [
            {"id": b.id, "text": b.text, "applies_if": _when(b.applies_if)} for b in bank.pilot_boundaries.values()
        ],
        "decision": {
            "pilot_only_risk": bank.decision.pilot_only_risk,
            "provisional_below": bank.decision.provisional_below,
        },
        "cost_bands": {
            "currency": bank.cost_bands.currency,
            "day_rate": bank.cost_bands.day_rate,
            "basis": bank.cost_bands.basis,
            **{band: {"min": lo, "max": hi} for band, (lo, hi) in bank.cost_bands.ranges.items()},
        },
        "frameworks": [
            {
                "id": f.id,
                "name": f.name,
                "version": f.version,
                "published": f.published,
                "verified": f.verified,
                "review_by": f.review_by,
                "jurisdictions": list(f.jurisdictions),
                "from_bank": f.id in bank.own_frameworks,
            }
            for f in bank.frameworks.values()
        ],
        "mitigations": [_mitigation(m) for m in bank.mitigations.values()],
        "glossary": [{"term": t, "definition": d} for t, d in bank.glossary],
    }


def register(sub: Any) -> None:
    """Add this module's commands to the parser."""
    s = sub.add_parser("bank", help="list, show, validate or install question banks")
    bsub = s.add_subparsers(dest="bank_command", metavar="list|show|validate|install", parser_class=Parser)
    b = bsub.add_parser("list", help="the available banks (and what is wrong with the ones that do not load)")
    b.add_argument("--json", action="store_true")
    b = bsub.add_parser("show", help="one bank's questions, decision method and mitigations")
    b.add_argument("id", nargs="?", metavar="ID|ID@VERSION|PATH")
    b.add_argument("--json", action="store_true")
    b = bsub.add_parser("validate", help="check a bank file (warns when a framework's review-by date has passed)")
    b.add_argument("path", metavar="BANK.yaml")
    b = bsub.add_parser("install", help="check a bank file and copy it into your bank folder")
    b.add_argument("path", metavar="FILE")
    s.set_defaults(func=cmd_bank)
