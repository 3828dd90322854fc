"""The desktop bundle: the frozen app's smoke test, the Linux desktop integration, the archive.

The bundle is built (packaging/bundle.py) when it is missing or older than its sources, once per run
even with several workers, so the suite always smoke-tests the frozen app of the code under test.
"""

from __future__ import annotations

import fcntl
import importlib.util
import os
import re
import struct
import subprocess
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

import desktop_app
from desktop_app.storage import schema

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_packaging_{name}", PACKAGING / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def bundle() -> ModuleType:
    """packaging/bundle.py, with the bundle built from the current sources."""
    module = _load("bundle")
    lock = ROOT / "build" / ".bundle.lock"
    lock.parent.mkdir(parents=True, exist_ok=True)
    with lock.open("w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)  # one build, whichever worker comes first
        if module.is_stale():
            module.build()
    return module


@pytest.mark.slow  # builds the bundle (minutes) when a source changed
def test_the_frozen_app_passes_its_smoke_test(bundle, tmp_path):
    smoke = _load("smoke")
    failures = []
    for name, check in smoke.checks(bundle.EXE, tmp_path):
        try:
            check()
        except (AssertionError, subprocess.TimeoutExpired, OSError, ValueError, KeyError) as exc:
            failures.append(f"{name}: {exc}")
    assert failures == []


@pytest.mark.slow  # builds the bundle (minutes) when a source changed
def test_the_bundle_stays_within_its_budget_and_leaves_out_what_is_unused(bundle):
    assert bundle.size_mb(bundle.BUNDLE) < bundle.BUDGET_MB
    internal = bundle.BUNDLE / "_internal"
    names = {p.name for p in internal.rglob("*")}
    dangling = [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == []
    for unused in ("libQt6Quick.so.6", "libQt6Qml.so.6", "QtTest.abi3.so", "pytest", "hypothesis", "PyQt5"):
        assert unused not in names, unused
    # what the app needs at run time is there
    for needed in ("genai-readiness.yaml", "frameworks.yaml", "DejaVuSans.ttf", "Vera.ttf", "readiness-planner.svg"):
        assert needed in names, needed


def _user_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "READINESS_"))}
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        QT_QPA_PLATFORM="offscreen",
    )
    (tmp_path / "home").mkdir()
    return env


