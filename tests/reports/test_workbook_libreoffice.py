"""LibreOffice Calc recalculates the exported workbooks to the cent of the engine (issue 20).

Skipped where LibreOffice is not installed (the CI needs only the Python formula engine of
test_workbook_formulas.py); locally: `apt-get install libreoffice-calc`. Calc opens each workbook
(openpyxl stores no computed values, so Calc computes every formula), saves it as .xlsx with its values,
and openpyxl reads those values back.
"""

from __future__ import annotations

import random
import shutil
import subprocess
from decimal import Decimal

import pytest

from alliance_desktop.core import model as m
from alliance_desktop.templates import load_template

from .test_workbook_formulas import (HALF_CENT_RULES, PERIODS, PERIOD_FIGURES, TOTAL_FIGURES, base_plan, book_bytes,
                                     with_inputs)
from .workbook_eval import cents

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")

D = Decimal


def random_case(rng: random.Random):
    def money(top=10**11):
        return Decimal(rng.randrange(0, top)).scaleb(-2)

    def split(parts):
        cuts = sorted(rng.randrange(0, 10001) for _ in range(parts - 1))
        bounds = [0, *cuts, 10000]
        return [Decimal(bounds[i + 1] - bounds[i]).scaleb(-2) for i in range(parts)]

    g, pool, pain = split(4), split(2), split(2)
    rules = {"gain_cap": Decimal(rng.randrange(0, 2001)).scaleb(-2), "gain_buyer": g[0], "gain_producer": g[1],
             "gain_staff": g[2], "gain_pool": g[3], "pool_producer": pool[0], "pool_staff": pool[1],
             "pain_buyer": pain[0], "pain_producer": pain[1],
             "pain_cap": rng.choice([None, "fee", money(10**10)])}
    periods = {}
    for key in PERIODS:
        target = m.CostParts(money(), money(), money())
        shape = rng.choice(["none", "near", "far", "no_fee"])
        if shape == "none":
            actual = None
        elif shape == "near":
            delta = Decimal(rng.randrange(-int(target.total) * 10, int(target.total) * 10 + 1)).scaleb(-2)
            actual = m.ActualCost(None, target.overhead, max(D(0), target.production - delta))
        elif shape == "far":
            actual = m.ActualCost(money(), money(), money())
        else:
            actual = m.ActualCost(None, money(), money())
        periods[key] = (target, actual)
    measured = {(x, k): rng.choice([None, Decimal(rng.randrange(0, 2000)).scaleb(-1)])
                for x in ("wait", "happy") for k in PERIODS}
    return rules, periods, measured


def recalculated(tmp_path, books: dict[str, bytes]) -> dict[str, object]:
    """Each workbook opened, recalculated and saved by LibreOffice; name -> openpyxl workbook of values."""
    from openpyxl import load_workbook

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    for name, data in books.items():
        (src / f"{name}.xlsx").write_bytes(data)
    subprocess.run(["nice", "-n", "10", SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out),
                    *sorted(str(p) for p in src.iterdir())], check=True, capture_output=True, timeout=600)
    return {name: load_workbook(out / f"{name}.xlsx", data_only=True) for name in books}


def test_libreoffice_recalculates_to_the_cent(tmp_path):
    from alliance_desktop.core.settlement import settle_plan

    plans = {"keusote": load_template("keusote"), "hyvaks": load_template("hyvaks")}
    rng = random.Random(20)
    for i in range(12):
        plans[f"random{i}"] = with_inputs(base_plan(), *random_case(rng))
    for cap in (None, "fee", D("12345.67")):
        plans[f"half{cap}"] = with_inputs(base_plan(), {**HALF_CENT_RULES, "pain_cap": cap}, {
            "p1": (m.CostParts(D("35640215.41"), D(0), D(0)), m.ActualCost(None, D(0), D(0))),
            "p2": (m.CostParts(D(1000), D(0), D("10.01")), m.ActualCost(None, D(0), D("10.02"))),
            "p3": (m.CostParts(D(100000), D(50000), D(850000)), m.ActualCost(D(90000), D(60000), D("1200000.01")))},
            {(x, k): D(85) for x in ("wait", "happy") for k in PERIODS})
    built = {name: book_bytes(plan, "fi") for name, plan in plans.items()}
    values = recalculated(tmp_path, {name: data for name, (data, _layout) in built.items()})
    compared = 0
    for name, plan in plans.items():
        layout = built[name][1]
        ws = values[name][layout.commercial]
        row = {k[2:]: v for k, v in layout.rows.items() if k.startswith("w_")}
        settlement = settle_plan(plan)
        for p in settlement.periods:
            col = layout.periods[p.key]
            for key, engine in PERIOD_FIGURES.items():
                got = ws[f"{col}{row[key]}"].value
                assert cents(got) == engine(p), (name, p.key, key, got, engine(p))
                compared += 1
        for column, totals in ((layout.total_all, settlement.totals), (layout.total_actual, settlement.actual_totals)):
            included = [p for p in settlement.periods if p.key in totals.periods]
            for key, engine in TOTAL_FIGURES.items():
                got = ws[f"{column}{row[key]}"].value
                assert cents(got) == engine(totals, included), (name, column, key, got)
                compared += 1
    assert compared > 1000
    # and the demos against `settle --json` itself, as a reader of the command would compare them
    import json
    import sys

    from alliance_desktop.templates import demo_text

    json_fields = {"target_cost": "target_cost", "actual_cost": "actual_cost", "deviation": "deviation",
                   "shared_underrun": "shared", "excess_to_buyer": "excess",
                   "effectiveness_bonus_paid": "paid", "effectiveness_bonus_unpaid": "unpaid", "overrun": "overrun",
                   "producer_payment": "producer_payment", "staff_bonus": "staff_bonus",
                   "buyer_total_cost": "buyer_total_cost"}
    for name in ("keusote", "hyvaks"):
        source = tmp_path / f"{name}.json"
        source.write_text(demo_text(name), "utf-8")
        done = subprocess.run([sys.executable, "-m", "alliance_desktop", "settle", str(source), "--json"],
                              capture_output=True, text=True, check=True, timeout=120)
        settled = json.loads(done.stdout, parse_float=Decimal)
        layout = built[name][1]
        ws = values[name][layout.commercial]
        row = {k[2:]: v for k, v in layout.rows.items() if k.startswith("w_")}
        for period in settled["periods"]:
            col = layout.periods[period["key"]]
            for field, key in json_fields.items():
                assert cents(ws[f"{col}{row[key]}"].value) == Decimal(period[field]), (name, period["key"], field)
            for party, key in (("buyer", "gain_buyer"), ("producer", "gain_producer"), ("staff", "gain_staff"),
                               ("effectiveness_pool", "gain_pool")):
                assert cents(ws[f"{col}{row[key]}"].value) == Decimal(period["gain"][party])
            for party in ("producer", "buyer"):
                assert cents(ws[f"{col}{row['sanction_' + party]}"].value) == Decimal(period["sanction"][party])
        for column, totals in ((layout.total_all, settled["totals"]), (layout.total_actual, settled["actual_totals"])):
            for field, key in json_fields.items():
                assert cents(ws[f"{column}{row[key]}"].value) == Decimal(totals[field]), (name, column, field)
