"""Risks and procurement view: the plan's risks, the procurement process and the documents the alliance needs.

Three tables of simple records (table.py: a model per list, editors only while a cell is edited, sorting by a
column); the long texts (description, mitigation, notes) of the selected row are edited beside the table.
Each change is one undoable edit through core.edits (add_record, update_record, remove_record, move_record),
and updates only the rows it changed.
"""

from __future__ import annotations

import datetime as _dt
import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from .. import fmt, theme
from ... import i18n
from ...core import edits
from ...core import model as m
from ...core import timeline as tl
from ...core.summary import summarize
from ...reports import labels
from ..lazy import on_screen
from ..widgets import Card, CommitTextEdit, move_buttons
from .table import EXAMPLE_DATE, LEVEL_COLOURS, Column, RecordModel, RecordTable, columns, score_colour

__all__ = ["Column", "EXAMPLE_DATE", "LEVEL_COLOURS", "MOVABLE", "RecordModel", "RecordTable", "RiskMatrix",
           "RisksView", "SECTIONS", "columns", "score_colour"]

SECTIONS = ("risks", "procurement_tasks", "documents")
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's largest widget size
SIDE_WIDTH = 360  # px at the normal text size: the side panel (matrix, selected row) at its widest
SIDE_LEAST = 260  # px at the normal text size: narrower than this, it collapses


def least_table_width(table: RecordTable) -> int:
    """The least width at which the table shows every column without scrolling sideways (as
    RecordTable.fit_columns sizes them: the short texts at their floor, the long texts at their share)."""
    header = table.horizontalHeader()
    scale = theme.text_scale()
    fixed, longs = 0, 0
    contents = table.content_widths()  # (kept between calls: not every cell measured again)
    for i, c in enumerate(table.columns):
        title = header.sectionSizeFromContents(i).width()
        content = contents[i]
        if c.kind == "long":
            longs += 1
        elif c.kind == "text":
            fixed += max(title, min(content, round(c.width * scale), round(table.TEXT_FLOOR * scale)))
        else:
            fixed += max(title, content)
    columns = math.ceil(fixed / max(0.2, 1 - table.LONG_SHARE * longs)) + 2 * len(table.columns)  # rounding
    chrome = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
    if table.verticalHeader().isVisible():
        chrome += table.verticalHeader().sizeHint().width()
    return columns + chrome


def rows_height(table: RecordTable) -> int:
    """The height that shows the table's header and every row (at least one)."""
    rows = sum(table.rowHeight(r) for r in range(table.model().rowCount())) or table.verticalHeader().defaultSectionSize()
    return table.horizontalHeader().height() + rows + 2 * table.frameWidth()
MOVABLE = ("procurement_tasks", "documents")  # risks keep no order of their own: most severe first


