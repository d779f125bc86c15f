"""The uncertainty slide (issues 17 and 21): offered only when the plan has estimate ranges or risk money,
showing the core simulation's own P50 / P80 of the buyer's total cost; a saved deck keeps it by name."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from alliance_desktop import templates
from alliance_desktop.core import interchange
from alliance_desktop.core import model as m
from alliance_desktop.core import presentation as pres
from alliance_desktop.core import uncertainty as unc
from alliance_desktop.core.validation import validate_plan
from alliance_desktop.ui.commercial.common import money
from alliance_desktop.ui.present import PresentationWindow
from alliance_desktop.ui.present.uncertainty import draws_for

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


class _Doc:
    read_only = True

    def __init__(self, plan):
        self.plan = plan


def _certain(plan: m.Plan) -> m.Plan:
    """The plan without any estimate range or risk money."""
    periods = tuple(dataclasses.replace(p, estimate=None) for p in plan.commercial.periods)
    risks = tuple(dataclasses.replace(r, cost=None) for r in plan.risks)
    return dataclasses.replace(plan, risks=risks, commercial=dataclasses.replace(plan.commercial, periods=periods))


def test_the_slide_is_offered_only_with_something_uncertain():
    plan = templates.load_template("keusote")
    assert unc.has_uncertainty(plan)
    slides = pres.available_slides(plan)
    assert slides.index("commercial") < slides.index("uncertainty") < slides.index("risks")
    assert "uncertainty" in pres.default_slides(plan)
    certain = _certain(plan)
    assert "uncertainty" not in pres.available_slides(certain)
    # a saved deck naming it keeps it while it is offered and leaves it out while not
    chosen = pres.set_slides(plan, ["uncertainty", "risks"])
    assert pres.deck(chosen) == ["uncertainty", "risks"]
    assert pres.deck(_certain(chosen)) == ["risks"]
    validate_plan(chosen)
    again = interchange.plan_from_text(interchange.dumps(interchange.plan_to_json(chosen)))
    assert again.presentation.slides == ("uncertainty", "risks")


def test_the_slide_shows_the_simulations_percentiles(qtbot, translations):
    translations.set_language("en")
    plan = templates.load_template("keusote")
    win = PresentationWindow(_Doc(plan), ["uncertainty"])
    try:
        win.resize(1280, 720)
        win.show()
        QApplication.processEvents()
        result = unc.simulate(plan, draws_for(plan), unc.DEFAULT_SEED)
        buyer = result.contract.series("buyer_total_cost")
        texts = [lab.text() for lab in win.slide.findChildren(QLabel)]
        assert f"{money(buyer.p(50), 0)} / {money(buyer.p(80), 0)}" in texts
        assert any("period 3" in t and "%" in t for t in texts)
        assert win.slide.fit_problems() == []
    finally:
        win.close()
        win.deleteLater()
