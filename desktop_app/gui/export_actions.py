"""File > Export: the open assessment as a spreadsheet, CSV tables or the JSON exchange format.

The answers CSV and the JSON file are the importable formats (``import-answers``); the XLSX holds
answers, scores, plan and details in one workbook for a manager; the scores and plan CSVs are the
workbook's sheets for tools that want plain tables. Every file is written next to its final place
and moved there in one step (``os.replace``), so a failed export never leaves half a file behind.
openpyxl loads only when an export runs.

The file is written in a worker thread (``QThread``): the window keeps painting and answering while
openpyxl builds a workbook (0.2-0.5 s), a progress dialog with Cancel shows when it takes longer
than a moment, and ``export`` returns when the file is in place (it waits in a local event loop, as
a modal dialog does). Cancel discards the file being written; an earlier file of that name stays as
it was. The bank and the assessment handed to the worker are immutable snapshots.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop_app import APP_NAME
from desktop_app.core.assessment import Assessment
from desktop_app.core.bank import QuestionBank
from desktop_app.core.errors import ReadinessError
from desktop_app.core.files import write_atomically
from desktop_app.gui.action_group import ActionGroup
from desktop_app.gui.document_state import DocumentState
from desktop_app.storage.connection import DB_ERRORS

log = logging.getLogger(__name__)

#: what reading the history for an export may raise (a damaged page, a read stopped by its time budget)
_READ_ERRORS: tuple[type[Exception], ...] = (*DB_ERRORS, ReadinessError)


@dataclass(frozen=True)
class ExportKind:
    """One entry of the Export menu."""

    key: str
    # label, title, file_filter and tip are marked for the catalogue: show them through
    # QCoreApplication.translate("ExportActions", ...)
    label: str  # the menu text
    title: str  # the file dialog's title
    name: str  # the suggested file name's last part
    suffix: str
    file_filter: str
    tip: str


XLSX = ExportKind(
    "xlsx",
    str(QT_TRANSLATE_NOOP("ExportActions", "Answers, scores and plan (&XLSX)…")),
    str(QT_TRANSLATE_NOOP("ExportActions", "Export answers, scores and plan")),
    "assessment",
    ".xlsx",
    str(QT_TRANSLATE_NOOP("ExportActions", "Excel workbook (*.xlsx)")),
    str(QT_TRANSLATE_NOOP("ExportActions", "One workbook with the answers, the scores, the plan and the details")),
)
ANSWERS_CSV = ExportKind(
    "answers_csv",
    str(QT_TRANSLATE_NOOP("ExportActions", "&Answers (CSV)…")),
    str(QT_TRANSLATE_NOOP("ExportActions", "Export the answers as CSV")),
    "answers",
    ".csv",
    str(QT_TRANSLATE_NOOP("ExportActions", "CSV files (*.csv)")),
    str(QT_TRANSLATE_NOOP("ExportActions", "The answers as CSV; the file can be imported into another assessment")),
)
SCORES_CSV = ExportKind(
    "scores_csv",
    str(QT_TRANSLATE_NOOP("ExportActions", "&Scores (CSV)…")),
    str(QT_TRANSLATE_NOOP("ExportActions", "Export the scores as CSV")),
    "scores",
    ".csv",
    str(QT_TRANSLATE_NOOP("ExportActions", "CSV files (*.csv)")),
    str(QT_TRANSLATE_NOOP("ExportActions", "Overall, challenge and sub-challenge scores as CSV")),
)
PLAN_CSV = ExportKind(
    "plan_csv",
    str(QT_TRANSLATE_NOOP("ExportActions", "&Plan (CSV)…")),
    str(QT_TRANSLATE_NOOP("ExportActions", "Export the plan as CSV")),
    "plan",
    ".csv",
    str(QT_TRANSLATE_NOOP("ExportActions", "CSV files (*.csv)")),
    str(QT_TRANSLATE_NOOP("ExportActions", "The deployment plan's actions as CSV")),
)
JSON = ExportKind(
    "json",
    str(QT_TRANSLATE_NOOP("ExportActions", "Assessment (&JSON)…")),
    str(QT_TRANSLATE_NOOP("ExportActions", "Export the assessment as JSON")),
    "assessment",
    ".json",
    str(QT_TRANSLATE_NOOP("ExportActions", "JSON files (*.json)")),
    str(
        QT_TRANSLATE_NOOP("ExportActions", "Details, participants, answers and plan decisions; imports back unchanged")
    ),
)
KINDS = (XLSX, ANSWERS_CSV, SCORES_CSV, PLAN_CSV, JSON)


def import_limit() -> int:
    """The size an answers file may have (``core.exchange.MAX_FILE_BYTES``), read when it is shown."""
    from desktop_app.core import exchange

    return exchange.MAX_FILE_BYTES


def unpacked_limit() -> int:
    """What a workbook may unpack to (``core.self_assessment.MAX_UNPACKED_BYTES``), read when it is shown."""
    from desktop_app.core import self_assessment

    return self_assessment.MAX_UNPACKED_BYTES


def suggested_file_name(assessment: Assessment, kind: ExportKind) -> str:
    raw = f"{assessment.client} - {assessment.project} - {kind.name}"
    safe = "".join(ch if ch.isalnum() or ch in " -_.,()" else "_" for ch in raw).strip(" .")
    return (safe[:120] or kind.name) + kind.suffix


def _text_writer(text: str) -> Callable[[Path], None]:
    def write(tmp: Path) -> None:
        # UTF-8 with a byte-order mark: Excel then reads accented names right; the importer accepts it
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            fh.write(text)

    return write


class ExportCancelled(Exception):
    """Raised inside the writer when the user pressed Cancel: the atomic write then leaves nothing."""


class _NotWritten(Exception):
    """An export stopped before anything was written; its text is the sentence the user reads."""


class _ExportJob(QObject):
    """Writes one export in a worker thread; ``cancel()`` is safe from the GUI thread."""

    #: (error kind, message) when the write failed: "os", "input" or "bug"; ("", "") on success
    finished = Signal(str, str)

    def __init__(self, path: Path, make_writer: Callable[[], Callable[[Path], None]]) -> None:
        super().__init__()
        self.path = path
        self.make_writer = make_writer
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def _check(self) -> None:
        if self.cancelled:
            raise ExportCancelled

    @Slot()
    def run(self) -> None:
        try:
            self._check()
            writer = self.make_writer()  # builds the text or imports openpyxl: off the GUI thread too

            def write(tmp: Path) -> None:
                writer(tmp)
                self._check()  # the last moment to drop the file before it replaces the target

            write_atomically(self.path, write)
        except ExportCancelled:
            self.finished.emit("cancelled", "")
        except OSError as exc:
            self.finished.emit("os", str(exc.strerror or exc))
        except ReadinessError as exc:
            self.finished.emit("input", str(exc))
        except Exception:  # a bug: its traceback goes to the log, the user reads a plain sentence
            log.exception("Export to %s failed", self.path)
            self.finished.emit("bug", "")
        else:
            self.finished.emit("", "")


class _Waiter(QObject):
    """Receives the job's outcome in the GUI thread and ends the local event loop."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.loop = QEventLoop(self)
        self.outcome: list[tuple[str, str]] = []

    @Slot(str, str)
    def done(self, kind: str, detail: str) -> None:
        self.outcome.append((kind, detail))
        self.loop.quit()


