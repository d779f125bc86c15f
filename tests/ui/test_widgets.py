"""The shared commit-on-leave fields: they commit only what the user changed, and keep the plan's text plain."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt

from alliance_desktop.ui.widgets import CommitLineEdit, CommitTextEdit


def test_text_edit_commits_only_a_change_and_pasted_formatting_is_dropped(qtbot):
    committed = []
    edit = CommitTextEdit(committed.append)
    qtbot.addWidget(edit)
    edit.set_value("Vanha teksti")
    edit.commit()
    assert committed == []  # shown, not changed by the user

    pasted = QMimeData()
    pasted.setHtml("<b>Lihavoitu</b> ja <a href='https://example.org'>linkki</a>")
    pasted.setText("Lihavoitu ja linkki")
    edit.selectAll()
    edit.insertFromMimeData(pasted)
    edit.commit()
    assert committed == ["Lihavoitu ja linkki"]
    html = edit.toHtml()
    assert "font-weight:700" not in html and "href" not in html  # no bold, no link: plain text
    edit.commit()
    assert committed == ["Lihavoitu ja linkki"]  # nothing new to commit


def test_set_value_leaves_what_the_user_is_typing(qtbot):
    committed = []
    edit = CommitLineEdit(committed.append)
    qtbot.addWidget(edit)
    edit.show()
    edit.set_value("Keusote")
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_End)
    qtbot.keyClicks(edit, " 2027")
    edit.set_value("Keusote")  # a refresh while typing
    assert edit.text() == "Keusote 2027"
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert committed == ["Keusote 2027"]
    edit.set_value("Keusote 2027")  # the refresh after the edit
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert committed == ["Keusote 2027"]  # Enter again on an unchanged field commits nothing
