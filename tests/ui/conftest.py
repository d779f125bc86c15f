from __future__ import annotations

import pytest

from alliance_desktop import templates


@pytest.fixture
def translations(qapp):
    from alliance_desktop.ui import theme
    from alliance_desktop.ui.app import Translations

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
