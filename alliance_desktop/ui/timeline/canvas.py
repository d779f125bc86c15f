"""The Gantt canvas: the interactive QGraphicsView over a scene of phase bars, markers and the
service periods (the scene and its items: items.py; colours, sizes and symbols: paint.py).

It turns the mouse and keys into requests (select, drag, nudge, zoom). A drag is one edit: while
the button is down only the items move (a preview, the file is not touched); on release the canvas
emits `dragCommitted` once and the view applies one undoable edit.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFontMetricsF,
    QKeySequence,
    QPainter,
)
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from ...core import model as m
from ...core import timeline as tl
from .. import fmt
from .items import (
    Context,
    HeaderItem,
    PhaseItem,
    RowItem,
    TimelineScene,
    build_scene,
    scene_range,
    update_scene,
)
from .paint import scaled_font


@dataclass
class _Drag:
    item: RowItem
    mode: str  # move | start | end
    x0: float
    linked: bool
    group: bool = False  # the item is one of several selected: they all move
    days: int = 0
    followers: list = field(default_factory=list)


class TimelineCanvas(QGraphicsView):
    """The interactive Gantt chart. Emits requests; the TimelineView turns them into edits."""

    itemSelected = Signal(str, str)  # kind ("phase" | "marker" | ""), key: select only this item
    itemToggled = Signal(str, str)  # Ctrl+click: add the item to the selection or take it out
    currentChanged = Signal(str, str)  # an item of a multiple selection was pressed: it is the current one
    selectAllRequested = Signal()
    activated = Signal(str, str)  # double-click: edit this item in the inspector
    dragCommitted = Signal(str, str, str, int, bool)  # kind, key, mode (move|start|end), days, move linked
    nudgeRequested = Signal(str, str, int)  # kind, key, days
    deleteRequested = Signal()
    hint = Signal(str)
    zoomChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._scene = TimelineScene(self)
        self.setScene(self._scene)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setAccessibleName(QCoreApplication.translate("Timeline", "Timeline chart"))
        self.plan: m.Plan | None = None
        self.rows: tuple[tl.Row, ...] = ()
        self.warnings: dict[tuple[str, str], list[tl.TimelineWarning]] = {}
        self.read_only = False
        self.today: _dt.date | None = _dt.date.today()
        self.px_per_day = 1.5
        self.move_linked = False
        self.selected: tuple[str, str] | None = None
        self.marked: frozenset[tuple[str, str]] = frozenset()  # all selected items (set by the view)
        self.items: dict[tuple[str, str], RowItem] = {}
        self.ctx: Context | None = None
        self.header: HeaderItem | None = None
        self.auto_fit = "preparation"  # refit on resize until the user zooms: preparation | all | ""
        self._drag: _Drag | None = None
        # Dragging near the left or right edge scrolls the chart, so an item can go past the view.
        self._edge_timer = QTimer(self)
        self._edge_timer.setInterval(30)
        self._edge_timer.timeout.connect(self._edge_scroll)
        self._edge_step = 0
        self._drag_view_x = 0
        self.horizontalScrollBar().valueChanged.connect(self._scrolled)

    # --- content

    def set_plan(self, plan: m.Plan, rows: tuple[tl.Row, ...], warnings, read_only: bool) -> None:
        self._drag = None
        self.plan, self.rows, self.warnings, self.read_only = plan, rows, warnings, read_only
        ids = self._all_ids(plan)
        if self.selected and self.selected not in ids:
            self.selected = None
        self.marked = frozenset(i for i in self.marked if i in ids)
        if self.ctx is not None and update_scene(
                self._scene, self.ctx, self.items, plan, warnings, today=self.today, read_only=read_only,
                selected=self.selected, marked=self.marked, min_width=self.viewport().width()):
            self.rows = self._scene.rows
            return  # only the items whose records or warnings changed were replaced (issue 16)
        self._rebuild(keep=True)

    @staticmethod
    def _all_ids(plan: m.Plan) -> set[tuple[str, str]]:
        return {("phase", p.key) for p in plan.phases} | {("marker", x.key) for x in plan.markers}

    def _rebuild(self, keep: bool = True, anchor: tuple[float, float] | None = None) -> None:
        """Recreate the items at the current zoom; keep the scroll position (by date) or an anchor (day, vx)."""
        if self.plan is None:
            return
        bar = self.horizontalScrollBar()
        day_at_left = None
        if keep and self.ctx is not None:
            day_at_left = (bar.value() - self.ctx.scale.left) / self.ctx.scale.px_per_day
        vbar = self.verticalScrollBar().value()
        self._drag = None
        self.ctx, self.items, self.header = None, {}, None
        self.ctx, self.items, self.header = build_scene(
            self._scene, self.plan, self.px_per_day, today=self.today, warnings=self.warnings, rows=None,
            interactive=True, read_only=self.read_only, selected=self.selected, marked=self.marked, canvas=self,
            min_width=self.viewport().width())
        self.rows = self._scene.rows
        if anchor is not None:
            day, vx = anchor
            bar.setValue(round(day * self.px_per_day - vx))
        elif day_at_left is not None:
            bar.setValue(round(day_at_left * self.px_per_day))
        self.verticalScrollBar().setValue(vbar)
        self._scrolled()

    # --- scrolling keeps the scale in view

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._pin_header()

    def _pin_header(self) -> None:
        if self.header is not None:
            y = self.mapToScene(0, 0).y()
            self.header.setPos(0, max(0.0, y))

    def _scrolled(self, *_args) -> None:
        if self.ctx is not None:
            self.ctx.visible_left = self.mapToScene(0, 0).x()
            self.viewport().update()  # the header's and the long bars' names follow the left edge
        self._pin_header()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.plan is None:
            return
        if self.auto_fit == "preparation":
            self.fit_preparation(user=False)
        elif self.auto_fit == "all":
            self.fit_all(user=False)
        elif self.ctx is not None and self.ctx.width < self.viewport().width():
            self._rebuild()

    # --- zoom

    def set_zoom(self, px_per_day: float, anchor_vx: float | None = None, user: bool = True) -> None:
        if self.plan is None:
            return
        px_per_day = tl.clamp_zoom(px_per_day)
        if user:
            self.auto_fit = ""
        if anchor_vx is None:
            anchor_vx = self.viewport().width() / 2
        day = 0.0
        if self.ctx is not None:
            day = (self.mapToScene(int(anchor_vx), 0).x() - self.ctx.scale.left) / self.ctx.scale.px_per_day
        self.px_per_day = px_per_day
        self._rebuild(keep=False, anchor=(day, anchor_vx))
        self.zoomChanged.emit(px_per_day)

    def zoom_in(self, anchor_vx: float | None = None) -> None:
        self.set_zoom(tl.zoom_in(self.px_per_day), anchor_vx)

    def zoom_out(self, anchor_vx: float | None = None) -> None:
        self.set_zoom(tl.zoom_out(self.px_per_day), anchor_vx)

    def show_range(self, first: _dt.date, last: _dt.date, user: bool = True, label_room: bool = False) -> None:
        """Zoom and scroll so that first..last fills the width."""
        if self.plan is None:
            return
        start, _end = scene_range(self.plan, self.today)
        start = min(start, first)
        width = max(100.0, self.viewport().width() - 24)
        days = max(1, (last - start).days + 1)
        ppd = width / days
        if label_room:
            ppd = min(ppd, self._label_room_zoom(start, last, width))
        if user:
            self.auto_fit = ""
        self.px_per_day = tl.clamp_zoom(ppd)
        self._rebuild(keep=False)
        self.horizontalScrollBar().setValue(round((first - start).days * self.px_per_day) - 8)
        self.zoomChanged.emit(self.px_per_day)

    def _label_room_zoom(self, start: _dt.date, last: _dt.date, width: float) -> float:
        """The largest zoom at which the marker labels up to `last` still end inside `width`."""
        assert self.plan is not None
        font = scaled_font()
        fm = QFontMetricsF(font)
        best = float("inf")
        for x in self.plan.markers:
            if x.date and x.date <= last:
                text = f"{x.name} · {fmt.date_time(x.date, x.time, x.time_end)}"
                room = width - fm.horizontalAdvance(text) - 40
                days = (x.date - start).days + 1
                if room > width * 0.35 and days > 0:
                    best = min(best, room / days)
        return best

    def fit_all(self, user: bool = True) -> None:
        if self.plan is None:
            return
        first, last = scene_range(self.plan, self.today)
        if user:
            self.auto_fit = "all"
        self.show_range(first, last - 20 * tl.DAY, user=False)

    def fit_preparation(self, user: bool = True) -> None:
        if self.plan is None:
            return
        first, last = tl.preparation_range(self.plan, self.today)
        if user:
            self.auto_fit = "preparation"
        self.show_range((first - 12 * tl.DAY).replace(day=1), last, user=False, label_room=True)

    def show_today(self) -> None:
        if self.ctx is None or self.today is None:
            return
        x = self.ctx.scale.x(self.today)
        self.horizontalScrollBar().setValue(round(x - self.viewport().width() / 3))

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                factor = tl.ZOOM_STEP ** steps
                self.set_zoom(self.px_per_day * factor, event.position().x())
            event.accept()
            return
        super().wheelEvent(event)

    # --- selection

    def select(self, kind: str, key: str, ensure_visible: bool = True) -> None:
        """Select only this item (kind "" selects nothing)."""
        ident = (kind, key) if kind else None
        self.set_selection(ident, frozenset({ident}) if ident else frozenset(), ensure_visible)

    def set_selection(self, current: tuple[str, str] | None, marked: frozenset[tuple[str, str]],
                      ensure_visible: bool = True) -> None:
        """The current item (the inspector's) and every selected item, which drags and keys move together."""
        marked = marked | {current} if current else marked
        if current == self.selected and marked == self.marked:
            return
        changed = {self.selected, current} | (self.marked ^ marked)
        self.selected, self.marked = current, marked
        if self.ctx is not None:
            self.ctx.selected, self.ctx.marked = current, marked
        for ident in changed:
            item = self.items.get(ident) if ident else None
            if item is not None:
                item.update()
        self._update_bands()
        item = self.items.get(current) if current else None
        if item is not None and ensure_visible:
            self.ensureVisible(item.boundingRect(), 40, 20)

    def _update_bands(self) -> None:
        self._scene.invalidate(self._scene.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)

    # --- dragging (called by the items)

    def press_item(self, item: RowItem, mode: str, scene_x: float, modifiers) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            self.itemToggled.emit(item.kind, item.key)  # no drag: Ctrl+click only selects
            return
        mode = mode if item.kind == "phase" else "move"
        group = mode == "move" and item.ident in self.marked and len(self.marked) > 1 and not self.read_only
        if group:  # the selection stays, so that the drag moves all of it
            self.set_selection(item.ident, self.marked, ensure_visible=False)
            self.currentChanged.emit(item.kind, item.key)
        else:
            self.select(item.kind, item.key, ensure_visible=False)
            self.itemSelected.emit(item.kind, item.key)
        if self.read_only:
            return
        linked = self.move_linked or bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        drag = _Drag(item, mode, scene_x, linked, group)
        if drag.mode == "move" and self.plan is not None:
            phases, markers = tl.moving_together(self.plan, self.marked if group else [item.ident], linked)
            drag.followers = [self.items[i] for i in [("phase", k) for k in phases] + [("marker", k) for k in markers]
                              if i in self.items and i != item.ident]
        self._drag = drag
        item.setCursor(Qt.CursorShape.ClosedHandCursor if drag.mode == "move" else Qt.CursorShape.SizeHorCursor)

    EDGE = 40  # px from the view's side where a drag starts scrolling

    def drag_to(self, scene_x: float) -> None:
        drag = self._drag
        if drag is None or self.ctx is None:
            return
        self._drag_view_x = self.mapFromScene(QPointF(scene_x, 0)).x()
        width = self.viewport().width()
        if self._drag_view_x < self.EDGE:
            self._edge_step = -max(2, (self.EDGE - self._drag_view_x) // 2)
        elif self._drag_view_x > width - self.EDGE:
            self._edge_step = max(2, (self._drag_view_x - width + self.EDGE) // 2)
        else:
            self._edge_step = 0
        if self._edge_step and not self._edge_timer.isActive():
            self._edge_timer.start()
        elif not self._edge_step:
            self._edge_timer.stop()
        self._drag_days(scene_x)

    def _edge_scroll(self) -> None:
        """A timer tick while the pointer rests near an edge: scroll, and the dragged item follows."""
        bar = self.horizontalScrollBar()
        value = min(bar.maximum(), max(bar.minimum(), bar.value() + self._edge_step))
        if self._drag is None or value == bar.value():  # dropped, or at the end of the chart
            self._edge_timer.stop()
            return
        bar.setValue(value)
        self._drag_days(self.mapToScene(int(self._drag_view_x), 0).x())

    def _drag_days(self, scene_x: float) -> None:
        drag = self._drag
        if drag is None or self.ctx is None:
            return
        days = self.ctx.scale.days(scene_x - drag.x0)
        item = drag.item
        if isinstance(item, PhaseItem):
            span = (item.phase.end - item.phase.start).days
            if drag.mode == "start":
                days = min(days, span)
            elif drag.mode == "end":
                days = max(days, -span)
        if days == drag.days:
            return
        drag.days = days
        self._preview(drag)
        self.hint.emit(self._drag_text(drag))

    def _preview(self, drag: _Drag) -> None:
        item, days = drag.item, drag.days
        dx = days * self.px_per_day
        if isinstance(item, PhaseItem) and drag.mode in ("start", "end"):
            start, end = item.phase.start, item.phase.end
            if drag.mode == "start":
                start = start + days * tl.DAY
            else:
                end = end + days * tl.DAY
            item.set_dates(start, end)
        else:
            item.setPos(dx, 0)
            for follower in drag.followers:
                follower.setPos(dx, 0)

    def _drag_text(self, drag: _Drag) -> str:
        item, days = drag.item, drag.days
        if isinstance(item, PhaseItem):
            start, end = item.phase.start, item.phase.end
            if drag.mode in ("move", "start"):
                start = start + days * tl.DAY
            if drag.mode in ("move", "end"):
                end = end + days * tl.DAY
            when = f"{fmt.date(start)}–{fmt.date(end)}"
        else:
            x = item.marker
            when = fmt.date_time(x.date + days * tl.DAY, x.time, x.time_end)
        text = QCoreApplication.translate("Timeline", "{name}: {when} ({days} days)").format(
            name=item.phase.name if isinstance(item, PhaseItem) else item.marker.name, when=when, days=f"{days:+d}")
        if drag.group:
            text += " · " + QCoreApplication.translate("Timeline", "{count} items move together").format(
                count=len(drag.followers) + 1)
        elif drag.followers:
            text += " · " + QCoreApplication.translate("Timeline", "{count} linked items move along").format(
                count=len(drag.followers))
        return text

    def release(self) -> None:
        self._edge_timer.stop()
        drag, self._drag = self._drag, None
        if drag is None:
            return
        drag.item.setCursor(Qt.CursorShape.OpenHandCursor)
        if drag.days:
            self.dragCommitted.emit(drag.item.kind, drag.item.key, drag.mode, drag.days, drag.linked)
        elif drag.group:  # a click, not a drag, on one of several selected items: select only it
            self.select(drag.item.kind, drag.item.key, ensure_visible=False)
            self.itemSelected.emit(drag.item.kind, drag.item.key)

    def cancel_drag(self) -> None:
        self._edge_timer.stop()
        if self._drag is not None:
            self._drag.days = 0
            self._preview(self._drag)
            self._drag = None
            self.hint.emit(QCoreApplication.translate("Timeline", "Drag cancelled."))

    @property
    def dragging(self) -> bool:
        return self._drag is not None

    # --- keys

    def keyPressEvent(self, event) -> None:
        key = event.key()
        mods = event.modifiers()
        if key == Qt.Key.Key_Escape and self._drag is not None:
            self.cancel_drag()
            return
        if key == Qt.Key.Key_Escape and self.selected and len(self.marked) > 1:
            self.select(*self.selected)  # keep only the current item
            self.itemSelected.emit(*self.selected)
            return
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self.selectAllRequested.emit()
            return
        if self.selected and not self.read_only and key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and \
                not mods & Qt.KeyboardModifier.ControlModifier:
            step = 7 if mods & Qt.KeyboardModifier.ShiftModifier else 1
            self.nudgeRequested.emit(self.selected[0], self.selected[1], step if key == Qt.Key.Key_Right else -step)
            return
        if self.selected and key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not mods:
            self._step_selection(-1 if key == Qt.Key.Key_Up else 1)
            return
        if self.selected and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit(*self.selected)
            return
        if self.selected and not self.read_only and key == Qt.Key.Key_Delete:
            self.deleteRequested.emit()
            return
        super().keyPressEvent(event)

    def _step_selection(self, direction: int) -> None:
        order = [("marker" if r.kind == "marker" else "phase", r.key) for r in self.rows if r.kind != "periods"]
        order = [i for i in order if i in self.items]
        if not order:
            return
        i = order.index(self.selected) if self.selected in order else -1
        i = max(0, min(len(order) - 1, i + direction))
        self.select(*order[i])
        self.itemSelected.emit(*order[i])
