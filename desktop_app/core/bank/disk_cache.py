"""Built banks kept on disk between runs, by the content of their YAML (issue 15: cold start).

Opening a file parses its stored bank snapshot: about 0.4 MB of YAML, 120-165 ms with libyaml, on
every start. :func:`load_snapshot` (what ``ReadinessDocument.bank`` calls) keeps the bank built
from it in the user's cache folder (``core.paths.cache_dir``, ``banks/``), named by the SHA-256 of
the text and the app's code (the app's version, from source the bank package's own files, and the
framework catalogue it is built with): the next start reads it back in about 5 ms. Like Python's
own ``__pycache__``, it is this app's output in this user's folder; anything wrong with an entry
(unreadable, of another shape, from other code) makes it a miss, is removed, and the text is parsed
as before. At most :data:`MAX_ENTRIES` entries are kept.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import __version__
from desktop_app.core.paths import cache_dir

if TYPE_CHECKING:
    from desktop_app.core.bank.model import QuestionBank

#: entries kept; the oldest go first (a user meets a handful of banks)
MAX_ENTRIES = 16
#: a bigger entry is not written (the built-in bank pickles to about 0.8 MB)
MAX_ENTRY_BYTES = 64 * 1024 * 1024
SUFFIX = ".bank.pickle"

log = logging.getLogger(__name__)
_code_key: str | None = None


def _code() -> str:
    """What a built bank depends on besides its text: the app's version, the bank package's code and
    the framework catalogue it is built with."""
    global _code_key  # noqa: PLW0603 - computed once per process
    if _code_key is None:
        from desktop_app.resources import resource_path

        digest = hashlib.sha256(__version__.encode())
        for path in [*sorted(Path(__file__).resolve().parent.glob("*.py")), resource_path("frameworks.yaml")]:
            with contextlib.suppress(OSError):  # a frozen app has no sources: its version says it all
                digest.update(path.read_bytes())
        _code_key = digest.hexdigest()[:16]
    return _code_key


def load_snapshot(text: str, where: str) -> QuestionBank:
    """The bank of a snapshot stored in a document: from this process's cache, else this user's
    cache folder, else built from the text (``load_bank_text(check_references=False)``) and kept."""
    from desktop_app.core.bank import discovery

    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    in_memory = discovery._BANK_CACHE.get((sha, False))
    if in_memory is not None:
        return in_memory
    kept = load(sha, False)
    if kept is not None:
        discovery._BANK_CACHE[(sha, False)] = kept
        return kept
    bank = discovery.load_bank_text(text, where, check_references=False)
    store(sha, False, bank)
    return bank


def folder() -> Path:
    return cache_dir() / "banks"


def entry_path(text_sha256: str, check_references: bool) -> Path:
    return folder() / f"{text_sha256}-{int(check_references)}-{_code()}{SUFFIX}"


def load(text_sha256: str, check_references: bool) -> QuestionBank | None:
    """The bank built from the text with this hash, if this app built and kept it; else None."""
    from desktop_app.core.bank.model import QuestionBank

    path = entry_path(text_sha256, check_references)
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        bank = pickle.loads(data)  # this app's own output, in this user's cache (see above)
        if not isinstance(bank, QuestionBank):
            raise TypeError(type(bank).__name__)
    except Exception as exc:  # any damage is a miss: the text is parsed again
        log.warning("bank cache: %s is not usable (%s); parsing the bank again", path.name, exc)
        with contextlib.suppress(OSError):
            path.unlink()
        return None
    return bank


def store(text_sha256: str, check_references: bool, bank: QuestionBank) -> None:
    """Keep ``bank`` for the next start; never fails the caller (a full or read-only disk: no entry)."""
    try:
        data = pickle.dumps(bank, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # a bank that does not pickle is simply not kept
        log.warning("bank cache: not kept (%s)", exc)
        return
    if len(data) > MAX_ENTRY_BYTES:
        return
    target = entry_path(text_sha256, check_references)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, target)  # whole or not at all: a reader never sees half an entry
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        _prune(target.parent)
    except OSError as exc:
        log.info("bank cache: not kept (%s)", exc)


def _prune(where: Path) -> None:
    entries = sorted(where.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in entries[MAX_ENTRIES:]:
        with contextlib.suppress(OSError):
            old.unlink()
