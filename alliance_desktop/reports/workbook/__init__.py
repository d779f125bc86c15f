"""The open-book Excel workbook (.xlsx, openpyxl): the whole plan in sheets, the settlement as live formulas.

`build_workbook(plan, lang)` makes the openpyxl Workbook and the `Layout` of its computing cells;
`workbook_bytes` its file; `write_workbook` writes it atomically through fileutil (never onto the
project). Sheets, in the chosen language: overview, timeline, one per service chain, scope matrix,
measurements (inputs), metrics (scores as formulas), commercial model (rules and per-period inputs as
defined names, the settlement waterfall and its totals as formulas), risks, procurement tasks and
documents. Every cell is locked except the inputs (sheet protection without a password).
docs/workbook.md describes the sheets, names and formulas. No Qt; openpyxl is imported here only.
"""

from __future__ import annotations

import datetime as _dt
import io
from pathlib import Path

from ...core import model as m
from ...i18n import using
from .commercial import Layout

MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def build_workbook(plan: m.Plan, lang: str | None = None, created: _dt.datetime | None = None):
    """(openpyxl Workbook, Layout) of the plan, in `lang` (None: the current language)."""
    from openpyxl import Workbook

    from . import commercial, sheets, text

    with using(lang):
        wb = Workbook()
        wb.remove(wb.active)
        names = text.sheet_names()
        taken = {n.casefold() for n in names.values()}
        layout = Layout()
        sheets.overview_sheet(wb, plan, names["overview"])
        sheets.timeline_sheet(wb, plan, names["timeline"])
        prefix = text.chain_sheet_prefix()
        for i, chain in enumerate(plan.chains, 1):
            sheets.chain_sheet(wb, plan, chain, sheets.sheet_title(f"{prefix} {i} {chain.name}", taken))
        sheets.scope_sheet(wb, plan, names["scope"])
        sheets.risks_sheet(wb, plan, names["risks"])
        sheets.procurement_sheet(wb, plan, names["procurement"])
        sheets.documents_sheet(wb, plan, names["documents"])
        # each after the overview, so they read: overview, commercial model, metrics, measurements, timeline, ...
        # (made in this order: a sheet's formulas name the cells of the one made before it)
        commercial.measurements_sheet(wb, plan, layout, 1)
        commercial.metrics_sheet(wb, plan, layout, 1)
        commercial.commercial_sheet(wb, plan, layout, 1)
        wb.active = 0
        when = (created or _dt.datetime(2000, 1, 1)).replace(microsecond=0)
        props = wb.properties
        props.title = plan.project.name or None
        props.creator = plan.project.buyer or None
        props.lastModifiedBy = plan.project.buyer or None
        props.created = when
        props.modified = when
        props.language = lang
        props.subject = text.sheet_names()["commercial"]
        wb.calculation.fullCalcOnLoad = True  # a reader's Excel or Calc computes every formula on opening
    return wb, layout


def workbook_bytes(plan: m.Plan, lang: str | None = None, created: _dt.datetime | None = None) -> bytes:
    wb, _layout = build_workbook(plan, lang, created)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def write_workbook(plan: m.Plan, path: Path | str, lang: str | None = None, *,
                   not_onto: tuple[Path | str | None, ...] = (), created: _dt.datetime | None = None) -> None:
    """Write the workbook whole or not at all; SameFileError when `path` is one of `not_onto`."""
    from ...fileutil import write_bytes_atomically

    write_bytes_atomically(Path(path), workbook_bytes(plan, lang, created), not_onto=not_onto)