class RiskMatrix(QWidget):
    """Likelihood (up) × impact (across), each risk a numbered dot in its cell (the number is its table row)."""

    riskClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.risks: tuple[m.Risk, ...] = ()
        self.selected = ""
        self.dots: list[tuple[QPointF, m.Risk, int]] = []  # centre, risk, number; laid out at paint
        self._background: tuple | None = None  # (what it was drawn for, the grid as a pixmap): paintEvent
        self.setMouseTracking(True)
        self.setAccessibleName(QCoreApplication.translate("RisksView", "Risk matrix"))

    def set_risks(self, risks, selected: str) -> None:
        self.risks, self.selected = tuple(risks), selected or ""
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        side = round(300 * theme.text_scale())
        return QSize(side, side)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return width

    def _grid(self) -> tuple[QRectF, float]:
        line = QFontMetricsF(theme.scaled_font(0.85)).height()
        margin = 2 * line + 6  # the numbers, then the axis name, left of and under the grid
        side = min(self.width() - margin - 4, self.height() - margin - 4)
        return QRectF(margin, 4, side, side), side / 5

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        grid, cell = self._grid()
        ratio = self.devicePixelRatioF()
        small = theme.scaled_font(0.85)
        key = (self.size(), ratio, small.key(), theme.SURFACE, theme.MUTED,
               QCoreApplication.translate("RisksView", "Impact →"))
        if self._background is None or self._background[0] != key:  # the grid and its axes, drawn once
            pix = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pix.setDevicePixelRatio(ratio)
            pix.fill(Qt.GlobalColor.transparent)
            p = QPainter(pix)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_grid(p, grid, cell, small)
            p.end()
            self._background = (key, pix)
        p = QPainter(self)
        p.drawPixmap(0, 0, self._background[1])
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_dots(p, grid, cell)
        p.end()

    def _paint_grid(self, p: QPainter, grid: QRectF, cell: float, small) -> None:
        """The coloured cells, the numbers and the axis names (issue 16: the 25 translucent cells took 3 of a
        risk edit's repaint at 16x; now a pixmap made again when the size, font or colours change)."""
        for likelihood in m.RISK_LEVELS:
            for impact in m.RISK_LEVELS:
                r = QRectF(grid.left() + (impact - 1) * cell, grid.bottom() - likelihood * cell, cell, cell)
                colour = QColor(score_colour(likelihood * impact))
                colour.setAlpha(45)
                p.fillRect(r, colour)
                p.setPen(QPen(QColor(theme.SURFACE), 2))
                p.drawRect(r)
        p.setPen(QColor(theme.MUTED))
        p.setFont(small)
        line = QFontMetricsF(small).height()
        for n in m.RISK_LEVELS:
            p.drawText(QRectF(grid.left() + (n - 1) * cell, grid.bottom() + 2, cell, line),
                       Qt.AlignmentFlag.AlignCenter, str(n))
            p.drawText(QRectF(grid.left() - line - 2, grid.bottom() - n * cell, line, cell),
                       Qt.AlignmentFlag.AlignCenter, str(n))
        p.drawText(QRectF(grid.left(), grid.bottom() + line + 2, grid.width(), line),
                   Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("RisksView", "Impact →"))
        p.save()
        p.translate(grid.left() - 2 * line - 4, grid.bottom())
        p.rotate(-90)
        p.drawText(QRectF(0, 0, grid.height(), line), Qt.AlignmentFlag.AlignCenter,
                   QCoreApplication.translate("RisksView", "Likelihood →"))
        p.restore()

    @staticmethod
    def _radius(cell: float) -> float:
        return min(cell * 0.2, 1.3 * theme.BASE_POINT_SIZE)

    def _paint_dots(self, p: QPainter, grid: QRectF, cell: float) -> None:
        radius = self._radius(cell)
        p.setFont(theme.scaled_font(0.85, True))
        self.dots = []
        for n, risk, x, y in m.matrix_places(enumerate(self.risks, 1)):
            dot = QPointF(grid.left() + x * cell, grid.bottom() - y * cell)
            self.dots.append((dot, risk, n))
            live = risk.status in ("open", "realised")
            colour = QColor(score_colour(m.severity(risk)) if live else theme.MUTED)
            p.setPen(QPen(QColor(theme.TEXT), 2.5) if risk.key == self.selected else QPen(colour.darker(130), 1))
            p.setBrush(colour if live else QColor(theme.SURFACE))
            p.drawEllipse(dot, radius, radius)
            p.setPen(QColor(theme.SURFACE) if live else QColor(theme.MUTED))
            p.drawText(QRectF(dot.x() - radius, dot.y() - radius, 2 * radius, 2 * radius),
                       Qt.AlignmentFlag.AlignCenter, str(n))

    def _dot_at(self, pos: QPointF) -> m.Risk | None:
        radius = self._radius(self._grid()[1])
        for dot, risk, _n in self.dots:
            if (dot - pos).manhattanLength() <= 1.5 * radius:
                return risk
        return None

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        risk = self._dot_at(event.position())
        if risk is not None:
            self.riskClicked.emit(risk.key)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        risk = self._dot_at(event.position())
        if risk is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPosition().toPoint(), "{title}\n{l} × {i} = {s} · {status}".format(
            title=risk.title, l=risk.likelihood, i=risk.impact, s=m.severity(risk),
            status=labels.risk_status(risk.status, i18n.language())), self)


