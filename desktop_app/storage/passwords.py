"""Where the password of an encrypted document comes from, and how an encrypted file is recognised.

Storage never asks anyone itself: a front end installs a *provider* (:func:`set_provider`), a
function ``(path, wrong) -> password or None`` that the document layer calls when it meets an
encrypted file and was given no password. ``wrong`` is True when the previous answer for that file
did not open it (a GUI asks again; a command gives up). The command line installs one that reads
``READINESS_PASSWORD`` or prompts on the terminal (``cli/passwords.py``); the GUI one shows a dialog.
Returning None means "no password" (the open fails with :class:`PasswordNeeded` or, after a wrong
one, :class:`WrongPassword`); a provider may also raise :class:`PasswordCancelled`.

An encrypted document is an SQLCipher 4 database: its first 16 bytes are a random salt (no
``SQLite format 3`` header) and the rest is whole 4096-byte pages. Nothing else about it can be read
without the password.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop_app.storage.errors import PasswordCancelled, PasswordNeeded, PasswordProblem, WrongPassword

__all__ = [
    "PasswordCancelled",
    "PasswordNeeded",
    "PasswordProblem",
    "WrongPassword",
    "ask",
    "check_new_password",
    "file_looks_encrypted",
    "looks_encrypted",
    "providing",
    "set_provider",
]

#: SQLCipher 4's page size (we never change it): an encrypted document is a whole number of these
CIPHER_PAGE_SIZE = 4096
SQLITE_HEADER = b"SQLite format 3\x00"
#: the shortest password accepted for a new or changed password
MIN_LENGTH = 8

Provider = Callable[[Path, bool], "str | None"]

_provider: Provider | None = None


def set_provider(provider: Provider | None) -> Provider | None:
    """Install ``provider`` (None removes it); returns the one it replaces."""
    global _provider  # one provider per process, installed by the front end
    previous, _provider = _provider, provider
    return previous


@contextmanager
def providing(provider: Provider | None) -> Iterator[None]:
    """Install ``provider`` for the ``with`` block only (the one before is back afterwards)."""
    previous = set_provider(provider)
    try:
        yield
    finally:
        set_provider(previous)


def ask(path: Path, wrong: bool = False) -> str | None:
    """The installed provider's password for ``path`` (None without a provider)."""
    return None if _provider is None else _provider(path, wrong)


def check_new_password(password: str) -> None:
    """Refuse a new password that is too short or cannot be stored (raises :class:`PasswordProblem`)."""
    if len(password) < MIN_LENGTH:
        raise PasswordProblem(f"The password is too short: use at least {MIN_LENGTH} characters.")
    if "\x00" in password:
        raise PasswordProblem("The password cannot contain a NUL character.")
    if password != password.strip():
        raise PasswordProblem("The password cannot start or end with a space.")


def looks_encrypted(header: bytes, size: int) -> bool:
    """Does a file with this first bytes and size look like an encrypted document?

    No SQLite header (and not a damaged one: a plain file whose header lost a few bytes still starts
    with ``SQLite``), and a whole number of SQLCipher pages, at least two.
    """
    return (
        len(header) >= 16
        and not header.startswith(SQLITE_HEADER[:6])
        and size >= 2 * CIPHER_PAGE_SIZE
        and size % CIPHER_PAGE_SIZE == 0
    )


def file_looks_encrypted(path: Path) -> bool:
    """:func:`looks_encrypted` for a file (False when it cannot be read)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            return looks_encrypted(fh.read(16), size)
    except OSError:
        return False
