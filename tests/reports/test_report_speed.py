"""The report's speed-ups change nothing of what is drawn (issue 16)."""

from __future__ import annotations

import dataclasses

import pytest

from .conftest import CREATED


def _ctx():
    from alliance_desktop.core.scoring import kpi_scores
    from alliance_desktop.core.settlement import settle_plan
    from alliance_desktop.reports.context import Context
    from alliance_desktop.reports.styles import make_styles
    from alliance_desktop.templates import load_template

    plan = load_template("keusote")
    scores = kpi_scores(plan)
    return Context(plan=plan, lang="fi", created=CREATED, version_label="", styles=make_styles(),
                   settlement=settle_plan(plan, scores=scores), scores=scores)


def _drawn(paragraph, width: float) -> tuple:
    """What drawing the paragraph at `width` puts on a page, and its size."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(None)
    size = paragraph.wrapOn(canvas, width, 1000)
    paragraph.drawOn(canvas, 10, 10)
    return size, canvas._code[:]


MARKUPS = [
    "12,5 %", "", "Palvelujakso 1 (2 v, havainnollistava)", "<b>Yhteensä</b>", "a &amp; b &lt; c",
    '<font color="#5c6b7a">Allianssin johtoryhmä · Kuukausittain</font>',
    "<b>Mittari</b><br/><font color=\"#5c6b7a\">Kuvaus, joka on niin pitkä, että se jatkuu usealle riville "
    "kapeassa sarakkeessa ja rivittyy</font>",
    '<i><font color="#5c6b7a">arvio</font></i>', '<a href="#x">linkki</a>',
]


@pytest.mark.parametrize("markup", MARKUPS)
def test_a_repeated_paragraph_draws_as_a_freshly_parsed_one(markup):
    from reportlab.platypus import Paragraph

    ctx = _ctx()
    style = ctx.styles.cell
    first = ctx.paragraph(markup, style)
    for width in (60, 200, 60):  # wrapped at several widths, drawn: a copy made later is not affected
        _drawn(first, width)
    again = ctx.paragraph(markup, style)
    assert again.frags is not first.frags
    assert all(a is not b for a, b in zip(again.frags, first.frags))
    for width in (60, 200):
        assert _drawn(again, width) == _drawn(Paragraph(markup, style), width)
    assert _drawn(first, 60) == _drawn(Paragraph(markup, style), 60)


def test_a_long_table_breaks_each_cell_s_lines_once(monkeypatch):
    """ReportLab measures a table again for each page it splits over; a cell's lines are kept per width."""
    from reportlab.platypus import Paragraph as RLParagraph

    from alliance_desktop.reports.builder import render_report
    from alliance_desktop.templates import load_template

    plan = load_template("keusote")
    risk = plan.risks[0]
    risks = tuple(dataclasses.replace(risk, key=f"r{i}", title=f"Riski {i}") for i in range(150))
    plan = dataclasses.replace(plan, risks=risks)
    counted = {"paragraphs": 0, "breaks": 0}
    init, break_lines = RLParagraph.__init__, RLParagraph.breakLines

    def counting_init(self, *args, **kw):
        counted["paragraphs"] += 1
        init(self, *args, **kw)

    def counting_break(self, *args, **kw):
        counted["breaks"] += 1
        return break_lines(self, *args, **kw)

    monkeypatch.setattr(RLParagraph, "__init__", counting_init)
    monkeypatch.setattr(RLParagraph, "breakLines", counting_break)
    _data, pages = render_report(plan, lang="fi", sections=["risks"], created=CREATED)
    assert pages > 8
    assert counted["breaks"] < 1.3 * counted["paragraphs"]  # was 3-5 breaks per paragraph


def test_a_part_made_during_layout_may_not_hold_a_heading():
    """The contents are made from the story's headings before layout: a Later part with one would be missing."""
    from reportlab.platypus import Spacer

    from alliance_desktop.reports.builder import _make_later_parts
    from alliance_desktop.reports.context import Later

    ctx = _ctx()
    story = [Later(lambda: [Spacer(1, 1), Spacer(1, 2)]), Spacer(1, 3)]
    _make_later_parts(story)
    assert [s.height for s in story] == [1, 2, 3]  # made in place, in order
    with pytest.raises(RuntimeError):
        _make_later_parts([Later(lambda: [ctx.heading("Väliotsikko", 1)])])


