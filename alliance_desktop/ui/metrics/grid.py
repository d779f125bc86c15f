"""Measurements: a grid of metrics × (baseline + service periods), typed in Finnish numbers or imported from CSV."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core import metrics_csv
from ...core import metrics_edits as me
from ...core import model as m
from ...core.errors import AllianceError
from ...core.scoring import calibration_in_force, metric_score
from ...fileutil import InputFileError, read_input_file, write_bytes_atomically
from .. import theme
from ..dialogs import input_file_message, project_file_refusal, write_error_message
from .common import number_text, parse_user_number, score_text, state_colour, value_text

Apply = Callable[[str, Callable[[m.Plan], m.Plan]], bool]
ProjectPath = Callable[[], "Path | str | None"]  # the open project's file, which no CSV dialog may read or write


def _no_project() -> None:
    return None


class MeasurementsModel(QAbstractTableModel):
    """Rows: metrics. Column 0: baseline; then one column per service period."""

    edited = Signal(str, str, str)  # metric key, period key (or "baseline"), the typed text

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plan = m.Plan()
        self.read_only = False
        self._order: list[str] = []
        self._values: dict[int, tuple[m.Metric, dict]] = {}

    def set_plan(self, plan: m.Plan, read_only: bool) -> None:
        shape = (len(plan.metrics), len(plan.commercial.periods))
        old_shape = (len(self.plan.metrics), len(self.plan.commercial.periods))
        names_changed = [p.name for p in plan.commercial.periods] != [p.name for p in self.plan.commercial.periods]
        if shape != old_shape or [x.key for x in plan.metrics] != [x.key for x in self.plan.metrics]:
            self.beginResetModel()
            self._set(plan, read_only)
            self.endResetModel()
            return
        changed_rows = [i for i, (a, b) in enumerate(zip(plan.metrics, self.plan.metrics)) if a is not b]
        self._set(plan, read_only)
        if names_changed:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        for row in changed_rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)

    def _set(self, plan: m.Plan, read_only: bool) -> None:
        if [p.key for p in plan.commercial.periods] != self._order:
            self._values.clear()
        self.plan = plan
        self.read_only = read_only
        self._order = [p.key for p in plan.commercial.periods]
        alive = {id(x) for x in plan.metrics}
        self._values = {k: v for k, v in self._values.items() if k in alive}

    def _measurements(self, metric: m.Metric) -> dict:
        hit = self._values.get(id(metric))
        if hit is not None and hit[0] is metric:
            return hit[1]
        values = dict(metric.measurements)
        self._values[id(metric)] = (metric, values)
        return values

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.plan.metrics)

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.plan.commercial.periods) + 1

    def period_of(self, column: int) -> str:
        return me.BASELINE if column == 0 else self._order[column - 1]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if section == 0:
                if role == Qt.ItemDataRole.DisplayRole:
                    return self.tr("Baseline")
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.tr("The level before the alliance (optional).")
                return None
            period = self.plan.commercial.periods[section - 1]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return period.name or period.key
            return None
        if 0 <= section < len(self.plan.metrics):
            x = self.plan.metrics[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{x.name} ({x.unit})" if x.unit else x.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return x.description or None
        return None

    def flags(self, index):
        if not index.isValid():  # the table's root (Qt's model contract)
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if self.read_only else base | Qt.ItemFlag.ItemIsEditable

    def value(self, row: int, column: int) -> Decimal | None:
        x = self.plan.metrics[row]
        if column == 0:
            return x.baseline
        return self._measurements(x).get(self._order[column - 1])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        value = self.value(row, col)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return number_text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if col == 0:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(theme.MUTED)
            return None
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole):
            x = self.plan.metrics[row]
            cal = calibration_in_force(x, self._order[col - 1], self._order)
            if cal is None or cal.weight == 0:
                if role == Qt.ItemDataRole.ToolTipRole:
                    return (self.tr("Not calibrated for this period: does not count.") if cal is None else
                            self.tr("Retired in this period: does not count."))
                return QColor(theme.BACKGROUND)
            if value is None:
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.tr("No measurement: the metric scores 0 in this period.")
                return None
            score = metric_score(value, cal.threshold, cal.target, x.direction)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("{value}: score {score} (threshold {threshold}, target {target})").format(
                    value=value_text(value, x.unit), score=score_text(score), threshold=number_text(cal.threshold),
                    target=number_text(cal.target))
            state = "good" if score >= 1 else "bad" if score <= 0 else "partial"
            tint = state_colour(state)
            tint.setAlpha(40)
            return tint
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        x = self.plan.metrics[index.row()]
        self.edited.emit(x.key, self.period_of(index.column()), str(value))
        return False  # the document's change signal refreshes the cell


class MeasurementsTable(QTableView):
    """Keyboard: type to edit, Enter to commit, Delete to clear, Ctrl+C / Ctrl+V with Excel."""

    clearRequested = Signal(list)
    pasteRequested = Signal(int, int, str)

    NAMES_SHARE = 0.4  # the metrics' names take at most this share of the width (cut with "…"; whole in the
    # other tabs), so the periods' figures are not pushed off sideways on a 1280-pixel screen

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        most = max(160, round(self.width() * self.NAMES_SHARE))
        names = self.verticalHeader()
        if names.maximumWidth() != most:
            names.setMaximumWidth(most)
            names.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()  # the periods' titles wrap: as tall as three lines
        lines = round(QFontMetrics(header.font()).lineSpacing() * 3 + 10)
        if header.minimumHeight() != lines:
            header.setMinimumHeight(lines)

    def keyPressEvent(self, event) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clearRequested.emit([(i.row(), i.column()) for i in self.selectedIndexes()])
                return
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy_selection()
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                current = self.currentIndex()
                if current.isValid():
                    self.pasteRequested.emit(current.row(), current.column(), QGuiApplication.clipboard().text())
                return
        super().keyPressEvent(event)

    def copy_selection(self) -> None:
        indexes = self.selectedIndexes()
        if not indexes:
            return
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        model = self.model()
        text = "\n".join("\t".join(model.data(model.index(r, c)) or "" for c in cols) for r in rows)
        QGuiApplication.clipboard().setText(text)


def format_help() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "Metrics",
        "The CSV file, as Excel saves it (“CSV (semicolon-separated)” or “CSV UTF-8”):\n"
        "• The first line names the columns: mittari (or metric), jakso (or period) and arvo (or value). "
        "Other columns are ignored.\n"
        "• mittari: the metric's name or key. jakso: the service period's name or key, or “lähtötaso” "
        "for the baseline.\n"
        "• arvo: a number with a decimal comma, e.g. 1 234,5. A row with an empty value is skipped.\n"
        "• Columns separated by semicolons (;); text in UTF-8 (with or without BOM) or Excel's Windows "
        "encoding.\n"
        "Example:\n"
        "mittari;jakso;arvo\n"
        "Jonotusajat;p1;118\n"
        "Hoitojakson kesto;p2;1,9\n"
        "If any row has a problem, nothing is imported and each problem is listed with its line and column.")


class CsvImportDialog(QDialog):
    """Explains the format, reads a chosen file, and lists every problem; imports all or nothing."""

    def __init__(self, parent: QWidget | None, plan_getter: Callable[[], m.Plan], apply: Apply,
                 project: ProjectPath = _no_project):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import measurements from CSV"))
        self.setMinimumWidth(640)
        self._plan = plan_getter
        self._apply = apply
        self._project = project
        self.imported: metrics_csv.ImportResult | None = None
        layout = QVBoxLayout(self)
        help_label = QLabel(format_help())
        help_label.setWordWrap(True)
        help_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(help_label)
        self.result = QLabel()
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(self.tr("Problems in the file"))
        self.problems.setVisible(False)
        layout.addWidget(self.problems, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.choose = QPushButton(self.tr("Choose a file…"))
        self.choose.setDefault(True)
        buttons.addButton(self.choose, QDialogButtonBox.ButtonRole.ActionRole)
        self.choose.clicked.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import measurements"), "",
                                              self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> bool:
        """Read and import the file; True when every row was good and the measurements are in the plan."""
        self.problems.setVisible(False)
        # before the file is opened: reading the open project would drop its lock (ui/dialogs.py)
        refusal = project_file_refusal(path, self._project())
        if refusal:
            self._fail(refusal, "")
            return False
        try:
            data = read_input_file(path)
        except InputFileError as exc:
            self._fail(input_file_message(exc), "")
            return False
        try:
            result = metrics_csv.import_measurements(self._plan(), data)
        except metrics_csv.CsvImportError as exc:
            head, _, rest = exc.message.partition("\n")
            self._fail(head, rest)
            return False
        except AllianceError as exc:
            self._fail(exc.message, "")
            return False
        if not self._apply(self.tr("Import measurements"), lambda _plan: result.plan):
            self._fail(self.tr("The measurements could not be saved."), "")
            return False
        self.imported = result
        self.result.setStyleSheet(f"color: {theme.GOOD};")
        self.result.setText(self.tr("Imported {count} values from {file}; {changed} of them changed the plan. "
                                    "Undo takes the whole import back.").format(
            count=result.values, file=Path(path).name, changed=result.changed))
        return True

    def _fail(self, head: str, details: str) -> None:
        self.imported = None
        self.result.setStyleSheet(f"color: {theme.BAD};")
        self.result.setText(head)
        self.problems.setPlainText(details)
        self.problems.setVisible(bool(details))


class MeasurementsTab(QWidget):
    def __init__(self, apply: Apply, message: Callable[[str], None], plan_getter: Callable[[], m.Plan],
                 parent: QWidget | None = None, project: ProjectPath = _no_project):
        super().__init__(parent)
        self._apply = apply
        self._message = message
        self._plan = plan_getter
        self._project = project
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        hint = QLabel(self.tr("Type a value and press Enter (Finnish numbers: 1 234,5). Delete clears the selected "
                              "cells; Ctrl+V pastes a block from Excel; Ctrl+Z undoes."))
        theme.muted(hint)
        hint.setWordWrap(True)
        bar.addWidget(hint, 1)
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.clicked.connect(self.open_import)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self.export)
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.model = MeasurementsModel(self)
        self.model.edited.connect(self._edited)
        self.table = MeasurementsTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Measurements"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setAlternatingRowColors(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        # the periods share the width beside the metrics' names (they are short figures): no sideways scroll
        # at 1280 px; many periods stop at a figure's width and scroll
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(round(96 * theme.text_scale()))
        header.setMinimumHeight(52)
        self.table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setFont(_grid_font())
        self.table.clearRequested.connect(self._clear)
        self.table.pasteRequested.connect(self._paste)
        layout.addWidget(self.table, 1)

    def show_data(self, plan: m.Plan, read_only: bool) -> None:
        self.model.set_plan(plan, read_only)
        self.import_button.setEnabled(not read_only)

    def _edited(self, key: str, period: str, text: str) -> None:
        try:
            value = parse_user_number(text) if text.strip() else None
        except AllianceError as exc:
            self._message(exc.message)
            return
        undo = self.tr("Change baseline") if period == me.BASELINE else (
            self.tr("Enter measurement") if value is not None else self.tr("Clear measurement"))
        self._apply(undo, lambda plan: me.set_measurements(plan, [(key, period, value)]))

    def _clear(self, cells: list[tuple[int, int]]) -> None:
        if self.model.read_only or not cells:
            return
        plan = self.model.plan
        values = [(plan.metrics[r].key, self.model.period_of(c), None) for r, c in cells]
        self._apply(self.tr("Clear measurements"), lambda p: me.set_measurements(p, values))

    def _paste(self, row: int, column: int, text: str) -> None:
        if self.model.read_only:
            return
        plan = self.model.plan
        values = []
        lines = [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
        while lines and not lines[-1].strip():
            lines.pop()
        for i, line in enumerate(lines):
            for j, cell in enumerate(line.split("\t")):
                r, c = row + i, column + j
                if r >= len(plan.metrics) or c >= self.model.columnCount():
                    continue
                try:
                    value = parse_user_number(cell) if cell.strip() else None
                except AllianceError as exc:
                    self._message(self.tr("Nothing was pasted: row {row}, column {column}: {problem}").format(
                        row=i + 1, column=j + 1, problem=exc.message))
                    return
                values.append((plan.metrics[r].key, self.model.period_of(c), value))
        if values:
            self._apply(self.tr("Paste measurements"), lambda p: me.set_measurements(p, values))

    def import_dialog(self) -> CsvImportDialog:
        """The import dialog, not yet shown."""
        dialog = CsvImportDialog(self, self._plan, self._apply, self._project)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    def open_import(self) -> None:
        self.import_dialog().open()

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export measurements"),
                                              self.tr("measurements") + ".csv", self.tr("CSV files (*.csv)"))
        if not path:
            return
        self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        project = self._project()
        refusal = project_file_refusal(path, project)
        if refusal:
            self._message(refusal)
            return False
        try:
            write_bytes_atomically(Path(path), metrics_csv.export_measurements(self._plan()), not_onto=(project,))
        except OSError as exc:
            self._message(write_error_message(path, exc))
            return False
        self._message(self.tr("Measurements exported: {path}").format(path=str(path)), error=False)
        return True


def _grid_font():
    from .common import scaled_font

    return scaled_font(1.1)
