"""File > Export Excel workbook…: language and file chosen in the dialog; never onto the open project."""

from __future__ import annotations

import os

from openpyxl import load_workbook

from alliance_desktop.ui.export_xlsx import ExportXlsxDialog


def _menu_action(window, text: str):
    """The File menu's action whose text has `text` in it (Export Excel workbook… / Vie Excel-työkirja…)."""
    for action in window.menuBar().actions():
        menu = action.menu()
        for sub in menu.actions() if menu else ():
            if text in sub.text().replace("&", ""):
                return sub
    raise AssertionError(text)


def test_export_in_english(window, qtbot, tmp_path):
    assert _menu_action(window, "Excel").isEnabled()
    dialog = ExportXlsxDialog(window, window.document, window.project_path())
    qtbot.addWidget(dialog)
    assert dialog.file.text().endswith(".xlsx")
    dialog.file.setText(str(tmp_path / "talous"))
    dialog.language_buttons["en"].setChecked(True)
    stack_before = window.document.undo_stack.count()
    assert dialog.export()
    target = tmp_path / "talous.xlsx"
    assert dialog.written == target
    wb = load_workbook(target)
    assert wb.sheetnames[:3] == ["Overview", "Commercial model", "Metrics"]
    assert wb["Commercial model"].protection.sheet
    assert "talous.xlsx" in dialog.status.text() and dialog.open_folder_button.isVisibleTo(dialog)
    assert window.document.undo_stack.count() == stack_before  # exporting never touches the plan


def test_export_refuses_the_open_project_and_a_missing_folder(window, qtbot, tmp_path):
    project = window.project_path()
    before = os.stat(project)  # (the project is not opened: its lock stays)
    alias = tmp_path / "sama.xlsx"  # another name of the project file
    alias.symlink_to(project)
    dialog = ExportXlsxDialog(window, window.document, project)
    qtbot.addWidget(dialog)
    dialog.file.setText(str(alias))
    assert not dialog.export() and dialog.written is None
    assert "sama.xlsx" in dialog.status.text()
    after = os.stat(project)
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (before.st_size, before.st_mtime_ns, before.st_ino)
    dialog.file.setText(str(tmp_path / "ei-ole" / "x.xlsx"))
    assert not dialog.export()
    assert "x.xlsx" in dialog.status.text() and not (tmp_path / "ei-ole").exists()