class RisksView(QWidget):
    def __init__(self, document):
        super().__init__()
        self.document = document
        self.today = _dt.date.today()  # overdue tasks are marked as of this day (tests pin it)
        self._stale: set[str] = set()  # lists changed while the view was hidden: updated when it is shown
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 10, 16, 8)
        outer.setSpacing(6)
        head = QHBoxLayout()
        title = theme.view_title(QLabel(self.tr("Risks and procurement")))
        head.addWidget(title)
        head.addSpacing(16)
        self.summary = theme.muted(QLabel())
        head.addWidget(self.summary, 1)
        outer.addLayout(head)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        outer.addWidget(self.tabs, 1)
        self.tables: dict[str, RecordTable] = {}
        self.details: dict[str, tuple[Card, dict[str, CommitTextEdit]]] = {}
        # Whole phrases per list (Finnish inflects the noun): buttons, prompt, and the undo texts (add, change,
        # remove, and move for the lists kept in an order).
        self.texts = {
            "risks": (self.tr("Add risk…"), self.tr("Remove risk"), self.tr("Name of the risk"),
                      self.tr("Add risk"), self.tr("Change risk"), self.tr("Remove risk")),
            "procurement_tasks": (self.tr("Add task…"), self.tr("Remove task"), self.tr("Name of the task"),
                                  self.tr("Add task"), self.tr("Change task"), self.tr("Remove task"),
                                  self.tr("Move task")),
            "documents": (self.tr("Add document…"), self.tr("Remove document"), self.tr("Name of the document"),
                          self.tr("Add document"), self.tr("Change document"), self.tr("Remove document"),
                          self.tr("Move document")),
        }
        self.move_tips = (self.tr("Move up the list (Ctrl+Up)"), self.tr("Move down the list (Ctrl+Down)"))
        self.sorted_tip = self.tr("Sorted by a column: moving works in the list's own order. Click the sorted "
                                  "column's title until its arrow is gone.")
        self.add_buttons: dict[str, QPushButton] = {}
        self.remove_buttons: dict[str, QPushButton] = {}
        self.move_buttons: dict[str, list[QPushButton]] = {}  # ▲ and ▼ of the lists kept in an order
        self.splits: dict[str, QSplitter] = {}  # table | side panel, per list
        self._side_given_way: set[str] = set()  # lists whose side panel narrowed or collapsed for the table
        for section in SECTIONS:
            page = QWidget()
            box = QVBoxLayout(page)
            box.setContentsMargins(0, 8, 0, 0)
            table = RecordTable(section, lambda key, f, value, s=section: self._cell_edited(s, key, f, value),
                                (lambda step, s=section: self.move(s, step)) if section in MOVABLE else None)
            table.sortChanged.connect(lambda s=section: self._update_buttons(s))
            self.tables[section] = table
            # The table and, beside it, the matrix and the selected row's texts in a splitter: on a narrow
            # screen or at a large text size the side panel gives way to the table's columns (fit_side),
            # collapsing to the splitter's handle, from which it can be drawn out again.
            split = QSplitter(Qt.Orientation.Horizontal)
            split.addWidget(table)
            side_box = QWidget()
            side_box.setMaximumWidth(round(SIDE_WIDTH * theme.text_scale()))
            side = QVBoxLayout(side_box)
            side.setContentsMargins(0, 0, 0, 0)
            side.setSpacing(theme.SPACING)
            if section == "risks":
                side.addWidget(self._matrix_card(table))
            side.addWidget(self._details(section, table), 1)
            split.addWidget(side_box)
            split.setStretchFactor(0, 1)
            split.setStretchFactor(1, 0)
            split.setCollapsible(0, False)
            split.setCollapsible(1, True)
            split.handle(1).setToolTip(self.tr("Drag to show or hide the side panel"))
            self.splits[section] = split
            box.addWidget(split, 1)
            buttons = QHBoxLayout()
            add_text, remove_text = self.texts[section][:2]
            add = QPushButton(add_text)
            add.clicked.connect(lambda _=False, s=section: self.add(s))
            remove = QPushButton(remove_text)
            remove.clicked.connect(lambda _=False, s=section: self.remove(s))
            self.add_buttons[section], self.remove_buttons[section] = add, remove
            buttons.addWidget(add)
            buttons.addWidget(remove)
            if section in MOVABLE:
                self.move_buttons[section] = move_buttons(*self.move_tips, lambda step, s=section: self.move(s, step))
                for button in self.move_buttons[section]:
                    buttons.addWidget(button)
            if section == "risks":  # the risks' money (issue 21) in place of the long texts' columns
                money = QPushButton(self.tr("Costs"))
                money.setCheckable(True)
                money.setToolTip(self.tr("Show each risk's cost, probability and periods (used by the commercial "
                                         "view's Uncertainty tab) in place of the description and mitigation "
                                         "columns"))
                money.toggled.connect(table.show_money)
                money.toggled.connect(lambda _on: self.fit_side())  # the side panel gives way, or comes back
                buttons.addWidget(money)
                self.money_button = money
            buttons.addStretch(1)
            box.addLayout(buttons)
            self.tabs.addTab(page, "")
        hint = theme.muted(QLabel(self.tr("Double-click a cell or start typing to edit it; the long texts are edited "
                                          "in the selected row's panel. Every change is saved at once and can be "
                                          "undone.")))
        hint.setWordWrap(True)  # one line where it fits; never the window's least width (issue 17)
        outer.addWidget(hint)
        self.tabs.currentChanged.connect(lambda _i: QTimer.singleShot(0, self, self.fit_side))
        document.changed.connect(self._changed)
        self.refresh()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.fit_side)  # once the splitters have their new width

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        QTimer.singleShot(0, self, self.fit_side)

    def fit_side(self) -> None:
        """The table's columns whole beside the side panel (matrix, selected row); where the width does not
        hold both, the side panel narrows, then moves below the table (the cards side by side) when the
        table's rows and the panel fit the height, else collapses to the splitter's handle, as the commercial
        view's explanation does; it comes back beside the table when the room is there again."""
        scale = theme.text_scale()
        least, widest = round(SIDE_LEAST * scale), round(SIDE_WIDTH * scale)
        for section, split in self.splits.items():
            room = split.width() - split.handleWidth()
            if room <= 0 or not split.isVisible():
                continue
            need = least_table_width(self.tables[section])
            if room - need >= least:  # beside the table
                moved = self._place_side(split, Qt.Orientation.Horizontal)
                if moved or section in self._side_given_way:  # room again: it comes back
                    wide = min(room - need, widest)
                    split.setSizes([room - wide, wide])
                    self._side_given_way.discard(section)
                elif split.sizes()[1] and split.sizes()[0] < need:  # too narrow: the side panel gives room
                    split.setSizes([need, room - need])
                continue
            self._side_given_way.add(section)
            self._place_side(split, Qt.Orientation.Vertical)
            height = split.height() - split.handleWidth()
            below = min(split.widget(1).sizeHint().height(), height - rows_height(self.tables[section]))
            if below >= split.widget(1).minimumSizeHint().height():  # below the table's rows
                split.setSizes([height - below, below])
            else:  # no room below either: collapsed to the handle
                self._place_side(split, Qt.Orientation.Horizontal)
                split.setSizes([room, 0])

    @staticmethod
    def _place_side(split: QSplitter, orientation: Qt.Orientation) -> bool:
        """The side panel beside (Horizontal) or below (Vertical) the table; True when it moved."""
        if split.orientation() == orientation:
            return False
        side = split.widget(1)
        vertical = orientation == Qt.Orientation.Vertical
        split.setOrientation(orientation)
        side.layout().setDirection(QBoxLayout.Direction.LeftToRight if vertical else QBoxLayout.Direction.TopToBottom)
        side.setMaximumWidth(QWIDGETSIZE_MAX if vertical else round(SIDE_WIDTH * theme.text_scale()))
        return True

    def _matrix_card(self, table: RecordTable) -> Card:
        card = Card(self.tr("Risk matrix"))
        card.setMaximumWidth(round(SIDE_WIDTH * theme.text_scale()))  # below the table too
        self.matrix = RiskMatrix()
        self.matrix.riskClicked.connect(table.select_key)
        card.body.addWidget(self.matrix)
        note = theme.muted(QLabel(self.tr("Most severe first: the numbers are the rows of the table, as in the PDF. "
                                          "Hollow: mitigated or closed.")))
        note.setWordWrap(True)
        card.body.addWidget(note)
        return card

    def _details(self, section: str, table: RecordTable) -> Card:
        """The long texts of the table's current row, each a multi-line field that commits when left."""
        card = Card(self.tr("Selected"))
        card.setMinimumWidth(round(SIDE_LEAST * theme.text_scale()))
        card.title.setWordWrap(True)  # the whole name of the selected row, however long
        fields: dict[str, CommitTextEdit] = {}
        for c in table.columns:
            if c.kind != "long":
                continue
            card.body.addWidget(QLabel(c.title))
            edit = CommitTextEdit(lambda text, f=c.field: self._detail_committed(section, f, text))
            edit.setAccessibleName(c.title)
            card.body.addWidget(edit, 1)
            fields[c.field] = edit
        self.details[section] = (card, fields)
        table.selectionModel().currentRowChanged.connect(lambda *_a, s=section: self._show_details(s))
        return card

    def _show_details(self, section: str) -> None:
        card, fields = self.details[section]
        table = self.tables[section]
        key = table.selected_key()
        if section == "risks":
            self.matrix.set_risks(table.records.records, key)  # most severe first, as the table's own order
        row = table.records.row_of(key)
        record = table.records.records[row] if row >= 0 else None
        name = (record.title if section == "risks" else record.name) if record else ""
        card.title.setText(name.upper() if name else self.tr("Nothing selected"))
        for field_name, edit in fields.items():
            edit.set_value(getattr(record, field_name) if record else "")
            edit.setEnabled(record is not None)
            edit.setReadOnly(self.document.read_only)

    def _detail_committed(self, section: str, field_name: str, text: str) -> None:
        key = self.tables[section].selected_key()
        if key is not None:
            self.change(section, key, field_name, text)

    def _changed(self, sections: list[str]) -> None:
        changed = set(SECTIONS) & set(sections)
        if not changed:
            return
        if on_screen(self):
            self._update(changed)
        else:  # hidden: noted, and updated when shown (ui/lazy.py)
            self._stale |= changed

    def catch_up(self) -> None:
        """Shown by the window: the lists that changed while hidden are updated."""
        if self._stale:
            self._update(set(self._stale))

    def refresh(self) -> None:
        self._update(set(SECTIONS))

    def _update(self, sections: set[str]) -> None:
        """Show the plan's lists of these sections (only the rows that changed are updated) and the counts."""
        self._stale -= sections
        plan = self.document.plan
        read_only = self.document.read_only
        titles = {"risks": self.tr("Risks ({count})"), "procurement_tasks": self.tr("Procurement process ({count})"),
                  "documents": self.tr("Documents ({count})")}
        for i, section in enumerate(SECTIONS):
            if section not in sections:
                continue
            records = getattr(plan, section)
            self.tables[section].records.periods = plan.commercial.periods  # a risk's periods by their numbers
            # Risks most severe first, as in the PDF: "risk 3" is the same on screen and on paper.
            self.tables[section].fill(m.by_severity(records) if section == "risks" else records, read_only,
                                      self.today)
            title = titles[section].format(count=len(records))
            if self.tabs.tabText(i) != title:  # (setting the same text lays out and repaints the whole view)
                self.tabs.setTabText(i, title)
            self._update_buttons(section)
            self._show_details(section)
        high = summarize(plan).severe_open_risk_count
        done = sum(1 for t in plan.procurement_tasks if t.done)
        ready = sum(1 for d in plan.documents if d.status == "ready")
        late = sum(1 for t in plan.procurement_tasks if tl.is_overdue_task(t, self.today))
        text = self.tr("{high} open high risks · tasks done {done}/{tasks} · documents ready {ready}/{documents}").format(
            high=high, done=done, tasks=len(plan.procurement_tasks), ready=ready, documents=len(plan.documents))
        if late:
            text += " · " + self.tr("{count} overdue").format(count=late)
        self.summary.setText(text)

    def _update_buttons(self, section: str) -> None:
        writable = not self.document.read_only
        self.add_buttons[section].setEnabled(writable)
        self.remove_buttons[section].setEnabled(writable)
        sorted_ = self.tables[section].is_sorted
        for button, tip in zip(self.move_buttons.get(section, ()), self.move_tips):
            button.setEnabled(writable and not sorted_)  # moving is in the list's own order only
            button.setToolTip(self.sorted_tip if sorted_ else tip)

    def show_item(self, kind: str, key: str, parent: str = "") -> None:
        """Edit > Find: open the tab of a risk, task or document with its row selected."""
        section = {"risk": "risks", "task": "procurement_tasks", "document": "documents"}[kind]
        table = self.tables[section]
        self.catch_up()
        if table.row_of(key) >= 0:
            self.tabs.setCurrentIndex(SECTIONS.index(section))
            table.select_key(key, 0)
            table.setFocus()

    def show_task(self, key: str) -> None:
        """Open the procurement process tab with this task selected (the timeline's overdue warnings)."""
        table = self.tables["procurement_tasks"]
        self.catch_up()
        if table.row_of(key) >= 0:
            self.tabs.setCurrentIndex(SECTIONS.index("procurement_tasks"))
            table.select_key(key, 1)
            table.setFocus()

    # ------------------------------------------------------------ edits

    def _cell_edited(self, section: str, key: str, field: str, value) -> None:
        """A cell's new value (from the table's model): a date is read from its text first."""
        if field.startswith("cost"):  # a risk's money: read from its text by core/uncertainty_edits.py
            from ...core.uncertainty_edits import risk_money_from_text

            self.document.apply(self.tr("Edit the risk's cost"),
                                lambda plan: risk_money_from_text(plan, key, field, value))
            return
        if field == "due":
            try:
                value = fmt.parse_date(value)
            except ValueError:
                self.refuse(self.tr("“{text}” is not a date. Write it as {example}.").format(
                    text=value, example=fmt.date(EXAMPLE_DATE)))
                return
        self.change(section, key, field, value)

    def change(self, section: str, key: str, field: str, value) -> None:
        # A refused edit (an empty name, say) is reported by the window (Document.editRefused).
        if not self.document.apply(self.texts[section][4],
                                   lambda plan: edits.update_record(plan, section, key, **{field: value})):
            self._show_details(section)  # the long texts show the stored value again (the cells do by themselves)

    def refuse(self, message: str) -> None:
        """Input refused before an edit (a bad date): told as the window tells any refused edit."""
        self.document.editRefused.emit(message)

    def add(self, section: str) -> None:
        add_text, _remove, prompt, undo_text = self.texts[section][:4]
        name, ok = QInputDialog.getText(self, add_text.rstrip("…"), prompt)
        if not ok or not name.strip():
            return
        result: dict = {}

        def edit(plan: m.Plan) -> m.Plan:
            new, result["key"] = edits.add_record(plan, section, name)
            return new

        if self.document.apply(undo_text, edit):
            table = self.tables[section]
            table.select_key(result["key"])
            table.setFocus()

    def move(self, section: str, step: int) -> None:
        """Move the selected task or document up (-1) or down (+1) its list; it stays selected.
        Not while the table is sorted by a column (the buttons say so)."""
        table = self.tables[section]
        key = table.selected_key()
        if key is None or self.document.read_only or table.is_sorted:
            return
        # at an end of the list move_record returns the same plan, which apply() leaves off the undo stack
        self.document.apply(self.texts[section][6], lambda plan: edits.move_record(plan, section, key, step))

    def remove(self, section: str) -> None:
        key = self.tables[section].selected_key()
        if key is not None:
            self.document.apply(self.texts[section][5], lambda plan: edits.remove_record(plan, section, key))
