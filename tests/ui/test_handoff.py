"""Opening a project that a window already has open brings that window forward (ui/handoff.py).

The real case runs two processes: this test's window holds the file, and a second `alliance-desktop FILE`
is started beside it, as a second double-click would.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from PySide6.QtWidgets import QMessageBox

from alliance_desktop.ui import handoff


def test_the_note_name_is_the_same_for_every_way_of_writing_the_path(tmp_path):
    (tmp_path / "sub").mkdir()
    path = tmp_path / "Keusote ä.alliance"
    assert handoff.note_name(path) == handoff.note_name(tmp_path / "sub" / ".." / "Keusote ä.alliance")
    assert handoff.note_name(path) != handoff.note_name(tmp_path / "other.alliance")


def test_a_second_start_on_the_open_file_brings_its_window_forward_and_ends(window, qtbot, project_path,
                                                                          monkeypatch):
    came = []
    monkeypatch.setattr(window, "come_forward", lambda: came.append(time.monotonic()))
    window.listen_for_handoff(window.document)
    assert window._beacon.listening
    assert window._beacon.note.read_text() == str(os.getpid())
    second = subprocess.Popen([sys.executable, "-m", "alliance_desktop", str(project_path)],
                              env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: bool(came), timeout=20000)  # our event loop answers the second start
        out, err = second.communicate(timeout=20)  # it ends by itself: no error box, no empty window
    finally:
        second.kill()
    assert second.returncode == 0, err
    assert "could not be opened" not in err and "avata" not in err
    assert window.document is not None and window.document.path == project_path
    assert not window._beacon.request.exists()  # the request was taken


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform has no window stacking
def test_come_forward_restores_a_minimised_window(window, qtbot):
    window.showMinimized()
    window.come_forward()
    assert not window.isMinimized()
    assert "auki tässä ikkunassa" in window.statusBar().currentMessage()


def test_a_file_locked_by_another_program_still_gets_the_message(qtbot, translations, project_path, monkeypatch):
    from alliance_desktop.ui.mainwindow import MainWindow

    monkeypatch.setattr(handoff, "NOTE_WAIT_SECONDS", 0.2)  # a start waits this long for a starting window's note

    holder = subprocess.Popen([sys.executable, "-c", (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA locking_mode=EXCLUSIVE');"
        "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); sys.stdin.read()"), str(project_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        shown = []
        monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
        win = MainWindow(translations)
        qtbot.addWidget(win)
        assert not win.open_path(project_path)
        assert not win.handed_over and len(shown) == 1  # no window of ours has it: the usual message
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()


def test_the_listener_stops_with_the_project(window, project_path):
    window.listen_for_handoff(window.document)
    beacon = window._beacon
    assert beacon.listening
    window.close_project()
    assert window._beacon is None and not beacon.listening and not beacon.note.exists()
    assert not handoff.bring_forward(project_path)  # no note: said at once


def test_a_note_left_by_a_crashed_window_is_given_up_after_a_moment(project_path, monkeypatch):
    monkeypatch.setattr(handoff, "ANSWER_SECONDS", 0.2)
    folder = handoff.handoff_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{handoff.note_name(project_path)}.window").write_text("999999")  # nobody takes requests
    started = time.monotonic()
    assert not handoff.bring_forward(project_path)
    assert 0.2 <= time.monotonic() - started < 1.0
    assert not (folder / f"{handoff.note_name(project_path)}.show").exists()  # the request is withdrawn


def test_a_start_waits_for_the_note_of_a_window_that_is_still_starting(project_path):
    import threading

    folder = handoff.handoff_dir()
    folder.mkdir(parents=True, exist_ok=True)
    name = handoff.note_name(project_path)
    taken = []

    def starting_window():  # its note comes 0.4 s after it appears; then it takes the request
        time.sleep(0.3)
        (folder / f"{name}.window").write_text(str(os.getppid()))
        request = folder / f"{name}.show"
        for _ in range(200):
            if request.exists():
                request.unlink()
                taken.append(True)
                return
            time.sleep(0.01)

    assert not handoff.bring_forward(project_path)  # an Open in a window on screen: no note, no wait
    thread = threading.Thread(target=starting_window)
    thread.start()
    try:
        assert handoff.bring_forward(project_path, wait_for_note=True)
    finally:
        thread.join()
    assert taken == [True]
