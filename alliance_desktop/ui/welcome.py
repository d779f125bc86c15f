"""The welcome screen (no project open) and the New project dialog."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import templates
from . import app as appmod
from . import theme
from .templates_text import project_template_title
from .widgets import Panel


class WelcomeScreen(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window_ = window
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 48, 60, 48)
        title = QLabel(self.tr("Alliance Planner"))
        title.setFont(theme.heading_font(2.6))
        # what the app is for, in three lines (issue 22 "First run")
        self.purpose = [
            QLabel(self.tr("Plan an alliance-model procurement of social and health services, from the strategy "
                           "phase through the tendering to the years of service.")),
            QLabel(self.tr("Phases and decision gates, service chains, metrics, risks and the commercial model, "
                           "in one file that saves every change at once.")),
            QLabel(self.tr("Share it as a PDF report or an Excel workbook, or present it at a meeting. Start with a "
                           "demo, a blank plan or the user guide below.")),
        ]
        subtitle = QVBoxLayout()
        subtitle.setSpacing(2)
        for line in self.purpose:
            line.setWordWrap(True)
            subtitle.addWidget(line)
        heading = QHBoxLayout()
        heading.setSpacing(18)
        logo = QLabel()
        logo.setPixmap(appmod.app_icon().pixmap(72, 72))
        logo.setAccessibleName(self.tr("Alliance Planner"))
        heading.addWidget(logo)
        heading.addWidget(title, 1)
        outer.addLayout(heading)
        outer.addLayout(subtitle)
        outer.addSpacing(24)

        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        outer.addLayout(grid)
        outer.addStretch(1)

        start = self._card(self.tr("Start"))
        for name in templates.TEMPLATES:
            button = QPushButton(self.tr("New: {template}").format(template=project_template_title(name)))
            button.clicked.connect(lambda _=False, n=name: window.new_project(n))
            start.layout().addWidget(button)
        open_button = QPushButton(self.tr("Open a project file…"))
        theme.primary(open_button)
        open_button.clicked.connect(window.open_dialog)
        start.layout().addSpacing(12)
        start.layout().addWidget(open_button)
        guide_button = QPushButton(self.tr("User guide (F1)"))  # Help > User guide: how to start a plan
        guide_button.clicked.connect(window.user_guide)
        start.layout().addWidget(guide_button)
        start.layout().addStretch(1)
        grid.addWidget(start, 0, 0)

        demos = self._card(self.tr("Open a demo"))
        explain = QLabel(self.tr("A fresh copy of a demo project, built from real alliance plans. "
                                 "Illustrative figures are marked as such."))
        explain.setWordWrap(True)
        theme.muted(explain)
        demos.layout().addWidget(explain)
        for name in templates.DEMOS:
            button = QPushButton(project_template_title(name))
            button.clicked.connect(lambda _=False, n=name: window.open_demo(n))
            demos.layout().addWidget(button)
        demos.layout().addStretch(1)
        grid.addWidget(demos, 0, 1)

        recent = self._card(self.tr("Recent files"))
        self.recent_list = QListWidget()
        self.recent_list.setAccessibleName(self.tr("Recent files"))
        files = appmod.recent_files()  # row i is files[i] (no item roles: see test_startup_cost.py)
        for path in files:
            item = QListWidgetItem(recent_title(Path(path)))
            item.setToolTip(path)
            self.recent_list.addItem(item)
        if not files:
            empty = QLabel(self.tr("No recent files yet."))
            theme.muted(empty)
            recent.layout().addWidget(empty)
            self.recent_list.hide()
        self.recent_list.itemActivated.connect(
            lambda item: window.open_path(Path(files[self.recent_list.row(item)])))
        self.recent_list.setMinimumHeight(160)
        recent.layout().addWidget(self.recent_list, 1)
        if not files:
            recent.layout().addStretch(1)  # keep the heading and the note at the top
        grid.addWidget(recent, 0, 2)
        for col in range(3):
            grid.setColumnStretch(col, 1)

    def _card(self, title: str) -> QFrame:
        card = Panel()
        theme.roomy_buttons(card)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 16, 20, 16)
        heading = QLabel(title)
        heading.setFont(theme.heading_font(1.3))
        layout.addWidget(heading)
        return card


class NewProjectDialog(QDialog):
    """Choose a template, a name and where the file goes."""

    def __init__(self, parent, template: str = "blank"):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New project"))
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        self.template = QComboBox()
        for name in templates.TEMPLATES:
            self.template.addItem(project_template_title(name), name)
        self.template.setCurrentIndex(templates.TEMPLATES.index(template))
        self.name = QLineEdit()
        self.location = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.location, 1)
        row.addWidget(browse)
        self.error = QLabel()
        theme.error_text(self.error)
        self.error.setWordWrap(True)
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("Project name"), self.name)
        form.addRow(self.tr("File"), row)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.template.currentIndexChanged.connect(self._template_changed)
        self._template_changed()

    def _template_changed(self) -> None:
        self._plan = templates.load_template(self.template.currentData())
        self.name.setText(self._plan.project.name)
        folder = Path(self.location.text()).parent if self.location.text() else Path.home()
        self.location.setText(str(folder / (_safe_file_name(self._plan.project.name) + ".alliance")))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New project file"), self.location.text(),
                                              self.tr("Alliance project (*.alliance)"))
        if path:
            self.location.setText(path if path.endswith(".alliance") else path + ".alliance")

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("Give the project a name."))
            return
        path = self.path()
        if path.exists():
            self.error.setText(self.tr("A file with this name exists already; choose another name."))
            return
        if not path.parent.is_dir():
            self.error.setText(self.tr("The folder does not exist."))
            return
        self.accept()

    def path(self) -> Path:
        return Path(self.location.text().strip())

    def plan(self):
        project = dataclasses.replace(self._plan.project, name=self.name.text().strip())
        return dataclasses.replace(self._plan, project=project)


def _safe_file_name(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_" else " " for c in name)
    return " ".join(cleaned.split())[:80] or "alliance"


def recent_title(path: Path) -> str:
    """"Keusote.alliance — ~/Hankinnat": the folder tells apart files of the same name."""
    folder = str(path.parent)
    home = str(Path.home())
    if folder == home or folder.startswith(home + os.sep):
        folder = "~" + folder[len(home):]
    return f"{path.name}  —  {folder}"
