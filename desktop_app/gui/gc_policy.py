"""Python's cyclic garbage collector runs on the GUI thread only.

Left automatic, a collection starts in whichever thread happens to allocate past the threshold. The
PDF and export workers allocate a great deal (reportlab reads a font's glyph tables into millions of
small objects), so a collection often starts there, and it then destroys whatever unreachable Qt
objects it finds, widgets included, from a thread that must never touch them: the process dies with
a segmentation fault. The suite showed it (worker thread "Garbage-collecting" inside reportlab's
ttfonts, 2 of 4 full runs). The cure is the one pyqtgraph ships and documents for this reason:
automatic collection off, and a timer on the GUI thread that collects when the counts say so.
"""

from __future__ import annotations

import gc

from pyqtgraph.util.garbage_collector import GarbageCollector

#: how often the GUI thread looks at the collector's counts (pyqtgraph's default)
INTERVAL_S = 1.0


def collect_on_gui_thread(interval_s: float = INTERVAL_S) -> GarbageCollector:
    """Turn automatic collection off and collect on a GUI-thread timer instead. Call it on the GUI
    thread with the application created; keep the returned object for as long as the app runs."""
    return GarbageCollector(interval=interval_s)


def restore(collector: GarbageCollector) -> None:
    """Stop the timer and give collection back to Python (the app is ending; no worker runs)."""
    collector.timer.stop()
    gc.enable()
    gc.collect()
