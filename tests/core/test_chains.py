"""Service chains without Qt: costs, the card layout, pure edits, the production target and templates."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alliance_desktop import i18n, templates
from alliance_desktop.core import chains as cc
from alliance_desktop.core import model as m
from alliance_desktop.core.errors import PlanError
from alliance_desktop.core.validation import validate_plan

D = Decimal


@pytest.fixture(scope="module")
def hyvaks() -> m.Plan:
    return templates.load_template("hyvaks")


@pytest.fixture(scope="module")
def keusote() -> m.Plan:
    return templates.load_template("keusote")


def small_plan() -> m.Plan:
    """Three steps worked by hand below."""
    steps = (
        m.ChainStep("a", "Vastaanotto", provider="", provider_kind="own", annual_volume=D(100), unit_cost=D("12.50"),
                    own_unit_cost=D("12.50")),
        m.ChainStep("b", "Leikkaus", provider="kumppani", provider_kind="partner", annual_volume=D(10),
                    unit_cost=D(2000), own_unit_cost=D(2200)),
        m.ChainStep("c", "Kuljetus", provider="kyyti", provider_kind="support_service", annual_volume=D(40),
                    unit_cost=D(30), own_unit_cost=D(25), scope="option"),
    )
    return m.Plan(
        project=m.Project(name="Testi"),
        parties=(m.Party("buyer", "Tilaaja", "buyer"), m.Party("kumppani", "Kumppani Oy", "producer"),
                 m.Party("kyyti", "Kyyti Oy", "support_service"), m.Party("ali", "Ali Oy", "subcontractor")),
        areas=(m.Area("a1", "Alue 1"), m.Area("a2", "Alue 2", "option")),
        chains=(m.ServiceChain("k", "Ketju", steps=steps),),
        scope=m.Scope((m.ScopePackage("p", "Paketti"),), (("p", "a1", "included"),)),
        commercial=m.Commercial(periods=(
            m.ServicePeriod("p1", "Jakso 1", dt.date(2027, 1, 1), dt.date(2028, 12, 31),
                            m.CostParts(D(1000), D(500), D(10000))),
            m.ServicePeriod("p2", "Jakso 2", dt.date(2029, 1, 1), dt.date(2029, 7, 15)),
        )),
    )


def chain(plan: m.Plan, key: str = "k") -> m.ServiceChain:
    return cc.find_chain(plan, key)


# ---------------------------------------------------------------- costs


def test_costs_worked_by_hand():
    plan = small_plan()
    costs = cc.chain_costs(plan, chain(plan))
    # a: 100 × 12,50 = 1 250 (own 1 250); b: 10 × 2 000 = 20 000 (own 22 000); c: 40 × 30 = 1 200 (own 1 000)
    assert [s.cost for s in costs.steps] == [D(1250), D(20000), D(1200)]
    assert [s.own_cost for s in costs.steps] == [D(1250), D(22000), D(1000)]
    assert costs.gross == D(22450)
    assert costs.own == D(24250)
    assert costs.difference == D(-1800)
    assert costs.in_scope == D(21250) and costs.option == D(1200) and costs.outside == 0
    assert costs.target_base() == D(21250) and costs.target_base(include_options=True) == D(22450)
    assert [(p.provider, p.cost, p.steps) for p in costs.providers] == [
        ("kumppani", D(20000), 1), ("", D(1250), 1), ("kyyti", D(1200), 1)]
    assert costs.providers[1].name == cc.provider_kind_title("own")
    assert costs.providers[0].name == "Kumppani Oy"
    assert costs.providers[0].difference == D(-2000)
    assert costs.by_kind == (("own", D(1250)), ("partner", D(20000)), ("support_service", D(1200)))
    assert costs.step("c").difference == D(200)


def test_costs_of_the_hyvaks_surgical_chain(hyvaks):
    surgical = chain(hyvaks, "leikkaus")
    costs = cc.chain_costs(hyvaks, surgical)
    assert len(costs.steps) == 18
    assert costs.gross == sum((s.annual_volume * s.unit_cost for s in surgical.steps), D(0))
    assert costs.gross == D(11282700)
    assert costs.own == D(12564400)
    assert sum((p.cost for p in costs.providers), D(0)) == costs.gross
    assert costs.providers[0].provider == "kirurgipalvelut"  # the largest first


def test_provider_names(keusote):
    step = chain(keusote, "kotona_asuminen").steps[2]
    assert cc.provider_name(keusote, step).startswith("Hoivakumppanit")
    assert cc.provider_name(keusote, m.ChainStep("x", "X", provider_kind="partner")) == \
        cc.translate("Chains", "Provider not chosen")


# ---------------------------------------------------------------- layout

MT = cc.Metrics(card_width=100, card_height=50, gap_x=20, gap_y=30, margin=10, top=40)


def test_layout_wraps_rows_like_the_slides():
    layout = cc.chain_layout(5, 2, MT)
    assert layout.rows == 3
    assert [(b.x, b.y) for b in layout.cards] == [(10, 50), (130, 50), (10, 130), (130, 130), (10, 210)]
    assert layout.width == 10 + 100 + 20 + 100 + 10
    assert layout.height == 40 + 10 + 3 * 50 + 2 * 30 + 10
    straight, wrap = layout.arrows[0], layout.arrows[1]
    assert not straight.wraps and straight.points == ((110, 75), (130, 75))
    assert wrap.wraps and wrap.points == ((180, 100), (180, 115), (60, 115), (60, 130))
    assert len(layout.arrows) == 4


def test_columns_for_width():
    assert cc.columns_for_width(10 + 100 + 10, MT) == 1
    assert cc.columns_for_width(10 + 3 * 100 + 2 * 20 + 10, MT) == 3
    assert cc.columns_for_width(10 + 3 * 100 + 2 * 20 + 9, MT) == 2
    assert cc.columns_for_width(5, MT) == 1
    assert cc.columns_for_width(10_000, MT, maximum=5) == 5


def test_hit_tests():
    layout = cc.chain_layout(5, 2, MT)
    assert cc.card_at(layout, 60, 75) == 0
    assert cc.card_at(layout, 120, 75) == -1  # the gap between cards
    assert cc.card_at(layout, 150, 220) == -1  # no fifth-row neighbour
    assert cc.card_at(layout, 20, 220) == 4
    assert cc.card_at(layout, 5, 60) == -1 and cc.card_at(layout, 60, 20) == -1
    # drop positions: left of card 0, between 0 and 1, after 1 (= before 2), end
    assert cc.drop_index(layout, 15, 60) == 0
    assert cc.drop_index(layout, 125, 70) == 1
    assert cc.drop_index(layout, 229, 70) == 2
    assert cc.drop_index(layout, 500, 500) == 5
    assert cc.drop_index(layout, -50, -50) == 0
    # the marker after the last card of a row stays in that row
    x, top, bottom = cc.drop_marker(layout, 229, 70)
    assert x == 230 + 10 and top == 50 and bottom == 100


def test_keyboard_neighbours():
    layout = cc.chain_layout(5, 2, MT)
    assert cc.neighbour(layout, 0, "right") == 1
    assert cc.neighbour(layout, 0, "left") == 0
    assert cc.neighbour(layout, 1, "down") == 3
    assert cc.neighbour(layout, 3, "down") == 4  # the shorter last row: its last card
    assert cc.neighbour(layout, 4, "down") == 4
    assert cc.neighbour(layout, 2, "up") == 0
    assert cc.neighbour(layout, 0, "up") == 0
    assert cc.neighbour(layout, 2, "end") == 4 and cc.neighbour(layout, 3, "home") == 0
    assert cc.neighbour(layout, -1, "right") == 0
    assert cc.neighbour(cc.chain_layout(0, 2, MT), 0, "right") == -1


def test_visible_range_covers_the_rows_showing():
    layout = cc.chain_layout(200, 4, MT)
    r = cc.visible_range(layout, 0, 100)
    assert r.start == 0 and r.stop >= 4
    r = cc.visible_range(layout, 1000, 1200)
    for i in range(200):
        box = layout.cards[i]
        showing = box.bottom >= 1000 and box.y <= 1200
        assert not showing or i in r


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 60), st.integers(1, 9), st.floats(-100, 2000), st.floats(-100, 3000))
def test_layout_properties(count, columns, x, y):
    layout = cc.chain_layout(count, columns, MT)
    assert len(layout.cards) == count and len(layout.arrows) == max(0, count - 1)
    for i, box in enumerate(layout.cards):
        assert cc.card_at(layout, *box.centre) == i
        assert box.right <= layout.width and box.bottom <= layout.height
    hit = cc.card_at(layout, x, y)
    assert hit == -1 or layout.cards[hit].contains(x, y)
    assert 0 <= cc.drop_index(layout, x, y) <= count


# ---------------------------------------------------------------- chain edits


def test_add_rename_duplicate_delete_chain():
    plan = small_plan()
    plan = cc.add_chain(plan, "  Uusi ketju ")
    new = plan.chains[-1]
    assert new.name == "Uusi ketju" and new.key == "uusi_ketju" and new.steps == ()
    plan = cc.rename_chain(plan, new.key, "Toinen")
    assert chain(plan, new.key).name == "Toinen"
    plan = cc.duplicate_chain(plan, "k")
    copy_name = cc.translate("Chains", "{name} (copy)").format(name="Ketju")
    assert [c.key for c in plan.chains][:2] == ["k", cc.new_chain_key(small_plan(), copy_name)]
    copy = plan.chains[1]
    assert copy.steps == chain(plan).steps and copy.name == copy_name
    validate_plan(plan)
    plan = cc.delete_chain(plan, "k")
    assert "k" not in {c.key for c in plan.chains}
    plan = cc.move_chain(plan, new.key, 0)
    assert plan.chains[0].key == new.key
    with pytest.raises(PlanError):
        cc.rename_chain(plan, new.key, "   ")
    with pytest.raises(PlanError):
        cc.add_chain(plan, "")
    with pytest.raises(PlanError):
        cc.delete_chain(plan, "nope")
    with pytest.raises(PlanError):
        cc.add_chain(plan, "X", key=new.key)


def test_step_edits():
    plan = small_plan()
    plan = cc.insert_step(plan, "k", 1, "Kuvantaminen", provider="ali", provider_kind="subcontractor",
                          annual_volume=D(5), unit_cost=D(100))
    assert [s.key for s in chain(plan).steps] == ["a", "kuvantaminen", "b", "c"]
    plan = cc.add_step(plan, "k")
    assert chain(plan).steps[-1].name == cc.translate("Chains", "New step")
    plan = cc.duplicate_step(plan, "k", "b")
    keys = [s.key for s in chain(plan).steps]
    assert keys[2] == "b" and chain(plan).steps[3].name == cc.translate("Chains", "{name} (copy)").format(
        name=chain(plan).steps[2].name)
    plan = cc.move_step(plan, "k", "a", 99)
    assert [s.key for s in chain(plan).steps][-1] == "a"
    plan = cc.move_step(plan, "k", "a", 0)
    assert [s.key for s in chain(plan).steps][0] == "a"
    plan = cc.delete_step(plan, "k", "kuvantaminen")
    assert "kuvantaminen" not in [s.key for s in chain(plan).steps]
    validate_plan(plan)
    with pytest.raises(PlanError):
        cc.delete_step(plan, "k", "kuvantaminen")
    with pytest.raises(PlanError):
        cc.insert_step(plan, "k", 0, "X", provider="nobody")
    with pytest.raises(PlanError):
        cc.insert_step(plan, "k", 0, "X", annual_volume=D(-1))


def test_update_step_refuses_bad_values_whole():
    plan = small_plan()
    new = cc.update_step(plan, "k", "a", annual_volume=D("1234.50"), unit_cost=D(9), name=" Uusi nimi ")
    step = chain(new).steps[0]
    assert step.annual_volume == D("1234.50") and step.unit_cost == 9 and step.name == "Uusi nimi"
    for bad in ({"annual_volume": D(-1)}, {"unit_cost": D(-0.01)}, {"own_unit_cost": D(-5)}, {"name": "  "},
                {"provider_kind": "friend"}, {"scope": "maybe"}, {"provider": "nobody"},
                {"unit_cost": D(5), "annual_volume": D(-2)}, {"colour": "red"}):
        with pytest.raises(PlanError):
            cc.update_step(plan, "k", "a", **bad)
    with pytest.raises(PlanError) as err:
        cc.update_step(plan, "k", "a", annual_volume=D(-1))
    assert err.value.field == "annual_volume"


def test_set_provider_follows_the_party_role():
    plan = small_plan()
    plan = cc.set_step_provider(plan, "k", "a", "ali")
    assert chain(plan).steps[0].provider == "ali" and chain(plan).steps[0].provider_kind == "subcontractor"
    plan = cc.set_step_provider(plan, "k", "a", "")
    assert chain(plan).steps[0].provider == "" and chain(plan).steps[0].provider_kind == "own"


def test_parse_step_number_in_finnish_and_english():
    assert cc.parse_step_number("unit_cost", "1 234,50") == D("1234.50")
    assert cc.parse_step_number("unit_cost", "1\u00a0234,50 €") == D("1234.50")
    assert cc.parse_step_number("annual_volume", "1234.5") == D("1234.5")
    with pytest.raises(PlanError):
        cc.parse_step_number("unit_cost", "kallis")
    with pytest.raises(PlanError) as err:
        cc.parse_step_number("annual_volume", "-5")
    assert err.value.message == cc.translate("Chains", "The annual volume cannot be negative.")


def test_analysis_notes_keep_the_standard_order():
    plan = small_plan()
    plan = cc.set_analysis(plan, "k", "risks", "Leikkaajia on rajallisesti.")
    plan = cc.set_analysis(plan, "k", "goals", "Jonot lyhyemmiksi.")
    assert [h for h, _t in chain(plan).analysis] == ["goals", "risks"]
    assert cc.analysis_text(chain(plan), "risks") == "Leikkaajia on rajallisesti."
    plan = cc.set_analysis(plan, "k", "risks", "   ")
    assert [h for h, _t in chain(plan).analysis] == ["goals"]
    with pytest.raises(PlanError):
        cc.set_analysis(plan, "k", "weather", "x")


# ---------------------------------------------------------------- scope matrix


def test_scope_cells_cycle_and_packages():
    plan = small_plan()
    assert cc.scope_state(plan, "p", "a1") == "included"
    assert cc.scope_state(plan, "p", "a2") == "excluded"  # never set
    plan = cc.cycle_scope_cell(plan, "p", "a1")
    assert cc.scope_state(plan, "p", "a1") == "option"
    plan = cc.cycle_scope_cell(plan, "p", "a1")
    plan = cc.cycle_scope_cell(plan, "p", "a1")
    assert cc.scope_state(plan, "p", "a1") == "included"
    plan = cc.set_scope_cell(plan, "p", "a2", "option")
    assert ("p", "a2", "option") in plan.scope.cells
    validate_plan(plan)
    plan = cc.add_scope_package(plan, "Kotihoito", target_group="Yli 65-vuotiaat")
    assert plan.scope.packages[-1].key == "kotihoito"
    assert cc.scope_state(plan, "kotihoito", "a2") == "excluded"
    plan = cc.update_scope_package(plan, "kotihoito", name="Kotihoito ja etähoiva")
    plan = cc.move_scope_package(plan, "kotihoito", 0)
    assert plan.scope.packages[0].name == "Kotihoito ja etähoiva"
    validate_plan(plan)
    plan = cc.remove_scope_package(plan, "kotihoito")
    assert all(c[0] != "kotihoito" for c in plan.scope.cells)
    validate_plan(plan)
    for bad in (lambda: cc.set_scope_cell(plan, "p", "a1", "perhaps"), lambda: cc.set_scope_cell(plan, "x", "a1", "option"),
                lambda: cc.set_scope_cell(plan, "p", "x", "option"), lambda: cc.add_scope_package(plan, " "),
                lambda: cc.remove_scope_package(plan, "x"), lambda: cc.update_scope_package(plan, "p", name="")):
        with pytest.raises(PlanError):
            bad()
    assert cc.next_scope_state("excluded") == "included"


# ---------------------------------------------------------------- production target


def test_period_years():
    plan = small_plan()
    assert cc.period_years(plan.commercial.periods[0]) == 2
    odd = cc.period_years(plan.commercial.periods[1])  # 1.1.–15.7.: 196 days
    assert odd == (D(196) / D(365)).quantize(D("0.0001"))
    keusote = templates.load_template("keusote")
    assert [cc.period_years(p) for p in keusote.commercial.periods] == [2, 2, 3, 3]


def test_chain_cost_as_production_target():
    plan = small_plan()
    new, change = cc.use_chain_cost_as_target(plan, "k", "p1")
    target = new.commercial.periods[0].target
    assert change.annual_cost == D(21250) and change.years == 2
    assert target.production == D(42500) and target.fee == D(1000) and target.overhead == D(500)
    assert change.old.production == D(10000) and change.change == D(32500)
    assert change.new.total == D(44000)
    assert new.commercial.periods[1] is plan.commercial.periods[1]
    validate_plan(new)
    _plan, with_options = cc.use_chain_cost_as_target(plan, "k", "p1", include_options=True)
    assert with_options.new.production == D(44900)
    with pytest.raises(PlanError):
        cc.use_chain_cost_as_target(plan, "k", "nope")


def test_keusote_chain_as_target_of_a_three_year_period(keusote):
    new, change = cc.use_chain_cost_as_target(keusote, "kotona_asuminen", "p3")
    costs = cc.chain_costs(keusote, chain(keusote, "kotona_asuminen"))
    assert change.new.production == (costs.in_scope * 3).quantize(D("0.01"))
    assert new.commercial.periods[2].target.fee == keusote.commercial.periods[2].target.fee


# ---------------------------------------------------------------- templates


@pytest.mark.parametrize("template,count", [("surgical", 18), ("reception", 8), ("home_care", 12)])
def test_templates_make_valid_chains(template, count):
    plan = templates.load_template("blank")
    plan = cc.add_template_chain(plan, template)
    made = plan.chains[-1]
    assert len(made.steps) == count
    assert len({s.key for s in made.steps}) == count
    assert all(s.provider == "" and s.annual_volume == 0 for s in made.steps)
    validate_plan(plan)
    again = cc.add_template_chain(plan, template)
    assert len({c.key for c in again.chains}) == 2


def test_template_names_follow_the_language():
    i18n.set_language("en")
    try:
        surgical = cc.template_chain("surgical")
        assert surgical.name == "Surgical care chain"
        assert surgical.steps[0].name == "Referral / doctor"
        assert [s.provider_kind for s in surgical.steps][15] == "support_service"  # transport
    finally:
        i18n.set_language("fi")
    with pytest.raises(PlanError):
        cc.template_chain("nonsense")


def test_names_and_legend():
    assert [k for k, _t in cc.legend()] == list(m.PROVIDER_KINDS)
    for h in m.ANALYSIS_HEADINGS:
        assert cc.analysis_heading_title(h) and cc.analysis_heading_hint(h)
    for s in m.SCOPE_STATES:
        assert cc.scope_state_title(s)
    for s in m.STEP_SCOPES:
        assert cc.step_scope_title(s)
    assert cc.kind_for_role("producer") == "partner" and cc.kind_for_role("association") is None


# ---------------------------------------------------------------- properties

_ops = st.lists(st.tuples(st.sampled_from(("insert", "delete", "move", "duplicate", "update")),
                          st.integers(0, 30), st.integers(0, 30)), max_size=25)


@settings(max_examples=60, deadline=None)
@given(_ops)
def test_any_sequence_of_step_edits_keeps_the_plan_valid(ops):
    plan = small_plan()
    for op, a, b in ops:
        steps = chain(plan).steps
        key = steps[a % len(steps)].key if steps else ""
        if op == "insert":
            plan = cc.insert_step(plan, "k", a, f"Vaihe {a}", annual_volume=D(a), unit_cost=D(b))
        elif op == "delete" and key:
            plan = cc.delete_step(plan, "k", key)
        elif op == "move" and key:
            before = sorted(s.key for s in chain(plan).steps)
            plan = cc.move_step(plan, "k", key, b)
            assert sorted(s.key for s in chain(plan).steps) == before
        elif op == "duplicate" and key:
            plan = cc.duplicate_step(plan, "k", key)
        elif op == "update" and key:
            plan = cc.update_step(plan, "k", key, annual_volume=D(b))
        validate_plan(plan)
        costs = cc.chain_costs(plan, chain(plan))
        assert costs.gross == sum((s.annual_volume * s.unit_cost for s in chain(plan).steps), D(0))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 10), min_size=1, max_size=8), st.integers(0, 10))
def test_move_step_puts_the_step_at_the_index(names, target):
    plan = dataclasses.replace(small_plan(), chains=(m.ServiceChain("k", "K"),))
    for i, _n in enumerate(names):
        plan = cc.add_step(plan, "k", f"S{i}")
    keys = [s.key for s in chain(plan).steps]
    moved = cc.move_step(plan, "k", keys[0], target)
    new_keys = [s.key for s in chain(moved).steps]
    assert new_keys.index(keys[0]) == min(target, len(keys) - 1)
