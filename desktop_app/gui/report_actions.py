"""Export PDF and Print: the GUI side of the PDF deployment plan.

The report is built by :func:`desktop_app.report.write_report` on a worker thread while a progress
dialog shows how far it got; printing renders the PDF's real pages with QtPdf onto the printer the
user chose, so what is printed is exactly what the PDF says.
"""

from __future__ import annotations

import logging
import re
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QObject,
    QRect,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.assessment import Assessment
from desktop_app.core.bank import QuestionBank
from desktop_app.core.errors import ReadinessError
from desktop_app.gui.document_state import DocumentState
from desktop_app.gui.settings import ReportFirm, Settings
from desktop_app.gui.views.password_fields import NewPasswordFields

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument  # loaded when printing: 0.2 s of the cold start otherwise
    from PySide6.QtPrintSupport import QPrinter  # loaded when printing too (docs/performance.md)

# Pages are rasterised at this resolution for printing: sharp text without a huge print job.
PRINT_DPI = 300

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportOptions:
    paper: str  # "a4" or "letter"
    password: str | None


def default_paper() -> str:
    """Letter where the locale measures in US units, A4 elsewhere."""
    return "letter" if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


# characters no file name may hold on Windows, macOS or Linux; everything else (accents, "–", "€") is kept
FORBIDDEN_IN_FILE_NAMES = frozenset('<>:"/\\|?*')


def suggested_file_name(assessment: Assessment, day: date | None = None) -> str:
    """ "client - project - readiness plan 2026-12-07.pdf" in the user's language (``day``: today), with
    only the characters no system allows replaced by "_"."""
    when = (day or date.today()).isoformat()  # ISO: the files of one client sort by date
    client, project = (" ".join(text.split())[:50] for text in (assessment.client, assessment.project))
    if client and project:
        #: the suggested name of an exported PDF file: keep {client}, {project} and {date}
        raw = QCoreApplication.translate("ReportActions", "{client} - {project} - readiness plan {date}").format(
            client=client, project=project, date=when
        )
    elif client or project:
        raw = QCoreApplication.translate("ReportActions", "{name} - readiness plan {date}").format(
            name=client or project, date=when
        )
    else:
        raw = QCoreApplication.translate("ReportActions", "Readiness plan {date}").format(date=when)
    safe = "".join("_" if ch in FORBIDDEN_IN_FILE_NAMES or ord(ch) < 32 else ch for ch in raw).strip(" .")
    return safe[:160] + ".pdf"


class ExportOptionsDialog(QDialog):
    """Paper size and an optional password for the exported PDF."""

    def __init__(self, parent: QWidget | None = None, paper: str = "a4", *, source_encrypted: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDF"))
        # crypt (issue 10): the PDF of an encrypted document is not encrypted unless protected here
        self.unencrypted_note = QLabel(
            self.tr("This assessment is encrypted, but the PDF is not unless you protect it with a password.")
        )
        self.unencrypted_note.setWordWrap(True)
        self.unencrypted_note.setVisible(source_encrypted)
        self.paper_box = QComboBox()
        self.paper_box.addItem(self.tr("A4 (210 × 297 mm)"), "a4")
        self.paper_box.addItem(self.tr("Letter (8.5 × 11 in)"), "letter")
        self.paper_box.setCurrentIndex(max(0, self.paper_box.findData(paper)))
        self.protect = QCheckBox(self.tr("Protect the PDF with a password"))
        self.fields = NewPasswordFields()
        self.password, self.repeat, self.problem = self.fields.password, self.fields.repeat, self.fields.problem

        form = QFormLayout()
        form.addRow(self.tr("&Paper:"), self.paper_box)
        form.addRow(self.protect)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.unencrypted_note)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.protect.toggled.connect(self._sync)
        self._sync(False)

    def _sync(self, on: bool) -> None:
        self.password.setEnabled(on)
        self.repeat.setEnabled(on)
        if on:
            self.password.setFocus()

    def options(self) -> ExportOptions:
        password = self.password.text() if self.protect.isChecked() else None
        return ExportOptions(paper=str(self.paper_box.currentData()), password=password or None)

    def accept(self) -> None:
        if self.protect.isChecked():
            if not self.password.text():
                self.fields.say(self.tr("Type a password, or clear “Protect the PDF with a password”."))
                return
            if self.fields.differ():
                self.fields.say(self.tr("The two passwords differ."))
                return
        super().accept()


