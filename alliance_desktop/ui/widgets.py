"""Small widgets the views share."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from . import theme


class Panel(QFrame):
    """A white panel with a thin border and rounded corners, painted directly (no style sheet)."""

    RADIUS = 6

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setContentsMargins(1, 1, 1, 1)  # keep children inside the border

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(theme.BORDER), 1))
        painter.setBrush(QColor(theme.SURFACE))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), self.RADIUS, self.RADIUS)


class Card(Panel):
    """A panel with a small upper-case title."""

    def __init__(self, title: str, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 10, 16, 12)
        self.body.setSpacing(spacing)
        self.title = theme.card_title(QLabel(title))
        self.body.addWidget(self.title)
