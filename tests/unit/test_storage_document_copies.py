"""storage/document.py's copies, password, check, creation from an export, backups and restore:
what a mutation run of those paths showed no test checked.

The end-to-end behaviour is tested elsewhere (tests/unit/test_encryption.py, test_document.py,
tests/robustness/test_backups.py); here are the sentences, the values handed back, what is asked of
the password provider, and what a failure leaves.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.core.assessment import Answer
from desktop_app.core.errors import InputError
from desktop_app.storage import backups, document, encryption, passwords
from desktop_app.storage.document import (
    MAX_PASSWORD_TRIES,
    DocumentError,
    PasswordProblem,
    ReadinessDocument,
    backup_offer,
    backup_summary,
    backups_password,
    create_from_export,
    newest_good_backup,
    restore_backup,
)
from desktop_app.storage.lock import DocumentLock

FIXTURES = Path(__file__).parent.parent / "fixtures"
PW = "correct horse battery"
NEW = "another long password"
QID = "data.collection.main"


@pytest.fixture(autouse=True)
def _no_provider():
    previous = passwords.set_provider(None)
    yield
    passwords.set_provider(previous)


@pytest.fixture()
def data_folder() -> Path:
    return Path(os.environ["READINESS_DATA_DIR"])


def _create(tmp_path: Path, bank, name: str = "a.readiness", **extra) -> Path:
    path = tmp_path / name
    with ReadinessDocument.create(path, client="Acme", project="Vision", bank=bank, facilitator="Fran", **extra) as d:
        d.set_answer(Answer(QID, "weak", note="first"))
    return path


def _backup(path: Path, password: str | None = None) -> backups.Backup:
    with ReadinessDocument.open(path, password=password) as doc:
        doc.take_backup(gap=timedelta(0))
    return backups.list_backups(path)[0]


# -- set_password -----------------------------------------------------------------------------------


def test_a_read_only_document_s_password_cannot_be_changed_and_the_sentence_says_why(tmp_path, mini_bank):
    path = _create(tmp_path, mini_bank)
    with ReadinessDocument.open(path, readonly=True) as doc:
        with pytest.raises(DocumentError) as err:
            doc.set_password(PW)
        assert str(err.value) == f"a.readiness is open read-only. {doc.readonly_reason}".strip()
        assert str(err.value).startswith("a.readiness is open read-only.")
    assert not passwords.file_looks_encrypted(path)


def test_a_changed_password_keeps_the_file_s_salt_and_a_new_one_gets_a_fresh_one(tmp_path, mini_bank):
    path = _create(tmp_path, mini_bank)
    with ReadinessDocument.open(path) as doc:
        doc.set_password(PW)
        first_salt = path.read_bytes()[:16]  # SQLCipher keeps the salt in the file's first 16 bytes
        key = doc._key
        assert key is not None and key.endswith(first_salt.hex() + "'")
        doc.set_password(NEW)
        assert path.read_bytes()[:16] == first_salt
        assert doc._key is not None and doc._key.endswith(first_salt.hex() + "'") and doc._key != key
        doc.set_password(None)
        doc.set_password(PW)
        assert path.read_bytes()[:16] != first_salt


def test_after_a_changed_password_the_document_opens_again_with_the_new_one_without_asking(tmp_path, mini_bank):
    path = _create(tmp_path, mini_bank)
    asked: list[Path] = []
    passwords.set_provider(lambda p, wrong: (asked.append(p), None)[1])
    with ReadinessDocument.open(path) as doc:
        doc.set_password(PW)
        doc.set_password(NEW)
        doc.close()
        with doc.open_again(readonly=True) as again:
            assert again.encrypted and again.assessment().answers[QID].note == "first"
    assert asked == []


def test_a_password_that_cannot_be_changed_says_so_and_leaves_the_file_as_it_was(tmp_path, mini_bank, monkeypatch):
    path = _create(tmp_path, mini_bank)
    with ReadinessDocument.open(path) as doc:
        doc.set_password(PW)
        before = path.read_bytes()

        def fails(conn: sqlite3.Connection, key: str) -> None:
            raise sqlite3.OperationalError("disk I/O error")

        monkeypatch.setattr(encryption, "rekey", fails)
        with pytest.raises(DocumentError) as err:
            doc.set_password(NEW)
        assert str(err.value) == "The password of a.readiness was not changed (disk I/O error); the file is as it was."
        assert doc._password == PW
    assert path.read_bytes() == before
    with ReadinessDocument.open(path, readonly=True, password=PW) as doc:
        assert doc.assessment().answers[QID].note == "first"


def test_the_password_change_is_recorded_by_the_facilitator_without_a_target(tmp_path, mini_bank):
    path = _create(tmp_path, mini_bank)
    with ReadinessDocument.open(path) as doc:
        doc.set_password(PW)
        entry = doc.history(1)[0]
    assert (entry.actor, entry.action, entry.target, entry.detail) == ("Fran", "encryption", "", "password set")


def test_a_password_change_takes_a_fresh_backup_even_just_after_another(tmp_path, mini_bank):
    path = _create(tmp_path, mini_bank)
    with ReadinessDocument.open(path) as doc:
        doc.take_backup(gap=timedelta(0))
        before = len(backups.list_backups(path))
        doc.set_password(PW)
        assert len(backups.list_backups(path)) == before + 1


@pytest.mark.parametrize("error", [DocumentError("Could not write the copy."), OSError(28, "No space left on device")])
def test_a_backup_that_fails_after_the_password_changed_does_not_undo_or_fail_the_change(
    tmp_path, mini_bank, monkeypatch, error
):
    path = _create(tmp_path, mini_bank)

    def fails(self: ReadinessDocument, gap: timedelta = backups.MIN_GAP) -> Path | None:
        raise error

    with ReadinessDocument.open(path) as doc:
        monkeypatch.setattr(ReadinessDocument, "take_backup", fails)
        doc.set_password(PW)
        assert doc.encrypted
    assert passwords.file_looks_encrypted(path)


# -- backup_summary, backups_password, newest_good_backup, backup_offer -----------------------------


def test_a_backup_s_summary_when_it_can_be_used(tmp_path, mini_bank):
    b = _backup(_create(tmp_path, mini_bank))
    row = backup_summary(b)
    assert row == {
        "number": 1,
        "taken": b.taken.isoformat(sep=" "),
        "age": b.age(),
        "path": str(b.path),
        "ok": True,
        "answers": 1,
        "problem": "",
        "encrypted": False,
    }
    assert row["encrypted"] is False and row["ok"] is True


def test_a_backup_s_summary_when_it_cannot_be_used(tmp_path, mini_bank):
    b = _backup(_create(tmp_path, mini_bank, password=PW), PW)
    row = backup_summary(b)
    assert row["ok"] is False and row["answers"] == 0 and row["encrypted"] is True
    assert "password needed" in row["problem"]
    with_it = backup_summary(b, PW)
    assert (with_it["ok"], with_it["answers"], with_it["problem"], with_it["encrypted"]) == (True, 1, "", True)


def test_a_summary_never_asks_for_a_password(tmp_path, mini_bank):
    b = _backup(_create(tmp_path, mini_bank, password=PW), PW)
    asked: list[Path] = []
    passwords.set_provider(lambda p, wrong: (asked.append(p), PW)[1])
    assert backup_summary(b)["ok"] is False
    assert asked == []


def test_a_summary_opens_the_backup_read_only_an_older_one_is_not_migrated(tmp_path, data_folder):
    doc_path = tmp_path / "old.readiness"
    found = backups.new_backup_path(doc_path)
    shutil.copyfile(FIXTURES / "format-v1.readiness", found)
    before = found.read_bytes()
    (b,) = backups.list_backups(doc_path)
    row = backup_summary(b)
    assert row["ok"] is True and row["answers"] > 0
    assert found.read_bytes() == before
    assert sorted(p.name for p in found.parent.iterdir()) == sorted([found.name, "source.txt"])
    assert len(list(data_folder.rglob("*.readiness"))) == 1  # no backup of the backup either


def test_the_backups_password_is_not_asked_when_no_backup_is_encrypted(tmp_path, mini_bank):
    path = _create(tmp_path, mini_bank)
    found = [_backup(path)]
    passwords.set_provider(lambda p, wrong: pytest.fail("asked"))
    assert backups_password(path, found) is None


def test_the_backups_password_is_asked_again_after_a_wrong_one(tmp_path, mini_bank):
    path = _create(tmp_path, mini_bank, password=PW)
    found = [_backup(path, PW)]
    asked: list[tuple[Path, bool]] = []
    answers = iter(["not it", "nor this", PW])
    passwords.set_provider(lambda p, wrong: (asked.append((p, wrong)), next(answers))[1])
    assert backups_password(path, found) == PW
    assert asked == [(path, False), (path, True), (path, True)]


def test_the_backups_password_gives_up_after_the_most_tries(tmp_path, mini_bank):
    path = _create(tmp_path, mini_bank, password=PW)
    found = [_backup(path, PW)]
    asked: list[bool] = []
    passwords.set_provider(lambda p, wrong: (asked.append(wrong), "never the password")[1])
    assert backups_password(path, found) is None
    assert asked == [False] + [True] * (MAX_PASSWORD_TRIES - 1)


@pytest.mark.parametrize("given", ["", None, "cancel"])
def test_the_backups_password_is_none_when_the_person_gives_up(tmp_path, mini_bank, given):
    path = _create(tmp_path, mini_bank, password=PW)
    found = [_backup(path, PW)]
    asked: list[bool] = []

    def provider(p: Path, wrong: bool) -> str | None:
        asked.append(wrong)
        if given == "cancel":
            raise PasswordProblem("Cancelled.")
        return given

    passwords.set_provider(provider)
    assert backups_password(path, found) is None
    assert asked == [False]


def test_a_damaged_encrypted_file_is_offered_its_backup_with_the_password(tmp_path, mini_bank):
    path = _create(tmp_path, mini_bank, password=PW)
    b = _backup(path, PW)
    path.write_bytes(os.urandom(8192))
    assert newest_good_backup(path) is None and backup_offer(path) == ""
    good = newest_good_backup(path, PW)
    assert good is not None and good.path == b.path
    assert backup_offer(path, PW) == (
        f"A backup copy from {b.age()} ago ({b.taken:%Y-%m-%d %H:%M}) is available: "
        "'readiness-planner restore a.readiness' (or File > Restore from backup) puts it back and keeps "
        "the damaged file aside."
    )


# -- restore_backup ----------------------------------------------------------------------------------


def test_restore_keeps_the_replaced_file_aside_under_a_timed_name_with_its_journal(tmp_path, mini_bank):
    path = _create(tmp_path, mini_bank)
    b = _backup(path)
    path.write_bytes(b"ruined")
    journal = path.with_name(path.name + "-journal")
    journal.write_bytes(b"a journal that must not be applied to the backup")
    start = datetime.now().replace(microsecond=0)
    result = restore_backup(path)
    assert result.backup == b
    kept = result.kept_aside
    assert kept is not None and kept.read_bytes() == b"ruined"
    match = re.fullmatch(r"a\.before-restore-(\d{8}-\d{6})\.readiness", kept.name)
    assert match, kept.name
    assert start <= datetime.strptime(match.group(1), "%Y%m%d-%H%M%S") <= datetime.now()
    assert not journal.exists()
    assert kept.with_name(kept.name + "-journal").read_bytes() == b"a journal that must not be applied to the backup"
    with ReadinessDocument.open(path, readonly=True) as doc:
        assert doc.assessment().answers[QID].note == "first"


def test_restore_in_place_of_a_missing_file_keeps_nothing_aside(tmp_path, mini_bank):
    path = _create(tmp_path, mini_bank)
    b = _backup(path)
    path.unlink()
    result = restore_backup(path, b)
    assert result.kept_aside is None and result.backup == b
    assert path.exists()


def test_restore_of_a_file_open_for_editing_names_who_has_it(tmp_path, mini_bank):
    path = _create(tmp_path, mini_bank)
    _backup(path)
    before = path.read_bytes()
    with ReadinessDocument.open(path):
        holder = DocumentLock(path).holder()
        with pytest.raises(DocumentError) as err:
            restore_backup(path)
    assert str(err.value) == f"a.readiness is open for editing ({holder}); close it there first."
    assert path.read_bytes() == before


def test_a_restore_that_cannot_write_says_so_and_gives_the_lock_back(tmp_path, mini_bank, monkeypatch):
    from desktop_app.core import files

    path = _create(tmp_path, mini_bank)
    _backup(path)

    def fails(target: Path, write: object, mode: int = 0o644) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files, "write_atomically", fails)
    with pytest.raises(DocumentError) as err:
        restore_backup(path)
    assert str(err.value) == "a.readiness could not be restored: Permission denied."
    lock = DocumentLock(path)
    assert lock.acquire()
    lock.release()


# -- create_from_export ------------------------------------------------------------------------------


def test_a_document_from_an_export_keeps_its_details(tmp_path, user_banks):
    with create_from_export(FIXTURES / "export-v1.json", tmp_path / "v1.readiness") as doc:
        a = doc.assessment()
    assert (a.client, a.project, a.workshop_date, a.facilitator) == ("Northbridge", "Imaging", "2026-11-01", "Fran")


def test_a_document_from_an_export_without_details_gets_the_defaults(tmp_path, user_banks):
    export = tmp_path / "bare.json"
    data = json.loads((FIXTURES / "export-v1.json").read_text(encoding="utf-8"))
    for field in ("client", "project", "workshop_date", "facilitator"):
        del data["assessment"][field]
    export.write_text(json.dumps(data), encoding="utf-8")
    with create_from_export(export, tmp_path / "bare.readiness") as doc:
        a = doc.assessment()
    assert (a.client, a.project, a.workshop_date, a.facilitator) == ("Client", "Project", "", "")


def test_an_export_that_cannot_be_read_is_named_with_the_reason(tmp_path):
    with pytest.raises(DocumentError) as err:
        create_from_export(tmp_path / "gone.json", tmp_path / "out.readiness")
    assert str(err.value) == "Cannot read gone.json: No such file or directory."
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_an_export_s_problems_name_the_file(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\xff\xfe\x00garbage\x80")
    with pytest.raises(InputError, match=r"^bad\.json: the file claims to be UTF-16"):
        create_from_export(bad, tmp_path / "out.readiness")
    bad.write_text("{broken", encoding="utf-8")
    with pytest.raises(DocumentError, match=r"^bad\.json is not a valid export: bad\.json"):
        create_from_export(bad, tmp_path / "out.readiness")
    bad.write_text('{"answers": [{"question": "data.collection.provenance", "value": "nope"}]}', encoding="utf-8")
    with pytest.raises(InputError, match=r"^bad\.json"):
        create_from_export(bad, tmp_path / "out.readiness")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]


def test_an_export_that_is_not_a_json_object_is_refused_with_a_sentence(tmp_path):
    bad = tmp_path / "list.json"
    bad.write_text("[1, 2, 3]", encoding="utf-8")
    with pytest.raises(InputError, match=r"list\.json"):
        create_from_export(bad, tmp_path / "out.readiness")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.json"]


# -- check -------------------------------------------------------------------------------------------


def test_the_check_reports_the_file_and_an_answer_to_a_question_the_bank_does_not_have(tmp_path, mini_bank):
    path = _create(tmp_path, mini_bank)
    raw = sqlite3.connect(path)
    raw.execute(
        "INSERT INTO answers (question_id, value, answered_at, rev) "
        "VALUES ('gone.question', '\"x\"', '2026-12-08', 'r')"
    )
    raw.commit()
    raw.close()
    with ReadinessDocument.open(path, readonly=True) as doc:
        report = doc.check()
    assert report["file"] == str(path)
    assert report["unknown_question_ids"] == ["gone.question"]
    assert report["integrity"] == "ok" and report["ok"] is False


def test_the_check_gives_the_first_five_findings_of_a_failed_integrity_check(tmp_path, mini_bank, monkeypatch):
    path = _create(tmp_path, mini_bank)
    findings = [f"row {n} missing from index history_target" for n in range(1, 7)]
    monkeypatch.setattr(ReadinessDocument, "_integrity", lambda self: findings)
    with ReadinessDocument.open(path, readonly=True) as doc:
        report = doc.check()
    assert report["integrity"] == "; ".join(findings[:5])
    assert report["ok"] is False


def test_a_check_stopped_by_the_time_budget_says_so(tmp_path, mini_bank, monkeypatch):
    path = _create(tmp_path, mini_bank)

    def stalls(self: ReadinessDocument) -> list[str]:
        raise sqlite3.OperationalError("interrupted")

    monkeypatch.setattr(ReadinessDocument, "_integrity", stalls)
    with ReadinessDocument.open(path, readonly=True) as doc, pytest.raises(DocumentError) as err:
        doc.check()
    assert str(err.value).startswith("a.readiness takes too long to read (more than ")
    assert str(err.value) == str(document.read_failure("a.readiness", sqlite3.OperationalError("interrupted")))


def test_a_check_that_meets_damage_says_so(tmp_path, mini_bank, monkeypatch):
    path = _create(tmp_path, mini_bank)

    def damaged(self: ReadinessDocument) -> list[str]:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(ReadinessDocument, "_integrity", damaged)
    with ReadinessDocument.open(path, readonly=True) as doc, pytest.raises(DocumentError) as err:
        doc.check()
    assert str(err.value) == "a.readiness is damaged: the check could not complete (database disk image is malformed)."


def test_the_check_of_a_sound_file_reports_every_field(tmp_path, mini_bank):
    path = _create(tmp_path, mini_bank)
    with ReadinessDocument.open(path, readonly=True) as doc:
        report = doc.check()
        entries = doc.verify_history().entries
    assert report == {
        "file": str(path),
        "integrity": "ok",
        "schema_version": 3,
        "migrated_from": None,
        "application_id": "0x47525031",
        "client": "Acme",
        "project": "Vision",
        "bank": {"id": mini_bank.id, "version": mini_bank.version, "snapshot_intact": True},
        "answers": 1,
        "unknown_question_ids": [],
        "plan_decisions": 0,
        "history": {"entries": entries, "chain_intact": True, "problem": ""},
        "ok": True,
    }
    assert entries >= 2


def test_the_check_of_an_older_file_says_which_format_it_was_migrated_from(tmp_path, user_banks):
    path = tmp_path / "old.readiness"
    shutil.copyfile(FIXTURES / "format-v1.readiness", path)
    with ReadinessDocument.open(path, readonly=True) as doc:
        report = doc.check()
    assert (report["schema_version"], report["migrated_from"]) == (3, 1)


# -- save_copy ---------------------------------------------------------------------------------------


def test_a_copy_onto_the_document_itself_is_refused_by_any_spelling_of_its_name(tmp_path, mini_bank, monkeypatch):
    path = _create(tmp_path, mini_bank)
    before = path.read_bytes()
    monkeypatch.chdir(tmp_path)
    with ReadinessDocument.open(path) as doc:
        for same in (path, Path("a.readiness"), tmp_path / "sub" / ".." / "a.readiness"):
            with pytest.raises(DocumentError) as err:
                doc.save_copy(same)
            assert str(err.value) == "Choose a different file name for the copy."
    assert path.read_bytes() == before


def test_a_copy_is_written_to_a_hidden_temporary_file_beside_it_then_moved(tmp_path, mini_bank, monkeypatch):
    path = _create(tmp_path, mini_bank)
    dest_dir = tmp_path / "copies"
    dest_dir.mkdir()
    written: list[Path] = []
    real_connect = document.connect

    def recording(p: Path, **kwargs: object) -> sqlite3.Connection:
        written.append(Path(p))
        return real_connect(p, **kwargs)  # type: ignore[arg-type]

    with ReadinessDocument.open(path) as doc:
        monkeypatch.setattr(document, "connect", recording)
        copy = doc.save_copy(dest_dir / "copy.readiness")
    assert copy == dest_dir / "copy.readiness"
    (tmp,) = written
    assert tmp.parent == dest_dir
    assert tmp.name.startswith(".copy-") and tmp.name.endswith(".readiness") and tmp != copy
    assert not tmp.exists() and sorted(p.name for p in dest_dir.iterdir()) == ["copy.readiness"]
    with ReadinessDocument.open(copy, readonly=True) as again:
        assert again.assessment().answers[QID].note == "first"


def test_a_copy_that_cannot_be_written_says_so_and_leaves_no_file(tmp_path, mini_bank, monkeypatch):
    path = _create(tmp_path, mini_bank)
    dest_dir = tmp_path / "copies"
    dest_dir.mkdir()

    def fails(p: Path, **kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("disk I/O error")

    with ReadinessDocument.open(path) as doc:
        monkeypatch.setattr(document, "connect", fails)
        with pytest.raises(DocumentError) as err:
            doc.save_copy(dest_dir / "copy.readiness")
    assert str(err.value) == "Could not write the copy copy.readiness: disk I/O error."
    assert list(dest_dir.iterdir()) == []
