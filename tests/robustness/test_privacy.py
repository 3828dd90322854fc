"""Client data leaves no traces: private file modes, deleted text overwritten (issue 10, encryption part)."""

from __future__ import annotations

import stat

from desktop_app.core.assessment import Answer
from desktop_app.storage import backups
from desktop_app.storage.document import ReadinessDocument

CANARY = "CANARY-7f3a-confidential-merger"


def test_documents_and_their_backups_are_private_to_the_user(tmp_path, mini_bank):
    path = tmp_path / "p.readiness"
    ReadinessDocument.create(path, client="C", project="P", bank=mini_bank).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert all(stat.S_IMODE(b.path.stat().st_mode) == 0o600 for b in backups.list_backups(path))


def test_a_replaced_note_is_overwritten_in_the_file_not_just_unlinked(tmp_path, mini_bank):
    path = tmp_path / "p.readiness"
    with ReadinessDocument.create(path, client="C", project="P", bank=mini_bank) as doc:
        doc.set_answer(Answer("data.collection.main", "weak", note=CANARY * 50))
        doc.set_answer(Answer("data.collection.main", "weak", note="nothing to see"))
        doc.clear_answer("data.collection.main")
        # the history keeps every earlier version on purpose (restore, merge); nowhere else may it linger
        kept = sum((s or "").count(CANARY) + e.detail.count(CANARY) for e in doc.history() for s in [e.state])
    assert path.read_bytes().count(CANARY.encode()) == kept
