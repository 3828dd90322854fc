"""Rotating backups of each document, in the user's data folder, and restoring from them.

Each document gets a folder named after a hash of its full path (so a damaged file, whose contents
cannot be read, still finds its backups), holding at most :data:`KEEP` copies named by the time they
were taken. A copy is taken when a document is opened for editing (unless the newest is less than
:data:`MIN_GAP` old) and at least once a day while it is edited (:func:`backup_if_due`). Copies are
written with SQLite's backup API through the document's own connection (so an encrypted document
gives an encrypted backup) and are private to the user (0600).

The data folder is ``core.paths.data_dir()`` (``READINESS_DATA_DIR`` moves it; tests use a temporary one).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop_app.core.paths import data_dir

#: copies kept per document; the oldest fall off
KEEP = 10
#: no new copy on open when the newest is younger than this
MIN_GAP = timedelta(minutes=10)
#: a copy at least this often while a document is edited
DAILY = timedelta(days=1)
_STAMP = "%Y%m%d-%H%M%S-%f"
#: a copy's name: the time it was taken, ``-N`` when an earlier copy had the same time (N from 2), ``--``
_NAME = re.compile(r"(\d{8}-\d{6}-\d{6})(?:-([2-9]|[1-9]\d+))?--")


def backup_folder(document: Path) -> Path:
    key = hashlib.sha256(str(Path(document).expanduser().resolve()).encode("utf-8")).hexdigest()[:20]
    return data_dir() / "backups" / key


@dataclass(frozen=True)
class Backup:
    number: int  # 1 = the newest
    path: Path
    taken: datetime

    def age(self, now: datetime | None = None) -> str:
        """How old the copy is, in words ("3 hours")."""
        return describe_age((now or datetime.now()) - self.taken)


def describe_age(delta: timedelta) -> str:
    seconds = max(0, int(delta.total_seconds()))
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            n = seconds // size
            return f"{n} {unit}{'s' if n != 1 else ''}"
    return "less than a minute"


def list_backups(document: Path) -> list[Backup]:
    """The copies of ``document``, newest first, numbered from 1."""
    folder = backup_folder(document)
    found: list[tuple[datetime, int, Path]] = []
    if folder.is_dir():
        for p in folder.glob("*.readiness"):
            match = _NAME.match(p.name)
            if match is None:
                continue
            try:
                taken = datetime.strptime(match[1], _STAMP)
            except ValueError:
                continue
            found.append((taken, int(match[2] or 1), p))
    found.sort(reverse=True)
    return [Backup(i, p, t) for i, (t, _, p) in enumerate(found, start=1)]


def new_backup_path(document: Path, now: datetime | None = None) -> Path:
    folder = backup_folder(document)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    (folder / "source.txt").write_text(str(Path(document).resolve()) + "\n", encoding="utf-8")
    stamp = (now or datetime.now()).strftime(_STAMP)
    path = folder / f"{stamp}--{Path(document).stem[:60]}.readiness"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"{stamp}-{n}--{Path(document).stem[:60]}.readiness"
    return path


def due(document: Path, now: datetime | None = None, gap: timedelta = MIN_GAP) -> bool:
    backups = list_backups(document)
    return not backups or (now or datetime.now()) - backups[0].taken >= gap


def prune(document: Path, keep: int | None = None) -> None:
    """Remove all but the newest ``keep`` copies (:data:`KEEP`, read when called, by default)."""
    for old in list_backups(document)[KEEP if keep is None else keep :]:
        old.path.unlink(missing_ok=True)
