"""A suggested file name holds no character Windows refuses (issue 19): the timeline picture's default name
was the project's name with only "/" replaced, so a name like "Vaihe 2: hankinta?" gave a name the Windows
save dialog rejects."""

from __future__ import annotations

import dataclasses

from alliance_desktop.fileutil import WINDOWS_RESERVED, safe_file_stem


def test_safe_file_stem():
    assert safe_file_stem('Vaihe 1: "Allianssi" <A/B>\\C|D*?') == "Vaihe 1 Allianssi A B C D"
    assert safe_file_stem("Nimi.\x1b[31m loppuu pisteeseen. ") == "Nimi. [31m loppuu pisteeseen"
    assert safe_file_stem("???") == "alliance" and safe_file_stem("", default="timeline") == "timeline"
    assert len(safe_file_stem("x" * 300)) == 100


def test_the_timeline_picture_suggests_a_name_windows_accepts(window, monkeypatch):
    from PySide6.QtWidgets import QDialog, QFileDialog

    from alliance_desktop.ui.timeline.export import TimelineExportDialog

    suggested = []
    monkeypatch.setattr(TimelineExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, name, *a, **k: (suggested.append(name)
                                                                                               or ("", "")))
    window.show_view("timeline")
    timeline = window.views["timeline"]
    plan = window.document.plan
    plan = dataclasses.replace(plan, project=dataclasses.replace(plan.project, name='Vaihe 2: "hankinta" <A/B>?'))
    assert TimelineExportDialog(timeline, plan, timeline.visible_range(), None, {}).run() is None  # cancelled
    assert suggested == ["Vaihe 2 hankinta A B.png"]
    assert not set(suggested[0]) & set(WINDOWS_RESERVED)
