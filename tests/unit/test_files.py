"""Atomic writes: the old file survives a failed write, and no temporary file is left behind."""

from __future__ import annotations

import os

import pytest

from desktop_app.core.files import write_atomically, write_text_atomically


def test_text_is_written_and_replaces_the_old_file(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("old")
    write_text_atomically(path, "a,b\r\n1,2\r\n", newline="")
    assert path.read_bytes() == b"a,b\r\n1,2\r\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    path = tmp_path / "out.xlsx"
    path.write_text("previous export")

    def half_then_fail(tmp):
        tmp.write_text("half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        write_atomically(path, half_then_fail)
    assert path.read_text() == "previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]


def test_result_has_the_users_usual_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        path = write_text_atomically(tmp_path / "plan.json", "{}")
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644
