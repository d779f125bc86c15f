"""Colours, fonts and spacing in one place, so views never hard-code them."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

# A calm blue-grey palette that reads well on a projector.
ACCENT = "#1f5f8b"
ACCENT_LIGHT = "#dbe9f4"
SIDEBAR = "#17324a"
SIDEBAR_TEXT = "#e8f0f7"
SURFACE = "#ffffff"
BACKGROUND = "#f3f5f7"
TEXT = "#1b2733"
MUTED = "#5c6b7a"
BORDER = "#d5dce3"
GOOD = "#2e7d32"
WARN = "#b26a00"
BAD = "#c62828"
BANNER = "#fff4d6"

# Party roles and providers share one colour scheme across views and reports.
ROLE_COLOURS = {
    "buyer": "#1f5f8b",
    "producer": "#2e7d6b",
    "subcontractor": "#8a5a9e",
    "support_service": "#c07a2c",
    "association": "#6b7b8c",
    "staff": "#b0473f",
}

BASE_POINT_SIZE = 10
SPACING = 12


def colour(name: str) -> QColor:
    return QColor(name)


def scaled_font(factor: float = 1.0, bold: bool = False) -> QFont:
    """The application font at `factor` times the base size (presentation mode scales the base)."""
    f = QFont(QApplication.font())
    f.setPointSizeF(BASE_POINT_SIZE * factor)
    f.setBold(bold)
    return f


def heading_font(scale: float = 1.6) -> QFont:
    return scaled_font(scale, bold=True)


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE)
    app.setFont(font)
    pal = QPalette()
    pal.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
    pal.setColor(QPalette.ColorRole.Base, QColor(SURFACE))
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f9fb"))
    pal.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.Button, QColor("#e9edf1"))
    pal.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    pal.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffe8"))
    pal.setColor(QPalette.ColorRole.ToolTipText, QColor(TEXT))
    pal.setColor(QPalette.ColorRole.PlaceholderText, QColor(MUTED))
    app.setPalette(pal)
    app.setStyleSheet(STYLE_SHEET)


STYLE_SHEET = f"""
QListWidget#navigation {{
    background: {SIDEBAR}; color: {SIDEBAR_TEXT}; border: none; font-size: 12pt; padding-top: 8px;
}}
QListWidget#navigation::item {{ padding: 10px 14px; border-left: 4px solid transparent; }}
QListWidget#navigation::item:selected {{ background: #24496a; border-left: 4px solid #7fb8e6; color: white; }}
QLabel#banner {{ background: {BANNER}; color: {TEXT}; padding: 6px 12px; border-bottom: 1px solid {BORDER}; }}
QFrame#card {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 6px; }}
QLabel#cardTitle {{ color: {MUTED}; font-size: 9pt; font-weight: bold; text-transform: uppercase; }}
QLabel#bigNumber {{ color: {ACCENT}; font-size: 20pt; font-weight: bold; }}
QLabel#muted {{ color: {MUTED}; }}
QLabel#errorText {{ color: {BAD}; }}
QLabel#viewTitle {{ font-size: 18pt; font-weight: bold; color: {TEXT}; }}
QFrame#card QPushButton {{ padding: 8px 14px; text-align: left; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border-radius: 4px; padding: 8px 16px; font-weight: bold; }}
QPushButton#primary:hover {{ background: #2a75a8; }}
"""
