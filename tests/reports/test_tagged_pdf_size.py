"""The tagged report's structure elements are compressed (object streams and a cross-reference stream):
a structure element per table cell as its own uncompressed object made the 64x report 50 MB."""

from __future__ import annotations

import io
import re

import pytest

pikepdf = pytest.importorskip("pikepdf")


def test_structure_elements_are_in_object_streams(demo_report):
    built = demo_report("keusote", "fi")
    data = built.data
    assert not re.search(rb"<</S/(TD|TR|TH|P)/P ", data), "a structure element written uncompressed"
    assert b"/Type/ObjStm" in data and b"/Type/XRef" in data
    assert b"\nxref\n" not in data  # no classic cross-reference table beside the stream
    pdf = pikepdf.open(io.BytesIO(data))
    assert pdf.check_pdf_syntax() == []  # qpdf finds nothing to repair
    roles = []
    stack = [pdf.Root.StructTreeRoot.K]
    while stack:
        node = stack.pop()
        if isinstance(node, pikepdf.Array):
            stack.extend(node)
        elif isinstance(node, pikepdf.Dictionary) and "/S" in node:
            roles.append(str(node.S))
            stack.append(node.get("/K", pikepdf.Array()))
    assert roles.count("/TD") > 500 and "/Document" in roles and "/Table" in roles
    # the cover and every page still counted by the self-test's plain reading (pages stay uncompressed)
    from alliance_desktop.commands.selftest import pdf_page_count

    assert pdf_page_count(data) == built.pages == len(pdf.pages)


def test_same_bytes_for_the_same_plan_in_one_process():
    import datetime as _dt

    from alliance_desktop.reports.builder import render_report
    from alliance_desktop.templates import load_template

    plan = load_template("keusote")
    first, _ = render_report(plan, lang="en", created=_dt.date(2025, 12, 3))
    second, _ = render_report(plan, lang="en", created=_dt.date(2025, 12, 3))
    assert first == second
