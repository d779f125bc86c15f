"""Small widgets the views share."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class Card(QFrame):
    """A white panel with a small upper-case title (styled by the theme's QFrame#card)."""

    def __init__(self, title: str, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self.setObjectName("card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 10, 16, 12)
        self.body.setSpacing(spacing)
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.body.addWidget(self.title)
