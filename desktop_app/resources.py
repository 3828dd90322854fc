"""Where the bundled resources live, frozen (PyInstaller) or not."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    """The folder that holds ``question_banks/``, ``fonts/``, ``samples/`` and ``icons/``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A path inside the resources folder."""
    return resource_root().joinpath(*parts)
