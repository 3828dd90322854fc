"""The application icon: our own SVG, drawn by QtSvg at any size."""

from __future__ import annotations

from PySide6.QtCore import QSize

from desktop_app.gui.app import app_icon


def test_the_app_icon_renders_at_desktop_sizes(qapp):
    icon = app_icon()
    assert not icon.isNull()
    for size in (16, 48, 256):
        image = icon.pixmap(QSize(size, size)).toImage()
        assert image.width() == size
        # the blue tile is there: not a blank or missing-image pixmap
        assert image.pixelColor(size // 2, size // 10).name().lower() == "#1f4e79"
