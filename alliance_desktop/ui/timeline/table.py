"""The timeline as a keyboard-editable table: one row per phase, step and marker, in the canvas's order.

Columns: name, type, start (a marker's date), end, time of day, owner, state (decision gates), notes.
Type and state edit with a combo box, dates with a date editor, the rest as text. An edit is handed
to the view (after the editor has closed, so the view may rebuild the rows) and becomes one undo step.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QLocale, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QStyledItemDelegate,
    QSplitter,
    QTableView,
)

from ...core import model as m
from ...core import timeline as tl
from .. import fmt, theme
from .paint import draw_symbol, draw_warning_badge, phase_colour, tint

COLUMNS = ("name", "kind", "start", "end", "time", "owner", "state", "notes")


def column_title(column: str) -> str:
    return {
        "name": QCoreApplication.translate("TimelineTable", "Name"),
        "kind": QCoreApplication.translate("TimelineTable", "Type"),
        "start": QCoreApplication.translate("TimelineTable", "Start / date"),
        "end": QCoreApplication.translate("TimelineTable", "End"),
        "time": QCoreApplication.translate("TimelineTable", "Time"),
        "owner": QCoreApplication.translate("TimelineTable", "Owner"),
        "state": QCoreApplication.translate("TimelineTable", "Decision"),
        "notes": QCoreApplication.translate("TimelineTable", "Notes"),
    }[column]


def column_tip(column: str) -> str:
    return {
        "name": QCoreApplication.translate("TimelineTable", "Name of the phase, step or milestone"),
        "kind": QCoreApplication.translate("TimelineTable", "Phase kind, or milestone, deadline, event or decision gate"),
        "start": QCoreApplication.translate("TimelineTable", "Start date of a phase, or the date of a milestone"),
        "end": QCoreApplication.translate("TimelineTable", "Last day of a phase"),
        "time": QCoreApplication.translate("TimelineTable", "Time of day, e.g. 16.00 or 12.00–13.00"),
        "owner": QCoreApplication.translate("TimelineTable", "Who is responsible"),
        "state": QCoreApplication.translate("TimelineTable",
                                            "A decision gate's state: not decided, go, or withdraw"),
        "notes": QCoreApplication.translate("TimelineTable", "Free notes"),
    }[column]


def date_format() -> str:
    """The locale's short date format with a four-digit year (fi: d.M.yyyy)."""
    f = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in f:
        f = f.replace("yy", "yyyy")
    return f


def to_qdate(d: _dt.date | None) -> QDate:
    return QDate(d.year, d.month, d.day) if d else QDate()


def from_qdate(d: QDate) -> _dt.date | None:
    return _dt.date(d.year(), d.month(), d.day()) if d.isValid() else None


_ICONS: dict[tuple, QIcon] = {}
theme.on_palette_change(_ICONS.clear)


def kind_icon(kind: str, state: str = "", ends_alliance: bool = False, colour: str = "") -> QIcon:
    """A small picture of the item as the canvas draws it (bar colour, or the marker's symbol)."""
    key = (kind, state, ends_alliance, colour)
    if key not in _ICONS:
        ratio = theme.icon_ratio()
        pix = QPixmap(int(18 * ratio), int(18 * ratio))
        pix.setDevicePixelRatio(ratio)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if kind in m.MARKER_KINDS:
            draw_symbol(p, kind, QPointF(9, 9), 11 if kind == "gate" else 12, state, ends_alliance)
        elif kind == "warning":
            draw_warning_badge(p, QPointF(9, 9), 14)
        else:
            c = QColor(colour) if colour else phase_colour(kind)
            p.setPen(c)
            p.setBrush(c if kind != "step" else tint(c, 0.72))
            p.drawRoundedRect(1, 5, 16, 8, 2, 2)
        p.end()
        _ICONS[key] = QIcon(pix)
    return _ICONS[key]


class Entry:
    __slots__ = ("kind", "key", "depth", "row_kind", "group")

    def __init__(self, kind: str, key: str, depth: int, row_kind: str, group: str):
        self.kind, self.key, self.depth, self.row_kind, self.group = kind, key, depth, row_kind, group

    @property
    def ident(self) -> tuple[str, str]:
        return (self.kind, self.key)