@pytest.mark.parametrize("markup", MARKUPS)
def test_a_cell_draws_what_a_paragraph_of_its_own_draws(markup):
    """One Cell stands for every repeat of a markup and style; each drawing (kept per width) is a fresh
    paragraph's, wherever and however often it is drawn."""
    from reportlab.platypus import Paragraph

    ctx = _ctx()
    style = ctx.styles.cell_right if "%" in markup else ctx.styles.cell
    cell = ctx.markup_cell(markup, style)
    assert ctx.markup_cell(markup, style) is cell
    for width in (60, 200, 60, 60, 35, 200):
        assert _drawn(cell, width) == _drawn(Paragraph(markup, style), width)


def test_repeated_cells_are_laid_out_once(monkeypatch):
    """A table of repeated figures: each distinct cell's paragraph is broken into lines once per width and
    drawn once; the rest are copies of that drawing (the same bytes as before: test_one_pass)."""
    from reportlab.platypus import Paragraph as RLParagraph

    from alliance_desktop.reports.builder import render_report
    from alliance_desktop.templates import load_template

    plan = load_template("keusote")
    risk = plan.risks[0]
    plan = dataclasses.replace(plan, risks=tuple(dataclasses.replace(risk, key=f"r{i}") for i in range(150)))
    counted = {"draws": 0}
    draw_para = RLParagraph.drawPara

    def counting_draw(self, *args, **kw):
        counted["draws"] += 1
        return draw_para(self, *args, **kw)

    monkeypatch.setattr(RLParagraph, "drawPara", counting_draw)
    render_report(plan, lang="fi", sections=["risks"], created=CREATED)
    assert counted["draws"] < 150 * 3  # 150 rows of 6 cells: the number and title differ, the rest repeat


def test_a_table_of_cells_draws_as_reportlab_s_table_of_paragraphs():
    """context._Table's short ways (a Cell measured and drawn before; NOSPLIT ranges) put the same operators
    on the pages as ReportLab's Table with a paragraph in every cell, split over pages the same way."""
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph, Table

    from alliance_desktop.reports.context import _Table
    from alliance_desktop.reports.styles import grid_table_style

    ctx = _ctx()
    s = ctx.styles
    texts = [("Mittari", s.cell_head), ("Paino", s.cell_head_right)]
    body = [[(f"Mittari {i % 7}", s.cell), (f"{i % 5},5", s.cell_right)] for i in range(90)]
    body[3][0] = ("Pitkä nimi, joka rivittyy kapeassa sarakkeessa useammalle riville", s.cell_bold)

    def pages(table_class, make) -> list[list[str]]:
        rows = [[make(m, st) for m, st in texts]] + [[make(m, st) for m, st in row] for row in body]
        style = grid_table_style(1)
        style.add("ALIGN", (1, 0), (1, -1), "RIGHT")
        style.add("NOSPLIT", (0, 87), (-1, -1))
        table = table_class(rows, colWidths=[70, 60], repeatRows=1, style=style)
        canvas = Canvas(None)
        drawn = []
        while table is not None:
            table.wrapOn(canvas, 130, 400)
            parts = table.splitOn(canvas, 130, 400)
            first = parts[0] if parts else table
            start = len(canvas._code)
            first.wrapOn(canvas, 130, 400)
            first.drawOn(canvas, 10, 10)
            drawn.append(canvas._code[start:])
            table = parts[1] if len(parts) > 1 else None
        return drawn

    expected = pages(Table, Paragraph)
    assert len(expected) > 2
    assert pages(_Table, ctx.markup_cell) == expected
    assert pages(_Table, ctx.markup_cell) == expected  # drawn again from what the cells kept


def test_a_long_table_measures_its_rows_once(monkeypatch):
    """ReportLab measured every row of a table each time it was wrapped (kept with its heading, in the frame,
    before the split): the first part of a long table three times. Now once, and once more to draw each."""
    from alliance_desktop.reports import context
    from alliance_desktop.reports.builder import render_report
    from alliance_desktop.templates import load_template

    plan = load_template("keusote")
    risk = plan.risks[0]
    plan = dataclasses.replace(plan, risks=tuple(dataclasses.replace(risk, key=f"r{i}") for i in range(150)))
    counted = {"cells": 0}
    geometry = context._Table._listCellGeom

    def counting(self, *args, **kw):
        counted["cells"] += 1
        return geometry(self, *args, **kw)

    monkeypatch.setattr(context._Table, "_listCellGeom", counting)
    _data, pages = render_report(plan, lang="fi", sections=["risks"], created=CREATED)
    cells = 151 * 6 + 6 * pages  # the rows, and the header repeated on each page
    assert counted["cells"] < 2.0 * cells, counted  # was 2.5 times (3 018)
