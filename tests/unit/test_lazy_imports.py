"""Heavy libraries load only when needed: never at start-up, never for scoring."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("pandas", "reportlab", "openpyxl", "pypdf")


def _loaded_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    return set(out.stdout.split())


@pytest.mark.parametrize(
    "module",
    [
        "desktop_app.cli",
        "desktop_app.__main__",
        "desktop_app.core.scoring",
        "desktop_app.core.plan",
        "desktop_app.core.exchange",
        "desktop_app.storage.document",
        "desktop_app.report",
        "desktop_app.analysis",
    ],
)
def test_importing_does_not_load_heavy_libraries(module):
    assert _loaded_after(f"import {module}") == set()


def test_core_and_storage_never_import_qt():
    code = "import desktop_app.core.scoring, desktop_app.core.plan, desktop_app.storage.document, desktop_app.cli"
    probe = f"{code}\nimport sys\nprint(any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "False"
