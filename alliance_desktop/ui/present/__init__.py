"""Presentation mode (View > Present, F5; `--present`): the plan as full-screen slides for a meeting.

window.py   PresentationWindow: one slide at a time, keys and clicks move, a number and Enter jumps, Esc leaves
slides.py   the slides (overview, timeline and per-phase, each chain, metrics board, risks), drawn by the views' code
commercial.py  the commercial slide: all periods and totals, chart, explanation, live what-if, scenarios
uncertainty.py the uncertainty slide: S-curve of the buyer's total cost, P50 / P80, contingency, chances of a sanction
choose.py   View > Choose slides…: pick and order the slides (saved in the file, one undoable edit)
style.py    type and spacing from the screen's logical size; the fit checks the tests use

Leaving returns to the main window exactly as it was: it is not touched while the slides are shown.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from .window import PresentationWindow

FIRST_SLIDE = {"chains": "chain:"}  # --view chains: the first chain's slide


def first_slide(slides: list[str], view: str) -> str:
    """The slide a view name starts on (`--view NAME`, or the view the user was on): its own slide, the
    first of its kind, else the first slide."""
    prefix = FIRST_SLIDE.get(view, view)
    for slide in slides:
        if slide == prefix or (prefix.endswith(":") and slide.startswith(prefix)):
            return slide
    return slides[0] if slides else ""


def present(window, view: str = "") -> PresentationWindow | None:
    """Show the main window's plan as slides, full screen on the screen the window is on; the slide of the
    view on screen first. The main window stays as it is behind it, and gets the focus back on leaving."""
    from PySide6.QtCore import Qt

    from ...core import presentation as pres

    document = window.document
    if document is None:
        return None
    slides = pres.deck(document.plan)
    show = PresentationWindow(document, slides, first_slide(slides, view or window.current_view()), parent=window)
    show.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    screen = window.screen()
    if screen is not None:
        show.setScreen(screen)
        show.setGeometry(screen.geometry())

    def back() -> None:
        window.presentation = None
        window.activateWindow()
        window.raise_()

    show.left.connect(back)
    window.presentation = show
    show.showFullScreen()
    show.activateWindow()
    show.setFocus()
    return show


def screenshot(document, path: Path, size: tuple[int, int], view: str = "", today: _dt.date | None = None) -> bool:
    """`--screenshot PNG --present --size WxH`: what the projector shows, the first slide (or `view`'s)."""
    from PySide6.QtWidgets import QApplication

    from ...core import presentation as pres

    slides = pres.deck(document.plan)
    show = PresentationWindow(document, slides, first_slide(slides, view), today=today)
    show.resize(*size)
    show.show()
    for _ in range(3):
        QApplication.processEvents()
    ok = show.grab().save(str(path), "PNG")
    show.close()
    show.deleteLater()
    return ok


__all__ = ["PresentationWindow", "first_slide", "present", "screenshot"]
