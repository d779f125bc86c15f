"""The service periods table: names, dates, target cost parts and actual costs, typed by keyboard."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import i18n
from ...core import commercial_edits as ce
from ...core import model as m
from ...core.errors import AllianceError
from ...core.formatting import parse_number
from .. import fmt, theme
from .common import LEFT, RIGHT, Cells, edit_number, money, money_exact, scaled_font, set_items_point_size
from .terms import tip

EDIT_VALUE = Qt.ItemDataRole.UserRole + 1  # the text (or date) the editor starts from
KEY = Qt.ItemDataRole.UserRole
DIM = Qt.ItemDataRole.UserRole + 2  # a word for a missing amount ("not entered"), not a figure

# (column id, kind): kind is text, date, money or total (read-only)
COLUMNS = (
    ("name", "text"),
    ("start", "date"),
    ("end", "date"),
    ("target.fee", "money"),
    ("target.overhead", "money"),
    ("target.production", "money"),
    ("target.total", "total"),
    ("actual.fee", "money"),
    ("actual.overhead", "money"),
    ("actual.production", "money"),
    ("actual.total", "total"),
)
COLUMN = {cid: i for i, (cid, _k) in enumerate(COLUMNS)}


def _qdate(d: _dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


class PeriodDelegate(QStyledItemDelegate):
    """Line edits for names and money, a date edit for dates; committing hands the text to the panel."""

    def __init__(self, panel: PeriodsPanel):
        super().__init__(panel.table)
        self.panel = panel

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        kind = COLUMNS[index.column()][1]
        if kind == "date":
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
            return editor
        editor = QLineEdit(parent)
        if kind == "money":
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            editor.setPlaceholderText(QCoreApplication.translate("PeriodsPanel", "e.g. 1 234 567,89"))
        return editor

    def setEditorData(self, editor, index):  # noqa: N802 - Qt API
        value = index.data(EDIT_VALUE)
        if isinstance(editor, QDateEdit):
            if isinstance(value, _dt.date):
                editor.setDate(_qdate(value))
        else:
            editor.setText(value or "")

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt API
        if isinstance(editor, QDateEdit):
            d = editor.date()
            self.panel.commit(index.row(), index.column(), _dt.date(d.year(), d.month(), d.day()))
        else:
            self.panel.commit(index.row(), index.column(), editor.text())


class SplitDialog(QDialog):
    """Ask where to split a period."""

    def __init__(self, parent: QWidget, period: m.ServicePeriod):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Split service period"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("“{name}” ({start}–{end}) is split in two. The target and actual costs are divided "
                              "in proportion to the days in each part.").format(
            name=period.name, start=fmt.date(period.start), end=fmt.date(period.end)))
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.date = QDateEdit(_qdate(ce.default_split_date(period)))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.date.setDateRange(_qdate(period.start + _dt.timedelta(days=1)), _qdate(period.end))
        form.addRow(self.tr("The second part starts on"), self.date)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> _dt.date:
        d = self.date.date()
        return _dt.date(d.year(), d.month(), d.day())


class _PeriodsTable(QTableWidget):
    """Sized to its rows (four periods: four rows, no empty space below them) and to the width it has:
    the number and date columns as wide as their contents, the period name takes the rest and is the
    first to give way (cut with "…", whole in its tooltip), down to NAME_MIN px. Where the numbers
    still do not fit (a 1280-pixel screen), the table's text steps down to the app's normal size."""

    NAME_MIN = 110  # px at the normal text size: "Palvelujakso 1…"
    MOST_ROWS = 6  # more periods than this scroll inside the table
    FONT_STEPS = (1.1, 1.0, 0.95)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if getattr(self, "_fit_pending", False):
            self.fit()
        else:
            self.fit_name_column()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if getattr(self, "_fit_pending", False):
            self.fit()

    def fit(self) -> None:
        """The height, the columns to their contents and the name column to the width: at once when shown,
        else when next shown (issue 16: hidden, at the width it has before its first show, the table tried
        every text size, measuring each of 2 816 cells at each, at the 64x first visit)."""
        if not self.isVisible():
            self._fit_pending = True
            return
        self._fit_pending = False
        self.fit_height()  # periods added or removed
        self.fit_columns()
        self.fit_name_column()  # the number columns may have grown or shrunk

    def fit_columns(self) -> None:
        """Each column as wide as its title and its figures and dates; a word for a missing amount
        ("sopimuksen mukainen") counts up to the width of a figure, the rest of it is cut (whole in
        its tooltip)."""
        header = self.horizontalHeader()
        cap = QFontMetrics(self.font()).horizontalAdvance("00 000 000 €")
        cells = self._cell_widths()
        for c, (cid, _kind) in enumerate(COLUMNS):
            if cid == "name":
                continue
            width = header.sectionSizeFromContents(c).width()
            for r in range(self.rowCount()):
                hint = cells.get((r, c))
                if hint is None:
                    item = self.item(r, c)
                    hint = 0
                    if item is not None:
                        hint = self.sizeHintForIndex(self.model().index(r, c)).width() + 2  # the grid line, the edge
                        hint = min(hint, cap) if item.data(DIM) else hint
                    cells[(r, c)] = hint
                width = max(width, hint)
            if self.columnWidth(c) != width:
                self.setColumnWidth(c, width)

    def _cell_widths(self) -> dict[tuple[int, int], int]:
        """Each cell's width as fit_columns counts it, kept while the cell is unchanged (issue 16: at 64x a
        refresh measured every cell of 256 periods): a changed cell drops its own, a font, row or column
        change all of them."""
        if getattr(self, "_cells_font", None) != self.font().key():
            if not hasattr(self, "_cells"):
                model = self.model()
                model.dataChanged.connect(lambda a, b, _roles=(): [
                    self._cells.pop((r, c), None) for r in range(a.row(), b.row() + 1)
                    for c in range(a.column(), b.column() + 1)])
                for signal in (model.columnsInserted, model.columnsRemoved, model.columnsMoved, model.rowsInserted,
                               model.rowsRemoved, model.rowsMoved, model.modelReset, model.layoutChanged):
                    signal.connect(lambda *_args: self._cells.clear())
            self._cells: dict[tuple[int, int], int] = {}
            self._cells_font = self.font().key()
        return self._cells

    def _others(self) -> int:
        name = COLUMN["name"]
        return sum(self.columnWidth(c) for c in range(self.columnCount()) if c != name)

    def fit_name_column(self) -> None:
        """The largest text (of FONT_STEPS) at which the columns fit beside the name's least width; the
        name column takes the rest."""
        if self.property("fitting"):
            return  # the font's new row height resizes the table: no second fit inside this one
        name = COLUMN["name"]
        least = round(self.NAME_MIN * theme.text_scale())
        room = self.viewport().width()
        if room <= 0:
            return
        self.setProperty("fitting", True)
        try:
            for step in range(len(self.FONT_STEPS)):
                if step != (self.property("fontStep") or 0):
                    self._set_step(step)
                if self._others() + least <= room:
                    break
            self.setColumnWidth(name, max(least, room - self._others()))
            self.fit_height()  # room for a scroll bar below only if the columns still do not fit
        finally:
            self.setProperty("fitting", False)
        # the scroll bars from the final widths now (issue 19, under Wine: a step down made the columns fit,
        # but the bar Qt had shown for the wider step stayed until a later turn of the event loop)
        self.updateGeometries()

    def _set_step(self, step: int) -> None:
        self.setProperty("fontStep", step)
        factor = self.FONT_STEPS[step]
        self.setFont(scaled_font(factor))
        self.horizontalHeader().setFont(scaled_font(factor - 0.1, bold=True))
        for cache in getattr(self, "font_caches", ()):
            cache.clear()  # the cells' bold and italic fonts are made from the table's font again
        set_items_point_size(self, self.font().pointSizeF())
        self.fit_height()
        self.fit_columns()

    def fit_height(self) -> None:
        """As tall as the header and its rows (at most MOST_ROWS), so the results below get the rest."""
        rows = min(max(1, self.rowCount()), self.MOST_ROWS)
        row_height = QFontMetrics(self.font()).height() + round(12 * theme.text_scale())
        self.verticalHeader().setDefaultSectionSize(row_height)
        height = self.horizontalHeader().sizeHint().height() + rows * row_height + 2 * self.frameWidth()
        if self.horizontalHeader().length() > self.viewport().width():  # the columns, not the bar's last range
            height += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(height)


class PeriodsPanel(QWidget):
    """The periods table with its buttons and an in-place message line for refused input."""

    periodSelected = Signal(str)

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)

        self.table = _PeriodsTable(0, len(COLUMNS))
        self.table.setObjectName("periodsTable")
        self.table.setAccessibleName(self.tr("Service periods"))
        self.table.setFont(scaled_font(1.1))
        headers = {
            "name": (self.tr("Service period"), tip("service_period")),
            "start": (self.tr("Starts"), self.tr("First day of the period.")),
            "end": (self.tr("Ends"), self.tr("Last day of the period.")),
            "target.fee": (self.tr("Fee\n(target)"), tip("fee")),
            "target.overhead": (self.tr("Overhead\n(target)"), tip("overhead")),
            "target.production": (self.tr("Reimbursable\n(target)"), tip("production")),
            "target.total": (self.tr("Target cost"), tip("target_cost")),
            "actual.fee": (self.tr("Fee\n(actual)"), tip("actual_fee")),
            "actual.overhead": (self.tr("Overhead\n(actual)"), tip("overhead")),
            "actual.production": (self.tr("Reimbursable\n(actual)"), tip("production")),
            "actual.total": (self.tr("Actual cost"), tip("actual_cost")),
        }
        for i, (cid, _kind) in enumerate(COLUMNS):
            text, tooltip = headers[cid]
            item = QTableWidgetItem(text)
            item.setToolTip(tooltip)
            self.table.setHorizontalHeaderItem(i, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # widths: _PeriodsTable.fit_columns
        header.setFont(scaled_font(1.0, bold=True))
        self.table.verticalHeader().setVisible(False)
        self.table.fit_height()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        self.table.setItemDelegate(PeriodDelegate(self))
        self.cells = Cells(self.table)
        self.table.font_caches = (self.cells._fonts,)
        self.table.currentCellChanged.connect(self._current_changed)
        layout.addWidget(self.table)

        self.message = QLabel()
        theme.error_text(self.message)
        self.message.setWordWrap(True)
        self.message.setFont(scaled_font(1.1, bold=True))
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        layout.addWidget(self.message)

        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add period"))
        self.add_button.setToolTip(self.tr("Add a service period after the last one, as long as it."))
        self.add_button.clicked.connect(self.add_period)
        self.remove_button = QPushButton(self.tr("Remove period"))
        self.remove_button.setToolTip(self.tr("Remove the selected period, with its measurements and scenario "
                                              "entries. Undo brings them back."))
        self.remove_button.clicked.connect(self.remove_period)
        self.split_button = QPushButton(self.tr("Split period…"))
        self.split_button.setToolTip(self.tr("Split the selected period in two; its costs are divided by days."))
        self.split_button.clicked.connect(self.split_period)
        self.clear_button = QPushButton(self.tr("Clear actual costs"))
        self.clear_button.setToolTip(self.tr("The selected period's actual costs are not known yet: it is shown "
                                             "at its target cost."))
        self.clear_button.clicked.connect(self.clear_actual)
        self.preset_button = QPushButton(self.tr("Periods 2 + 2 + 3 + 3 years"))
        self.preset_button.setToolTip(self.tr("Lay out four periods of 2, 2, 3 and 3 years from the start of the "
                                              "service phase. Existing periods keep their costs."))
        self.preset_button.clicked.connect(self.preset)
        for b in (self.add_button, self.remove_button, self.split_button, self.clear_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.preset_button)
        layout.addLayout(row)
        layout.addStretch(1)
        # how to type: in the table's tooltip and accessible description (a line of it took the figures' room)
        hint = self.tr("Type amounts as 1 234 567,89 and press Enter; every change is saved at once and "
                       "can be undone. Actuals count once overhead and reimbursable costs are both entered.")
        self.table.setToolTip(hint)
        self.table.setAccessibleDescription(hint)
        self.buttons = (self.add_button, self.remove_button, self.split_button, self.clear_button,
                        self.preset_button)

    # ------------------------------------------------------------ showing

    def refresh(self, plan: m.Plan) -> None:
        periods = plan.commercial.periods
        read_only = self.document.read_only
        table = self.table
        if table.rowCount() != len(periods):
            table.setRowCount(len(periods))
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        editable = base if read_only else base | Qt.ItemFlag.ItemIsEditable
        shown = getattr(self, "_shown", ())
        self._shown = tuple((p, read_only) for p in periods)
        for r, p in enumerate(periods):
            if r < len(shown) and shown[r][0] is p and shown[r][1] == read_only:
                continue  # the same period object as shown: its row is as it was (only edited rows refill)
            for c, (cid, kind) in enumerate(COLUMNS):
                text, value, tooltip, dim = self._cell(p, cid)
                self.cells.set(r, c, text, tooltip=tooltip, colour=theme.MUTED if dim else None,
                               bold=kind == "total" and not dim, italic=dim and cid.startswith("actual"),
                               background=theme.ACCENT_LIGHT if kind == "total" else None,
                               align=RIGHT if kind in ("money", "total") else LEFT,
                               flags=base if kind == "total" else editable,
                               data=((KEY, p.key), (EDIT_VALUE, value), (DIM, dim)))
        table.fit()
        if table.currentRow() < 0 and periods:
            table.blockSignals(True)
            table.setCurrentCell(0, COLUMN["target.production"])
            table.blockSignals(False)
        for b in self.buttons:
            b.setEnabled(not read_only)
        has = bool(periods)
        if not read_only:
            for b in (self.remove_button, self.split_button, self.clear_button):
                b.setEnabled(has)

    def _cell(self, p: m.ServicePeriod, cid: str) -> tuple[str, object, str, bool]:
        """(text, editor value, tooltip, dimmed) of one cell."""
        if cid == "name":
            return p.name, p.name, p.name, False
        if cid in ("start", "end"):
            d = getattr(p, cid)
            return fmt.date(d), d, "", False
        side, part = cid.split(".")
        if side == "target":
            value = p.target.total if part == "total" else getattr(p.target, part)
            return money(value), edit_number(value), money_exact(value), False
        return self._actual_cell(p, part)

    def _actual_cell(self, p: m.ServicePeriod, part: str) -> tuple[str, object, str, bool]:
        """An actual part as entered: "not entered" when it was not typed, never a copy of the target."""
        a = p.actual
        if part == "total":
            if a is None or a.overhead is None or a.production is None:
                missing = self.tr("No actual costs entered yet") if a is None else self.tr("Actual costs incomplete")
                return self.tr("forecast"), "", self.tr(
                    "{missing}: the period is a forecast at its target cost ({target}) until the overhead and the "
                    "reimbursable costs are entered.").format(missing=missing, target=money_exact(p.target.total)), True
            value = (p.target.fee if a.fee is None else a.fee) + a.overhead + a.production
            return money(value), "", money_exact(value), False
        value = None if a is None else getattr(a, part)
        if value is not None:
            return money(value), edit_number(value), money_exact(value), False
        if part == "fee" and a is not None:
            return self.tr("by contract"), "", self.tr(
                "Not entered: the fee is the target fee by contract, {amount}. Type an amount if the fee paid "
                "differs.").format(amount=money_exact(p.target.fee)), True
        return self.tr("not entered"), "", self.tr(
            "Not entered. Type the amount; the period is settled on its actual costs once the overhead and the "
            "reimbursable costs are both entered."), True

    def select_period(self, key: str) -> None:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.data(KEY) == key:
                if self.table.currentRow() != r:
                    self.table.blockSignals(True)
                    self.table.setCurrentCell(r, max(0, self.table.currentColumn()))
                    self.table.blockSignals(False)
                return

    def selected_key(self) -> str | None:
        r = self.table.currentRow()
        item = self.table.item(r, 0) if r >= 0 else None
        return item.data(KEY) if item is not None else None

    def _current_changed(self, row: int, _col: int, _prev_row: int, _prev_col: int) -> None:
        item = self.table.item(row, 0) if row >= 0 else None
        if item is not None:
            self.periodSelected.emit(item.data(KEY))

    def show_message(self, text: str | None) -> None:
        if text:
            self.message.setText(text)
            self.message.show()
        else:
            self.message.clear()
            self.message.hide()

    # ------------------------------------------------------------ editing

    def _edit(self, text: str, edit) -> bool:
        problem = self.document.try_apply(text, edit)
        self.show_message(problem)
        if problem is not None:
            self.refresh(self.document.plan)  # put the saved value back in the cell
        return problem is None

    def commit(self, row: int, column: int, value) -> bool:
        """A cell was edited: check the value and make the edit, or say in place why not (nothing saved)."""
        if self.document.read_only:
            return False
        item = self.table.item(row, 0)
        if item is None:
            return False
        key = item.data(KEY)
        cid, kind = COLUMNS[column]
        if cid == "name":
            return self._edit(self.tr("Rename service period"), lambda p: ce.rename_period(p, key, value))
        if kind == "date":
            changes = {cid: value}
            return self._edit(self.tr("Change period dates"), lambda p: ce.redate_period(p, key, **changes))
        side, part = cid.split(".")
        text = str(value).strip()
        if side == "actual" and not text:  # an emptied part is "not entered" again (the fee: by contract)
            period = ce.find_period(self.document.plan, key)
            if period.actual is None or getattr(period.actual, part) is None:
                self.show_message(None)
                return True
            return self._edit(self.tr("Change actual cost"), lambda p: ce.set_actual_part(p, key, part, None))
        try:
            amount = parse_number(text, i18n.language())
        except AllianceError as exc:
            self.show_message(exc.message)
            self.refresh(self.document.plan)
            return False
        if side == "target":
            return self._edit(self.tr("Change target cost"), lambda p: ce.set_target_part(p, key, part, amount))
        return self._edit(self.tr("Change actual cost"), lambda p: ce.set_actual_part(p, key, part, amount))

    def add_period(self) -> None:
        if self._edit(self.tr("Add service period"), ce.add_period):
            self.table.setCurrentCell(self.table.rowCount() - 1, COLUMN["name"])

    def remove_period(self) -> None:
        key = self.selected_key()
        if key is not None:
            self._edit(self.tr("Remove service period"), lambda p: ce.remove_period(p, key))

    def ask_split_date(self, period: m.ServicePeriod) -> _dt.date | None:
        dialog = SplitDialog(self, period)
        return dialog.chosen() if dialog.exec() else None

    def split_period(self) -> None:
        key = self.selected_key()
        if key is None:
            return
        at = self.ask_split_date(ce.find_period(self.document.plan, key))
        if at is not None:
            self._edit(self.tr("Split service period"), lambda p: ce.split_period(p, key, at))

    def clear_actual(self) -> None:
        key = self.selected_key()
        if key is not None:
            self._edit(self.tr("Clear actual costs"), lambda p: ce.clear_actual(p, key))

    def preset(self) -> None:
        self._edit(self.tr("Periods 2 + 2 + 3 + 3 years"), ce.preset_periods)
