"""Derived numbers once per plan state (core/derived.py): the identity memo, and the scores and
settlements that use it give exactly what computing them afresh gives."""

from __future__ import annotations

import dataclasses
import gc
import threading
from decimal import Decimal

import pytest

from alliance_desktop.core import commercial_edits as ce, edits, metrics_edits as me, model as m
from alliance_desktop.core.derived import IdentityMemo, identity_memo
from alliance_desktop.core.scoring import _Memo, _period_score, _kpi_scores, kpi_scores
from alliance_desktop.core.settlement import Settlement, _settle_own, settle_period, settle_plan
from alliance_desktop.templates import load_template


def test_memo_matches_by_identity_not_equality():
    calls = []

    @identity_memo(size=2)
    def total(values):
        calls.append(values)
        return sum(values)

    a, b = (1, 2), tuple([1, 2])  # equal, not the same object
    assert total(a) == 3 and total(a) == 3
    assert len(calls) == 1
    assert total(b) == 3
    assert len(calls) == 2 and total.computed == 2


def test_memo_keeps_its_arguments_so_their_ids_are_not_reused():
    memo = IdentityMemo(lambda values: list(values), size=3)
    first = memo([1, 2])  # a temporary argument: the memo holds it
    gc.collect()
    other = [3, 4]
    assert memo(other) == [3, 4]  # never the first call's result, whatever id the new list got
    assert first == [1, 2]


def test_memo_is_bounded_least_recently_used_out():
    memo = IdentityMemo(lambda x: object(), size=2)
    a, b, c = tuple([1]), tuple([2]), tuple([3])
    ra = memo(a)
    memo(b)
    assert memo(a) is ra  # a used again: b is now the oldest
    memo(c)
    assert len(memo) == 2
    assert memo(a) is ra
    assert memo.computed == 3
    memo(b)  # b went out
    assert memo.computed == 4
    with pytest.raises(ValueError):
        IdentityMemo(len, 0)


def test_memo_from_threads():
    memo = IdentityMemo(lambda x: x * 2, size=3)
    values = [(i,) for i in range(20)]
    errors = []

    def work():
        try:
            for _ in range(200):
                for v in values:
                    assert memo(v) == v * 2
        except Exception as exc:  # pragma: no cover - shown by the assert below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(memo) == 3


def _fresh_scores(plan: m.Plan) -> dict:
    positions = {p.key: i for i, p in enumerate(plan.commercial.periods)}
    memo = _Memo()
    return {p.key: _period_score(plan.metrics, p, positions, None, memo) for p in plan.commercial.periods}


def _fresh_settlement(plan: m.Plan, scenario: m.Scenario | None) -> Settlement:
    """settle_plan as it was before it was remembered: every period settled again for a scenario."""
    scores = _fresh_scores(plan)
    overrides = {sp.period: sp for sp in scenario.periods} if scenario else {}
    results = []
    for period in plan.commercial.periods:
        o = overrides.get(period.key)
        if o is not None and o.kpi_score is not None:
            kpi, source = o.kpi_score, "scenario"
        else:
            kpi, source = scores[period.key], "metrics"
        results.append(settle_period(plan.commercial, period, kpi, actual=o.actual if o else None,
                                     kpi_source=source))
    return Settlement.of(results, scenario.key if scenario else "")


@pytest.mark.parametrize("name", ["keusote", "hyvaks"])
def test_scores_and_settlements_are_those_computed_afresh(name):
    plan = load_template(name)
    assert kpi_scores(plan) == _fresh_scores(plan)
    assert settle_plan(plan) == _fresh_settlement(plan, None)
    assert plan.scenarios
    for sc in plan.scenarios:
        assert settle_plan(plan, sc) == _fresh_settlement(plan, sc)
        assert settle_plan(plan, sc.key) == _fresh_settlement(plan, sc)
    # a what-if (a scenario not in the plan) and a scenario naming a period with no override
    period = plan.commercial.periods[0]
    what_if = m.Scenario(key="what_if", name="What if", periods=(
        m.ScenarioPeriod(period=period.key, kpi_score=Decimal("0.25")),
        m.ScenarioPeriod(period=plan.commercial.periods[-1].key)))
    assert settle_plan(plan, what_if) == _fresh_settlement(plan, what_if)


