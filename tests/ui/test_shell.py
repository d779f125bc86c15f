"""The shell with real widgets: navigate, edit, undo, redo, and the file on disk follows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from alliance_desktop.ui.settings import store as settings_store


def _on_disk(window):
    return window.document.file.read_from_disk()


def _trigger(window, key):
    for action in window.menuBar().actions():
        for sub in action.menu().actions():
            if sub.shortcut() == QKeySequence(key) and sub.isEnabled():
                sub.trigger()
                return
    raise AssertionError(f"no enabled action for {key}")


def test_opening_is_not_on_the_undo_stack(window):
    assert window.document.undo_stack.count() == 0
    assert not window.document.undo_stack.canUndo()


def test_navigation_starts_on_overview_in_finnish(window):
    nav = window.navigation
    titles = [nav.item(i).text() for i in range(nav.count())]
    assert titles[0] == "Yleiskuva"
    assert window.current_view() == "overview"
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&Tiedosto", "&Muokkaa"]


def test_rename_project_undo_redo_follows_on_disk(window, qtbot):
    view = window.views["overview"]
    original = window.document.plan.project.name
    view.name.setFocus()
    view.name.selectAll()
    qtbot.keyClicks(view.name, "Uusi nimi")
    qtbot.keyClick(view.name, Qt.Key.Key_Return)
    assert window.document.plan.project.name == "Uusi nimi"
    assert _on_disk(window).project.name == "Uusi nimi"
    stack = window.document.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == "Nimeä projekti uudelleen"

    _trigger(window, QKeySequence.StandardKey.Undo)
    assert window.document.plan.project.name == original
    assert view.name.text() == original
    assert _on_disk(window).project.name == original

    _trigger(window, QKeySequence.StandardKey.Redo)
    assert window.document.plan.project.name == "Uusi nimi"
    assert _on_disk(window).project.name == "Uusi nimi"
    assert view.name.text() == "Uusi nimi"


def test_empty_project_name_is_refused_and_nothing_changes(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    view = window.views["overview"]
    original = window.document.plan.project.name
    view.name.setFocus()
    view.name.selectAll()
    qtbot.keyClick(view.name, Qt.Key.Key_Delete)
    qtbot.keyClick(view.name, Qt.Key.Key_Return)
    assert shown == ["Projektilla pitää olla nimi."]
    assert window.document.plan.project.name == original
    assert _on_disk(window).project.name == original
    assert view.name.text() == original
    assert window.document.undo_stack.count() == 0


def _choose(table, row, value, qtbot):
    """Double-click a choice cell (role, status), pick `value` from the combo box that opens."""
    from PySide6.QtWidgets import QComboBox

    table.setFocus()
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # (a press comes first)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    combo = table.findChild(QComboBox)
    assert combo is not None and combo.isVisible()
    qtbot.waitUntil(lambda: combo.view().isVisible())  # the list opens at once
    combo.hidePopup()
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())
    return combo


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen: an open combo list
def test_change_area_status_and_party_name(window, qtbot):
    view = window.views["overview"]
    assert window.document.plan.areas[2].status == "outside"
    assert view.areas.item(2, 1).text() == "Ulkopuolella"  # Mäntsälä: outside
    _choose(view.areas, 2, "option", qtbot)
    qtbot.waitUntil(lambda: window.document.plan.areas[2].status == "option")
    assert _on_disk(window).areas[2].status == "option"
    assert view.areas.item(2, 1).text() == "Optio"
    assert window.document.undo_stack.undoText() == "Muuta alueen tilaa"
    item = view.parties.item(0, 0)
    item.setText("Keusote")
    assert window.document.plan.parties[0].name == "Keusote"
    assert _on_disk(window).parties[0].name == "Keusote"
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert _on_disk(window).areas[2].status == "outside"
    assert view.areas.item(2, 1).text() == "Ulkopuolella"


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen: an open combo list
def test_choosing_the_same_role_again_changes_nothing(window, qtbot):
    view = window.views["overview"]
    role = window.document.plan.parties[1].role
    _choose(view.parties, 1, role, qtbot)
    qtbot.wait(20)
    assert window.document.undo_stack.count() == 0
    _choose(view.parties, 1, "association", qtbot)
    qtbot.waitUntil(lambda: window.document.plan.parties[1].role == "association")
    assert window.document.undo_stack.count() == 1


def test_goals_add_and_remove(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    view = window.views["overview"]
    before = window.document.plan.project.goals
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Jonot lyhyemmiksi", True))
    view._add_goal()
    assert window.document.plan.project.goals == before + ("Jonot lyhyemmiksi",)
    view.goals.setCurrentIndex(view.goal_items.index(len(before), 0))
    view._remove_goal()
    assert window.document.plan.project.goals == before
    assert _on_disk(window).project.goals == before


def test_language_switch_without_restart(window):
    window.set_language("en")
    nav = window.navigation
    assert nav.item(0).text() == "Overview"
    assert window.views["overview"].number_labels["target"][0].text().startswith("€")
    window.set_language("fi")
    assert window.navigation.item(0).text() == "Yleiskuva"


def test_read_only_file_shows_banner_and_disables_editing(qtbot, translations, project_path):
    from PySide6.QtWidgets import QLabel

    from alliance_desktop.storage.projectfile import ProjectFile
    from alliance_desktop.ui.document import Document
    from alliance_desktop.ui.mainwindow import MainWindow

    win = MainWindow(translations, Document(ProjectFile.open(project_path, read_only=True)))
    qtbot.addWidget(win)
    banners = [w for w in win.findChildren(QLabel) if w.objectName() == "banner"]
    assert banners and "vain luku" in banners[0].text()
    assert win.views["overview"].name.isReadOnly()
    win.close()


def test_welcome_screen_without_project_and_recent_files_pruned(qtbot, translations, tmp_path):
    from alliance_desktop.ui import app as appmod
    from alliance_desktop.ui.mainwindow import MainWindow

    settings_store().setValue("recentFiles", [str(tmp_path / "gone.alliance")])
    win = MainWindow(translations)
    qtbot.addWidget(win)
    assert win.document is None
    assert win.centralWidget().recent_list.count() == 0
    assert appmod.recent_files() == []
    win.close()


def test_a_recent_file_opens_from_the_welcome_screen(qtbot, translations, tmp_path, project_path, monkeypatch):
    from alliance_desktop.ui import app as appmod

    for name in ("HOME", "USERPROFILE"):  # a home folder that does not hold tmp_path (on Windows it does): no "~"
        monkeypatch.setenv(name, str(tmp_path.parent / "koti"))
    from alliance_desktop.ui.mainwindow import MainWindow

    other = tmp_path / "toinen.alliance"
    other.write_bytes(project_path.read_bytes())
    appmod.add_recent_file(other)
    appmod.add_recent_file(project_path)  # the newest first
    win = MainWindow(translations)
    qtbot.addWidget(win)
    recent = win.centralWidget().recent_list
    assert [recent.item(i).text() for i in range(recent.count())] == [
        f"{project_path.name}  —  {project_path.parent}", f"toinen.alliance  —  {tmp_path}"]
    assert recent.item(1).toolTip() == str(other)
    recent.itemActivated.emit(recent.item(1))
    assert win.document is not None and win.document.path == other
    win.close()


def test_open_demo_and_bad_file_message(qtbot, translations, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from alliance_desktop.ui.mainwindow import MainWindow

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    win = MainWindow(translations)
    qtbot.addWidget(win)
    bad = tmp_path / "bad.alliance"
    bad.write_text("not a database")
    assert not win.open_path(bad)
    assert len(shown) == 1 and "ei ole Allianssisuunnittelijan projektitiedosto" in shown[0]
    assert bad.read_text() == "not a database"
    assert win.open_demo("hyvaks")
    assert win.document.plan.project.name == "HyvaKS — leikkausallianssi"
    win.close()


def test_new_project_dialog_creates_and_opens_a_file(qtbot, translations, tmp_path, monkeypatch):
    from alliance_desktop.ui.mainwindow import MainWindow
    from alliance_desktop.ui.welcome import NewProjectDialog

    win = MainWindow(translations)
    qtbot.addWidget(win)

    def fake_exec(dialog):
        assert dialog.name.text() == "HyvaKS — leikkausallianssi"
        dialog.name.setText("Oma leikkausallianssi")
        dialog.location.setText(str(tmp_path / "oma.alliance"))
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(NewProjectDialog, "exec", fake_exec)
    win.new_project("hyvaks")
    assert (tmp_path / "oma.alliance").is_file()
    assert win.document is not None and win.document.plan.project.name == "Oma leikkausallianssi"
    assert win.document.file.read_from_disk().project.name == "Oma leikkausallianssi"
    win.close()


def test_new_project_dialog_refuses_an_existing_file(qtbot, translations, tmp_path):
    from alliance_desktop.ui.welcome import NewProjectDialog

    existing = tmp_path / "on.alliance"
    existing.write_bytes(b"x")
    dialog = NewProjectDialog(None, "blank")
    qtbot.addWidget(dialog)
    dialog.location.setText(str(existing))
    dialog._accept()
    assert dialog.result() == 0
    assert dialog.error.text() == "Tämänniminen tiedosto on jo olemassa; valitse toinen nimi."
    assert existing.read_bytes() == b"x"


def test_overview_catches_up_with_edits_made_elsewhere(window):
    """Hidden, the overview only notes what changed; shown again, it shows the current plan."""
    from alliance_desktop.core import edits

    view = window.views["overview"]
    window.show_view("timeline")
    assert not view.isVisible()
    window.document.apply("x", lambda plan: edits.set_project(plan, name="Muualla muutettu"))
    window.document.apply("y", lambda plan: edits.add_party(plan, "Uusi Oy"))
    window.show_view("overview")
    assert view.name.text() == "Muualla muutettu"
    assert view.parties.item(view.parties.rowCount() - 1, 0).text() == "Uusi Oy"


def test_open_demo_rebuilds_a_damaged_ready_made_file_without_bothering_the_user(qtbot, translations,
                                                                                 monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from alliance_desktop import templates
    from alliance_desktop.ui.mainwindow import MainWindow

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    templates.fresh_demo_copy("keusote")
    [ready] = (templates.demos_dir() / "ready-made").glob("keusote-*.alliance")
    ready.write_bytes(ready.read_bytes()[:5000])  # truncated
    win = MainWindow(translations)
    qtbot.addWidget(win)
    assert win.open_demo("keusote")
    assert shown == []
    assert win.document.plan == templates.load_template("keusote")
    assert win.document.file.backup_path is None  # a fresh copy is not backed up
    win.close()


def test_text_size_for_a_projector_scales_every_view_and_is_remembered(window, qapp):
    from alliance_desktop.ui import app as appmod
    from alliance_desktop.ui import theme

    document, plan = window.document, window.document.plan
    window.show_view("metrics")
    normal_title = window.views["metrics"].title.font().pointSizeF()
    normal_app = qapp.font().pointSizeF()
    def size_actions() -> dict:
        """The text-size choices in the menus now on the window."""
        found, menus = {}, [a.menu() for a in window.menuBar().actions() if a.menu()]
        while menus:
            for action in menus.pop().actions():
                if action.menu():
                    menus.append(action.menu())
                elif action.isCheckable() and "%" in action.text():
                    found[action.text()] = action
        return found

    def exported_picture():
        import datetime as dt

        from alliance_desktop.ui.timeline.export import build_export_scene

        scene, scale = build_export_scene(plan, 1600, 900, dt.date(2025, 9, 1), dt.date(2027, 12, 31),
                                          today=None, warnings={}, title="T", subtitle="S")
        return scene.sceneRect(), scale

    picture = exported_picture()
    sizes = size_actions()
    assert len(sizes) == len(theme.TEXT_SIZES) and sizes["Normaali (100 %)"].isChecked()
    try:
        sizes["130 % (videotykille)"].trigger()
        assert "130 %" in window.statusBar().currentMessage()  # until another view is shown
        # the drawn views grow with the text: timeline rows, chain cards (on top of their own zoom)
        from alliance_desktop.core import timeline as tl

        window.show_view("timeline")
        rows = window.views["timeline"].canvas.rows
        assert [r.height for r in rows] == pytest.approx([tl.ROW_HEIGHTS[r.kind] * 1.3 for r in rows])
        window.show_view("chains")
        chains = window.views["chains"].canvas
        assert chains.zoom == 1.0 and chains.scale == pytest.approx(1.3)
        assert exported_picture() == picture  # a picture for slides is the same at any screen text size
        window.show_view("metrics")
        assert qapp.font().pointSizeF() == normal_app * 1.3
        assert window.current_view() == "metrics"  # rebuilt, still on the same view
        assert window.views["metrics"].title.font().pointSizeF() == normal_title * 1.3
        assert window.views["overview"].name.font().pointSizeF() == pytest.approx(18 * 1.3)  # the title: 1.8x
        assert window.document is document and document.plan is plan  # nothing of the plan was touched
        assert int(settings_store().value("textSize")) == 130
        assert [text for text, a in size_actions().items() if a.isChecked()] == ["130 % (videotykille)"]
        theme.set_text_size(qapp, 100)  # as at a new start: the saved size is read back
        appmod.create_application([], "fi")
        assert theme.text_size() == 130
    finally:
        window.set_text_size(100)
    assert qapp.font().pointSizeF() == normal_app and int(settings_store().value("textSize")) == 100


def test_goals_move_up_and_down_with_buttons_and_keys(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QPushButton

    from tests.ui.menu import trigger

    view = window.views["overview"]
    before = window.document.plan.project.goals
    view.goals.setCurrentIndex(view.goal_items.index(0, 0))
    down = next(b for b in view.findChildren(QPushButton) if b.text() == "▼")
    qtbot.mouseClick(down, Qt.MouseButton.LeftButton)
    assert window.document.plan.project.goals == (before[1], before[0]) + before[2:]
    assert _on_disk(window).project.goals == window.document.plan.project.goals
    assert view.goals.currentIndex().row() == 1  # the moved goal stays selected
    view.goals.setFocus()
    qtbot.keyClick(view.goals, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.document.plan.project.goals[2] == before[0]
    qtbot.keyClick(view.goals, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.goals, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.goals, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # already first: nothing
    assert window.document.plan.project.goals == before
    assert window.document.undo_stack.count() == 4
    trigger(window, QKeySequence.StandardKey.Undo)
    assert window.document.plan.project.goals[0] == before[1]


def test_the_overview_counts_severe_open_risks_and_follows_the_risks_view(window):
    view = window.views["overview"]
    _big, small = view.number_labels["counts"]
    assert "riskejä 5 (vakavia avoimia 2)" in small.text()
    from alliance_desktop.ui.risks.table import EDIT_ROLE

    window.show_view("risks")
    risks = window.views["risks"]
    table = risks.tables["risks"]
    for row in range(table.model().rowCount()):
        if table.cell(row, "status").data(EDIT_ROLE) == "open":  # the code the cell's editor starts from
            table.model().setData(table.cell(row, "status"), "closed")
    window.show_view("overview")
    assert small.text().endswith("riskejä 5")
    assert "vakavia riskejä 0" in risks.summary.text()


@pytest.mark.parametrize("percent", [100, 130])
def test_the_side_bar_shows_every_view_name_whole_in_both_languages(window, percent):
    """The longest name (English "Risks and procurement") fits: no sideways scroll bar, nothing cut short."""
    window.resize(1600, 1000)
    window.show()
    try:
        window.set_text_size(percent)
        for language in ("fi", "en"):
            window.set_language(language)
            nav = window.navigation
            nav.doItemsLayout()
            room = nav.viewport().width()
            for i in range(nav.count()):
                item = nav.item(i)
                needed = nav.fontMetrics().horizontalAdvance(item.text())
                assert nav.visualItemRect(item).width() <= room, item.text()
                assert needed < room - 20, item.text()  # with the item's padding and selection bar
    finally:
        window.set_language("fi")
        window.set_text_size(100)


@pytest.mark.parametrize("language", ["fi", "en"])
def test_the_overview_names_roles_and_area_statuses_as_the_report_does(window, language):
    from alliance_desktop.core import model as m
    from alliance_desktop.reports import labels
    from alliance_desktop.ui.overview import area_status_title, role_title

    window.set_language(language)
    try:
        assert [role_title(r) for r in m.PARTY_ROLES] == [labels.role(r, language) for r in m.PARTY_ROLES]
        assert ([area_status_title(s) for s in m.AREA_STATUSES]
                == [labels.area_status(s, language) for s in m.AREA_STATUSES])
    finally:
        window.set_language("fi")


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen: an open combo list
def test_a_choice_left_open_while_its_row_goes_changes_nothing(window, qtbot):
    from alliance_desktop.core import edits

    view = window.views["overview"]
    last = view.areas.rowCount() - 1
    key = view.areas.keys[last]
    table = view.areas
    table.setFocus()
    rect = table.visualRect(table.model().index(last, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    from PySide6.QtWidgets import QComboBox

    combo = table.findChild(QComboBox)
    assert combo is not None
    window.document.apply("Poista alue", lambda plan: edits.remove_area(plan, key))  # the row goes meanwhile
    combo.hidePopup()
    combo.setCurrentIndex(combo.findData("option"))
    combo.activated.emit(combo.currentIndex())
    qtbot.wait(20)
    assert window.document.undo_stack.count() == 1  # only the removal
    assert key not in [a.key for a in window.document.plan.areas]


def test_a_status_bar_error_clears_on_the_next_saved_edit_and_on_a_view_switch(window, monkeypatch):
    """Issue 15: the status bar kept an error after later successful edits, and across views."""
    from PySide6.QtWidgets import QMessageBox

    from alliance_desktop.core import edits

    monkeypatch.setattr(QMessageBox, "warning", lambda *args: None)
    bar, doc = window.statusBar(), window.document
    assert not doc.apply("Rename", lambda plan: edits.set_project(plan, name=""))
    refused = bar.currentMessage()
    assert refused  # why the edit was refused
    assert doc.apply("Rename", lambda plan: edits.set_project(plan, name="Uusi"))
    assert bar.currentMessage() == ""  # the lasting line shows again
    assert window._saved_note.isVisible() and "tallentuu" in window._saved_note.text()

    assert not doc.apply("Rename", lambda plan: edits.set_project(plan, name=""))
    assert bar.currentMessage() == refused
    window.show_view("timeline")
    assert bar.currentMessage() == ""


def test_a_pasted_2_mb_text_neither_freezes_the_window_nor_reaches_the_plan(window, monkeypatch):
    """Issue 14: a 2 MB description hung the window for minutes (a paste alone took 26 s to lay out)."""
    import time

    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QMessageBox

    from alliance_desktop.core.validation import LONG_TEXT
    from alliance_desktop.ui.widgets import TEXT_LIMIT

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    view = window.views["overview"]
    before = window.document.plan
    mime = QMimeData()
    mime.setText("sana " * 200_000 + "x" * 1_000_000)
    start = time.perf_counter()
    view.description.setFocus()
    view.description.selectAll()
    view.description.insertFromMimeData(mime)
    assert len(view.description.toPlainText()) == TEXT_LIMIT == LONG_TEXT + 1
    view.description.commit()
    window.repaint()
    assert time.perf_counter() - start < 5
    assert len(shown) == 1 and str(LONG_TEXT) in shown[0].replace(" ", "").replace("\xa0", "")
    assert window.document.plan is before and _on_disk(window) == before
    assert view.name.maxLength() == TEXT_LIMIT
