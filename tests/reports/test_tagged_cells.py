"""A table cell's TD is kept as a number while the layout runs (one per cell, hundreds of thousands at 64x);
a link drawn inside a cell makes it an element of its own, with the Link under it."""

from __future__ import annotations

import datetime as _dt

import pytest

pikepdf = pytest.importorskip("pikepdf")


def _tagged_pdf(rows) -> bytes:
    from reportlab.platypus import BaseDocTemplate, PageTemplate, Table

    from alliance_desktop.reports.builder import _Canvas, _Kept
    from alliance_desktop.reports.fonts import SANS
    from alliance_desktop.reports.styles import grid_table_style
    from alliance_desktop.reports.tagging import TableTags, TaggedFrame, Tagger

    out = _Kept()
    doc = BaseDocTemplate(out, invariant=1, initialFontName=SANS)
    frame = TaggedFrame(50, 50, 400, 700, id="body")
    doc.addPageTemplates([PageTemplate("body", [frame])])
    tagger = Tagger("en-GB", "Cells", _dt.date(2025, 12, 3))
    table = Table(rows, colWidths=[150, 150], repeatRows=1, renderCB=TableTags("table", 1))
    table.setStyle(grid_table_style(1))
    doc.build([table], canvasmaker=lambda *a, **kw: _Canvas(*a, tagger=tagger, **kw))
    return out.data


def test_cells_with_and_without_a_link_in_the_structure_tree():
    from reportlab.platypus import Paragraph

    from alliance_desktop.reports.styles import make_styles

    from .test_tagged_pdf import Tree

    s = make_styles("en")
    rows = [[Paragraph("Name", s.cell_head), Paragraph("Value", s.cell_head)]]
    rows += [[Paragraph(f"Row {i}", s.cell), Paragraph(f"{i},5", s.cell_right)] for i in range(120)]
    rows[5][1] = Paragraph('see <a href="https://example.org/x">the source</a>', s.cell)
    tree = Tree(_tagged_pdf(rows))
    table = next(e for e in tree.elements if tree.role(e) == "Table")
    trs = tree.kids(table, "TR")
    assert len(trs) == 121
    assert [tree.role(c) for c in tree.kids(trs[0])] == ["TH", "TH"]
    cells = [c for tr in trs[1:] for c in tree.kids(tr)]
    assert [tree.role(c) for c in cells] == ["TD"] * 240
    for tr in trs:
        for cell in tree.kids(tr):
            assert cell.P.objgen == tr.objgen
    linked = tree.kids(trs[5])[1]
    links = tree.kids(linked, "Link")
    assert len(links) == 1 and links[0].K.Type == "/OBJR"
    assert links[0].K.Obj.A.URI == "https://example.org/x"
    assert sum(1 for c in cells if tree.kids(c, "Link")) == 1
    # every MCID on every page belongs to the element the parent tree names
    nums = tree.root.ParentTree.Nums
    for i in range(0, len(nums), 2):
        page = int(nums[i])
        if page >= len(tree.pdf.pages):
            continue
        for mcid, owner in enumerate(nums[i + 1]):
            assert tree.mcids[(page, mcid)].objgen == owner.objgen
    assert len(tree.pdf.pages) > 1  # (the table split: cells on later pages too)
