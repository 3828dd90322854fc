"""Encryption at rest: SQLCipher 4 documents through the one connection factory (issue 10)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from desktop_app.core.assessment import Answer, PlanDecision
from desktop_app.storage import backups, passwords
from desktop_app.storage.document import (
    SQLITE_HEADER,
    DocumentError,
    PasswordNeeded,
    ReadinessDocument,
    WrongPassword,
    backup_summary,
    inspect_header,
    restore_backup,
)

PW = "correct horse battery"
FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.fixture(autouse=True)
def _no_provider():
    previous = passwords.set_provider(None)
    yield
    passwords.set_provider(previous)


def _qid(bank) -> str:
    c = bank.challenges[0]
    return f"{c.id}.{c.subchallenges[0].id}.main"


def _encrypted(tmp_path: Path, bank, name: str = "secret.readiness") -> Path:
    path = tmp_path / name
    with ReadinessDocument.create(path, client="Acme", project="Vision", bank=bank, password=PW) as doc:
        doc.set_answer(Answer(_qid(bank), "fair", note="a private note"))
    return path


def test_a_new_encrypted_file_has_no_header_and_opens_only_with_its_password(tmp_path, mini_bank):
    path = _encrypted(tmp_path, mini_bank)
    data = path.read_bytes()
    assert not data.startswith(SQLITE_HEADER)
    assert len(data) % passwords.CIPHER_PAGE_SIZE == 0
    assert passwords.file_looks_encrypted(path)
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    inspect_header(path)  # recognised: not "foreign", not "damaged"
    with ReadinessDocument.open(path, readonly=True, password=PW) as doc:
        assert doc.encrypted
        assert doc.assessment().answers[_qid(mini_bank)].note == "a private note"
        report = doc.check()
    assert report["ok"], report
    assert report["integrity"] == "ok"


def test_the_file_is_standard_sqlcipher_4_any_tool_opens_it_with_the_password(tmp_path, mini_bank):
    from sqlcipher3 import dbapi2 as cipher

    path = _encrypted(tmp_path, mini_bank)
    conn = cipher.connect(str(path))
    conn.execute("PRAGMA key = 'correct horse battery'")  # SQLCipher's own key derivation, not ours
    assert conn.execute("SELECT client FROM assessment").fetchone() == ("Acme",)
    conn.close()


def test_no_password_and_a_wrong_one_are_said_plainly_never_damaged(tmp_path, mini_bank):
    path = _encrypted(tmp_path, mini_bank)
    with pytest.raises(PasswordNeeded, match=r"secret.readiness is encrypted: password needed"):
        ReadinessDocument.open(path, readonly=True)
    with pytest.raises(WrongPassword, match=r"^Wrong password for secret.readiness\.$") as info:
        ReadinessDocument.open(path, password="not the password")
    assert "damaged" not in str(info.value)
    assert isinstance(info.value, DocumentError)
    # the failed opens left nothing behind: no lock, no journal, no backup
    assert sorted(p.name for p in tmp_path.iterdir()) == ["secret.readiness"]


def test_the_provider_is_asked_again_after_a_wrong_password_until_it_gives_up(tmp_path, mini_bank):
    path = _encrypted(tmp_path, mini_bank)
    asked: list[bool] = []
    answers = iter(["nope", "still wrong", PW])

    def provider(p: Path, wrong: bool) -> str | None:
        assert p == path
        asked.append(wrong)
        return next(answers)

    passwords.set_provider(provider)
    with ReadinessDocument.open(path) as doc:
        assert doc.encrypted and not doc.readonly
    assert asked == [False, True, True]

    asked.clear()
    passwords.set_provider(lambda p, wrong: (asked.append(wrong), None if wrong else "nope")[1])
    with pytest.raises(WrongPassword):
        ReadinessDocument.open(path)
    assert asked == [False, True]
    with pytest.raises(PasswordNeeded):  # the portfolio's way: never ask
        ReadinessDocument.open(path, readonly=True, ask_password=False)
    assert asked == [False, True]


def test_a_copy_and_the_backups_of_an_encrypted_document_are_encrypted(tmp_path, mini_bank):
    path = _encrypted(tmp_path, mini_bank)
    with ReadinessDocument.open(path, password=PW) as doc:
        copy = doc.save_copy(tmp_path / "copy.readiness")
        doc.take_backup(gap=backups.timedelta(0))
    found = backups.list_backups(path)
    assert found
    for p in [copy, *(b.path for b in found)]:
        assert passwords.file_looks_encrypted(p), p
        with pytest.raises(PasswordNeeded):
            ReadinessDocument.open(p, readonly=True)
        with ReadinessDocument.open(p, readonly=True, password=PW) as other:
            assert other.assessment().client == "Acme"
    with ReadinessDocument.open(copy, readonly=True, password=PW) as other:
        assert other.assessment().answers[_qid(mini_bank)].note == "a private note"
    assert backup_summary(found[0], PW)["ok"]
    unusable = backup_summary(found[0])
    assert not unusable["ok"] and "password needed" in unusable["problem"]


def test_restore_puts_back_an_encrypted_backup_which_stays_encrypted(tmp_path, mini_bank):
    path = _encrypted(tmp_path, mini_bank)
    with ReadinessDocument.open(path, password=PW) as doc:
        doc.take_backup(gap=backups.timedelta(0))
        doc.set_answer(Answer(_qid(mini_bank), "weak", note="later"))
    path.write_bytes(os.urandom(8192))  # ruined
    with pytest.raises(DocumentError, match="No usable backup"):
        restore_backup(path)  # without the password no backup is usable: nothing changed
    result = restore_backup(path, password=PW)
    assert result.kept_aside is not None and result.kept_aside.exists()
    assert passwords.file_looks_encrypted(path)
    with ReadinessDocument.open(path, readonly=True, password=PW) as doc:
        assert doc.assessment().answers[_qid(mini_bank)].note == "a private note"


def test_set_change_and_remove_the_password_keep_everything(tmp_path, mini_bank):
    path = tmp_path / "plain.readiness"
    qid = _qid(mini_bank)
    with ReadinessDocument.create(path, client="Acme", project="Vision", bank=mini_bank) as doc:
        doc.set_answer(Answer(qid, "fair", note="n1"))
        doc.set_plan_decision(PlanDecision(key="custom-1", custom=True, title="T", status="accepted"))
        before = doc.assessment()
        doc.set_password(PW)
        assert doc.encrypted
        doc.set_answer(Answer(qid, "weak", note="n2"))  # still open and writable
    assert passwords.file_looks_encrypted(path)
    with pytest.raises(PasswordNeeded):
        ReadinessDocument.open(path)
    with ReadinessDocument.open(path, password=PW) as doc:
        assert doc.assessment().plan == before.plan
        assert doc.assessment().answers[qid].note == "n2"
        assert doc.check()["ok"]
        doc.set_password("a brand new one")
    with pytest.raises(WrongPassword):
        ReadinessDocument.open(path, password=PW)
    with ReadinessDocument.open(path, password="a brand new one") as doc:
        doc.set_password(None)
        assert not doc.encrypted
    assert path.read_bytes().startswith(SQLITE_HEADER)
    with ReadinessDocument.open(path) as doc:
        report = doc.check()
        actions = [h.detail for h in doc.history() if h.action == "encryption"]
    assert report["ok"] and report["history"]["chain_intact"], report
    assert actions == ["password removed", "password changed", "password set"]
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert not list(tmp_path.glob(".rekey-*"))


def test_backups_follow_the_documents_password(tmp_path, mini_bank):
    path = tmp_path / "plain.readiness"
    with ReadinessDocument.create(path, client="Acme", project="Vision", bank=mini_bank) as doc:
        doc.take_backup(gap=backups.timedelta(0))
        assert not passwords.file_looks_encrypted(backups.list_backups(path)[0].path)
        doc.set_password(PW)  # the plaintext backups become encrypted too: nothing readable is left
    found = backups.list_backups(path)
    assert len(found) >= 2
    for b in found:
        assert passwords.file_looks_encrypted(b.path), b.path
        assert backup_summary(b, PW)["ok"]


def test_new_passwords_that_are_too_weak_are_refused(tmp_path, mini_bank):
    with pytest.raises(DocumentError, match="too short"):
        ReadinessDocument.create(tmp_path / "x.readiness", client="A", project="B", bank=mini_bank, password="short")
    assert not list(tmp_path.iterdir())
    with ReadinessDocument.create(tmp_path / "y.readiness", client="A", project="B", bank=mini_bank) as doc:
        with pytest.raises(DocumentError, match="NUL"):
            doc.set_password("long enough\x00")
        with pytest.raises(DocumentError, match="no password to remove"):
            doc.set_password(None)


def test_an_older_encrypted_file_is_migrated_read_only_in_memory_and_with_an_encrypted_backup(tmp_path):
    from desktop_app.storage import encryption

    path = tmp_path / "old.readiness"
    shutil.copyfile(FIXTURES / "format-v1.readiness", path)
    encryption.rewrite(path, None, PW)
    original = path.read_bytes()
    with ReadinessDocument.open(path, readonly=True, password=PW) as doc:
        assert doc.migrated_from == 1
        assert doc.assessment().answers
    assert path.read_bytes() == original  # read-only: the file is untouched
    with ReadinessDocument.open(path, password=PW) as doc:
        assert doc.migrated_from == 1
        assert doc.backup_path is not None
        assert passwords.file_looks_encrypted(doc.backup_path)
        assert doc.check()["ok"]


def test_merging_an_encrypted_copy_into_a_plain_one(tmp_path, mini_bank):
    from desktop_app.storage.merging import merge_into

    path = _encrypted(tmp_path, mini_bank)
    plain = tmp_path / "plain-copy.readiness"
    with ReadinessDocument.open(path, password=PW) as doc:
        doc.save_copy(plain)
    with ReadinessDocument.open(plain, password=PW) as doc:  # the copy is encrypted: make it plain
        doc.set_password(None)
        doc.set_answer(Answer(_qid(mini_bank), "weak", note="changed in the plain copy"))
    with (
        ReadinessDocument.open(path, password=PW) as mine,
        ReadinessDocument.open(plain, readonly=True) as theirs,
    ):
        merge_into(mine, theirs)
        assert mine.assessment().answers[_qid(mini_bank)].note == "changed in the plain copy"
        assert mine.check()["ok"]


def test_the_portfolio_lists_an_encrypted_file_as_needing_a_password(tmp_path, mini_bank):
    from desktop_app.analysis.index import extract_file

    path = _encrypted(tmp_path, mini_bank)
    passwords.set_provider(lambda p, wrong: pytest.fail("the portfolio must not ask for a password"))
    ex = extract_file(path, tmp_path)
    assert ex.row is None
    assert "encrypted: password needed" in ex.reason


def test_a_random_file_is_not_mistaken_for_an_encrypted_one_unless_it_has_the_shape(tmp_path):
    odd = tmp_path / "odd.readiness"
    odd.write_bytes(os.urandom(5000))
    with pytest.raises(DocumentError, match="not a GenAI Readiness Planner assessment"):
        ReadinessDocument.open(odd, readonly=True)
    damaged = tmp_path / "damaged.readiness"
    damaged.write_bytes(b"SQLite format 2\x00" + os.urandom(8192 - 16))  # a plain file's header, hurt
    with pytest.raises(DocumentError, match="not a GenAI Readiness Planner assessment"):
        ReadinessDocument.open(damaged, readonly=True)
    shaped = tmp_path / "shaped.readiness"
    shaped.write_bytes(os.urandom(8192))  # as an encrypted file looks: only a password can tell
    with pytest.raises(WrongPassword, match="Wrong password"):
        ReadinessDocument.open(shaped, readonly=True, password=PW)
