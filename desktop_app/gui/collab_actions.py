"""The File menu's entries for working with other people's copies: merging another copy of the
assessment, and the client's pre-workshop self-assessment (a blank questionnaire out, a filled
one in). The window adds them with one call (:meth:`CollabActions.add_to_menu`, from
:class:`desktop_app.gui.action_group.ActionGroup`); the work is done
in ``gui/views/merge_view.py`` and ``gui/views/self_assessment_view.py``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEventLoop, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QBoxLayout, QFileDialog, QWidget

from desktop_app.core.bank import QuestionBank
from desktop_app.core.errors import InputError, ReadinessError
from desktop_app.gui.action_group import ActionGroup
from desktop_app.gui.document_state import DocumentState
from desktop_app.gui.views.disagreement_line import DisagreementLine
from desktop_app.gui.views.question_view import QuestionView
from desktop_app.storage import passwords
from desktop_app.storage.document import SUFFIX

if TYPE_CHECKING:
    from desktop_app.core.exchange import ImportedAnswers
    from desktop_app.core.importing import AnswersImport
    from desktop_app.core.self_assessment import SelfAssessmentReport
    from desktop_app.gui.versioned_command import VersionedCommand  # and storage.merging: when used
    from desktop_app.gui.views.merge_view import MergeDialog  # the dialogs: imported when used
    from desktop_app.gui.views.self_assessment_view import BlankWriter

log = logging.getLogger(__name__)

T = TypeVar("T")

#: how often the GUI thread looks whether the answers file has been read (ms)
POLL_MS = 20


def install_disagreement_line(panel: QWidget, questions: QuestionView, state: DocumentState) -> DisagreementLine:
    """Put the disagreement line in the live panel (above its closing stretch) and let it follow
    the question shown (``questions.current_changed``, the question view's signal)."""
    line = DisagreementLine(state, panel)
    layout = panel.layout()
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(max(0, layout.count() - 1), line)
    questions.current_changed.connect(line.show_question)
    return line


class CollabActions(ActionGroup):
    """Owns the actions; enables them while an editable document is open."""

    #: the blank questionnaire was written (its path), or could not be (the path and a sentence)
    blank_written = Signal(str, str)

    def __init__(self, window: QWidget, state: DocumentState) -> None:
        super().__init__(window, state)
        self.act_merge = self.add_action(
            self.tr("&Merge another copy…"),
            self.merge_dialog,
            self.tr("Bring in what was changed in another copy of this assessment"),
        )
        self.act_export_blank = self.add_action(
            self.tr("Export blank q&uestionnaire for the client…"),
            self.export_blank_dialog,
            self.tr("A questionnaire (XLSX or CSV) to fill in before the workshop"),
        )
        self.act_import_filled = self.add_action(
            self.tr("&Import a filled questionnaire…"),
            self.import_filled_dialog,
            self.tr("Store a filled questionnaire as one participant's answers"),
        )
        self.act_import_answers = self.add_action(
            self.tr("Import &answers from a file…"),
            self.import_answers_dialog,
            self.tr("Take the answers of an export (JSON, CSV, XLSX) or a filled questionnaire into this assessment"),
        )
        #: asked for the password of an encrypted copy being merged in (the window's dialog; crypt, issue 10)
        self.password_provider: passwords.Provider | None = None
        #: the blank questionnaire being written off the GUI thread, if any
        self.writer: BlankWriter | None = None
        #: the thread that read the last answers file (the tests check it was not the GUI thread)
        self.read_thread_id: int | None = None
        self.update_actions()

    def update_actions(self) -> None:
        editable = self.editable
        self.act_merge.setEnabled(editable)
        self.act_import_filled.setEnabled(editable)
        self.act_import_answers.setEnabled(editable)
        self.act_export_blank.setEnabled(self.state.is_open and self.writer is None)

    # -- seams the tests replace (run_dialog, show_error: ActionGroup) ----------------------
    def choose_open_file(self, title: str, filters: str) -> str:
        folder = str(self.state.path.parent) if self.state.path else ""
        path, _ = QFileDialog.getOpenFileName(self.window, title, folder, filters)
        return path

    def run_merge_dialog(self, dialog: MergeDialog) -> None:
        dialog.exec()

    def choose_save_file(self, title: str, suggested: str, filters: str) -> tuple[str, str]:
        return QFileDialog.getSaveFileName(self.window, title, suggested, filters)

    # -- merging ----------------------------------------------------------------------------
    def merge_dialog(self) -> MergeDialog | None:
        """File > Merge another copy…: pick the other file, then the differences dialog."""
        if not self.state.is_open:
            return None
        chosen = self.choose_open_file(
            self.tr("Merge which copy of this assessment?"), self.tr("Assessments (*{suffix})").format(suffix=SUFFIX)
        )
        return self.merge_path(Path(chosen)) if chosen else None

    def merge_path(self, path: Path) -> MergeDialog | None:
        from desktop_app.gui.views.merge_view import merge_another_copy

        with passwords.providing(self.password_provider):  # crypt: an encrypted copy asks its password
            dialog = merge_another_copy(self.window, self.state, path, self.show_error, self.run_merge_dialog)
        if dialog is not None and dialog.command is not None:
            self.done.emit(self.tr("Merged {name}").format(name=path.name))
        elif dialog is not None and dialog.nothing_to_merge:
            self.done.emit(
                self.tr("Nothing to merge from {name}; the undo history is unchanged").format(name=path.name)
            )
        return dialog

    # -- the self-assessment ----------------------------------------------------------------
    def export_blank_dialog(self) -> BlankWriter | None:
        """File > Export blank questionnaire…: XLSX (drop-down lists, locked structure) or CSV."""
        a, path = self.state.assessment, self.state.path
        if a is None or path is None:
            return None
        xlsx, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV file (*.csv)")
        suggested = str(path.with_name(f"{path.stem} self-assessment.xlsx"))
        chosen, used = self.choose_save_file(
            self.tr("Export a blank questionnaire for the client"), suggested, f"{xlsx};;{csv}"
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_name(target.name + (".csv" if used == csv else ".xlsx"))
        return self.export_blank(target)

    def export_blank(self, target: Path) -> BlankWriter | None:
        """Write the blank questionnaire to ``target`` off the GUI thread; ``blank_written`` follows."""
        a, bank, path = self.state.assessment, self.state.bank, self.state.path
        if a is None or bank is None or self.writer is not None:
            return None
        if path is not None and target.resolve() == path.resolve():
            self.show_error(self.tr("That would replace the assessment itself; choose another file name."))
            return None
        if not target.parent.is_dir():
            self.show_error(self.tr("The folder {folder} does not exist.").format(folder=target.parent))
            return None
        title = self.tr("{client} / {project}: self-assessment before the workshop").format(
            client=a.client, project=a.project
        )
        from desktop_app.gui.views.self_assessment_view import BlankWriter

        writer = BlankWriter(bank, target, title)
        writer.setAutoDelete(False)
        writer.relay.finished.connect(self._blank_finished)
        self.writer = writer
        self.update_actions()
        self.done.emit(self.tr("Writing {name}…").format(name=target.name))
        QThreadPool.globalInstance().start(writer)
        return writer

    def _blank_finished(self, path: str, problem: str) -> None:
        self.writer = None
        self.update_actions()
        if problem:
            self.show_error(problem)
        else:
            self.done.emit(self.tr("Blank questionnaire written: {path}").format(path=path))
        self.blank_written.emit(path, problem)

    def import_filled_dialog(self) -> VersionedCommand[object] | None:
        """File > Import a filled questionnaire…: whose answers, the report, then (if accepted) store."""
        if not self.state.is_open or self.state.readonly:
            return None
        chosen = self.choose_open_file(
            self.tr("Import a filled questionnaire"), self.tr("Questionnaires (*.xlsx *.csv);;All files (*)")
        )
        return self.import_filled(Path(chosen)) if chosen else None

    def _read_report(self, path: Path, bank: QuestionBank, name: str) -> SelfAssessmentReport | None:
        """Read and check the filled questionnaire (in a worker thread, as an answers file is); None
        (the user told why) when it cannot be read."""
        from desktop_app.core.self_assessment import read_filled

        outcome = self._off_the_gui_thread(path, lambda: read_filled(path, bank, name))
        if isinstance(outcome, ReadinessError):
            self.show_error(str(outcome))
        elif isinstance(outcome, BaseException):
            self.show_error(
                self.tr("{name} could not be read because of an unexpected problem; see the log.").format(
                    name=path.name
                )
            )
        else:
            return outcome
        return None

    def import_filled(self, path: Path) -> VersionedCommand[object] | None:
        from desktop_app.core.self_assessment import written_name

        a, bank = self.state.assessment, self.state.bank
        if a is None or bank is None or self.state.readonly:
            return None
        from desktop_app.gui.views.self_assessment_view import ParticipantDialog, ValidationReportDialog

        who = ParticipantDialog(path.name, a.participants, written_name(path), self.window)
        if not self.run_dialog(who):
            return None
        name, role = who.chosen_name(), who.chosen_role()
        report = self._read_report(path, bank, name)
        if report is None:
            return None
        dialog = ValidationReportDialog(bank, path.name, report, self.window)
        if not self.run_dialog(dialog) or not report.taken:
            return None
        rows = [(t.question, t.value, t.note) for t in report.taken]
        from desktop_app.gui.versioned_command import VersionedCommand

        command: VersionedCommand[object] = VersionedCommand(
            self.state,
            self.tr("Self-assessment of {name}").format(name=report.participant),
            lambda doc: doc.import_participant_answers(report.participant, rows, role=role),
            "self-assessment undone",
            "self-assessment redone",
        )
        return self._push(
            command,
            lambda _: self.tr("Stored {n} answer(s) of {name}; {r} row(s) refused").format(
                n=len(rows), name=report.participant, r=len(report.rejected)
            ),
        )

    # -- an answers file (an export, or the CLI's answers format) --------------------------
    def import_answers_dialog(self) -> VersionedCommand[int] | VersionedCommand[object] | None:
        """File > Import answers from a file…: pick it, see what changes, confirm, one undoable step."""
        if not self.editable:
            return None
        chosen = self.choose_open_file(
            self.tr("Import answers from a file"),
            self.tr("Answers files (*.json *.csv *.xlsx);;All files (*)"),
        )
        return self.import_answers_file(Path(chosen)) if chosen else None

    def import_answers_file(self, path: Path) -> VersionedCommand[int] | VersionedCommand[object] | None:
        """Read and check ``path``, show what it changes, and on Import write it as one undoable step.
        A filled self-assessment questionnaire goes to :meth:`import_filled` (one participant's answers)."""
        from desktop_app.core.self_assessment import is_self_assessment
        from desktop_app.gui.views.import_answers_view import ImportPreviewDialog
        from desktop_app.storage.merging import import_answers

        bank = self.state.bank
        if bank is None or not self.editable:
            return None
        if is_self_assessment(path):
            return self.import_filled(path)
        planned = self._planned_import(path, bank)
        if planned is None or not self.run_dialog(ImportPreviewDialog(bank, path.name, planned, self.window)):
            return None
        from desktop_app.gui.versioned_command import VersionedCommand

        command: VersionedCommand[int] = VersionedCommand(
            self.state,
            self.tr("Import answers from {name}").format(name=path.name),
            lambda doc: import_answers(doc, planned),
            "import undone",
            "import redone",
        )
        return self._push(
            command,
            lambda n: self.tr("Imported {n} change(s) from {name}; Edit > Undo takes the import back").format(
                n=n, name=path.name
            ),
        )

    def _push(self, command: VersionedCommand[T], said: Callable[[T], str]) -> VersionedCommand[T] | None:
        """Run ``command`` as one undoable step; None when its write failed (DocumentState told the
        user why), else ``said(its result)`` goes to the status bar and the command is returned."""
        self.state.undo_stack.push(command)
        if command.result is None:
            return None
        self.done.emit(said(command.result))
        return command

    def _planned_import(self, path: Path, bank: QuestionBank) -> AnswersImport | None:
        """What importing ``path`` would change; None (the user told why) when it cannot be read or
        changes nothing."""
        from desktop_app.core.importing import plan_import

        a = self.state.assessment
        imported = self._read_answers(path, bank)
        if a is None or imported is None:
            return None
        try:
            planned = plan_import(a, imported, bank)
        except InputError as e:  # amounts in another stated currency: said, nothing changed
            self.show_error(self._problems_text(path, e))
            return None
        if planned.changes_nothing:
            self.show_error(
                self.tr("{name} holds nothing this assessment does not already have; nothing was changed.").format(
                    name=path.name
                )
            )
            return None
        return planned

    def _read_answers(self, path: Path, bank: QuestionBank) -> ImportedAnswers | None:
        """The checked content of an answers file; None (the user told why) when it cannot be taken.
        It is read in a worker thread (a 20 MB export takes a second or two) while the window keeps
        painting; input waits meanwhile, so nothing changes the assessment under the read."""
        from desktop_app.core.exchange import read_answers_file

        outcome = self._off_the_gui_thread(path, lambda: read_answers_file(path, bank))
        if isinstance(outcome, InputError):
            self.show_error(self._problems_text(path, outcome))
        elif isinstance(outcome, ReadinessError):
            self.show_error(str(outcome))
        elif isinstance(outcome, BaseException):  # a bug: the detail is in the log, the user reads a sentence
            self.show_error(
                self.tr("{name} could not be read because of an unexpected problem; see the log.").format(
                    name=path.name
                )
            )
        else:
            return outcome
        return None

    def _off_the_gui_thread(self, path: Path, read: Callable[[], T]) -> T | BaseException:
        """``read()`` (reading ``path``; no Qt object is touched there) in a worker thread, with the wait
        cursor, while the window keeps painting and input waits; its result or what it raised (a bug
        is logged with its traceback)."""
        from concurrent.futures import ThreadPoolExecutor

        self.read_thread_id = None

        def work() -> T:
            self.read_thread_id = threading.get_ident()
            return read()

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="collab-read") as pool:
                future = pool.submit(work)
                loop = QEventLoop()
                timer = QTimer()
                timer.setInterval(POLL_MS)
                timer.timeout.connect(lambda: loop.quit() if future.done() else None)
                timer.start()
                if not future.done():
                    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
                timer.stop()
                try:
                    return future.result()
                except Exception as exc:
                    if not isinstance(exc, ReadinessError):
                        log.error("reading %s failed", path, exc_info=exc)
                    return exc
        finally:
            QApplication.restoreOverrideCursor()

    def _problems_text(self, path: Path, exc: InputError) -> str:
        """Every problem of the file (the first 20), each with its place; nothing was changed."""
        shown = exc.problems[:20]
        more = len(exc.problems) - len(shown)
        lines = [
            self.tr("{name} was not imported; nothing was changed:").format(name=path.name),
            *("• " + p for p in shown),
        ]
        if more:
            lines.append(self.tr("… and {n} more").format(n=more))
        return "\n".join(lines)
