"""Every setting the GUI remembers, read and written here only (no ``QSettings`` elsewhere).

The settings live in one INI file. ``READINESS_CONFIG_DIR`` moves it (tests point it at a
temporary folder, so they never touch a user's real recent-files list).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from desktop_app.storage import workstation
from desktop_app.storage.workstation import KnownFile

MAX_RECENT = 10


@dataclass(frozen=True)
class RecentFile:
    path: str
    client: str = ""
    project: str = ""
    workshop_date: str = ""
    decision: str = ""  # a scoring decision id, "" when not known

    @property
    def exists(self) -> bool:
        return Path(self.path).is_file()


def config_dir() -> Path:
    """The configuration folder, shared with the command line (see ``storage.workstation``)."""
    return workstation.config_dir()


def documents_dir() -> Path:
    """Where new assessments and samples go by default."""
    if os.environ.get("READINESS_CONFIG_DIR"):
        folder = config_dir() / "documents"
    else:
        base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(base or Path.home()) / "GenAI Readiness"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def data_dir() -> Path:
    """The user's data folder (the log lives here); ``READINESS_CONFIG_DIR`` moves it too (tests)."""
    override = os.environ.get("READINESS_CONFIG_DIR")
    if override:  # one folder for everything a test or a portable install writes
        return Path(override)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base or Path.home() / ".local" / "share") / "readiness-planner"


def log_path() -> Path:
    """The log file: tracebacks of every error the user was shown as a sentence (Help > About names it)."""
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "readiness-planner.log"


def _norm(path: str | Path) -> str:
    return str(Path(path).expanduser().resolve())


class Settings:
    """The application's settings in one INI file."""

    def __init__(self, path: Path | None = None) -> None:
        folder = config_dir()
        folder.mkdir(parents=True, exist_ok=True)
        self.path = path or folder / "settings.ini"
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        #: the files created or last written here (shared with the command line)
        self.workstation = workstation.Workstation(self.path.parent)

    def sync(self) -> None:
        self._qs.sync()

    # -- recent and known files -----------------------------------------------------------
    def recent_files(self) -> list[RecentFile]:
        raw = self._qs.value("files/recent", "[]")
        try:
            items = json.loads(str(raw))
        except ValueError:
            return []
        out = []
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict) and isinstance(item.get("path"), str):
                fields = {k: str(item.get(k, "")) for k in RecentFile.__dataclass_fields__}
                out.append(RecentFile(**fields))
        return out

    def add_recent(self, entry: RecentFile, remember: bool = True, assessment_id: str = "") -> None:
        """Put ``entry`` first in the recent list (``remember``: and trust the file as the user's own)."""
        entry = RecentFile(**{**asdict(entry), "path": _norm(entry.path)})
        items = [entry] + [r for r in self.recent_files() if r.path != entry.path]
        self._qs.setValue("files/recent", json.dumps([asdict(r) for r in items[:MAX_RECENT]]))
        if remember:
            self.remember_file(entry.path, assessment_id)

    def remove_recent(self, path: str | Path) -> None:
        key = _norm(path)
        items = [r for r in self.recent_files() if r.path != key]
        self._qs.setValue("files/recent", json.dumps([asdict(r) for r in items]))

    def _legacy_known(self) -> list[str]:
        """Files trusted by a version before the shared list (path only); read, never written."""
        try:
            items = json.loads(str(self._qs.value("files/known", "[]")))
        except ValueError:
            return []
        return [str(i) for i in items] if isinstance(items, list) else []

    def remember_file(self, path: str | Path, assessment_id: str = "") -> None:
        """Record ``path`` as created or last written by this user on this computer."""
        self.workstation.remember(path, assessment_id)

    def known_entry(self, path: str | Path) -> KnownFile | None:
        """The record of ``path`` as this user's own file, or None for a file from elsewhere."""
        entry = self.workstation.lookup(path)
        if entry is None and _norm(path) in self._legacy_known():
            entry = KnownFile(_norm(path))
        return entry

    def is_known(self, path: str | Path) -> bool:
        """True for a file the user created or last wrote here (its contents are checked on open)."""
        return self.known_entry(path) is not None

    # -- window layout ----------------------------------------------------------------------
    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    def save_window(self, geometry: QByteArray, state: QByteArray, splitter: QByteArray | None = None) -> None:
        self._qs.setValue("window/geometry", geometry)
        self._qs.setValue("window/state", state)
        if splitter is not None:
            self._qs.setValue("window/splitter", splitter)

    # -- small preferences ----------------------------------------------------------------
    def last_folder(self) -> str:
        return str(self._qs.value("files/last_folder", "") or "")

    def set_last_folder(self, folder: str | Path) -> None:
        self._qs.setValue("files/last_folder", str(folder))

    def facilitator(self) -> str:
        return str(self._qs.value("workshop/facilitator", "") or "")

    def set_facilitator(self, name: str) -> None:
        self._qs.setValue("workshop/facilitator", name)

    def guidance_expanded(self) -> bool:
        return str(self._qs.value("questions/guidance_expanded", "false")).lower() == "true"

    def set_guidance_expanded(self, expanded: bool) -> None:
        self._qs.setValue("questions/guidance_expanded", "true" if expanded else "false")

    def high_contrast(self) -> bool:
        """View > High-contrast theme (issue 13): remembered between sessions."""
        return str(self._qs.value("view/high_contrast", "false")).lower() == "true"

    def set_high_contrast(self, on: bool) -> None:
        self._qs.setValue("view/high_contrast", "true" if on else "false")
