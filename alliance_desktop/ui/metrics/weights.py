"""Weights per period: a stacked bar that must make 100 %, for one period or for every period."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...core.metrics_edits import HUNDRED, weight_problem
from .. import theme
from .common import scaled_font, series_colours, weight_text

ZERO = Decimal(0)


def bar_segments(parts: list[tuple[str, Decimal]], width: float) -> list[tuple[float, float, int]]:
    """(x, width, index) of each weight on a bar `width` wide; the scale is 100 % or the total if larger."""
    total = sum((w for _n, w in parts), ZERO)
    scale = max(total, HUNDRED)
    x = 0.0
    out = []
    for i, (_name, w) in enumerate(parts):
        seg = float(w / scale) * width if scale else 0.0
        out.append((x, seg, i))
        x += seg
    return out


def paint_bar(p: QPainter, rect: QRectF, parts: list[tuple[str, Decimal]], colours: list[QColor]) -> None:
    """The stacked bar, a track for the missing part, and a mark at 100 %."""
    total = sum((w for _n, w in parts), ZERO)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(theme.BACKGROUND))
    p.drawRoundedRect(rect, 3, 3)
    segments = bar_segments(parts, rect.width())
    separate = all(w >= 4 for _x, w, _i in segments)  # thin slices of a big plan blur into one colour
    for x, w, i in segments:
        p.setBrush(colours[i % len(colours)])
        p.drawRect(QRectF(rect.left() + x, rect.top(), w, rect.height()))
        if separate:
            p.setPen(QPen(QColor(theme.SURFACE), 1))
            p.drawLine(QPointF(rect.left() + x + w, rect.top()), QPointF(rect.left() + x + w, rect.bottom()))
            p.setPen(Qt.PenStyle.NoPen)
    scale = max(total, HUNDRED)
    mark = rect.left() + float(HUNDRED / scale) * rect.width()
    p.setPen(QPen(QColor(theme.TEXT if total == HUNDRED else theme.BAD), 2))
    p.drawLine(QPointF(mark, rect.top() - 4), QPointF(mark, rect.bottom() + 4))
    p.setPen(QPen(QColor(theme.GOOD if total == HUNDRED else theme.BAD), 1.5))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRoundedRect(rect, 3, 3)


class WeightsBar(QWidget):
    """One period's weights: stacked bar, the total in words, and a clear warning when not 100 %."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.parts: list[tuple[str, Decimal]] = []
        self.problem: str | None = None
        self.setMinimumHeight(86)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Weights of the period"))

    def set_parts(self, parts: list[tuple[str, Decimal]], period_name: str) -> None:
        self.parts = parts
        self.problem = weight_problem(self.total, period_name)
        self.setAccessibleDescription(self.summary())
        self.update()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:  # built when asked: a big plan has hundreds of weights
            lines = [f"{name}: {weight_text(w)}" for name, w in self.parts[:40]]
            if len(self.parts) > 40:
                lines.append("…")
            QToolTip.showText(event.globalPos(), "\n".join([self.summary(), *lines]), self)
            return True
        return super().event(event)

    @property
    def total(self) -> Decimal:
        return sum((w for _n, w in self.parts), ZERO)

    def summary(self) -> str:
        return self.tr("Weights add up to {total}").format(total=weight_text(self.total)) + (
            "" if self.problem is None else " – " + self.problem)

    def sizeHint(self) -> QSize:
        return QSize(320, 86)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w = self.width()
        ok = self.problem is None
        p.setFont(scaled_font(2.2, True))
        p.setPen(QColor(theme.GOOD if ok else theme.BAD))
        fm = p.fontMetrics()
        total = weight_text(self.total)
        p.drawText(0, fm.ascent(), total)
        sub = (self.tr("✓ Weights make 100 %") if ok else self.tr("⚠ Must make 100 %"))
        p.setFont(scaled_font(1.0, True))
        sub_x = fm.horizontalAdvance(total) + 12
        sub_fm = p.fontMetrics()
        if sub_fm.horizontalAdvance(sub) > w - sub_x:  # narrow (a small screen, large text): the sign alone,
            sub = sub.split(" ", 1)[0]  # never a cut word; the words are in the tooltip and the line below
        p.drawText(int(sub_x), int(fm.ascent()), sub)
        bar = QRectF(1, fm.height() + 10, w - 2, 22)
        paint_bar(p, bar, self.parts, series_colours())
        p.end()


