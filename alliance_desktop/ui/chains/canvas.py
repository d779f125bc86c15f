"""The chain canvas: step cards in rows with arrows, selection by mouse and keyboard, drag to reorder.

A QAbstractScrollArea painting its viewport directly: the layout (core.chains) is recomputed only when
the chain, the width or the zoom changes, hit tests are arithmetic, and a frame paints only the rows
that show, so a 200-step chain stays smooth. The canvas never edits the plan itself: it emits what the
user asked for (move, delete, insert, edit) and the view turns that into an undoable edit.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QFrame, QMenu, QToolTip

from ...core import chains as cc
from .. import theme
from .paint import METRICS, CardText, ChainPainter, HeaderText, PaintState

MIN_ZOOM, MAX_ZOOM = 0.5, 2.0


class ChainCanvas(QAbstractScrollArea):
    selectionChanged = Signal(str)  # step key, "" for none
    moveRequested = Signal(str, int)  # step key, new index
    deleteRequested = Signal(str)
    duplicateRequested = Signal(str)
    insertRequested = Signal(int)  # index for a new step
    editRequested = Signal(str)  # Enter / double-click: edit the step in the inspector
    zoomChanged = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Service chain"))
        self.setAccessibleDescription(self.tr("Steps of the chain in order. Arrow keys move the selection, "
                                              "Enter edits, Delete removes, Ctrl+arrows move the step."))
        self.viewport().setMouseTracking(True)
        self.viewport().setAutoFillBackground(True)
        pal = self.viewport().palette()
        pal.setColor(self.viewport().backgroundRole(), theme.colour(theme.SURFACE))
        self.viewport().setPalette(pal)
        self.painter = ChainPainter()
        self.cards: tuple[CardText, ...] = ()
        self.header: HeaderText | None = None
        self.zoom = 1.0
        self.read_only = False
        self.selected = -1
        self.layout_ = cc.chain_layout(0, 1, METRICS)
        self._laid_out_width = 0.0
        self._press: tuple[int, QPointF] | None = None  # card pressed and where (layout units)
        self._grab = QPointF()  # pointer offset inside the dragged card
        self.drag_index = -1
        self.drag_pos = QPointF()
        self._drop = -1
        self._autoscroll = QTimer(self)
        self._autoscroll.setInterval(30)
        self._autoscroll.timeout.connect(self._autoscroll_step)
        self._last_pos = QPointF()
        self.verticalScrollBar().setSingleStep(24)

    # ------------------------------------------------------------ content

    def set_content(self, cards: tuple[CardText, ...], header: HeaderText | None, selected_key: str = "") -> None:
        self.cards = cards
        self.header = header
        self._cancel_drag()
        keys = [c.key for c in cards]
        self.selected = keys.index(selected_key) if selected_key in keys else (-1 if not cards else
                                                                              min(max(self.selected, 0), len(cards) - 1))
        self.relayout()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._cancel_drag()

    def selected_key(self) -> str:
        return self.cards[self.selected].key if 0 <= self.selected < len(self.cards) else ""

    def _logical_width(self) -> float:
        """The width the layout may use, in layout units (room for the vertical scroll bar is always kept)."""
        width = self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
        return max(1.0, width / self.scale)

    def columns(self) -> int:
        return cc.columns_for_width(self._logical_width(), METRICS)

    def relayout(self) -> None:
        width = self._logical_width()
        metrics = dataclasses.replace(METRICS, top=self.painter.header_height(self.header, width))
        self.layout_ = cc.chain_layout(len(self.cards), cc.columns_for_width(width, metrics), metrics)
        self._laid_out_width = width
        self._update_scrollbars()
        self.viewport().update()

    def _content_size(self) -> tuple[float, float]:
        width = self.layout_.width
        if self.header is not None:  # the title wraps on screen (pictures are as wide as it, header_width)
            width = max(width, self.painter.header_least_width(self.header))
        return width * self.scale, self.layout_.height * self.scale

    def least_width(self) -> int:
        """The canvas's width in pixels that shows the header's totals whole (no sideways scrolling)."""
        if self.header is None:
            return 0
        return round(self.painter.header_least_width(self.header) * self.scale + 2 * self.frameWidth()
                     + self.verticalScrollBar().sizeHint().width()) + 1

    def _update_scrollbars(self) -> None:
        w, h = self._content_size()
        vw, vh = self.viewport().width(), self.viewport().height()
        vbar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
        vbar.setRange(0, max(0, int(h - vh)))
        vbar.setPageStep(vh)
        hbar.setRange(0, max(0, int(w - vw)))
        hbar.setPageStep(vw)

    @property
    def scale(self) -> float:
        """Layout units to pixels: the user's zoom at the screen's text size (130 % text: larger cards)."""
        return self.zoom * theme.text_scale()

    def set_zoom(self, zoom: float) -> None:
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, round(zoom, 2)))
        if zoom != self.zoom:
            self.zoom = zoom
            self.relayout()
            self.ensure_visible(self.selected)
            self.zoomChanged.emit(zoom)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if abs(self._logical_width() - self._laid_out_width) > 0.5:
            self.relayout()
        else:
            self._update_scrollbars()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    # ------------------------------------------------------------ coordinates

    def to_layout(self, pos) -> QPointF:
        """Viewport pixels -> layout units."""
        return QPointF((pos.x() + self.horizontalScrollBar().value()) / self.scale,
                       (pos.y() + self.verticalScrollBar().value()) / self.scale)

    def card_rect(self, index: int) -> QRectF:
        """Where card `index` is in viewport pixels (for tests and tooltips)."""
        box = self.layout_.cards[index]
        return QRectF(box.x * self.scale - self.horizontalScrollBar().value(),
                      box.y * self.scale - self.verticalScrollBar().value(), box.w * self.scale, box.h * self.scale)

    def ensure_visible(self, index: int) -> None:
        if not 0 <= index < self.layout_.count:
            return
        rect = self.card_rect(index).adjusted(-12, -12, 12, 12)
        vbar = self.verticalScrollBar()
        if rect.top() < 0:
            vbar.setValue(vbar.value() + int(rect.top()))
        elif rect.bottom() > self.viewport().height():
            vbar.setValue(vbar.value() + int(rect.bottom() - self.viewport().height()) + 1)
        hbar = self.horizontalScrollBar()
        if rect.left() < 0:
            hbar.setValue(hbar.value() + int(rect.left()))
        elif rect.right() > self.viewport().width():
            hbar.setValue(hbar.value() + int(rect.right() - self.viewport().width()) + 1)

    # ------------------------------------------------------------ painting

    def paintEvent(self, event) -> None:
        p = QPainter(self.viewport())
        sx, sy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        p.translate(-sx, -sy)
        p.scale(self.scale, self.scale)
        r = event.rect()
        clip = QRectF((r.x() + sx) / self.scale, (r.y() + sy) / self.scale, r.width() / self.scale,
                      r.height() / self.scale)
        state = PaintState(selected=self.selected, focused=self.hasFocus(), drag_index=self.drag_index)
        if self.drag_index >= 0:
            state.drag_offset = self.drag_pos
            if self._drop >= 0:
                state.marker = cc.drop_marker(self.layout_, self._last_pos.x(), self._last_pos.y())
        width = max(self.layout_.width, self.viewport().width() / self.scale)
        self.painter.paint(p, self.layout_, self.cards, self.header, state, clip, width,
                           cache_scale=self.scale * self.viewport().devicePixelRatioF())
        if not self.cards:
            p.setPen(theme.colour(theme.MUTED))
            p.setFont(self.painter.totals_font)
            p.drawText(QRectF(METRICS.margin, self.layout_.metrics.top + METRICS.margin, 600, 60),
                       Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                       self.tr("No steps yet. Add the first step with “Add step”."))
        p.end()

    # ------------------------------------------------------------ selection

    def select(self, index: int, notify: bool = True) -> None:
        if not self.cards:
            index = -1
        else:
            index = min(max(index, 0), len(self.cards) - 1)
        changed = index != self.selected
        old = self.selected
        self.selected = index
        self.ensure_visible(index)
        if changed:
            self._update_card(old)
            self._update_card(index)
            if notify:
                self.selectionChanged.emit(self.selected_key())

    def _update_card(self, index: int) -> None:
        if 0 <= index < self.layout_.count:
            self.viewport().update(self.card_rect(index).adjusted(-8, -8, 8, 8).toAlignedRect())

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self._update_card(self.selected)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self._update_card(self.selected)

    # ------------------------------------------------------------ keyboard

    def keyPressEvent(self, event) -> None:
        key = event.key()
        mods = event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        directions = {Qt.Key.Key_Left: "left", Qt.Key.Key_Right: "right", Qt.Key.Key_Up: "up",
                      Qt.Key.Key_Down: "down", Qt.Key.Key_Home: "home", Qt.Key.Key_End: "end"}
        if key in directions and ctrl and not self.read_only and self.selected >= 0:
            target = cc.neighbour(self.layout_, self.selected, directions[key])
            if target != self.selected:
                self.moveRequested.emit(self.selected_key(), target)
            event.accept()
            return
        if key in directions and not ctrl:
            self.select(cc.neighbour(self.layout_, self.selected, directions[key]))
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and self.selected >= 0:
            self.editRequested.emit(self.selected_key())
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Delete) or key == Qt.Key.Key_Backspace:
            if not self.read_only and self.selected >= 0:
                self.deleteRequested.emit(self.selected_key())
            event.accept()
            return
        if key == Qt.Key.Key_Insert and not self.read_only:
            self.insertRequested.emit(self.selected + 1 if self.selected >= 0 else len(self.cards))
            event.accept()
            return
        if key == Qt.Key.Key_D and ctrl and not self.read_only and self.selected >= 0:
            self.duplicateRequested.emit(self.selected_key())
            event.accept()
            return
        if key == Qt.Key.Key_Escape and self.drag_index >= 0:
            self._cancel_drag()
            event.accept()
            return
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_zoom(self.zoom + 0.1)
            event.accept()
            return
        if ctrl and key == Qt.Key.Key_Minus:
            self.set_zoom(self.zoom - 0.1)
            event.accept()
            return
        if ctrl and key == Qt.Key.Key_0:
            self.set_zoom(1.0)
            event.accept()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------ mouse

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom * (1.1 ** steps))
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = self.to_layout(event.position())
        index = cc.card_at(self.layout_, pos.x(), pos.y())
        if event.button() == Qt.MouseButton.LeftButton:
            if index >= 0:
                self.select(index)
                self._press = (index, pos)
            event.accept()
            return
        if event.button() == Qt.MouseButton.RightButton:
            if index >= 0:
                self.select(index)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        pos = self.to_layout(event.position())
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton and not self.read_only:
            index, start = self._press
            if self.drag_index < 0:
                distance = (pos - start).manhattanLength() * self.scale
                if distance < QApplication.startDragDistance():
                    return
                self.drag_index = index
                box = self.layout_.cards[index]
                self._grab = QPointF(start.x() - box.x, start.y() - box.y)
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
                self._autoscroll.start()
            self._drag_to(pos)
            self._last_view_pos = event.position()
            event.accept()
            return
        if self.drag_index < 0:
            index = cc.card_at(self.layout_, pos.x(), pos.y())
            cursor = Qt.CursorShape.OpenHandCursor if index >= 0 and not self.read_only else Qt.CursorShape.ArrowCursor
            if self.viewport().cursor().shape() != cursor:
                self.viewport().setCursor(cursor)
        super().mouseMoveEvent(event)

    def _drag_to(self, pos: QPointF) -> None:
        """Move the dragged card to `pos` (layout units); repaint only what changed."""
        old_card = self._drag_card_rect()
        old_marker = self._marker_rect()
        self._last_pos = pos
        self.drag_pos = QPointF(pos.x() - self._grab.x(), pos.y() - self._grab.y())
        self._drop = cc.drop_index(self.layout_, pos.x(), pos.y())
        region = old_card.united(self._drag_card_rect()).united(old_marker).united(self._marker_rect())
        self.viewport().update(region.toAlignedRect())

    def _drag_card_rect(self) -> QRectF:
        if self.drag_index < 0:
            return QRectF()
        x = self.drag_pos.x() * self.scale - self.horizontalScrollBar().value()
        y = self.drag_pos.y() * self.scale - self.verticalScrollBar().value()
        return QRectF(x - 8, y - 8, (METRICS.card_width + 20) * self.scale, (METRICS.card_height + 22) * self.scale)

    def _marker_rect(self) -> QRectF:
        if self.drag_index < 0 or self._drop < 0:
            return QRectF()
        x, top, bottom = cc.drop_marker(self.layout_, self._last_pos.x(), self._last_pos.y())
        sx, sy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        return QRectF(x * self.scale - sx - 6, (top - 10) * self.scale - sy, 12, (bottom - top + 20) * self.scale)

    def _autoscroll_step(self) -> None:
        if self.drag_index < 0:
            self._autoscroll.stop()
            return
        pos = getattr(self, "_last_view_pos", None)
        if pos is None:
            return
        edge = 36
        vbar = self.verticalScrollBar()
        delta = 0
        if pos.y() < edge:
            delta = -int((edge - pos.y()) / 2) - 2
        elif pos.y() > self.viewport().height() - edge:
            delta = int((pos.y() - self.viewport().height() + edge) / 2) + 2
        if delta and vbar.minimum() <= vbar.value() + delta <= vbar.maximum():
            vbar.setValue(vbar.value() + delta)
            self._drag_to(self.to_layout(pos))

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.drag_index >= 0:
            index, target = self.drag_index, self._drop
            key = self.cards[index].key
            self._cancel_drag()
            if target >= 0 and target not in (index, index + 1):
                self.moveRequested.emit(key, target if target < index else target - 1)
            event.accept()
            return
        self._press = None
        super().mouseReleaseEvent(event)

    def _cancel_drag(self) -> None:
        was = self.drag_index >= 0
        self._press = None
        self.drag_index = -1
        self._drop = -1
        self._autoscroll.stop()
        if was:
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            self.viewport().update()

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = self.to_layout(event.position())
        index = cc.card_at(self.layout_, pos.x(), pos.y())
        if index >= 0:
            self.editRequested.emit(self.cards[index].key)
        elif not self.read_only and pos.y() > self.layout_.metrics.top:
            self.insertRequested.emit(cc.drop_index(self.layout_, pos.x(), pos.y()))
        event.accept()

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = self.to_layout(event.pos())
            index = cc.card_at(self.layout_, pos.x(), pos.y())
            if 0 <= index < len(self.cards):
                c = self.cards[index]
                lines = [c.name, f"{c.provider} · {cc.provider_kind_title(c.kind)}", c.detail, c.cost]
                if c.badge:
                    lines.append(c.badge)
                QToolTip.showText(event.globalPos(), "\n".join(lines), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event) -> None:
        pos = self.to_layout(event.pos())
        index = cc.card_at(self.layout_, pos.x(), pos.y())
        menu = QMenu(self)
        if index >= 0:
            key = self.cards[index].key
            menu.addAction(self.tr("Edit step"), lambda: self.editRequested.emit(key))
            menu.addSeparator()
            for text, slot in ((self.tr("Insert step before"), lambda: self.insertRequested.emit(index)),
                               (self.tr("Insert step after"), lambda: self.insertRequested.emit(index + 1)),
                               (self.tr("Duplicate step"), lambda: self.duplicateRequested.emit(key)),
                               (self.tr("Delete step"), lambda: self.deleteRequested.emit(key))):
                action = menu.addAction(text, slot)
                action.setEnabled(not self.read_only)
        else:
            where = cc.drop_index(self.layout_, pos.x(), pos.y()) if pos.y() > self.layout_.metrics.top else len(self.cards)
            action = menu.addAction(self.tr("Add step here"), lambda: self.insertRequested.emit(where))
            action.setEnabled(not self.read_only)
        menu.exec(event.globalPos())
