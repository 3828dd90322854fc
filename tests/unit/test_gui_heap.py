"""gui.heap: the start-up heap is frozen, so later full collections walk only what is new (issue 15: GUI gaps)."""

from __future__ import annotations

import subprocess
import sys


def test_freezing_moves_the_live_objects_out_of_the_collections():
    code = (
        "import gc\n"
        "from desktop_app.gui.heap import freeze_start_up\n"
        "data = [[i] for i in range(50_000)]\n"
        "freeze_start_up()\n"
        "n = gc.get_freeze_count()\n"
        "print(n > 50_000, len(gc.get_objects()) < 1_000)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.split() == ["True", "True"]