def test_once_per_plan_state_and_again_after_an_edit_of_what_it_reads():
    plan = load_template("keusote")
    scores = kpi_scores(plan)
    computed = _kpi_scores.computed
    # an edit elsewhere keeps the metrics and periods: the same scores, not computed again
    renamed = edits.set_project(plan, name="Toinen nimi")
    assert kpi_scores(renamed) is scores and settle_plan(renamed) is settle_plan(plan)
    assert _kpi_scores.computed == computed
    # a measurement changed: new scores, equal to fresh ones; undo (the old plan) finds the old ones
    metric, period = plan.metrics[0], plan.commercial.periods[0]
    measured = me.set_measurement(plan, metric.key, period.key, (me.measurement(metric, period.key) or 0) + 1)
    assert kpi_scores(measured) == _fresh_scores(measured)
    assert kpi_scores(measured) is not scores
    assert kpi_scores(plan) is scores
    # money changed: the same scores, a new settlement equal to a fresh one
    own = settle_plan(plan)
    costed = ce.set_actual_part(plan, period.key, "production", period.actual.production + 1000)
    assert kpi_scores(costed) is scores
    assert settle_plan(costed) is not own and settle_plan(costed) == _fresh_settlement(costed, None)
    for sc in costed.scenarios:
        assert settle_plan(costed, sc) == _fresh_settlement(costed, sc)
    assert settle_plan(plan) is own


def test_a_scenario_shares_the_periods_it_does_not_override():
    plan = load_template("keusote")
    own = settle_plan(plan)
    for sc in plan.scenarios:
        overridden = {sp.period for sp in sc.periods if sp.actual is not None or sp.kpi_score is not None}
        result = settle_plan(plan, sc)
        for mine, theirs in zip(result.periods, own.periods):
            assert (mine is theirs) == (mine.key not in overridden)
    changed = dataclasses.replace(plan.scenarios[0], name="Renamed")
    assert settle_plan(plan, changed) == settle_plan(plan, plan.scenarios[0])
    assert _settle_own.size >= 2  # undo and redo find their plan state


def test_memo_matches_by_value_where_asked():
    memo = IdentityMemo(lambda items, names: (items, names), size=2, by_value=(1,))
    items = tuple([1])
    first = memo(items, ("a", "b"))
    assert memo(items, tuple(["a", "b"])) is first  # an equal value: the same result
    assert memo(items, ("a", "c")) is not first
    assert memo(tuple([1]), ("a", "b")) is not first  # an equal but other object where identity counts


def test_a_money_edit_settles_only_its_period_again():
    plan = load_template("hyvaks")
    own = settle_plan(plan)
    period = plan.commercial.periods[1]
    costed = ce.set_actual_part(plan, period.key, "production", period.actual.production + 1000)
    again = settle_plan(costed)
    assert again == _fresh_settlement(costed, None)
    for before, after in zip(own.periods, again.periods):
        assert (before is after) == (before.key != period.key)
    # the sharing rules changed: every period again
    shared = dataclasses.replace(costed, commercial=dataclasses.replace(costed.commercial, gain_cap_percent=Decimal(7)))
    assert all(a is not b for a, b in zip(settle_plan(shared).periods, again.periods))
    assert settle_plan(shared) == _fresh_settlement(shared, None)


def test_timeline_ticks_once_per_zoom_and_extent_in_the_language_shown():
    import datetime as dt

    from alliance_desktop import i18n
    from alliance_desktop.core import timeline as tl

    first, last = dt.date(2026, 1, 1), dt.date(2027, 6, 30)
    shown = tl.ticks(3.0, first, last, unit="month")
    assert tl.ticks(3.0, first, last, unit="month") is shown
    assert tl.ticks(3.0, first, dt.date(2027, 7, 1), unit="month") is not shown
    before = i18n.language()
    other = "en" if before == "fi" else "fi"
    try:
        i18n.set_language(other)
        translated = tl.ticks(3.0, first, last, unit="month")
        assert translated is not shown and translated.lower[0].label != shown.lower[0].label
    finally:
        i18n.set_language(before)
    assert tl.ticks(3.0, first, last, unit="month") is shown


