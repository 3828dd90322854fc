"""storage/passwords.py in process, without SQLCipher: the provider, the rules for a new password and
the shape of an encrypted file (what a mutation run of the module showed no test checked; the
encrypted documents themselves are tested in tests/unit/test_encryption.py)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from desktop_app.storage import passwords
from desktop_app.storage.passwords import PasswordProblem


@pytest.fixture(autouse=True)
def _no_provider():
    previous = passwords.set_provider(None)
    yield
    passwords.set_provider(previous)


# --- the provider ---------------------------------------------------------------------------------


def test_without_a_provider_nobody_is_asked():
    assert passwords.ask(Path("a.readiness")) is None
    assert passwords.ask(Path("a.readiness"), True) is None


def test_the_provider_is_given_the_file_and_whether_the_last_answer_was_wrong():
    calls: list[tuple[Path, bool]] = []

    def provider(path: Path, wrong: bool) -> str | None:
        calls.append((path, wrong))
        return f"pw-{path.name}-{wrong}"

    assert passwords.set_provider(provider) is None
    assert passwords.ask(Path("a.readiness")) == "pw-a.readiness-False"
    assert passwords.ask(Path("b.readiness"), True) == "pw-b.readiness-True"
    assert calls == [(Path("a.readiness"), False), (Path("b.readiness"), True)]
    assert passwords.set_provider(None) is provider  # the one it replaces
    assert passwords.ask(Path("a.readiness")) is None


def test_providing_installs_for_the_block_only_even_when_it_fails():
    def outer(_path: Path, _wrong: bool) -> str:
        return "outer"

    def inner(_path: Path, _wrong: bool) -> str:
        return "inner"

    passwords.set_provider(outer)
    with passwords.providing(inner):
        assert passwords.ask(Path("a")) == "inner"
    assert passwords.ask(Path("a")) == "outer"
    with pytest.raises(RuntimeError), passwords.providing(None):
        assert passwords.ask(Path("a")) is None
        raise RuntimeError("the block fails")
    assert passwords.ask(Path("a")) == "outer"


# --- a new password -------------------------------------------------------------------------------


def test_a_new_password_of_eight_characters_is_accepted_seven_is_too_short():
    passwords.check_new_password("x" * 8)
    with pytest.raises(PasswordProblem) as err:
        passwords.check_new_password("x" * 7)
    assert str(err.value) == "The password is too short: use at least 8 characters."


@pytest.mark.parametrize(
    ("password", "sentence"),
    [
        ("long enough\x00", "The password cannot contain a NUL character."),
        (" long enough", "The password cannot start or end with a space."),
        ("long enough ", "The password cannot start or end with a space."),
        ("long enough\t", "The password cannot start or end with a space."),
    ],
)
def test_a_new_password_that_cannot_be_stored_is_refused_with_its_reason(password, sentence):
    with pytest.raises(PasswordProblem) as err:
        passwords.check_new_password(password)
    assert str(err.value) == sentence


def test_spaces_inside_a_password_are_fine():
    passwords.check_new_password("correct horse battery")


# --- the shape of an encrypted file ---------------------------------------------------------------

SALT = bytes(range(100, 116))  # 16 bytes, no SQLite header


@pytest.mark.parametrize(
    ("header", "size", "expected"),
    [
        (SALT, 8192, True),
        (SALT, 3 * 4096, True),
        (SALT[:15], 8192, False),  # fewer than 16 bytes could be read
        (SALT, 4096, False),  # one page: too short
        (SALT, 8191, False),
        (SALT, 8193, False),  # not whole pages
        (b"SQLite format 3\x00", 8192, False),
        (b"SQLite format 2\x00", 8192, False),  # a plain file's header, damaged: not a password problem
        (b"SQLitX format 3\x00", 8192, True),  # only the first six bytes are taken as SQLite's mark
        (b"SQLiteX\x00" + SALT[8:], 8192, False),  # a header hurt after its sixth byte is still SQLite's
        (b"SQLit" + SALT[5:], 8192, True),
    ],
)
def test_what_an_encrypted_file_looks_like(header, size, expected):
    assert passwords.looks_encrypted(header, size) is expected


def test_a_file_is_judged_by_its_first_sixteen_bytes_and_its_size(tmp_path):
    shaped = tmp_path / "shaped.readiness"
    shaped.write_bytes(SALT + os.urandom(8192 - 16))
    assert passwords.file_looks_encrypted(shaped) is True
    plain_start = tmp_path / "plain.readiness"
    plain_start.write_bytes(b"SQLite format 3\x00" + os.urandom(8192 - 16))
    assert passwords.file_looks_encrypted(plain_start) is False
    tiny = tmp_path / "tiny.readiness"
    tiny.write_bytes(SALT)
    assert passwords.file_looks_encrypted(tiny) is False


def test_a_file_that_cannot_be_read_does_not_look_encrypted(tmp_path):
    assert passwords.file_looks_encrypted(tmp_path / "missing.readiness") is False
    assert passwords.file_looks_encrypted(tmp_path) is False  # a folder


def test_only_the_first_sixteen_bytes_are_read(tmp_path, monkeypatch):
    big = tmp_path / "big.readiness"
    big.write_bytes(SALT + bytes(3 * 4096 - 16))
    reads: list[object] = []
    real_open = Path.open

    class Recording(io.BufferedReader):
        def read(self, size=-1):  # type: ignore[no-untyped-def, override]
            reads.append(size)
            return super().read(size)

    def recording_open(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        handle = real_open(self, *args, **kwargs)
        return Recording(handle.detach()) if self == big else handle

    monkeypatch.setattr(Path, "open", recording_open)
    assert passwords.file_looks_encrypted(big) is True
    assert reads == [16]
