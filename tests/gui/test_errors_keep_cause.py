"""Issue 9: errors keep their cause (the traceback in a rotating log named in Help > About, a plain
sentence on screen), and creating an assessment never leaks an open document."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop_app.gui.app import configure_logging
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings import log_path
from desktop_app.gui.views.new_assessment_wizard import NewAssessmentRequest
from desktop_app.storage.document import ReadinessDocument


def test_a_failed_write_logs_its_traceback_and_shows_a_sentence(opened: MainWindow, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    handler = configure_logging()
    try:
        assert isinstance(handler, RotatingFileHandler)

        def bug(_answers):
            raise KeyError("a bug deep down")

        monkeypatch.setattr(opened.state.document, "set_answers", bug)
        opened.question_view.show_question("data.collection.main")
        opened.question_view.choose_option("good")
        handler.flush()
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    text = log_path().read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert "KeyError: 'a bug deep down'" in text
    assert shown and "Traceback" not in shown[0] and "KeyError" not in shown[0]
    assert shown[0].startswith("The change could not be saved.")


def test_about_names_the_log_file(window: MainWindow, monkeypatch):
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: seen.append(text))
    window.show_about()
    assert str(log_path()) in seen[0]


def test_create_closes_and_removes_the_new_file_when_the_context_answers_fail(
    window: MainWindow, tmp_path: Path, mini_bank, monkeypatch
):
    from desktop_app.core.assessment import Answer
    from desktop_app.core.errors import ReadinessError

    monkeypatch.setattr(QMessageBox, "warning", lambda *_a, **_k: None)
    failures: list[str] = []
    window.documents.failed.connect(failures.append)
    opened: list[ReadinessDocument] = []
    real_create = ReadinessDocument.create

    def create(*args, **kwargs):
        doc = real_create(*args, **kwargs)
        opened.append(doc)

        def broken(_answers):
            raise ReadinessError("The context answers could not be written.")

        doc.set_answers = broken
        return doc

    monkeypatch.setattr(ReadinessDocument, "create", create)
    target = tmp_path / "new.readiness"
    request = NewAssessmentRequest(
        path=target,
        client="A",
        project="B",
        workshop_date="",
        facilitator="",
        participants=[],
        bank=mini_bank,
        context_answers=[Answer("context.industry", "general")],
    )
    assert not window.documents.create(request)
    assert failures == ["The context answers could not be written."]
    assert len(opened) == 1 and _closed(opened[0]), "the document created was closed"
    assert not target.exists(), "no half-made file is left behind"
    assert not window.state.is_open


def _closed(doc: ReadinessDocument) -> bool:
    import sqlite3

    try:
        doc._conn.execute("SELECT 1")
    except sqlite3.ProgrammingError:
        return True
    return False
