"""Shared dialogs: the friendly crash dialog and restore-from-backup."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtCore import Qt
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

from .. import paths
from ..core.errors import AllianceError


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
        try:
            restore_backup(Path(item.data(Qt.ItemDataRole.UserRole)), Path(target))
        except AllianceError as exc:
            QMessageBox.warning(self, self.tr("The backup could not be restored"), exc.message)
            return
        self.restored_path = Path(target)
        self.accept()
