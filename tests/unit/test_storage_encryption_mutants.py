"""storage/encryption.py: what a mutation run of the module showed tests/unit/test_encryption.py left
unchecked (backups after a changed or removed password, the count and the warning of backups left as
they were, the temporary file's place and name, a wrong key said as one)."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import pytest

from desktop_app.storage import backups, encryption, passwords
from desktop_app.storage.connection import BadKey, derive_key, new_salt
from desktop_app.storage.document import ReadinessDocument, backup_summary

PW = "correct horse battery"
NEW = "another long password"


@pytest.fixture(autouse=True)
def _no_provider():
    previous = passwords.set_provider(None)
    yield
    passwords.set_provider(previous)


def test_backups_follow_a_changed_and_then_a_removed_password(tmp_path, mini_bank):
    path = tmp_path / "secret.readiness"
    with ReadinessDocument.create(path, client="Acme", project="Vision", bank=mini_bank, password=PW) as doc:
        doc.take_backup(gap=backups.timedelta(0))
        doc.set_password(NEW)
        found = backups.list_backups(path)
        assert len(found) >= 2
        for b in found:
            assert backup_summary(b, NEW)["ok"], b.path
            assert not backup_summary(b, PW)["ok"], b.path
        doc.set_password(None)
    for b in backups.list_backups(path):
        assert not passwords.file_looks_encrypted(b.path), b.path
        assert backup_summary(b)["ok"], b.path


def test_convert_backups_counts_those_converted_and_names_each_left_as_it_was(tmp_path, mini_bank, caplog):
    plain = tmp_path / "plain.readiness"
    ReadinessDocument.create(plain, client="Acme", project="Vision", bank=mini_bank).close()
    copies = [tmp_path / f"copy{i}.readiness" for i in range(2)]
    for c in copies:
        shutil.copyfile(plain, c)
    junk = tmp_path / "junk.readiness"
    junk.write_bytes(b"not a database at all" * 500)
    key = derive_key(PW, new_salt())
    with caplog.at_level(logging.WARNING, logger="desktop_app.storage.encryption"):
        assert encryption.convert_backups([copies[0], junk, copies[1]], None, key) == 2
    assert [r.getMessage() for r in caplog.records] == [
        "backup junk.readiness keeps its earlier password: file is not a database"
    ]
    assert all(passwords.file_looks_encrypted(c) for c in copies)
    assert junk.read_bytes() == b"not a database at all" * 500


def test_a_wrong_key_is_said_as_one(tmp_path, mini_bank):
    path = tmp_path / "secret.readiness"
    ReadinessDocument.create(path, client="Acme", project="Vision", bank=mini_bank, password=PW).close()
    before = path.read_bytes()
    with pytest.raises(BadKey, match=r"^file is not a database$"):
        encryption.rewrite(path, derive_key("not the password", new_salt()), None)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob(".rekey-*"))


def test_the_converted_copy_is_written_beside_the_file_under_a_name_the_next_conversion_finds(
    tmp_path, mini_bank, monkeypatch
):
    path = tmp_path / "plain.readiness"
    ReadinessDocument.create(path, client="Acme", project="Vision", bank=mini_bank).close()
    stale = tmp_path / ".rekey-abc123-plain.readiness"  # what a kill during a conversion leaves
    stale.write_bytes(b"half written")
    stuck = tmp_path / ".rekey-def456-plain.readiness"
    stuck.mkdir()  # cannot be removed as a file: the conversion goes on
    moved: list[tuple[Path, Path]] = []
    real_replace = os.replace

    def recording_replace(src, dst):  # type: ignore[no-untyped-def]
        moved.append((Path(src), Path(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", recording_replace)
    encryption.rewrite(path, None, derive_key(PW, new_salt()))
    assert not stale.exists()
    ((src, dst),) = moved
    assert dst == path
    assert src.parent == tmp_path
    assert src.name.startswith(".rekey-") and src.name.endswith("-plain.readiness")
    assert passwords.file_looks_encrypted(path)
