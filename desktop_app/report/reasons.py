"""The decision's reasons (core codes with parameters) as the report's sentences.

The core decides with codes (``desktop_app.core.decision.Reason``); this module is the report's own
wording of each code, so a change of English can never change a decision, and the report never
reads the core's English text. An unknown code is printed as itself rather than hidden.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from desktop_app.core.bank import QuestionBank
from desktop_app.report.fonts import markup, shorten
from desktop_app.report.styles import hex_of, level_color
from desktop_app.report.words import number, phase_word

#: reason codes that stop the deployment (shown with a STOP mark)
STOP_CODES = frozenset({"blocker", "open_stop_question", "control_missing", "control_unknown", "critical_challenges"})


def _titles(bank: QuestionBank, ids: Sequence[str]) -> str:
    names = []
    for cid in ids:
        try:
            names.append(bank.challenge(cid).title)
        except KeyError:
            names.append(str(cid))
    return ", ".join(names)


def _question(bank: QuestionBank, qid: str) -> str:
    return shorten(bank.question(qid).text, 160) if bank.has_question(qid) else qid


def _control(bank: QuestionBank, key: str) -> str:
    """A required control by its question text or action title, never by its id (a client copy)."""
    from desktop_app.core.messages import control_text

    return control_text(bank, key)


def _said(text: str) -> str:
    """A finding sentence as markup, ending with one mark."""
    text = markup(shorten(text, 240))
    return text if text.rstrip().endswith(("?", ".", "!")) else f"{text}."


def _stop_reason(
    code: str,
    p: Mapping[str, Any],
    bank: QuestionBank,
    answer_of: Callable[[str], str],
    finding_of: Callable[[str], str],
) -> str | None:
    if code == "blocker":
        if said := finding_of(str(p["question"])):
            return _said(said)
        answer = markup(shorten(answer_of(p["question"]), 80))
        return f"{markup(_question(bank, p['question']))} Answered “{answer}”."
    if code == "open_stop_question":
        return f"Not known yet: {markup(_question(bank, p['question']))} One of its answers would stop the deployment."
    if code == "weakest_link":
        said = finding_of(str(p["question"]))
        return (
            f"{markup(_titles(bank, [p['challenge']]))} is held at High by one weak answer to an important "
            f"question: {_said(said) if said else markup(_question(bank, p['question']))}"
        )
    if code in ("control_missing", "control_unknown"):
        state = "is not in place" if code == "control_missing" else "is not known yet"
        phase = phase_word(int(p.get("phase", 0) or 0)).lower()
        said = finding_of(str(p.get("control", ""))) if code == "control_missing" else ""
        control = _said(said) if said else markup(_control(bank, str(p.get("control", ""))))
        end = "" if control.rstrip().endswith(("?", ".", "!")) else "."  # a question's text keeps its own mark
        return f"A control required at impact tier {markup(str(p.get('tier', '')))} {state} ({phase}): {control}{end}"
    return None


def _count_reason(code: str, p: Mapping[str, Any]) -> str | None:
    n = int(p.get("count", 0) or 0)
    if code == "unknown_answers":
        verb = "s are" if n != 1 else " is"
        return (
            f"{n} “don't know” answer{verb} scored at the middle of the scale: once answered, the picture may "
            "turn out better or worse."
        )
    if code == "conditions":
        more = f"; {p['unowned']} more still need an owner and a date." if p.get("unowned") else "."
        return f"Conditions: {n} open action{'s' if n != 1 else ''}, each with an owner and a due date{more}"
    if code == "conditions_missing":
        return (
            "Deployment needs conditions, but no open action has both an owner and a due date yet "
            f"({p.get('unowned', 0)} to assign): pilot only until they do."
        )
    return None


def _level_reason(code: str, p: Mapping[str, Any], bank: QuestionBank) -> str | None:
    words = {
        "critical_challenges": "Critical level in {}.",
        "high_challenges": "High level in {}.",
        "medium_challenges": "Medium level in {}: deploy only with the plan's conditions and monitoring in place.",
        "not_assessed": "Not yet assessed: {}.",
    }
    if code in words:
        return words[code].format(markup(_titles(bank, p.get("challenges", ()))))
    if code == "overall_risk_high":
        return f"Overall risk {number(p.get('risk'))} is {number(p.get('threshold'))} or more."
    if code == "nothing_assessed":
        return "Nothing has been assessed yet."
    if code == "all_clear":
        who = f" Approval: {markup(str(p['approver']))}." if p.get("approver") else ""
        return (
            "Every assessed challenge is at low risk, no stop answer was given and the required controls are "
            f"in place.{who}"
        )
    return None


def _no_finding(_question_id: str) -> str:
    return ""


def reason_markup(
    code: str,
    p: Mapping[str, Any],
    bank: QuestionBank,
    answer_of: Callable[[str], str],
    finding_of: Callable[[str], str] = _no_finding,
) -> str:
    """One reason as Paragraph markup (user and bank text escaped); an unknown code as itself.
    ``finding_of`` gives the bank's finding for a question's answer: where it has one, a stop answer,
    a weakest link or a missing control reads as what was found instead of the question asked."""
    stop = f'<font color="{hex_of(level_color("critical"))}"><b>STOP</b></font> ' if code in STOP_CODES else ""
    text = _stop_reason(code, p, bank, answer_of, finding_of) or _count_reason(code, p) or _level_reason(code, p, bank)
    return stop + (text if text is not None else markup(code))
