"""Shared test setup: offscreen Qt, a private app-data folder, and no network at all."""

from __future__ import annotations

import os
import socket

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI runs the property tests with a fixed seed so a landing never depends on luck; local runs stay
# random and keep exploring (a failure found there gets an @example and a fix).
settings.register_profile("ci", derandomize=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


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


@pytest.fixture(scope="session", autouse=True)
def _qt_clean_exit():
    """At the end of the run, delete every widget and collect Python's garbage while Qt is still up;
    left to interpreter shutdown, the collector can free wrappers whose Qt objects are already gone."""
    yield
    import gc
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