#: the progress dialog shows only when an export takes longer than this (ms)
PROGRESS_AFTER_MS = 400


class ExportActions(ActionGroup):
    """The File > Export actions for the open document (:meth:`add_to_menu` puts them in the menu);
    enabled while a document is open, read-only or not."""

    #: a file was written (path), for the status bar
    exported = Signal(str)

    def __init__(self, window: QWidget, state: DocumentState) -> None:
        super().__init__(window, state)
        #: the export being written, if any (a second one waits for it: the menu is modal meanwhile)
        self.job: _ExportJob | None = None
        #: how many of the oldest history entries the last JSON or XLSX export left out to fit the import limit
        self.history_omitted = 0
        for kind in KINDS:
            tip = QCoreApplication.translate("ExportActions", kind.tip)
            action = self.add_action(
                QCoreApplication.translate("ExportActions", kind.label), partial(self.export, kind), tip
            )
            action.setToolTip(tip)
        self.update_actions()

    def update_actions(self) -> None:
        for action in self.actions:
            action.setEnabled(self.state.is_open)

    # -- what the user sees ------------------------------------------------------------------
    def ask_path(self, kind: ExportKind, suggested: str) -> str | None:
        title = QCoreApplication.translate("ExportActions", kind.title)
        file_filter = QCoreApplication.translate("ExportActions", kind.file_filter)
        path, _ = QFileDialog.getSaveFileName(self.window, title, suggested, file_filter)
        if not path:
            return None
        return path if path.lower().endswith(kind.suffix) else path + kind.suffix

    def tell(self, message: str) -> None:
        """A note the user should read (a seam the tests replace)."""
        QMessageBox.information(self.window, APP_NAME, message)

    def confirm_unencrypted(self, name: str) -> bool:
        """crypt (issue 10): the export of an encrypted document is not encrypted; go on?"""
        return self.confirm(
            APP_NAME,
            self.tr(
                "{name} is encrypted, but the exported file will not be: anyone who can read it can read"
                " the assessment. Export anyway?"
            ).format(name=name),
        )

    # -- the actions ---------------------------------------------------------------------------
    @Slot()
    def export_xlsx(self) -> None:
        self.export(XLSX)

    @Slot()
    def export_answers_csv(self) -> None:
        self.export(ANSWERS_CSV)

    @Slot()
    def export_scores_csv(self) -> None:
        self.export(SCORES_CSV)

    @Slot()
    def export_plan_csv(self) -> None:
        self.export(PLAN_CSV)

    @Slot()
    def export_json(self) -> None:
        self.export(JSON)

    def export(self, kind: ExportKind) -> Path | None:
        """Ask where, write the file (in a worker), report the outcome; the written path, or None."""
        if self.job is not None:  # one at a time (the progress dialog is modal; a shortcut is not)
            return None
        bank, assessment = self.state.bank, self.state.assessment
        if bank is None or assessment is None:
            self.show_error(self.tr("Open an assessment first."))
            return None
        suggested = suggested_file_name(assessment, kind)
        doc_path = self.state.path
        if doc_path is not None:
            suggested = str(doc_path.parent / suggested)
        # an encrypted document's export is asked about first; refusing it is like Cancel
        chosen = self.ask_path(kind, suggested) if self._unencrypted_output_accepted() else ""
        if not chosen:
            return None
        path = Path(chosen)
        self.history_omitted = 0
        try:
            history = self._history(kind, path)  # read here: the document's connection belongs to this thread
        except _NotWritten as exc:
            self.show_error(str(exc))
            return None
        kind_, detail = self._run_job(path, lambda: self._writer(kind, bank, assessment, history))
        if not self._report(path, kind_, detail):
            return None
        if self.history_omitted:
            self.tell(
                self.tr(
                    "{name} holds the newest changes of the history but not the {n} oldest: with them the file"
                    " would pass the limits of an answers file ({limit} MB, and {unpacked} MB unpacked for a"
                    " workbook). The assessment itself keeps them all."
                ).format(
                    name=path.name,
                    n=f"{self.history_omitted:,}",
                    limit=f"{import_limit() / 1_048_576:g}",
                    unpacked=f"{unpacked_limit() / 1_048_576:g}",
                )
            )
        self.exported.emit(str(path))
        return path

    def _unencrypted_output_accepted(self) -> bool:
        """A plain document exports without a question; an encrypted one only once the user agrees."""
        doc = self.state.document
        return doc is None or not doc.encrypted or self.confirm_unencrypted(doc.path.name)

    def _report(self, path: Path, kind: str, detail: str) -> bool:
        """Say why the export failed (nothing for Cancel); True when it succeeded."""
        if kind == "os":
            self.show_error(
                self.tr("{name} could not be written to {folder}: {reason}.").format(
                    name=path.name, folder=path.parent, reason=detail
                )
            )
        elif kind == "input":  # a plain sentence already
            self.show_error(
                self.tr("{name} could not be written: {reason}.").format(name=path.name, reason=detail.rstrip("."))
            )
        elif kind == "bug":
            self.show_error(
                self.tr(
                    "{name} could not be written because of an unexpected problem; the details are in the log file."
                ).format(name=path.name)
            )
        return kind == ""

    def _run_job(self, path: Path, make_writer: Callable[[], Callable[[Path], None]]) -> tuple[str, str]:
        """Write in a worker thread while this thread's event loop runs; (error kind, detail)."""
        job = _ExportJob(path, make_writer)
        thread = QThread(self)
        job.moveToThread(thread)
        waiter = _Waiter(self)  # lives in this thread: the worker's signal is queued to it
        job.finished.connect(waiter.done)
        thread.started.connect(job.run)
        progress = QProgressDialog(
            self.tr("Writing {name}…").format(name=path.name), self.tr("Cancel"), 0, 0, self.window
        )
        progress.setWindowTitle(APP_NAME)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(PROGRESS_AFTER_MS)
        progress.canceled.connect(job.cancel)
        progress.setValue(0)
        self.job = job
        thread.start()
        try:
            if not waiter.outcome:
                waiter.loop.exec()
        finally:
            thread.quit()
            thread.wait()
            progress.reset()
            progress.deleteLater()
            job.deleteLater()
            thread.deleteLater()
            waiter.deleteLater()
            self.job = None
        return waiter.outcome[0] if waiter.outcome else ("bug", "")

    def _history(self, kind: ExportKind, path: Path) -> list[Any] | None:
        """The document's newest changes for the exports that carry the history (XLSX, JSON); raises
        :class:`_NotWritten` with the sentence to show when the folder is missing or the history cannot
        be read (a damaged page, a stalled read): nothing is written then."""
        if not path.parent.is_dir():
            raise _NotWritten(
                self.tr("{name} could not be written: the folder {folder} does not exist.").format(
                    name=path.name, folder=path.parent
                )
            )
        doc = self.state.document
        if doc is None or kind not in (XLSX, JSON):
            return None
        from desktop_app.core.exchange import EXPORT_HISTORY_LIMIT

        try:
            return list(doc.history(EXPORT_HISTORY_LIMIT))
        except _READ_ERRORS as exc:
            log.warning("Export to %s: the history could not be read: %s", path, exc)
            raise _NotWritten(
                self.tr("{name} could not be written: the assessment's history could not be read ({reason}).").format(
                    name=path.name, reason=exc
                )
            ) from None

    def _writer(
        self, kind: ExportKind, bank: QuestionBank, assessment: Assessment, history: list[Any] | None = None
    ) -> Callable[[Path], None]:
        if kind is XLSX:
            from desktop_app.analysis.export import export_xlsx  # loads openpyxl only now

            def write(tmp: Path) -> None:
                written = export_xlsx(bank, assessment, tmp, history)
                self.history_omitted = written.history_omitted  # read after the worker ended (thread.wait)

            return write
        if kind is SCORES_CSV:
            from desktop_app.analysis.export import scores_csv_text

            return _text_writer(scores_csv_text(bank, assessment))
        if kind is PLAN_CSV:
            from desktop_app.analysis.export import plan_csv_text

            return _text_writer(plan_csv_text(bank, assessment))
        from desktop_app.core.exchange import export_csv_text, export_json

        if kind is ANSWERS_CSV:
            return _text_writer(export_csv_text(bank, assessment))
        written = export_json(bank, assessment, history)
        self.history_omitted = written.history_omitted  # read after the worker ended (thread.wait)
        return _text_writer(written.text)
