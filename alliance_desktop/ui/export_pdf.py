"""File > Export PDF…: choose sections, language and file; the report is built off the UI thread."""

from __future__ import annotations

import datetime as _dt
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from .. import i18n
from ..fileutil import safe_file_stem
from ..i18n import os_reason
from . import theme
from ..reports import SECTIONS

_POLL_MS = 40


def section_title(key: str) -> str:
    return {
        "cover": QCoreApplication.translate("ExportPdf", "Cover"),
        "contents": QCoreApplication.translate("ExportPdf", "Contents"),
        "overview": QCoreApplication.translate("ExportPdf", "Overview"),
        "timeline": QCoreApplication.translate("ExportPdf", "Timeline"),
        "chains": QCoreApplication.translate("ExportPdf", "Service chains and scope matrix"),
        "commercial": QCoreApplication.translate("ExportPdf", "Commercial model"),
        "risks": QCoreApplication.translate("ExportPdf", "Risks"),
        "procurement": QCoreApplication.translate("ExportPdf", "Procurement tasks and documents"),
        "metrics": QCoreApplication.translate("ExportPdf", "Metrics"),
    }[key]


def default_file_name(project_name: str, today: _dt.date | None = None) -> str:
    """"<project> <date>.pdf" with characters Windows refuses in file names left out."""
    today = today or _dt.date.today()
    return f"{safe_file_stem(project_name)} {today:%Y-%m-%d}.pdf"



def language_choice(owner: QWidget) -> tuple[QWidget, QButtonGroup, dict[str, QRadioButton]]:
    """The report's language as two radio buttons (Suomi / English), the interface's language chosen: the row,
    its group and the buttons by language code (Export PDF, Export Excel workbook)."""
    languages = QWidget()
    row = QHBoxLayout(languages)
    row.setContentsMargins(0, 0, 0, 0)
    group = QButtonGroup(owner)
    buttons: dict[str, QRadioButton] = {}
    for code, label in (("fi", "Suomi"), ("en", "English")):
        button = QRadioButton(label)
        button.setChecked(code == i18n.language())
        group.addButton(button)
        buttons[code] = button
        row.addWidget(button)
    row.addStretch(1)
    return languages, group, buttons


def file_choice(document, suffix: str, browse, changed) -> tuple[QLineEdit, QHBoxLayout]:
    """The file to write: a field with the offered file (default_output) and a Browse… button beside it, the
    field's edits to `changed`, the button to `browse` (Export PDF, Export Excel workbook)."""
    field = QLineEdit(str(default_output(document, suffix)))
    field.textChanged.connect(changed)
    button = QPushButton(QCoreApplication.translate("ExportPdfDialog", "Browse…"))
    button.clicked.connect(browse)
    row = QHBoxLayout()
    row.addWidget(field, 1)
    row.addWidget(button)
    return field, row


