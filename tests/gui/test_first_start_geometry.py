"""On first start the window fits the screen it opens on, with its status bar visible."""

from __future__ import annotations

from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings import Settings


def test_first_start_window_fits_the_available_screen(qtbot):
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    avail = window.screen().availableGeometry()
    # the offscreen screen is 800 x 800: the 1280 x 800 default must shrink to fit it (down to the
    # window's minimum width, 960, which no real laptop or projector is narrower than)
    assert window.height() <= avail.height() - 60
    assert window.width() == max(window.minimumWidth(), min(1280, avail.width() - 40))
    assert window.x() >= avail.x() and window.y() >= avail.y()
