"""The errors of the storage layer (each message is a plain sentence for the user)."""

from __future__ import annotations

from desktop_app.core.errors import ReadinessError


class DocumentError(ReadinessError):
    """A document cannot be opened or written; the message is a plain sentence for the user."""


class DamagedFile(DocumentError):
    """The file is ours (or says it is) but its content cannot be read back as written: cut off,
    empty, a broken header or page, missing parts. The kind, not the word "damaged" in the sentence,
    is what makes an open offer the newest good backup of the file."""


class DamagedWithBackup(DamagedFile):
    """The file is damaged and a good backup of it exists; the message says how old it is and how
    to put it back (a front end may offer to do so at once)."""


class PasswordProblem(DocumentError):
    """A password is needed, wrong, refused or was not given."""


class PasswordNeeded(PasswordProblem):
    """The file is encrypted and no password was given."""


class WrongPassword(PasswordProblem):
    """The password given does not open the file."""


class PasswordCancelled(PasswordProblem):
    """The person asked for the password chose Cancel (a GUI shows nothing for it)."""
