"""Shared fixtures. Every test gets a fresh temporary document area and never touches the user's
real settings, recent files or bank folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"
MINI_BANK = FIXTURES / "mini-bank.yaml"


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path_factory.mktemp("config")
    banks = tmp_path_factory.mktemp("user-banks")
    monkeypatch.setenv("READINESS_CONFIG_DIR", str(config))
    monkeypatch.setenv("READINESS_USER_BANKS", str(banks))
    monkeypatch.setenv("READINESS_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    # backups of every document opened for editing go to a temporary data folder, never the user's
    monkeypatch.setenv("READINESS_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture()
def mini_bank():
    from desktop_app.core.bank import load_bank

    return load_bank(MINI_BANK)


@pytest.fixture()
def user_banks(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A user bank folder holding the mini bank, so `--bank mini-test` works."""
    folder = tmp_path / "banks"
    folder.mkdir()
    (folder / "mini-bank.yaml").write_text(MINI_BANK.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setenv("READINESS_USER_BANKS", str(folder))
    return folder


@pytest.fixture()
def builtin_bank():
    from desktop_app.core.bank import builtin_bank_path, load_bank

    return load_bank(builtin_bank_path())


@pytest.fixture()
def sample_path(tmp_path: Path) -> Path:
    """The bundled healthcare sample written to a fresh .readiness file."""
    from desktop_app.resources import resource_path
    from desktop_app.storage.document import create_from_export

    path = tmp_path / "sample.readiness"
    doc = create_from_export(resource_path("samples", "healthcare-synthetic-imaging.json"), path)
    doc.close()
    return path


@pytest.fixture()
def fraud_sample_path(tmp_path: Path) -> Path:
    from desktop_app.resources import resource_path
    from desktop_app.storage.document import create_from_export

    path = tmp_path / "fraud.readiness"
    doc = create_from_export(resource_path("samples", "financial-fraud-detection.json"), path)
    doc.close()
    return path
