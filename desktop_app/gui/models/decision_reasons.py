"""The decision's reasons in the user's language: one sentence per :class:`DecisionReason` code.

The codes come from ``analysis.reasons``; only this module turns them into words, through Qt's
translation tools (context ``DecisionReasons``; each string is a literal ``translate`` call so
``pyside6-lupdate`` finds it), so a translation can never change a decision.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop_app.analysis.reasons import DecisionReason

translate = QCoreApplication.translate


def _blocker(r: DecisionReason) -> str:
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
    return translate("DecisionReasons", "Overall risk {risk:.0f} is 50 or more.").format(risk=r.risk or 0.0)


def _not_assessed(r: DecisionReason) -> str:
    return translate("DecisionReasons", "Not yet assessed: {challenge}.").format(challenge=r.challenge_title)


def _unknowns(r: DecisionReason) -> str:
    return translate("DecisionReasons", "{count} “don't know” answer(s) need follow-up, first: {question}").format(
        count=r.count, question=r.question_text
    )


def _nothing(_r: DecisionReason) -> str:
    return translate("DecisionReasons", "Nothing has been assessed yet.")


def _all_low(_r: DecisionReason) -> str:
    return translate("DecisionReasons", "Every assessed challenge is at low risk and no blocker was found.")


_TEXTS: dict[str, Callable[[DecisionReason], str]] = {
    "blocker": _blocker,
    "open_stop_question": _stop,
    "critical": _critical,
    "high": _high,
    "overall_risk": _overall,
    "medium": _medium,
    "not_assessed": _not_assessed,
    "unknown_answers": _unknowns,
    "nothing_assessed": _nothing,
    "all_low": _all_low,
}


def reason_text(reason: DecisionReason) -> str:
    """One plain sentence for ``reason`` (no markup); a level reason names its main driver."""
    render = _TEXTS.get(reason.code)
    if render is None:
        return reason.code
    text = render(reason)
    if reason.code in ("critical", "high", "medium"):
        if reason.question_text:
            question = short_question(reason.question_text)
            text += translate("DecisionReasons", ", mostly from: {question}").format(question=question)
        if not text.endswith(("?", ".", "…")):
            text += "."
    return text


def short_question(text: str, limit: int = 90) -> str:
    """A question's text cut at a word to about ``limit`` characters (the full text is one click away)."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"
