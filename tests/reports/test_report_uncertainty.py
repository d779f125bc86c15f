"""The commercial section's 'Target cost under uncertainty' subsection (issue 21)."""

from __future__ import annotations

import dataclasses

from alliance_desktop.core import uncertainty as unc
from alliance_desktop.i18n import using
from alliance_desktop.templates import load_template

from .conftest import CREATED, norm, pdf_text


def _text(plan, lang: str) -> str:
    from alliance_desktop.reports.builder import render_report

    data, _pages = render_report(plan, lang=lang, created=CREATED, sections=["commercial"])
    return norm(" ".join(pdf_text(data)))


def test_the_demo_report_shows_the_simulation_in_both_languages():
    plan = load_template("keusote")
    result = unc.simulate(plan, 5000, 1)
    p80 = result.contract.series("buyer_total_cost").p(80)
    fi = _text(plan, "fi")
    assert "Tavoitekustannus epävarmuuden vallitessa" in fi and "siemenluku 1" in fi
    with using("fi"):
        from alliance_desktop.core.formatting import format_money

        assert norm(format_money(p80, "fi", 0)) in fi
    en = _text(plan, "en")
    assert "Target cost under uncertainty" in en and "Probability of a sanction in period 3" in en


def test_a_plan_without_ranges_or_risk_money_has_no_subsection():
    plan = load_template("keusote")
    c = plan.commercial
    plain = dataclasses.replace(
        plan, commercial=dataclasses.replace(c, periods=tuple(dataclasses.replace(p, estimate=None)
                                                              for p in c.periods)),
        risks=tuple(dataclasses.replace(r, cost=None) for r in plan.risks))
    assert "Target cost under uncertainty" not in _text(plain, "en")
