"""Opening, creating and closing documents for the window: the read-only policy, recent files,
samples, and plain-sentence errors instead of tracebacks.

Policy: a file this user created (in the app, or with ``new`` or ``demo``) or last wrote on this
computer opens editable; any other file (a received one) opens read-only with a banner and "Enable
editing". The record of one's own files is ``storage.workstation``, keyed by path and assessment id.
A file already open in another instance opens read-only and says who holds it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal

from desktop_app.core.errors import ReadinessError
from desktop_app.gui.document_state import DocumentState
from desktop_app.gui.settings import RecentFile, Settings, documents_dir
from desktop_app.storage import passwords
from desktop_app.storage.document import SUFFIX, ReadinessDocument
from desktop_app.storage.errors import DamagedWithBackup, PasswordCancelled

if TYPE_CHECKING:
    from desktop_app.gui.views.new_assessment_wizard import NewAssessmentRequest  # the wizard: when used

log = logging.getLogger(__name__)

RECEIVED_REASON = QT_TRANSLATE_NOOP(
    "DocumentController",
    "This file was received or has not been edited on this computer, so it opened read-only and nothing "
    "changes by accident.",
)


class DocumentController(QObject):
    #: a sentence for the user when something cannot be done (the window shows a dialog)
    failed = Signal(str)
    #: the recent-files list changed
    recent_changed = Signal()

    def __init__(self, state: DocumentState, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.settings = settings
        self._recent_timer = QTimer(self)
        self._recent_timer.setSingleShot(True)
        self._recent_timer.setInterval(1500)
        self._recent_timer.timeout.connect(self.update_recent)
        state.changed.connect(self._recent_timer.start)
        state.readonly_changed.connect(self._readonly_changed)
        #: asked for the password of an encrypted file while it is opened (the window's dialog)
        self.password_provider: passwords.Provider | None = None
        #: offered a damaged file that has a good backup (path, sentence); True when it put the backup
        #: back and opened it (the window's question, see ``views/restore_dialog.offer_restore``)
        self.restore_offer: Callable[[Path, str], bool] | None = None

    # -- opening ----------------------------------------------------------------------------
    def open_path(self, path: str | Path, trusted: bool | None = None) -> bool:
        """Open ``path``; ``trusted`` None applies the policy (known files open editable).

        An encrypted file asks ``password_provider`` (the password dialog) once, again after a wrong
        password; Cancel opens nothing and says nothing."""
        path = Path(path)
        try:
            with self.asking_passwords():
                doc = self._open(path, trusted)
        except PasswordCancelled:
            return False
        except DamagedWithBackup as exc:
            log.info("could not open %s: %s", path, exc)
            if self.restore_offer is not None:
                return self.restore_offer(path, str(exc))
            self.failed.emit(str(exc))
            return False
        except ReadinessError as exc:
            log.info("could not open %s: %s", path, exc)
            self.failed.emit(str(exc))
            return False
        except OSError as exc:
            self.failed.emit(
                self.tr("{file} cannot be opened ({why}).").format(file=path.name, why=exc.strerror or exc)
            )
            return False
        self._take(doc)
        return True

    def asking_passwords(self) -> AbstractContextManager[None]:
        """A ``with`` block in which opening an encrypted file asks the window's password dialog
        (every way of opening a file, and the other copy of a merge)."""
        return passwords.providing(self.password_provider)

    def _open(self, path: Path, trusted: bool | None) -> ReadinessDocument:
        """The policy: a known file opens editable, any other read-only (the password asked once)."""
        lock_names = self.settings.lock_shows_names()
        received = self.tr(str(RECEIVED_REASON))
        entry = self.settings.known_entry(path) if trusted is None else None
        if trusted or (entry is not None and not entry.assessment_id):
            return ReadinessDocument.open(path, lock_names=lock_names)
        doc = ReadinessDocument.open(path, readonly=True, reason=received, lock_names=lock_names)
        if entry is None or doc.assessment().id == entry.assessment_id:
            if entry is None:
                return doc
            doc.close()  # known here and still the same assessment: reopen it for editing
            return doc.open_again()
        log.info("%s holds another assessment than the one written here; it opens read-only", path)
        return doc

    def _take(self, doc: ReadinessDocument) -> None:
        self.update_recent()  # the previous document's last decision
        doc.actor = self.settings.facilitator()  # who every change is recorded under (the history)
        self.state.set_document(doc)
        self.update_recent(add=True)

    def create(self, request: NewAssessmentRequest) -> bool:
        """Create the file the wizard asked for; on any failure nothing stays open and no file is left."""
        try:
            doc = ReadinessDocument.create(
                request.path,
                client=request.client,
                project=request.project,
                bank=request.bank,
                workshop_date=request.workshop_date,
                facilitator=request.facilitator,
                participants=request.participants,
                currency=request.currency,
                lock_names=self.settings.lock_shows_names(),
            )
        except ReadinessError as exc:
            self.failed.emit(str(exc))
            return False
        try:
            if request.context_answers:
                doc.set_answers(request.context_answers)
        except ReadinessError as exc:
            self._discard(doc)
            self.failed.emit(str(exc))
            return False
        if request.facilitator:
            self.settings.set_facilitator(request.facilitator)
        self.settings.remember_file(doc.path, doc.assessment().id)
        self._take(doc)
        return True

    @staticmethod
    def _discard(doc: ReadinessDocument) -> None:
        """Close a document just created and remove its file (the user never saw it)."""
        path = doc.path
        doc.close()
        try:
            path.unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove the half-made %s", path, exc_info=True)

    def open_sample(self, name: str) -> bool:
        """Write the bundled sample ``name`` to a new file in the documents folder and open it."""
        from desktop_app.resources import resource_path
        from desktop_app.storage.document import create_from_export

        source = resource_path("samples", name)
        if not source.is_file():
            self.failed.emit(self.tr("The sample {name} is not installed.").format(name=name))
            return False
        folder = documents_dir()
        stem = f"{Path(name).stem} (sample)"
        target = folder / f"{stem}{SUFFIX}"
        n = 2
        while target.exists():
            target = folder / f"{stem} {n}{SUFFIX}"
            n += 1
        try:
            with create_from_export(source, target) as doc:
                ident = doc.assessment().id
        except (ReadinessError, ValueError, OSError) as exc:
            self.failed.emit(self.tr("The sample could not be written: {error}").format(error=exc))
            return False
        self.settings.remember_file(target, ident)
        return self.open_path(target, trusted=True)

    def enable_editing(self) -> None:
        """ "Enable editing": reopen for writing and remember the file as the user's own."""
        if not self.state.is_open or self.state.path is None:
            return
        self.state.reopen_editable()

    def _readonly_changed(self, readonly: bool) -> None:
        if not readonly and self.state.path is not None and self.state.assessment is not None:
            self.settings.remember_file(self.state.path, self.state.assessment.id)

    def close(self) -> None:
        self.update_recent()
        self.state.close()

    def save_copy(self, dest: str | Path) -> Path | None:
        dest = Path(dest)
        if dest.suffix != SUFFIX:
            dest = dest.with_name(dest.name + SUFFIX)
        return self.state.save_copy(dest)

    # -- recent files -----------------------------------------------------------------------
    def update_recent(self, add: bool = False) -> None:
        """Refresh the open file's recent-files entry (client, project, date, decision)."""
        self._recent_timer.stop()
        a, profile, path = self.state.assessment, self.state.profile, self.state.path
        if a is None or path is None:
            return
        decision = profile.overall.decision if profile and any(c.assessed for c in profile.challenges) else ""
        entry = RecentFile(str(Path(path).resolve()), a.client, a.project, a.workshop_date, decision)
        known_entry = {r.path: r for r in self.settings.recent_files()}.get(entry.path)
        if add or (known_entry is not None and known_entry != entry):
            # a received file joins the recent list but stays untrusted until "Enable editing"
            self.settings.add_recent(entry, remember=not self.state.readonly, assessment_id=a.id)
            self.recent_changed.emit()