class WeightsOverview(QWidget):
    """Every period's weights, one row each: name, stacked bar, total, and the warning in words."""

    periodClicked = Signal(str)
    ROW = 40

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[tuple[str, str, list[tuple[str, Decimal]], str | None]] = []
        self.current = ""
        self.setAccessibleName(self.tr("Weights per service period"))
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[tuple[str, str, list[tuple[str, Decimal]]]], current: str) -> None:
        """rows: (period key, period name, [(metric name, weight)])."""
        self.rows = [(k, n, parts, weight_problem(sum((w for _m, w in parts), ZERO), n)) for k, n, parts in rows]
        self.current = current
        self.setFixedHeight(max(1, len(self.rows)) * self.ROW + 4)
        problems = [r[3] for r in self.rows if r[3]]
        self.setAccessibleDescription(" ".join(problems) if problems else self.tr("Every period's weights make 100 %."))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, max(1, len(self.rows)) * self.ROW + 4)

    def short_problem(self, total: Decimal) -> str:
        if total == 0:
            return self.tr("⚠ No weights: the score is 0")
        if total < HUNDRED:
            return self.tr("⚠ {amount} short of 100 %").format(amount=weight_text(HUNDRED - total))
        return self.tr("⚠ {amount} over 100 %").format(amount=weight_text(total - HUNDRED))

    def _row_at(self, y: float) -> int:
        i = int(y // self.ROW)
        return i if 0 <= i < len(self.rows) else -1

    def mousePressEvent(self, event) -> None:
        i = self._row_at(event.position().y())
        if i >= 0:
            self.periodClicked.emit(self.rows[i][0])

    def mouseMoveEvent(self, event) -> None:
        i = self._row_at(event.position().y())
        if i >= 0:
            _k, name, parts, problem = self.rows[i]
            lines = [name] + [f"{n}: {weight_text(w)}" for n, w in parts] + ([problem] if problem else [])
            QToolTip.showText(event.globalPosition().toPoint(), "\n".join(lines), self)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = series_colours()
        w = self.width()
        name_w = min(260, int(w * 0.3))
        total_w = 70
        font = scaled_font(1.0)
        bold = scaled_font(1.0, True)
        for i, (key, name, parts, problem) in enumerate(self.rows):
            top = i * self.ROW + 2
            if key == self.current:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(theme.ACCENT_LIGHT))
                p.drawRoundedRect(QRectF(0, top, w, self.ROW - 2), 4, 4)
            p.setFont(bold if key == self.current else font)
            p.setPen(QColor(theme.TEXT))
            fm = p.fontMetrics()
            p.drawText(QRectF(6, top, name_w - 12, self.ROW - 2), Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(name, Qt.TextElideMode.ElideRight, name_w - 12))
            bar_w = max(40, int((w - name_w - total_w - 16) * 0.6))
            paint_bar(p, QRectF(name_w, top + 11, bar_w, 16), parts, colours)
            total = sum((x for _n, x in parts), ZERO)
            p.setFont(bold)
            p.setPen(QColor(theme.GOOD if problem is None else theme.BAD))
            p.drawText(QRectF(name_w + bar_w + 8, top, total_w, self.ROW - 2), Qt.AlignmentFlag.AlignVCenter,
                       weight_text(total))
            if problem:
                p.setFont(font)
                left = name_w + bar_w + 8 + total_w
                rect = QRectF(left, top, w - left - 4, self.ROW - 2)
                p.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, self.short_problem(total))
        if not self.rows:
            p.setPen(QColor(theme.MUTED))
            p.setFont(font)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No service periods yet."))
        p.end()
