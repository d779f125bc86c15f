"""Shared dialogs: the friendly crash dialog and restore-from-backup; the messages of the file dialogs.

Every dialog that reads or writes a file the user chose checks first that the choice is not the open
project (or one of SQLite's companion files of it): `project_file_refusal`, before the file is opened.
On POSIX, closing any descriptor of the open project drops its SQLite lock (docs/architecture.md,
"The file lock"); writing over it would replace the project with something else."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from .. import fileutil, paths
from ..core.errors import AllianceError, shown
from ..i18n import os_reason


def same_file_message(path: Path | str) -> str:
    """The one message for a chosen file that is the open project (or a file of it)."""
    return QCoreApplication.translate(
        "Files", "“{name}” is the project open in this window, or a file that belongs to it. Choose another "
                 "file; nothing was read or changed.").format(name=shown(Path(path).name))


def project_file_refusal(path: Path | str, project: Path | str | None) -> str | None:
    """The message refusing `path` when it is the open `project` or one of its companions, else None.
    Compares file identity (links, other spellings of one path) without opening either file."""
    if project is not None and fileutil.is_project_or_companion(path, project):
        return same_file_message(path)
    return None


def input_file_message(exc: fileutil.InputFileError) -> str:
    """A file that could not be read as input (fileutil.read_input_file), in the user's words."""
    name = shown(Path(exc.path).name)
    if exc.kind == "missing":
        text = QCoreApplication.translate("Files", "The file “{name}” does not exist.")
    elif exc.kind == "folder":
        text = QCoreApplication.translate("Files", "“{name}” is a folder, not a file.")
    elif exc.kind == "not-regular":
        text = QCoreApplication.translate("Files", "“{name}” is not an ordinary file (it may be a device or a "
                                                   "pipe) and cannot be read.")
    elif exc.kind == "too-large":
        text = QCoreApplication.translate("Files", "The file “{name}” is larger than {size} MB and cannot be read.")
    elif exc.kind == "permission":
        text = QCoreApplication.translate("Files", "You do not have permission to read the file “{name}”.")
    else:
        text = QCoreApplication.translate("Files", "The file “{name}” could not be read: {reason}")
    return text.format(name=name, size=fileutil.MAX_INPUT_BYTES // (1024 * 1024), reason=shown(os_reason(exc.cause) if exc.cause else exc.reason))


def write_error_message(path: Path | str, exc: OSError) -> str:
    """A chosen output file that could not be written, in the user's words."""
    if isinstance(exc, fileutil.SameFileError):
        return same_file_message(path)
    return QCoreApplication.translate("Files", "The file “{name}” could not be written: {reason}").format(
        name=shown(Path(path).name), reason=shown(os_reason(exc)))


class CrashDialog(QDialog):
    def __init__(self, details: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("Alliance Planner ran into an unexpected problem. Your project is safe: every change "
                              "up to the last one was already saved in the file.\n\nIf this happens again, copy the "
                              "details and send them to your support contact. A log is kept in:\n{log}").format(
            log=paths.log_file()))
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy details"))
        show = QPushButton(self.tr("Show details"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(show, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        show.clicked.connect(lambda: self.details.setVisible(not self.details.isVisible()))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def show_crash_dialog(details: str) -> None:
    if QApplication.platformName() == "offscreen":  # tests and screenshots: the log has it, nobody to click
        return
    CrashDialog(details, QApplication.activeWindow()).exec()


class RestoreBackupDialog(QDialog):
    """Lists the automatic backups of the open file; restoring saves one as a new file."""

    def __init__(self, parent, path: Path):
        from ..storage.projectfile import list_backups

        super().__init__(parent)
        self.path = path
        self.restored_path: Path | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A copy of the file is kept each time it is opened. Choose a backup; it is saved as "
                               "a new file and opened, and the current file stays as it is.\nBackups are kept in: "
                               "{folder}").format(folder=paths.backup_dir()))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        for backup in list_backups(path):
            when = _dt.datetime.fromtimestamp(backup.stat().st_mtime)
            item = QListWidgetItem(f"{when:%d.%m.%Y %H:%M:%S}  —  {backup.name}")
            item.setData(Qt.ItemDataRole.UserRole, str(backup))
            self.list.addItem(item)
        if self.list.count() == 0:
            layout.addWidget(QLabel(self.tr("There are no backups of this file yet.")))
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("Restore as a new file…"))
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.list.currentItemChanged.connect(lambda cur, _prev: self.restore_button.setEnabled(cur is not None))
        self.restore_button.clicked.connect(self._restore)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _restore(self) -> None:
        from ..storage.projectfile import restore_backup

        item = self.list.currentItem()
        if item is None:
            return
        suggestion = self.path.with_name(self.path.stem + " " + self.tr("restored") + ".alliance")
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the restored project as"), str(suggestion),
                                                self.tr("Alliance project (*.alliance)"))
        if not target:
            return
        refusal = project_file_refusal(target, self.path)
        if refusal:
            QMessageBox.warning(self, self.tr("The backup could not be restored"), refusal)
            return
        try:
            restore_backup(Path(item.data(Qt.ItemDataRole.UserRole)), Path(target))
        except AllianceError as exc:
            QMessageBox.warning(self, self.tr("The backup could not be restored"), exc.message)
            return
        self.restored_path = Path(target)
        self.accept()