@pytest.mark.slow  # builds the bundle (minutes) when a source changed
def test_install_puts_the_app_in_the_users_menu_and_uninstall_removes_it(bundle, tmp_path):
    env = _user_env(tmp_path)
    data, config = tmp_path / "data", tmp_path / "config"
    settings = config / "readiness-planner" / "settings.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text("[recent]\n", encoding="utf-8")

    done = subprocess.run([str(bundle.BUNDLE / "install.sh")], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    app = data / "readiness-planner" / "app" / "readiness-planner"
    assert os.access(app, os.X_OK)
    command = tmp_path / "home" / ".local" / "bin" / "readiness-planner"
    assert command.resolve() == app.resolve()
    version = subprocess.run([str(command), "--version"], env=env, capture_output=True, text=True, check=False)
    assert version.stdout.strip().endswith(desktop_app.__version__), version.stderr

    entry = (data / "applications" / "readiness-planner.desktop").read_text(encoding="utf-8")
    assert f'Exec="{app}" %f' in entry.splitlines()
    assert "MimeType=application/x-genai-readiness;" in entry.splitlines()
    assert (data / "mime" / "packages" / "readiness-planner.xml").is_file()
    # update-mime-database compiled the type: known by name and by content
    assert "application/x-genai-readiness:*.readiness" in (data / "mime" / "globs2").read_text(encoding="utf-8")
    assert b"application/x-genai-readiness" in (data / "mime" / "magic").read_bytes()
    for size in (16, 32, 48, 128, 256):
        icons = data / "icons" / "hicolor" / f"{size}x{size}"
        assert (icons / "apps" / "readiness-planner.png").is_file()
        assert (icons / "mimetypes" / "application-x-genai-readiness.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "readiness-planner.svg").is_file()

    # installing again upgrades in place
    again = subprocess.run([str(bundle.BUNDLE / "install.sh")], env=env, capture_output=True, text=True, check=False)
    assert again.returncode == 0, again.stderr
    assert not (data / "readiness-planner" / "app.old").exists()

    gone = subprocess.run([str(app.parent / "uninstall.sh")], env=env, capture_output=True, text=True, check=False)
    assert gone.returncode == 0, gone.stderr
    assert not (data / "readiness-planner").exists()
    assert not command.exists() and not command.is_symlink()
    assert not (data / "applications" / "readiness-planner.desktop").exists()
    assert "readiness" not in (data / "mime" / "globs2").read_text(encoding="utf-8")
    assert not list((data / "icons").rglob("readiness-planner.*"))
    assert not list((data / "icons").rglob("application-x-genai-readiness.*"))
    assert settings.read_text(encoding="utf-8") == "[recent]\n"  # the user's settings are theirs


def test_install_outside_the_unpacked_archive_says_what_is_missing(tmp_path):
    script = tmp_path / "install.sh"
    script.write_bytes((PACKAGING / "linux" / "install.sh").read_bytes())
    script.chmod(0o755)
    done = subprocess.run([str(script)], env=_user_env(tmp_path), capture_output=True, text=True, check=False)
    assert done.returncode == 2
    assert "unpacked archive" in done.stderr
    assert not (tmp_path / "data").exists()


def test_the_mime_magic_matches_the_header_the_app_writes(sample_path):
    header = Path(sample_path).read_bytes()[:100]  # a file written by the app itself

    mime = ET.parse(PACKAGING / "linux" / "readiness-planner-mime.xml").getroot()
    mtype = mime.find(f"{MIME_NS}mime-type")
    assert mtype is not None and mtype.get("type") == "application/x-genai-readiness"
    glob = mtype.find(f"{MIME_NS}glob")
    assert glob is not None and glob.get("pattern") == "*.readiness"
    outer = mtype.find(f"{MIME_NS}magic/{MIME_NS}match")
    assert outer is not None and outer.get("type") == "string"
    value, offset = outer.get("value", ""), int(outer.get("offset", "-1"))
    assert header[offset : offset + len(value)] == value.encode()
    inner = outer.find(f"{MIME_NS}match")
    assert inner is not None and inner.get("type") == "big32"
    at = int(inner.get("offset", "-1"))
    assert struct.unpack(">I", header[at : at + 4])[0] == int(inner.get("value", "0"), 16) == schema.APPLICATION_ID

    desktop = (PACKAGING / "linux" / "readiness-planner.desktop").read_text(encoding="utf-8")
    assert f"MimeType={mtype.get('type')};" in desktop.splitlines()


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_the_icons_come_in_the_usual_sizes():
    hicolor = PACKAGING / "icons" / "hicolor"
    sizes = sorted(int(d.name.split("x")[0]) for d in hicolor.iterdir())
    assert sizes == [16, 24, 32, 48, 64, 128, 256, 512]
    for size in sizes:
        assert _png_size(hicolor / f"{size}x{size}" / "apps" / "readiness-planner.png") == (size, size)
    ico = (PACKAGING / "icons" / "readiness-planner.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    ico_sizes = sorted(ico[6 + 16 * i] or 256 for i in range(count))
    assert ico_sizes == [16, 24, 32, 48, 64, 128, 256]
    assert (PACKAGING / "icons" / "readiness-planner.icns").read_bytes()[:4] == b"icns"


def test_the_version_lives_in_one_place():
    bundle = _load("bundle")
    assert bundle.version() == desktop_app.__version__
    spec = (PACKAGING / "readiness-planner.spec").read_text(encoding="utf-8")
    assert desktop_app.__version__ not in spec
    iss = (PACKAGING / "windows" / "readiness-planner.iss").read_text(encoding="utf-8")
    assert desktop_app.__version__ not in iss
    assert re.search(r'^dynamic = \["version"\]', (ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.M)


def test_the_archive_is_reproducible_and_keeps_the_scripts_executable(tmp_path, monkeypatch):
    bundle = _load("bundle")
    fake = tmp_path / "dist" / "readiness-planner"
    (fake / "_internal").mkdir(parents=True)
    (fake / "readiness-planner").write_text("#!/bin/sh\n", encoding="utf-8")
    (fake / "readiness-planner").chmod(0o755)
    (fake / "install.sh").write_text("#!/bin/sh\n", encoding="utf-8")
    (fake / "install.sh").chmod(0o755)
    (fake / "INSTALL.txt").write_text("read me\n", encoding="utf-8")
    monkeypatch.setattr(bundle, "BUNDLE", fake)
    monkeypatch.setattr(bundle, "DIST", tmp_path / "dist")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = bundle.archive().read_bytes()
    os.utime(fake / "INSTALL.txt", (1, 1))  # a touched file must not change the archive
    target = bundle.archive()
    assert target.read_bytes() == first
    with tarfile.open(target) as tar:
        members = {m.name: m for m in tar.getmembers()}
    top = target.name.removesuffix(".tar.gz")
    expected = {top} | {f"{top}/{name}" for name in ("_internal", "readiness-planner", "install.sh", "INSTALL.txt")}
    assert set(members) == expected
    assert members[f"{top}/install.sh"].mode & 0o111
    assert all(m.uid == 0 and m.mtime == 1700000000 for m in members.values())