@pytest.mark.parametrize("name", ["keusote", "hyvaks"])
def test_timeline_warnings_once_per_plan_state(name):
    import datetime as dt

    from alliance_desktop.core import timeline as tl

    plan = load_template(name)
    day = dt.date(2026, 9, 1)
    found = tl.warnings(plan, 30, today=day)
    assert found == tl._find_warnings(plan, 30, day)
    assert tl.warnings(plan, 30, today=day) == found
    computed = tl._warnings.computed
    renamed = edits.set_project(plan, name="Toinen nimi")  # nothing the warnings read
    assert tl.warnings(renamed, 30, today=day) == found and tl._warnings.computed == computed
    moved = tl.move_phase(plan, plan.phases[0].key, 400)
    assert tl.warnings(moved, 30, today=day) == tl._find_warnings(moved, 30, day)
    assert tl.warnings(plan, 30, today=dt.date(2030, 1, 1)) == tl._find_warnings(plan, 30, dt.date(2030, 1, 1))


def test_chain_costs_once_per_plan_state():
    from alliance_desktop.core import chains as cc

    plan = load_template("keusote")
    chain = plan.chains[0]
    costs = cc.chain_costs(plan, chain)
    assert costs == cc._chain_costs.function(chain, plan.parties, "fi")
    assert cc.chain_costs(edits.set_project(plan, name="Toinen"), chain) is costs
    step = chain.steps[0]
    more = cc.update_step(plan, chain.key, step.key, annual_volume=step.annual_volume + 10)
    assert cc.chain_costs(more, more.chains[0]).gross == costs.gross + 10 * step.unit_cost
    assert cc.chain_costs(plan, chain) is costs  # undo finds it


def test_timeline_rows_once_per_plan_state():
    from alliance_desktop.core import timeline as tl

    plan = load_template("keusote")
    shown = tl.rows(plan)
    assert shown == tl._rows.function(plan.phases, plan.markers, True, 0.0, 1.0)
    assert tl.rows(edits.set_project(plan, name="Toinen")) is shown
    assert tl.rows(plan, 10.0, 1.15) != shown
    no_periods = dataclasses.replace(plan, commercial=dataclasses.replace(plan.commercial, periods=()))
    assert tl.rows(no_periods) == tl._rows.function(plan.phases, plan.markers, False, 0.0, 1.0) != shown


def test_a_measurement_edit_settles_only_the_periods_whose_score_changed():
    plan = load_template("keusote")
    own = settle_plan(plan)
    metric, period = plan.metrics[0], plan.commercial.periods[0]
    measured = me.set_measurement(plan, metric.key, period.key, (me.measurement(metric, period.key) or 0) + 1)
    again = settle_plan(measured)
    assert again == _fresh_settlement(measured, None)
    changed = {k for k in kpi_scores(plan) if kpi_scores(plan)[k] != kpi_scores(measured)[k]}
    assert changed == {period.key}
    for before, after in zip(own.periods, again.periods):
        assert (before is after) == (before.key not in changed)
    for sc in measured.scenarios:  # saved scenarios with the new scores, remembered with it
        assert settle_plan(measured, sc) == _fresh_settlement(measured, sc)
        assert settle_plan(measured, sc) is settle_plan(measured, sc)


def test_scores_reuse_the_periods_an_edit_leaves_and_follow_the_language():
    from alliance_desktop import i18n

    plan = load_template("hyvaks")
    scores = kpi_scores(plan)
    metric, period = plan.metrics[0], plan.commercial.periods[0]
    measured = me.set_measurement(plan, metric.key, period.key, (me.measurement(metric, period.key) or 0) + 1)
    again = kpi_scores(measured)
    assert again == _fresh_scores(measured)
    for key in scores:
        assert (again[key] is scores[key]) == (key != period.key)
    renamed = me.update_metric(measured, metric.key, name="Toinen mittari")  # in every period's parts
    assert kpi_scores(renamed) == _fresh_scores(renamed)
    assert all(kpi_scores(renamed)[k] is not again[k] for k in again)
    before = i18n.language()
    other = "en" if before == "fi" else "fi"
    fi_settlement = settle_plan(plan)
    try:
        i18n.set_language(other)
        assert kpi_scores(plan) == _fresh_scores(plan)
        assert settle_plan(plan) == _fresh_settlement(plan, None)
        notes = [w for p in settle_plan(plan).periods for w in p.warnings]
        assert notes != [w for p in fi_settlement.periods for w in p.warnings]
    finally:
        i18n.set_language(before)
    assert settle_plan(plan) == fi_settlement