# the report's progress steps (desktop_app/report/builder.py speaks English below the GUI), in the user's language
PROGRESS_STEPS = {
    "Scoring the assessment": str(QT_TRANSLATE_NOOP("ReportProgress", "Scoring the assessment")),
    "Writing the sections": str(QT_TRANSLATE_NOOP("ReportProgress", "Writing the sections")),
    "Encrypting": str(QT_TRANSLATE_NOOP("ReportProgress", "Encrypting")),
    "Saving the file": str(QT_TRANSLATE_NOOP("ReportProgress", "Saving the file")),
    "Done": str(QT_TRANSLATE_NOOP("ReportProgress", "Done")),
}
_PAGE_STEP = re.compile(r"Laying out page (\d+)")


def progress_text(message: str) -> str:
    """A progress step of the report as the user reads it; an unknown step is shown as it came."""
    page = _PAGE_STEP.fullmatch(message)
    if page:
        return QCoreApplication.translate("ReportProgress", "Laying out page {page}").format(page=page.group(1))
    if message in PROGRESS_STEPS:
        return QCoreApplication.translate("ReportProgress", PROGRESS_STEPS[message])
    return message


class _Cancelled(Exception):
    pass


@dataclass(frozen=True)
class ReportOutcome:
    """How a :class:`ReportWorker` ended: ``error`` is None when the PDF was written, "" when the user
    cancelled, a plain sentence otherwise."""

    path: str = ""
    pages: int = 0
    error: str | None = None


