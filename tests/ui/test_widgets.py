"""The shared commit-on-leave fields: they commit only what the user changed, and keep the plan's text plain."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt

from alliance_desktop.ui.widgets import CommitLineEdit, CommitTextEdit, WrapLabel


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


LONG = ("Myöhässä: hankintatehtävä ”Markkinavuoropuhelutilaisuus 3.12.2025”, määräpäivä 3.12.2025 (yhä avoin)\n"
        "… ja 13 muuta: katso Aikajana › Varoitukset sekä Riskit ja hankinta.")


def test_wrap_label_answers_as_qlabel_does_and_measures_each_width_once(qtbot, monkeypatch):
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QLabel

    label, reference = WrapLabel(LONG), QLabel(LONG)
    reference.setWordWrap(True)
    for widget in (label, reference):
        qtbot.addWidget(widget)
    widths = (120, 200, 333, 640, 200, 120)

    def same_as_qlabel():
        return [label.heightForWidth(w) for w in widths] == [reference.heightForWidth(w) for w in widths]

    assert label.wordWrap() and label.hasHeightForWidth()
    measured = []
    real = QLabel.heightForWidth
    monkeypatch.setattr(QLabel, "heightForWidth",
                        lambda self, w: (measured.append(w) if self is label else None) or real(self, w))
    assert same_as_qlabel() and same_as_qlabel()
    assert sorted(measured) == sorted(set(widths))  # each width laid out once
    # a new text, a bigger font, a margin or an indent: measured again
    for change in (lambda w: w.setText(LONG + " Lisää tekstiä, joka rivittyy."),
                   lambda w: w.setFont(QFont(w.font().family(), w.font().pointSize() + 4)),
                   lambda w: w.setMargin(9), lambda w: w.setIndent(30)):
        before = [label.heightForWidth(w) for w in widths]
        change(label)
        change(reference)
        assert same_as_qlabel()
        assert [label.heightForWidth(w) for w in widths] != before


def test_a_plain_wrap_label_never_reads_its_text_as_html(qtbot):
    from PySide6.QtCore import Qt

    label = WrapLabel("<b>A & B</b> &lt;tag&gt;", plain=True)
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    automatic = WrapLabel("<b>A & B</b> &lt;tag&gt;")
    qtbot.addWidget(automatic)
    assert automatic.textFormat() == Qt.TextFormat.AutoText
    # the plain one is as wide as its characters: the tags and the entity are shown, not read
    assert label.sizeHint().width() > automatic.sizeHint().width()
