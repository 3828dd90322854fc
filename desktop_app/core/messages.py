"""English text for the codes the core returns: decisions, levels, reasons, explanations.

The core decides with codes and figures (``Reason("blocker", {"question": ...})``); this module is the
one place that turns them into English sentences, for the command line and as the default text the
report and the GUI reuse. A translation renders the same codes: it can never change a decision.
Question, challenge and action titles come from the bank (content, not code).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from desktop_app.core.bank import PHASE_NAMES, QuestionBank

if TYPE_CHECKING:
    from desktop_app.core.decision import Reason
    from desktop_app.core.scoring import ChallengeScore, Overall, RiskProfile

LEVEL_LABELS = {"low": "Low", "medium": "Medium", "high": "High", "critical": "Critical"}
DECISION_LABELS = {
    "ready": "Ready to deploy",
    "ready_with_conditions": "Ready with conditions",
    "pilot_only": "Pilot only",
    "not_ready": "Not ready",
}
NOT_APPLICABLE = "Not applicable"
DONT_KNOW = "Don't know"
FOLLOW_UP_LABELS = {"unknown": DONT_KNOW, "low confidence": "Low confidence"}
CONTROL_STATES = {
    "in_place": "in place",
    "missing": "missing",
    "unknown": "not known yet",
    "not_required": "not required here",
}


def level_label(level: str | None) -> str:
    return LEVEL_LABELS.get(level or "", "Not assessed")


def decision_label(decision: str) -> str:
    return DECISION_LABELS.get(decision, decision)


def _titles(bank: QuestionBank | None, challenge_ids: Sequence[str]) -> str:
    out = []
    for cid in challenge_ids:
        try:
            out.append(bank.challenge(cid).title if bank is not None else cid)
        except KeyError:
            out.append(cid)
    return ", ".join(out)


def _question_text(bank: QuestionBank | None, qid: str) -> str:
    return bank.question(qid).text if bank is not None and bank.has_question(qid) else qid


def control_text(bank: QuestionBank | None, key: str) -> str:
    """A required control in words: its question text or action title (the id only without a bank)."""
    if bank is None:
        return key
    if bank.has_question(key):
        return bank.question(key).text
    mitigation = bank.mitigations.get(key)
    return mitigation.title if mitigation is not None else key


def _answer(profile: RiskProfile | None, qid: str) -> str:
    if profile is None:
        return ""
    qs = profile.question_scores().get(qid)
    return qs.answer if qs is not None else ""


def reason_text(reason: Reason, bank: QuestionBank | None, profile: RiskProfile | None = None) -> str:
    """One reason as an English sentence."""
    p: Mapping[str, Any] = reason.params
    code = reason.code
    simple = _simple_reason(code, p, bank)
    if simple is not None:
        return simple
    if code == "blocker":
        answer = _answer(profile, p["question"])
        said = f' - answered "{answer}"' if answer else ""
        return f"Blocker: {_question_text(bank, p['question'])}{said}."
    if code == "open_stop_question":
        return (
            f'Open stop question: {_question_text(bank, p["question"])} - "{DONT_KNOW}"; one of its answers '
            "would stop the deployment."
        )
    if code == "weakest_link":
        return (
            f"{_titles(bank, [p['challenge']])} is held at high by one weak answer to an important question: "
            f"{_question_text(bank, p['question'])}"
        )
    if code in ("control_missing", "control_unknown"):
        state = "is not in place" if code == "control_missing" else "is not known yet"
        phase = PHASE_NAMES.get(int(p["phase"]), str(p["phase"])).lower()
        return (
            f"A control required at impact tier {p['tier']} {state} (phase {p['phase']}: {phase}): "
            f"{control_text(bank, p['control'])}"
        )
    return code  # an unknown code is shown as itself rather than hidden


_SIMPLE: dict[str, Any] = {
    "nothing_assessed": lambda p, bank: "Nothing has been assessed yet.",
    "critical_challenges": lambda p, bank: f"Critical risk in {_titles(bank, p['challenges'])}.",
    "high_challenges": lambda p, bank: f"High risk in {_titles(bank, p['challenges'])}.",
    "overall_risk_high": lambda p, bank: f"Overall risk {p['risk']:.0f} is {p['threshold']:.0f} or more.",
    "medium_challenges": lambda p, bank: (
        f"Medium level in {_titles(bank, p['challenges'])}: deploy only with the conditions of the plan "
        "and monitoring in place."
    ),
    "not_assessed": lambda p, bank: f"Not yet assessed: {_titles(bank, p['challenges'])}.",
    "unknown_answers": lambda p, bank: f'{p["count"]} "don\'t know" answer(s) need follow-up.',
}


def _simple_reason(code: str, p: Mapping[str, Any], bank: QuestionBank | None) -> str | None:
    """Reasons that need no question or answer text."""
    render = _SIMPLE.get(code)
    if render is not None:
        return str(render(p, bank))
    return _plan_reason(code, p)


def _plan_reason(code: str, p: Mapping[str, Any]) -> str | None:
    if code == "conditions":
        text = f"The conditions: {p['count']} open plan action(s), each with an owner and a due date."
        if p.get("unowned"):
            text += f" {p['unowned']} more action(s) still need an owner and a due date."
        return text
    if code == "conditions_missing":
        return (
            "Deployment needs conditions, but no open plan action has both an owner and a due date yet "
            f"({p.get('unowned', 0)} to assign): pilot only until they do."
        )
    if code == "all_clear":
        who = f" Approval: {p['approver']}." if p.get("approver") else ""
        return (
            "Every assessed challenge is at low risk, no blocker was found and the controls the impact tier "
            f"requires are in place.{who}"
        )
    return None


def reasons_text(overall: Overall, bank: QuestionBank | None, profile: RiskProfile | None = None) -> list[str]:
    return [reason_text(r, bank, profile) for r in overall.reasons]


def provisional_text(overall: Overall) -> str:
    """``Provisional - 9 % answered`` for a verdict on too few answers; empty otherwise."""
    if not overall.provisional:
        return ""
    return f"Provisional – {overall.coverage:.0f} % answered"


def tier_text(overall: Overall) -> str:
    tier = overall.tier.tier
    name = f" ({tier.name})" if tier.name else ""
    sign = f"; sign-off: {', '.join(tier.sign_off)}" if tier.sign_off else ""
    return f"Impact tier {tier.id}{name}, {overall.tier.points} point(s){sign}"


def challenge_explanation(ch: ChallengeScore, bank: QuestionBank | None) -> str:
    """How a challenge's numbers were computed, in one paragraph a manager can check by hand."""
    if ch.risk is None:
        return (
            f"{ch.title}: nothing has been assessed yet ({ch.answered} of {ch.total} questions "
            "answered, none scored), so no risk is claimed."
        )
    parts = " ".join(
        f"{p.amount} ({p.label} profile)"
        if p.source == "profile"
        else f"+{p.amount} ({_short(_question_text(bank, p.source))})"
        for p in ch.impact_parts
    )
    likelihood = ch.likelihood or 1
    band_low = (likelihood - 1) * 20
    band_high = 100 if likelihood == 5 else band_low + 19
    text = (
        f"Risk {ch.risk:.1f} = 100 x {ch.points:g} weighted risk points / {ch.max_points:g} possible "
        f"over {ch.answered} answers. Likelihood {likelihood} (risk {band_low}-{band_high}). "
        f"Impact {ch.impact} = {parts}, clamped to 1-5. Level {ch.level}: "
        f"{likelihood} x {ch.impact} = {likelihood * ch.impact}."
    )
    if ch.weakest_link and not ch.blockers:
        text += f" {len(ch.weakest_link)} weight-3 answer(s) at risk 3 or more hold the level at high or above."
    if ch.blockers:
        text += f" {len(ch.blockers)} blocker(s) force the level to critical."
    return text


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
