"""Exact money through export and import (issues 14 item 5 and 15 "exact money"): numbers are written from
their Decimal digits, never through float; export -> import -> export is byte-identical and Decimal-equal."""

from __future__ import annotations

import copy
import dataclasses
import json
import subprocess
import sys
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alliance_desktop import i18n, templates
from alliance_desktop.core import model as m
from alliance_desktop.core.errors import PlanError
from alliance_desktop.core.interchange import dumps, loads, plan_from_json, plan_from_text, plan_to_json


@pytest.fixture(scope="module")
def keusote_obj():
    return loads(templates.demo_text("keusote"))


def _with(obj, path, value):
    obj = copy.deepcopy(obj)
    x = obj
    for k in path[:-1]:
        x = x[k]
    x[path[-1]] = value
    return obj


FEE = ["commercial", "periods", 0, "target", "fee"]


@pytest.mark.parametrize("text", ["1234567890123.45", "9999999999999.99", "0.01", "10000000000000"])
def test_large_amounts_keep_every_cent(keusote_obj, text):
    """Issue 14 item 5: 1234567890123.45 came back as a float's 1234567890123.4501."""
    plan = plan_from_json(_with(keusote_obj, FEE, D(text)))
    assert plan.commercial.periods[0].target.fee == D(text)
    out = dumps(plan_to_json(plan))
    assert f'"fee": {D(text).normalize():f}'.replace(".00", "") in out or f'"fee": {text}' in out
    again = plan_from_text(out)
    assert again == plan and dumps(plan_to_json(again)) == out


def test_amounts_given_as_decimal_text_are_read_exactly(keusote_obj):
    plan = plan_from_json(_with(keusote_obj, FEE, "1234567890123.45"))
    assert plan.commercial.periods[0].target.fee == D("1234567890123.45")


@pytest.mark.parametrize("value", [D("1234567890123.456789"), D("1E-999999999"), D("0.001"),
                                   D("1e999999999"), D("1e4300"), D("10000000000000.01"), D(-1)])
def test_what_the_model_cannot_hold_exactly_is_refused(keusote_obj, value):
    with i18n.using("en"), pytest.raises(PlanError) as err:
        plan_from_json(_with(keusote_obj, FEE, value))
    message = str(err.value)
    assert "target fee" in message and "Palvelujakso 1" in message
    assert "commercial" not in message and "[" not in message and len(message) < 300


def test_shares_are_summed_exactly(keusote_obj):
    """Issue 15: 100 written with many digits is exactly 100; 100.000…01 is not (no 28-digit context)."""
    many = D("50." + "0" * 200)
    plan = plan_from_json(_with(keusote_obj, ["commercial", "pain_share_percent"],
                                {"buyer": many, "producer": many}))
    assert sum(v for _k, v in plan.commercial.pain_share_percent) == 100
    # the written file holds plain 50, and the round trip is stable
    assert '"buyer": 50,' in dumps(plan_to_json(plan))
    for buyer in (D("50.00000000000000000000000001"), D("50.0000001")):
        with pytest.raises(PlanError):
            plan_from_json(_with(keusote_obj, ["commercial", "pain_share_percent"],
                                 {"buyer": buyer, "producer": D(50)}))
    with pytest.raises(PlanError) as err:
        plan_from_json(_with(keusote_obj, ["commercial", "pain_share_percent"],
                             {"buyer": D("49.999999"), "producer": D(50)}))
    assert "99,999999 %" in str(err.value)


def test_dumps_without_decimals_equals_json_dumps(keusote_obj):
    obj = json.loads(templates.demo_text("hyvaks"))  # ints and floats become only ints here
    obj = {"a": [1, 2, {"b": None, "c": True, "d": "ä\"\n"}], "e": {}, "f": [], "g": "x"}
    assert dumps(obj) == json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def test_partial_and_empty_actuals(keusote_obj):
    """Issue 15 item 3: "actual": {} is no actuals (a forecast), never zeros; a part left out is not entered."""
    plan = plan_from_json(_with(keusote_obj, ["commercial", "periods", 0, "actual"], {}))
    assert plan.commercial.periods[0].actual is None
    plan = plan_from_json(_with(keusote_obj, ["commercial", "periods", 0, "actual"],
                                {"fee": None, "overhead": None, "production": None}))
    assert plan.commercial.periods[0].actual is None
    plan = plan_from_json(_with(keusote_obj, ["commercial", "periods", 0, "actual"], {"production": 5}))
    assert plan.commercial.periods[0].actual == m.ActualCost(None, None, D(5))
    out = dumps(plan_to_json(plan))
    assert plan_from_text(out) == plan


_cents = st.decimals(min_value=0, max_value=D(10) ** 13, places=2, allow_nan=False, allow_infinity=False)
_level = st.decimals(min_value=-D(10) ** 12, max_value=D(10) ** 12, places=6, allow_nan=False,
                     allow_infinity=False)


@settings(max_examples=60, deadline=None)
@given(target=st.tuples(_cents, _cents, _cents), actual=st.tuples(st.none() | _cents, st.none() | _cents, _cents),
       level=_level, cap=_cents)
def test_export_import_export_is_identical_and_exact(target, actual, level, cap):
    plan = templates.load_template("keusote")
    p0 = plan.commercial.periods[0]
    p0 = dataclasses.replace(p0, target=m.CostParts(*target), actual=m.ActualCost(*actual))
    metric = dataclasses.replace(plan.metrics[0], baseline=level)
    commercial = dataclasses.replace(plan.commercial, periods=(p0,) + plan.commercial.periods[1:],
                                     producer_pain_cap=cap)
    plan = dataclasses.replace(plan, commercial=commercial, metrics=(metric,) + plan.metrics[1:])
    text = dumps(plan_to_json(plan))
    again = plan_from_text(text)
    assert dumps(plan_to_json(again)) == text
    got = again.commercial.periods[0]
    assert (got.target.fee, got.target.overhead, got.target.production) == target
    assert (got.actual.fee, got.actual.overhead, got.actual.production) == actual
    assert again.metrics[0].baseline == level and again.commercial.producer_pain_cap == cap
    # every number in the text is the Decimal's own digits: parsing as Decimal gives the same values
    assert loads(text) == loads(dumps(loads(text)))


def _cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "alliance_desktop", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


def test_cli_export_import_export_is_byte_identical_for_large_amounts(tmp_path, keusote_obj):
    obj = _with(keusote_obj, FEE, D("1234567890123.45"))
    obj = _with(obj, ["commercial", "periods", 0, "actual", "production"], D("9999999999999.99"))
    src = tmp_path / "in.json"
    src.write_text(dumps(obj), "utf-8")
    r = _cli("import-json", str(src), str(tmp_path / "a.alliance"), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    r = _cli("export-json", str(tmp_path / "a.alliance"), str(tmp_path / "a.json"), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    first = (tmp_path / "a.json").read_text("utf-8")
    assert '"fee": 1234567890123.45' in first and '"production": 9999999999999.99' in first
    assert _cli("import-json", str(tmp_path / "a.json"), str(tmp_path / "b.alliance"), cwd=tmp_path).returncode == 0
    assert _cli("export-json", str(tmp_path / "b.alliance"), str(tmp_path / "b.json"), cwd=tmp_path).returncode == 0
    assert (tmp_path / "b.json").read_text("utf-8") == first
    assert first == src.read_text("utf-8")
