"""Presentation mode (issue 17): entering and leaving, moving through the slides, the saved deck, the
commercial slide's what-if (never written), the command line."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from alliance_desktop import templates
from alliance_desktop.core import interchange
from alliance_desktop.core import presentation as pres
from alliance_desktop.ui.present import PresentationWindow, first_slide
from alliance_desktop.ui.present.choose import KEY, ChooseSlidesDialog
from tests.ui.menu import on_disk, trigger, undo

# the offscreen platform has no window stacking and does not pass a window's size limits on
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def shown(qtbot):
    """A presentation window of a Document-like object at 1280 x 720 (closed afterwards)."""
    opened = []

    def make(document, slides=None, first=""):
        win = PresentationWindow(document, slides, first)
        win.resize(1280, 720)
        win.show()
        QApplication.processEvents()
        opened.append(win)
        return win

    yield make
    for win in opened:
        win.close()
        win.deleteLater()


class _Doc:
    """Just the plan: what a presentation reads (it never writes)."""

    read_only = True

    def __init__(self, plan):
        self.plan = plan


def test_entering_and_leaving_returns_to_the_window_and_view_as_they_were(window, qtbot):
    assert window.show_view("risks")
    geometry, state = window.geometry(), window.windowState()
    trigger(window, "F5")
    show = window.presentation
    assert isinstance(show, PresentationWindow)
    qtbot.waitUntil(lambda: show.isVisible())
    assert show.windowState() & Qt.WindowState.WindowFullScreen
    assert show.current() == "risks"  # the slide of the view the user was on
    assert show.findChildren(type(window.menuBar())) == []  # no menus, side bar or editing buttons
    qtbot.keyClick(show, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.presentation is None)
    assert window.isVisible() and window.current_view() == "risks"
    assert window.geometry() == geometry and window.windowState() == state


def test_the_sequence_moves_both_ways_and_stops_at_both_ends(shown, qtbot):
    plan = templates.load_template("keusote")
    win = shown(_Doc(plan), ["overview", "timeline", "risks"])
    assert win.current() == "overview" and win.counter.text() == "1 / 3"
    qtbot.keyClick(win, Qt.Key.Key_PageDown)
    assert win.current() == "timeline" and win.counter.text() == "2 / 3"
    qtbot.keyClick(win, Qt.Key.Key_Space)
    assert win.current() == "risks"
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space):  # the end: stays on the last slide
        qtbot.keyClick(win, key)
        assert win.current() == "risks" and win.isVisible()
    qtbot.keyClick(win, Qt.Key.Key_PageUp)
    assert win.current() == "timeline"
    qtbot.keyClick(win, Qt.Key.Key_Left)
    qtbot.keyClick(win, Qt.Key.Key_Up)  # the start: stays on the first
    assert win.current() == "overview"
    qtbot.mouseClick(win, Qt.MouseButton.LeftButton, pos=QPoint(640, 400))
    assert win.current() == "timeline"
    qtbot.mouseClick(win, Qt.MouseButton.RightButton, pos=QPoint(640, 400))
    assert win.current() == "overview"
    qtbot.keyClick(win, Qt.Key.Key_End)
    assert win.current() == "risks"
    qtbot.keyClick(win, Qt.Key.Key_Home)
    assert win.current() == "overview"
    qtbot.keyClicks(win, "3")
    assert "3" in win.counter.text()
    qtbot.keyClick(win, Qt.Key.Key_Return)
    assert win.current() == "risks" and win.counter.text() == "3 / 3"
    qtbot.keyClicks(win, "2")
    qtbot.keyClick(win, Qt.Key.Key_Escape)  # clears the number, stays
    assert win.isVisible() and win.counter.text() == "3 / 3"
    qtbot.keyClicks(win, "99")
    qtbot.keyClick(win, Qt.Key.Key_Enter)  # beyond the end: the last slide
    assert win.current() == "risks"


def test_a_slide_of_many_pages_shows_them_before_the_next_slide(shown, qtbot):
    plan = templates.load_template("keusote")
    win = shown(_Doc(plan), ["metrics", "risks"])
    pages = win.slide.pages()
    assert pages > 1  # six metric cards do not fit a 1280 x 720 slide at a readable size
    for page in range(1, pages):
        qtbot.keyClick(win, Qt.Key.Key_PageDown)
        assert win.current() == "metrics" and win.slide.page == page
        assert f"{page + 1}" in win.counter.text()
    qtbot.keyClick(win, Qt.Key.Key_PageDown)
    assert win.current() == "risks"
    qtbot.keyClick(win, Qt.Key.Key_PageUp)  # back: to the last page of the slide before
    assert win.current() == "metrics" and win.slide.page == pages - 1


def test_first_slide_of_a_view_name():
    slides = ["overview", "timeline", "chain:a", "chain:b", "metrics", "commercial", "risks"]
    assert first_slide(slides, "chains") == "chain:a"
    assert first_slide(slides, "commercial") == "commercial"
    assert first_slide(["overview", "risks"], "commercial") == "overview"


def test_the_chosen_slides_are_saved_undoable_and_round_trip_through_file_and_json(window, qtbot):
    doc = window.document
    dialog = ChooseSlidesDialog(doc, window)
    qtbot.addWidget(dialog)
    items = [dialog.list.item(i) for i in range(dialog.list.count())]
    assert [x.data(KEY) for x in items][:2] == ["overview", "timeline"]
    # untick the overview, move the risks first
    items[0].setCheckState(Qt.CheckState.Unchecked)
    risks_row = next(i for i in range(dialog.list.count()) if dialog.list.item(i).data(KEY) == "risks")
    dialog.list.setCurrentRow(risks_row)
    for _ in range(risks_row):
        dialog.move(-1)
    expected = ["risks"] + [s for s in pres.default_slides(doc.plan) if s not in ("overview", "risks")]
    assert dialog.chosen() == expected
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert list(doc.plan.presentation.slides) == expected
    assert list(on_disk(window).presentation.slides) == expected
    again = interchange.plan_from_text(interchange.dumps(interchange.plan_to_json(on_disk(window))))
    assert list(again.presentation.slides) == expected and again == doc.plan
    window.show_view("overview")
    trigger(window, "F5")
    assert window.presentation.slides == expected
    assert window.presentation.current() == "risks"  # no overview slide: the first one
    window.presentation.close()
    qtbot.waitUntil(lambda: window.presentation is None)
    undo(window)
    assert doc.plan.presentation.slides == () and on_disk(window).presentation.slides == ()


def test_no_slide_ticked_is_refused_in_place(window, qtbot):
    dialog = ChooseSlidesDialog(window.document, window)
    qtbot.addWidget(dialog)
    for i in range(dialog.list.count()):
        dialog.list.item(i).setCheckState(Qt.CheckState.Unchecked)
    dialog.save()
    assert dialog.problem.isVisibleTo(dialog) and dialog.problem.text()
    assert window.document.plan.presentation.slides == ()
    dialog.reject()


def test_the_what_if_slider_changes_the_result_shown_and_leaves_the_file_byte_identical(qtbot, translations,
                                                                                          tmp_path):
    from alliance_desktop.storage.projectfile import create_file
    from alliance_desktop.ui.mainwindow import MainWindow

    translations.set_language("en")
    path = tmp_path / "k.alliance"
    create_file(path, templates.load_template("keusote"))
    before = _digest(path)
    win = MainWindow(translations)
    qtbot.addWidget(win)
    assert win.open_path(path)
    win.show()
    win.show_view("commercial")
    trigger(win, "F5")
    show = win.presentation
    show.resize(1280, 720)
    QApplication.processEvents()
    slide = show.slide
    assert show.current() == "commercial"
    key = slide.ctx.state["period"]
    column = [p.key for p in win.document.plan.commercial.periods].index(key)
    shown_before = slide.shown_text("producer_payment", column)
    actual_before = slide.shown_text("actual_cost", column)
    slide.cost.setValue(-150)  # the actual cost 15 % under the target, as a drag would leave it
    assert slide.shown_text("actual_cost", column) != actual_before
    assert slide.shown_text("producer_payment", column) != shown_before
    assert "What-if" in slide.banner.text() and slide.banner.isVisibleTo(slide)
    slide.kpi.setValue(100)
    # a named scenario, then the plan's own figures again
    if win.document.plan.scenarios:
        slide.scenario_box.setCurrentIndex(1)
        slide.scenario_box.setCurrentIndex(0)
        assert slide.shown_text("actual_cost", column) == actual_before
    assert not win.document.undo_stack.canUndo()  # no edit was made
    show.close()
    qtbot.waitUntil(lambda: win.presentation is None)
    win.close()
    win.document.close() if win.document is not None else None
    QApplication.processEvents()
    assert _digest(path) == before


def test_scenarios_are_selectable_on_the_commercial_slide(shown):
    plan = templates.load_template("keusote")
    assert plan.scenarios
    win = shown(_Doc(plan), ["commercial"])
    slide = win.slide
    names = [slide.scenario_box.itemText(i) for i in range(slide.scenario_box.count())]
    assert names[1:] == [sc.name for sc in plan.scenarios]
    slide.scenario_box.setCurrentIndex(1)
    assert slide.whatif.active and slide.banner.isVisibleTo(slide)


def test_command_line_screenshot_of_the_projector(tmp_path):
    out = tmp_path / "slide.png"
    result = subprocess.run([sys.executable, "-m", "alliance_desktop", "--demo", "hyvaks", "--present",
                             "--view", "commercial", "--screenshot", str(out), "--size", "1280x720", "--lang", "en"],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)


def test_a_read_only_file_is_presented_and_its_deck_cannot_be_changed(read_only_document, shown, qtbot):
    win = shown(read_only_document)
    assert win.slides == pres.deck(read_only_document.plan) and win.slide is not None
    dialog = ChooseSlidesDialog(read_only_document)
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled() and dialog.ok.toolTip()
