"""The File menu's entries for working with other people's copies: merging another copy of the
assessment, and the client's pre-workshop self-assessment (a blank questionnaire out, a filled
one in). The window adds them with one call (:meth:`CollabActions.add_to_menu`); the work is done
in ``gui/views/merge_view.py`` and ``gui/views/self_assessment_view.py``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QBoxLayout, QFileDialog, QMenu, QMessageBox, QWidget

from desktop_app import APP_NAME
from desktop_app.gui.document_state import DocumentState
from desktop_app.gui.views.disagreement_line import DisagreementLine
from desktop_app.gui.views.merge_view import MergeDialog, merge_another_copy
from desktop_app.gui.views.question_view import QuestionView
from desktop_app.storage.document import SUFFIX


def install_disagreement_line(panel: QWidget, questions: QuestionView, state: DocumentState) -> DisagreementLine:
    """Put the disagreement line in the live panel (above its closing stretch) and let it follow
    the question shown (``questions.current_changed``, the question view's signal)."""
    line = DisagreementLine(state, panel)
    layout = panel.layout()
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(max(0, layout.count() - 1), line)
    questions.current_changed.connect(line.show_question)
    return line


class CollabActions(QObject):
    """Owns the actions; enables them while an editable document is open."""

    #: a sentence for the status bar after a finished action
    done = Signal(str)

    def __init__(self, window: QWidget, state: DocumentState) -> None:
        super().__init__(window)
        self.window, self.state = window, state
        self.act_merge = QAction(self.tr("&Merge another copy…"), window)
        self.act_merge.setStatusTip(self.tr("Bring in what was changed in another copy of this assessment"))
        self.act_merge.triggered.connect(lambda _checked=False: self.merge_dialog())
        self.actions = [self.act_merge]
        state.document_replaced.connect(self._update)
        state.readonly_changed.connect(lambda _ro: self._update())
        self._update()

    def add_to_menu(self, menu: QMenu) -> None:
        menu.addSeparator()
        for action in self.actions:
            menu.addAction(action)

    def _update(self) -> None:
        editable = self.state.is_open and not self.state.readonly
        for action in self.actions:
            action.setEnabled(editable)

    # -- seams the tests replace ------------------------------------------------------------
    def choose_open_file(self, title: str, filters: str) -> str:
        folder = str(self.state.path.parent) if self.state.path else ""
        path, _ = QFileDialog.getOpenFileName(self.window, title, folder, filters)
        return path

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self.window, APP_NAME, message)

    def run_merge_dialog(self, dialog: MergeDialog) -> None:
        dialog.exec()

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
        dialog = merge_another_copy(self.window, self.state, path, self.show_error, self.run_merge_dialog)
        if dialog is not None and dialog.command is not None:
            self.done.emit(self.tr("Merged {name}").format(name=path.name))
        return dialog
