from __future__ import annotations

import pytest

from alliance_desktop import templates


@pytest.fixture(autouse=True)
def _no_window_outlives_the_test(qapp):
    """Every window a test opens is closed and deleted when it ends, by the test or its fixtures
    (qtbot.addWidget, `window`): one still there fails the test. It is deleted all the same, so its
    file is released and the next test starts clean."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    before = set(QApplication.topLevelWidgets())
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what the test deleteLater()ed is gone
    left = [w for w in QApplication.topLevelWidgets() if w not in before and w.parentWidget() is None]
    names = [f"{type(w).__name__} {w.windowTitle()!r}" for w in left]
    for widget in left:
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not left, f"windows left open by the test: {names}"


@pytest.fixture
def translations(qapp):
    from alliance_desktop.ui import theme
    from alliance_desktop.ui.app import Translations

    qapp.setStyle("Fusion")
    theme.apply(qapp)
    t = Translations(qapp)
    t.set_language("fi")
    yield t
    t.set_language("fi")


@pytest.fixture
def project_path(tmp_path):
    from alliance_desktop.storage.projectfile import create_file

    path = tmp_path / "Keusote ä.alliance"
    create_file(path, templates.load_template("keusote"))
    return path


@pytest.fixture
def window(qtbot, translations, project_path):
    from alliance_desktop.ui.mainwindow import MainWindow

    win = MainWindow(translations)
    qtbot.addWidget(win)
    assert win.open_path(project_path)
    win.resize(1600, 1000)
    win.show()
    yield win
    win.close()


@pytest.fixture
def read_only_document(translations, tmp_path):
    """A Document on a fresh Keusote file opened read-only (closed afterwards)."""
    from alliance_desktop.storage.projectfile import ProjectFile, create_file
    from alliance_desktop.ui.document import Document

    path = tmp_path / "ro.alliance"
    create_file(path, templates.load_template("keusote"))
    doc = Document(ProjectFile.open(path, read_only=True, backup=False))
    yield doc
    doc.close()
