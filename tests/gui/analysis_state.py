"""A DocumentState over a small hand-scored document, for the analysis view tests."""

from __future__ import annotations

from pathlib import Path

from tests.analysis_docs import NEW_ANSWERS, make_doc


def open_state(tmp_path: Path, bank, answers=None, name: str = "now.readiness", workshop_date: str = "2026-04-15"):
    from desktop_app.gui.document_state import DocumentState
    from desktop_app.storage.document import ReadinessDocument

    path = make_doc(tmp_path / name, bank, answers or NEW_ANSWERS, workshop_date=workshop_date)
    state = DocumentState()
    state.set_document(ReadinessDocument.open(path))
    return state
