"""Keep Python's full garbage collections short while the window must stay responsive.

A full (generation 2) collection walks every tracked object of the process while holding the GIL:
with the window, its views and the question bank that is some 90,000 objects, 60-200 ms on this
machine, and when a worker thread (an export, a portfolio load) allocates enough to start one, the
window freezes for that long. Two measures:

- :func:`freeze_start_up`: once the window is up and the first file open, what exists then (modules,
  widgets, the bank) moves to the collector's permanent generation (``gc.freeze()``): later full
  collections walk only what was made since. Freed objects are still freed by reference counting;
  only reference cycles already unreachable at that moment stay (a start-up's worth, once).
- :func:`young_collections_only`: while a worker writes, full collections wait (young ones go on,
  so a worker's own short-lived cycles are still collected); the threshold comes back afterwards.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

#: the full-collection threshold while a worker runs: in practice, never
PAUSED_THRESHOLD = 1_000_000_000


class _Pause:
    """How many guarded blocks run, and the threshold to give back when the last ends."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.count = 0
        self.saved = 0


_pause = _Pause()


def freeze_start_up() -> int:
    """Move every object alive now to the permanent generation; how many are frozen in all."""
    gc.freeze()
    return gc.get_freeze_count()


@contextlib.contextmanager
def young_collections_only() -> Iterator[None]:
    """No full collection while the block runs (nests, from any thread); the old threshold after."""
    with _pause.lock:
        if _pause.count == 0:
            t0, t1, _pause.saved = gc.get_threshold()
            gc.set_threshold(t0, t1, PAUSED_THRESHOLD)
        _pause.count += 1
    try:
        yield
    finally:
        with _pause.lock:
            _pause.count -= 1
            if _pause.count == 0:
                t0, t1, _ = gc.get_threshold()
                gc.set_threshold(t0, t1, _pause.saved)
