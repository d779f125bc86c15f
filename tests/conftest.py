"""Shared test setup: offscreen Qt, a private app-data folder, and no network at all."""

from __future__ import annotations

import inspect
import os
import re
import socket
import sys
import threading

import pytest
from hypothesis import settings

from alliance_desktop import paths

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Windows: offscreen Qt finds no fonts unless pointed at %WINDIR%\Fonts (the processes the tests start inherit it)
paths.offscreen_system_fonts()

# CI runs the property tests with a fixed seed so a landing never depends on luck; local runs stay
# random and keep exploring (a failure found there gets an @example and a fix).
settings.register_profile("ci", derandomize=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


# ---------------------------------------------------------------- the `slow` marker

_SPAWNS = re.compile(r"\bsubprocess\.|\bsys\.executable\b")


def _codes(code):
    """A function's code and the code of the functions and lambdas written inside it."""
    yield code
    for const in code.co_consts:
        if inspect.iscode(const):
            yield from _codes(const)


def _starts_a_process(func, seen: set) -> bool:
    """Whether a test function, or a helper of the tests it calls (followed through the tests' own modules),
    starts another process: its source names subprocess or sys.executable."""
    func = inspect.unwrap(func)
    code = getattr(func, "__code__", None)
    if code is None or code in seen or not getattr(func, "__module__", "").startswith("tests"):
        return False
    seen.add(code)
    try:
        if _SPAWNS.search(inspect.getsource(func)):
            return True
    except (OSError, TypeError):
        return False
    names = {name for c in _codes(code) for name in c.co_names}
    return any(_starts_a_process(func.__globals__[name], seen) for name in names
               if inspect.isfunction(func.__globals__.get(name)))


def pytest_collection_modifyitems(items):
    """Mark `slow` the tests that start another process (the command line, a lock seen from another process,
    a crash) or are property tests (hypothesis): `pytest -m "not slow"` leaves them out of a quick local run.
    Found from the tests' code, their helpers and their fixtures, so a new test is marked without a decorator."""
    slow = pytest.mark.slow
    for item in items:
        func = getattr(item, "function", None)
        if func is None:
            continue
        fixtures = [d.func for defs in item._fixtureinfo.name2fixturedefs.values() for d in defs]
        seen: set = set()
        if getattr(func, "is_hypothesis_test", False) or any(_starts_a_process(f, seen) for f in [func, *fixtures]):
            item.add_marker(slow)


# ---------------------------------------------------------------- guards


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
def _no_thread_outlives_the_test():
    """A test ends with the threads it started ended: a Python thread (the PDF export's worker, a timer) and
    Qt's thread pool. A worker left running would go on writing files, or fail, in a later test."""
    before = set(threading.enumerate())
    yield
    left = [t.name for t in threading.enumerate() if t not in before and t.is_alive()]
    pool = 0
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        pool = QThreadPool.globalInstance().activeThreadCount()
    assert not left and not pool, f"still running after the test: threads {left}, Qt pool threads: {pool}"


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
    gc.unfreeze()  # (objects frozen by a window's idle collection: ui/app.collect_when_idle)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
