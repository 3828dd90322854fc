"""File > Export: the open assessment as a spreadsheet, CSV tables or the JSON exchange format.

The answers CSV and the JSON file are the importable formats (``import-answers``); the XLSX holds
answers, scores, plan and details in one workbook for a manager; the scores and plan CSVs are the
workbook's sheets for tools that want plain tables. Every file is written next to its final place
and moved there in one step (``os.replace``), so a failed export never leaves half a file behind.
openpyxl loads only when an export runs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app import APP_NAME
from desktop_app.core.assessment import Assessment
from desktop_app.core.bank import QuestionBank
from desktop_app.core.errors import ReadinessError
from desktop_app.core.files import write_atomically

log = logging.getLogger(__name__)


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


class ExportActions(QObject):
    """The File > Export actions for the open document (the main window wires them into its menu)."""

    #: a file was written (path), for the status bar
    exported = Signal(str)

    def __init__(self, parent_widget: QWidget, state: object) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.state = state

    # -- what the user sees ------------------------------------------------------------------
    def ask_path(self, kind: ExportKind, suggested: str) -> str | None:
        title = QCoreApplication.translate("ExportActions", kind.title)
        file_filter = QCoreApplication.translate("ExportActions", kind.file_filter)
        path, _ = QFileDialog.getSaveFileName(self.parent_widget, title, suggested, file_filter)
        if not path:
            return None
        return path if path.lower().endswith(kind.suffix) else path + kind.suffix

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self.parent_widget, APP_NAME, message)

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
        """Ask where, write the file, report the outcome; the written path, or None."""
        bank = getattr(self.state, "bank", None)
        assessment = getattr(self.state, "assessment", None)
        if bank is None or assessment is None:
            self.show_error("Open an assessment first.")
            return None
        suggested = suggested_file_name(assessment, kind)
        doc_path = getattr(self.state, "path", None)
        if doc_path is not None:
            suggested = str(Path(doc_path).parent / suggested)
        chosen = self.ask_path(kind, suggested)
        if not chosen:
            return None
        path = Path(chosen)
        try:
            if not path.parent.is_dir():
                raise ReadinessError(f"the folder {path.parent} does not exist")
            write_atomically(path, self._writer(kind, bank, assessment))
        except OSError as exc:
            self.show_error(f"{path.name} could not be written to {path.parent}: {exc.strerror or exc}.")
            return None
        except ReadinessError as exc:  # a plain sentence already
            self.show_error(
                self.tr("{name} could not be written: {reason}.").format(name=path.name, reason=str(exc).rstrip("."))
            )
            return None
        except Exception:  # a bug: its traceback goes to the log, the user reads a plain sentence
            log.exception("Export to %s failed", path)
            self.show_error(
                self.tr(
                    "{name} could not be written because of an unexpected problem; the details are in the log file."
                ).format(name=path.name)
            )
            return None
        self.exported.emit(str(path))
        return path

    def _writer(self, kind: ExportKind, bank: QuestionBank, assessment: Assessment) -> Callable[[Path], None]:
        if kind is XLSX:
            from desktop_app.analysis.export import write_xlsx  # loads openpyxl only now

            def write(tmp: Path) -> None:
                write_xlsx(bank, assessment, tmp)

            return write
        if kind is SCORES_CSV:
            from desktop_app.analysis.export import scores_csv_text

            return _text_writer(scores_csv_text(bank, assessment))
        if kind is PLAN_CSV:
            from desktop_app.analysis.export import plan_csv_text

            return _text_writer(plan_csv_text(bank, assessment))
        from desktop_app.core.exchange import export_csv_text, export_json_text

        if kind is ANSWERS_CSV:
            return _text_writer(export_csv_text(bank, assessment))
        return _text_writer(export_json_text(bank, assessment))
