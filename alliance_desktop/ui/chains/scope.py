"""The scope matrix: service packages × areas, each cell included / option / excluded.

A click on a cell, or Space / Enter on the current cell, moves it to the next state
(included → option → excluded → included); the arrow keys move between cells. Each change is
one undoable edit written through to the file.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import chains as cc
from ...core import model as m
from .. import theme
from ..widgets import Panel
from .common import SCOPE_COLOURS, scaled_font

STATE_MARKS = {"included": "✔", "option": "◐", "excluded": "–"}


def area_status_text(status: str) -> str:
    return {
        "included": QCoreApplication.translate("ScopePanel", "in the alliance"),
        "option": QCoreApplication.translate("ScopePanel", "option"),
        "outside": QCoreApplication.translate("ScopePanel", "outside"),
    }.get(status, status)


class ScopeTable(QTableWidget):
    """Column 0: the package (name, target group); then one column per area."""

    def __init__(self, cycle: Callable[[int, int], None], parent: QWidget | None = None):
        super().__init__(parent)
        self._cycle = cycle
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        self.setAlternatingRowColors(False)
        self.setShowGrid(True)
        self.setFont(scaled_font(1.15))
        self.horizontalHeader().setFont(scaled_font(1.1, bold=True))
        self.cellClicked.connect(self._clicked)

    def _clicked(self, row: int, column: int) -> None:
        if column > 0:
            self._cycle(row, column)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentColumn() > 0:
            self._cycle(self.currentRow(), self.currentColumn())
            event.accept()
            return
        super().keyPressEvent(event)


class ScopePanel(QWidget):
    def __init__(self, apply: Callable[[str, Callable[[m.Plan], m.Plan]], str | None], parent: QWidget | None = None):
        super().__init__(parent)
        self._apply = apply
        self.plan: m.Plan | None = None
        self.read_only = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        intro = QLabel(self.tr("Which service packages the alliance covers in which area. Click a cell, or press "
                               "Space, to switch it between included, option and excluded."))
        intro.setWordWrap(True)
        theme.muted(intro)
        layout.addWidget(intro)
        legend = QHBoxLayout()
        legend.setSpacing(14)
        for state in m.SCOPE_STATES:
            bg, fg = SCOPE_COLOURS[state]
            chip = QLabel(f" {STATE_MARKS[state]}  {cc.scope_state_title(state)} ")
            chip.setStyleSheet(f"background: {bg}; color: {fg}; border-radius: 4px; padding: 4px 10px;"
                               " font-weight: bold;")
            legend.addWidget(chip)
        legend.addStretch(1)
        layout.addLayout(legend)

        frame = Panel()
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(10, 10, 10, 10)
        self.table = ScopeTable(self._cycle)
        self.table.setAccessibleName(self.tr("Scope matrix"))
        self.table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        inner.addWidget(self.table)
        layout.addWidget(frame)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add service package…"))
        self.add_button.clicked.connect(self._add)
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.clicked.connect(self._rename)
        self.target_button = QPushButton(self.tr("Target group…"))
        self.target_button.clicked.connect(self._target_group)
        self.remove_button = QPushButton(self.tr("Remove package"))
        self.remove_button.clicked.connect(self._remove)
        for b in (self.add_button, self.rename_button, self.target_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.table.installEventFilter(self)
        self.table.horizontalHeader().sectionResized.connect(
            lambda index, _old, _new: self._even_rows() if index == 0 else None)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.table and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self._even_rows)
        return super().eventFilter(obj, event)

    # ------------------------------------------------------------ filling

    def set_plan(self, plan: m.Plan, read_only: bool) -> None:
        self.plan, self.read_only = plan, read_only
        table = self.table
        row, col = table.currentRow(), table.currentColumn()
        packages, areas = plan.scope.packages, plan.areas
        table.setColumnCount(len(areas) + 1)
        table.setRowCount(len(packages))
        headers = [self.tr("Service package")]
        for a in areas:
            headers.append(a.name if a.status == "included" else f"{a.name}\n({area_status_text(a.status)})")
        table.setHorizontalHeaderLabels(headers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, len(areas) + 1):  # as wide as the area's name or a cell's word (was 150 px each:
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)  # 1280 px scrolled)
        states = {(p, a): s for p, a, s in plan.scope.cells}
        for r, package in enumerate(packages):
            name = QTableWidgetItem(package.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            f = QFont(table.font())
            f.setBold(True)
            name.setFont(f)
            tip = package.target_group
            if package.notes:
                tip = f"{tip}\n{package.notes}" if tip else package.notes
            name.setToolTip(tip)
            table.setItem(r, 0, name)
            for c, area in enumerate(areas, start=1):
                state = states.get((package.key, area.key), "excluded")
                bg, fg = SCOPE_COLOURS[state]
                item = QTableWidgetItem(f"{STATE_MARKS[state]}  {cc.scope_state_title(state)}")
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setBackground(QBrush(QColor(bg)))
                item.setForeground(QBrush(QColor(fg)))
                bold = QFont(table.font())
                bold.setBold(state != "excluded")
                item.setFont(bold)
                item.setData(Qt.ItemDataRole.UserRole, state)
                item.setToolTip(self.tr("{package} in {area}: {state}. Click or press Space to change.").format(
                    package=package.name, area=area.name, state=cc.scope_state_title(state)))
                item.setData(Qt.ItemDataRole.AccessibleTextRole, cc.scope_state_title(state))
                table.setItem(r, c, item)
        self._even_rows()
        if 0 <= row < table.rowCount() and 0 <= col < table.columnCount():
            table.setCurrentCell(row, col)
        for b in (self.add_button, self.rename_button, self.target_button, self.remove_button):
            b.setEnabled(not read_only)
        has_rows = bool(packages)
        for b in (self.rename_button, self.target_button, self.remove_button):
            b.setEnabled(not read_only and has_rows)

    def _even_rows(self) -> None:
        """Rows as tall as the tallest package name needs (at least 48 px), all the same: an even grid."""
        table = self.table
        width = max(40, table.columnWidth(0) - 12)
        height = 48
        for r in range(table.rowCount()):
            item = table.item(r, 0)
            if item is None:
                continue
            fm = QFontMetrics(item.font())
            rect = fm.boundingRect(0, 0, width, 10000, int(Qt.TextFlag.TextWordWrap), item.text())
            height = max(height, rect.height() + 18)
        for r in range(table.rowCount()):
            if table.rowHeight(r) != height:
                table.setRowHeight(r, height)

    def state_at(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    # ------------------------------------------------------------ editing

    def _cycle(self, row: int, column: int) -> None:
        if self.read_only or self.plan is None or column < 1:
            return
        if not (0 <= row < len(self.plan.scope.packages) and column - 1 < len(self.plan.areas)):
            return
        package = self.plan.scope.packages[row].key
        area = self.plan.areas[column - 1].key
        self.table.setCurrentCell(row, column)
        self._apply(self.tr("Change scope"), lambda plan: cc.cycle_scope_cell(plan, package, area))
        self.table.setCurrentCell(row, column)

    def _current_package(self) -> m.ScopePackage | None:
        row = self.table.currentRow()
        if self.plan is None or not 0 <= row < len(self.plan.scope.packages):
            return None
        return self.plan.scope.packages[row]

    def _add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add service package"), self.tr("Name of the service package"))
        if ok and name.strip():
            self._apply(self.tr("Add service package"), lambda plan: cc.add_scope_package(plan, name.strip()))
            self.table.setCurrentCell(self.table.rowCount() - 1, 0)

    def _rename(self) -> None:
        package = self._current_package()
        if package is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename service package"), self.tr("Name of the service package"),
                                        text=package.name)
        if ok and name.strip():
            key = package.key
            self._apply(self.tr("Rename service package"),
                        lambda plan: cc.update_scope_package(plan, key, name=name.strip()))

    def _target_group(self) -> None:
        package = self._current_package()
        if package is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Target group"), self.tr("Target group of the package"),
                                        text=package.target_group)
        if ok:
            key = package.key
            self._apply(self.tr("Change target group"),
                        lambda plan: cc.update_scope_package(plan, key, target_group=text.strip()))

    def _remove(self) -> None:
        package = self._current_package()
        if package is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove service package"),
                                      self.tr("Remove “{name}” and its row of the matrix? You can undo this.").format(
                                          name=package.name))
        if answer == QMessageBox.StandardButton.Yes:
            key = package.key
            self._apply(self.tr("Remove service package"), lambda plan: cc.remove_scope_package(plan, key))
