"""The sheets that compute: Measurements (inputs), Metrics (scores as formulas) and Commercial model
(the sharing rules and each period's inputs as named cells, the settlement waterfall as formulas).

The waterfall's formulas follow `core/settlement.py` step by step (docs/commercial-rules.md): each cost
part rounded half up to cents, the cap amount rounded before anything is shared, each share rounded
and the remainder to its party (cost bonus: the buyer; effectiveness bonus: the staff; sanction: the
buyer), the producer's sanction rounded before its cap, the effectiveness bonus from the exact score.
Spreadsheets compute in binary floating point (15 significant digits); amounts are whole cents, and
ROUND(x, 2) in Excel and LibreOffice Calc rounds such a product half up as the engine does (checked by
tests/reports/test_workbook_formulas.py and, by hand, with LibreOffice: docs/workbook.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.workbook import Workbook

from ...core import model as m
from ...core.scoring import calibration_in_force
from ...i18n import translate
from .. import labels
from . import style as st
from . import text


@dataclass
class Layout:
    """Where the computing sheets keep their cells (tests and the import read it)."""

    commercial: str = ""  # sheet names
    metrics: str = ""
    measurements: str = ""
    rows: dict[str, int] = field(default_factory=dict)  # commercial row of each input / waterfall key
    rules: dict[str, str] = field(default_factory=dict)  # rule key -> cell ("B5")
    periods: dict[str, str] = field(default_factory=dict)  # period key -> column letter on the commercial sheet
    total_actual: str = ""  # column letters of the totals
    total_all: str = ""
    measurement_cells: dict[tuple[str, str], str] = field(default_factory=dict)  # (metric, period) -> "C5"
    kpi_cells: dict[str, str] = field(default_factory=dict)  # period key -> cell on the metrics sheet


WATERFALL = ("status", "target_cost", "fee_used", "overhead_used", "production_used", "actual_cost", "deviation",
             "gain_cap", "shared", "excess", "gain_producer", "gain_staff", "gain_pool", "gain_buyer", "kpi", "paid",
             "paid_producer", "paid_staff", "unpaid", "overrun", "sanction_uncapped", "sanction_cap",
             "sanction_producer", "sanction_buyer", "producer_payment", "staff_bonus", "buyer_total_cost")
# the rows added up in the totals columns (as Totals adds them up in the engine)
TOTALLED = ("target_cost", "fee_used", "overhead_used", "production_used", "actual_cost", "deviation", "shared",
            "excess", "gain_producer", "gain_staff", "gain_pool", "gain_buyer", "paid", "paid_producer",
            "paid_staff", "unpaid", "overrun", "sanction_producer", "sanction_buyer", "producer_payment",
            "staff_bonus", "buyer_total_cost")
INPUTS = ("target_fee", "target_overhead", "target_production", "actual_fee", "actual_overhead",
          "actual_production")
RULES = ("gain_cap", "gain_buyer", "gain_producer", "gain_staff", "gain_pool", "pool_producer", "pool_staff",
         "pain_buyer", "pain_producer", "pain_cap_kind", "pain_cap_amount")


def quoted(sheet: str) -> str:
    """A sheet name as a formula writes it: 'Name' (a quote inside doubled)."""
    return "'" + sheet.replace("'", "''") + "'"


# ---------------------------------------------------------------- measurements


def measurements_sheet(wb: Workbook, plan: m.Plan, layout: Layout, index: int | None = None) -> None:
    names = text.sheet_names()
    ws = wb.create_sheet(names["measurements"], index)
    layout.measurements = ws.title
    periods = plan.commercial.periods
    r = st.title(ws, names["measurements"], translate(
        "Workbook", "One value per metric and period (yellow cells); an empty cell is not measured. The scores on "
                    "the sheet Metrics and the settlement follow."))
    key_row, head_row = r, r + 1
    st.put(ws, key_row, 1, translate("Workbook", "Key"), font=st.NOTE_FONT, box=False)
    for j, p in enumerate(periods):
        st.put(ws, key_row, 4 + j, p.key, font=st.NOTE_FONT, box=False)
    st.header(ws, head_row, [translate("Workbook", "Key"), translate("Workbook", "Metric"),
                             translate("Workbook", "Unit")] + [p.name or p.key for p in periods])
    row = head_row + 1
    for metric in plan.metrics:
        values = dict(metric.measurements)
        st.put(ws, row, 1, metric.key)
        st.put(ws, row, 2, metric.name, wrap=True)
        st.put(ws, row, 3, metric.unit)
        for j, p in enumerate(periods):
            cell = st.put(ws, row, 4 + j, values.get(p.key), st.NUMBER, editable=True)
            layout.measurement_cells[(metric.key, p.key)] = cell.coordinate
        row += 1
    ws.freeze_panes = ws.cell(row=head_row + 1, column=4)
    ws.print_title_rows = f"{head_row}:{head_row}"
    st.widths(ws, fixed={2: 36})
    st.heights(ws)
    st.print_setup(ws)
    st.protect(ws)


# ---------------------------------------------------------------- metrics


def metrics_sheet(wb: Workbook, plan: m.Plan, layout: Layout, index: int | None = None) -> None:
    names = text.sheet_names()
    ws = wb.create_sheet(names["metrics"], index)
    layout.metrics = ws.title
    periods = plan.commercial.periods
    order = {p.key: i for i, p in enumerate(periods)}
    period_name = {p.key: p.name or p.key for p in periods}
    lower = labels.direction("lower_is_better", None)
    r = st.title(ws, names["metrics"], translate(
        "Workbook", "A metric's score is (value − threshold) / (target − threshold), limited to 0…1; the period's "
                    "KPI score is the weighted mean of the metrics that count."))

    st.section(ws, r, translate("Workbook", "Definitions"))
    definitions: dict[str, int] = {}
    rows = []
    for metric in plan.metrics:
        rows.append((metric.key, metric.name, metric.unit, labels.direction(metric.direction, None),
                     metric.description, metric.data_source, metric.frequency, metric.owner, metric.baseline))
    first = r + 1
    r = st.table(ws, [translate("Workbook", "Key"), translate("Workbook", "Metric"), translate("Workbook", "Unit"),
                      translate("Workbook", "Direction"), translate("Workbook", "Description"),
                      translate("Workbook", "Data source"), translate("Workbook", "Frequency"),
                      translate("Workbook", "Owner"), translate("Workbook", "Baseline")],
                 rows, first_row=first, wrap=(1, 4, 5), freeze=False, repeat_header=False)
    for i, metric in enumerate(plan.metrics):
        definitions[metric.key] = first + 1 + i
    st.choices(ws, [labels.direction(d, None) for d in m.DIRECTIONS], f"D{first + 1}:D{max(first + 1, r - 1)}")

    r += 1
    st.section(ws, r, translate("Workbook", "Calibrations (from a period on)"))
    first = r + 1
    cal_rows: dict[tuple[int, int], int] = {}
    rows = []
    for i, metric in enumerate(plan.metrics):
        for j, cal in enumerate(metric.calibrations):
            cal_rows[(i, j)] = first + 1 + len(rows)
            rows.append((metric.name, period_name.get(cal.from_period, cal.from_period), cal.weight, cal.threshold,
                         cal.target))
    r = st.table(ws, [translate("Workbook", "Metric"), translate("Workbook", "From period"),
                      translate("Workbook", "Weight"), translate("Workbook", "Threshold"),
                      translate("Workbook", "Target")], rows, first_row=first, freeze=False, repeat_header=False)

    r += 1
    st.section(ws, r, translate("Workbook", "Scores by period"))
    first = r + 1
    st.header(ws, first, [translate("Workbook", "Period"), translate("Workbook", "Metric"),
                          translate("Workbook", "Direction"), translate("Workbook", "Weight"),
                          translate("Workbook", "Threshold"), translate("Workbook", "Target"),
                          translate("Workbook", "Measurement"), translate("Workbook", "Score"),
                          translate("Workbook", "Weight × score")])
    row = first + 1
    blocks: dict[str, tuple[int, int]] = {}
    mq = quoted(layout.measurements)
    for p in periods:
        start = row
        for i, metric in enumerate(plan.metrics):
            st.put(ws, row, 1, period_name[p.key])
            st.put(ws, row, 2, metric.name, wrap=True)
            st.fput(ws, row, 3, f"=D{definitions[metric.key]}")
            cal = calibration_in_force(metric, p.key, order)
            if cal is None:
                st.put(ws, row, 4, 0, st.NUMBER)
                st.put(ws, row, 5, None)
                st.put(ws, row, 6, None)
            else:
                source = cal_rows[(i, metric.calibrations.index(cal))]
                st.fput(ws, row, 4, f"=C{source}", st.NUMBER)
                st.fput(ws, row, 5, f"=D{source}", st.NUMBER)
                st.fput(ws, row, 6, f"=E{source}", st.NUMBER)
            measured = f"{mq}!{layout.measurement_cells[(metric.key, p.key)]}"
            st.fput(ws, row, 7, f'=IF(ISNUMBER({measured}),{measured},"")', st.NUMBER)
            v, th, tg, d = f"G{row}", f"E{row}", f"F{row}", f"C{row}"
            st.fput(ws, row, 8, f'=IF(OR(NOT(ISNUMBER({th})),NOT(ISNUMBER({v}))),0,IF({tg}={th},'
                               f'IF({d}="{lower}",IF({v}<={tg},1,0),IF({v}>={tg},1,0)),'
                               f'MIN(1,MAX(0,({v}-{th})/({tg}-{th})))))', st.SCORE)
            st.fput(ws, row, 9, f"=D{row}*H{row}", "0.0000")
            row += 1
        blocks[p.key] = (start, row - 1)
    ws.print_title_rows = f"{first}:{first}"

    row += 1
    st.section(ws, row, translate("Workbook", "KPI score of each period"))
    row += 1
    st.header(ws, row, [translate("Workbook", "Period"), translate("Workbook", "Sum of weights"),
                        translate("Workbook", "Sum of weight × score"), translate("Workbook", "KPI score")])
    row += 1
    for p in periods:
        start, end = blocks[p.key]
        st.put(ws, row, 1, period_name[p.key])
        if end >= start:
            st.fput(ws, row, 2, f"=SUM(D{start}:D{end})", st.NUMBER)
            st.fput(ws, row, 3, f"=SUM(I{start}:I{end})", "0.0000")
            st.fput(ws, row, 4, f"=IF(B{row}=0,0,C{row}/B{row})", st.SCORE, font=st.BOLD)
        else:  # no metrics: the score is 0
            st.put(ws, row, 2, 0, st.NUMBER)
            st.put(ws, row, 3, 0, "0.0000")
            st.put(ws, row, 4, 0, st.SCORE, font=st.BOLD)
        layout.kpi_cells[p.key] = f"D{row}"
        row += 1
    st.widths(ws, fixed={2: 30, 5: 32})
    st.heights(ws)
    st.print_setup(ws)
    st.protect(ws)


# ---------------------------------------------------------------- the commercial model


def commercial_sheet(wb: Workbook, plan: m.Plan, layout: Layout, index: int | None = None) -> None:
    names = text.sheet_names()
    ws = wb.create_sheet(names["commercial"], index)
    layout.commercial = ws.title
    c = plan.commercial
    periods = c.periods
    word = text.words()
    dn = text.defined_names()
    r = st.title(ws, names["commercial"], translate(
        "Workbook", "Yellow cells are inputs; every other figure is a formula. Amounts in euros; every rounding is to "
                    "the nearest cent, half a cent up (away from zero)."))

    # the sharing rules: one named cell each
    st.section(ws, r, translate("Workbook", "Sharing rules"))
    r += 1
    share = {
        "gain_cap": c.gain_cap_percent,
        "gain_buyer": c.share("gain_share_percent", "buyer"),
        "gain_producer": c.share("gain_share_percent", "producer"),
        "gain_staff": c.share("gain_share_percent", "staff"),
        "gain_pool": c.share("gain_share_percent", "effectiveness_pool"),
        "pool_producer": c.share("effectiveness_pool_split_percent", "producer"),
        "pool_staff": c.share("effectiveness_pool_split_percent", "staff"),
        "pain_buyer": c.share("pain_share_percent", "buyer"),
        "pain_producer": c.share("pain_share_percent", "producer"),
    }
    cap = c.producer_pain_cap
    share["pain_cap_kind"] = word["cap_none"] if cap is None else word["cap_fee"] if isinstance(cap, str) \
        else word["cap_amount"]
    share["pain_cap_amount"] = None if cap is None or isinstance(cap, str) else cap
    rule_label = text.rule_labels()
    for key in RULES:
        st.put(ws, r, 1, rule_label[key], wrap=True)
        fmt = st.EURO if key == "pain_cap_amount" else None if key == "pain_cap_kind" else st.PERCENT_NUMBER
        cell = st.put(ws, r, 2, share[key], fmt, editable=True)
        layout.rules[key] = cell.coordinate
        wb.defined_names[dn[key]] = DefinedName(dn[key], attr_text=f"{quoted(ws.title)}!$B${r}")
        r += 1
    st.choices(ws, [word["cap_fee"], word["cap_amount"], word["cap_none"]], layout.rules["pain_cap_kind"])
    check = translate("Workbook", "Check: each group of shares adds up to 100 %")
    st.put(ws, r, 1, check, font=st.NOTE_FONT)
    def total(first: str, last: str) -> str:
        """=100 test of the shares from rule `first` to rule `last` (adjacent rows)."""
        return f"ROUND(SUM({layout.rules[first]}:{layout.rules[last]}),6)=100"

    st.fput(ws, r, 2, f'=IF(AND({total("gain_buyer", "gain_pool")},{total("pool_producer", "pool_staff")},'
                      f'{total("pain_buyer", "pain_producer")}),"{word["yes"]}","{word["no"]}")')
    r += 2

    # each period's inputs: a column per period
    ncol = len(periods)
    col = {p.key: get_column_letter(2 + j) for j, p in enumerate(periods)}
    layout.periods = dict(col)
    last = get_column_letter(1 + ncol) if ncol else "B"
    st.section(ws, r, translate("Workbook", "Inputs of each period"))
    r += 1
    label = text.input_labels()
    st.header(ws, r, [label["name"]] + [p.name or p.key for p in periods])
    r += 1
    for key, values, fmt in (("start", [p.start for p in periods], st.DATE),
                             ("end", [p.end for p in periods], st.DATE)):
        st.put(ws, r, 1, label[key])
        for j, value in enumerate(values):
            st.put(ws, r, 2 + j, value, fmt)
        r += 1
    for key in INPUTS:
        part = key.split("_", 1)[1]
        st.put(ws, r, 1, label[key], wrap=True)
        for j, p in enumerate(periods):
            if key.startswith("target"):
                value = getattr(p.target, part)
            else:
                value = None if p.actual is None else getattr(p.actual, part)
            st.put(ws, r, 2 + j, value, st.EURO, editable=True)
        layout.rows[key] = r
        if ncol:
            wb.defined_names[dn[key]] = DefinedName(dn[key], attr_text=f"{quoted(ws.title)}!$B${r}:${last}${r}")
        r += 1
    st.put(ws, r, 1, label["kpi_score"], wrap=True)
    mq = quoted(layout.metrics)
    for p in periods:
        st.fput(ws, r, 1 + 1 + periods.index(p), f"={mq}!{layout.kpi_cells[p.key]}", st.SCORE)
    layout.rows["kpi_score"] = r
    if ncol:
        wb.defined_names[dn["kpi_score"]] = DefinedName(dn["kpi_score"],
                                                        attr_text=f"{quoted(ws.title)}!$B${r}:${last}${r}")
    r += 2

    # the settlement
    st.section(ws, r, translate("Workbook", "Settlement of each period"))
    r += 1
    total_actual = get_column_letter(2 + ncol)
    total_all = get_column_letter(3 + ncol)
    why_col = 4 + ncol
    layout.total_actual, layout.total_all = total_actual, total_all
    st.header(ws, r, [translate("Workbook", "Figure")] + [p.name or p.key for p in periods]
              + [translate("Workbook", "Total (actual)"), translate("Workbook", "Total incl. forecasts"),
                 translate("Workbook", "How it is computed")])
    settle_head = r
    r += 1
    rows = {key: r + i for i, key in enumerate(WATERFALL)}
    layout.rows.update({f"w_{k}": v for k, v in rows.items()})
    names_of = {k: dn[k] for k in RULES}
    wl = text.waterfall_labels()
    for key in WATERFALL:
        row = rows[key]
        st.put(ws, row, 1, wl[key][0], font=st.BOLD if key in ("producer_payment", "staff_bonus",
                                                                 "buyer_total_cost", "deviation") else None)
        for p in periods:
            x = col[p.key]
            formula = _formula(key, x, rows, layout.rows, names_of, word)
            fmt = st.SCORE if key == "kpi" else None if key == "status" else st.EURO
            st.fput(ws, row, 2 + periods.index(p), formula, fmt)
        if key in TOTALLED and ncol:
            span = f"B{row}:{last}{row}"
            status = f"$B${rows['status']}:${last}${rows['status']}"
            st.fput(ws, row, 2 + ncol, f'=SUMIF({status},"{word["actual"]}",{span})', st.EURO, fill=st.TOTAL_FILL)
            st.fput(ws, row, 3 + ncol, f"=SUM({span})", st.EURO, fill=st.TOTAL_FILL)
        else:
            st.put(ws, row, 2 + ncol, None, fill=st.TOTAL_FILL)
            st.put(ws, row, 3 + ncol, None, fill=st.TOTAL_FILL)
        st.put(ws, row, why_col, wl[key][1], font=st.NOTE_FONT, wrap=True)
    end = rows[WATERFALL[-1]]
    if ncol:  # a forecast's column in grey italics
        grey = Font(italic=True, color="808080")
        ws.conditional_formatting.add(
            f"B{rows['status']}:{last}{end}",
            FormulaRule(formula=[f'B${rows["status"]}="{word["forecast"]}"'], font=grey))
    r = end + 2
    st.put(ws, r, 1, translate("Workbook", "A forecast period is settled at its target cost (no deviation, no bonus, "
                                           "no sanction) until its actual overhead and reimbursable costs are both "
                                           "entered. “Total (actual)” adds up only the periods settled on their "
                                           "actual costs."), font=st.NOTE_FONT, box=False)

    ws.freeze_panes = "B1"
    ws.print_title_rows = f"{settle_head}:{settle_head}"
    ws.column_dimensions["A"].width = 46
    for j in range(ncol + 2):
        ws.column_dimensions[get_column_letter(2 + j)].width = 19
    ws.column_dimensions[get_column_letter(why_col)].width = 70
    st.heights(ws)
    st.print_setup(ws)
    st.protect(ws)


def _formula(key: str, x: str, w: dict[str, int], inputs: dict[str, int], n: dict[str, str],
             word: dict[str, str]) -> str:
    """The formula of waterfall row `key` in period column `x`."""
    def at(k: str) -> str:
        return f"{x}{w[k]}"

    def inp(k: str) -> str:
        return f"{x}{inputs[k]}"

    actual = f'{at("status")}="{word["actual"]}"'
    return {
        "status": f'=IF(AND(ISNUMBER({inp("actual_overhead")}),ISNUMBER({inp("actual_production")})),'
                  f'"{word["actual"]}","{word["forecast"]}")',
        "target_cost": f'=ROUND({inp("target_fee")},2)+ROUND({inp("target_overhead")},2)'
                       f'+ROUND({inp("target_production")},2)',
        "fee_used": f'=ROUND(IF(AND({actual},ISNUMBER({inp("actual_fee")})),{inp("actual_fee")},'
                    f'{inp("target_fee")}),2)',
        "overhead_used": f'=ROUND(IF({actual},{inp("actual_overhead")},{inp("target_overhead")}),2)',
        "production_used": f'=ROUND(IF({actual},{inp("actual_production")},{inp("target_production")}),2)',
        "actual_cost": f'={at("fee_used")}+{at("overhead_used")}+{at("production_used")}',
        "deviation": f'=ROUND({at("target_cost")}-{at("actual_cost")},2)',
        "gain_cap": f'=ROUND({at("target_cost")}*{n["gain_cap"]}/100,2)',
        "shared": f'=IF({at("deviation")}>0,MIN({at("deviation")},MAX({at("gain_cap")},0)),0)',
        "excess": f'=IF({at("deviation")}>0,{at("deviation")}-{at("shared")},0)',
        "gain_producer": f'=ROUND({at("shared")}*{n["gain_producer"]}/100,2)',
        "gain_staff": f'=ROUND({at("shared")}*{n["gain_staff"]}/100,2)',
        "gain_pool": f'=ROUND({at("shared")}*{n["gain_pool"]}/100,2)',
        "gain_buyer": f'={at("shared")}-{at("gain_producer")}-{at("gain_staff")}-{at("gain_pool")}',
        "kpi": f'={inp("kpi_score")}',
        "paid": f'=ROUND({at("gain_pool")}*{at("kpi")},2)',
        "paid_producer": f'=ROUND({at("paid")}*{n["pool_producer"]}/100,2)',
        "paid_staff": f'={at("paid")}-{at("paid_producer")}',
        "unpaid": f'={at("gain_pool")}-{at("paid")}',
        "overrun": f'=IF({at("deviation")}<0,-{at("deviation")},0)',
        "sanction_uncapped": f'=ROUND({at("overrun")}*{n["pain_producer"]}/100,2)',
        "sanction_cap": f'=IF({n["pain_cap_kind"]}="{word["cap_fee"]}",ROUND({inp("target_fee")},2),'
                        f'IF({n["pain_cap_kind"]}="{word["cap_amount"]}",ROUND({n["pain_cap_amount"]},2),'
                        f'"{word["cap_none"]}"))',
        "sanction_producer": f'=IF(ISNUMBER({at("sanction_cap")}),MIN({at("sanction_uncapped")},'
                             f'{at("sanction_cap")}),{at("sanction_uncapped")})',
        "sanction_buyer": f'={at("overrun")}-{at("sanction_producer")}',
        "producer_payment": f'={at("fee_used")}+{at("production_used")}+{at("gain_producer")}'
                            f'+{at("paid_producer")}-{at("sanction_producer")}',
        "staff_bonus": f'={at("gain_staff")}+{at("paid_staff")}',
        "buyer_total_cost": f'={at("overhead_used")}+{at("producer_payment")}+{at("staff_bonus")}',
    }[key]
