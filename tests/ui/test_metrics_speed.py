"""The metrics board measures after an edit only the card whose metric changed (issue 16: at 64x every
edit measured all 384 cards' texts again), and needs the width a measurement from nothing gives."""

from __future__ import annotations

import dataclasses

from alliance_desktop.core import metrics_edits as me
from alliance_desktop.core import scoring
from alliance_desktop.ui.metrics.scores import ScoreBook
from tests.core.test_timeline_warnings_reuse import plan as plan_2x


def on_screen(widget):
    """What the window's backing store holds at the widget's place: the pixels repainted so far (a grab()
    would paint the widget whole again)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    at = widget.mapTo(widget.window(), QPoint(0, 0))
    return widget.screen().grabWindow(widget.window().winId(), at.x(), at.y(), widget.width(),
                                      widget.height()).toImage()


def from_nothing(canvas) -> float:
    canvas._measured_size = canvas._needed_key = None
    return canvas.needed_card_width()


def test_the_card_width_after_edits_and_undo_equals_a_measurement_from_nothing(window, qtbot, monkeypatch):
    assert window.show_view("metrics")
    view = window.views["metrics"]
    view.finish_background_work()
    canvas = view.board.canvas
    plan = view.document.plan
    first = canvas.needed_card_width()
    assert first == from_nothing(canvas)
    measured = []
    original = type(canvas).inner_width_needed
    monkeypatch.setattr(type(canvas), "inner_width_needed", lambda self, d: measured.append(d.metric.key) or
                        original(self, d))
    metric = plan.metrics[2]
    period = view.period
    assert view.document.apply("measure", lambda p: me.set_measurement(p, metric.key, period, 10 ** 6))
    after = canvas.needed_card_width()
    assert measured == [metric.key]  # only the edited metric's card was measured again
    assert after == from_nothing(canvas) and after > first  # a seven-digit value needs a wider card
    view.document.undo_stack.undo()
    assert canvas.needed_card_width() == first == from_nothing(canvas)


def test_an_edit_repaints_only_its_card_and_the_board_shows_what_a_whole_repaint_shows(window, qtbot, monkeypatch):
    assert window.show_view("metrics")
    view = window.views["metrics"]
    view.finish_background_work()
    canvas = view.board.canvas
    plan = view.document.plan
    qtbot.waitExposed(window)

    def picture():
        return on_screen(canvas)

    def whole():
        canvas.update()
        return picture()

    picture()
    regions = []
    original = type(canvas).update
    monkeypatch.setattr(type(canvas), "update", lambda self, *a: regions.append(a) or original(self, *a))
    metric = plan.metrics[1]
    assert view.document.apply("measure", lambda p: me.set_measurement(p, metric.key, view.period, 77))
    x, y, w, h = canvas._rects[1]
    assert regions == [(int(x), int(y), int(w) + 3, int(h) + 3)]  # its card only
    monkeypatch.setattr(type(canvas), "update", original)
    assert picture() == whole()
    view.document.undo_stack.undo()
    assert picture() == whole()


def test_kpi_scores_and_the_boards_book_after_edits_and_undo_equal_scores_from_nothing():
    plan = plan_2x()
    book = ScoreBook(plan)
    for key in book.order:
        book.period(key)
    states = [plan]
    period = plan.commercial.periods[0].key
    for metric in plan.metrics[:3]:
        states.append(me.set_measurement(states[-1], metric.key, period, 3))
    renamed = dataclasses.replace(states[-1].metrics[0], name="Toinen nimi")
    states.append(dataclasses.replace(states[-1], metrics=(renamed,) + states[-1].metrics[1:]))
    for state in states + states[::-1]:
        fresh = {p.key: scoring.period_score(state.metrics, p, book.order) for p in state.commercial.periods}
        assert scoring.kpi_scores(state) == fresh
        book.set_plan(state)
        assert {key: book.period(key) for key in book.order} == fresh


def test_the_boards_book_and_kpi_scores_share_their_period_scores():
    metrics = plan_2x().metrics
    plan = dataclasses.replace(plan_2x(), metrics=metrics[:1] + metrics[1:])  # a metrics section no memo has seen
    scoring._last = None  # (kpi_scores would otherwise start from the last plan's scores)
    book = ScoreBook(plan)
    key = book.order[1]
    first = book.period(key)
    computed = scoring._kpi_scores.computed
    scores = scoring.kpi_scores(plan)
    assert scores[key] is first  # the board's score, not scored again
    assert scoring._kpi_scores.computed == computed + 1
    assert scores == {p.key: scoring.period_score(list(plan.metrics), p, book.order) for p in plan.commercial.periods}
    edited = me.set_measurement(plan, plan.metrics[0].key, key, 7)
    book.set_plan(edited)
    assert book.period(key) is scoring.kpi_scores(edited)[key] != first
