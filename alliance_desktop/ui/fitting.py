"""Layout pieces that let a view fit a small screen (1280x720 at Windows' 150 %) or a large text size
without cutting its figures: a row of tools that wraps its second half below the first."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QWidget


def two_lines(title: str, longer_than: int = 12) -> str:
    """A column title of several words on two lines (broken at the space nearest its middle), so that a
    column of short figures is not as wide as its long title; a short or one-word title as it is."""
    if len(title) <= longer_than or " " not in title.strip():
        return title
    middle = len(title) / 2
    spaces = [i for i, ch in enumerate(title) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return title[:cut] + "\n" + title[cut + 1:]


def wrapping(first: QWidget, second: QWidget, spacing: int = 6) -> QWidget:
    """A widget holding a WrapRow of the two (to nest: three or more buttons that wrap one by one)."""
    holder = QWidget()
    row = WrapRow(first, second, spacing=spacing)
    holder.setLayout(row)
    return holder


def narrow_combo(combo, characters: int = 18) -> None:
    """A choice whose long item texts (period names) do not set its least width: about `characters` wide at
    least, wider where there is room, the whole text in the open list."""
    from PySide6.QtWidgets import QComboBox

    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)


def tool_group(*widgets: QWidget, spacing: int = 6) -> QWidget:
    """The widgets side by side in one widget (no margins), to be one half of a WrapRow."""
    group = QWidget()
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(spacing)
    for widget in widgets:
        row.addWidget(widget)
    return group


class WrapRow(QLayout):
    """Two widgets in one row, the first at the left and the second at the right end; when the width does not
    hold both, the second goes below the first (at the right end). The least width is the wider of the two,
    so a view's tools no longer hold the window wider than the screen."""

    def __init__(self, first: QWidget, second: QWidget, parent: QWidget | None = None, spacing: int = 12):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)
        self.addWidget(first)
        self.addWidget(second)

    # QLayout's interface
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hints = [item.sizeHint() for item in self._shown()]
        if not hints:
            return QSize(0, 0)
        return QSize(sum(h.width() for h in hints) + self._gap * (len(hints) - 1), max(h.height() for h in hints))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        hints = [item.minimumSize() for item in self._shown()]
        if not hints:
            return QSize(0, 0)
        return QSize(max(h.width() for h in hints), max(h.height() for h in hints))

    def wrapped(self) -> bool:
        """Whether the second widget is below the first now."""
        shown = self._shown()
        return len(shown) == 2 and not self._one_row(self.geometry().width(), shown)

    # the arrangement
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _one_row(self, width: int, shown: list[QLayoutItem]) -> bool:
        return sum(item.sizeHint().width() for item in shown) + self._gap * (len(shown) - 1) <= width

    @staticmethod
    def _height(item: QLayoutItem, width: int) -> int:
        """The item's height at `width` (a WrapRow inside a WrapRow wraps too)."""
        return item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()

    def _arrange(self, rect: QRect, move: bool) -> int:
        shown = self._shown()
        if not shown:
            return 0
        if len(shown) == 1 or self._one_row(rect.width(), shown):
            widths = [item.sizeHint().width() for item in shown]
            height = max(self._height(item, w) for item, w in zip(shown, widths))
            if move:
                shown[0].setGeometry(QRect(rect.x(), rect.y(), widths[0], height))
                if len(shown) == 2:
                    shown[1].setGeometry(QRect(rect.right() + 1 - widths[1], rect.y(), widths[1], height))
            return height
        w1 = min(shown[0].sizeHint().width(), rect.width())
        w2 = min(shown[1].sizeHint().width(), rect.width())
        h1, h2 = self._height(shown[0], w1), self._height(shown[1], w2)
        if move:
            shown[0].setGeometry(QRect(rect.x(), rect.y(), w1, h1))
            shown[1].setGeometry(QRect(rect.right() + 1 - w2, rect.y() + h1 + 4, w2, h2))
        return h1 + 4 + h2
