"""Changing a widget without a needless re-polish, layout pass or synchronous repaint (issue 15).

An answer refreshes every visible view; each of these calls cost a pass over the whole window when
made with an unchanged value, or painted at once instead of with the rest of the window.
"""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QWidget


def set_style_sheet(widget: QWidget, css: str) -> None:
    """``widget.setStyleSheet(css)`` unless it already has it: each call re-polishes the widget and
    lays its window out again (about 0.2 ms each, seven per answer in the live panel)."""
    if widget.styleSheet() != css:
        widget.setStyleSheet(css)


def set_progress(bar: QProgressBar, value: int) -> None:
    """``bar.setValue(value)`` painted with the rest of the window on the next pass of the event loop.

    ``QProgressBar.setValue`` repaints at once (``repaint()``, not ``update()``) whenever its text
    changes, and a synchronous repaint paints every region of the window that is waiting to be
    painted: up to 10 ms each, several times while a file opens, once per new answer.
    """
    if bar.value() == value:
        return
    bar.setUpdatesEnabled(False)  # repaint() does nothing now; enabling again schedules update()
    try:
        bar.setValue(value)
    finally:
        bar.setUpdatesEnabled(True)
