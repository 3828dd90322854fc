"""Every setting the GUI remembers, read and written here only (no ``QSettings`` elsewhere).

The settings live in one INI file in ``core.paths.config_dir()``. ``READINESS_CONFIG_DIR`` moves it
(tests point it at a temporary folder, so they never touch a user's real recent-files list).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TypedDict

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from desktop_app.core import paths
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
    """The configuration folder, shared with the command line (``core.paths``)."""
    return paths.config_dir()


def documents_dir() -> Path:
    """Where new assessments and samples go by default (the settings folder's ``documents`` when
    ``READINESS_CONFIG_DIR`` moves it, else the platform's documents folder: Qt knows its local name)."""
    if paths.override(paths.CONFIG_ENV) is not None:
        folder = config_dir() / "documents"
    else:
        base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(base or Path.home()) / "GenAI Readiness"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def data_dir() -> Path:
    """The log's folder (``core.paths.log_dir``: ``READINESS_CONFIG_DIR`` moves it too)."""
    return paths.log_dir()


def log_path() -> Path:
    """The log file: tracebacks of every error the user was shown as a sentence (Help > About names it)."""
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "readiness-planner.log"


def _norm(path: str | Path) -> str:
    return str(Path(path).expanduser().resolve())


class ReportFirm(TypedDict, total=False):
    """The firm's fields of a report (``ReportOptions``' keywords of the same names), only those set."""

    firm_name: str
    logo: Path
    disclaimer: str


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

    def _put(self, key: str, value: str | QByteArray) -> None:
        """Set ``key`` unless it already holds ``value``.

        ``QSettings`` rewrites the whole file (a lock file and the file, each flushed to the disk) once
        any value was set since the last write, even to what it held: a start that opened the most
        recent file and closed an unmoved window paid two such writes (docs/performance.md, "eighth
        session"). A key not in the file is always set, so a value equal to today's default is stored.
        """
        if self._qs.contains(key) and self._qs.value(key) == value:
            return
        self._qs.setValue(key, value)

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
        self._put("files/recent", json.dumps([asdict(r) for r in items[:MAX_RECENT]]))
        if remember:
            self.remember_file(entry.path, assessment_id)

    def remove_recent(self, path: str | Path) -> None:
        key = _norm(path)
        items = [r for r in self.recent_files() if r.path != key]
        self._put("files/recent", json.dumps([asdict(r) for r in items]))

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
        self._put("window/geometry", geometry)
        self._put("window/state", state)
        if splitter is not None:
            self._put("window/splitter", splitter)

    # -- small preferences ----------------------------------------------------------------
    def last_folder(self) -> str:
        return str(self._qs.value("files/last_folder", "") or "")

    def set_last_folder(self, folder: str | Path) -> None:
        self._put("files/last_folder", str(folder))

    def facilitator(self) -> str:
        return str(self._qs.value("workshop/facilitator", "") or "")

    def set_facilitator(self, name: str) -> None:
        self._put("workshop/facilitator", name)

    def guidance_expanded(self) -> bool:
        return str(self._qs.value("questions/guidance_expanded", "false")).lower() == "true"

    def set_guidance_expanded(self, expanded: bool) -> None:
        self._put("questions/guidance_expanded", "true" if expanded else "false")

    # -- report helper: the firm on the cover, its logo and disclaimer; lock-file privacy ----------
    #: where the chosen logo is kept (a checked copy: the original may move or change)
    LOGO_STEM = "firm-logo"

    def firm_name(self) -> str:
        return str(self._qs.value("report/firm_name", "") or "")

    def set_firm_name(self, name: str) -> None:
        self._put("report/firm_name", " ".join(name.split()))

    def disclaimer(self) -> str:
        """The firm's disclaimer for document control; "" = the standard one."""
        return str(self._qs.value("report/disclaimer", "") or "")

    def set_disclaimer(self, text: str) -> None:
        self._put("report/disclaimer", text.strip())

    def firm_logo(self) -> Path | None:
        """The kept copy of the firm's logo, None when there is none."""
        name = str(self._qs.value("report/logo", "") or "")
        path = self.path.parent / name if name else None
        return path if path is not None and path.is_file() else None

    def set_firm_logo(self, data: bytes | None, suffix: str = ".png") -> None:
        """Keep ``data`` (already checked by ``report.logo``) as the logo, or remove it (None)."""
        folder = self.path.parent
        for old in folder.glob(f"{self.LOGO_STEM}.*"):
            old.unlink(missing_ok=True)
        if data is None:
            self._put("report/logo", "")
            return
        from desktop_app.core.files import write_atomically

        target = folder / f"{self.LOGO_STEM}{suffix}"

        def write(tmp: Path) -> None:
            tmp.write_bytes(data)

        write_atomically(target, write)
        self._put("report/logo", target.name)

    def lock_shows_names(self) -> bool:
        """May a lock file beside a document on a shared drive name this user and computer?"""
        return str(self._qs.value("privacy/lock_shows_names", "false")).lower() == "true"

    def set_lock_shows_names(self, on: bool) -> None:
        self._put("privacy/lock_shows_names", "true" if on else "false")

    def report_firm(self) -> ReportFirm:
        """The report options the settings give: ``firm_name``, ``logo``, ``disclaimer`` (only those set)."""
        out: ReportFirm = {}
        if self.firm_name():
            out["firm_name"] = self.firm_name()
        logo = self.firm_logo()
        if logo is not None:
            out["logo"] = logo
        if self.disclaimer():
            out["disclaimer"] = self.disclaimer()
        return out

    def high_contrast(self) -> bool:
        """View > High-contrast theme (issue 13): remembered between sessions."""
        return str(self._qs.value("view/high_contrast", "false")).lower() == "true"

    def set_high_contrast(self, on: bool) -> None:
        self._put("view/high_contrast", "true" if on else "false")
