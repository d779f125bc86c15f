"""The descriptive sheets: overview, timeline, one per service chain, scope matrix, risks, procurement
tasks and documents. The chains' costs are formulas (volume × unit cost, sums); the rest is the plan's text."""

from __future__ import annotations

import datetime as _dt

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook

from ...core import chains as ch
from ...core import model as m
from ...core import timeline as tl
from ...i18n import translate
from .. import labels
from . import style as st
from . import text

BAD_SHEET_CHARS = '[]:*?/\\'


def sheet_title(name: str, taken: set[str]) -> str:
    """A name Excel accepts (at most 31 characters, none of []:*?/\\, not taken, case-insensitively)."""
    clean = "".join(" " if ch_ in BAD_SHEET_CHARS or ord(ch_) < 32 else ch_ for ch_ in name)
    clean = " ".join(clean.split()).strip("'")[:31].strip() or "-"
    candidate, n = clean, 2
    while candidate.casefold() in taken:
        suffix = f" ({n})"
        candidate = clean[: 31 - len(suffix)].rstrip() + suffix
        n += 1
    taken.add(candidate.casefold())
    return candidate


def overview_sheet(wb: Workbook, plan: m.Plan, title: str) -> None:
    ws = wb.create_sheet(title)
    p = plan.project
    r = st.title(ws, p.name or title)
    for label, value in ((translate("Workbook", "Project"), p.name),
                         (translate("Workbook", "Buyer"), p.buyer),
                         (translate("Workbook", "Target group"), p.target_group),
                         (translate("Workbook", "Version"), labels.version(p.version_label, None)),
                         (translate("Workbook", "Description"), p.description)):
        st.put(ws, r, 1, label, font=st.BOLD)
        st.put(ws, r, 2, value, wrap=True)
        r += 1
    r += 1
    st.section(ws, r, translate("Workbook", "Goals"))
    r += 1
    for i, goal in enumerate(p.goals, 1):
        st.put(ws, r, 1, i)
        st.put(ws, r, 2, goal, wrap=True)
        r += 1
    r += 1
    st.section(ws, r, translate("Workbook", "Parties"))
    r = st.table(ws, [translate("Workbook", "Party"), translate("Workbook", "Role"), translate("Workbook", "Notes")],
                 [(x.name, labels.role(x.role, None), x.notes) for x in plan.parties], first_row=r + 1,
                 wrap=(0, 2), freeze=False, repeat_header=False)
    r += 1
    st.section(ws, r, translate("Workbook", "Areas"))
    r = st.table(ws, [translate("Workbook", "Area"), translate("Workbook", "Status"), translate("Workbook", "Notes")],
                 [(a.name, labels.area_status(a.status, None), a.notes) for a in plan.areas], first_row=r + 1,
                 wrap=(0, 2), freeze=False, repeat_header=False)
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 50
    st.heights(ws)
    st.print_setup(ws, landscape=False)
    st.protect(ws)


def timeline_sheet(wb: Workbook, plan: m.Plan, title: str) -> None:
    ws = wb.create_sheet(title)
    r = st.title(ws, title, translate("Workbook", "Every phase and marker of the timeline; the bars on the right "
                                                  "show the months each covers."))
    phase_names = {x.key: x.name for x in plan.phases}
    rows = []
    for x in plan.phases:
        rows.append((tl.kind_title(x.kind), x.name, x.start, x.end, "", x.owner, "", phase_names.get(x.parent, ""),
                     x.notes))
    for x in plan.markers:
        times = x.time + (f"–{x.time_end}" if x.time_end else "")
        state = tl.state_title(x.state) if x.kind == "gate" or x.state else ""
        rows.append((tl.kind_title(x.kind), x.name, x.date, None, times, x.owner, state,
                     phase_names.get(x.phase, ""), x.notes))
    rows.sort(key=lambda row: (row[2] or _dt.date.max, row[3] or row[2] or _dt.date.max))
    first = r
    titles = [translate("Workbook", "Type"), translate("Workbook", "Name"), translate("Workbook", "Start"),
              translate("Workbook", "End"), translate("Workbook", "Time of day"), translate("Workbook", "Owner"),
              translate("Workbook", "Status"), translate("Workbook", "Phase"), translate("Workbook", "Notes")]
    end = st.table(ws, titles, rows, first_row=first, formats=(None, None, st.DATE, st.DATE), wrap=(1, 8))
    ws.freeze_panes = ws.cell(row=first + 1, column=3)
    dates = [d for row in rows for d in (row[2], row[3]) if d]
    months: list[_dt.date] = []  # the first day of each column's month, quarter or year
    step = 1
    if dates:
        low, high = min(dates), max(dates)
        span = (high.year - low.year) * 12 + high.month - low.month + 1
        step = 1 if span <= 36 else 3 if span <= 144 else 12  # at most about 48 columns
        year, month = low.year, (low.month - 1) // step * step + 1
        while _dt.date(year, month, 1) <= high and len(months) < 200:
            months.append(_dt.date(year, month, 1))
            year, month = year + (month - 1 + step) // 12, (month - 1 + step) % 12 + 1
    base = len(titles) + 1
    for j, month in enumerate(months):
        cell = st.put(ws, first, base + j, month, "yyyy" if step == 12 else "m/yy", font=st.HEADER_FONT,
                      fill=st.HEADER_FILL)
        ws.column_dimensions[get_column_letter(base + j)].width = 5.5
        cell.alignment = Alignment(text_rotation=90, horizontal="center")
    if months and end > first + 1:
        a, z = get_column_letter(base), get_column_letter(base + len(months) - 1)
        top = first + 1
        # a bar where the column's months overlap [start, end] (a marker: its date)
        rule = (f"AND(ISNUMBER($C{top}),{a}${first}<=IF(ISNUMBER($D{top}),$D{top},$C{top}),"
                f"DATE(YEAR({a}${first}),MONTH({a}${first})+{step},1)>$C{top})")
        ws.conditional_formatting.add(f"{a}{top}:{z}{end - 1}",
                                      FormulaRule(formula=[rule], fill=PatternFill("solid", fgColor="5B8DB8")))
        for rr in range(top, end):
            for j in range(len(months)):
                st.put(ws, rr, base + j, None)
    st.widths(ws, fixed={2: 40, 9: 40})
    st.heights(ws)
    if months:  # the months' names stand on end
        ws.row_dimensions[first].height = max(ws.row_dimensions[first].height or 15, 36)
    st.print_setup(ws)
    st.protect(ws)


