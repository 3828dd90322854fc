"""The assessment files this user created, or last wrote, on this computer.

A file on this list opens editable in the GUI; any other file opens read-only, as received, until the
user chooses "Enable editing". The list is one small JSON file in the user's configuration folder
(``READINESS_CONFIG_DIR`` moves it, as it moves the GUI's settings), written by the GUI and by the
commands that create or fill a file (``new``, ``demo``, ``import-answers``). It is not inside the
assessment file: a file from elsewhere must not be able to vouch for itself.

Each entry is the file's resolved path and the assessment's id, so a different assessment saved later
under a known name (an e-mail attachment over one's own file) is not trusted by its name alone.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.files import write_text_atomically
from desktop_app.core.paths import config_dir

log = logging.getLogger(__name__)

#: entries kept; the oldest fall off (they then open read-only, the safe side)
MAX_ENTRIES = 500
#: a list file larger than this is not ours (500 entries of long paths are well under 1 MB)
MAX_BYTES = 2_000_000
FILE_NAME = "known-files.json"


@dataclass(frozen=True)
class KnownFile:
    path: str
    assessment_id: str = ""  # "" when it was not known (an entry from an older version)


def _norm(path: str | Path) -> str:
    return str(Path(path).expanduser().resolve())


class Workstation:
    """Reads and writes the list of this user's own files."""

    def __init__(self, folder: Path | None = None) -> None:
        self.path = (folder or config_dir()) / FILE_NAME

    def entries(self) -> list[KnownFile]:
        """The list, newest first; a missing or damaged list reads as empty (every file read-only)."""
        try:
            if self.path.stat().st_size > MAX_BYTES:
                log.warning("%s is too large to be ours; ignored", self.path)
                return []
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as exc:
            log.warning("%s cannot be read (%s); every file opens read-only", self.path, exc)
            return []
        items = raw.get("files") if isinstance(raw, dict) else None
        out: list[KnownFile] = []
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict) and isinstance(item.get("path"), str):
                ident = item.get("assessment_id")
                out.append(KnownFile(item["path"], ident if isinstance(ident, str) else ""))
        return out

    def remember(self, path: str | Path, assessment_id: str = "") -> None:
        """Record ``path`` (holding the assessment ``assessment_id``) as created or written here."""
        entry = KnownFile(_norm(path), assessment_id)
        items = [entry] + [e for e in self.entries() if e.path != entry.path]
        text = json.dumps(
            {"format": 1, "files": [{"path": e.path, "assessment_id": e.assessment_id} for e in items[:MAX_ENTRIES]]},
            ensure_ascii=False,
            indent=0,
        )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomically(self.path, text)
        except OSError as exc:  # the file stays usable; it opens read-only next time, the safe side
            log.warning("could not record %s as written here: %s", path, exc)

    def lookup(self, path: str | Path) -> KnownFile | None:
        key = _norm(path)
        return next((e for e in self.entries() if e.path == key), None)

    def is_mine(self, path: str | Path, assessment_id: str) -> bool:
        """True when ``path`` was created or last written here and still holds the same assessment."""
        entry = self.lookup(path)
        return entry is not None and (not entry.assessment_id or entry.assessment_id == assessment_id)


def remember_written(path: str | Path, assessment_id: str = "") -> None:
    """Record a file the user has just created or written with a command."""
    Workstation().remember(path, assessment_id)
