"""The exported workbook read back with openpyxl: sheets, formats, formulas where figures are derived, values
where inputs are, defined names, protection, print set-up, properties; and the export-xlsx command."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
from openpyxl import load_workbook

from alliance_desktop.reports.workbook import build_workbook, workbook_bytes
from alliance_desktop.reports.workbook import style as st
from alliance_desktop.templates import demo_text, load_template


def _book(name="keusote", lang="fi"):
    plan = load_template(name)
    wb, layout = build_workbook(plan, lang)
    out = io.BytesIO()
    wb.save(out)
    return plan, load_workbook(io.BytesIO(out.getvalue())), layout


@pytest.mark.parametrize("lang, names", [
    ("en", ["Overview", "Commercial model", "Metrics", "Measurements", "Timeline"]),
    ("fi", ["Yleiskuva", "Kaupallinen malli", "Mittarit", "Mittaukset", "Aikajana"]),
])
def test_sheet_names_in_the_chosen_language(lang, names):
    plan, wb, _layout = _book("keusote", lang)
    assert wb.sheetnames[:5] == names
    assert len(wb.sheetnames) == 5 + len(plan.chains) + 4  # + chains, scope, risks, procurement, documents
    for chain in plan.chains:
        assert any(chain.name[:10] in s for s in wb.sheetnames)
    assert all(len(s) <= 31 for s in wb.sheetnames)


def test_commercial_inputs_are_values_and_figures_are_formulas():
    plan, wb, layout = _book("keusote", "en")
    ws = wb[layout.commercial]
    p1 = plan.commercial.periods[0]
    col = layout.periods[p1.key]
    target_fee = ws[f"{col}{layout.rows['target_fee']}"]
    assert target_fee.value == p1.target.fee and target_fee.number_format == st.EURO
    assert not target_fee.protection.locked  # an input
    assert ws[f"{col}{layout.rows['actual_overhead']}"].value == p1.actual.overhead
    assert ws[f"{col}{layout.rows['actual_fee']}"].value is None  # not entered: the target fee by contract
    forecast = layout.periods[plan.commercial.periods[2].key]
    assert ws[f"{forecast}{layout.rows['actual_production']}"].value is None
    for key in ("status", "target_cost", "deviation", "gain_cap", "shared", "gain_buyer", "paid", "sanction_producer",
                "producer_payment", "buyer_total_cost"):
        cell = ws[f"{col}{layout.rows['w_' + key]}"]
        assert isinstance(cell.value, str) and cell.value.startswith("="), key
        assert cell.protection.locked
    assert ws[f"{col}{layout.rows['w_gain_producer']}"].value == f"=ROUND({col}{layout.rows['w_shared']}" \
                                                                 f"*Gain_share_producer/100,2)"
    assert ws[f"{col}{layout.rows['w_gain_buyer']}"].value.count("-") == 3  # the remainder
    assert ws[f"{layout.total_all}{layout.rows['w_buyer_total_cost']}"].value.startswith("=SUM(")
    assert ws[f"{layout.total_actual}{layout.rows['w_buyer_total_cost']}"].value.startswith('=SUMIF(')
    assert ws[f"{col}{layout.rows['kpi_score']}"].value.startswith("='Metrics'!")
    assert ws[layout.rules["gain_cap"]].value == 5 and not ws[layout.rules["gain_cap"]].protection.locked
    assert ws.protection.sheet and not ws.protection.password
    # the sharing rules and the period inputs are defined names
    names = set(wb.defined_names)
    assert {"Gain_cap_percent", "Gain_share_producer", "Pain_cap_kind", "Target_fee", "Actual_production",
            "KPI_score"} <= names
    assert wb.defined_names["Gain_cap_percent"].attr_text == f"'{layout.commercial}'!$B$" \
                                                            f"{layout.rules['gain_cap'][1:]}"
    assert any(rule.type == "list" for rule in ws.data_validations.dataValidation)
    assert ws.conditional_formatting  # the forecast columns in grey italics


def test_metrics_scores_are_formulas_from_the_measurements():
    plan, wb, layout = _book("hyvaks", "fi")
    ws = wb[layout.metrics]
    metric = plan.metrics[0]
    period = plan.commercial.periods[0]
    cell = layout.measurement_cells[(metric.key, period.key)]
    measured = wb[layout.measurements][cell]
    assert measured.value == dict(metric.measurements)[period.key] and not measured.protection.locked
    kpi = ws[layout.kpi_cells[period.key]]
    assert kpi.value.startswith("=IF(") and kpi.number_format == st.SCORE
    formulas = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(f"'Mittaukset'!{cell}" in f for f in formulas)
    assert any("MIN(1,MAX(0," in f for f in formulas)


def test_chain_costs_are_formulas_and_other_sheets_hold_the_plan():
    plan, wb, _layout = _book("keusote", "en")
    chain = plan.chains[0]
    ws = next(wb[s] for s in wb.sheetnames if s.startswith("Chain 1 "))
    first = next(r for r in range(1, 20) if ws.cell(r, 2).value == chain.steps[0].name)
    assert ws.cell(first, 7).value == chain.steps[0].annual_volume
    assert ws.cell(first, 9).value == f"=G{first}*H{first}"
    assert ws.cell(first, 11).value == f"=G{first}*J{first}"
    last = first + len(chain.steps) - 1
    assert ws.cell(last + 1, 9).value == f"=SUM(I{first}:I{last})"
    assert ws.freeze_panes and ws.print_title_rows
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    risks = wb["Risks"]
    assert risks["F5"].value == "=D5*E5"
    assert wb["Overview"]["B3"].value == plan.project.name
    assert wb.properties.title == plan.project.name and wb.properties.creator == plan.project.buyer
    timeline = wb["Timeline"]
    assert timeline["C5"].number_format == st.DATE


def test_the_same_plan_gives_the_same_file():
    plan = load_template("hyvaks")
    a = load_workbook(io.BytesIO(workbook_bytes(plan, "fi")))
    b = load_workbook(io.BytesIO(workbook_bytes(plan, "fi")))
    assert [[c.value for row in a[s].iter_rows() for c in row] for s in a.sheetnames] == \
        [[c.value for row in b[s].iter_rows() for c in row] for s in b.sheetnames]


def _cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "alliance_desktop", "export-xlsx", *args], capture_output=True,
                          text=True, cwd=cwd, timeout=120)


def test_export_xlsx_command(tmp_path):
    src = tmp_path / "hyvaks.json"
    src.write_text(demo_text("hyvaks"), "utf-8")
    done = _cli(str(src), "-o", str(tmp_path / "out.xlsx"), "--lang", "en", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "out.xlsx" in done.stdout and done.stderr == ""
    assert load_workbook(tmp_path / "out.xlsx").sheetnames[0] == "Overview"
    # never onto the input; one line, in Finnish by default; the input untouched
    before = src.read_bytes()
    done = _cli(str(src), "-o", str(src), "--lang", "fi", cwd=tmp_path)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "toinen nimi" in done.stderr
    assert src.read_bytes() == before
    # a missing input, a folder as output, an output folder that does not exist
    done = _cli(str(tmp_path / "ei.json"), "-o", str(tmp_path / "x.xlsx"), "--lang", "en", cwd=tmp_path)
    assert done.returncode == 2 and "does not exist" in done.stderr and done.stderr.count("\n") == 1
    done = _cli(str(src), "-o", str(tmp_path), "--lang", "en", cwd=tmp_path)
    assert done.returncode == 2 and "folder" in done.stderr
    done = _cli(str(src), "-o", str(tmp_path / "no" / "x.xlsx"), "--lang", "en", cwd=tmp_path)
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hyvaks.json", "out.xlsx"]


def test_export_xlsx_from_json_text_and_an_existing_output_replaced_whole(tmp_path):
    out = tmp_path / "plan.xlsx"
    out.write_bytes(b"old")
    done = _cli('{"format": "alliance-project", "version": 1, "project": {"name": "Pieni"}}', "-o", str(out),
                "--lang", "en", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert load_workbook(out)["Overview"]["B3"].value == "Pieni"


def test_user_text_that_looks_like_a_formula_stays_text():
    from dataclasses import replace

    from alliance_desktop.core import model as m

    plan = load_template("hyvaks")
    plan = replace(plan, risks=(m.Risk("r", '=HYPERLINK("http://x","klikkaa")', "=1+1"),),
                   project=replace(plan.project, name="=SUM(A1:A9)"),
                   commercial=replace(plan.commercial, periods=(
                       replace(plan.commercial.periods[0], name="=jakso"), *plan.commercial.periods[1:])))
    wb, layout = build_workbook(plan, "en")
    out = io.BytesIO()
    wb.save(out)
    back = load_workbook(io.BytesIO(out.getvalue()))
    risks = back["Risks"]
    assert risks["B5"].value == '=HYPERLINK("http://x","klikkaa")' and risks["B5"].data_type == "s"
    assert risks["C5"].data_type == "s" and risks["F5"].data_type == "f"
    assert back["Overview"]["A1"].data_type == "s" and back["Overview"]["B3"].data_type == "s"
    ws = back[layout.commercial]
    headers = [c for row in ws.iter_rows() for c in row if c.value == "=jakso"]
    assert headers and all(c.data_type == "s" for c in headers)


def test_wrapped_lines_counts_a_word_wrap():
    from alliance_desktop.reports.workbook.style import _wrapped_lines

    assert _wrapped_lines("", 10) == 1
    assert _wrapped_lines("lyhyt", 10) == 1
    assert _wrapped_lines("kaksi sanaa ja vielä", 10) == 3  # "kaksi" / "sanaa ja" / "vielä"
    assert _wrapped_lines("uudelleenkalibroinnissa", 10) == 3  # a word longer than the line breaks inside
