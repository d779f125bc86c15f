"""File > Export Excel workbook…: language and file chosen in the dialog; never onto the open project."""

from __future__ import annotations

import os
from decimal import Decimal

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


def test_import_from_a_filled_in_workbook_previews_then_imports_as_one_undo_step(window, qtbot, tmp_path):
    from alliance_desktop.reports.workbook import build_workbook
    from alliance_desktop.ui.export_xlsx import ImportXlsxDialog

    excel = [sub for action in window.menuBar().actions() if action.menu()
             for sub in action.menu().actions() if "xcel" in sub.text()]
    assert len(excel) == 2 and all(a.isEnabled() for a in excel)  # export and import
    plan = window.document.plan
    wb, layout = build_workbook(plan, "fi")
    period = plan.commercial.periods[-1]
    col = layout.periods[period.key]
    wb[layout.commercial][f"{col}{layout.rows['actual_overhead']}"] = 1000
    wb[layout.commercial][f"{col}{layout.rows['actual_production']}"] = 2000.5
    path = tmp_path / "talous.xlsx"
    wb.save(path)
    dialog = ImportXlsxDialog(window, window.document, window.project_path())
    qtbot.addWidget(dialog)
    assert dialog.load(path)
    assert dialog.table.rowCount() == 2 and dialog.import_button.isEnabled()
    assert window.document.plan is plan  # nothing imported before the button
    assert dialog.do_import() and dialog.imported
    actual = window.document.plan.commercial.periods[-1].actual
    assert (actual.overhead, actual.production) == (1000, Decimal("2000.5"))
    window.document.undo_stack.undo()
    assert window.document.plan == plan


def test_import_names_bad_cells_and_imports_nothing(window, qtbot, tmp_path):
    from alliance_desktop.reports.workbook import build_workbook
    from alliance_desktop.ui.export_xlsx import ImportXlsxDialog

    plan = window.document.plan
    wb, layout = build_workbook(plan, "fi")
    col = layout.periods[plan.commercial.periods[0].key]
    wb[layout.commercial][f"{col}{layout.rows['actual_overhead']}"] = "kolme"
    path = tmp_path / "huono.xlsx"
    wb.save(path)
    dialog = ImportXlsxDialog(window, window.document, window.project_path())
    qtbot.addWidget(dialog)
    assert not dialog.load(path)
    assert f"{col}{layout.rows['actual_overhead']}" in dialog.problems.toPlainText()
    assert not dialog.import_button.isEnabled() and window.document.plan is plan
