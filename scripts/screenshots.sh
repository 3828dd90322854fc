#!/bin/sh
# Screenshots of the main views into docs/screenshots/, under a real (virtual) X server whose screen
# is the size shot, so full-screen presentation mode looks as it would on that display.
# Needs the Debian packages: xvfb xauth xdotool libxcb-icccm4 libxcb-keysyms1 imagemagick
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
for size in 1366x768 1920x1080; do
    xvfb-run -a -s "-screen 0 ${size}x24 -dpi 96" env QT_QPA_PLATFORM=xcb "$PYTHON" scripts/screenshots.py "$size"
done
for size in 1280x720 1920x1080; do  # the audience screen, at a projector's and a monitor's size
    xvfb-run -a -s "-screen 0 ${size}x24 -dpi 96" env QT_QPA_PLATFORM=xcb "$PYTHON" scripts/audience_screenshots.py "$size"
done
# the room's disagreement, the merge dialog, the import preview and the PDF's section 6.1 (issue 14)
xvfb-run -a -s "-screen 0 1366x768x24 -dpi 96" env QT_QPA_PLATFORM=xcb "$PYTHON" scripts/collab_screenshots.py
# the analysis views: risk profile, what-if, compare and the portfolio (1400x900 widgets)
xvfb-run -a -s "-screen 0 1920x1080x24 -dpi 96" env QT_QPA_PLATFORM=xcb "$PYTHON" scripts/analysis_screenshots.py
