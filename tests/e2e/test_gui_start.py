"""`readiness-planner FILE` starts the real application and keeps running, even on a bad file."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest


def _start(path, tmp_path) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "READINESS_CONFIG_DIR": str(tmp_path / "config")}
    return subprocess.Popen(
        [sys.executable, "-m", "desktop_app", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _alive_after(proc: subprocess.Popen, seconds: float) -> tuple[bool, str]:
    time.sleep(seconds)
    alive = proc.poll() is None
    proc.terminate()
    try:
        _, err = proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    return alive, err


def _logged_errors(tmp_path) -> str:
    # settings.data_dir() is READINESS_CONFIG_DIR itself; the app creates the log when it starts
    log = tmp_path / "config" / "readiness-planner.log"
    assert log.exists(), "the app wrote no log file"
    text = log.read_text(encoding="utf-8")
    return "\n".join(line for line in text.splitlines() if "ERROR" in line)


def _recent_mentions(tmp_path, name: str) -> bool:
    return any(name in p.read_text(encoding="utf-8") for p in (tmp_path / "config").rglob("*.ini"))


def test_gui_opens_the_sample_and_stays_up(sample_path, tmp_path):
    proc = _start(sample_path, tmp_path)
    # wait for the file to be opened (it lands in the recent-files list), not a fixed time: on a busy
    # machine the start alone can take several seconds
    deadline = time.monotonic() + 60
    while not _recent_mentions(tmp_path, "sample.readiness") and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    opened = _recent_mentions(tmp_path, "sample.readiness")
    alive, err = _alive_after(proc, 2)
    assert opened, err
    assert alive, err
    assert "Traceback" not in err
    assert _logged_errors(tmp_path) == ""


@pytest.mark.parametrize("content", [b"", b"not an assessment at all"])
def test_gui_survives_a_bad_file(tmp_path, content):
    bad = tmp_path / "bad.readiness"
    bad.write_bytes(content)
    proc = _start(bad, tmp_path)
    # wait for the app to have started (it creates its log first), not a fixed time: a busy machine
    # can take several seconds to start it; then give it time to open (and refuse) the file
    log = tmp_path / "config" / "readiness-planner.log"
    deadline = time.monotonic() + 60
    while not log.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    alive, err = _alive_after(proc, 3)
    assert alive, err
    assert "Traceback" not in err
    assert _logged_errors(tmp_path) == ""
