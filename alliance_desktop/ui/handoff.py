"""A second double-click on a project that is already open brings its window to the front.

Every window with a project open for editing listens on a local socket named after the file
(QLocalServer: a named pipe on Windows, a socket file elsewhere; the name is per user). A start
or an Open that finds the file locked asks that window to come forward, and then shows no error
and no second, empty window. Files locked by another program still get the usual message.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject

CONNECT_MS = 1500


def server_name(path: Path | str) -> str:
    """The socket's name for a project file: the same for every way of writing its path, per user."""
    resolved = os.path.normcase(str(Path(path).resolve()))
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name to be had: the path alone
        user = ""
    return "alliance-desktop-" + hashlib.sha1(f"{user}\0{resolved}".encode()).hexdigest()[:20]


class Beacon(QObject):
    """Listens for "bring your window forward" while `window` has the project at `path` open."""

    def __init__(self, window, path: Path | str):
        from PySide6.QtNetwork import QLocalServer  # not at start-up: QtNetwork takes 6-10 ms to load

        super().__init__(window)
        self.window = window
        self.name = server_name(path)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(self.name):
            # A socket file left by a window that crashed: the file lock says no window has it now.
            QLocalServer.removeServer(self.name)
            self.server.listen(self.name)
        self.server.newConnection.connect(self._connected)

    @property
    def listening(self) -> bool:
        return self.server.isListening()

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.write(f"{os.getpid()}\n".encode())  # the other process lets us take the foreground
            socket.readyRead.connect(lambda s=socket: self._request(s))
            socket.disconnected.connect(socket.deleteLater)

    def _request(self, socket) -> None:
        if bytes(socket.readAll().data()).strip() == b"show":
            self.window.come_forward()
        socket.disconnectFromServer()

    def close(self) -> None:
        self.server.close()


def bring_forward(path: Path | str) -> bool:
    """Ask the window that has `path` open to come to the front; False when no window of ours has it."""
    try:
        from PySide6.QtNetwork import QLocalSocket
    except ImportError:  # a build without QtNetwork: the caller shows the lock message
        return False

    socket = QLocalSocket()
    socket.connectToServer(server_name(path))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    try:
        if not socket.canReadLine() and not socket.waitForReadyRead(CONNECT_MS):
            return False
        _allow_foreground(bytes(socket.readLine().data()).strip())
        socket.write(b"show\n")
        return socket.waitForBytesWritten(CONNECT_MS)
    finally:
        socket.disconnectFromServer()


def _allow_foreground(pid: bytes) -> None:
    """Windows lets only the foreground process hand the foreground on: we are it (just started or clicked)."""
    if sys.platform != "win32" or not pid.isdigit():
        return
    try:
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(int(pid))
    except (AttributeError, OSError):  # the other window flashes in the taskbar instead
        pass
