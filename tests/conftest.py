"""Shared test setup: offscreen Qt, a private app-data folder, and no network at all."""

from __future__ import annotations

import os
import socket

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class NetworkUsed(AssertionError):
    pass


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """The app never opens a network socket; any attempt fails the test (local AF_UNIX pairs are fine)."""
    real_socket = socket.socket

    class GuardedSocket(real_socket):
        def __init__(self, family=-1, type=-1, proto=-1, fileno=None):  # noqa: A002 - socket API
            if fileno is None and family in (socket.AF_INET, socket.AF_INET6, -1):
                raise NetworkUsed(f"network socket opened (family={family})")
            super().__init__(family, type, proto, fileno)

    def guarded_create_connection(*args, **kwargs):
        raise NetworkUsed(f"network connection attempted: {args}")

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", guarded_create_connection)
    yield


@pytest.fixture(autouse=True)
def _app_data(tmp_path_factory, monkeypatch):
    """Settings, logs, backups and demo copies go to a fresh folder for each test."""
    folder = tmp_path_factory.mktemp("appdata")
    monkeypatch.setenv("ALLIANCE_DESKTOP_DATA_DIR", str(folder))
    yield folder


@pytest.fixture(autouse=True)
def _language():
    from alliance_desktop import i18n

    i18n.set_language("fi")
    yield
    i18n.set_language("fi")
