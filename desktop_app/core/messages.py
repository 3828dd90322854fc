"""English text for the codes the core returns: decisions, levels, phases, answers, reasons,
explanations, the estimator's notes.

The core decides with codes and figures (``Reason("blocker", {"question": ...})``); this module is the
one place in ``core/`` that turns them into English words, for the command line and as the default
text the report and the GUI may reuse. A translation renders the same codes: it can never change a
decision (``tests/unit/test_codes_not_labels.py`` replaces every table here and checks that no score,
decision or reason moves). Question, challenge and action titles come from the bank (content, not code).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.core.assessment import Answer
    from desktop_app.core.bank import Question, QuestionBank
    from desktop_app.core.decision import Reason
    from desktop_app.core.estimator import Estimate, EstimateNote
    from desktop_app.core.scoring import ChallengeScore, Overall, RiskProfile

# The special answer values (core.bank.NA, core.bank.UNKNOWN); not imported, so that the bank
# package can import this module.
_NA, _UNKNOWN = "na", "unknown"

LEVEL_LABELS = {"low": "Low", "medium": "Medium", "high": "High", "critical": "Critical"}
DECISION_LABELS = {
    "ready": "Ready to deploy",
    "ready_with_conditions": "Ready with conditions",
    "pilot_only": "Pilot only",
    "not_ready": "Not ready",
}
NOT_APPLICABLE = "Not applicable"
DONT_KNOW = "Don't know"
NOT_ANSWERED = "Not answered"
NOT_ASSESSED = "Not assessed"
FOLLOW_UP_LABELS = {"unknown": DONT_KNOW, "low confidence": "Low confidence"}
PHASE_NAMES = {
    0: "Before any deployment",
    1: "Pilot",
    2: "Production",
    3: "Scale and monitor",
}
CONFIDENCE_LABELS = {"low": "Low", "medium": "Medium", "high": "High"}
#: Names of the built-in industry ids, for a bank whose ``context.industry`` lacks one.
INDUSTRY_LABELS = {
    "healthcare": "Healthcare",
    "financial_services": "Financial services",
    "creative": "Creative industry",
    "manufacturing": "Manufacturing",
    "public_sector": "Public sector",
    "general": "General",
    "hr_employment": "HR and employment",
    "insurance": "Insurance",
    "education": "Education",
    "critical_infrastructure": "Critical infrastructure and energy",
}

#: the report's title for a bank that sets no ``report_title``
DEFAULT_REPORT_TITLE = "GenAI deployment readiness plan"

#: The design's names of the six challenges (a bank gives its own titles; these name the fixed ids).
CHALLENGE_TITLES = {
    "data": "Data quality and quantity",
    "compute": "Computational resources",
    "interpretability": "Model interpretability and control",
    "ethics_legal": "Ethical and legal considerations",
    "integration": "Integration with existing systems",
    "security_privacy": "Security and privacy",
}
#: The options of a scale question whose bank gives no labels (docs/question-bank-format.md).
DEFAULT_SCALE_LABELS = (
    "0 - Not in place",
    "1 - Initial, ad hoc",
    "2 - Repeatable, partly documented",
    "3 - Defined and documented",
    "4 - Measured and improved",
)
STATUS_LABELS = {"proposed": "Proposed", "accepted": "Accepted", "rejected": "Rejected", "done": "Done"}
CONTROL_STATES = {
    "in_place": "in place",
    "missing": "missing",
    "unknown": "not known yet",
    "not_required": "not required here",
}


def level_label(level: str | None) -> str:
    return LEVEL_LABELS.get(level or "", NOT_ASSESSED)


def decision_label(decision: str) -> str:
    return DECISION_LABELS.get(decision, decision)


def phase_name(phase: int) -> str:
    return PHASE_NAMES.get(phase, str(phase))


def confidence_label(confidence: str) -> str:
    return CONFIDENCE_LABELS.get(confidence, confidence)


def industry_label(bank: QuestionBank | None, industry: str) -> str:
    """The bank's own name for an industry, else the built-in name, else the id."""
    if bank is not None:
        own = bank.industry_label(industry)
        if own != industry:
            return own
    return INDUSTRY_LABELS.get(industry, industry)


