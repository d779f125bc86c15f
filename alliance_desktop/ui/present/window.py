"""The presentation window: one slide at a time, full screen, no menus, side bar, buttons or inspectors.

Keys: PageDown, Space, Right, Down, Enter or a click: next (a slide with more than one page, such as the
commercial results of many periods, shows its next page first); PageUp, Backspace, Left, Up or a right
click: back; Home / End: the first / last slide; a number and Enter: that slide; Esc: leave (first
it clears a number being typed). The sequence stops at both ends (no wrap): a presenter pressing once
too often stays on the last slide. The slides are laid out for the window's size, built when shown.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QKeySequence, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...core import model as m
from ...core import presentation as pres
from .. import theme
from . import slides as sl
from .commercial import CommercialSlide
from .slides import Context, Slide
from .style import SlideStyle, set_text_colour
from .uncertainty import UncertaintySlide

NEXT_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Down}
BACK_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Left, Qt.Key.Key_Up}


def make_slide(ctx: Context, slide: str) -> Slide:
    """The slide named `slide` (core/presentation's names), built for ctx.style's size."""
    if slide == "overview":
        return sl.OverviewSlide(ctx, slide)
    if slide == "timeline" or slide.startswith("phase:"):
        return sl.TimelineSlide(ctx, slide)
    if slide.startswith("chain:"):
        return sl.ChainSlide(ctx, slide)
    if slide == "metrics":
        return sl.MetricsSlide(ctx, slide)
    if slide == "commercial":
        return CommercialSlide(ctx, slide)
    if slide == "risks":
        return sl.RisksSlide(ctx, slide)
    if slide == "uncertainty":
        return UncertaintySlide(ctx, slide)
    raise KeyError(slide)


class PresentationWindow(QWidget):
    """A full-screen sequence of slides of one plan (read only: nothing here writes to the file)."""

    left = Signal()  # the presenter left (Esc, or the window was closed)

    def __init__(self, document, slides: list[str] | None = None, first: str = "", *,
                 today: _dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.document = document
        self.plan: m.Plan = document.plan
        self.slides = list(slides) if slides else pres.deck(self.plan)
        self.index = self.slides.index(first) if first in self.slides else 0
        self.today = today or _dt.date.today()
        self.state: dict = {}  # the chosen period, the what-if: kept across slides (never saved)
        self.typed = ""
        self.slide: Slide | None = None
        self._built_for: tuple[QSize, int, str] | None = None
        self.setWindowTitle(self.tr("{name} – presentation").format(name=self.plan.project.name))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(theme.SURFACE))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.outer = QVBoxLayout(self)
        self.header = QHBoxLayout()
        self.title = QLabel()
        self.title.setWordWrap(False)
        self.header.addWidget(self.title, 1)
        self.outer.addLayout(self.header)
        self.body = QVBoxLayout()
        self.outer.addLayout(self.body, 1)
        footer = QHBoxLayout()
        self.project_label = QLabel()
        self.hint = QLabel()
        self.counter = QLabel()
        self.counter.setAccessibleName(self.tr("Slide number"))
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        footer.addWidget(self.project_label, 1)
        footer.addWidget(self.hint)
        footer.addWidget(self.counter)
        self.outer.addLayout(footer)
        if self.document is not None and hasattr(self.document, "changed"):
            self.document.changed.connect(self._plan_changed)

    # ------------------------------------------------------------ building

    def style_for_size(self) -> SlideStyle:
        return SlideStyle(max(320, self.width()), max(240, self.height()))

    def _restyle(self, st: SlideStyle) -> None:
        self.outer.setContentsMargins(st.margin, st.px(18), st.margin, st.px(10))
        self.outer.setSpacing(st.px(12))
        self.title.setFont(st.font(st.TITLE, True))
        set_text_colour(self.title, theme.TEXT)
        for lab in (self.project_label, self.hint, self.counter):
            lab.setFont(st.font(st.SMALL - 2))
            set_text_colour(lab, theme.MUTED)
        self.counter.setFont(st.font(st.SMALL, True))

    def current(self) -> str:
        return self.slides[self.index] if self.slides else ""

    def _build(self, force: bool = False) -> None:
        key = (self.size(), self.index, self.current())
        if not force and key == self._built_for and self.slide is not None:
            return
        self._built_for = key
        st = self.style_for_size()
        self._restyle(st)
        page = self.slide.page if self.slide is not None and self.slide.slide == self.current() else 0
        if self.slide is not None:
            self.body.removeWidget(self.slide)
            self.slide.hide()
            self.slide.deleteLater()
            self.slide = None
        if not self.slides:
            self.title.setText(self.tr("No slides"))
            return
        ctx = Context(self.plan, st, self.today, self.state, self.document)
        # the room a slide has: the window less the margins, the title and the footer
        self.slide = make_slide(ctx, self.current())
        self.slide.setParent(self)
        self.body.addWidget(self.slide, 1)
        self.slide.show_page(min(page, self.slide.pages() - 1))
        self.slide.show()
        self._show_texts()

    def _show_texts(self) -> None:
        st = self.style_for_size()
        heading = self.slide.heading() if self.slide is not None else ""
        room = max(10, self.width() - 2 * st.margin)
        font = st.font(st.TITLE, True)
        if QFontMetricsF(font).horizontalAdvance(heading) > room:  # a long name: a size down, then wrapped
            font = st.font(st.HEADING, True)
        self.title.setFont(font)
        self.title.setWordWrap(QFontMetricsF(font).horizontalAdvance(heading) > room)
        self.title.setText(heading)
        self.project_label.setText(self.plan.project.name if self.current() != "overview" else "")
        pages = self.slide.pages() if self.slide is not None else 1
        counter = f"{self.index + 1} / {len(self.slides)}"
        if pages > 1:
            counter = self.tr("{counter} (page {page} of {pages})").format(
                counter=counter, page=self.slide.page + 1, pages=pages)
        self.counter.setText(self.tr("Go to slide: {number}").format(number=self.typed) if self.typed else counter)
        self.hint.setText("")

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._build()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self.isVisible():
            self._build()

    def _plan_changed(self, _sections) -> None:
        """An undo elsewhere (another window cannot edit this file, but the app's own undo stack can):
        show the plan as it now is."""
        self.plan = self.document.plan
        offered = pres.deck(self.plan)
        current = self.current()
        self.slides = offered
        self.index = offered.index(current) if current in offered else min(self.index, len(offered) - 1)
        self._build(force=True)

    # ------------------------------------------------------------ moving

    def go(self, index: int, page: int = 0) -> None:
        if not self.slides:
            return
        index = max(0, min(len(self.slides) - 1, index))
        if index != self.index:
            self.index = index
            self._build(force=True)
            if self.slide is not None:
                self.slide.show_page(page if page >= 0 else self.slide.pages() - 1)
        elif self.slide is not None:
            self.slide.show_page(max(0, min(self.slide.pages() - 1, page if page >= 0 else self.slide.pages() - 1)))
        self._show_texts()

    def next(self) -> None:
        if self.slide is not None and self.slide.page + 1 < self.slide.pages():
            self.slide.show_page(self.slide.page + 1)
            self._show_texts()
        elif self.index + 1 < len(self.slides):
            self.go(self.index + 1)

    def back(self) -> None:
        if self.slide is not None and self.slide.page > 0:
            self.slide.show_page(self.slide.page - 1)
            self._show_texts()
        elif self.index > 0:
            self.go(self.index - 1, page=-1)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        key = event.key()
        text = event.text()
        if text.isdigit() and len(self.typed) < 4:
            self.typed += text
            self._show_texts()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.typed:
                number = int(self.typed)
                self.typed = ""
                self.go(number - 1)
            else:
                self.next()
        elif key == Qt.Key.Key_Escape:
            if self.typed:
                self.typed = ""
                self._show_texts()
            else:
                self.close()
        elif key == Qt.Key.Key_Backspace and self.typed:
            self.typed = self.typed[:-1]
            self._show_texts()
        elif key in NEXT_KEYS:
            self.next()
        elif key in BACK_KEYS:
            self.back()
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(len(self.slides) - 1, page=-1)
        elif event.matches(QKeySequence.StandardKey.Close) or key == Qt.Key.Key_F5:
            self.close()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self.next()
        elif event.button() == Qt.MouseButton.RightButton:
            self.back()
        else:
            super().mousePressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().closeEvent(event)
        if self.document is not None and hasattr(self.document, "changed"):
            try:
                self.document.changed.disconnect(self._plan_changed)
            except (RuntimeError, TypeError):
                pass
        self.left.emit()
