"""File > Export Excel workbook…: choose the language and the file; the open-book workbook
(reports/workbook/) is written atomically, never onto the open project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from .. import i18n
from .export_pdf import default_file_name


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

        languages = QWidget()
        row = QHBoxLayout(languages)
        row.setContentsMargins(0, 0, 0, 0)
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QRadioButton] = {}
        for code, label in (("fi", "Suomi"), ("en", "English")):
            button = QRadioButton(label)
            button.setChecked(code == i18n.language())
            self.language_group.addButton(button)
            self.language_buttons[code] = button
            row.addWidget(button)
        row.addStretch(1)
        form.addRow(self.tr("Language"), languages)

        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                      or Path.home())
        if not folder.is_dir():
            folder = Path(document.path).parent
        name = default_file_name(document.plan.project.name).removesuffix(".pdf") + ".xlsx"
        self.file = QLineEdit(str(folder / name))
        self.file.textChanged.connect(self._update_buttons)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
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
        try:
            write_workbook(self.document.plan, target, self.chosen_language(), not_onto=(self.project,))
        except OSError as exc:
            self.status.setText(write_error_message(target, exc))
            return False
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
