"""Both demos in both languages: pages, section titles, the settlement's figures, metadata."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from alliance_desktop.core.explain import explain_period
from alliance_desktop.core.formatting import format_date, format_money, format_percent
from alliance_desktop.core.scoring import kpi_scores
from alliance_desktop.core.settlement import settle_plan

from .conftest import CREATED, norm

DEMOS = ("keusote", "hyvaks")
LANGS = ("fi", "en")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", DEMOS)
def test_demo_report_pages_and_settlement_figures(demo_report, name, lang):
    built = demo_report(name, lang)
    assert built.data.startswith(b"%PDF-")
    assert built.pages > 3
    assert len(built.page_texts) == built.pages
    settlement = settle_plan(built.plan)
    t = settlement.totals
    for value in (t.target_cost, t.actual_cost, t.deviation, t.producer_payment, t.staff_bonus, t.buyer_total_cost,
                  t.effectiveness_bonus_paid, t.shared_underrun, t.excess_to_buyer, t.overrun):
        assert norm(format_money(value, lang)) in built.text, value
    for p in settlement.periods:
        for value in (p.target_cost, p.actual_cost, p.deviation, p.producer_payment, p.staff_bonus,
                      p.buyer_total_cost, p.gain.producer, p.sanction.producer, p.sanction.buyer):
            assert norm(format_money(value, lang)) in built.text, (p.key, value)
        if p.kpi_score is not None:  # None: not measured, printed "—"
            assert norm(format_percent(p.kpi_score * 100, 1, lang)) in built.text
    assert format_date(CREATED, lang) in built.text


@pytest.mark.parametrize("name", DEMOS)
def test_finnish_number_and_date_formats(demo_report, name):
    built = demo_report(name, "fi")
    total = settle_plan(built.plan).totals.buyer_total_cost
    text = format_money(total, "fi")
    assert "," in text and text.endswith("\u00a0€")
    assert norm(text) in built.text
    assert "3.12.2025" in built.text
    assert "−" in built.text  # the Finnish minus sign survives (fonts cover U+2212)
    assert norm(format_money(total, "en")) not in built.text


@pytest.mark.parametrize("name", DEMOS)
def test_english_section_titles_and_explanations(demo_report, name):
    built = demo_report(name, "en")
    for title in ("Contents", "1 Overview", "2 Timeline", "3 Service chains and scope matrix", "4 Commercial model",
                  "5 Risks", "6 Procurement tasks and documents", "7 Metrics", "Headline numbers", "Parties", "Areas", "Key dates", "Goals",
                  "Service periods and target costs", "Settlement per service period", "Metrics board", "Documents"):
        assert title in built.text, title
    plan = built.plan
    settlement = settle_plan(plan)
    for _period, result in zip(plan.commercial.periods, settlement.periods):
        explanation = norm(explain_period(plan.commercial, result, "en"))
        if result.status == "actual":
            assert explanation in built.text
        else:
            assert explanation not in built.text  # only settled periods are explained and charted
    # the chart's labels and legend
    for label in ("Target cost", "Gain cap", "Actual cost compared with the target cost", "Alliance staff"):
        assert label in built.text
    assert f"Page 2 / {built.pages}" in built.text
    assert f"Page {built.pages} / {built.pages}" in built.text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", DEMOS)
def test_metadata(demo_report, name, lang):
    built = demo_report(name, lang)
    reader = PdfReader(io.BytesIO(built.data))
    meta = reader.metadata
    assert meta.title == built.plan.project.name
    assert meta.author == built.plan.project.buyer
    assert meta.subject
    assert meta.creator == "Alliance Planner"
    assert meta["/CreationDate"].startswith("D:20251203")
    assert reader.trailer["/Root"]["/Lang"] == {"fi": "fi-FI", "en": "en-GB"}[lang]
    assert reader.outline  # bookmarks for the sections


@pytest.mark.parametrize("name", DEMOS)
def test_metric_scores_per_period(demo_report, name):
    built = demo_report(name, "en")
    scores = kpi_scores(built.plan)
    measured = {key for metric in built.plan.metrics for key, _ in metric.measurements}
    for period in built.plan.commercial.periods:
        if period.key in measured:
            score = format_percent(scores[period.key].score * 100, 1, "en")
            assert f"{period.name}: KPI score {score}" in built.text


def test_parties_risks_tasks_and_documents_are_listed(demo_report):
    built = demo_report("hyvaks", "en")
    plan = built.plan
    for item in (*plan.parties, *plan.areas, *plan.documents):
        assert norm(item.name) in built.text
    for risk in plan.risks:
        assert norm(risk.title) in built.text
    for task in plan.procurement_tasks:
        assert norm(task.name) in built.text
    for goal in plan.project.goals:
        assert norm(goal) in built.text


@pytest.mark.parametrize("name", DEMOS)
def test_finnish_section_titles_and_explanations(demo_report, name):
    built = demo_report(name, "fi")
    for title in ("Sisällys", "1 Yleiskuva", "4 Kaupallinen malli", "5 Riskit", "Tavoitteet", "Osapuolet",
                  "Allianssisuunnittelija"):
        assert title in built.text, title
    assert "Contents" not in built.text and "Commercial model" not in built.text
    plan = built.plan
    for period, result in zip(plan.commercial.periods, settle_plan(plan).periods):
        if period.actual is not None:
            explanation = norm(explain_period(plan.commercial, result, "fi"))
            assert explanation.startswith("Kustannukset ")
            assert explanation in built.text
    assert f"Sivu 2 / {built.pages}" in built.text


def test_the_risk_matrix_numbers_each_risk_as_the_table_does():
    from alliance_desktop import templates
    from alliance_desktop.reports.charts import MATRIX_BOTTOM, MATRIX_CELL, MATRIX_LEFT, risk_matrix_drawing
    from reportlab.graphics.shapes import Circle, String

    plan = templates.load_template("keusote")
    ordered = sorted(plan.risks, key=lambda r: -r.likelihood * r.impact)
    drawing = risk_matrix_drawing(list(enumerate(ordered, 1)))
    dots = [c for c in drawing.contents if isinstance(c, Circle)]
    numbers = [s.text for s in drawing.contents if isinstance(s, String) and s.fontSize == 7 and s.text.isdigit()]
    assert len(dots) == len(plan.risks)
    assert {str(n) for n in range(1, len(plan.risks) + 1)} <= set(numbers)
    for dot, risk in zip(dots, ordered, strict=True):  # in the cell of its likelihood (up) and impact (across)
        assert int((dot.cx - MATRIX_LEFT) // MATRIX_CELL) + 1 == risk.impact
        assert int((dot.cy - MATRIX_BOTTOM) // MATRIX_CELL) + 1 == risk.likelihood
