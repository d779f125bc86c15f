"""The commercial view's Uncertainty page (issue 21): results shown, computed only while shown, cancel."""

from __future__ import annotations

from decimal import Decimal

import pytest

from alliance_desktop.core import model as m
from alliance_desktop.core import uncertainty as unc
from alliance_desktop.core import uncertainty_edits as ue
from alliance_desktop.ui.commercial import CommercialView

UNCERTAINTY_TAB = 3


@pytest.fixture
def view(window) -> CommercialView:
    assert window.show_view("commercial")
    return window.findChildren(CommercialView)[0]


def test_the_page_shows_the_simulation_of_the_plan(view, qtbot):
    page = view.uncertainty
    assert page.result is None  # nothing simulated while the page was not shown
    view.tabs.setCurrentIndex(UNCERTAINTY_TAB)
    qtbot.waitUntil(lambda: page.result is not None, timeout=30_000)
    expected = unc.simulate(view.document.plan, page.draws.value(), page.seed.value())
    assert page.result == expected
    assert "P50" in page.words.text() and "77 %" in page.words.text()  # in Finnish: the sanction in period 3
    table = page.table
    assert table.rowCount() == len(view.document.plan.commercial.periods) + 1
    p50 = table.item(table.rowCount() - 1, 2).text().replace("\u00a0", " ")
    assert p50.replace(" ", "") == str(int(expected.contract.series("buyer_total_cost").p(50)))
    assert page.tornado is not None and len(page.tornado.bars) == 6
    assert page.s_curve.points and page.tornado_chart.labels
    assert not page.progress.isVisible()


def test_a_hidden_page_does_no_work_and_catches_up_when_shown(view, qtbot):
    page = view.uncertainty
    view.tabs.setCurrentIndex(UNCERTAINTY_TAB)
    qtbot.waitUntil(lambda: page.result is not None, timeout=30_000)
    first = page.result
    view.tabs.setCurrentIndex(0)
    doc = view.document
    risk = next(r for r in doc.plan.risks if r.cost is not None)
    doc.apply("risk money", lambda p: ue.set_risk_money(p, risk.key, "probability_percent", Decimal(100)))
    qtbot.wait(100)
    assert page.result is first and page._future is None  # hidden: not simulated
    view.tabs.setCurrentIndex(UNCERTAINTY_TAB)
    qtbot.waitUntil(lambda: page.result is not first and page._future is None, timeout=30_000)
    assert page.result == unc.simulate(doc.plan, page.draws.value(), page.seed.value())
    doc.undo_stack.undo()
    qtbot.waitUntil(lambda: page.result == first, timeout=30_000)  # shown: an undo simulates again


def test_a_long_simulation_shows_progress_and_can_be_cancelled(view, qtbot):
    page = view.uncertainty
    view.tabs.setCurrentIndex(UNCERTAINTY_TAB)
    qtbot.waitUntil(lambda: page.result is not None, timeout=30_000)
    shown = page.result
    page.draws.setValue(unc.MAX_DRAWS)
    page.start()
    qtbot.waitUntil(lambda: page.progress.isVisible(), timeout=10_000)
    assert page.cancel.isVisible()
    page.cancel.click()
    assert not page.progress.isVisible() and page._future is None
    assert page.result is shown  # the last finished figures stay
    qtbot.wait(200)
    assert page.result is shown


def test_an_estimate_range_is_typed_on_the_page_undone_and_refused_in_place(view, qtbot):
    page = view.uncertainty
    view.tabs.setCurrentIndex(UNCERTAINTY_TAB)
    qtbot.waitUntil(lambda: page.result is not None and page._future is None, timeout=30_000)
    doc = view.document
    table = page.ranges
    assert table.rowCount() == len(doc.plan.commercial.periods)
    assert table.item(2, 1).text() == "−6 … +9"
    table.item(0, 1).setText("-10 … 5 tasainen")
    assert doc.plan.commercial.periods[0].estimate == m.EstimateRange(Decimal(-10), Decimal(5), "uniform")
    assert table.item(0, 1).text() == "−10 … +5 " + "tasainen"
    qtbot.waitUntil(lambda: page._future is None and page.result is not None, timeout=30_000)
    table.item(3, 1).setText("paljon")
    assert page.range_message.isVisible() and "paljon" in page.range_message.text()
    assert table.item(3, 1).text() == "−8 … +12"  # the stored range back in the cell
    doc.undo_stack.undo()
    qtbot.waitUntil(lambda: table.item(0, 1).text() == "", timeout=10_000)
    assert doc.plan.commercial.periods[0].estimate is None
