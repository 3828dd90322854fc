"""The decision's reasons in the user's language: one sentence per :class:`DecisionReason` code.

The codes come from ``analysis.reasons``; only this module turns them into words, through Qt's
translation tools (context ``DecisionReasons``; each string is a literal ``translate`` call so
``pyside6-lupdate`` finds it), so a translation can never change a decision.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from desktop_app.analysis.reasons import DecisionReason

translate = QCoreApplication.translate


def _blocker(r: DecisionReason) -> str:
    if r.finding:
        return translate("DecisionReasons", "Blocker: {finding}").format(finding=short_finding(r.finding))
    return translate("DecisionReasons", "Blocker: {question} – answered “{answer}”.").format(
        question=r.question_text, answer=r.answer
    )


def _stop(r: DecisionReason) -> str:
    return translate(
        "DecisionReasons",
        "Open stop question: {question} – “Don't know”; one of its answers would stop the deployment.",
    ).format(question=r.question_text)


def _critical(r: DecisionReason) -> str:
    return translate("DecisionReasons", "Critical risk in {challenge}").format(challenge=r.challenge_title)


def _high(r: DecisionReason) -> str:
    return translate("DecisionReasons", "High risk in {challenge}").format(challenge=r.challenge_title)


def _medium(r: DecisionReason) -> str:
    return translate(
        "DecisionReasons", "Medium risk in {challenge}: deploy only with the plan's conditions and monitoring"
    ).format(challenge=r.challenge_title)


def _overall(r: DecisionReason) -> str:
    return translate("DecisionReasons", "Overall risk {risk:.0f} is {threshold:.0f} or more: pilot only.").format(
        risk=r.risk or 0.0, threshold=r.threshold if r.threshold is not None else 50.0
    )


def _phase(phase: int | None) -> str:
    names = {
        0: translate("DecisionReasons", "before any deployment"),
        1: translate("DecisionReasons", "before the pilot"),
        2: translate("DecisionReasons", "before production"),
        3: translate("DecisionReasons", "in operation"),
    }
    return names.get(phase if phase is not None else 0, str(phase))


def _control_missing(r: DecisionReason) -> str:
    control = short_finding(r.finding) if r.finding else short_question(r.question_text)
    return translate("DecisionReasons", "Required at impact tier {tier}, {phase}, and not in place: {control}").format(
        tier=r.tier, phase=_phase(r.phase), control=control
    )


def _control_unknown(r: DecisionReason) -> str:
    return translate("DecisionReasons", "Required at impact tier {tier}, {phase}, and not known yet: {control}").format(
        tier=r.tier, phase=_phase(r.phase), control=short_question(r.question_text)
    )


def _weakest_link(r: DecisionReason) -> str:
    if r.finding:
        return translate(
            "DecisionReasons", "{challenge} is held at high by one weak answer to an important question: {finding}"
        ).format(challenge=r.challenge_title, finding=short_finding(r.finding))
    return translate(
        "DecisionReasons", "{challenge} is held at high by one weak answer to an important question: {question}"
    ).format(challenge=r.challenge_title, question=short_question(r.question_text))


def _conditions(r: DecisionReason) -> str:
    text = translate("DecisionReasons", "Conditions: {count} open action(s), each with an owner and a due date.")
    text = text.format(count=r.count)
    if r.unowned:
        text += " " + translate("DecisionReasons", "{n} more still need an owner and a date.").format(n=r.unowned)
    return text


def _conditions_missing(r: DecisionReason) -> str:
    return translate(
        "DecisionReasons",
        "Deployment needs conditions, but no open action has an owner and a due date yet ({n} to assign).",
    ).format(n=r.unowned)


def _not_assessed(r: DecisionReason) -> str:
    return translate("DecisionReasons", "Not yet assessed: {challenge}.").format(challenge=r.challenge_title)


def _unknowns(r: DecisionReason) -> str:
    return translate("DecisionReasons", "{count} “don't know” answer(s) need follow-up, first: {question}").format(
        count=r.count, question=r.question_text
    )


def _nothing(_r: DecisionReason) -> str:
    return translate("DecisionReasons", "Nothing has been assessed yet.")


def _all_clear(r: DecisionReason) -> str:
    text = translate(
        "DecisionReasons",
        "Every assessed challenge is at low risk, no stop answer was given and the required controls are in place.",
    )
    if r.approver:
        text += " " + translate("DecisionReasons", "Approval: {approver}.").format(approver=r.approver)
    return text


_TEXTS: dict[str, Callable[[DecisionReason], str]] = {
    "blocker": _blocker,
    "open_stop_question": _stop,
    "critical": _critical,
    "control_missing": _control_missing,
    "control_unknown": _control_unknown,
    "high": _high,
    "weakest_link": _weakest_link,
    "overall_risk": _overall,
    "medium": _medium,
    "not_assessed": _not_assessed,
    "unknown_answers": _unknowns,
    "nothing_assessed": _nothing,
    "conditions": _conditions,
    "conditions_missing": _conditions_missing,
    "all_clear": _all_clear,
}


def _said_before(r: DecisionReason) -> str:
    """A reason whose finding an earlier reason of the list already said: it points back to it."""
    if r.code in ("critical", "high", "medium"):
        return translate("DecisionReasons", "{reason}, from the same answer as above.").format(
            reason=_TEXTS[r.code](r).rstrip(".")
        )
    if r.code == "control_missing":
        return translate(
            "DecisionReasons", "Required at impact tier {tier}, {phase}, and not in place: the same answer as above."
        ).format(tier=r.tier, phase=_phase(r.phase))
    if r.code == "weakest_link":
        return translate("DecisionReasons", "{challenge} is held at high by the same answer as above.").format(
            challenge=r.challenge_title
        )
    return reason_text(r)


def reason_texts(reasons: Sequence[DecisionReason]) -> list[str]:
    """``reasons`` as sentences, in order; a finding is said once, later reasons from the same
    answer point back to it (a blocker's answer is often also why a challenge is critical)."""
    said: set[str] = set()
    texts = []
    for r in reasons:
        texts.append(_said_before(r) if r.finding and r.finding in said else reason_text(r))
        if r.finding:
            said.add(r.finding)
    return texts


def reason_text(reason: DecisionReason) -> str:
    """One plain sentence for ``reason`` (no markup); a level reason names its main driver. Where the
    bank has a finding for the answer given, the sentence says that finding (what is wrong) instead
    of the question that was asked."""
    render = _TEXTS.get(reason.code)
    if render is None:
        return reason.code
    text = render(reason)
    if reason.code in ("critical", "high", "medium"):
        if reason.finding:
            finding = short_finding(reason.finding)
            text = text.rstrip(".") + translate("DecisionReasons", ", mostly because: {finding}").format(
                finding=finding
            )
        elif reason.question_text:
            question = short_question(reason.question_text)
            text += translate("DecisionReasons", ", mostly from: {question}").format(question=question)
        if not text.endswith(("?", ".", "…")):
            text += "."
    return text


def short_finding(text: str, limit: int = 160) -> str:
    """The bank's finding for an answer, cut at a word to about ``limit`` characters."""
    return short_question(text, limit)


def short_question(text: str, limit: int = 90) -> str:
    """A question's text cut at a word to about ``limit`` characters (the full text is one click away)."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"
