"""Timeline view: the Gantt chart of phases, steps, milestones and decision gates, with a table and an inspector.

Layout: a title row with the tools (zoom, fit, today, "Move linked items", add, remove, export),
the canvas (canvas.py) across the full width, and below it the table (table.py) beside the
inspector and the warnings list. Selection is one (kind, key) shared by all three.

Every change goes through `Document.apply` as one undoable edit that is written to the file at
once: a drag is applied once, on release; a table or inspector field once, when committed.
Edits are checked first (`core.validation`), so a refusal is shown in place and nothing is written.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ... import settings_keys as keys
from ...core import model as m
from ...core import timeline as tl
from ...core.errors import AllianceError
from .. import settings, theme
from ..fitting import WrapRow
from ..lazy import on_screen
from ..widgets import Panel
from .canvas import TimelineCanvas
from .inspector import TimelineInspector
from .paint import legend_rows, paint_legend, scaled_font
from .table import TimelineTable, TimelineTableModel, kind_icon

__all__ = ["TimelineView"]


# what the timeline shows (tasks: overdue warnings); not "project": nothing here shows the project's name
SECTIONS = {"phases", "markers", "commercial", "procurement_tasks"}


class _LegendStrip(QWidget):
    """The canvas's legend, under the chart."""

    ROW = 28

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFixedHeight(self.ROW)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)  # a narrow window (1280 px at 115 %): the legend in two lines, never cut
        height = self.ROW * len(legend_rows(scaled_font(0.9), self.width()))
        if height != self.height():
            self.setFixedHeight(height)

    def paintEvent(self, event) -> None:
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QPainter

        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = scaled_font(0.9)
        for i, entries in enumerate(legend_rows(font, self.width())):
            paint_legend(p, QRectF(0, i * self.ROW, self.width(), self.ROW), font, entries)
        p.end()


