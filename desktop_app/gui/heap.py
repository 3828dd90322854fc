"""Keep the full garbage collections short: the heap of the start-up is frozen.

A full (generation 2) collection walks every tracked object of the process while holding the GIL:
with the window, its views and the question bank that is some 90,000 objects, 60-200 ms on this
machine, during which the window does not paint. Collections run on the GUI thread
(``gui.gc_policy``); once the window is up and the first file open, what exists then (modules,
widgets, the bank) moves to the collector's permanent generation (``gc.freeze()``), so later full
collections walk only what was made since. Freed objects are still freed by reference counting;
only reference cycles already unreachable at that moment stay (a start-up's worth, once).
"""

from __future__ import annotations

import gc


def freeze_start_up() -> None:
    """Move every object alive now to the permanent generation.

    ``gc.get_freeze_count()`` says how many are frozen, but it walks them all to count them (5 ms of the
    cold start, profiled): ask it only where the number is wanted.
    """
    gc.freeze()
