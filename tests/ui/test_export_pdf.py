"""File > Export PDF…: sections, language and file chosen in the dialog; built off the UI thread."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader

from alliance_desktop.ui.export_pdf import ExportPdfDialog, default_file_name


def test_default_file_name_is_project_and_date_without_forbidden_characters():
    assert default_file_name("Keusote — allianssi", dt.date(2026, 11, 23)) == "Keusote — allianssi 2026-11-23.pdf"
    assert default_file_name('a/b:c*"d"?', dt.date(2026, 1, 2)) == "a b c d 2026-01-02.pdf"


def test_export_chosen_sections_in_english(window, qtbot, tmp_path):
    dialog = ExportPdfDialog(window, window.document)
    qtbot.addWidget(dialog)
    assert dialog.file.text().endswith(default_file_name(window.document.plan.project.name))
    dialog.file.setText(str(tmp_path / "raportti"))
    for key, box in dialog.section_boxes.items():
        box.setChecked(key in ("cover", "risks"))
    dialog.language_buttons["en"].setChecked(True)
    stack_before = window.document.undo_stack.count()
    dialog.export()
    assert not dialog.export_button.isEnabled()  # one export at a time
    dialog.wait()
    target = tmp_path / "raportti.pdf"
    assert dialog.written == target and dialog.pages >= 2
    text = "".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert "Risks" in text and "Commercial model" not in text
    assert dialog.open_pdf_button.isVisibleTo(dialog) and dialog.open_folder_button.isVisibleTo(dialog)
    assert "raportti.pdf" in dialog.status.text()
    assert window.document.undo_stack.count() == stack_before  # exporting never touches the plan
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["raportti.pdf", window.document.path.name])


def test_export_needs_a_section_and_an_existing_folder(window, qtbot, tmp_path):
    dialog = ExportPdfDialog(window, window.document)
    qtbot.addWidget(dialog)
    for box in dialog.section_boxes.values():
        box.setChecked(False)
    assert not dialog.export_button.isEnabled()
    dialog.section_boxes["overview"].setChecked(True)
    dialog.file.setText(str(tmp_path / "ei-ole" / "x.pdf"))
    dialog.export()
    assert "ei-ole" in dialog.status.text() and dialog.written is None
    assert not (tmp_path / "ei-ole").exists()
