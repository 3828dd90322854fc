"""Every per-user folder of the app, computed in one place (no Qt: the CLI, storage, analysis and the
GUI all ask here).

========================  ===============================================  =========================
folder                    holds                                            moved by
========================  ===============================================  =========================
:func:`config_dir`        ``settings.ini`` (the GUI's settings, recent     ``READINESS_CONFIG_DIR``
                          files), ``known-files.json`` (the files created
                          or last written on this computer); its path
                          names the single-instance socket
:func:`data_dir`          ``backups/`` (the rotating backups of each       ``READINESS_DATA_DIR``
                          document)
:func:`log_dir`           ``readiness-planner.log``: the data folder, or   ``READINESS_CONFIG_DIR``
                          the settings folder when that is moved (a test
                          or a portable install keeps everything in one)
:func:`cache_dir`         ``portfolio-*.db`` (the portfolio indexes) and   ``READINESS_CACHE_DIR``
                          ``banks/`` (banks built from stored snapshots,
                          ``core.bank.disk_cache``): caches, safe to delete
:func:`user_bank_dir`     the user's own question banks                    ``READINESS_USER_BANKS``
========================  ===============================================  =========================

The defaults follow each platform's convention: on Linux ``$XDG_CONFIG_HOME`` (``~/.config``),
``$XDG_DATA_HOME`` (``~/.local/share``) and ``$XDG_CACHE_HOME`` (``~/.cache``); on Windows
``%LOCALAPPDATA%`` (the banks in the roaming ``%APPDATA%``); on macOS ``~/Library/Preferences``,
``~/Library/Application Support`` and ``~/Library/Caches``, each with a ``readiness-planner``
folder. An override is used as it is (no ``readiness-planner`` added). Nothing here creates a folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_FOLDER = "readiness-planner"

CONFIG_ENV = "READINESS_CONFIG_DIR"
DATA_ENV = "READINESS_DATA_DIR"
CACHE_ENV = "READINESS_CACHE_DIR"
USER_BANKS_ENV = "READINESS_USER_BANKS"


def override(name: str) -> Path | None:
    """The folder the environment variable ``name`` (one of the ``*_ENV`` above) names, or None."""
    value = os.environ.get(name)
    return Path(value) if value else None


def _env_folder(name: str, default: Path) -> Path:
    value = os.environ.get(name)
    return Path(value) if value else default


def _local_app_data() -> Path:
    return _env_folder("LOCALAPPDATA", Path.home() / "AppData" / "Local")


def config_dir() -> Path:
    """The settings folder (``READINESS_CONFIG_DIR`` moves it)."""
    moved = override(CONFIG_ENV)
    if moved is not None:
        return moved
    home = Path.home()
    if sys.platform == "win32":
        base = _local_app_data()
    elif sys.platform == "darwin":
        base = home / "Library" / "Preferences"
    else:
        base = _env_folder("XDG_CONFIG_HOME", home / ".config")
    return base / APP_FOLDER


def _platform_data_dir() -> Path:
    home = Path.home()
    if sys.platform == "win32":
        base = _local_app_data()
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = _env_folder("XDG_DATA_HOME", home / ".local" / "share")
    return base / APP_FOLDER


def data_dir() -> Path:
    """The data folder: the backups (``READINESS_DATA_DIR`` moves it)."""
    moved = override(DATA_ENV)
    return moved if moved is not None else _platform_data_dir()


def log_dir() -> Path:
    """The log's folder: the settings folder when ``READINESS_CONFIG_DIR`` moves it, else the data folder
    of the platform (``READINESS_DATA_DIR`` moves the backups only)."""
    moved = override(CONFIG_ENV)
    return moved if moved is not None else _platform_data_dir()


def cache_dir() -> Path:
    """The cache folder: the portfolio indexes (``READINESS_CACHE_DIR`` moves it)."""
    moved = override(CACHE_ENV)
    if moved is not None:
        return moved
    home = Path.home()
    if sys.platform == "win32":
        return _local_app_data() / APP_FOLDER / "cache"
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / APP_FOLDER
    return _env_folder("XDG_CACHE_HOME", home / ".cache") / APP_FOLDER


def user_bank_dir() -> Path:
    """The user's own question banks (``READINESS_USER_BANKS`` moves it)."""
    moved = override(USER_BANKS_ENV)
    if moved is not None:
        return moved
    home = Path.home()
    if sys.platform == "win32":
        base = _env_folder("APPDATA", home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = _env_folder("XDG_DATA_HOME", home / ".local" / "share")
    return base / APP_FOLDER / "question_banks"
