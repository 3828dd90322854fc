"""One running app per user: a second launch hands its file to the first one and exits.

Double-clicking a second ``.readiness`` file while the app runs must open it in the running window,
not start a second process that fights over the same settings and recent-files list. The first
instance listens on a local socket (a Unix domain socket, or a named pipe on Windows) whose name is
derived from the user and the settings folder; a later launch connects, sends one line of JSON
(``{"open": "/abs/path"}`` or ``{"open": null}`` to bring the window to the front), waits for
``ok`` and exits. If nobody answers, the launch becomes the first instance itself.

The socket is only reachable by the same user (``UserAccessOption``); what arrives is still checked:
one line, at most :data:`MAX_MESSAGE` bytes, a JSON object whose ``open`` is a string or null.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

#: the longest message accepted (a path, JSON-quoted, fits many times over)
MAX_MESSAGE = 64 * 1024
#: how long a second launch waits for the first one, in milliseconds
# A busy instance (a report being built, a slow disk) may take a few seconds to answer; after this the
# second launch starts on its own (and opens the file read-only if the first one holds it).
TIMEOUT_MS = 5000


def server_name() -> str:
    """The socket's name: one per user and settings folder (``READINESS_CONFIG_DIR`` gets its own)."""
    from desktop_app.gui.settings import config_dir

    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (containers)
        user = str(Path.home())
    key = f"{user}\0{Path(config_dir()).expanduser().resolve()}"
    return "readiness-planner-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def encode_request(path: str | None) -> bytes:
    target = str(Path(path).expanduser().resolve()) if path else None
    return json.dumps({"open": target}).encode("utf-8") + b"\n"


def decode_request(data: bytes) -> str | None:
    """The path a request asks to open ("" to only raise the window); ``ValueError`` when malformed."""
    if len(data) > MAX_MESSAGE:
        raise ValueError(f"request longer than {MAX_MESSAGE} bytes")
    try:
        message = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"request is not JSON: {exc}") from None
    if not isinstance(message, dict) or set(message) != {"open"}:
        raise ValueError('request must be an object with the single key "open"')
    target = message["open"]
    if target is None:
        return ""
    if not isinstance(target, str) or not target or "\0" in target:
        raise ValueError('"open" must be a path or null')
    return target


def hand_over(path: str | None, name: str | None = None, timeout_ms: int = TIMEOUT_MS) -> bool:
    """Give ``path`` to a running instance; True when it took it (this process should then exit)."""
    sock = QLocalSocket()
    sock.connectToServer(name or server_name())
    if not sock.waitForConnected(timeout_ms):
        return False
    sock.write(encode_request(path))
    sock.flush()
    reply = b""
    while b"\n" not in reply and sock.waitForReadyRead(timeout_ms):
        reply += bytes(sock.readAll().data())
    sock.disconnectFromServer()
    if reply.startswith(b"ok"):
        return True
    log.warning("the running instance did not take %s (reply %r); starting another", path, reply[:80])
    return False


class InstanceServer(QObject):
    """The first instance's end: emits :attr:`open_requested` for every file a later launch hands over."""

    #: a path to open, or "" when a launch without a file only wants the window in front
    open_requested = Signal(str)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; False (logged) when another live instance already owns the name."""
        # Qt replaces an existing socket file when it listens, so ask first whether someone answers there
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(200):
            probe.disconnectFromServer()
            log.info("another instance listens on %s; this one runs on its own", self.name)
            return False
        QLocalServer.removeServer(self.name)  # a socket file left by an instance that crashed
        if self._server.listen(self.name):
            return True
        log.warning("single instance: cannot listen on %s: %s", self.name, self._server.errorString())
        return False

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while (sock := self._server.nextPendingConnection()) is not None:
            self._buffers[sock] = b""
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(lambda s=sock: self._drop(s))

    def _drop(self, sock: QLocalSocket) -> None:
        self._buffers.pop(sock, None)
        sock.deleteLater()

    def _read(self, sock: QLocalSocket) -> None:
        if sock not in self._buffers:
            return
        data = self._buffers[sock] + bytes(sock.readAll().data())
        self._buffers[sock] = data
        if b"\n" not in data:
            if len(data) > MAX_MESSAGE:
                log.warning("single instance: dropped a request longer than %d bytes", MAX_MESSAGE)
                self._buffers.pop(sock, None)
                sock.abort()
            return
        self._buffers.pop(sock, None)
        line = data.split(b"\n", 1)[0]
        try:
            target: str | None = decode_request(line)
        except ValueError as exc:
            log.warning("single instance: ignored a malformed request: %s", exc)
            target = None
        sock.write(b"error\n" if target is None else b"ok\n")
        sock.flush()
        sock.disconnectFromServer()
        if target is not None:
            # after the reply, from the event loop: opening may show a dialog, which must not hold the launcher
            QTimer.singleShot(0, lambda t=target: self.open_requested.emit(t))


def bring_to_front(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()


def serve(open_path: Callable[[str], object], raise_window: Callable[[], None]) -> InstanceServer | None:
    """Listen for later launches: each file they hand over is opened, and the window comes to the front."""
    server = InstanceServer()

    def on_request(target: str) -> None:
        raise_window()
        if target:
            log.info("opened by another launch: %s", target)
            open_path(target)

    server.open_requested.connect(on_request)
    if not server.listen():
        server.deleteLater()
        return None
    return server
