"""Every slide fits the projector (issue 17): at 1280 x 720 and 1920 x 1080, in Finnish and English, no
text is wider than its room or outside the slide, the drawn pictures are whole and readable, and the
commercial slide shows every period, the total and the payment rows in full (no "…", no scroll bar)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication

from alliance_desktop import templates
from alliance_desktop.core import model as m
from alliance_desktop.core import presentation as pres
from alliance_desktop.ui.present import PresentationWindow
from alliance_desktop.ui.present.commercial import SHOWN_ROWS

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

SIZES = ((1280, 720), (1920, 1080))
TODAY = dt.date(2026, 12, 4)


class _Doc:
    read_only = True

    def __init__(self, plan):
        self.plan = plan


@pytest.fixture
def present(qtbot, translations):
    opened = []

    def make(plan, size, lang, slides=None):
        translations.set_language(lang)
        win = PresentationWindow(_Doc(plan), slides or pres.available_slides(plan), today=TODAY)
        win.resize(*size)
        win.show()
        QApplication.processEvents()
        opened.append(win)
        return win

    yield make
    for win in opened:
        win.close()
        win.deleteLater()


def _every_page(win):
    for i in range(len(win.slides)):
        win.go(i)
        QApplication.processEvents()
        for page in range(win.slide.pages()):
            win.slide.show_page(page)
            win._show_texts()
            QApplication.processEvents()
            yield win.current(), page


@pytest.mark.parametrize("lang", ["fi", "en"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: "{}x{}".format(*s))
@pytest.mark.parametrize("demo", ["keusote", "hyvaks"])
def test_every_slide_fits_the_screen(present, demo, size, lang):
    plan = templates.load_template(demo)
    win = present(plan, size, lang)
    problems = {}
    for slide, page in _every_page(win):
        found = win.slide.fit_problems()
        heading = win.title
        if heading.fontMetrics().horizontalAdvance(heading.text()) > heading.width() and not heading.wordWrap():
            found.append(f"heading cut: {heading.text()!r}")
        if found:
            problems[f"{slide} p{page}"] = found
    assert not problems


@pytest.mark.parametrize("size", SIZES, ids=lambda s: "{}x{}".format(*s))
@pytest.mark.parametrize("demo", ["keusote", "hyvaks"])
def test_the_commercial_slide_shows_every_period_the_total_and_the_payments_whole(present, demo, size):
    plan = templates.load_template(demo)
    win = present(plan, size, "fi", ["commercial"])
    slide = win.slide
    table = slide.results
    n = len(plan.commercial.periods)
    assert slide.pages() == 1 and table.columns == list(range(n))
    assert table.horizontalScrollBar().maximum() == 0 and table.verticalScrollBar().maximum() == 0
    visible = win.rect()
    for c in range(n + 1):  # every period and the total: whole columns inside the slide
        x = table.columnViewportPosition(c)
        assert x >= 0 and x + table.columnWidth(c) <= table.viewport().width()
        left = table.viewport().mapTo(win, table.viewport().rect().topLeft()).x() + x
        assert visible.left() <= left and left + table.columnWidth(c) <= visible.right()
        for row in SHOWN_ROWS:
            text = slide.shown_text(row, c)
            assert "…" not in text
    for row in ("producer_payment", "staff_bonus", "buyer_total_cost"):
        assert all(slide.shown_text(row, c) for c in range(n + 1))
    assert slide.fit_problems() == []


def _many_periods(plan: m.Plan, count: int) -> m.Plan:
    """The plan with `count` one-year service periods (the first half with actual costs)."""
    periods = tuple(
        m.ServicePeriod(f"y{i}", f"Vuosi {2027 + i}", dt.date(2027 + i, 1, 1), dt.date(2027 + i, 12, 31),
                        m.CostParts(Decimal(3_000_000), Decimal(900_000), Decimal(26_100_000 + 10_000 * i)),
                        m.ActualCost(None, Decimal(880_000), Decimal(25_000_000 + 37_000 * i)) if i < count // 2 else None)
        for i in range(count))
    commercial = dataclasses.replace(plan.commercial, periods=periods)
    return dataclasses.replace(plan, commercial=commercial, metrics=(), scenarios=())


def test_forty_periods_are_shown_a_page_at_a_time_each_whole(present, qtbot):
    plan = _many_periods(templates.load_template("keusote"), 40)
    win = present(plan, (1280, 720), "fi", ["commercial", "risks"])
    slide = win.slide
    assert slide.pages() > 1
    seen = []
    for page in range(slide.pages()):
        assert win.current() == "commercial" and slide.page == page
        seen += slide.results.columns
        assert slide.fit_problems() == []
        assert slide.page_note.isVisibleTo(slide) and "40" in slide.page_note.text()
        assert not slide.results.isColumnHidden(40)  # the total on every page
        win.next()
    assert seen == list(range(40))
    assert win.current() == "risks"


def test_the_fit_check_finds_a_cut_text_and_one_off_the_slide(qtbot):
    """The check the tests above rely on fails where a projector would cut a text."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QLabel, QWidget

    from alliance_desktop.ui.present.style import label_problems

    root = QWidget()
    qtbot.addWidget(root)
    root.resize(400, 300)
    narrow = QLabel("Tilaajan kokonaiskustannus 120 219 162,50 €", root)
    narrow.setGeometry(0, 0, 80, 30)
    outside = QLabel("Jakso 4", root)
    outside.setGeometry(380, 280, 100, 30)
    fine = QLabel("OK", root)
    fine.setGeometry(10, 100, 100, 30)
    root.show()
    problems = label_problems(root, QRect(0, 0, 400, 300))
    assert any("too wide" in p and "Tilaajan" in p for p in problems)
    assert any("outside the slide" in p and "Jakso 4" in p for p in problems)
    assert not any("'OK'" in p for p in problems)
