"""Client data leaves no traces: private file modes, deleted text overwritten (issue 10, encryption part)."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

from desktop_app.core.assessment import Answer
from desktop_app.storage import backups
from desktop_app.storage.document import ReadinessDocument, restore_backup

CANARY = "CANARY-7f3a-confidential-merger"


def test_documents_and_their_backups_are_private_to_the_user(tmp_path, mini_bank):
    path = tmp_path / "p.readiness"
    ReadinessDocument.create(path, client="C", project="P", bank=mini_bank).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert all(stat.S_IMODE(b.path.stat().st_mode) == 0o600 for b in backups.list_backups(path))


def test_every_file_the_app_creates_from_a_document_is_private_whatever_the_umask(tmp_path, mini_bank):
    """A saved copy, the file a restore keeps aside, and the backup before a format upgrade too."""
    previous = os.umask(0o022)
    try:
        path = tmp_path / "p.readiness"
        with ReadinessDocument.create(path, client="C", project="P", bank=mini_bank) as doc:
            doc.save_copy(tmp_path / "copy.readiness")
        restore_backup(path)
        old = tmp_path / "old.readiness"
        shutil.copyfile(Path(__file__).parent.parent / "fixtures" / "format-v1.readiness", old)
        with ReadinessDocument.open(old):
            pass
    finally:
        os.umask(previous)
    made = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir() if p.name != "old.readiness"}
    assert any(".before-restore-" in n for n in made) and any("-backup-" in n for n in made), made
    assert "copy.readiness" in made and "p.readiness" in made, made
    assert all(mode == 0o600 for mode in made.values()), {n: oct(m) for n, m in made.items()}


def test_a_replaced_note_is_overwritten_in_the_file_not_just_unlinked(tmp_path, mini_bank):
    path = tmp_path / "p.readiness"
    with ReadinessDocument.create(path, client="C", project="P", bank=mini_bank) as doc:
        doc.set_answer(Answer("data.collection.main", "weak", note=CANARY * 50))
        doc.set_answer(Answer("data.collection.main", "weak", note="nothing to see"))
        doc.clear_answer("data.collection.main")
        # the history keeps every earlier version on purpose (restore, merge); nowhere else may it linger
        kept = sum((s or "").count(CANARY) + e.detail.count(CANARY) for e in doc.history() for s in [e.state])
    assert path.read_bytes().count(CANARY.encode()) == kept
