"""gui.heap: the start-up heap is frozen, and workers run without full collections (issue 15: GUI gaps)."""

from __future__ import annotations

import gc
import subprocess
import sys
import threading

from desktop_app.gui.heap import PAUSED_THRESHOLD, young_collections_only


def _full_collections_during(work) -> int:
    seen: list[int] = []

    def callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] == 2:
            seen.append(1)

    gc.callbacks.append(callback)
    try:
        work()
    finally:
        gc.callbacks.remove(callback)
    return len(seen)


def _make_cycles(n: int = 300_000) -> None:
    keep = []
    for i in range(n):
        a: list[object] = [i]
        a.append(a)  # a cycle: tracked, and counted towards the collections
        keep.append(a)


def test_a_worker_allocating_much_triggers_no_full_collection_and_the_threshold_comes_back():
    before = gc.get_threshold()
    assert _full_collections_during(_make_cycles) > 0  # without the guard, this work starts full collections

    def guarded() -> None:
        with young_collections_only():
            assert gc.get_threshold()[2] == PAUSED_THRESHOLD
            _make_cycles()

    assert _full_collections_during(guarded) == 0
    assert gc.get_threshold() == before


def test_nested_and_concurrent_guards_restore_the_threshold_once_the_last_ends():
    before = gc.get_threshold()
    inside = threading.Event()
    release = threading.Event()

    def worker() -> None:
        with young_collections_only():
            inside.set()
            release.wait(10)

    t = threading.Thread(target=worker)
    t.start()
    assert inside.wait(10)
    with young_collections_only():
        with young_collections_only():
            pass
        assert gc.get_threshold()[2] == PAUSED_THRESHOLD
    assert gc.get_threshold()[2] == PAUSED_THRESHOLD  # the worker still runs
    release.set()
    t.join(10)
    assert gc.get_threshold() == before


def test_an_error_in_the_guarded_block_still_restores_the_threshold():
    before = gc.get_threshold()
    try:
        with young_collections_only():
            raise ValueError("boom")
    except ValueError:
        pass
    assert gc.get_threshold() == before


def test_freezing_moves_the_live_objects_out_of_the_collections():
    code = (
        "import gc\n"
        "from desktop_app.gui.heap import freeze_start_up\n"
        "data = [[i] for i in range(50_000)]\n"
        "n = freeze_start_up()\n"
        "print(n > 50_000, len(gc.get_objects()) < 1_000)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.split() == ["True", "True"]