def chain_sheet(wb: Workbook, plan: m.Plan, chain: m.ServiceChain, title: str) -> None:
    ws = wb.create_sheet(title)
    r = st.title(ws, chain.name, chain.description)
    first = r
    titles = [translate("Workbook", "No."), translate("Workbook", "Step"), translate("Workbook", "Producer"),
              translate("Workbook", "Producer kind"), translate("Workbook", "Responsible unit"),
              translate("Workbook", "In the alliance"), translate("Workbook", "Annual volume"),
              translate("Workbook", "Unit cost"), translate("Workbook", "Cost"),
              translate("Workbook", "Own production: unit cost"), translate("Workbook", "Own production: cost"),
              translate("Workbook", "Difference to own production"), translate("Workbook", "Description")]
    st.header(ws, first, titles)
    row = first + 1
    for i, step in enumerate(chain.steps, 1):
        st.put(ws, row, 1, i, st.INTEGER)
        st.put(ws, row, 2, step.name, wrap=True)
        st.put(ws, row, 3, ch.provider_name(plan, step), wrap=True)
        st.put(ws, row, 4, ch.provider_kind_title(step.provider_kind))
        st.put(ws, row, 5, step.responsible_unit, wrap=True)
        st.put(ws, row, 6, ch.step_scope_title(step.scope))
        st.put(ws, row, 7, step.annual_volume, st.NUMBER, editable=True)
        st.put(ws, row, 8, step.unit_cost, st.EURO, editable=True)
        st.fput(ws, row, 9, f"=G{row}*H{row}", st.EURO)
        st.put(ws, row, 10, step.own_unit_cost, st.EURO, editable=True)
        st.fput(ws, row, 11, f"=G{row}*J{row}", st.EURO)
        st.fput(ws, row, 12, f"=I{row}-K{row}", st.EURO)
        st.put(ws, row, 13, step.description, wrap=True)
        row += 1
    last = row - 1
    if chain.steps:
        st.choices(ws, [ch.step_scope_title(s) for s in m.STEP_SCOPES], f"F{first + 1}:F{last}")
    st.put(ws, row, 2, translate("Workbook", "Total"), font=st.BOLD, fill=st.TOTAL_FILL)
    for colno in (9, 11, 12):
        letter = get_column_letter(colno)
        value = f"=SUM({letter}{first + 1}:{letter}{last})" if chain.steps else 0
        st.fput(ws, row, colno, value, st.EURO, font=st.BOLD, fill=st.TOTAL_FILL)
    row += 2
    st.section(ws, row, translate("Workbook", "Cost by scope"))
    row += 1
    for scope in m.STEP_SCOPES:
        word = ch.step_scope_title(scope)
        st.put(ws, row, 2, word)
        value = f'=SUMIF(F{first + 1}:F{last},"{word}",I{first + 1}:I{last})' if chain.steps else 0
        st.fput(ws, row, 9, value, st.EURO)
        row += 1
    notes = [(ch.analysis_heading_title(h), t) for h, t in chain.analysis if t.strip()]
    if notes:
        row += 1
        st.section(ws, row, translate("Workbook", "Analysis"))
        row += 1
        for heading, body in notes:
            st.put(ws, row, 2, heading, font=st.BOLD, wrap=True)
            ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=13)
            st.put(ws, row, 3, body, wrap=True)
            row += 1
    ws.freeze_panes = ws.cell(row=first + 1, column=3)
    ws.print_title_rows = f"{first}:{first}"
    st.widths(ws, fixed={2: 30, 3: 24, 5: 20, 13: 40})
    st.heights(ws)
    st.print_setup(ws)
    st.protect(ws)