class TimelineView(QWidget):
    def __init__(self, document):
        super().__init__()
        self.document = document
        self.selected: tuple[str, str] | None = None  # the current item, shown in the inspector
        self.marked: frozenset[tuple[str, str]] = frozenset()  # all selected items (Ctrl+click), with it
        self.found: list[tl.TimelineWarning] = []
        self.warnings: dict[tuple[str, str], list[tl.TimelineWarning]] = {}
        stored = settings.store()
        self.min_tender_days = settings.get(keys.TIMELINE_MIN_TENDER_DAYS, stored)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 10, 16, 8)
        outer.setSpacing(6)

        # --- title and tools
        # (two groups: the second goes below the first where the width does not hold both, ui/fitting.py)
        head_left, head_right = QWidget(), QWidget()
        head = QHBoxLayout(head_left)
        head.setContentsMargins(0, 0, 0, 0)
        head.setSpacing(6)
        tail = QHBoxLayout(head_right)
        tail.setContentsMargins(0, 0, 0, 0)
        tail.setSpacing(6)
        title = QLabel(self.tr("Timeline"))
        theme.view_title(title)
        head.addWidget(title)
        head.addSpacing(16)
        self.zoom_out_button = self._tool("−", self.tr("Zoom out (Ctrl+minus)"), lambda: self.canvas.zoom_out())
        self.zoom_in_button = self._tool("+", self.tr("Zoom in (Ctrl+plus)"), lambda: self.canvas.zoom_in())
        self.fit_button = self._tool(self.tr("Fit all"), self.tr("Show the whole timeline (Ctrl+0)"),
                                     lambda: self.canvas.fit_all())
        self.prep_button = self._tool(self.tr("Preparation"),
                                      self.tr("Show the preparation phases and the start of the service phase"),
                                      lambda: self.canvas.fit_preparation())
        self.today_button = self._tool(self.tr("Today"), self.tr("Scroll to today"), lambda: self.canvas.show_today())
        for b in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.prep_button, self.today_button):
            head.addWidget(b)
        head.addSpacing(12)
        self.move_linked = QCheckBox(self.tr("Move linked items"))
        self.move_linked.setToolTip(self.tr("When a phase is dragged, its steps and milestones move with it. "
                                            "Hold Shift while dragging to do this once."))
        self.move_linked.setChecked(settings.get(keys.TIMELINE_MOVE_LINKED, stored))
        self.move_linked.toggled.connect(self._move_linked_toggled)
        head.addWidget(self.move_linked)
        self.warning_button = QToolButton()
        self.warning_button.setAutoRaise(True)
        self.warning_button.setIcon(kind_icon("warning"))
        self.warning_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.warning_button.clicked.connect(lambda: (self.table.show_side(),  # back where it gave way
                                                     self.tabs.setCurrentWidget(self.warning_page)))
        tail.addWidget(self.warning_button)
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("Add"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.add_button)
        menu.addAction(kind_icon("strategy"), self.tr("Phase"), self.add_phase)
        menu.addAction(kind_icon("step"), self.tr("Step in the selected phase"), self.add_step)
        menu.addSeparator()
        for kind, text in (("milestone", self.tr("Milestone")), ("deadline", self.tr("Deadline")),
                           ("event", self.tr("Event")), ("gate", self.tr("Decision gate"))):
            menu.addAction(kind_icon(kind, "pending"), text, lambda k=kind: self.add_marker(k))
        self.add_button.setMenu(menu)
        tail.addWidget(self.add_button)
        self.selection_label = QLabel()
        self.selection_label.setToolTip(self.tr("Drag one of them or press ←/→ to move them all, Delete removes "
                                                "them, Esc keeps only the current one. Ctrl+click adds or takes "
                                                "out an item."))
        self.selection_label.hide()
        tail.addWidget(self.selection_label)
        self.remove_button = self._tool(self.tr("Remove"), self.tr("Remove the selected items (Delete)"),
                                        self.remove_selected)
        tail.addWidget(self.remove_button)
        self.export_button = self._tool(self.tr("Export picture…"),
                                        self.tr("Save the timeline as PNG or SVG for slides"), self.export)
        tail.addWidget(self.export_button)
        outer.addLayout(WrapRow(head_left, head_right))

        # --- canvas above, table and details below
        self.canvas = TimelineCanvas()
        self.canvas.move_linked = self.move_linked.isChecked()
        self.legend = _LegendStrip()
        top = Panel()
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        top_box.setSpacing(0)
        top_box.addWidget(self.canvas, 1)
        top_box.addWidget(self.legend)

        self.model = TimelineTableModel(self._table_edit, self)
        self.table = TimelineTable(self.model)
        self.inspector = TimelineInspector(self._inspector_edit)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.inspector, self.tr("Details"))
        self.warning_page = QWidget()
        wbox = QVBoxLayout(self.warning_page)
        wbox.setContentsMargins(6, 6, 6, 6)
        self.warning_list = QListWidget()
        self.warning_list.setWordWrap(True)
        self.warning_list.setAccessibleName(self.tr("Warnings"))
        self.warning_list.itemActivated.connect(self._warning_chosen)
        self.warning_list.itemClicked.connect(self._warning_chosen)
        wbox.addWidget(self.warning_list, 1)
        minimum = QHBoxLayout()
        min_label = QLabel(self.tr("Shortest acceptable tendering phase"))
        self.min_tender = QSpinBox()
        self.min_tender.setRange(1, 365)
        self.min_tender.setValue(self.min_tender_days)
        self.min_tender.setSuffix(self.tr(" days"))
        self.min_tender.setAccessibleName(min_label.text())
        min_label.setBuddy(self.min_tender)
        self.min_tender.valueChanged.connect(self._min_tender_changed)
        minimum.addWidget(min_label)
        minimum.addWidget(self.min_tender)
        minimum.addStretch(1)
        wbox.addLayout(minimum)
        self.tabs.addTab(self.warning_page, self.tr("Warnings"))

        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.table)
        bottom.addWidget(self.tabs)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        bottom.setSizes([790, 570])
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([660, 240])
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter, 1)

        # --- wiring
        self.canvas.itemSelected.connect(lambda kind, key: self.select(kind, key, source="canvas"))
        self.canvas.itemToggled.connect(lambda kind, key: self.toggle(kind, key, source="canvas"))
        self.canvas.currentChanged.connect(lambda kind, key: self._set_selection((kind, key), self.marked, "canvas"))
        self.canvas.selectAllRequested.connect(self.select_all)
        self.canvas.activated.connect(self._activated)
        self.canvas.dragCommitted.connect(self._drag_committed)
        self.canvas.nudgeRequested.connect(self._nudge)
        self.canvas.deleteRequested.connect(self.remove_selected)
        self.table.deleteRequested.connect(self.remove_selected)
        self.canvas.hint.connect(self._hint)
        self.table.selectionModel().selectionChanged.connect(self._table_selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._table_selection_changed)
        self._shortcut_keys: set[str] = set()
        for seq in (QKeySequence.StandardKey.ZoomIn, "Ctrl+=", "Ctrl++"):
            self._shortcut(seq, lambda: self.canvas.zoom_in())
        for seq in (QKeySequence.StandardKey.ZoomOut, "Ctrl+-"):
            self._shortcut(seq, lambda: self.canvas.zoom_out())
        self._shortcut("Ctrl+0", lambda: self.canvas.fit_all())
        document.changed.connect(self._changed)
        self.refresh()
        if self.model.entries:  # open on the first phase, so the details show what can be planned
            first = self.model.entries[0]
            self.select(first.kind, first.key)

    # ------------------------------------------------------------ helpers

    def _tool(self, text: str, tip: str, slot) -> QToolButton:
        b = QToolButton()
        b.setText(text)
        b.setToolTip(tip)
        b.setAccessibleName(tip)
        b.clicked.connect(slot)
        return b

    def _shortcut(self, seq, slot) -> None:
        keys = QKeySequence(seq)
        # one shortcut per key: a standard key and a spelled-out one may be the same (ZoomIn is Ctrl++)
        if keys.isEmpty() or keys.toString() in self._shortcut_keys:
            return
        self._shortcut_keys.add(keys.toString())
        shortcut = QShortcut(keys, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def keyPressEvent(self, event) -> None:
        # Ctrl with the numeric keypad's + and − (the shortcuts above match the main keyboard's keys).
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and \
                event.modifiers() & Qt.KeyboardModifier.KeypadModifier:
            if event.key() == Qt.Key.Key_Plus:
                self.canvas.zoom_in()
                return
            if event.key() == Qt.Key.Key_Minus:
                self.canvas.zoom_out()
                return
        super().keyPressEvent(event)

    def _hint(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 6000)

    @property
    def read_only(self) -> bool:
        return self.document.read_only

    # ------------------------------------------------------------ refresh

    def _changed(self, sections: list[str]) -> None:
        if SECTIONS & set(sections):
            self._stale = True
            if on_screen(self):  # hidden: refreshed when shown (ui/lazy.py)
                self.catch_up()

    def catch_up(self) -> None:
        """Show what changed while the view was hidden (the main window calls this when it shows it)."""
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        plan = self.document.plan
        self.found = tl.warnings(plan, self.min_tender_days, today=self.canvas.today)
        self.warnings = tl.warnings_by_item(self.found)
        ctx = self.canvas.ctx  # (the rows as the chart places them: one computation serves it and the table)
        rows = tl.rows(plan, ctx.rows_top, ctx.k) if ctx is not None else tl.rows(plan)
        ids = {("phase", p.key) for p in plan.phases} | {("marker", x.key) for x in plan.markers}
        self.marked = frozenset(i for i in self.marked if i in ids)
        if self.selected not in ids:
            self.selected = self._first_in_order(self.marked, rows)
        self.canvas.selected, self.canvas.marked = self.selected, self.marked
        self.canvas.set_plan(plan, rows, self.warnings, self.read_only)
        self.model.set_plan(plan, rows, self.warnings, self.read_only)
        self._sync_table()
        self.inspector.show_item(plan, self.selected, self.warnings, self.read_only)
        self._refresh_warnings()
        self.add_button.setEnabled(not self.read_only)
        self._show_selection_size()

    def _refresh_warnings(self) -> None:
        if self.found == getattr(self, "_listed", None):
            self._listed = self.found  # (equal warnings, maybe other objects: the next edit matches these)
            return  # the same warnings listed already (most edits leave them): the list stays
        listed, self._listed = getattr(self, "_listed", None) or [], self.found
        icon = kind_icon("warning")
        # Only the rows of warnings that went leave and only the new warnings' rows are made (issue 16): the
        # core makes an unchanged record's warnings the very same objects again (tl._find_warnings), and those
        # keep their order, so they are matched by identity; else the rows between the unchanged first and
        # last warnings are replaced (a full clear only when none stay).
        if not (listed and self.found and self._update_warning_rows(listed, icon)):
            head = tail = 0
            if listed and self.found:
                n = min(len(listed), len(self.found))
                while head < n and listed[head] == self.found[head]:
                    head += 1
                while tail < n - head and listed[-1 - tail] == self.found[-1 - tail]:
                    tail += 1
            if head or tail:
                for _ in range(len(listed) - head - tail):
                    self.warning_list.takeItem(head)
            else:
                self.warning_list.clear()
            for row, w in enumerate(self.found[head:len(self.found) - tail], start=head):
                self.warning_list.insertItem(row, self._warning_item(w, icon))
        if not self.found:
            item = QListWidgetItem(self.tr("No warnings: the schedule looks consistent."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.warning_list.addItem(item)
        n = len(self.found)
        self.warning_button.setVisible(n > 0)
        self.warning_button.setText(self.tr("{count} warnings").format(count=n) if n != 1 else self.tr("1 warning"))
        index = self.tabs.indexOf(self.warning_page)
        self.tabs.setTabText(index, self.tr("Warnings ({count})").format(count=n) if n else self.tr("Warnings"))
        self.tabs.setTabIcon(index, icon if n else kind_icon("gate", "go"))

    def _update_warning_rows(self, listed: list, icon) -> bool:
        """Take out the rows of the listed warnings not found now and put in rows for the new ones, when the
        warnings that stay are the same objects in the same order; False (nothing changed) otherwise."""
        found = self.found
        now = {id(w) for w in found}
        kept = [w for w in listed if id(w) in now]
        if not kept:
            return False
        kept_ids = {id(w) for w in kept}
        if len(kept_ids) != len(kept) or any(a is not b for a, b in zip((w for w in found if id(w) in kept_ids),
                                                                         kept, strict=True)):
            return False
        for row in range(len(listed) - 1, -1, -1):
            if id(listed[row]) not in now:
                self.warning_list.takeItem(row)
        for row, w in enumerate(found):
            if id(w) not in kept_ids:
                self.warning_list.insertItem(row, self._warning_item(w, icon))
        return True

    def _warning_item(self, w: tl.TimelineWarning, icon) -> QListWidgetItem:
        item = QListWidgetItem(icon, w.message)
        item.setData(Qt.ItemDataRole.UserRole, w.items[0])
        if w.rule == "overdue":
            item.setForeground(QColor(theme.BAD))
            if w.items[0][0] == "task":
                item.setToolTip(self.tr("A procurement task: click to open it in Risks and procurement."))
        return item

    def _min_tender_changed(self, value: int) -> None:
        self.min_tender_days = value
        settings.set(keys.TIMELINE_MIN_TENDER_DAYS, value)
        self.refresh()

    def _move_linked_toggled(self, on: bool) -> None:
        self.canvas.move_linked = on
        settings.set(keys.TIMELINE_MOVE_LINKED, on)

    # ------------------------------------------------------------ selection

    def select(self, kind: str, key: str, source: str = "") -> None:
        """Select only this item (kind "" selects nothing)."""
        ident = (kind, key) if kind else None
        self._set_selection(ident, frozenset({ident}) if ident else frozenset(), source)

    def show_item(self, kind: str, key: str, parent: str = "") -> None:
        """Edit > Find: select a phase or a marker (shown on the chart and in the table)."""
        self.catch_up()
        self.select(kind, key)

    def toggle(self, kind: str, key: str, source: str = "") -> None:
        """Add an item to the selection (it becomes the current one), or take it out."""
        ident = (kind, key)
        if ident in self.marked and len(self.marked) > 1:
            marked = self.marked - {ident}
            current = self.selected if self.selected in marked else self._first_in_order(marked)
            self._set_selection(current, marked, source)
        else:
            self._set_selection(ident, self.marked | {ident}, source)

    def select_all(self) -> None:
        entries = self.model.entries
        if entries:
            current = self.selected if self.selected else entries[0].ident
            self._set_selection(current, frozenset(e.ident for e in entries))

    def _first_in_order(self, idents, rows=None) -> tuple[str, str] | None:
        order = [("marker" if r.kind == "marker" else "phase", r.key) for r in (rows or self.canvas.rows)]
        return next((i for i in order if i in idents), None)

    def _set_selection(self, current: tuple[str, str] | None, marked: frozenset, source: str = "") -> None:
        self.selected = current
        self.marked = marked | {current} if current else frozenset()
        self.canvas.set_selection(current, self.marked, ensure_visible=source != "canvas")
        if source != "table":
            self._sync_table()
        self.inspector.show_item(self.document.plan, current, self.warnings, self.read_only)
        self._show_selection_size()

    def _show_selection_size(self) -> None:
        count = len(self.marked)
        self.selection_label.setText(self.tr("{count} selected").format(count=count))
        self.selection_label.setVisible(count > 1)
        self.remove_button.setEnabled(not self.read_only and self.selected is not None)

    def _sync_table(self) -> None:
        sm = self.table.selectionModel()
        sm.blockSignals(True)
        selection = QItemSelection()
        for ident in self.marked:
            row = self.model.row_of(ident)
            if row >= 0:
                selection.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        row = self.model.row_of(self.selected)
        if row < 0:
            sm.clearSelection()
            sm.setCurrentIndex(self.model.index(-1, -1), sm.SelectionFlag.NoUpdate)
        else:
            index = self.model.index(row, max(0, self.table.currentIndex().column()))
            sm.setCurrentIndex(index, sm.SelectionFlag.NoUpdate)
            sm.select(selection, sm.SelectionFlag.ClearAndSelect)
            self.table.scrollTo(index)
        sm.blockSignals(False)
        # Repaint the rows whose selection changed (the model's dataChanged repaints the rows it changed),
        # not the whole table (issue 16).
        shown = frozenset(r for r in [self.model.row_of(i) for i in self.marked] + [row] if r >= 0)
        before, self._selection_shown = getattr(self, "_selection_shown", None), shown
        if before is None:
            self.table.viewport().update()
            return
        width = self.table.viewport().width()
        for r in before ^ shown:
            if r < self.model.rowCount():
                self.table.viewport().update(0, self.table.rowViewportPosition(r), width, self.table.rowHeight(r))

    def _table_selection_changed(self, *_args) -> None:
        """The table's rows chosen by click, Ctrl/Shift+click or keys: the canvas and inspector follow."""
        entries = self.model.entries
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        marked = frozenset(entries[r].ident for r in rows if r < len(entries))
        current_row = self.table.currentIndex().row()
        current = entries[current_row].ident if 0 <= current_row < len(entries) else None
        if current not in marked:
            current = self._first_in_order(marked)
        if (current, marked) != (self.selected, self.marked):
            self._set_selection(current, marked, source="table")

    def _warning_chosen(self, item: QListWidgetItem) -> None:
        ident = item.data(Qt.ItemDataRole.UserRole)
        if ident and ident[0] == "task":  # an overdue procurement task: shown in its own view
            window = self.window()
            if hasattr(window, "show_view") and window.show_view("risks"):
                window.views["risks"].show_task(ident[1])
        elif ident:
            self.select(ident[0], ident[1])

    def _activated(self, kind: str, key: str) -> None:
        self.select(kind, key, source="canvas")
        self.tabs.setCurrentWidget(self.inspector)
        self.inspector.focus_name()

    # ------------------------------------------------------------ edits

    def try_apply(self, text: str, edit, merge_key: str = "") -> bool:
        """Make an edit if it is good; a refusal is shown in place (inspector, status bar), nothing written."""
        problem = self.document.try_apply(text, edit, merge_key)
        if problem:
            self.inspector.show_error(problem)
            self._hint(problem)
        return problem is None

    def _moving(self, kind: str, key: str) -> frozenset[tuple[str, str]]:
        """What a drag or a key on this item moves: every selected item when it is one of them."""
        return self.marked if (kind, key) in self.marked and len(self.marked) > 1 else frozenset({(kind, key)})

    def _drag_committed(self, kind: str, key: str, mode: str, days: int, linked: bool) -> None:
        items = self._moving(kind, key)
        if mode == "move" and len(items) > 1:
            ok = self.try_apply(self.tr("Move {count} items").format(count=len(items)),
                                lambda p: tl.move_items(p, items, days, linked))
        elif kind == "phase":
            if mode == "move":
                text = self.tr("Move phase with its linked items") if linked else self.tr("Move phase")
                ok = self.try_apply(text, lambda p: tl.move_phase(p, key, days, linked))
            else:
                def resize(p: m.Plan) -> m.Plan:
                    phase = next(x for x in p.phases if x.key == key)
                    if mode == "start":
                        return tl.resize_phase(p, key, start=phase.start + days * tl.DAY)
                    return tl.resize_phase(p, key, end=phase.end + days * tl.DAY)
                ok = self.try_apply(self.tr("Change phase dates"), resize)
        else:
            ok = self.try_apply(self.tr("Move milestone"), lambda p: tl.move_marker(p, key, days))
        if not ok:
            self.refresh()  # put the dragged items back

    def _nudge(self, kind: str, key: str, days: int) -> None:
        items = self._moving(kind, key)
        if len(items) > 1:
            linked = self.move_linked.isChecked()
            self.try_apply(self.tr("Move {count} items").format(count=len(items)),
                           lambda p: tl.move_items(p, items, days, linked),
                           merge_key="timeline-nudge:" + ",".join(sorted(f"{k}:{v}" for k, v in items)))
        elif kind == "phase":
            linked = self.move_linked.isChecked()
            self.try_apply(self.tr("Move phase"), lambda p: tl.move_phase(p, key, days, linked),
                           merge_key=f"timeline-nudge:{kind}:{key}")
        else:
            self.try_apply(self.tr("Move milestone"), lambda p: tl.move_marker(p, key, days),
                           merge_key=f"timeline-nudge:{kind}:{key}")

    def _inspector_edit(self, kind: str, key: str, text: str, changes: dict) -> bool:
        changes = dict(changes)
        if "time_span" in changes:
            span = changes.pop("time_span")
            try:
                changes["time"], changes["time_end"] = tl.parse_time_span(span)
            except AllianceError as exc:
                self.inspector.show_error(exc.message)
                return False
        update = tl.update_phase if kind == "phase" else tl.update_marker
        ok = self.try_apply(text, lambda p: update(p, key, **changes))
        if not ok:  # show the stored values again; the message stays
            message = self.inspector.error.text()
            self.inspector.show_item(self.document.plan, self.selected, self.warnings, self.read_only)
            self.inspector.show_error(message)
        return ok

    def _table_edit(self, kind: str, key: str, column: str, value) -> None:
        if column == "time":
            try:
                t0, t1 = tl.parse_time_span(str(value))
            except AllianceError as exc:
                self._refused(exc.message)
                return
            changes, text = {"time": t0, "time_end": t1}, QCoreApplication.translate("TimelineView", "Change time")
        elif column == "start" and kind == "marker":
            changes, text = {"date": value}, QCoreApplication.translate("TimelineView", "Change date")
        elif column in ("start", "end"):
            changes, text = {column: value}, QCoreApplication.translate("TimelineView", "Change dates")
        elif column == "name":
            changes, text = {"name": str(value)}, QCoreApplication.translate("TimelineView", "Rename")
        elif column == "kind":
            changes, text = {"kind": value}, QCoreApplication.translate("TimelineView", "Change type")
        elif column == "state":
            changes, text = {"state": value}, QCoreApplication.translate("TimelineView", "Change decision")
        elif column == "owner":
            changes, text = {"owner": str(value).strip()}, QCoreApplication.translate("TimelineView", "Change owner")
        else:
            changes, text = {"notes": str(value)}, QCoreApplication.translate("TimelineView", "Change notes")
        if kind == "phase" and column in ("start", "end"):
            phase = next((p for p in self.document.plan.phases if p.key == key), None)
            if phase is not None:
                start = value if column == "start" else phase.start
                end = value if column == "end" else phase.end
                if start and end and end < start:
                    self._refused(QCoreApplication.translate("TimelineView", "The end date cannot be before the start date."))
                    return
        update = tl.update_phase if kind == "phase" else tl.update_marker
        if not self.try_apply(text, lambda p: update(p, key, **changes)):
            self.refresh()

    def _refused(self, message: str) -> None:
        self.inspector.show_error(message)
        self._hint(message)
        self.refresh()

    # ------------------------------------------------------------ add and remove

    def _selected_phase(self) -> m.Phase | None:
        plan = self.document.plan
        if self.selected is None:
            return None
        kind, key = self.selected
        if kind == "marker":
            x = next((x for x in plan.markers if x.key == key), None)
            key = x.phase if x else ""
        return next((p for p in plan.phases if p.key == key), None)

    def _after_add(self, kind: str, key: str) -> None:
        self.select(kind, key)
        self.tabs.setCurrentWidget(self.inspector)
        QTimer.singleShot(0, self.inspector.focus_name)

    def add_phase(self) -> None:
        plan = self.document.plan
        tops = [p for p in plan.phases if not p.parent and p.end]
        start = max((p.end for p in tops), default=self.canvas.today or _dt.date.today()) + tl.DAY
        result: dict = {}

        def edit(p: m.Plan) -> m.Plan:
            new, result["key"] = tl.add_phase(p, self.tr("New phase"), "other", start, start + 89 * tl.DAY)
            return new
        if self.try_apply(self.tr("Add phase"), edit):
            self._after_add("phase", result["key"])

    def add_step(self) -> None:
        parent = self._selected_phase()
        if parent is None:
            self._hint(self.tr("Select the phase the step belongs to first."))
            return
        start = parent.start or self.canvas.today or _dt.date.today()
        end = min(parent.end, start + 29 * tl.DAY) if parent.end else start + 29 * tl.DAY
        result: dict = {}

        def edit(p: m.Plan) -> m.Plan:
            new, result["key"] = tl.add_phase(p, self.tr("New step"), "step", start, end, parent=parent.key)
            return new
        if self.try_apply(self.tr("Add step"), edit):
            self._after_add("phase", result["key"])

    def add_marker(self, kind: str) -> None:
        phase = self._selected_phase()
        when = (phase.end if kind in ("gate", "deadline") else phase.start) if phase else None
        when = when or self.canvas.today or _dt.date.today()
        names = {"milestone": self.tr("New milestone"), "deadline": self.tr("New deadline"),
                 "event": self.tr("New event"), "gate": self.tr("New decision gate")}
        result: dict = {}

        def edit(p: m.Plan) -> m.Plan:
            new, result["key"] = tl.add_marker(p, names[kind], kind, when, phase.key if phase else "")
            return new
        if self.try_apply(self.tr("Add milestone"), edit):
            self._after_add("marker", result["key"])

    def remove_selected(self) -> None:
        if self.selected is None or self.read_only:
            return
        if len(self.marked) > 1:
            self._remove_several(self.marked)
            return
        kind, key = self.selected
        plan = self.document.plan
        if kind == "phase":
            phase = next((p for p in plan.phases if p.key == key), None)
            if phase is None:
                return
            steps, markers = tl.linked(plan, key)
            if steps or markers:
                answer = QMessageBox.question(
                    self, self.tr("Remove phase"),
                    self.tr("Remove “{name}” with its {steps} steps and {markers} milestones? "
                            "You can undo this.").format(name=phase.name, steps=len(steps), markers=len(markers)))
                if answer != QMessageBox.StandardButton.Yes:
                    return
            ok = self.try_apply(self.tr("Remove phase"), lambda p: tl.remove_phase(p, key))
        else:
            ok = self.try_apply(self.tr("Remove milestone"), lambda p: tl.remove_marker(p, key))
        if ok:
            self.select("", "")

    def _remove_several(self, items: frozenset[tuple[str, str]]) -> None:
        plan = self.document.plan
        phases, markers = tl.moving_together(plan, items, move_linked=True)
        inside = len(phases) + len(markers) - len(items)
        question = self.tr("Remove the {count} selected items?").format(count=len(items))
        if inside > 0:
            question += " " + self.tr("The steps and milestones inside the selected phases go with them "
                                      "({count} more).").format(count=inside)
        answer = QMessageBox.question(self, self.tr("Remove items"), question + " " + self.tr("You can undo this."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.try_apply(self.tr("Remove {count} items").format(count=len(items)),
                          lambda p: tl.remove_items(p, items)):
            self.select("", "")

    # ------------------------------------------------------------ export

    def visible_range(self) -> tuple[_dt.date, _dt.date]:
        ctx = self.canvas.ctx
        if ctx is None:
            return tl.extent(self.document.plan)
        left = self.canvas.mapToScene(0, 0).x()
        right = self.canvas.mapToScene(self.canvas.viewport().width(), 0).x()
        return ctx.scale.day_at(left), ctx.scale.day_at(right)

    def export(self) -> None:
        from .export import TimelineExportDialog

        dialog = TimelineExportDialog(self, self.document.plan, self.visible_range(), self.canvas.today, self.warnings)
        path = dialog.run()
        if path is not None:
            self._hint(self.tr("Timeline exported: {path}").format(path=str(path)))
