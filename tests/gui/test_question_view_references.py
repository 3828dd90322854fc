"""The guidance panel cites only the references that apply to this client (issue 11: "questions,
references and actions are shown only where a chosen jurisdiction makes them apply"). The bank,
the plan and the report filtered them; the question view printed every reference of the question,
so an EU distributor read "EU-AI-ACT:Art 23" (an importer's duty) and a US-only client saw GDPR."""

from __future__ import annotations

from desktop_app.core.assessment import Answer
from desktop_app.gui.main_window import MainWindow


def _references_shown(window: MainWindow, qid: str) -> str:
    view = window.question_view
    view.show_question(qid)
    view.guidance_toggle.setChecked(True)
    text = view.guidance.text()
    return text[text.index("Framework references:") :] if "Framework references:" in text else ""


def test_the_guidance_cites_only_the_role_s_article(window: MainWindow, qtbot) -> None:
    assert window.documents.open_sample("financial-fraud-detection.json")  # EU and UK
    qid = "ethics_legal.regulatory.supply_chain_checks"
    window.state.set_answer(Answer("context.ai_act_role", "distributor"))
    shown = _references_shown(window, qid)
    assert "EU-AI-ACT:Art 24" in shown and "EU-AI-ACT:Art 23" not in shown
    window.state.set_answer(Answer("context.ai_act_role", "importer"))
    shown = _references_shown(window, qid)
    assert "EU-AI-ACT:Art 23" in shown and "EU-AI-ACT:Art 24" not in shown


def test_a_us_only_client_reads_no_eu_reference(window: MainWindow, qtbot) -> None:
    assert window.documents.open_sample("insurance-claims-triage.json")  # US only
    bank = window.state.bank
    assert bank is not None
    qid = next(
        q.id
        for q in bank.all_questions()
        if any(r.startswith("GDPR:") for r in q.references) and q.applies_if is None and not q.industry
    )
    shown = _references_shown(window, qid)
    assert shown and "GDPR:" not in shown and "EU-AI-ACT:" not in shown