def answer_text(bank: QuestionBank, answer: Answer) -> str:
    """The answer as a person reads it: option labels (the bank's text), the number with its unit,
    the text, or the English words for "not applicable", "don't know" and no answer."""
    value = answer.value
    if value is None:
        return NOT_ANSWERED
    if not bank.has_question(answer.question):
        return str(value)
    special = {_NA: NOT_APPLICABLE, _UNKNOWN: DONT_KNOW}
    if isinstance(value, str) and value in special:
        return special[value]
    return _value_text(bank.question(answer.question), value)


def _value_text(q: Question, value: object) -> str:
    """A real answer (not a special value) in the bank's words."""
    if q.type == "multi" and isinstance(value, list):
        return "; ".join((o.label if (o := q.option(v)) else v) for v in value)
    if q.type == "number" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{value:,}{(' ' + q.unit) if q.unit else ''}"
    if (q.type == "scale" or (q.type in ("single", "yesno") and isinstance(value, str))) and not isinstance(
        value, list
    ):
        opt = q.option(str(value))
        return opt.label if opt else str(value)
    return str(value)


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


#: One sentence per reason code; the parameters are filled in by reason_text.
REASON_TEXTS: dict[str, str] = {
    "nothing_assessed": "Nothing has been assessed yet.",
    "critical_challenges": "Critical risk in {challenges}.",
    "high_challenges": "High risk in {challenges}.",
    "overall_risk_high": "Overall risk {risk} is {threshold} or more.",
    "medium_challenges": (
        "Medium level in {challenges}: deploy only with the conditions of the plan and monitoring in place."
    ),
    "not_assessed": "Not yet assessed: {challenges}.",
    "unknown_answers": '{count} "don\'t know" answer(s) need follow-up.',
    "blocker": "Blocker: {question}{said}.",
    "open_stop_question": (
        'Open stop question: {question} - "{dont_know}"; one of its answers would stop the deployment.'
    ),
    "weakest_link": "{challenge} is held at high by one weak answer to an important question: {question}",
    "control_missing": (
        "A control required at impact tier {tier} is not in place (phase {phase}: {phase_name}): {control}"
    ),
    "control_unknown": (
        "A control required at impact tier {tier} is not known yet (phase {phase}: {phase_name}): {control}"
    ),
    "conditions": "The conditions: {count} open plan action(s), each with an owner and a due date.{unowned}",
    "conditions_missing": (
        "Deployment needs conditions, but no open plan action has both an owner and a due date yet "
        "({unowned} to assign): pilot only until they do."
    ),
    "all_clear": (
        "Every assessed challenge is at low risk, no blocker was found and the controls the impact tier "
        "requires are in place.{approver}"
    ),
}
#: Pieces some reasons add when a parameter is there.
REASON_PARTS: dict[str, str] = {
    "answered": ' - answered "{answer}"',
    "unowned": " {unowned} more action(s) still need an owner and a due date.",
    "approver": " Approval: {approver}.",
}


def reason_text(reason: Reason, bank: QuestionBank | None, profile: RiskProfile | None = None) -> str:
    """One reason as an English sentence."""
    template = REASON_TEXTS.get(reason.code)
    if template is None:
        return reason.code  # an unknown code is shown as itself rather than hidden
    return template.format(**_reason_fields(reason.params, bank, profile))


