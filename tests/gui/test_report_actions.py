"""Export PDF and Print from the GUI: options dialog, worker thread, printing real pages with QtPdf."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter

from desktop_app.gui.document_state import DocumentState
from desktop_app.gui.report_actions import ExportOptions, ExportOptionsDialog, ReportActions, suggested_file_name
from desktop_app.storage.document import ReadinessDocument


@pytest.fixture()
def actions(qtbot, doc_path: Path, monkeypatch):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    state = DocumentState()
    state.set_document(ReadinessDocument.open(doc_path, readonly=True))
    acts = ReportActions(parent, state)
    errors: list[str] = []
    monkeypatch.setattr(acts, "show_error", errors.append)
    acts.errors = errors
    yield acts
    acts.wait()
    state.close()


def test_export_writes_the_pdf_off_the_gui_thread(qtbot, actions, tmp_path, monkeypatch):
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(actions, "ask_options", lambda: ExportOptions("letter", None))
    monkeypatch.setattr(actions, "ask_path", lambda suggested: str(target))
    with qtbot.waitSignal(actions.exported, timeout=60_000) as sig:
        actions.export_pdf()
        assert actions.busy
    assert sig.args == [str(target)]
    reader = pypdf.PdfReader(str(target))
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert "Acme Health" in reader.pages[0].extract_text()
    assert not actions.busy and actions.errors == []


def test_export_with_a_password_encrypts(qtbot, actions, tmp_path, monkeypatch):
    target = tmp_path / "locked.pdf"
    monkeypatch.setattr(actions, "ask_options", lambda: ExportOptions("a4", "pw-123"))
    monkeypatch.setattr(actions, "ask_path", lambda suggested: str(target))
    with qtbot.waitSignal(actions.exported, timeout=60_000):
        actions.export_pdf()
    reader = pypdf.PdfReader(str(target))
    assert reader.is_encrypted and reader.decrypt("pw-123")


def test_cancelling_the_options_writes_nothing(actions, tmp_path, monkeypatch):
    monkeypatch.setattr(actions, "ask_options", lambda: None)
    monkeypatch.setattr(actions, "ask_path", lambda s: pytest.fail("no file dialog after cancel"))
    actions.export_pdf()
    assert not actions.busy and list(tmp_path.glob("*.pdf")) == []


def test_a_write_failure_is_a_plain_message(qtbot, actions, tmp_path, monkeypatch):
    monkeypatch.setattr(actions, "ask_options", lambda: ExportOptions("a4", None))
    monkeypatch.setattr(actions, "ask_path", lambda s: str(tmp_path / "missing-folder" / "plan.pdf"))
    actions.export_pdf()
    qtbot.waitUntil(lambda: not actions.busy, timeout=60_000)
    assert len(actions.errors) == 1
    assert "could not be written" in actions.errors[0] and "Traceback" not in actions.errors[0]


def test_print_renders_the_chosen_pages_onto_the_printer(qtbot, actions, tmp_path, monkeypatch):
    from PySide6.QtGui import QPageRanges

    out = tmp_path / "printed.pdf"

    def printer_for(page_count):
        assert page_count > 3
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        ranges = QPageRanges()
        ranges.addRange(2, 3)
        printer.setPageRanges(ranges)
        return printer

    actions.print_dpi = 50  # a small raster keeps the test fast
    monkeypatch.setattr(actions, "ask_printer", printer_for)
    with qtbot.waitSignal(actions.printed, timeout=60_000) as sig:
        actions.print_report()
    assert sig.args == [2]
    assert len(pypdf.PdfReader(str(out)).pages) == 2
    assert actions._tmpdir is None  # the temporary PDF is gone


def test_options_dialog_checks_the_password(qtbot):
    dialog = ExportOptionsDialog(paper="letter")
    qtbot.addWidget(dialog)
    assert dialog.options() == ExportOptions("letter", None)
    dialog.protect.setChecked(True)
    qtbot.keyClicks(dialog.password, "abc")
    qtbot.keyClicks(dialog.repeat, "abd")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and not dialog.problem.isHidden()
    dialog.repeat.setText("abc")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.options() == ExportOptions("letter", "abc")


def test_suggested_file_name_is_safe():
    from desktop_app.core.assessment import Assessment

    name = suggested_file_name(Assessment(client="A/B: <C>", project="P*?"))
    assert name.endswith(".pdf") and "/" not in name and ":" not in name and "*" not in name


def test_the_suggested_pdf_name_is_translated_and_carries_the_client_and_date(monkeypatch):
    from datetime import date

    from PySide6.QtCore import QCoreApplication

    from desktop_app.core.assessment import Assessment

    french = {
        "{client} - {project} - readiness plan {date}": "{client} - {project} - plan de préparation {date}",
        "{name} - readiness plan {date}": "{name} - plan de préparation {date}",
        "Readiness plan {date}": "Plan de préparation {date}",
    }
    asked: list[str] = []

    def translate(context, text, *args):
        asked.append(context)
        return french.get(text, text)

    monkeypatch.setattr(QCoreApplication, "translate", staticmethod(translate))
    day = date(2026, 12, 7)
    assert suggested_file_name(Assessment(client="Acme", project="Pilot"), day) == (
        "Acme - Pilot - plan de préparation 2026-12-07.pdf"
    )
    assert (
        suggested_file_name(Assessment(client="Acme", project=""), day) == "Acme - plan de préparation 2026-12-07.pdf"
    )
    assert suggested_file_name(Assessment(client="", project=""), day) == "Plan de préparation 2026-12-07.pdf"
    assert set(asked) == {"ReportActions"}
    # a very long client name still leaves room for the date
    long = suggested_file_name(Assessment(client="A" * 500, project="B" * 500), day)
    assert long.endswith("2026-12-07.pdf") and len(long) < 200


def test_every_progress_step_of_the_report_is_shown_translated(mini_bank, tmp_path, monkeypatch):
    """The report (below the GUI) names its steps in English; the dialog shows each through tr()."""
    from PySide6.QtCore import QCoreApplication

    from desktop_app.core.assessment import Assessment
    from desktop_app.gui.report_actions import progress_text
    from desktop_app.report import ReportOptions, write_report

    steps: list[str] = []
    write_report(mini_bank, Assessment("C", "P"), tmp_path / "p.pdf", ReportOptions(password="pw"),
                 progress=lambda _p, message: steps.append(message))  # fmt: skip
    assert any(s.startswith("Laying out page") for s in steps) and "Encrypting" in steps
    monkeypatch.setattr(QCoreApplication, "translate", staticmethod(lambda ctx, text, *a: f"[{ctx}] {text}"))
    for step in set(steps):
        shown = progress_text(step)
        assert shown.startswith("[ReportProgress] "), step
    assert progress_text("Laying out page 12") == "[ReportProgress] Laying out page 12"