class TimelineTableModel(QAbstractTableModel):
    def __init__(self, on_edit: Callable[[str, str, str, object], None], parent=None):
        super().__init__(parent)
        self.on_edit = on_edit
        self.entries: list[Entry] = []
        self.plan: m.Plan | None = None
        self.phases: dict[str, m.Phase] = {}
        self.markers: dict[str, m.Marker] = {}
        self.warnings: dict[tuple[str, str], list[tl.TimelineWarning]] = {}
        self.read_only = False

    # --- content

    def set_plan(self, plan: m.Plan, rows: tuple[tl.Row, ...], warnings, read_only: bool) -> None:
        entries = [Entry("marker" if r.kind == "marker" else "phase", r.key, r.depth, r.kind, r.group)
                   for r in rows if r.kind != "periods"]
        same = len(entries) == len(self.entries)  # the same number of rows: the changed ones are told
        if not same:
            self.beginResetModel()
        old = (self.entries, self.phases, self.markers, self.warnings, self.read_only)
        self.plan, self.warnings, self.read_only = plan, warnings, read_only
        self.phases = {p.key: p for p in plan.phases}
        self.markers = {x.key: x for x in plan.markers}
        self.entries = entries
        if same:
            for first, last in self._changed_rows(*old):
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        else:
            self.endResetModel()

    def _changed_rows(self, entries: list[Entry], phases: dict, markers: dict, warnings: dict,
                      read_only: bool) -> list[tuple[int, int]]:
        """The runs of rows (first, last) whose cells may show something else than with the old content:
        another record or entry in the row, other warnings, its group's phase another object (its colour);
        every row when read-only changed. An edit repaints only those rows (issue 16)."""
        if read_only != self.read_only:
            return [(0, len(self.entries) - 1)] if self.entries else []
        runs: list[tuple[int, int]] = []
        for i, (e, o) in enumerate(zip(self.entries, entries, strict=True)):
            new_item = self.phases.get(e.key) if e.kind == "phase" else self.markers.get(e.key)
            old_item = phases.get(o.key) if o.kind == "phase" else markers.get(o.key)
            if (e.kind, e.key, e.depth, e.row_kind, e.group) != (o.kind, o.key, o.depth, o.row_kind, o.group) or \
                    new_item is not old_item or self.phases.get(e.group) is not phases.get(o.group) or \
                    self.warnings.get(e.ident) != warnings.get(o.ident):
                if runs and runs[-1][1] == i - 1:
                    runs[-1] = (runs[-1][0], i)
                else:
                    runs.append((i, i))
        return runs

    def row_of(self, ident: tuple[str, str] | None) -> int:
        for i, e in enumerate(self.entries):
            if e.ident == ident:
                return i
        return -1

    def item(self, row: int):
        e = self.entries[row]
        return self.phases.get(e.key) if e.kind == "phase" else self.markers.get(e.key)

    # --- Qt model

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.entries)

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return column_title(COLUMNS[section])
            if role == Qt.ItemDataRole.ToolTipRole:
                return column_tip(COLUMNS[section])
        return None

    def editable(self, row: int, column: str) -> bool:
        if self.read_only:
            return False
        e = self.entries[row]
        if e.kind == "phase":
            return column not in ("time", "state")
        x = self.markers.get(e.key)
        if column == "end":
            return False
        if column == "state":
            return x is not None and x.kind == "gate"
        return True

    def flags(self, index):
        if not index.isValid():  # the table's root (Qt's model contract)
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if self.editable(index.row(), COLUMNS[index.column()]):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        column = COLUMNS[index.column()]
        item = self.item(index.row())
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(e, item, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(e, item, column)
        if role == Qt.ItemDataRole.DecorationRole and column == "name":
            if e.ident in self.warnings:
                return kind_icon("warning")
            if e.kind == "marker":
                return kind_icon(item.kind, item.state, item.ends_alliance)
            colour = phase_colour(self.phases[e.group].kind).name() if e.group in self.phases else ""
            return kind_icon("step" if e.row_kind == "step" else item.kind, colour=colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            texts = [w.message for w in self.warnings.get(e.ident, [])]
            if column == "notes" and item.notes:
                texts.insert(0, item.notes)
            if column == "name" and e.kind == "phase" and item.staff_decision:
                texts.append(QCoreApplication.translate("TimelineTable", "Staff transfers: {text}").format(
                    text=item.staff_decision))
            return "\n\n".join(texts) or None
        if role == Qt.ItemDataRole.FontRole and e.row_kind == "phase":
            f = QFont(QApplication.font())
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ForegroundRole and e.ident in self.warnings and column == "name":
            return QColor(theme.WARN).darker(120)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(e, item, column)
        return None

    def _display(self, e: Entry, item, column: str) -> str:
        if column == "name":
            return "    " * e.depth + item.name
        if column == "kind":
            return tl.kind_title(item.kind)
        if e.kind == "phase":
            return {"start": fmt.date(item.start), "end": fmt.date(item.end), "owner": item.owner,
                    "notes": item.notes.split("\n")[0]}.get(column, "")
        if column == "start":
            return fmt.date(item.date)
        if column == "time":
            return self._time_text(item)
        if column == "state":
            return tl.state_title(item.state) if item.kind == "gate" else ""
        return {"owner": item.owner, "notes": item.notes.split("\n")[0]}.get(column, "")

    @staticmethod
    def _time_text(x: m.Marker) -> str:
        if not x.time:
            return ""
        text = fmt.date_time(_dt.date(2000, 1, 1), x.time, x.time_end)
        return text.split(" ", 1)[1].removeprefix("klo ") if " " in text else text

    def _edit_value(self, e: Entry, item, column: str):
        if column == "name":
            return item.name
        if column == "kind":
            return item.kind
        if column in ("start", "end"):
            d = item.date if e.kind == "marker" else getattr(item, column)
            return to_qdate(d)
        if column == "time":
            return self._time_text(item)
        if column == "state":
            return item.state or "pending"
        return getattr(item, column, "")

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        e = self.entries[index.row()]
        column = COLUMNS[index.column()]
        if not self.editable(index.row(), column):
            return False
        if isinstance(value, QDate):
            value = from_qdate(value)
        if value == self._edit_value(e, self.item(index.row()), column) and not isinstance(value, _dt.date):
            return False
        # Hand the edit over after the editor has closed: the view may rebuild all rows.
        QTimer.singleShot(0, self, lambda: self.on_edit(e.kind, e.key, column, value))
        return True


class TimelineDelegate(QStyledItemDelegate):
    """Combo boxes for type and decision, a date editor for dates, text for the rest."""

    def createEditor(self, parent, option, index):
        model: TimelineTableModel = index.model()
        column = COLUMNS[index.column()]
        e = model.entries[index.row()]
        if column == "kind":
            combo = QComboBox(parent)
            kinds = m.MARKER_KINDS if e.kind == "marker" else (
                m.PHASE_KINDS if e.row_kind == "step" else tuple(k for k in m.PHASE_KINDS if k != "step"))
            for kind in kinds:
                combo.addItem(tl.kind_title(kind), kind)
            combo.activated.connect(lambda _i, c=combo: self._commit(c))
            return combo
        if column == "state":
            combo = QComboBox(parent)
            for state in m.GATE_STATES:
                combo.addItem(tl.state_title(state), state)
            combo.activated.connect(lambda _i, c=combo: self._commit(c))
            return combo
        if column in ("start", "end"):
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat(date_format())
            return editor
        return super().createEditor(parent, option, index)

    def _commit(self, editor) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor, index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            i = editor.findData(value)
            editor.setCurrentIndex(max(0, i))
        elif isinstance(editor, QDateEdit):
            editor.setDate(value if isinstance(value, QDate) and value.isValid() else QDate.currentDate())
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QDateEdit):
            model.setData(index, editor.date())
        else:
            super().setModelData(editor, model, index)


class TimelineTable(QTableView):
    deleteRequested = Signal()  # Delete on the selected rows (not while a cell is being edited)

    def __init__(self, model: TimelineTableModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(TimelineDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # Ctrl/Shift+click: several
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(True)
        self.verticalHeader().setVisible(False)
        scale = theme.text_scale()  # the text size chosen (View > Text size)
        self.verticalHeader().setDefaultSectionSize(round(26 * scale))
        self.setAccessibleName(QCoreApplication.translate("TimelineTable", "Phases and milestones"))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(100)  # the figures' width from 100 rows (alike: dates, times, states)
        self._given_way = False  # whether fit_side hid the inspector beside the table
        self.side_asked = False  # the user brought the inspector back (show_side): it stays on a small screen
        self._figures = tuple(i for i, c in enumerate(COLUMNS) if c in self.FIGURES)
        self._figures_measured = None  # (what they were measured from, its objects, the widths): _figure_widths
        self._needs: dict[tuple[int, str], int] = {}  # (column, a marker's time or decision) -> its cell's width
        model.dataChanged.connect(self._widen_for)

    # the columns fit the width (issue 17: at 1280x720 the table scrolled sideways by about three columns)
    FIGURES = ("start", "end", "time", "state")  # as wide as their values and titles, never cut
    TEXTS = {"name": (120, 240), "kind": (90, 150), "owner": (80, 118)}  # least and usual, px at 100 % text
    NOTES_LEAST = 100  # the notes take the rest, at least this

    def _figure_widths(self) -> dict[int, int]:
        """The figure columns' widths: Qt measures each over 100 rows (the model's data and the delegate's
        size for every cell), about 2 ms a column on a 16x plan, and fitting the table to a new width asks
        several times over (fit_side twice, then fit_columns; eight times on a first visit). So the answer
        is kept while what it is measured from stays: the same plan, rows and warnings in the model, the
        same font and text size, the same rows in sight."""
        model = self.model()
        header = self.horizontalHeader()
        seen = (model.plan, model.entries, model.warnings, model.read_only)  # (kept alive: compared by identity)
        key = (tuple(map(id, seen)), self.font(), theme.text_scale(), self.verticalHeader().visualIndexAt(0),
               self.viewport().height(), self.isVisible(), tuple(header.sectionSizeHint(i) for i in self._figures))
        if self._figures_measured is not None and self._figures_measured[0] == key:
            return dict(self._figures_measured[2])
        widths = {i: max(header.sectionSizeHint(i), self.sizeHintForColumn(i)) for i in self._figures}
        self._figures_measured = (key, seen, widths)
        return dict(widths)

    def _widen_for(self, top_left, bottom_right, _roles=()) -> None:
        """A marker's time or a gate's decision that an edit made wider than its column ("Irtaudutaan") fits the
        columns again at once. Of the rows an edit changed, those Qt measures a column by are looked at (100
        rows from the first in sight), each distinct text measured once; dates are all about as wide, and a
        phase shows neither."""
        model = self.model()
        top = max(0, self.verticalHeader().visualIndexAt(0))
        first = max(top_left.row(), top)
        last = min(bottom_right.row(), top + 99, len(model.entries) - 1)
        grid = 1 if self.showGrid() else 0
        for i in (COLUMNS.index("time"), COLUMNS.index("state")):
            if self.isColumnHidden(i):
                continue
            width, column = self.columnWidth(i), COLUMNS[i]
            for row in range(first, last + 1):
                entry = model.entries[row]
                item = model.markers.get(entry.key) if entry.kind == "marker" else None
                if item is None:
                    continue
                text = model._display(entry, item, column)
                need = self._needs.get((i, text))
                if need is None:
                    need = self._needs[(i, text)] = self.sizeHintForIndex(model.index(row, i)).width() + grid
                if need > width:
                    if self.isVisible():
                        QTimer.singleShot(0, self, self.fit_side)
                    return

    def _notes_least(self) -> int:
        return max(round(self.NOTES_LEAST * theme.text_scale()), self.horizontalHeader().sectionSizeHint(COLUMNS.index("notes")))

    def least_width(self, notes: bool = True) -> int:
        """The table's width with the figures whole and the texts at their least (with the notes or not)."""
        scale = theme.text_scale()
        header = self.horizontalHeader()
        texts = sum(max(round(least * scale), header.sectionSizeHint(COLUMNS.index(c)))
                    for c, (least, _usual) in self.TEXTS.items())
        if notes:
            texts += self._notes_least()
        return sum(self._figure_widths().values()) + texts + 2 * self.frameWidth() + \
            self.verticalScrollBar().sizeHint().width()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit_columns()
        QTimer.singleShot(0, self, self.fit_side)

    def fit_columns(self) -> None:
        """The figures (dates, time, state) as wide as they need; the name, type and owner at their usual
        width where there is room, narrower (cut with "…", whole in the inspector) where there is not; the
        notes take the rest."""
        scale = theme.text_scale()
        widths = self._figure_widths()
        room = self.viewport().width()
        header = self.horizontalHeader()
        texts = {}
        for c, (a, b) in self.TEXTS.items():  # never narrower than the title
            i = COLUMNS.index(c)
            least = max(round(a * scale), header.sectionSizeHint(i))
            texts[i] = (least, max(least, round(b * scale)))
        notes_least = 0 if self.isColumnHidden(COLUMNS.index("notes")) else self._notes_least()
        spare = room - sum(widths.values()) - notes_least - sum(least for least, _u in texts.values())
        wanted = sum(usual - least for least, usual in texts.values())
        share = max(0.0, min(1.0, spare / wanted)) if wanted else 1.0
        for i, (least, usual) in texts.items():
            widths[i] = least + round((usual - least) * share)
        for i, width in widths.items():
            if self.columnWidth(i) != width:
                self.setColumnWidth(i, width)
        # the notes (the last column) stretch over the rest

    def show_side(self) -> None:
        """Bring back the inspector that gave way (the warnings button): it stays, narrowed to its least."""
        split = self.parentWidget()
        if isinstance(split, QSplitter) and split.count() == 2 and not split.widget(1).isVisible():
            self.side_asked = True
            self.fit_side()

    def fit_side(self) -> None:
        """Where the table's least width does not fit beside the inspector (its splitter's second widget), the
        notes column gives way first (the inspector shows them), then the inspector: it narrows to its own
        least width, then is hidden (the table alone, its notes back where they fit); both come back when
        there is room again (a wider window or a smaller text size)."""
        split = self.parentWidget()
        if not isinstance(split, QSplitter) or split.count() != 2 or not self.isVisible():
            return
        side = split.widget(1)
        sizes = split.sizes()
        # the room of the table and the inspector side by side: with the inspector hidden its handle is hidden
        # too, and showing it takes the handle's width from the table (counting the handle in made the
        # inspector come back 1-4 px short, hide, come back...: the table scrolled by that much under Wine)
        total = sum(sizes) if side.isVisible() else sizes[0] + sizes[1] - split.handleWidth()
        side_least = side.minimumSizeHint().width()
        with_notes, without = self.least_width(True), self.least_width(False)
        if total - with_notes >= side_least:
            notes, shown, need = True, True, with_notes
        elif total - without >= side_least:
            notes, shown, need = False, True, without
        elif self.side_asked:  # brought back by the user (the warnings button): it stays, the table scrolls
            notes, shown, need = False, True, max(0, total - side_least)
        else:
            notes, shown, need = total >= with_notes, False, total
        notes_col = COLUMNS.index("notes")
        if self.isColumnHidden(notes_col) == notes:
            self.setColumnHidden(notes_col, not notes)
        if side.isVisible() != shown:
            side.setVisible(shown)
            self._given_way = not shown
            if shown:  # back: as much room as it can have, up to two fifths
                table = max(need, total - max(side_least, round(total * 2 / 5)))
                split.setSizes([table, total - table])
                return
        if shown and sizes[0] < need:
            split.setSizes([need, total - need])
        self.fit_columns()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            self.deleteRequested.emit()
            return
        super().keyPressEvent(event)
