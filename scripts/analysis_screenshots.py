"""Screenshots of the analysis views (risk profile, what-if, compare, portfolio) from the samples.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/analysis_screenshots.py [OUT_DIR]
    xvfb-run -a .venv/bin/python scripts/analysis_screenshots.py

Writes risk-profile.png, whatif.png, compare.png and portfolio.png (default: docs/screenshots/).
The comparison is of the sample once its controls needed before any deployment are in place with an
earlier, worse copy of it, so that it shows a decision change and the reasons on both sides.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZE = (1400, 900)


def _settle(app, widget) -> None:
    for _ in range(5):
        app.processEvents()
    widget.repaint()
    app.processEvents()


def _earlier_copy(src: Path, dest: Path) -> Path:
    """The sample as it stood a quarter earlier: a few answers worse, an older date."""
    from desktop_app.core.assessment import Answer
    from desktop_app.storage.document import ReadinessDocument

    with ReadinessDocument.open(src, readonly=True) as doc:
        bank, assessment = doc.bank, doc.assessment()
    doc = ReadinessDocument.create(
        dest, client=assessment.client, project=assessment.project, bank=bank, workshop_date="2026-02-10"
    )
    answers = []
    worsened = 0
    for a in assessment.answers.values():
        q = bank.question(a.question) if bank.has_question(a.question) else None
        if q is not None and q.type == "single" and q.options and not q.is_context and worsened < 9:
            worst = max(q.options, key=lambda o: o.risk or 0)
            if worst.id != a.value and not worst.blocker:
                answers.append(replace(a, value=worst.id, answered_at=""))
                worsened += 1
                continue
        answers.append(replace(a, answered_at=""))
    doc.import_all([Answer(a.question, a.value, a.note, a.confidence) for a in answers])
    doc.close()
    return dest


def _signed_off_copy(src: Path, dest: Path) -> Path:
    """The sample once the controls its impact tier needs before any deployment are in place (their
    questions answered with the least risky option), so that the comparison shows a decision change
    and the reasons on both sides."""
    from desktop_app.core.assessment import Answer
    from desktop_app.core.scoring import score
    from desktop_app.storage.document import ReadinessDocument

    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)
    with ReadinessDocument.open(dest) as doc:
        bank, assessment = doc.bank, doc.assessment()
        for reason in score(bank, assessment).overall.reasons:
            qid = str(reason.params.get("control", ""))
            if reason.code != "control_missing" or reason.params.get("phase") != 0 or not bank.has_question(qid):
                continue
            best = min(bank.question(qid).options, key=lambda o: o.risk or 0)
            current = assessment.answers.get(qid)
            doc.set_answer(replace(current, value=best.id) if current is not None else Answer(qid, best.id))
    return dest


def _portfolio_folder(folder: Path, samples: list[Path]) -> Path:
    """A small practice folder: the samples over several quarters, plus one damaged file."""
    import random

    from desktop_app.core.assessment import Answer
    from desktop_app.storage.document import ReadinessDocument

    rnd = random.Random(7)
    dates = ["2025-06-12", "2025-09-18", "2025-12-04", "2026-03-05"]
    clients = {}
    for s in samples:
        with ReadinessDocument.open(s, readonly=True) as doc:
            clients[s] = (doc.bank, doc.assessment())
    n = 0
    for bank, assessment in clients.values():
        for i, day in enumerate(dates):
            answers = []
            for a in assessment.answers.values():
                q = bank.question(a.question) if bank.has_question(a.question) else None
                value = a.value
                if q is not None and q.type == "single" and q.options and not q.is_context:
                    ordered = sorted(q.options, key=lambda o: o.risk or 0)
                    # earlier quarters are worse
                    if rnd.random() < 0.12 * (len(dates) - 1 - i):
                        value = ordered[-1].id if not ordered[-1].blocker else ordered[-2].id
                answers.append(Answer(a.question, value, a.note, a.confidence))
            n += 1
            path = folder / f"{n:02d}-{assessment.client.split()[0].lower()}-{day}.readiness"
            doc = ReadinessDocument.create(
                path, client=assessment.client, project=assessment.project, bank=bank, workshop_date=day
            )
            doc.import_all(answers)
            doc.close()
    (folder / "copied-from-usb.readiness").write_bytes(next(folder.glob("01-*")).read_bytes()[:6000])
    (folder / "budget.readiness").write_bytes(b"")
    return folder


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    from desktop_app.gui.document_state import DocumentState
    from desktop_app.resources import resource_path
    from desktop_app.storage.document import ReadinessDocument, create_from_export

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        health = tmp / "healthcare.readiness"
        create_from_export(resource_path("samples", "healthcare-synthetic-imaging.json"), health).close()
        fraud = tmp / "fraud.readiness"
        create_from_export(resource_path("samples", "financial-fraud-detection.json"), fraud).close()
        state = DocumentState()
        state.set_document(ReadinessDocument.open(health, readonly=True))
        earlier = _earlier_copy(health, tmp / "healthcare-q1.readiness")
        _shoot_assessment_views(app, state, out)
        later = DocumentState()
        later.set_document(ReadinessDocument.open(_signed_off_copy(health, tmp / "later" / health.name), readonly=True))
        _shoot_compare(app, later, out, earlier)
        later.close()
        folder = tmp / "portfolio"
        folder.mkdir()
        _portfolio_folder(folder, [health, fraud])
        _shoot_portfolio(app, folder, out)
        state.close()
    print(f"Wrote screenshots to {out}")
    return 0


def _shoot_assessment_views(app: Any, state: Any, out: Path) -> None:
    """The risk profile and the what-if view (accepted actions ticked)."""
    from desktop_app.gui.views.risk_view import RiskProfileView
    from desktop_app.gui.views.whatif_view import WhatIfView

    risk = RiskProfileView(state)
    risk.resize(*SIZE)
    risk.show()
    _settle(app, risk)
    risk.grab().save(str(out / "risk-profile.png"))

    whatif = WhatIfView(state)
    whatif.resize(*SIZE)
    whatif.show()
    whatif.tick_accepted()
    _settle(app, whatif)
    whatif.grab().save(str(out / "whatif.png"))


def _shoot_compare(app: Any, state: Any, out: Path, earlier: Path) -> None:
    """The comparison of the open assessment (``state``) with ``earlier``."""
    from desktop_app.gui.views.compare_view import CompareView

    compare = CompareView(state)
    compare.resize(*SIZE)
    compare.show()
    compare.compare_with(earlier)
    _settle(app, compare)
    compare.grab().save(str(out / "compare.png"))


def _shoot_portfolio(app: Any, folder: Path, out: Path) -> None:
    """The portfolio of ``folder``: table, heat map and trend."""
    from desktop_app.gui.views.portfolio_view import PortfolioView

    portfolio = PortfolioView()
    portfolio.resize(*SIZE)
    portfolio.show()
    portfolio.load_folder(folder, wait=True)
    client = portfolio.trend_client.findText("Northbridge")  # may not exist; keep the first
    if client >= 0:
        portfolio.trend_client.setCurrentIndex(client)
    for tab, name in (
        (None, "portfolio"),
        (portfolio.heatmap_tab, "portfolio-heatmap"),
        (portfolio.trend_tab, "portfolio-trend"),
    ):
        if tab is not None:
            portfolio.tabs.setCurrentWidget(tab)
        _settle(app, portfolio)
        portfolio.grab().save(str(out / f"{name}.png"))


if __name__ == "__main__":
    raise SystemExit(main())
