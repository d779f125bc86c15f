"""Money and dates never break inside a table cell (issue 18: "21 000 000,50 / €"): a column of figures is
as wide as its widest figure."""

from __future__ import annotations

import dataclasses
import io
import re
from decimal import Decimal

from .conftest import CREATED


def _big(plan, factor: int):
    """Every period's target and actual costs times `factor`, plus 0,55 € (cents printed)."""
    periods = []
    for p in plan.commercial.periods:
        target = dataclasses.replace(p.target, fee=p.target.fee * factor + Decimal("0.55"),
                                     overhead=p.target.overhead * factor, production=p.target.production * factor)
        actual = p.actual
        if actual is not None:
            actual = dataclasses.replace(actual, **{
                f.name: getattr(actual, f.name) * factor + Decimal("0.55")
                for f in dataclasses.fields(actual) if isinstance(getattr(actual, f.name), Decimal)})
        periods.append(dataclasses.replace(p, target=target, actual=actual))
    commercial = dataclasses.replace(plan.commercial, periods=tuple(periods))
    return dataclasses.replace(plan, commercial=commercial)


def test_large_sums_of_money_stay_on_one_line():
    from pypdf import PdfReader

    from alliance_desktop.reports.builder import render_report
    from alliance_desktop.templates import load_template

    plan = _big(load_template("keusote"), 400)  # 24 000 000 000,55 €: wider than the columns were
    for lang in ("fi", "en"):
        data, _ = render_report(plan, lang=lang, created=CREATED, sections=["commercial"])
        text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).replace("\u00a0", " ")
        assert "24 000 000 000,55 €" in text or "€24,000,000,000.55" in text
        broken = re.findall({"fi": r"\d\n *€|\d\n[\d ]+,\d\d\b", "en": r"\n *€\n|\d[,.]?\n[\d,]*\.\d\d\b"}[lang], text)
        assert not broken, (lang, broken)
        # the text columns keep their words whole too ("Target", not "Targe / t")
        assert "Targe\n" not in text and "Tavoit\n" not in text


def test_a_column_of_figures_takes_its_room_from_text_columns():
    from alliance_desktop.reports.context import fit_figures
    from alliance_desktop.reports.styles import make_styles
    from reportlab.platypus import Paragraph

    s = make_styles()
    rows = [[Paragraph("Tavoitekustannus yhteensä", s.cell), Paragraph("1\u00a0234\u00a0567\u00a0890,50\u00a0€",
                                                                        s.cell_right_bold)]]
    widths = fit_figures(rows, [300.0, 50.0])
    assert widths[1] > 80 and abs(sum(widths) - 350) < 1e-6
    assert fit_figures(rows, [200.0, 150.0]) == [200.0, 150.0]  # room enough: unchanged
