"""The record tables of the risks view: a model over one list of the plan, its delegate and its table.

The model holds the records (no widget per cell): a change of the list updates only what changed, with
`dataChanged` for changed rows, row inserts and removes, and a layout change when the order changed, so
the selection stays on its record. An editor exists only while a cell is edited: a combo box for a
choice, a date field with a calendar for a date, a line edit for text. A sort proxy sorts by a column
title's click (ascending, descending, then the list's own order again).
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPoint,
    QPointF,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap, QPolygonF, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyleOptionViewItem,
    QTableView,
)

from ... import i18n
from ...core import model as m
from ...core import records
from ...core import timeline as tl
from ...core.formatting import format_number
from ...core.uncertainty_edits import shares_text
from ...reports import labels
from .. import fmt, theme
from ..widgets import TEXT_LIMIT, CommitDelegate

EXAMPLE_DATE = _dt.date(2026, 3, 3)  # shown in the hint of a date cell
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # what a column sorts by: numbers, the choice's place, the text
EDIT_ROLE = Qt.ItemDataRole.UserRole + 2  # what a cell's editor starts from: a choice's code, a date's text
ORDER_ROLE = Qt.ItemDataRole.UserRole + 3  # a row's place in the list while the model reorders its rows
NO_DATE = 10 ** 7  # sorts a task without a due date after every dated one


@records.record
class Column:
    field: str  # the record's field ("score": likelihood × impact, shown only)
    title: str
    kind: str = "text"  # text | long | choice | date | done | score | money (a risk's cost: cost, probability, periods)
    choices: tuple = ()  # (code, label) pairs for a choice
    width: int = 0  # px at the normal text size; 0 stretches


def _choices(codes, label) -> tuple:
    lang = i18n.language()
    return tuple((code, label(code, lang)) for code in codes)


def columns(section: str, money: bool = False) -> tuple[Column, ...]:
    """A list's columns; `money`: the risks' money (for the Uncertainty tab) in place of their long texts,
    which stay whole beside the table."""
    if section == "risks" and money:
        return columns(section)[:6] + (
            Column("cost", QCoreApplication.translate("RisksView", "Cost, €"), "money"),
            Column("cost.probability_percent", QCoreApplication.translate("RisksView", "Prob."), "money"),
            Column("cost.periods", QCoreApplication.translate("RisksView", "Periods"), "money"))
    if section == "risks":
        levels = tuple((n, str(n)) for n in m.RISK_LEVELS)
        return (Column("title", QCoreApplication.translate("RisksView", "Risk"), width=220),
                Column("likelihood", QCoreApplication.translate("RisksView", "Likelihood"), "choice", levels, 124),
                Column("impact", QCoreApplication.translate("RisksView", "Impact"), "choice", levels, 100),
                Column("score", QCoreApplication.translate("RisksView", "Severity"), "score", width=80),
                Column("status", QCoreApplication.translate("RisksView", "Status"), "choice",
                       _choices(m.RISK_STATUSES, labels.risk_status), 130),
                Column("owner", QCoreApplication.translate("RisksView", "Owner"), width=150),
                Column("description", QCoreApplication.translate("RisksView", "Description"), "long"),
                Column("mitigation", QCoreApplication.translate("RisksView", "Mitigation"), "long"))
    if section == "procurement_tasks":
        return (Column("done", QCoreApplication.translate("RisksView", "Done"), "done", width=64),
                Column("name", QCoreApplication.translate("RisksView", "Task"), width=300),
                Column("stage", QCoreApplication.translate("RisksView", "Stage"), "choice",
                       _choices(m.TASK_STAGES, labels.task_stage), 230),
                Column("due", QCoreApplication.translate("RisksView", "Due"), "date", width=110),
                Column("notes", QCoreApplication.translate("RisksView", "Notes"), "long"))
    return (Column("name", QCoreApplication.translate("RisksView", "Document"), width=320),
            Column("status", QCoreApplication.translate("RisksView", "Status"), "choice",
                   _choices(m.DOCUMENT_STATUSES, labels.document_status), 130),
            Column("notes", QCoreApplication.translate("RisksView", "Notes"), "long"))


LEVEL_COLOURS = {"low": theme.GOOD, "medium": theme.WARN, "high": theme.BAD}


def score_colour(score: int) -> str:
    """Green, amber or red by core.model.severity_level, as in the PDF's risk table."""
    return LEVEL_COLOURS[m.severity_level(score)]


