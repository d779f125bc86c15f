"""Risk money and period estimate ranges in the project file (schema version 3, "0003_uncertainty")."""

import sqlite3
from dataclasses import replace
from decimal import Decimal as D

import pytest

from alliance_desktop import templates
from alliance_desktop.core import model as m
from alliance_desktop.storage import schema
from alliance_desktop.storage.projectfile import ProjectFile, create_file, load_plan


@pytest.fixture(autouse=True)
def english():
    from alliance_desktop import i18n

    i18n.set_language("en")


def plain(plan: m.Plan) -> m.Plan:
    """The plan without estimate ranges and risk money (the demos carry illustrative ones)."""
    c = plan.commercial
    return replace(plan, commercial=replace(c, periods=tuple(replace(p, estimate=None) for p in c.periods)),
                   risks=tuple(replace(r, cost=None) for r in plan.risks))


def keusote() -> m.Plan:
    return plain(templates.load_template("keusote"))


def uncertain(plan: m.Plan) -> m.Plan:
    c = plan.commercial
    periods = (replace(c.periods[0], estimate=m.EstimateRange(D("-8.5"), D(12), "uniform")),) + c.periods[1:]
    risks = (replace(plan.risks[0], cost=m.RiskCost(D("-1000.25"), D(0), D(5000), D("12.5"),
                                                    (("p3", D(60)), ("p4", D(40))))),
             replace(plan.risks[1], cost=m.RiskCost(D(1), D(2), D(3), D(100))),) + plan.risks[2:]
    return replace(plan, commercial=replace(c, periods=periods), risks=risks)


def test_risk_money_and_ranges_round_trip_through_the_file_and_edits(tmp_path):
    plan = keusote()
    path = tmp_path / "k.alliance"
    create_file(path, plan)
    pf = ProjectFile.open(path, backup=False)
    try:
        with_money = uncertain(pf.plan)
        pf.write(pf.plan, with_money)
        # an edit that removes one cost and changes a share
        r0 = with_money.risks[0]
        changed = replace(with_money, risks=(replace(r0, cost=replace(r0.cost, periods=(("p4", D(100)),))),
                                             replace(with_money.risks[1], cost=None)) + with_money.risks[2:])
        pf.write(with_money, changed)
    finally:
        pf.close()
    assert load_plan(path) == changed
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT risk, position, period, share_percent FROM risk_cost_periods").fetchall() == [
            (changed.risks[0].key, 0, "p4", "100")]
        assert conn.execute("SELECT count(*) FROM risk_costs").fetchone()[0] == 1
        assert conn.execute("SELECT period, low_percent, high_percent, shape FROM period_estimates").fetchall() == [
            ("p1", "-8.5", "12", "uniform")]
    finally:
        conn.close()


def test_the_demo_keeps_its_illustrative_money_in_the_file(tmp_path):
    plan = templates.load_template("keusote")
    path = tmp_path / "d.alliance"
    create_file(path, plan)
    assert load_plan(path) == plan and any(r.cost for r in plan.risks)


def test_a_new_file_holds_them_too(tmp_path):
    plan = uncertain(keusote())
    path = tmp_path / "n.alliance"
    create_file(path, plan)
    assert load_plan(path) == plan


def test_a_version_2_file_is_migrated_with_no_money(tmp_path):
    plan = keusote()
    path = tmp_path / "old.alliance"
    create_file(path, plan)
    conn = sqlite3.connect(path)  # make it a version 2 file, as the previous release wrote it
    with conn:
        for table in ("risk_cost_periods", "risk_costs", "period_estimates"):
            conn.execute(f'DROP TABLE "{table}"')
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0003_uncertainty'")
        conn.execute("PRAGMA user_version = 2")
    conn.close()
    assert schema.SCHEMA_VERSION >= 3
    pf = ProjectFile.open(path)
    try:
        assert pf.plan == plan
        assert pf.backup_path is not None  # a backup before the migration
        pf.write(pf.plan, uncertain(pf.plan))
    finally:
        pf.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert "0003_uncertainty" in schema.applied_migrations(conn)
    finally:
        conn.close()
    assert load_plan(path) == uncertain(plan)


def test_an_unreadable_risk_cost_is_named_as_the_user_sees_it(tmp_path):
    path = tmp_path / "bad.alliance"
    plan = keusote()
    create_file(path, plan)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO risk_costs VALUES (?, 'lots', '1', '2', '50')", (plan.risks[0].key,))
    conn.close()
    with pytest.raises(Exception) as err:
        load_plan(path)
    assert f"Risk “{plan.risks[0].title}”, minimum cost: expected a number, not the text “lots”" in str(err.value)


def test_a_reversed_range_in_the_file_is_refused_by_the_rules(tmp_path):
    path = tmp_path / "bad2.alliance"
    create_file(path, keusote())
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO period_estimates VALUES ('p3', '10', '-10', 'triangular')")
    conn.close()
    with pytest.raises(Exception) as err:
        load_plan(path)
    assert "the low end of the estimate range is above its high end" in str(err.value)
