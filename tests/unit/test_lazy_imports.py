"""Heavy libraries load only when needed: never at start-up, never for scoring."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("pandas", "reportlab", "openpyxl", "pypdf")


def _loaded_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    return set(out.stdout.split())


#: every module of desktop_app.analysis (its package holds only a docstring: importing it alone proves
#: nothing, issue 9); found by walking the folder, so a new module is checked too
ANALYSIS = sorted(
    f"desktop_app.analysis.{p.stem}"
    for p in (Path(__file__).resolve().parents[2] / "desktop_app" / "analysis").glob("*.py")
    if p.stem != "__init__"
)


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
    ],
)
def test_importing_does_not_load_heavy_libraries(module):
    assert _loaded_after(f"import {module}") == set()


def test_no_analysis_module_loads_a_heavy_library_when_imported():
    assert len(ANALYSIS) >= 5, ANALYSIS
    assert _loaded_after("\n".join(f"import {m}" for m in ANALYSIS)) == set()


def test_the_main_window_loads_no_heavy_library():
    """Starting the GUI builds the main window: pandas, reportlab, openpyxl and pypdf wait for their action."""
    loaded = _loaded_after(
        "import os\nos.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')\nimport desktop_app.gui.main_window"
    )
    assert loaded == set()


def test_core_and_storage_never_import_qt():
    code = "import desktop_app.core.scoring, desktop_app.core.plan, desktop_app.storage.document, desktop_app.cli"
    probe = f"{code}\nimport sys\nprint(any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "False"
