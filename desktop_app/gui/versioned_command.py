"""An undoable command for a change of many items at once (a merge, a self-assessment import).

The first redo runs the change and records every item it touched, before and after
(``storage.merging.with_versions``); undo and later redos put those versions back
(``storage.merging.restore_versions``), each as one transaction recorded in the history.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QUndoCommand

from desktop_app.gui.document_state import DocumentState
from desktop_app.storage.document import ReadinessDocument
from desktop_app.storage.merging import MergeUndo, restore_versions, with_versions

T = TypeVar("T")


class VersionedCommand(QUndoCommand, Generic[T]):
    """``result`` is what the change returned (None until it ran, or when it failed)."""

    def __init__(
        self,
        state: DocumentState,
        text: str,
        change: Callable[[ReadinessDocument], T],
        undo_action: str = "undone",
        redo_action: str = "redone",
    ) -> None:
        super().__init__(text)
        self.state = state
        self._change: Callable[[ReadinessDocument], T] | None = change
        self.undo_action, self.redo_action = undo_action, redo_action
        self.result: T | None = None
        self.versions: MergeUndo | None = None

    def redo(self) -> None:
        change = self._change
        if change is not None:  # the first time: do it, recording the versions
            self._change = None

            def run(doc: ReadinessDocument) -> None:
                self.result, self.versions = with_versions(doc, lambda: change(doc))

            if not self.state._apply(run) or self.versions is None or not self.versions.after:
                self.setObsolete(True)
            return
        if self.versions is not None:
            after = self.versions.after
            self.state._apply(lambda d: restore_versions(d, after, self.redo_action))

    def undo(self) -> None:
        if self.versions is not None:
            before = self.versions.before
            self.state._apply(lambda d: restore_versions(d, before, self.undo_action))