class ReportWorker:
    """Builds the PDF on a pool thread without touching any Qt object.

    It keeps only its latest ``(percent, message)`` and, at the end, its :class:`ReportOutcome` under a
    lock; the GUI thread reads them with a timer. No signal crosses the threads (the suite once died in
    a segmentation fault with the worker emitting a progress signal while a window-modal progress dialog,
    whose ``setValue`` runs ``processEvents``, was re-entering the slot; PySide 6.8+ is also known to
    crash on signals emitted from foreign threads, PYSIDE-3124), and nothing the worker owns can be
    deleted under it.
    """

    def __init__(self, bank: QuestionBank, assessment: Assessment, path: Path, paper: str, password: str | None):
        self.bank, self.assessment, self.path = bank, assessment, path
        self.paper, self.password = paper, password
        self.firm: ReportFirm = {}  # firm_name, logo, disclaimer from the Preferences
        self._lock = threading.Lock()
        self._cancel = threading.Event()
        self._latest: tuple[int, str] = (0, "")
        self._outcome: ReportOutcome | None = None

    def cancel(self) -> None:
        """Ask the worker to stop at its next progress step (any thread)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def latest(self) -> tuple[int, str]:
        """The last progress step the worker reached."""
        with self._lock:
            return self._latest

    def outcome(self) -> ReportOutcome | None:
        """None while the worker runs."""
        with self._lock:
            return self._outcome

    def _progress(self, percent: int, message: str) -> None:
        # 100 % is the builder's last step, after the file is in place (report/builder.py): a Cancel then
        # comes too late, and ending as cancelled would say nothing of the PDF on disk.
        if self._cancel.is_set() and percent < 100:
            raise _Cancelled
        with self._lock:
            self._latest = (percent, message)

    def _end(self, outcome: ReportOutcome) -> None:
        with self._lock:
            self._outcome = outcome

    def run(self) -> None:
        from desktop_app.report import ReportOptions, write_report

        try:
            options = ReportOptions(paper=self.paper, password=self.password or None, **self.firm)
            pages = write_report(self.bank, self.assessment, self.path, options, progress=self._progress)
        except _Cancelled:
            self._end(ReportOutcome(error=""))
        except OSError as exc:
            self._end(
                ReportOutcome(
                    error=QCoreApplication.translate(
                        "ReportWorker", "The PDF could not be written to {path}: {reason}."
                    ).format(path=self.path, reason=exc.strerror or exc)
                )
            )
        except ReadinessError as exc:  # a plain sentence already
            self._end(
                ReportOutcome(
                    error=QCoreApplication.translate("ReportWorker", "The PDF could not be made: {reason}").format(
                        reason=exc
                    )
                )
            )
        except Exception:  # a bug: its traceback goes to the log, the user reads a plain sentence
            log.exception("Building the PDF %s failed", self.path)
            self._end(
                ReportOutcome(
                    error=QCoreApplication.translate(
                        "ReportWorker",
                        "The PDF could not be made because of an unexpected problem; the details are in the log file.",
                    )
                )
            )
        else:
            self._end(ReportOutcome(path=str(self.path), pages=pages))


class ReportActions(QObject):
    """Export PDF… and Print… for the open document (the main window wires them into its menu)."""

    # a PDF was written (path) — for a status-bar message or "open the file" offer
    exported = Signal(str)
    # a print job was sent (number of pages printed)
    printed = Signal(int)

    def __init__(self, parent_widget: QWidget, state: DocumentState, settings: Settings | None = None) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.state = state
        self.settings = settings
        self.pool = QThreadPool.globalInstance()
        self._worker: ReportWorker | None = None
        self._progress: QProgressDialog | None = None
        self._tmpdir: tempfile.TemporaryDirectory[str] | None = None
        self._on_done: Callable[[str, int], None] | None = None
        self._timer: QTimer | None = None
        self._polling = False
        self._shown: tuple[int, str] = (-1, "")
        self.print_dpi = PRINT_DPI
        # how long an export runs before its progress dialog shows, and how often the GUI reads the worker
        self.progress_delay_ms = 300
        self.poll_ms = 50

    def firm(self) -> ReportFirm:
        """The firm's name, logo and disclaimer from the Preferences (the window's settings)."""
        return self.settings.report_firm() if self.settings is not None else {}

    # -- what the user sees (methods so tests can replace the modal dialogs) ---------------
    def ask_options(self) -> ExportOptions | None:
        doc = self.state.document
        encrypted = bool(doc is not None and doc.encrypted)
        dialog = ExportOptionsDialog(self.parent_widget, default_paper(), source_encrypted=encrypted)
        return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_path(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Export PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return None
        return path if path.lower().endswith(".pdf") else path + ".pdf"

    def ask_printer(self, page_count: int) -> QPrinter | None:
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.parent_widget)
        dialog.setWindowTitle(self.tr("Print the deployment plan"))
        dialog.setMinMax(1, page_count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self.parent_widget, self.tr("GenAI Readiness Planner"), message)

    # -- Export PDF --------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._worker is not None

    def _document(self) -> tuple[QuestionBank, Assessment] | None:
        bank, assessment = self.state.bank, self.state.assessment
        if bank is None or assessment is None:
            self.show_error(self.tr("Open an assessment first."))
            return None
        return bank, assessment

    @Slot()
    def export_pdf(self) -> None:
        doc = self._document()
        if doc is None or self.busy:
            return
        options = self.ask_options()
        if options is None:
            return
        folder = self.state.path
        suggested = suggested_file_name(doc[1])
        if folder is not None:
            suggested = str(Path(folder).parent / suggested)
        path = self.ask_path(suggested)
        if not path:
            return
        self._start(doc, Path(path), options, on_done=self._export_done, title=self.tr("Exporting the PDF…"))

    def _export_done(self, path: str, _pages: int) -> None:
        self.exported.emit(path)

    # -- Print -------------------------------------------------------------------------------
    @Slot()
    def print_report(self) -> None:
        doc = self._document()
        if doc is None or self.busy:
            return
        self._tmpdir = tempfile.TemporaryDirectory(prefix="readiness-print-")
        target = Path(self._tmpdir.name) / "plan.pdf"
        self._start(
            doc,
            target,
            ExportOptions(default_paper(), None),
            on_done=self._print_pdf,
            title=self.tr("Preparing to print…"),
        )

    def _print_pdf(self, path: str, pages: int) -> None:
        from PySide6.QtPdf import QPdfDocument

        try:
            pdf = QPdfDocument(self)
            pdf.load(path)
            if pdf.status() != QPdfDocument.Status.Ready:
                self.show_error(self.tr("The report could not be prepared for printing."))
                return
            printer = self.ask_printer(pdf.pageCount())
            if printer is None:
                return
            printed = self.render_to_printer(pdf, printer)
            pdf.close()
            if printed:
                self.printed.emit(printed)
        finally:
            self._cleanup_tmp()

    def render_to_printer(self, pdf: QPdfDocument, printer: QPrinter) -> int:
        """Paint the chosen pages of ``pdf`` onto ``printer``; return how many were printed."""
        count = pdf.pageCount()
        ranges = printer.pageRanges()
        pages = [p for p in range(1, count + 1) if ranges.isEmpty() or ranges.contains(p)]
        if not pages:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            self.show_error(self.tr("The printer could not be opened."))
            return 0
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, len(pages), self.parent_widget)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        printed = 0
        try:
            for i, number in enumerate(pages):
                if progress.wasCanceled():
                    break
                if i:
                    printer.newPage()
                page_size = pdf.pagePointSize(number - 1)  # points (1/72 in)
                scale = self.print_dpi / 72.0
                image = pdf.render(
                    number - 1, QSize(round(page_size.width() * scale), round(page_size.height() * scale))
                )
                area = painter.viewport()
                target = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                rect = QRect(area.x() + (area.width() - target.width()) // 2, area.y(), target.width(), target.height())
                painter.drawImage(rect, image)
                printed += 1
                progress.setValue(i + 1)
        finally:
            painter.end()
            progress.close()
        return printed

    # -- the worker ----------------------------------------------------------------------------
    def _start(
        self,
        doc: tuple[QuestionBank, Assessment],
        path: Path,
        options: ExportOptions,
        on_done: Callable[[str, int], None],
        title: str,
    ) -> None:
        bank, assessment = doc
        worker = ReportWorker(bank, assessment, path, options.paper, options.password)
        worker.firm = self.firm()
        progress = QProgressDialog(title, self.tr("Cancel"), 0, 100, self.parent_widget)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(self.progress_delay_ms)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(worker.cancel)
        timer = QTimer(self)
        timer.setInterval(self.poll_ms)
        timer.timeout.connect(self._poll)
        self._worker, self._progress, self._on_done, self._timer = worker, progress, on_done, timer
        self._shown = (-1, "")
        self.pool.start(worker.run)
        timer.start()

    @Slot()
    def _poll(self) -> None:
        """Timer tick on the GUI thread: show the worker's latest step, or end the export once."""
        worker = self._worker
        if worker is None or self._polling:  # a modal dialog's setValue runs processEvents: never re-enter
            return
        outcome = worker.outcome()
        if outcome is None:
            self._polling = True
            try:
                self._show_step(*worker.latest())
            finally:
                self._polling = False
            return
        on_done = self._on_done
        self._end_worker()
        if outcome.error is None:
            if on_done is not None:
                on_done(outcome.path, outcome.pages)
            return
        self._cleanup_tmp()
        if outcome.error:  # empty: the user cancelled
            self.show_error(outcome.error)

    def _show_step(self, percent: int, message: str) -> None:
        progress = self._progress
        if progress is None or (percent, message) == self._shown:
            return
        self._shown = (percent, message)
        progress.setLabelText(progress_text(message))
        progress.setValue(percent)

    def _end_worker(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer.deleteLater()
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
        self._worker = None
        self._progress = None
        self._timer = None
        self._on_done = None

    def _cleanup_tmp(self) -> None:
        if self._tmpdir is not None:
            self._tmpdir.cleanup()
            self._tmpdir = None

    def wait(self, msecs: int = 60_000) -> bool:
        """Wait for a running export (tests and shutdown)."""
        return self.pool.waitForDone(msecs)
