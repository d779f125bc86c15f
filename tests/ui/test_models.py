"""Every item model of the app keeps Qt's model contract (pytest-qt's qtmodeltester), with the Keusote demo
loaded and while edits, undo and redo change its rows: the timeline's table, the metric list, the
measurements grid, and the risks view's record tables and their sort proxies."""

from __future__ import annotations

import importlib
import pkgutil
from decimal import Decimal

import pytest
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QApplication

import alliance_desktop.ui
from alliance_desktop.core import edits
from alliance_desktop.core import metrics_edits as me
from alliance_desktop.core import timeline as tl


def _timeline(window):
    return window.views["timeline"].model


def _metric_list(window):
    return window.views["metrics"].definitions.list_model


def _measurements(window):
    return window.views["metrics"].measurements.model


def _risk_records(window):
    return window.views["risks"].tables["risks"].records


def _risk_proxy(window):
    return window.views["risks"].tables["risks"].proxy


def _timeline_edits(doc):
    new, key = tl.add_phase(doc.plan, "Uusi vaihe", "other")
    yield lambda plan: new
    yield lambda plan: tl.update_phase(plan, key, name="Nimetty vaihe")
    yield lambda plan: tl.remove_phase(plan, plan.phases[0].key)


def _metric_edits(doc):
    yield lambda plan: me.add_metric(plan, "Uusi mittari", unit="%")
    period = doc.plan.commercial.periods[0].key
    yield lambda plan: me.set_measurement(plan, plan.metrics[0].key, period, Decimal("12.5"))
    yield lambda plan: me.remove_metric(plan, plan.metrics[1].key)


def _risk_edits(doc):
    first = doc.plan.risks[0].key
    yield lambda plan: edits.update_record(plan, "risks", first, likelihood=1)
    yield lambda plan: edits.update_record(plan, "risks", first, title="Uusi nimi")
    yield lambda plan: edits.add_record(plan, "risks", "Uusi riski")[0]
    yield lambda plan: edits.move_record(plan, "risks", first, 1)
    yield lambda plan: edits.remove_record(plan, "risks", plan.risks[-1].key)


#: model class -> its view, the model, the edits that change its rows. One model per test: a ModelTester
#: follows the last model it was given. (tests/ui/test_risks.py checks each record table too.)
MODELS = {
    "TimelineTableModel": ("timeline", _timeline, _timeline_edits),
    "MetricListModel": ("metrics", _metric_list, _metric_edits),
    "MeasurementsModel": ("metrics", _measurements, _metric_edits),
    "RecordModel": ("risks", _risk_records, _risk_edits),
    "SortProxy": ("risks", _risk_proxy, _risk_edits),
}


@pytest.mark.parametrize("name", sorted(MODELS))
def test_the_model_keeps_qts_contract_through_edits_undo_and_redo(window, qtmodeltester, name):
    view_key, models_of, edits_of = MODELS[name]
    assert window.show_view(view_key)
    if view_key == "metrics":  # the tabs fill their models when shown
        metrics = window.views["metrics"]
        metrics.tabs.setCurrentIndex(metrics.DEFINITIONS if name == "MetricListModel" else metrics.MEASUREMENTS)
    QApplication.processEvents()
    model = models_of(window)
    assert type(model).__name__ == name
    assert model.rowCount() > 0, f"{name}: the demo shows rows"
    qtmodeltester.check(model, force_py=True)  # and keeps checking on every signal until the test ends
    doc = window.document
    steps = 0
    for edit in edits_of(doc):
        assert doc.try_apply("test", edit) is None
        steps += 1
        QApplication.processEvents()
    for _ in range(steps):
        doc.undo_stack.undo()
        QApplication.processEvents()
    for _ in range(steps):
        doc.undo_stack.redo()
        QApplication.processEvents()
    assert doc.file.read_from_disk() == doc.plan
    assert model.rowCount() > 0


def test_every_item_model_of_the_app_is_checked():
    """A new model class (a proxy too) gets an entry in MODELS."""
    for info in pkgutil.walk_packages(alliance_desktop.ui.__path__, "alliance_desktop.ui."):
        importlib.import_module(info.name)

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    ours = {c.__name__ for c in subclasses(QAbstractItemModel) if c.__module__.startswith("alliance_desktop.")}
    assert ours == set(MODELS)
