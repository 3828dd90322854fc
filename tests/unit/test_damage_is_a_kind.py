"""Whether a refused file is *damaged* is a kind of error, not a word in its sentence (issue 9: codes,
not English, below the GUI). The offer of a backup follows the kind: a file whose name holds the word
"damaged" refused for another reason gets no offer, and an empty file (a copy cut off, a full disk)
that has a good backup gets one."""

from __future__ import annotations

import struct
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_app.storage import schema
from desktop_app.storage.document import (
    DamagedWithBackup,
    DocumentError,
    ReadinessDocument,
    inspect_header,
    read_failure,
)
from desktop_app.storage.errors import DamagedFile


@pytest.fixture()
def data_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("READINESS_DATA_DIR", str(folder))
    return folder


def _with_backup(path: Path, mini_bank) -> None:
    with ReadinessDocument.create(path, client="C", project="P", bank=mini_bank) as doc:
        assert doc.take_backup(gap=timedelta(0)) is not None


def _newer_format(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[60:64] = struct.pack(">I", schema.SCHEMA_VERSION + 1)
    path.write_bytes(bytes(data))


def test_a_file_named_damaged_refused_as_newer_gets_no_backup_offer(tmp_path, mini_bank, data_dir):
    path = tmp_path / "damaged-client.readiness"
    _with_backup(path, mini_bank)
    _newer_format(path)
    with pytest.raises(DocumentError) as info:
        ReadinessDocument.open(path)
    assert "newer version" in str(info.value)
    assert not isinstance(info.value, DamagedFile)
    assert "backup copy" not in str(info.value)


def test_an_empty_file_with_a_good_backup_is_offered_it(tmp_path, mini_bank, data_dir):
    path = tmp_path / "a.readiness"
    _with_backup(path, mini_bank)
    path.write_bytes(b"")
    with pytest.raises(DamagedWithBackup) as info:
        ReadinessDocument.open(path)
    message = str(info.value)
    assert "is empty" in message and "backup copy from" in message and "restore a.readiness" in message


def test_a_damaged_file_with_a_good_backup_is_offered_it_whatever_its_name(tmp_path, mini_bank, data_dir):
    path = tmp_path / "plan.readiness"
    _with_backup(path, mini_bank)
    data = bytearray(path.read_bytes())
    data[16:18] = struct.pack(">H", 7)  # a page size of 7: the header is not valid
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedWithBackup) as info:
        ReadinessDocument.open(path)
    assert "is damaged" in str(info.value) and "backup copy from" in str(info.value)


@pytest.mark.parametrize(
    ("exc", "damaged"),
    [
        (RecursionError(), True),
        (MemoryError(), False),
        (ValueError("odd"), True),  # not a database error: the content is not what we wrote
    ],
)
def test_read_failures_say_their_kind(exc, damaged):
    refusal = read_failure("x.readiness", exc)
    assert isinstance(refusal, DamagedFile) is damaged, refusal
    assert ("damaged" in str(refusal)) is damaged


def test_the_header_refusals_say_their_kind(tmp_path):
    empty = tmp_path / "empty.readiness"
    empty.write_bytes(b"")
    with pytest.raises(DamagedFile):
        inspect_header(empty)
    foreign = tmp_path / "damaged.readiness"  # the word in the name, a foreign file inside
    foreign.write_bytes(b"just some text, long enough to be read as a header " * 4)
    with pytest.raises(DocumentError) as info:
        inspect_header(foreign)
    assert not isinstance(info.value, DamagedFile)