def _reason_fields(p: Mapping[str, Any], bank: QuestionBank | None, profile: RiskProfile | None) -> dict[str, Any]:
    """The words and figures a reason's template may use."""
    fields: dict[str, Any] = {"dont_know": DONT_KNOW, "said": "", "unowned": p.get("unowned", 0), "approver": ""}
    if "challenges" in p:
        fields["challenges"] = _titles(bank, p["challenges"])
    if "challenge" in p:
        fields["challenge"] = _titles(bank, [p["challenge"]])
    if "question" in p:
        fields["question"] = _question_text(bank, p["question"])
        answer = _answer(profile, p["question"])
        fields["said"] = REASON_PARTS["answered"].format(answer=answer) if answer else ""
    if "risk" in p:
        fields["risk"], fields["threshold"] = f"{p['risk']:.0f}", f"{p['threshold']:.0f}"
    if "count" in p:
        fields["count"] = p["count"]
        fields["unowned"] = REASON_PARTS["unowned"].format(unowned=p["unowned"]) if p.get("unowned") else ""
    if "phase" in p:
        fields.update(tier=p["tier"], phase=p["phase"], phase_name=phase_name(int(p["phase"])).lower())
        fields["control"] = control_text(bank, p["control"])
    if p.get("approver"):
        fields["approver"] = REASON_PARTS["approver"].format(approver=p["approver"])
    return fields


def reasons_text(overall: Overall, bank: QuestionBank | None, profile: RiskProfile | None = None) -> list[str]:
    return [reason_text(r, bank, profile) for r in overall.reasons]


VERDICT_TEXTS: dict[str, str] = {
    "provisional": "Provisional – {percent} % answered",
    "tier": "Impact tier {tier}{name}, {points} point(s){sign_off}",
    "tier_name": " ({name})",
    "sign_off": "; sign-off: {who}",
}


def provisional_text(overall: Overall) -> str:
    """``Provisional - 9 % answered`` for a verdict on too few answers; empty otherwise."""
    if not overall.provisional:
        return ""
    return VERDICT_TEXTS["provisional"].format(percent=f"{overall.coverage:.0f}")


def tier_text(overall: Overall) -> str:
    tier = overall.tier.tier
    name = VERDICT_TEXTS["tier_name"].format(name=tier.name) if tier.name else ""
    sign = VERDICT_TEXTS["sign_off"].format(who=", ".join(tier.sign_off)) if tier.sign_off else ""
    return VERDICT_TEXTS["tier"].format(tier=tier.id, name=name, points=overall.tier.points, sign_off=sign)


EXPLANATION_TEXTS: dict[str, str] = {
    "not_assessed": (
        "{title}: nothing has been assessed yet ({answered} of {total} questions answered, none scored), "
        "so no risk is claimed."
    ),
    "figures": (
        "Risk {risk} = 100 x {points} weighted risk points / {max_points} possible over {answered} answers. "
        "Likelihood {likelihood} (risk {band_low}-{band_high}). Impact {impact} = {parts}, clamped to 1-5. "
        "Level {level}: {likelihood} x {impact} = {product}."
    ),
    "profile_part": "{amount} ({profile} profile)",
    "question_part": "+{amount} ({question})",
    "weakest_link": " {count} weight-3 answer(s) at risk 3 or more hold the level at high or above.",
    "blockers": " {count} blocker(s) force the level to critical.",
}


def challenge_explanation(ch: ChallengeScore, bank: QuestionBank | None) -> str:
    """How a challenge's numbers were computed, in one paragraph a manager can check by hand."""
    t = EXPLANATION_TEXTS
    if ch.risk is None:
        return t["not_assessed"].format(title=ch.title, answered=ch.answered, total=ch.total)
    parts = " ".join(
        t["profile_part"].format(amount=p.amount, profile=p.label)
        if p.source == "profile"
        else t["question_part"].format(amount=p.amount, question=_short(_question_text(bank, p.source)))
        for p in ch.impact_parts
    )
    likelihood = ch.likelihood or 1
    band_low = (likelihood - 1) * 20
    text = t["figures"].format(
        risk=f"{ch.risk:.1f}",
        points=f"{ch.points:g}",
        max_points=f"{ch.max_points:g}",
        answered=ch.answered,
        likelihood=likelihood,
        band_low=band_low,
        band_high=100 if likelihood == 5 else band_low + 19,
        impact=ch.impact,
        parts=parts,
        level=ch.level,
        product=likelihood * ch.impact,
    )
    if ch.weakest_link and not ch.blockers:
        text += t["weakest_link"].format(count=len(ch.weakest_link))
    if ch.blockers:
        text += t["blockers"].format(count=len(ch.blockers))
    return text


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --------------------------------------------------------------------------------------------
# The estimator's notes (core.estimator.EstimateNote codes)

