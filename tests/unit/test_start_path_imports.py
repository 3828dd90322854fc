"""The app's start path loads nothing the first window does not need (issue 15: cold start).

Each probe runs in a fresh interpreter and lists the heavy modules in ``sys.modules`` at the end:
- the GUI's real start (``python -m desktop_app FILE``, which exits once the file is open), printed at exit;
- the CLI's ``check`` of the sample;
- the portfolio index opened (sqlite-utils imports pandas whenever it can, at its own import).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

#: never at start: the report (reportlab, pypdf), the exports (openpyxl, pandas), the PDF printing (QtPdf)
HEAVY = ("pandas", "reportlab", "openpyxl", "pypdf", "PySide6.QtPdf")

#: never at start either: the tabs out of sight (built when first shown, gui/lazy_tabs.py), the dialogs and
#: the printing support (made or loaded when asked for)
LATER = (
    "desktop_app.gui.views.risk_view",
    "desktop_app.gui.views.plan_view",
    "desktop_app.gui.views.follow_up_view",
    "desktop_app.gui.views.whatif_view",
    "desktop_app.gui.views.compare_view",
    "desktop_app.gui.views.poll_panel",
    "desktop_app.gui.views.history_view",
    "desktop_app.gui.charts.matrix",
    "desktop_app.gui.charts.bars",
    "desktop_app.gui.views.audience_screen",
    "desktop_app.gui.views.details_dialog",
    "desktop_app.gui.views.new_assessment_wizard",
    "desktop_app.gui.views.merge_view",
    "desktop_app.gui.views.self_assessment_view",
    "desktop_app.gui.views.agenda_dialog",
    "desktop_app.gui.views.quick_action_dialog",
    "desktop_app.gui.versioned_command",
    "desktop_app.storage.merging",
    "desktop_app.core.merge",
    "PySide6.QtPrintSupport",
)

PROBE = """
import atexit, json, sys
HEAVY = {heavy!r}
import gc
atexit.register(lambda: print(json.dumps(sorted(m for m in HEAVY if m in sys.modules) + [gc.get_freeze_count()])))
sys.argv = ["readiness-planner", *sys.argv[1:]]
from desktop_app.__main__ import main
code = main()
sys.stdout.flush()
raise SystemExit(code)
"""


def _loaded(args: list[str], tmp_path: Path, heavy: tuple[str, ...] = HEAVY) -> tuple[int, list[str], int, str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "READINESS_EXIT_AFTER_OPEN": "1",
        "READINESS_CONFIG_DIR": str(tmp_path / "config"),  # a single-instance server name of this test's own
        "READINESS_CACHE_DIR": str(tmp_path / "cache"),
    }
    r = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=heavy), *args],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    *loaded, frozen = json.loads(r.stdout.strip().splitlines()[-1])
    return r.returncode, loaded, frozen, r.stderr


def test_the_gui_start_with_the_sample_open_loads_no_heavy_library(sample_path, tmp_path):
    code, loaded, frozen, err = _loaded([str(sample_path)], tmp_path)
    assert code == 0, err
    assert loaded == [], f"loaded at start: {loaded}"
    # the start-up heap is frozen once the file is open: later full collections walk only what is new
    assert frozen > 50_000


def test_the_gui_start_builds_no_hidden_tab_and_loads_no_dialog(sample_path, tmp_path):
    code, loaded, _frozen, err = _loaded([str(sample_path)], tmp_path, LATER)
    assert code == 0, err
    assert loaded == [], f"loaded at start: {loaded}"


def test_a_start_with_the_bank_in_the_cache_parses_no_yaml(sample_path, tmp_path):
    """The file's bank snapshot is parsed once per user (core/bank/disk_cache.py); a start that finds it
    in the cache does not even import PyYAML."""
    code, loaded, _frozen, err = _loaded([str(sample_path)], tmp_path, ("yaml",))
    assert code == 0, err
    assert loaded == ["yaml"], "the first start parses the snapshot and fills the cache"
    code, loaded, _frozen, err = _loaded([str(sample_path)], tmp_path, ("yaml",))
    assert code == 0, err
    assert loaded == [], "read from the cache"


def test_the_gui_start_imports_with_automatic_collection_off(sample_path, tmp_path):
    """The GUI's policy turns the collector off (gui/gc_policy.py): from the start, so the imports of
    pyqtgraph and the window do not run the collections they would trigger."""
    seen = (
        "import gc, sys\n"
        "class Watch:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name in ('pyqtgraph', 'desktop_app.gui.main_window'):\n"
        "            print(name, gc.isenabled(), file=sys.stderr)\n"
        "sys.meta_path.insert(0, Watch())\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "READINESS_EXIT_AFTER_OPEN": "1",
        "READINESS_CONFIG_DIR": str(tmp_path / "config"),
        "READINESS_CACHE_DIR": str(tmp_path / "cache"),
    }
    r = subprocess.run(
        [sys.executable, "-c", seen + PROBE.format(heavy=HEAVY), str(sample_path)],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    lines = [line for line in r.stderr.splitlines() if line.startswith(("pyqtgraph ", "desktop_app."))]
    assert lines == ["pyqtgraph False", "desktop_app.gui.main_window False"], r.stderr


def test_the_cli_check_loads_no_heavy_library(sample_path, tmp_path):
    code, loaded, _frozen, err = _loaded(["check", str(sample_path)], tmp_path)
    assert code == 0, err
    assert loaded == [], f"loaded by check: {loaded}"


def test_opening_the_portfolio_index_does_not_load_pandas(tmp_path):
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop_app.analysis.index import PortfolioIndex\n"
        f"with PortfolioIndex(Path({str(tmp_path)!r}), Path({str(tmp_path / 'index.db')!r})) as index:\n"
        "    index.refresh([])\n"
        "print(json.dumps(sorted(m for m in ('pandas', 'sqlite_utils') if m in sys.modules)))\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", "import json\n" + code], capture_output=True, text=True, timeout=60, check=False
    )
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout.strip().splitlines()[-1]) == ["sqlite_utils"]  # the index's library, not pandas


def test_pandas_still_loads_when_a_table_needs_it(tmp_path):
    """The guard against sqlite-utils' import does not hide pandas from the code that really uses it."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop_app.analysis.index import PortfolioIndex\n"
        f"PortfolioIndex(Path({str(tmp_path)!r}), Path({str(tmp_path / 'index.db')!r})).close()\n"
        "import pandas\n"
        "print(pandas.DataFrame({'a': [1, 2]})['a'].sum())\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1] == "3"
