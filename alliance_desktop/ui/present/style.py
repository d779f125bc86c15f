"""Sizes for a slide: type and spacing chosen from the screen's logical size, and the fit checks.

A slide is laid out for the size it is shown at (the full screen of the display it is on, or the
`--size` of a screenshot). `SlideStyle.u` is 1.0 at 1280 x 720 logical pixels and grows with the
smaller of the two ratios (1.5 at 1920 x 1080), so the same slide reads the same from the back of the
room on a laptop at 150 % and on a meeting-room TV. Fonts are set in pixels (`font`), so they do not
depend on the app's text size (View > Text size) or the display's DPI.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from .. import theme

REFERENCE = (1280, 720)


class SlideStyle:
    """Type sizes (pixels at 1280 x 720, scaled by `u`) and the room a slide has."""

    TITLE = 34
    HEADING = 24
    BODY = 21
    SMALL = 17
    BIG = 40
    PICTURE = 1.45  # the views' drawn pictures (their text is ~13 px) are scaled by this times u

    def __init__(self, width: int, height: int):
        self.width, self.height = width, height
        self.u = max(0.5, min(width / REFERENCE[0], height / REFERENCE[1]))
        self.margin = self.px(30)
        self.gap = self.px(16)

    def px(self, size: float) -> int:
        return max(1, round(size * self.u))

    def font(self, size: float, bold: bool = False) -> QFont:
        f = QFont(QApplication.font())
        f.setPixelSize(self.px(size))
        f.setBold(bold)
        return f

    @property
    def picture_scale(self) -> float:
        return self.PICTURE * self.u


def label(text: str, font: QFont, colour: str | None = None, wrap: bool = False, parent: QWidget | None = None
          ) -> QLabel:
    """A label in a slide's type; `colour` a theme token's value (theme.TEXT when None)."""
    lab = QLabel(text, parent)
    lab.setFont(font)
    lab.setWordWrap(wrap)
    set_text_colour(lab, colour or theme.TEXT)
    return lab


def set_text_colour(widget: QWidget, colour: str) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    palette.setColor(QPalette.ColorRole.Text, QColor(colour))
    widget.setPalette(palette)


def label_problems(root: QWidget, visible: QRect) -> list[str]:
    """Labels under `root` whose text is wider than the label (one-line labels), or that lie outside
    `visible` (in root's coordinates): what a projector would cut."""
    problems = []
    for lab in root.findChildren(QLabel):
        if not lab.isVisibleTo(root) or not lab.text():
            continue
        box = QRect(lab.mapTo(root, lab.rect().topLeft()), lab.size())
        if not visible.contains(box):
            problems.append(f"outside the slide: {lab.text()[:40]!r} at {box.getRect()}")
        if lab.wordWrap():  # wrapped text is measured by its height
            needed = lab.heightForWidth(lab.width())
            if needed > lab.height() + 1:
                problems.append(f"cut at the bottom: {lab.text()[:40]!r} needs {needed} px, has {lab.height()}")
            continue
        fm = QFontMetricsF(lab.font())
        widest = max(fm.horizontalAdvance(line) for line in lab.text().split("\n"))
        room = lab.contentsRect().width() - 2 * lab.margin() - max(0, lab.indent())
        if widest > room + 0.5:
            problems.append(f"too wide: {lab.text()[:40]!r} needs {widest:.0f} px, has {room}")
    return problems