#: Plain-language names of the estimator's inputs.
ESTIMATOR_INPUT_LABELS: dict[str, str] = {
    "requests_per_day": "requests per day",
    "tokens_per_request": "tokens per request",
    "price_per_million_tokens": "price per million tokens",
    "gpu_hours_per_month": "GPU-hours per month",
    "gpu_hour_price": "price per GPU-hour",
    "gpu_utilisation_pct": "GPU utilisation (%)",
    "gpu_power_watts": "GPU power (W)",
    "gpu_idle_power_share": "idle power share",
    "pue": "PUE",
    "grid_carbon_g_per_kwh": "grid carbon factor (gCO2e/kWh)",
    "energy_per_request_wh": "energy per request (Wh)",
    "monthly_budget": "monthly budget",
    "days_per_month": "days per month",
}
ESTIMATE_NOTES: dict[str, str] = {
    "utilisation_negative": "a negative GPU utilisation was ignored",
    "utilisation_capped": "GPU utilisation above 100 % was capped at 100 %",
    "idle_share_out_of_range": "an idle power share outside 0..1 was ignored",
    "pue_below_one": "a PUE below 1 is impossible and was ignored",
    "days_out_of_range": "days per month outside 1..31 was ignored",
    "budget_not_positive": "a monthly budget of zero or less was ignored",
    "negative_value": "a negative value for {input} was ignored",
    "not_a_number": "the answer for {input} is not a usable number and was ignored",
    "default_used": "{input} = {value} (default{source})",
    "no_token_price_self_hosted": "no token price was given for a self-hosted set-up, so only GPU costs are counted",
    "tokens_needed": "token cost needs the number of tokens per request",
    "self_hosted_energy": (
        "self-hosted energy counts the GPUs only (not CPUs, storage or networking), "
        "scaled by utilisation with an idle floor and multiplied by the PUE"
    ),
    "hosted_energy": (
        "hosted-model energy uses a per-request figure that already includes data-centre "
        "overhead; long prompts, images or audio use far more than a median text prompt"
    ),
    "size_not_given": "organisation size not given: emissions are compared with the reference for size {size!r}",
    "overflow": "some figures are too large to compute and are left empty",
    "no_monthly_cost": "no monthly cost: give requests per day and tokens per request, or GPU-hours per month",
    "no_budget_ratio": "no budget ratio: the monthly budget is not stated",
    "as_of": "as of {date}",
    "default_converted": (
        "the default {input} of {stated} {from} was converted at 1 {from} = {rate} {to} ({rate_source}, {rate_as_of})"
    ),
    "default_other_currency": (
        "the default {input} ({value} {from}) is not in this assessment's currency ({to}) and was not used: "
        "answer it in {to}"
    ),
}


def estimator_input_label(name: str) -> str:
    return ESTIMATOR_INPUT_LABELS.get(name, name.replace("_", " "))


def estimate_note_text(note: EstimateNote) -> str:
    """One of the estimator's notes as an English phrase."""
    template = ESTIMATE_NOTES.get(note.code)
    if template is None:
        return note.code
    p = dict(note.params)
    if "input" in p:
        p["input"] = estimator_input_label(str(p["input"]))
    if note.code in ("default_converted", "default_other_currency"):
        p["stated"] = f"{float(p.get('stated', 0)):g}"
        p["value"] = f"{float(p.get('value', 0)):g}"
        p["rate"] = f"{float(p.get('rate', 0)):g}"
    if note.code == "default_used":
        p["value"] = f"{float(p['value']):g}"
        parts = [str(p["source"])] if p.get("source") else []
        if p.get("as_of"):
            parts.append(ESTIMATE_NOTES["as_of"].format(date=p["as_of"]))
        p["source"] = f": {', '.join(parts)}" if parts else ""
    return template.format(**p)


def estimate_notes_text(estimate: Estimate) -> list[str]:
    return [estimate_note_text(n) for n in estimate.notes]