def default_output(document, suffix: str) -> Path:
    """Where an export is offered: the Documents folder (else the project's own folder), named after the project
    and the day, with `suffix` (".pdf", ".xlsx")."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                  or Path.home())
    if not folder.is_dir():
        folder = Path(document.path).parent
    return folder / (default_file_name(document.plan.project.name).removesuffix(".pdf") + suffix)

def _build(plan, path: Path, lang: str, sections: list[str], project: Path | None = None) -> tuple[int, list[str]]:
    """Write the report: (pages, warnings). Never onto the open project (or its companions): SameFileError."""
    from ..reports.builder import build_report  # ReportLab loads here, in the worker thread

    warnings: list[str] = []
    pages = build_report(plan, path, lang=lang, sections=sections, warnings=warnings, not_onto=(project,))
    return pages, warnings


class ExportPdfDialog(QDialog):
    def __init__(self, parent: QWidget | None, document):
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Export PDF"))
        self.setMinimumWidth(620)
        self._executor: ThreadPoolExecutor | None = None
        self._future: Future | None = None
        self.written: Path | None = None
        self.pages = 0

        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        sections = QWidget()
        grid = QVBoxLayout(sections)
        grid.setContentsMargins(0, 0, 0, 0)
        self.section_boxes: dict[str, QCheckBox] = {}
        for key in SECTIONS:
            box = QCheckBox(section_title(key))
            box.setChecked(True)
            box.toggled.connect(self._update_buttons)
            self.section_boxes[key] = box
            grid.addWidget(box)
        form.addRow(self.tr("Sections"), sections)

        languages, self.language_group, self.language_buttons = language_choice(self)
        form.addRow(self.tr("Language"), languages)

        self.file, file_row = file_choice(document, ".pdf", self._browse, self._update_buttons)
        form.addRow(self.tr("File"), file_row)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: ReportLab does not report progress
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_pdf_button = self.buttons.addButton(self.tr("Open PDF"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button = self.buttons.addButton(self.tr("Open folder"),
                                                         QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.open_pdf_button.hide()
        self.open_folder_button.hide()
        self.export_button.clicked.connect(self.export)
        self.open_pdf_button.clicked.connect(lambda: self._open(self.written))
        self.open_folder_button.clicked.connect(lambda: self._open(self.written.parent if self.written else None))
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(_POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._update_buttons()

    # ------------------------------------------------------------ choices

    def chosen_sections(self) -> list[str]:
        return [key for key, box in self.section_boxes.items() if box.isChecked()]

    def chosen_language(self) -> str:
        return next(code for code, button in self.language_buttons.items() if button.isChecked())

    def target(self) -> Path:
        text = self.file.text().strip()
        if text and not text.lower().endswith(".pdf"):
            text += ".pdf"
        return Path(text)

    def _update_buttons(self) -> None:
        busy = self._future is not None
        self.export_button.setEnabled(not busy and bool(self.chosen_sections()) and bool(self.file.text().strip()))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF"), self.file.text(), self.tr("PDF (*.pdf)"))
        if path:
            self.file.setText(path)

    # ------------------------------------------------------------ export

    def export(self) -> None:
        from .dialogs import project_file_refusal

        target = self.target()
        refusal = project_file_refusal(target, self.document.path)
        if refusal:
            self._fail(refusal)
            return
        if not target.parent.is_dir():
            self._fail(self.tr("The folder {folder} does not exist.").format(folder=target.parent))
            return
        if target.exists():
            answer = QMessageBox.question(self, self.tr("Replace the file?"),
                                          self.tr("{name} exists already. Replace it?").format(name=target.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._set_status(self.tr("Making the PDF…"))
        self.progress.show()
        self.open_pdf_button.hide()
        self.open_folder_button.hide()
        self._executor = ThreadPoolExecutor(max_workers=1)
        # The plan is immutable: the worker reads a snapshot while the user keeps working.
        self._future = self._executor.submit(_build, self.document.plan, target, self.chosen_language(),
                                             self.chosen_sections(), Path(self.document.path))
        self._target = target
        self._update_buttons()
        self._timer.start()

    def _poll(self) -> None:
        if self._future is None or not self._future.done():
            return
        self._timer.stop()
        future, self._future = self._future, None
        self._executor.shutdown(wait=True)  # the work is done: this only lets its thread end before we go on
        self.progress.hide()
        self._update_buttons()
        error = future.exception()
        if error is None:
            self.written = self._target
            self.pages, warnings = future.result()
            self._set_status("\n".join([self.tr("Saved {name} ({pages} pages).").format(name=self.written.name,
                                                                                           pages=self.pages),
                                        *warnings]))
            self.open_pdf_button.show()
            self.open_folder_button.show()
            return
        from ..core.errors import AllianceError

        if isinstance(error, AllianceError):
            self._fail(error.message)
        elif isinstance(error, OSError):
            from ..fileutil import SameFileError
            from .dialogs import same_file_message

            self._fail(same_file_message(self._target) if isinstance(error, SameFileError) else
                       self.tr("The PDF could not be written: {problem}").format(problem=os_reason(error)))
        else:  # a bug: the exception hook logs it and shows the friendly dialog
            raise error

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the running export ends (tests and the self-test); True when done."""
        if self._future is None:
            return True
        self._future.result(timeout=timeout_ms / 1000)
        self._poll()
        return True

    def _fail(self, message: str) -> None:
        self._set_status(message, error=True)

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        theme.set_colour(self.status, theme.BAD if error else theme.TEXT)

    def _open(self, path: Path | None) -> None:
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def reject(self) -> None:
        if self._future is not None:  # let a running export finish: never leave a half-written file
            self.wait()
        super().reject()