def _bold() -> QFont:
    font = QFont(QApplication.font())
    font.setBold(True)
    return font


class RecordModel(QStandardItemModel):
    """One list of records (risks most severe first, as the view gives them). An edit of a cell goes to
    `on_edit(key, field, value)`: a choice's code, a bool for done, the text typed for a date or a text.

    Each cell's roles are worked out once per record (an unchanged record is the same object) and kept in
    Qt's items, so painting a cell asks no Python (issue 16: a repaint of the risk table asked Python ~25
    times per cell, through the sort proxy: 16 of a 24 ms repaint at 16x). A cell's editor starts from
    EDIT_ROLE (an item's EditRole is its DisplayRole)."""

    def __init__(self, section: str, on_edit: Callable[[str, str, object], None], parent=None):
        super().__init__(parent)
        self.section = section
        self.columns = columns(section)
        self.on_edit = on_edit
        self.records: list = []
        self.periods: tuple = ()  # the plan's service periods: a risk's periods are shown by their numbers
        self.read_only = False
        self.today: _dt.date | None = None
        self._looks: dict[int, tuple] = {}  # id(record) -> (record, its cells' looks): all_looks()
        self._looks_key: tuple = ()
        roles = Qt.ItemDataRole  # a look: (text, bold, a ▾, a check box), from these roles
        self._look_roles = {roles.DisplayRole: 0, roles.FontRole: 1, roles.DecorationRole: 2, roles.CheckStateRole: 3}
        self._filled_with: tuple = ()  # (read_only, today, periods) the items were made with
        self._date_texts: dict[_dt.date, str] = {}  # a day's text in the locale of _date_locale
        self._date_locale = ""
        self._columns_changed()
        self.setColumnCount(len(self.columns))
        self.setSortRole(ORDER_ROLE)
        self._colours = {level: QColor(colour) for level, colour in LEVEL_COLOURS.items()}
        self._bad = QColor(theme.BAD)
        self._bold = _bold()
        roles = Qt.ItemDataRole
        self._roles = {roles.DisplayRole: self._display, roles.AccessibleTextRole: self._display,
                       EDIT_ROLE: self._edit, roles.CheckStateRole: self._check, SORT_ROLE: self._sort,
                       roles.ForegroundRole: self._foreground, roles.FontRole: self._font,
                       roles.TextAlignmentRole: self._alignment, roles.ToolTipRole: self._tip,
                       roles.DecorationRole: self._decoration}
        self._tips = {
            "score": QCoreApplication.translate("RisksView", "Likelihood × impact (1–25)"),
            "date": QCoreApplication.translate("RisksView", "A date such as {example}; empty for none").format(
                example=fmt.date(EXAMPLE_DATE)),
            "overdue": QCoreApplication.translate("RisksView",
                                                  "Overdue: the due date has passed and the task is not done."),
            "cost": QCoreApplication.translate("RisksView", "The risk's cost if it happens, in euros: minimum; most "
                                                            "likely; maximum (one amount for a fixed cost; negative "
                                                            "for an opportunity). Empty: no money. Used by the "
                                                            "commercial view's Uncertainty tab."),
            "cost.probability_percent": QCoreApplication.translate(
                "RisksView", "The probability (%) that the risk happens during the contract"),
            "cost.periods": QCoreApplication.translate(
                "RisksView", "The service periods it falls on, by their numbers: “3; 4” (equal shares) or "
                             "“3: 60; 4: 40” (shares in %). Empty: every future period by its target cost."),
        }

    def _columns_changed(self) -> None:
        self._labels = [dict(c.choices) for c in self.columns]
        self._places = [{code: i for i, (code, _label) in enumerate(c.choices)} for c in self.columns]
        self._flags = self._column_flags()

    def set_money(self, on: bool) -> None:
        """Show the risks' money columns (cost, probability, periods) in place of the long texts, or not."""
        new = columns(self.section, on)
        if new == self.columns:
            return
        self.beginResetModel()
        self.columns = new
        self._columns_changed()
        self._refill(self.records)
        self.endResetModel()

    def _set_cell(self, item: QStandardItem, record, col: int) -> tuple:
        """Every role the cell shows into its item (emptied first); returns the cell's look (all_looks)."""
        item.clearData()
        item.setFlags(self._flags[col])
        look = [None, False, False, False]
        for role, value_of in self._roles.items():
            value = value_of(record, col)
            if value is not None:
                item.setData(value, role)
                if role in self._look_roles:
                    look[self._look_roles[role]] = value if role == Qt.ItemDataRole.DisplayRole else True
        return tuple(look)

    def _row_items(self, record) -> list[QStandardItem]:
        """A new row's items (an added record: Python keeps these objects while they live, so a whole list
        is filled in place by _set_rows instead)."""
        items = [QStandardItem() for _c in self.columns]
        self._looks[id(record)] = (record, tuple(self._set_cell(item, record, col) for col, item in enumerate(items)))
        return items

    def _set_rows(self, rows, records) -> None:
        """These rows' cells made again in place from their records (no signals; _locale_changed and
        _looks_current first). Qt makes a missing item itself: no Python object stays per cell."""
        for i in rows:
            record = records[i]
            self._looks[id(record)] = (record, tuple(
                self._set_cell(self.itemFromIndex(self.index(i, col)), record, col)
                for col in range(len(self.columns))))

    def _locale_changed(self) -> None:
        """The dates' texts are the locale's: forgotten when it changes (a change of language)."""
        name = QLocale().name()
        if name != self._date_locale:
            self._date_locale, self._date_texts = name, {}

    def _refill(self, records) -> None:
        """Every row made again (no signals: inside a reset, or followed by dataChanged)."""
        self._locale_changed()
        self._looks_current()
        blocked = self.blockSignals(True)
        try:
            self.setRowCount(0)
            self.setColumnCount(len(self.columns))
            self.setRowCount(len(records))
            self._set_rows(range(len(records)), records)
        finally:
            self.blockSignals(blocked)
        self.records = list(records)

    # --- content

    def set_records(self, new, read_only: bool, today: _dt.date | None) -> None:
        """Show these records: rows removed, reordered, inserted and changed as the list did, nothing rebuilt."""
        new = list(new)
        self._locale_changed()
        if read_only != self.read_only:
            self.read_only = read_only
            self._flags = self._column_flags()
        self.today = today
        self._looks_current()
        settings = (read_only, today, self.periods)
        every_row = settings != self._filled_with  # every cell may show otherwise (a ▾, overdue, a risk's periods)
        self._filled_with = settings
        if not self.records:  # the first fill: one reset
            self.beginResetModel()
            self._refill(new)
            self.endResetModel()
            return
        new_keys = {r.key for r in new}
        # 1. rows whose record is gone, from the bottom up (a block at a time)
        gone = [i for i, r in enumerate(self.records) if r.key not in new_keys]
        while gone:
            last = first = gone.pop()
            while gone and gone[-1] == first - 1:
                first = gone.pop()
            self.removeRows(first, last - first + 1)
            del self.records[first:last + 1]
        # 2. the rest in their new order (a move, or a risk whose severity changed): one layout change that
        # carries the selection and the current cell with their records (Qt's sort by each row's new place)
        old_records = {r.key: r for r in self.records}
        old_keys = old_records.keys()
        kept = [old_records[r.key] for r in new if r.key in old_records]  # (the rows still hold these)
        if [r.key for r in kept] != [r.key for r in self.records]:
            rows = {r.key: i for i, r in enumerate(kept)}
            blocked = self.blockSignals(True)
            for i, r in enumerate(self.records):
                self.item(i, 0).setData(rows[r.key], ORDER_ROLE)
            self.blockSignals(blocked)
            self.sort(0)
            self.records = kept
        # 3. new records in their places, from the top down
        for i, r in enumerate(new):
            if r.key not in old_keys:
                self.insertRow(i, self._row_items(r))
                self.records.insert(i, r)
        # 4. changed records (an edit, an undo): their rows made again and repainted
        changed = list(range(len(new))) if every_row else [
            i for i, (old, r) in enumerate(zip(self.records, new)) if old is not r]
        self.records = new
        if changed:
            blocked = self.blockSignals(True)
            self._set_rows(changed, new)
            self.blockSignals(blocked)
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), len(self.columns) - 1))

    def row_of(self, key: str | None) -> int:
        return next((i for i, r in enumerate(self.records) if r.key == key), -1)

    def all_looks(self) -> list[tuple]:
        """Per row, per column, what decides a cell's width: its text, bold or not, a ▾, a check box. Kept
        per record (an unchanged record is the same object) while the settings, periods, columns and
        language stay, so an edit finds its row's looks again and nothing else."""
        self._looks_current()
        old, self._looks = self._looks, {}
        looks = []
        for r in self.records:
            hit = old.get(id(r))
            if hit is None or hit[0] is not r:  # (made with its items: only when the settings changed since)
                hit = (r, tuple((self._display(r, c), self._font(r, c) is not None,
                                 self._decoration(r, c) is not None, self._check(r, c) is not None)
                                for c in range(len(self.columns))))
            self._looks[id(r)] = hit
            looks.append(hit[1])
        return looks

    def _looks_current(self) -> None:
        """The kept looks forgotten when the settings, periods, columns or language changed."""
        key = (self.read_only, self.today, self.periods, self.columns, i18n.language())
        if key != self._looks_key:
            self._looks_key, self._looks = key, {}

    # --- Qt model

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter  # as the cells; cut at the right
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title if 0 <= section < len(self.columns) else None
        return str(section + 1)  # a risk's number in the matrix (its place, most severe first)

    def _column_flags(self) -> list:
        """Each column's flags (its items'; the settings' change makes every row again)."""
        flags = []
        for c in self.columns:
            f = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            if not self.read_only and c.kind in ("text", "choice", "date", "money"):
                f |= Qt.ItemFlag.ItemIsEditable
            elif not self.read_only and c.kind == "done":
                f |= Qt.ItemFlag.ItemIsUserCheckable
            flags.append(f)
        return flags

    def overdue(self, record) -> bool:
        return self.today is not None and self.section == "procurement_tasks" and tl.is_overdue_task(record, self.today)

    def _value(self, record, col: int):
        c = self.columns[col]
        if c.kind == "money":
            return self._money_text(record.cost, c.field, edit=False)
        return m.severity(record) if c.kind == "score" else getattr(record, c.field)

    def _money_text(self, cost, field: str, edit: bool) -> str:
        """A risk's money as shown (edit False) or as its editor starts (True); "" when it has none."""
        if cost is None:
            return ""
        if field == "cost":
            points = (cost.minimum, cost.most_likely, cost.maximum)
            if not edit and points[0] == points[2]:
                return fmt.number(points[0], 0)
            return "; ".join(fmt.number(v, 0 if v == v.to_integral_value() else 2) for v in points)
        if field == "cost.probability_percent":
            text = format_number(cost.probability_percent, None, i18n.language())
            return text if edit else f"{text} %"
        text = shares_text(cost, self.periods, lambda v: format_number(v, None, i18n.language()))
        return text or ("" if edit else QCoreApplication.translate("RisksView", "all future"))

    def _display(self, record, col: int):
        kind = self.columns[col].kind
        if kind == "done":
            return None  # the check box (CheckStateRole) says it
        value = self._value(record, col)
        if kind == "choice":
            return self._labels[col].get(value, str(value))  # a code from a newer file: shown as it is
        if kind == "date":
            return self._date_text(value)
        if kind == "long":
            return value.split("\n", 1)[0]  # its first line; the whole text is edited beside the table
        return str(value)

    def _money_edit(self, record, col: int):
        return self._money_text(record.cost, self.columns[col].field, edit=True)

    def _edit(self, record, col: int):
        if self.columns[col].kind == "money":
            return self._money_edit(record, col)
        value = self._value(record, col)
        return self._date_text(value) if self.columns[col].kind == "date" else value

    def _date_text(self, value) -> str:
        """fmt.date, kept per day (30 µs each through QLocale: 1 216 tasks' dates twice on a first visit at 64x)."""
        text = self._date_texts.get(value)
        if text is None:
            text = self._date_texts[value] = fmt.date(value)
        return text

    def _check(self, record, col: int):
        if self.columns[col].kind != "done":
            return None
        return Qt.CheckState.Checked if record.done else Qt.CheckState.Unchecked

    def _sort(self, record, col: int):
        kind, value = self.columns[col].kind, self._value(record, col)
        if kind == "choice":
            return self._places[col].get(value, len(self._places[col]))
        if kind == "date":
            return value.toordinal() if value else NO_DATE
        if kind in ("done", "score"):
            return int(value)
        if kind == "money":  # by the amount (the most likely cost, the probability); periods by their text
            cost = record.cost
            field = self.columns[col].field
            if cost is None:
                return -1.0 if field != "cost.periods" else ""
            return float(cost.most_likely if field == "cost" else cost.probability_percent) \
                if field != "cost.periods" else value
        return value

    def _late(self, record, col: int) -> bool:
        return self.columns[col].field in ("name", "due") and self.overdue(record)

    def _foreground(self, record, col: int):
        if self.columns[col].kind == "score":
            return self._colours[m.severity_level(m.severity(record))]
        return self._bad if self._late(record, col) else None

    def _font(self, record, col: int):
        # the overdue date bold (its text stays the date alone: it is what the cell's editor starts from)
        kind = self.columns[col].kind
        return self._bold if kind == "score" or (kind == "date" and self._late(record, col)) else None

    def _decoration(self, record, col: int):
        # a small ▾ at the right of an editable choice (the table puts decorations right): its combo box
        # appears when it is edited
        return choice_arrow() if self.columns[col].kind == "choice" and not self.read_only else None

    def _alignment(self, record, col: int):
        return Qt.AlignmentFlag.AlignCenter if self.columns[col].kind == "score" else None

    def _tip(self, record, col: int):
        if self._late(record, col):
            return self._tips["overdue"]
        kind = self.columns[col].kind
        if kind in ("score", "date"):
            return self._tips[kind]
        if kind == "long":
            return getattr(record, self.columns[col].field) or None
        if kind == "money":
            return self._tips[self.columns[col].field]
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt API
        if not index.isValid():
            return False
        if not self.flags(index) & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable):
            return False
        c = self.columns[index.column()]
        record = self.records[index.row()]
        if c.kind == "done":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif c.kind == "date":
            value = str(value or "")
            if value.strip() == fmt.date(record.due):
                return False
        elif c.kind == "text":
            value = str(value)
        elif c.kind == "money":
            value = str(value or "")
            if value.strip() == self._money_edit(record, index.column()).strip():
                return False
        if c.kind not in ("date", "money") and value == getattr(record, c.field):
            return False
        row = index.row()
        self.on_edit(record.key, c.field, value)
        if row < len(self.records) and self.records[row] is record:  # refused: the stored value shown again
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        return True


