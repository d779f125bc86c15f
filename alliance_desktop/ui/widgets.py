"""Small widgets the views share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.validation import LONG_TEXT
from . import theme

#: the most characters a text field takes: one more than the plan takes, so that committing a text
#: too long shows the validation's message, while a pasted 2 MB text cannot freeze the window
TEXT_LIMIT = LONG_TEXT + 1


class Panel(QFrame):
    """A white panel with a thin border, drawn by Qt from the palette (no style sheet, no Python painting).

    Painting it in Python (rounded corners, as before) made PySide6 build QEvent's 190-member enum and
    QPainter's before the first window appeared, and called into Python for every panel on every
    paint: 2-4 ms of the start-up."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(theme.SURFACE))
        palette.setColor(QPalette.ColorRole.Mid, QColor(theme.BORDER))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.Box)
        self.setFrameShadow(QFrame.Shadow.Plain)
        self.setForegroundRole(QPalette.ColorRole.Mid)  # the colour of a plain frame's line


class WrapLabel(QLabel):
    """A word-wrapped label that lays its text out once per width.

    Laying out a window, Qt's layouts ask a word-wrapped label for its height at several widths, more
    than once each, and QLabel lays its whole text out again for every question: the Overview's labels
    were asked 72 times at start-up (the overdue card's six lines 11 times, at 4 widths). Here each
    width is measured once for the text, font, margin and indent shown; the answers are dropped when
    any of these changes.

    `plain=True` shows the text as it is, never as rich text (a name typed by the user may look like
    HTML). It is set through the property, by number: `Qt.TextFormat` would make PySide6 build the Qt
    namespace's 93 enums (14 ms) before the first window is painted."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, plain: bool = False):
        super().__init__(text, parent)
        if plain:
            self.setProperty("textFormat", 0)  # Qt.TextFormat.PlainText
        self.setWordWrap(True)
        self._heights: dict[int, int] = {}
        self._measured: tuple = ()  # what the heights were measured for

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        # (the font compared as a QFont: its key() text took half of each answer, asked ~230 times at start-up)
        shown = (self.text(), self.font(), self.margin(), self.indent(), self.wordWrap())
        if shown != self._measured:
            self._heights.clear()
            self._measured = shown
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height


class Card(Panel):
    """A panel with a small upper-case title."""

    def __init__(self, title: str, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 10, 16, 12)
        self.body.setSpacing(spacing)
        self.title = theme.card_title(WrapLabel(title))
        self.title.setWordWrap(False)  # one line, unless the view lets it take two (`title.setWordWrap(True)`)
        self.body.addWidget(self.title)


class CommitLineEdit(QLineEdit):
    """A field that commits its text on Enter or when focus leaves it, and only when the user changed it:
    emits `committed(text)` (and calls `commit(text)` when given)."""

    committed = Signal(str)

    def __init__(self, commit: Callable[[str], object] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMaxLength(TEXT_LIMIT)
        if commit is not None:
            self.committed.connect(commit)
        self.editingFinished.connect(self._finish)

    def _finish(self) -> None:
        if self.isModified():
            self.setModified(False)
            self.committed.emit(self.text())

    def set_value(self, text: str) -> None:
        """Show the stored value; what the user is typing (focused and changed) is left alone."""
        if self.hasFocus() and self.isModified():
            return
        if self.text() != text:
            self.setText(text)
            self.setCursorPosition(0)
        self.setModified(False)

    def set_invalid(self, invalid: bool) -> None:
        """Mark the field as refusing its input (drawn by a style sheet on a panel holding it)."""
        if bool(self.property("invalid")) != invalid:
            self.setProperty("invalid", invalid)
            self.style().unpolish(self)
            self.style().polish(self)


class CommitTextEdit(QTextEdit):
    """Multi-line text that commits when focus leaves it, and only when the user changed it:
    emits `committed(text)` (and calls `commit(text)` when given). Tab moves on to the next field.

    A QTextEdit taking plain text only: for our short notes it paints in a third of QPlainTextEdit's
    time (the Overview's repaint fell from 6.0 to 4.3 ms, its first paint by 1.6 ms)."""

    committed = Signal(str)

    def __init__(self, commit: Callable[[str], object] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        if commit is not None:
            self.committed.connect(commit)
        self.setTabChangesFocus(True)
        self.setAcceptRichText(False)  # pasted formatting is dropped: the plan holds plain text

    def insertFromMimeData(self, source) -> None:  # noqa: N802 - Qt API
        """A paste (or drop) takes at most TEXT_LIMIT characters in all: laying out megabytes froze the
        window for half a minute; the plan refuses the rest anyway, with a message."""
        if source.hasText():
            cursor = self.textCursor()
            room = TEXT_LIMIT - (len(self.toPlainText()) - len(cursor.selectedText()))
            text = source.text()
            if len(text) > room:
                cursor.insertText(text[:max(0, room)])
                self.ensureCursorVisible()
                return
        super().insertFromMimeData(source)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.commit()
        super().focusOutEvent(event)

    def commit(self) -> None:
        if self.document().isModified():
            self.document().setModified(False)
            self.committed.emit(self.toPlainText())

    def set_value(self, text: str) -> None:
        """Show the stored value; what the user is typing (focused and changed) is left alone."""
        if self.hasFocus() and self.document().isModified():
            return
        if self.toPlainText() != text:
            self.setPlainText(text)  # which leaves the text unmodified (and unfocused, it is: see commit)


# ---------------------------------------------------------------- moving an item of an ordered list

def move_buttons(up_tip: str, down_tip: str, move: Callable[[int], object], enabled: bool = True) -> list[QPushButton]:
    """▲ and ▼ buttons that call `move(-1)` and `move(+1)` (the tips name the keys: see `move_step`)."""
    buttons = []
    for text, tip, step in (("▲", up_tip, -1), ("▼", down_tip, 1)):
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setFixedWidth(round(3.6 * theme.BASE_POINT_SIZE))
        button.setEnabled(enabled)
        button.clicked.connect(lambda _=False, n=step: move(n))
        buttons.append(button)
    return buttons


def move_step(event) -> int:
    """-1 for Ctrl+Up, +1 for Ctrl+Down (moving the current item of a list), else 0."""
    from PySide6.QtCore import Qt  # here, not at import: the Qt namespace costs the first view 14 ms

    if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        return 0
    return {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(event.key(), 0)


class CommitDelegate(QStyledItemDelegate):
    """A table delegate whose editor commits on its own signal (a pick in a list, a day in a calendar):
    `_commit(editor)` writes the editor's value and closes it, unless the table has let the editor go."""

    def _commit(self, editor) -> None:
        if not editor.isVisible():  # let go by the table (its row went, say by an undo): nothing to commit
            return
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
