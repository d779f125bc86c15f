"""File > Export Excel workbook…: choose the language and the file; the open-book workbook
(reports/workbook/) is written atomically, never onto the open project.
File > Import from Excel workbook…: measurements and actual costs from a workbook in the exported
layout (reports/workbook/reader.py), shown change by change before they are imported as one undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .export_pdf import file_choice, language_choice


class ExportXlsxDialog(QDialog):
    def __init__(self, parent: QWidget | None, document, project: Path | None = None):
        super().__init__(parent)
        self.document = document
        self.project = project  # the open project file: never written over
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export Excel workbook"))
        self.setMinimumWidth(620)

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The whole plan as an Excel workbook: the settlement as formulas that recompute "
                               "when a cost or a measurement is changed, every other cell locked."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)

        languages, self.language_group, self.language_buttons = language_choice(self)
        form.addRow(self.tr("Language"), languages)

        self.file, file_row = file_choice(document, ".xlsx", self._browse, self._update_buttons)
        form.addRow(self.tr("File"), file_row)

        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_folder_button = self.buttons.addButton(self.tr("Open folder"),
                                                         QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.open_folder_button.hide()
        self.export_button.clicked.connect(self.export)
        self.open_folder_button.clicked.connect(self._open_folder)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_buttons()

    def chosen_language(self) -> str:
        return next(code for code, button in self.language_buttons.items() if button.isChecked())

    def target(self) -> Path:
        text = self.file.text().strip()
        if text and not text.lower().endswith(".xlsx"):
            text += ".xlsx"
        return Path(text)

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(bool(self.file.text().strip()))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Excel workbook"), self.file.text(),
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.file.setText(path)

    def export(self) -> bool:
        """Write the workbook; the outcome is shown in the dialog. True when written."""
        from ..reports.workbook import write_workbook
        from .dialogs import project_file_refusal, write_error_message

        target = self.target()
        refusal = project_file_refusal(target, self.project)  # before anything is made
        if refusal is None and target.is_dir():
            refusal = self.tr("“{name}” is a folder; give a file name for the workbook.").format(name=target.name)
        if refusal:
            self.status.setText(refusal)
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a second for a demo, a few at 16x its size
        try:
            write_workbook(self.document.plan, target, self.chosen_language(), not_onto=(self.project,))
        except OSError as exc:
            self.status.setText(write_error_message(target, exc))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.written = target
        self.status.setText(self.tr("Exported: {path}").format(path=str(target)))
        self.open_folder_button.show()
        return True

    def _open_folder(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.parent)))


def export_xlsx(window) -> None:
    """File > Export Excel workbook… for the window's open document."""
    if window.document is not None:
        ExportXlsxDialog(window, window.document, window.project_path()).exec()


class ImportXlsxDialog(QDialog):
    """Reads a chosen workbook, lists what it would change (or every bad cell), imports on request."""

    def __init__(self, parent: QWidget | None, document, project: Path | None = None):
        super().__init__(parent)
        self.document = document
        self.project = project
        self.pending = None  # the XlsxImport read and not yet imported
        self.imported = False
        self.setWindowTitle(self.tr("Import from Excel workbook"))
        self.setMinimumSize(720, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Reads the measurements (sheet Measurements) and the actual costs (sheet Commercial "
                               "model) of a workbook exported from this plan, for example one the finance office "
                               "filled in. An empty cell is “not measured” or “not entered”. Nothing else is read; "
                               "you see every change before it is imported, and Undo takes the import back."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.result = QLabel()
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("In the plan"), self.tr("In the workbook")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setVisible(False)
        layout.addWidget(self.table, 1)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(self.tr("Problems in the workbook"))
        self.problems.setVisible(False)
        layout.addWidget(self.problems, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.choose = QPushButton(self.tr("Choose a workbook…"))
        self.choose.setDefault(True)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setEnabled(False)
        buttons.addButton(self.choose, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.choose.clicked.connect(self.choose_file)
        self.import_button.clicked.connect(self.do_import)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import from Excel workbook"), "",
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> bool:
        """Read the workbook and show what it would change; True when it can be imported."""
        from ..core.errors import AllianceError
        from ..fileutil import InputFileError, read_input_file
        from ..reports.workbook.reader import XlsxImportError, read_workbook
        from .dialogs import input_file_message, project_file_refusal

        self.pending = None
        self.import_button.setEnabled(False)
        self.table.setVisible(False)
        self.problems.setVisible(False)
        refusal = project_file_refusal(path, self.project)  # before the file is opened (the project's lock)
        if refusal:
            return self._fail(refusal, "")
        try:
            result = read_workbook(self.document.plan, read_input_file(path))
        except InputFileError as exc:
            return self._fail(input_file_message(exc), "")
        except XlsxImportError as exc:
            head, _, rest = exc.message.partition("\n")
            return self._fail(head, rest)
        except AllianceError as exc:
            return self._fail(exc.message, "")
        self.result.setStyleSheet("")
        if not result.changes:
            self.result.setText(self.tr("The workbook “{file}” holds the same measurements and actual costs as the "
                                        "plan: nothing to import.").format(file=path.name))
            return False
        self.pending = result
        self.result.setText(self.tr("The workbook “{file}” changes {count} values:").format(
            file=path.name, count=len(result.changes)))
        self.table.setRowCount(len(result.changes))
        for row, values in enumerate(result.changes):
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.setVisible(True)
        self.import_button.setEnabled(True)
        return True

    def do_import(self) -> bool:
        if self.pending is None:
            return False
        plan = self.pending.plan
        problem = self.document.try_apply(self.tr("Import from Excel workbook"), lambda _old: plan)
        if problem is not None:
            return self._fail(problem or self.tr("The import could not be saved."), "")
        self.imported = True
        self.pending = None
        self.import_button.setEnabled(False)
        self.result.setText(self.tr("Imported. Undo takes the whole import back."))
        return True

    def _fail(self, head: str, details: str) -> bool:
        from . import theme

        self.result.setStyleSheet(f"color: {theme.BAD};")
        self.result.setText(head)
        self.problems.setPlainText(details)
        self.problems.setVisible(bool(details))
        return False


def import_xlsx(window) -> None:
    """File > Import from Excel workbook… for the window's open document."""
    if window.document is not None:
        ImportXlsxDialog(window, window.document, window.project_path()).exec()