class SortProxy(QSortFilterProxyModel):
    """Sorts by the model's SORT_ROLE; sort(-1) gives the list's own order back."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)


# ---------------------------------------------------------------- editors

_CALENDAR: list[QIcon] = []
theme.on_palette_change(_CALENDAR.clear)


def calendar_icon() -> QIcon:
    """A small calendar sheet, drawn once."""
    if not _CALENDAR:
        ratio = theme.icon_ratio()
        pix = QPixmap(int(16 * ratio), int(16 * ratio))
        pix.setDevicePixelRatio(ratio)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(QColor(theme.MUTED), 1.2))
        p.setBrush(QColor(theme.SURFACE))
        p.drawRoundedRect(2, 3, 12, 11, 1.5, 1.5)
        p.fillRect(2, 3, 12, 3, QColor(theme.MUTED))
        for x in (5, 8, 11):
            for y in (8.5, 11.5):
                p.fillRect(int(x) - 1, int(y) - 1, 2, 2, QColor(theme.MUTED))
        p.end()
        _CALENDAR.append(QIcon(pix))
    return _CALENDAR[0]


_ARROW: list[QIcon] = []
theme.on_palette_change(_ARROW.clear)


def choice_arrow() -> QIcon:
    """A small ▾, muted (white in a selected row), drawn once."""
    if not _ARROW:
        icon = QIcon()
        for colour, mode in ((theme.MUTED, QIcon.Mode.Normal), (theme.ON_HIGHLIGHT, QIcon.Mode.Selected)):
            ratio = theme.icon_ratio()
            pix = QPixmap(int(10 * ratio), int(10 * ratio))
            pix.setDevicePixelRatio(ratio)
            pix.fill(Qt.GlobalColor.transparent)
            p = QPainter(pix)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(colour))
            p.drawPolygon(QPolygonF([QPointF(1.5, 3.5), QPointF(8.5, 3.5), QPointF(5, 7.5)]))
            p.end()
            icon.addPixmap(pix, mode)
        _ARROW.append(icon)
    return _ARROW[0]


class DateEdit(QLineEdit):
    """A date typed in the locale's short form (empty for none), or picked from a calendar (the icon, or
    Alt+Down). A pick is committed at once through `picked`."""

    def __init__(self, picked: Callable[[QLineEdit], None], parent=None):
        super().__init__(parent)
        self.picked = picked
        self.setMaxLength(40)
        self.setPlaceholderText(fmt.date(EXAMPLE_DATE))
        action = self.addAction(calendar_icon(), QLineEdit.ActionPosition.TrailingPosition)
        action.setToolTip(QCoreApplication.translate("RisksView", "Pick a date from a calendar (Alt+Down)"))
        action.triggered.connect(self.show_calendar)
        self.calendar: QCalendarWidget | None = None

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        if self.calendar is None:
            # a child of the editor, so its focus does not end the edit
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._pick)
            self.calendar.activated.connect(self._pick)
        try:
            day = fmt.parse_date(self.text())
        except ValueError:
            day = None
        day = day or _dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.adjustSize()
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _pick(self, day: QDate) -> None:
        self.calendar.hide()
        self.setText(fmt.date(_dt.date(day.year(), day.month(), day.day())))
        self.picked(self)


class RecordDelegate(CommitDelegate):
    """Creates a cell's editor when it is edited: a combo box (opens at once; a pick commits), a date
    field, or a line edit. Nothing stays in the table after the edit."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        c = _column(index)
        if c.kind == "choice":
            combo = QComboBox(parent)
            for code, label in c.choices:
                combo.addItem(label, code)
            value = index.data(EDIT_ROLE)
            if combo.findData(value) < 0:  # a code from a newer file: offered as it is
                combo.addItem(str(value), value)
            combo.setAccessibleName(c.title)
            combo.activated.connect(lambda _i, e=combo: self._commit(e))
            QTimer.singleShot(0, combo, combo.showPopup)  # one double-click, and the list is open
            return combo
        if c.kind == "date":
            editor = DateEdit(self._commit, parent)
        else:
            editor = QLineEdit(parent)
            editor.setMaxLength(TEXT_LIMIT)
        editor.setAccessibleName(c.title)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt API
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(EDIT_ROLE))))
        elif not editor.isModified():  # the stored value repainted under the cell keeps what is being typed
            editor.setText(str(index.data(EDIT_ROLE) or ""))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt API
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            model.setData(index, editor.text())


