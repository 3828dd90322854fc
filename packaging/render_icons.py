"""Render the app icon from resources/icons/readiness-planner.svg into every size the desktops ask for.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py

Writes packaging/icons/hicolor/NxN/apps/readiness-planner.png (Linux), readiness-planner.ico (Windows,
all sizes in one file) and readiness-planner.icns (macOS). The outputs are committed so a build needs
no renderer; run this again after changing the SVG (tests/e2e/test_bundle.py checks they agree in size).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "readiness-planner.svg"
OUT = ROOT / "packaging" / "icons"
#: the freedesktop hicolor sizes; Windows takes 16-256, macOS 16-512 (1024 is its @2x of 512)
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(data.data())


def main() -> int:
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    pngs = {size: render_png(size) for size in SIZES}
    for size, data in pngs.items():
        target = OUT / "hicolor" / f"{size}x{size}" / "apps" / "readiness-planner.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    largest = Image.open(io.BytesIO(pngs[256]))
    largest.save(OUT / "readiness-planner.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    Image.open(io.BytesIO(pngs[512])).save(OUT / "readiness-planner.icns")
    print(f"wrote {len(SIZES)} PNG sizes, readiness-planner.ico and readiness-planner.icns to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
