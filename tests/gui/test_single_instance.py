"""One app per user: a second launch hands its file to the running one over a local socket and exits."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pytest

from desktop_app.gui.single_instance import (
    MAX_MESSAGE,
    InstanceServer,
    decode_request,
    encode_request,
    hand_over,
    server_name,
)

ROOT = Path(__file__).resolve().parents[2]


def _unique_name() -> str:
    return f"readiness-test-{uuid.uuid4().hex[:12]}"


def _client(*args: str) -> subprocess.Popen[str]:
    """A launcher in another process: the server answers from this process's event loop."""
    code = (
        "import sys; from desktop_app.gui.single_instance import hand_over; "
        "sys.exit(0 if hand_over(sys.argv[1] or None, sys.argv[2]) else 1)"
    )
    return subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, text=True, stderr=subprocess.PIPE)


def _wait(proc: subprocess.Popen[str], qtbot) -> int:
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=15000)
    return proc.returncode


def test_requests_round_trip_and_bad_ones_are_refused(tmp_path):
    path = tmp_path / "a b" / "ü.readiness"
    assert decode_request(encode_request(str(path)).rstrip(b"\n")) == str(path.resolve())
    assert decode_request(encode_request(None).rstrip(b"\n")) == ""
    for bad in (
        b"",
        b"not json",
        b"[1]",
        b'{"open": 3}',
        b'{"open": ""}',
        b'{"open": "a", "x": 1}',
        b'{"run": "rm -rf"}',
        b"\xff\xfe",
        b'{"open": "a\\u0000b"}',
    ):
        with pytest.raises(ValueError):
            decode_request(bad)
    with pytest.raises(ValueError, match="longer"):
        decode_request(b" " * (MAX_MESSAGE + 1))


def test_the_name_is_per_settings_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("READINESS_CONFIG_DIR", str(tmp_path / "one"))
    one = server_name()
    monkeypatch.setenv("READINESS_CONFIG_DIR", str(tmp_path / "two"))
    assert server_name() != one
    monkeypatch.setenv("READINESS_CONFIG_DIR", str(tmp_path / "one"))
    assert server_name() == one


def test_nobody_listening_means_this_launch_is_the_first(qapp):
    t0 = time.perf_counter()
    assert hand_over("/tmp/x.readiness", _unique_name()) is False
    assert time.perf_counter() - t0 < 1.5  # no waiting for a server that is not there


def test_a_second_launch_hands_its_file_to_the_server(qtbot, tmp_path):
    server = InstanceServer(_unique_name())
    assert server.listen()
    target = tmp_path / "received.readiness"
    with qtbot.waitSignal(server.open_requested, timeout=15000) as blocker:
        proc = _client(str(target), server.name)
        assert _wait(proc, qtbot) == 0, proc.stderr.read() if proc.stderr else ""
    assert blocker.args == [str(target.resolve())]
    # a launch without a file only brings the window to the front
    with qtbot.waitSignal(server.open_requested, timeout=15000) as blocker:
        assert _wait(_client("", server.name), qtbot) == 0
    assert blocker.args == [""]
    server.close()


def test_a_malformed_request_is_answered_error_and_opens_nothing(qtbot):
    server = InstanceServer(_unique_name())
    assert server.listen()
    got: list[str] = []
    server.open_requested.connect(got.append)
    code = (
        "import sys; from PySide6.QtNetwork import QLocalSocket; s = QLocalSocket(); s.connectToServer(sys.argv[1]);"
        "s.waitForConnected(5000); s.write(b'{\"open\": 42}\\n'); s.flush(); s.waitForReadyRead(5000);"
        "sys.stdout.write(bytes(s.readAll().data()).decode())"
    )
    proc = subprocess.Popen([sys.executable, "-c", code, server.name], stdout=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=15000)
    assert proc.stdout is not None and proc.stdout.read().strip() == "error"
    qtbot.wait(50)
    assert got == []
    server.close()


def test_a_second_server_under_the_same_name_defers_to_the_live_one(qapp):
    name = _unique_name()
    first = InstanceServer(name)
    assert first.listen()
    assert InstanceServer(name).listen() is False
    first.close()


def test_a_socket_left_by_a_crashed_instance_is_taken_over(qapp):
    """Unix: a killed instance leaves its socket file behind; the next launch must not defer to it."""
    name = _unique_name()
    stale = Path(os.environ.get("TMPDIR") or tempfile.gettempdir()) / name
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(stale))  # bound, never listening, then gone: what a killed process leaves
    sock.close()
    assert stale.exists()
    server = InstanceServer(name)
    assert server.listen()
    server.close()


def test_the_real_app_opens_a_second_launchs_file_and_the_launch_exits(tmp_path, sample_path, monkeypatch, qapp):
    """Two processes of the real entry point, as two double-clicks make them."""
    config = tmp_path / "config"
    monkeypatch.setenv("READINESS_CONFIG_DIR", str(config))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("READINESS_EXIT_AFTER_OPEN", None)
    second_file = tmp_path / "second.readiness"
    second_file.write_bytes(Path(sample_path).read_bytes())
    first = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", str(sample_path)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while not hand_over(None, server_name(), timeout_ms=500):  # until the first one listens
            assert first.poll() is None and time.monotonic() < deadline, "the first instance never listened"
            time.sleep(0.2)
        second = subprocess.run(
            [sys.executable, "-m", "desktop_app", str(second_file)],
            check=False,
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 0, second.stderr
        assert "Traceback" not in second.stderr
        log = config / "readiness-planner.log"  # settings.data_dir() is READINESS_CONFIG_DIR itself
        expected = f"opened by another launch: {second_file.resolve()}"
        while expected not in (log.read_text(encoding="utf-8") if log.exists() else ""):
            assert first.poll() is None and time.monotonic() < deadline, "the running app never opened the file"
            time.sleep(0.2)
        assert "ERROR" not in log.read_text(encoding="utf-8")
    finally:
        first.terminate()
        try:
            _, err = first.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            first.kill()
            _, err = first.communicate()
    assert "Traceback" not in err