def _column(index) -> Column:
    model = index.model()
    while isinstance(model, QSortFilterProxyModel):
        model = model.sourceModel()
    return model.columns[index.column()]


class RecordTable(QTableView):
    """One list of records in a table: `model` the records, `proxy` their order on screen (sorted by a
    column, or the list's own). Rows here are the proxy's; `keys` are the records' keys in that order."""

    sortChanged = Signal()  # sorted by another column, or back in the list's own order

    def __init__(self, section: str, on_edit: Callable[[str, str, object], None],
                 on_move: Callable[[int], None] | None = None):
        super().__init__()
        self.section = section
        self.on_move = on_move
        self.records = RecordModel(section, on_edit, self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.records)
        self.setModel(self.proxy)
        self.setItemDelegate(RecordDelegate(self))
        self.sorted_by: tuple[int, Qt.SortOrder] | None = None  # None: the list's own order
        self.verticalHeader().setVisible(section == "risks")  # the numbers of the risk matrix
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(round(30 * theme.text_scale()))
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verticalHeader().setMinimumWidth(round(26 * theme.text_scale()))
        self.setWordWrap(False)  # one line a row; the long texts are whole beside the table
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.setAccessibleName(columns(section)[0].title)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # widths set by fit_columns
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(200)  # a content width looks at 200 rows at most
        header.setSectionsClickable(True)
        header.setToolTip(QCoreApplication.translate(
            "RisksView", "Click a column title to sort by it; click it again to reverse, a third time for "
                         "the list's own order."))
        header.sectionClicked.connect(self._sort_clicked)

    @property
    def columns(self) -> tuple[Column, ...]:
        """The model's columns (also while its columns change: a resize in the middle of that fits these)."""
        return self.records.columns

    def initViewItemOption(self, option) -> None:  # noqa: N802 - Qt API; once per paint, not per cell
        super().initViewItemOption(option)
        option.decorationPosition = QStyleOptionViewItem.Position.Right  # a choice's ▾
        option.decorationSize = QSize(10, 10)

    # --- column widths

    LONG_SHARE = 0.2  # of the table's width: the least a long text's column gets (the header scrolls below it)
    TEXT_FLOOR = 100  # px at the normal text size: the least a short text's column (a risk's title) shrinks to

    def show_money(self, on: bool) -> None:
        """The risks' money columns in place of the long texts (the Costs button of the risks view)."""
        self.records.set_money(on)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Columns sized to what they show and the room the table has: a choice, a number, a date or a
        check box as wide as its widest value or its title (never cut); a short text (a title, an owner)
        as its longest value up to its column's `width`; the long texts (description, mitigation,
        notes) share the rest, each at least LONG_SHARE of the table. When that does not fit, the short
        texts narrow down to TEXT_FLOOR first; only then does the table scroll sideways."""
        header = self.horizontalHeader()
        scale = theme.text_scale()
        room = self.viewport().width()
        contents = self.content_widths()
        titles = [header.sectionSizeFromContents(i).width() for i in range(len(self.columns))]
        widths = [0] * len(self.columns)
        texts, longs = [], []
        for i, c in enumerate(self.columns):
            content = contents[i]
            if c.kind == "long":
                longs.append(i)
            elif c.kind == "text":
                texts.append(i)
                widths[i] = max(titles[i], min(content, round(c.width * scale)))
            else:
                widths[i] = max(titles[i], content)
        long_least = [max(titles[i], math.ceil(self.LONG_SHARE * room)) for i in longs]
        over = sum(widths) + sum(long_least) - room
        if over > 0 and texts:  # the short texts give way first, down to their floor
            floors = {i: max(titles[i], round(self.TEXT_FLOOR * scale)) for i in texts}
            spare = {i: max(0, widths[i] - floors[i]) for i in texts}
            total = sum(spare.values())
            if total:
                take = min(over, total)
                for i in texts:
                    widths[i] -= round(take * spare[i] / total)
            over = sum(widths) + sum(long_least) - room
        if over > 0 and longs:  # still too wide: the long texts (whole in the selected row's panel) share
            long_least = [titles[i] for i in longs]  # the rest, down to their titles' width
        hidden = set()  # still too wide (the risk money at 115 % text on 1280 px): the short texts after the
        for i in reversed(texts[1:]):  # first (an owner) give way, from the right, never a figure
            if sum(widths) + sum(long_least) - sum(widths[j] for j in hidden) <= room:
                break
            hidden.add(i)
        over = sum(widths) + sum(long_least) - sum(widths[j] for j in hidden) - room
        if over > 0 and texts:  # and still (Windows' wider type, issue 19): the first (the risk's title, whole in
            first = texts[0]  # the panel) narrows below its floor, down to its column title, before any scroll bar
            widths[first] -= min(over, max(0, widths[first] - titles[first]))
        for i in texts:
            if self.isColumnHidden(i) != (i in hidden):
                self.setColumnHidden(i, i in hidden)
        widths = [0 if i in hidden else w for i, w in enumerate(widths)]
        rest = max(0, room - sum(widths))
        for n, i in enumerate(longs):
            share = rest // len(longs) + (rest % len(longs) if n == len(longs) - 1 else 0)
            widths[i] = max(long_least[n], share)
        if not longs and texts and sum(widths) < room:  # no long text: the first short text takes the rest
            widths[texts[0]] += room - sum(widths)
        for i, width in enumerate(widths):
            if i not in hidden and self.columnWidth(i) != width:
                self.setColumnWidth(i, width)

    def content_widths(self) -> list[int]:
        """Each column's widest cell as sizeHintForColumn measures it (the delegate's size hint, and the grid's
        pixel), over every row: each distinct look of a cell (its text, bold or not, a ▾, a check box) is
        measured once and kept while the font and the columns stay (issue 16: measuring the cells on every
        edit was 38 of a 41 ms risk edit at 16x, and with more rows than Qt samples a risk moving in the
        severity order measured every column again: 57 ms at 64x)."""
        model = self.records
        font = (self.font().key(), model.columns)
        if getattr(self, "_look_font", None) != font or len(self._look_widths) > 4 * (len(model.records) + 50) * len(
                model.columns):  # (edited texts leave looks no cell has: let them go now and then)
            self._look_font, self._look_widths = font, {}
        widths = self._look_widths
        looks = model.all_looks()
        option = None
        grid = 1 if self.showGrid() else 0
        result = []
        for col in range(len(model.columns)):
            first: dict = {}
            for row, look in enumerate(looks):
                first.setdefault(look[col], row)
            widest = 0
            for look, row in first.items():
                width = widths.get((col, look))
                if width is None:
                    if option is None:
                        option = QStyleOptionViewItem()
                        self.initViewItemOption(option)
                    width = widths[col, look] = self.itemDelegate().sizeHint(option, model.index(row, col)).width()
                widest = max(widest, width)
            result.append(widest + grid if first else 0)
        return result

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit_columns()

    # --- content

    def fill(self, records, read_only: bool, today: _dt.date | None = None) -> None:
        self.records.set_records(records, read_only, today)
        self.fit_columns()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only else
                             QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        if records and not self.currentIndex().isValid():
            self.setCurrentCell(0, 0)

    @property
    def keys(self) -> list[str]:
        return [self.records.records[self.proxy.mapToSource(self.proxy.index(row, 0)).row()].key
                for row in range(self.proxy.rowCount())]

    def row_of(self, key: str | None) -> int:
        source = self.records.row_of(key)
        return -1 if source < 0 else self.proxy.mapFromSource(self.records.index(source, 0)).row()

    def cell(self, row: int, field: str) -> QModelIndex:
        """The index of a row's field on screen."""
        return self.proxy.index(row, next(i for i, c in enumerate(self.columns) if c.field == field))

    def selected_key(self) -> str | None:
        source = self.proxy.mapToSource(self.currentIndex())
        return self.records.records[source.row()].key if source.isValid() else None

    def setCurrentCell(self, row: int, column: int) -> None:  # noqa: N802 - as QTableWidget's
        index = self.proxy.index(row, column)
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def select_key(self, key: str, column: int = 0) -> None:
        self.setCurrentCell(self.row_of(key), column)

    # --- sorting

    @property
    def is_sorted(self) -> bool:
        return self.sorted_by is not None

    def _sort_clicked(self, column: int) -> None:
        """Ascending, descending, then the list's own order again."""
        if self.sorted_by is None or self.sorted_by[0] != column:
            self.sort_by(column, Qt.SortOrder.AscendingOrder)
        elif self.sorted_by[1] == Qt.SortOrder.AscendingOrder:
            self.sort_by(column, Qt.SortOrder.DescendingOrder)
        else:
            self.sort_by(-1)

    def sort_by(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        header = self.horizontalHeader()
        self.sorted_by = (column, order) if column >= 0 else None
        self.proxy.sort(column, order)
        header.setSortIndicatorShown(column >= 0)
        if column >= 0:
            header.setSortIndicator(column, order)
        if self.currentIndex().isValid():
            self.scrollTo(self.currentIndex())
        self.sortChanged.emit()

    # --- keys

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        from ..widgets import move_step

        step = move_step(event) if self.on_move is not None else 0
        if step:
            self.on_move(step)
            return
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers()
                and self.state() != QAbstractItemView.State.EditingState and self.currentIndex().isValid()
                and self.currentIndex().flags() & Qt.ItemFlag.ItemIsEditable):
            self.edit(self.currentIndex())  # Enter edits, as F2 does
            return
        super().keyPressEvent(event)

