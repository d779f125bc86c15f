"""The app's own folder cannot be created (a read-only parent, ALLIANCE_DESKTOP_DATA_DIR under a file):
the window still starts and says so once, and where to fix it; the commands and opening files work; backups
go to a private temporary folder, or are skipped. A path under a regular file fails for root too."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap

import pytest

from alliance_desktop import paths
from alliance_desktop.storage.projectfile import ProjectFile, check, create_file

from .conftest import sample_plan


@pytest.fixture
def broken(tmp_path, monkeypatch):
    """ALLIANCE_DESKTOP_DATA_DIR under a regular file; the temporary folder private to the test."""
    blocker = tmp_path / "tavallinen-tiedosto"
    blocker.write_text("not a folder")
    data = blocker / "sub"
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("ALLIANCE_DESKTOP_DATA_DIR", str(data))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    return data, temp


def _env(data, temp):
    return {**os.environ, "ALLIANCE_DESKTOP_DATA_DIR": str(data), "TMPDIR": str(temp), "TEMP": str(temp),
            "TMP": str(temp), "QT_QPA_PLATFORM": "offscreen"}


def test_files_go_to_a_private_temporary_folder_and_the_message_says_so(broken, tmp_path):
    data, temp = broken
    used = paths.app_data_dir()
    assert used.parent == temp and used.is_dir()
    text = paths.data_dir_problem()
    assert text is not None and "\n" not in text
    assert str(data) in text and str(used) in text and "ALLIANCE_DESKTOP_DATA_DIR" in text
    project = tmp_path / "hanke.alliance"
    create_file(project, sample_plan())
    with ProjectFile.open(project) as pf:
        assert pf.backup_path is not None and pf.backup_path.parent == used / "backups"
    assert paths.settings_file().parent == used


def test_nowhere_to_write_still_opens_without_backups(broken, tmp_path, monkeypatch):
    data, _temp = broken
    monkeypatch.setattr(tempfile, "tempdir", str(data / "tmp"))  # the temporary folder is under the file too
    assert paths.app_data_dir() == data
    text = paths.data_dir_problem()
    assert str(data) in text and "no backups" in text
    assert paths.backup_dir() == data / "backups"  # no exception: the writers cope
    project = tmp_path / "hanke.alliance"
    create_file(project, sample_plan())
    with ProjectFile.open(project) as pf:
        assert pf.backup_path is None and pf.plan == sample_plan()
        pf.write(pf.plan, sample_plan(metrics=1))
    assert check(project) == sample_plan(metrics=1)


def test_a_good_folder_has_no_problem(data_dir):
    assert paths.app_data_dir() == data_dir
    assert paths.data_dir_problem() is None


_WINDOW = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication, QMessageBox
    from alliance_desktop.ui.app import create_application
    from alliance_desktop.ui.mainwindow import MainWindow
    import time
    from pathlib import Path
    app, translations = create_application(sys.argv[:1], "en")
    window = MainWindow(translations)
    assert window.open_path(Path(sys.argv[1]))  # an edit-mode window: backups, handoff note, settings
    window.show()
    end = time.monotonic() + 1.5  # past the delayed handoff listener and the idle preload
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    print(len(boxes))
    print(boxes[0].text() if boxes else "")
""")


@pytest.mark.parametrize("temp_works", [True, False], ids=["temporary-folder", "nowhere"])
def test_the_window_starts_and_says_where_to_fix_it(broken, temp_works, tmp_path):
    data, temp = broken
    if not temp_works:
        temp = data / "tmp"
    project = tmp_path / "ikkunassa.alliance"
    create_file(project, sample_plan())
    out = subprocess.run([sys.executable, "-c", _WINDOW, str(project)], capture_output=True, text=True,
                         timeout=120, env=_env(data, temp))
    assert out.returncode == 0, out.stderr
    count, text = out.stdout.strip().split("\n", 1)
    assert count == "1"
    assert str(data) in text and "ALLIANCE_DESKTOP_DATA_DIR" in text
    assert "Traceback" not in out.stderr


def test_the_window_and_commands_run(broken, tmp_path):
    data, temp = broken
    env = _env(data, temp)
    project = tmp_path / "uusi.alliance"
    run = lambda *args: subprocess.run([sys.executable, "-m", "alliance_desktop", *args],  # noqa: E731
                                       capture_output=True, text=True, timeout=120, env=env)
    for args in (["new", "--lang", "en", str(project)], ["check", "--lang", "en", str(project)],
                 ["export-json", str(project), str(tmp_path / "uusi.json")]):
        out = run(*args)
        assert out.returncode == 0, (args, out.stdout, out.stderr)
        assert "Traceback" not in out.stderr
    shot = tmp_path / "ikkuna.png"
    out = run(str(project), "--screenshot", str(shot))
    assert out.returncode == 0 and shot.stat().st_size > 0, out.stderr
    out = run("--demo", "keusote", "--screenshot", str(shot))
    assert out.returncode == 0, out.stderr
