"""Measurements and actual costs back from an exported workbook (reports/workbook/reader.py)."""

from __future__ import annotations

import io
from dataclasses import replace
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from alliance_desktop.core.errors import PlanError
from alliance_desktop.i18n import using
from alliance_desktop.reports.workbook import build_workbook
from alliance_desktop.reports.workbook.reader import XlsxImportError, read_workbook
from alliance_desktop.templates import load_template


def _export(plan, lang):
    wb, layout = build_workbook(plan, lang)
    out = io.BytesIO()
    wb.save(out)
    return load_workbook(io.BytesIO(out.getvalue())), layout


def _bytes(wb) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_an_unchanged_workbook_changes_nothing(lang):
    plan = load_template("keusote")
    wb, _layout = _export(plan, lang)
    result = read_workbook(plan, _bytes(wb))
    assert result.changes == [] and result.plan == plan
    assert result.measurements == len(plan.metrics) * len(plan.commercial.periods)


def test_round_trip_holds_exactly_the_changes_made_in_the_workbook():
    plan = load_template("keusote")
    wb, layout = _export(plan, "fi")
    metric, period = plan.metrics[1], plan.commercial.periods[1]
    wb[layout.measurements][layout.measurement_cells[(metric.key, period.key)]] = 5.9
    p3 = plan.commercial.periods[2]
    col = layout.periods[p3.key]
    wb[layout.commercial][f"{col}{layout.rows['actual_overhead']}"] = 2345678.9
    wb[layout.commercial][f"{col}{layout.rows['actual_production']}"] = "80 000 000,01"  # typed as text
    result = read_workbook(plan, _bytes(wb))
    new = result.plan
    expected_metrics = tuple(
        replace(x, measurements=tuple(sorted({**dict(x.measurements), period.key: Decimal("5.9")}.items(),
                                             key=lambda kv: [p.key for p in plan.commercial.periods].index(kv[0]))))
        if x.key == metric.key else x for x in plan.metrics)
    assert new.metrics == expected_metrics
    assert new.commercial.periods[2].actual.overhead == Decimal("2345678.9")
    assert new.commercial.periods[2].actual.production == Decimal("80000000.01")
    assert new.commercial.periods[2].actual.fee is None
    assert replace(new, metrics=plan.metrics, commercial=plan.commercial) == plan  # nothing else
    assert [p for i, p in enumerate(new.commercial.periods) if i != 2] == \
        [p for i, p in enumerate(plan.commercial.periods) if i != 2]
    assert len(result.changes) == 3
    what, before, after = result.changes[0]
    assert metric.name in what and after == "5,9"


def test_a_cleared_cell_clears_the_measurement_and_the_actual():
    plan = load_template("hyvaks")
    wb, layout = _export(plan, "en")
    metric, p1 = plan.metrics[0], plan.commercial.periods[0]
    wb[layout.measurements][layout.measurement_cells[(metric.key, p1.key)]] = None
    col = layout.periods[p1.key]
    for part in ("fee", "overhead", "production"):
        wb[layout.commercial][f"{col}{layout.rows['actual_' + part]}"] = None
    new = read_workbook(plan, _bytes(wb)).plan
    assert p1.key not in dict(new.metrics[0].measurements)
    assert new.commercial.periods[0].actual is None


def test_bad_cells_are_named_by_sheet_and_cell_and_nothing_is_imported():
    plan = load_template("keusote")
    wb, layout = _export(plan, "fi")
    cell = layout.measurement_cells[(plan.metrics[0].key, plan.commercial.periods[0].key)]
    wb[layout.measurements][cell] = "paljon"
    col = layout.periods["p1"]
    wb[layout.commercial][f"{col}{layout.rows['actual_overhead']}"] = -5
    wb[layout.commercial][f"{col}{layout.rows['actual_production']}"] = 10.005
    with using("fi"), pytest.raises(XlsxImportError) as caught:
        read_workbook(plan, _bytes(wb))
    problems = caught.value.problems
    assert problems[0] == f"Mittaukset!{cell}: ei luku (”paljon”)"
    assert any(p.startswith(f"Kaupallinen malli!{col}{layout.rows['actual_overhead']}: ") for p in problems)
    assert any(p.startswith(f"Kaupallinen malli!{col}{layout.rows['actual_production']}: ") for p in problems)
    assert len(problems) == 3 and "\n" in caught.value.message


def test_not_a_workbook_or_another_layout():
    plan = load_template("keusote")
    with using("en"), pytest.raises(PlanError, match="not an Excel workbook"):
        read_workbook(plan, b"PK\x03\x04 not really")
    from openpyxl import Workbook

    other = Workbook()
    other.active.title = "Budget"
    with using("en"), pytest.raises(PlanError, match="exported layout"):
        read_workbook(plan, _bytes(other))


def test_a_zip_bomb_is_refused_before_it_is_unpacked():
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<a>" + b" " * (300 * 2**20) + b"</a>")
    assert len(out.getvalue()) < 2 * 2**20
    with using("en"), pytest.raises(PlanError, match="too large to read"):
        read_workbook(load_template("hyvaks"), out.getvalue())
