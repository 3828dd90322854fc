"""Build the desktop bundle (PyInstaller onedir) and its portable archive.

    .venv/bin/python packaging/bundle.py build [--if-stale] [--no-archive]
    .venv/bin/python packaging/bundle.py stale        exit 0 when the bundle is stale or missing

`make bundle` runs `build` and then `packaging/smoke.py`; `make test` and tests/e2e/test_bundle.py run
`build --if-stale --no-archive`, which rebuilds only when a source file changed. The bundle is
build/dist/readiness-planner/ (the program, _internal/, share/ with the Linux desktop files, install.sh,
uninstall.sh, INSTALL.txt, VERSION and BUILD-STAMP); the archive is
build/dist/readiness-planner-VERSION-linux-x86_64.tar.gz, written with sorted names, fixed owners and
times so two builds from the same sources and lock file give the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "build" / "dist"
WORK = ROOT / "build" / "pyinstaller"
NAME = "readiness-planner"
BUNDLE = DIST / NAME
EXE = BUNDLE / (NAME + (".exe" if sys.platform == "win32" else ""))
STAMP = BUNDLE / "BUILD-STAMP"
#: the bundle's budget on disk (issue 16)
BUDGET_MB = 300.0
#: what the bundle is built from: a change to any of these makes it stale
SOURCES = ("desktop_app", "resources", "packaging", "pyproject.toml", "requirements.lock")


def version() -> str:
    """The version, from its one place: ``desktop_app/__init__.py``."""
    text = (ROOT / "desktop_app" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not found:
        raise SystemExit("desktop_app/__init__.py: no __version__ line")
    return found.group(1)


def _source_files() -> list[Path]:
    files: list[Path] = []
    for name in SOURCES:
        path = ROOT / name
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files += [p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"]
    return sorted(files)


def source_stamp() -> str:
    """A hash of every file the bundle is built from, and of the builder's own version."""
    digest = hashlib.sha256()
    import PyInstaller

    digest.update(f"pyinstaller {PyInstaller.__version__} python {platform.python_version()}\n".encode())
    for path in _source_files():
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def is_stale() -> bool:
    if not EXE.is_file() or not STAMP.is_file():
        return True
    return STAMP.read_text(encoding="utf-8").strip() != source_stamp()


def size_mb(folder: Path) -> float:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def _stage_extras() -> None:
    """Put the desktop files, scripts and notes next to the program (the archive's layout)."""
    share = BUNDLE / "share"
    share.mkdir(exist_ok=True)
    linux = PACKAGING / "linux"
    shutil.copy2(linux / "readiness-planner.desktop", share)
    shutil.copy2(linux / "readiness-planner-mime.xml", share)
    shutil.copytree(PACKAGING / "icons" / "hicolor", share / "icons" / "hicolor", dirs_exist_ok=True)
    shutil.copy2(ROOT / "resources" / "icons" / "readiness-planner.svg", share / "icons")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(linux / script, BUNDLE)
        (BUNDLE / script).chmod(0o755)
    text = (linux / "INSTALL.txt").read_text(encoding="utf-8").replace("@VERSION@", version())
    (BUNDLE / "INSTALL.txt").write_text(text, encoding="utf-8")
    (BUNDLE / "VERSION").write_text(version() + "\n", encoding="utf-8")


def build() -> float:
    """Run PyInstaller on the spec; returns the bundle's size in MB."""
    stamp = source_stamp()
    t0 = time.perf_counter()
    cmd = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(WORK), str(PACKAGING / "readiness-planner.spec"),
    ]  # fmt: skip
    env = {**os.environ, "PYTHONHASHSEED": "0", "SOURCE_DATE_EPOCH": _epoch()}
    result = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-4000:] + result.stderr[-8000:])
        raise SystemExit(f"PyInstaller failed (exit {result.returncode})")
    missing = sorted(set(re.findall(r"could not resolve '([^']+)'", result.stderr)))
    if missing:
        print(f"note: system libraries not found, so not bundled: {', '.join(missing)}")
        print("      (the Qt plugins that need them use the desktop's own; scripts/setup.sh --gui installs the xcb")
        print("      ones here, so a release build carries them for desktops that lack them)")
    _stage_extras()
    STAMP.write_text(stamp + "\n", encoding="utf-8")
    mb = size_mb(BUNDLE)
    print(f"bundle: {BUNDLE} built in {time.perf_counter() - t0:.0f} s, {mb:.0f} MB on disk (budget {BUDGET_MB:.0f})")
    if mb > BUDGET_MB:
        raise SystemExit(f"bundle is {mb:.0f} MB, over its budget of {BUDGET_MB:.0f} MB")
    return mb


def _epoch() -> str:
    """A fixed time for the archive's entries: the newest commit's, else the version file's."""
    try:
        out = subprocess.run(
            ["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
        if out:
            return out
    except (OSError, subprocess.CalledProcessError):
        pass
    return str(int((ROOT / "desktop_app" / "__init__.py").stat().st_mtime))


def archive() -> Path:
    """The portable ``.tar.gz``: one top folder, sorted entries, owner 0, fixed times, gzip without a name."""
    top = f"{NAME}-{version()}-linux-{platform.machine()}"
    target = DIST / f"{top}.tar.gz"
    mtime = int(os.environ.get("SOURCE_DATE_EPOCH") or _epoch())
    tmp = target.with_suffix(".tmp")

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        info.mtime = mtime
        return info

    with (
        tmp.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=mtime, compresslevel=6) as gz,
        tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        tar.add(BUNDLE, arcname=top, recursive=False, filter=normalise)
        for path in sorted(BUNDLE.rglob("*")):
            tar.add(path, arcname=f"{top}/{path.relative_to(BUNDLE)}", recursive=False, filter=normalise)
    tmp.replace(target)
    print(f"archive: {target} ({target.stat().st_size / 1e6:.0f} MB)")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the desktop bundle.")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build")
    b.add_argument("--if-stale", action="store_true", help="only when a source changed since the last build")
    b.add_argument("--no-archive", action="store_true", help="skip the .tar.gz")
    sub.add_parser("stale")
    args = parser.parse_args(argv)
    if args.command == "stale":
        return 0 if is_stale() else 1
    if args.if_stale and not is_stale():
        print(f"bundle: {BUNDLE} is up to date ({size_mb(BUNDLE):.0f} MB)")
    else:
        build()
    if not args.no_archive:
        archive()
    return 0


if __name__ == "__main__":
    sys.exit(main())
