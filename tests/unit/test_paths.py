"""core/paths.py: every per-user folder computed in one place, each moved by its variable (issue 10)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from desktop_app.core import paths

PACKAGE = Path(__file__).resolve().parents[2] / "desktop_app"
ENVS = (paths.CONFIG_ENV, paths.DATA_ENV, paths.CACHE_ENV, paths.USER_BANKS_ENV)
PLATFORM_VARS = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "LOCALAPPDATA", "APPDATA")


@pytest.fixture()
def home(tmp_path, monkeypatch) -> Path:
    """No override and no platform variable: the defaults under a fake home."""
    for name in ENVS + PLATFORM_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path))
    return tmp_path


def _all(home: Path) -> dict[str, Path]:
    return {
        "config": paths.config_dir(),
        "data": paths.data_dir(),
        "log": paths.log_dir(),
        "cache": paths.cache_dir(),
        "banks": paths.user_bank_dir(),
    }


def test_linux_defaults_follow_xdg(home, monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    assert _all(home) == {
        "config": home / ".config/readiness-planner",
        "data": home / ".local/share/readiness-planner",
        "log": home / ".local/share/readiness-planner",
        "cache": home / ".cache/readiness-planner",
        "banks": home / ".local/share/readiness-planner/question_banks",
    }
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "c"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "d"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "k"))
    assert _all(home) == {
        "config": home / "c/readiness-planner",
        "data": home / "d/readiness-planner",
        "log": home / "d/readiness-planner",
        "cache": home / "k/readiness-planner",
        "banks": home / "d/readiness-planner/question_banks",
    }


def test_windows_and_macos_defaults(home, monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(home / "Local"))
    monkeypatch.setenv("APPDATA", str(home / "Roaming"))
    assert _all(home) == {
        "config": home / "Local/readiness-planner",
        "data": home / "Local/readiness-planner",
        "log": home / "Local/readiness-planner",
        "cache": home / "Local/readiness-planner/cache",
        "banks": home / "Roaming/readiness-planner/question_banks",
    }
    monkeypatch.setattr(sys, "platform", "darwin")
    lib = home / "Library"
    assert _all(home) == {
        "config": lib / "Preferences/readiness-planner",
        "data": lib / "Application Support/readiness-planner",
        "log": lib / "Application Support/readiness-planner",
        "cache": lib / "Caches/readiness-planner",
        "banks": lib / "Application Support/readiness-planner/question_banks",
    }


def test_each_variable_moves_its_folder_and_the_log_follows_the_settings(home, monkeypatch):
    monkeypatch.setenv(paths.DATA_ENV, str(home / "data"))
    assert paths.data_dir() == home / "data"
    assert paths.log_dir() != home / "data"  # READINESS_DATA_DIR moves the backups only
    monkeypatch.setenv(paths.CONFIG_ENV, str(home / "config"))
    monkeypatch.setenv(paths.CACHE_ENV, str(home / "cache"))
    monkeypatch.setenv(paths.USER_BANKS_ENV, str(home / "banks"))
    assert _all(home) == {
        "config": home / "config",
        "data": home / "data",
        "log": home / "config",  # a test or a portable install keeps settings and log together
        "cache": home / "cache",
        "banks": home / "banks",
    }
    monkeypatch.setenv(paths.CONFIG_ENV, "")  # empty is unset
    assert paths.config_dir() != Path()


def test_every_user_of_a_folder_asks_core_paths(home, monkeypatch, tmp_path):
    from desktop_app.analysis import index
    from desktop_app.core.bank import discovery
    from desktop_app.gui import settings
    from desktop_app.storage import backups, workstation

    for name in ENVS:
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    doc = tmp_path / "a.readiness"
    assert workstation.Workstation().path == paths.config_dir() / workstation.FILE_NAME
    assert settings.Settings().path == paths.config_dir() / "settings.ini"
    assert settings.log_path() == paths.log_dir() / "readiness-planner.log"
    assert settings.documents_dir() == paths.config_dir() / "documents"
    assert backups.backup_folder(doc).parent == paths.data_dir() / "backups"
    assert index.default_index_path(tmp_path).parent == paths.cache_dir()
    assert discovery.user_bank_folder() == paths.user_bank_dir()


def _computes_a_folder(tree: ast.AST) -> list[str]:
    """Names of platform folder variables or of our overrides used as values (docstrings aside)."""
    watched = set(ENVS + PLATFORM_VARS)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            found += [name for name in watched if name == node.value]
    return found


def test_no_other_module_works_out_a_per_user_folder():
    offenders = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "paths.py" and path.parent.name == "core":
            continue
        found = _computes_a_folder(ast.parse(path.read_text(encoding="utf-8")))
        if found:
            offenders[str(path.relative_to(PACKAGE))] = found
    assert offenders == {}, "use desktop_app.core.paths instead"