def scope_sheet(wb: Workbook, plan: m.Plan, title: str) -> None:
    ws = wb.create_sheet(title)
    r = st.title(ws, title, translate("Workbook", "Which service package is included, an option or excluded in "
                                                  "which area."))
    states = {(p, a): s for p, a, s in plan.scope.cells}
    rows = []
    for pkg in plan.scope.packages:
        rows.append([pkg.name, pkg.target_group]
                    + [ch.scope_state_title(states.get((pkg.key, a.key), "excluded")) for a in plan.areas])
    end = st.table(ws, [translate("Workbook", "Service package"), translate("Workbook", "Target group")]
                   + [a.name for a in plan.areas], rows, first_row=r, wrap=(0, 1))
    if plan.areas and rows:
        st.choices(ws, [ch.scope_state_title(s) for s in m.SCOPE_STATES],
                   f"C{r + 1}:{get_column_letter(2 + len(plan.areas))}{end - 1}")
    ws.freeze_panes = ws.cell(row=r + 1, column=3)
    st.widths(ws, fixed={1: 34, 2: 30})
    st.heights(ws)
    st.print_setup(ws, landscape=len(plan.areas) > 4)
    st.protect(ws)


def risks_sheet(wb: Workbook, plan: m.Plan, title: str) -> None:
    ws = wb.create_sheet(title)
    r = st.title(ws, title, translate("Workbook", "Most severe first; severity = likelihood × impact (1–25)."))
    rows = [(i, x.title, x.description, x.likelihood, x.impact, None, x.owner, x.mitigation,
             labels.risk_status(x.status, None)) for i, x in enumerate(m.by_severity(plan.risks), 1)]
    end = st.table(ws, [translate("Workbook", "No."), translate("Workbook", "Risk"), translate("Workbook", "Description"),
                        translate("Workbook", "Likelihood"), translate("Workbook", "Impact"),
                        translate("Workbook", "Severity"), translate("Workbook", "Owner"),
                        translate("Workbook", "Mitigation"), translate("Workbook", "Status")],
                   rows, first_row=r, formats=(st.INTEGER, None, None, st.INTEGER, st.INTEGER), wrap=(1, 2, 7))
    for row in range(r + 1, end):
        st.fput(ws, row, 6, f"=D{row}*E{row}", st.INTEGER, font=st.BOLD)
    if rows:
        st.choices(ws, [labels.risk_status(s, None) for s in m.RISK_STATUSES], f"I{r + 1}:I{end - 1}")
    st.widths(ws, fixed={2: 30, 3: 50, 8: 50})
    st.heights(ws)
    st.print_setup(ws)
    st.protect(ws)


def procurement_sheet(wb: Workbook, plan: m.Plan, title: str) -> None:
    ws = wb.create_sheet(title)
    r = st.title(ws, title)
    word = text.words()
    rows = [(x.name, labels.task_stage(x.stage, None), word["yes"] if x.done else word["no"], x.due, x.notes)
            for x in plan.procurement_tasks]
    end = st.table(ws, [translate("Workbook", "Task"), translate("Workbook", "Stage"), translate("Workbook", "Done"),
                        translate("Workbook", "Due"), translate("Workbook", "Notes")],
                   rows, first_row=r, formats=(None, None, None, st.DATE), wrap=(0, 4))
    if rows:
        st.choices(ws, [labels.task_stage(s, None) for s in m.TASK_STAGES], f"B{r + 1}:B{end - 1}")
        st.choices(ws, [word["yes"], word["no"]], f"C{r + 1}:C{end - 1}")
    st.widths(ws, fixed={1: 44, 5: 60})
    st.heights(ws)
    st.print_setup(ws, landscape=False)
    st.protect(ws)


def documents_sheet(wb: Workbook, plan: m.Plan, title: str) -> None:
    ws = wb.create_sheet(title)
    r = st.title(ws, title)
    rows = [(x.name, labels.document_status(x.status, None), x.notes) for x in plan.documents]
    end = st.table(ws, [translate("Workbook", "Document"), translate("Workbook", "Status"),
                        translate("Workbook", "Notes")], rows, first_row=r, wrap=(0, 2))
    if rows:
        st.choices(ws, [labels.document_status(s, None) for s in m.DOCUMENT_STATUSES], f"B{r + 1}:B{end - 1}")
    st.widths(ws, fixed={1: 44, 3: 60})
    st.heights(ws)
    st.print_setup(ws, landscape=False)
    st.protect(ws)
