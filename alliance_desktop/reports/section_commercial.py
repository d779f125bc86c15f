"""Commercial model section: periods and target parts, the sharing rules, the settlement and its charts.

The settlement figures are exactly those of `alliance-desktop settle` (core.settlement.settle_plan,
money with cents); the explanation is core.explain's and the charts come from core.gainpain.
A forecast period (no actuals, or overhead or production not entered) is printed in grey italics
and labelled "forecast"; the totals are printed twice: over the periods with actuals only, and
with the forecasts. The rules table states the actuals rule and every rounding the engine makes,
so that any figure can be recomputed by hand from the report.
"""

from __future__ import annotations

import math
from fractions import Fraction

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from ..core.explain import explain_period
from ..core.settlement import PeriodResult, Totals, round_fraction
from ..i18n import translate
from . import alttext
from .charts import gain_pain_drawing, period_sweep
from .tagging import figure
from .context import Cell, Context, Later, empty_note
from .escape import para
from .styles import ACCENT_LIGHT, BORDER, FRAME_WIDTH, MUTED

MAX_VALUE_COLUMNS = 4


def _estimate(ctx: Context, raw: object, *, bold: bool = False, right: bool = True) -> Cell:
    """A forecast figure: grey italics, so it never reads as an actual one."""
    s = ctx.styles
    style = (s.cell_right_bold if bold else s.cell_right) if right else (s.cell_bold if bold else s.cell)
    markup = para(raw)
    return ctx.markup_cell(f'<i><font color="{MUTED.hexval().replace("0x", "#")}">{markup}</font></i>'
                           if markup else "", style)


def build(ctx: Context) -> list[Flowable]:
    commercial = ctx.plan.commercial
    story: list[Flowable] = [ctx.heading(translate("Report", "Commercial model"), 0)]
    story += _rules(ctx)

    story.append(ctx.heading(translate("Report", "Service periods and target costs"), 1))
    if not commercial.periods:
        story.append(empty_note(ctx, translate("Report", "The plan has no service periods yet.")))
        return story
    story.append(_periods_table(ctx))

    story.append(ctx.heading(translate("Report", "Settlement per service period"), 1))
    if ctx.settlement.forecasts:
        note = translate(
            "Report", "The figures are those of the settlement (as the settle command gives them), in euros with "
            "cents. “Total (actual)” adds up only the periods with actual costs; “Total incl. forecasts” adds every "
            "period.")
    else:
        note = translate(
            "Report", "The figures are those of the settlement (as the settle command gives them), in euros with "
            "cents. Every period has actual costs.")
    story.append(ctx.p(para(note), ctx.styles.muted))
    story += _settlement_tables(ctx)
    forecasts = [r for r in ctx.settlement.periods if r.is_forecast]
    if forecasts:
        story.append(ctx.p(para(translate(
            "Report", "In grey italics: forecast = an estimate at the target cost, not actual figures ({periods}). "
            "A forecast has no deviation, no bonus and no sanction.").format(
            periods=", ".join(r.name or r.key for r in forecasts))), ctx.styles.muted))
    incomplete = [r for r in forecasts if r.incomplete]
    if incomplete:
        story.append(ctx.p(para(translate(
            "Report", "Actual costs incomplete (overhead or reimbursable costs not entered): {periods}.").format(
            periods=", ".join(r.name or r.key for r in incomplete))), ctx.styles.muted))

    results = {r.key: r for r in ctx.settlement.periods}
    for period in commercial.periods:
        result = results[period.key]
        if result.is_forecast:
            continue
        story.append(CondPageBreak(120 * mm))
        story.append(ctx.heading(period.name or period.key, 1))
        story.append(Later(lambda period=period, result=result: _period(ctx, period, result)))
    from . import section_uncertainty  # the target cost under uncertainty (issue 21), when the plan has its inputs

    story += section_uncertainty.build(ctx)
    return story


def _period(ctx: Context, period, result: PeriodResult) -> list[Flowable]:
    """A settled period: its dates, the explanation, the calculation and the gain/pain chart (made when the
    layout reaches it: a long contract has many periods)."""
    commercial = ctx.plan.commercial
    data = period_sweep(commercial, period, result)
    caption = translate("Report", "Gain and pain by party when the actual cost varies around the target "
                                  "(KPI score {score}).").format(
        score="—" if result.kpi_score is None else ctx.percent(result.kpi_score * 100))
    return [
        ctx.p(para(ctx.span(period.start, period.end)), ctx.styles.muted),
        ctx.text(explain_period(commercial, result, ctx.lang)),
        _calculation(ctx, result),
        KeepTogether([
            Spacer(1, 4),
            figure(gain_pain_drawing(ctx, data, FRAME_WIDTH), alttext.gain_pain(ctx, period.name or period.key, data)),
            ctx.p(para(caption), ctx.styles.muted),
        ]),
    ]


def _rules(ctx: Context) -> list[Flowable]:
    """The sharing rules in words, as a two-column table: term | rule."""
    c = ctx.plan.commercial

    def pct(table: str, party: str) -> str:
        return ctx.percent(c.share(table, party), None)

    cap = c.producer_pain_cap
    if cap is None:
        cap_text = translate("Report", "The producer's sanction has no upper limit.")
    elif isinstance(cap, str):
        cap_text = translate("Report", "The producer's sanction is limited to its fee for the period.")
    else:
        cap_text = translate("Report", "The producer's sanction is limited to {amount} per period.").format(
            amount=ctx.money(cap, None))
    rules = [
        (translate("Report", "Target cost"),
         translate("Report", "Each service period has a target cost: the producer's fee + the buyer's overhead + "
                             "the reimbursable production costs. At the end of the period the actual cost is "
                             "compared with the target.")),
        (translate("Report", "Cost bonus"),
         translate("Report", "When the actual cost is under the target, savings up to {cap} of the target cost are "
                             "shared: buyer {buyer}, producer {producer}, alliance staff {staff} and the "
                             "effectiveness bonus pool {pool}. Savings beyond the cap go wholly to the buyer.").format(cap=ctx.percent(c.gain_cap_percent, None),
                                buyer=pct("gain_share_percent", "buyer"),
                                producer=pct("gain_share_percent", "producer"),
                                staff=pct("gain_share_percent", "staff"),
                                pool=pct("gain_share_percent", "effectiveness_pool"))),
        (translate("Report", "Effectiveness bonus"),
         translate("Report", "The pool is paid only when the target is under-run, in proportion to the KPI score "
                             "of the period (0–100 %). Of what is paid the producer receives {producer} and the "
                             "alliance staff {staff}; what is not earned stays with the buyer.").format(
             producer=pct("effectiveness_pool_split_percent", "producer"),
             staff=pct("effectiveness_pool_split_percent", "staff"))),
        (translate("Report", "Cost sanction"),
         translate("Report", "When the actual cost exceeds the target, the over-run is shared: buyer {buyer} and "
                             "producer {producer}.").format(
             buyer=pct("pain_share_percent", "buyer"), producer=pct("pain_share_percent", "producer"))
         + " " + cap_text),
        (translate("Report", "Actual or forecast"),
         translate("Report", "A period is settled on its actual costs once its actual overhead and reimbursable "
                             "costs have both been entered; the fee is the target fee by contract unless a different "
                             "fee paid is entered. Until then the period is a forecast: it is shown at its target "
                             "cost (no deviation, no bonus, no sanction), in grey italics, and “actual costs "
                             "incomplete” when only some parts have been entered. A part not entered is never taken "
                             "as zero nor copied from the target.")),
        (translate("Report", "Rounding"),
         translate("Report", "All amounts are in euros and cents. Every rounding is to the nearest cent, a half cent "
                             "away from zero (half a cent becomes a whole cent). In this order: (1) each cost part (fee, overhead, "
                             "reimbursable costs) of the target and of the actual is rounded first; the target cost, "
                             "the actual cost and the deviation are exact sums of the rounded parts. (2) The cap "
                             "amount, cap % × target cost, is rounded before anything is shared. (3) Of the shared "
                             "savings, the producer's, the staff's and the pool's shares are each rounded; the buyer "
                             "receives the remainder, so the cents of rounding stay with the buyer. (4) The "
                             "effectiveness bonus paid is the rounded pool × the exact KPI score (the fraction "
                             "computed from the metrics, not the rounded percentage shown), rounded; the producer's "
                             "part of it is rounded and the staff receive the remainder; the unpaid rest of the pool "
                             "stays with the buyer. (5) The producer's sanction, its share × the over-run, is "
                             "rounded before its cap is applied; the buyer bears the remainder of the over-run. "
                             "Each period's calculation below shows these steps.")),
    ]
    rows = [[ctx.cell(term, bold=True), ctx.p(para(rule), ctx.styles.small)] for term, rule in rules]
    return [ctx.table(rows, [38 * mm, FRAME_WIDTH - 38 * mm], header_rows=0, zebra=False, row_heads=True,
                      extra=[("BACKGROUND", (0, 0), (0, -1), ACCENT_LIGHT)])]


def _periods_table(ctx: Context):
    rows = [[
        ctx.head(translate("Report", "Service period")),
        ctx.head(""),
        ctx.head(translate("Report", "Fee"), right=True),
        ctx.head(translate("Report", "Overhead"), right=True),
        ctx.head(translate("Report", "Reimbursable costs"), right=True),
        ctx.head(translate("Report", "Total"), right=True),
    ]]
    results = {r.key: r for r in ctx.settlement.periods}
    target_label = translate("Report", "Target")
    actual_label = translate("Report", "Actual")
    extra = []
    for period in ctx.plan.commercial.periods:
        r = results[period.key]
        t = r.target
        first = len(rows)
        rows.append([ctx.cell(period.name or period.key, bold=True), ctx.cell(target_label),
                     ctx.cell(ctx.money(t.fee, None), right=True), ctx.cell(ctx.money(t.overhead, None), right=True),
                     ctx.cell(ctx.money(t.production, None), right=True),
                     ctx.cell(ctx.money(r.target_cost, None), right=True, bold=True)])
        dates = ctx.cell(ctx.span(period.start, period.end), muted=True)
        if period.actual is None:
            rows.append([dates, ctx.cell(actual_label),
                         _estimate(ctx, translate("Report", "not entered yet: a forecast at the target cost"),
                                   right=False), "", "", ""])
            extra.append(("SPAN", (2, first + 1), (5, first + 1)))
        else:
            entered = period.actual

            def part(name: str, entered=entered, t=t):
                value = getattr(entered, name)
                if value is not None:
                    return ctx.cell(ctx.money(value, None), right=True)
                if name == "fee":
                    return _estimate(ctx, translate("Report", "{amount} by contract").format(
                        amount=ctx.money(t.fee, None)))
                return _estimate(ctx, translate("Report", "not entered"))

            total = (ctx.cell(ctx.money(r.actual_cost, None), right=True, bold=True) if not r.is_forecast
                     else _estimate(ctx, translate("Report", "forecast")))
            rows.append([dates, ctx.cell(actual_label), part("fee"), part("overhead"), part("production"), total])
        extra.append(("LINEBELOW", (0, first + 1), (-1, first + 1), 0.4, BORDER))
        extra.append(("NOSPLIT", (0, first), (-1, first + 1)))
    totals = ctx.settlement.totals
    rows.append([ctx.cell(translate("Report", "All periods"), bold=True), ctx.cell(target_label), "", "", "",
                 ctx.cell(ctx.money(totals.target_cost, None), right=True, bold=True)])
    extra.append(("LINEABOVE", (0, len(rows) - 1), (-1, len(rows) - 1), 0.9, ACCENT_LIGHT))
    money_w = 27 * mm
    widths = [FRAME_WIDTH - 4 * money_w - 17 * mm, 17 * mm] + [money_w] * 4
    return ctx.table(rows, widths, zebra=False, extra=extra, split_in_row=False, rules=False)


def _settlement_rows(ctx: Context):
    """(label, value per period, total, kind) rows; kind: "group" heading, "money", "score", "key".

    `total` is a function of a Totals (the actual one or the one with the forecasts)."""

    def money(attr):
        def period_value(p: PeriodResult):
            return ctx.money(_get(p, attr))

        return period_value

    def total(attr):
        return lambda t: ctx.money(_get(t, attr))

    def row(label, attr, kind="money"):
        return (label, money(attr), total(attr), kind)

    def score(p: PeriodResult) -> str:
        return "—" if p.kpi_score is None else ctx.percent(p.kpi_score * 100, 1)

    return [
        (translate("Report", "Costs"), None, None, "group"),
        row(translate("Report", "Target cost"), "target_cost"),
        row(translate("Report", "Actual cost"), "actual_cost"),
        row(translate("Report", "Deviation (under-run +)"), "deviation", "key"),
        (translate("Report", "KPI score"), score, lambda t: "", "money"),
        (translate("Report", "Under-run"), None, None, "group"),
        row(translate("Report", "Shared under-run"), "shared_underrun"),
        row(translate("Report", "Excess to buyer"), "excess_to_buyer"),
        row(translate("Report", "Cost bonus: buyer"), "gain.buyer"),
        row(translate("Report", "Cost bonus: producer"), "gain.producer"),
        row(translate("Report", "Cost bonus: alliance staff"), "gain.staff"),
        row(translate("Report", "Cost bonus: effectiveness pool"), "gain.effectiveness_pool"),
        row(translate("Report", "Effectiveness bonus paid"), "effectiveness_bonus_paid"),
        row(translate("Report", "Effectiveness bonus unpaid"), "effectiveness_bonus_unpaid"),
        (translate("Report", "Over-run"), None, None, "group"),
        row(translate("Report", "Over-run"), "overrun"),
        row(translate("Report", "Cost sanction: producer"), "sanction.producer"),
        row(translate("Report", "Cost sanction: buyer"), "sanction.buyer"),
        (translate("Report", "Results by party"), None, None, "group"),
        row(translate("Report", "Producer payment"), "producer_payment", "key"),
        row(translate("Report", "Producer's gain (+) or pain (−)"), "producer_result"),
        row(translate("Report", "Staff bonus"), "staff_bonus", "key"),
        row(translate("Report", "Buyer total cost"), "buyer_total_cost", "key"),
        row(translate("Report", "Buyer's saving against the target"), "buyer_net"),
    ]


def _get(obj: PeriodResult | Totals, attr: str):
    for part in attr.split("."):
        obj = getattr(obj, part)
    return obj


ACTUAL_TOTAL, FORECAST_TOTAL = "actual_total", "forecast_total"


def _settlement_tables(ctx: Context) -> list[Flowable]:
    """Rows are the settlement's items; columns the periods and the totals, at most 4 per table.

    Forecast periods are grey italics; the totals are over the actual periods and (when there are
    forecasts) with the forecasts too."""
    settlement = ctx.settlement
    periods = list(settlement.periods)
    columns: list[PeriodResult | str] = [*periods, ACTUAL_TOTAL]
    if settlement.forecasts:
        columns.append(FORECAST_TOTAL)
    count = math.ceil(len(columns) / MAX_VALUE_COLUMNS)
    size = math.ceil(len(columns) / count)
    chunks = [columns[i:i + size] for i in range(0, len(columns), size)]
    value_w = 30 * mm
    label_w = FRAME_WIDTH - MAX_VALUE_COLUMNS * value_w
    story: list[Flowable] = []
    spec = _settlement_rows(ctx)
    small = ctx.styles.cell_head_small_right
    for n, chunk in enumerate(chunks):
        header = [ctx.head(translate("Report", "Item"))]
        for col in chunk:
            if col == ACTUAL_TOTAL:
                header.append(ctx.head(translate("Report", "Total (actual)"), right=True))
            elif col == FORECAST_TOTAL:
                label = translate("Report", "Total incl. forecasts")
                header.append(ctx.p(f"<i>{para(label)}</i>", ctx.styles.cell_head_right))
            elif col.is_forecast:  # period names are long: a smaller type keeps their words whole
                label = translate("Report", "(forecast)")
                header.append(ctx.p(f"{para(col.name or col.key)}<br/><i>{para(label)}</i>", small))
            else:
                header.append(ctx.p(para(col.name or col.key), small))
        rows = [header]
        extra = []
        for label, per_period, total, kind in spec:
            r = len(rows)
            if kind == "group":
                rows.append([ctx.p(para(label), ctx.styles.cell_group)] + [""] * len(chunk))
                extra.append(("LINEBELOW", (0, r), (-1, r), 0.6, ACCENT_LIGHT))
                extra.append(("BACKGROUND", (0, r), (-1, r), ACCENT_LIGHT))
                extra.append(("NOSPLIT", (0, r), (-1, r + 1)))  # a group's title never ends a page
                continue
            bold = kind == "key"
            cells = [ctx.cell(label, bold=bold)]
            for col in chunk:
                if col == ACTUAL_TOTAL:
                    cells.append(ctx.cell(total(settlement.actual_totals), right=True, bold=True))
                elif col == FORECAST_TOTAL:
                    cells.append(_estimate(ctx, total(settlement.totals), bold=True))
                elif col.is_forecast:
                    cells.append(_estimate(ctx, per_period(col)))
                else:
                    cells.append(ctx.cell(per_period(col), right=True, bold=bold))
            rows.append(cells)
        widths = [label_w + (MAX_VALUE_COLUMNS - len(chunk)) * value_w * 0.35] + \
            [value_w + (MAX_VALUE_COLUMNS - len(chunk)) * value_w * 0.65 / len(chunk)] * len(chunk)
        if n:
            story.append(Spacer(1, 8))
        story.append(ctx.table(rows, widths, zebra=False, extra=extra, split_in_row=False))
    return story


def _fraction_text(ctx: Context, value: Fraction) -> str:
    """An exact fraction as it can be typed into a calculator: "8111/12000 (≈ 0,675917)"; a short decimal as is."""
    if value.denominator == 1 or round_fraction(value, 6) == value:
        return ctx.number(round_fraction(value, 6).normalize())
    return f"{value.numerator}/{value.denominator} (≈ {ctx.number(round_fraction(value, 6))})"


def _calculation(ctx: Context, r: PeriodResult) -> Flowable:
    """The period's figures step by step, by the rounding rules: every figure can be checked by hand."""
    c = ctx.plan.commercial

    def pct(table: str, party: str) -> str:
        return ctx.percent(c.share(table, party), None)

    def eur(value) -> str:
        return ctx.money(value)

    a, t = r.actual, r.target
    steps = [
        (translate("Report", "Target cost"), f"{eur(t.fee)} + {eur(t.overhead)} + {eur(t.production)}",
         eur(r.target_cost)),
        (translate("Report", "Actual cost"), f"{eur(a.fee)} + {eur(a.overhead)} + {eur(a.production)}",
         eur(r.actual_cost)),
        (translate("Report", "Deviation (under-run +)"), f"{eur(r.target_cost)} − {eur(r.actual_cost)}",
         eur(r.deviation)),
    ]
    if r.deviation > 0:
        score = _fraction_text(ctx, r.kpi_score_exact)
        steps += [
            (translate("Report", "Cap amount"), f"{ctx.percent(c.gain_cap_percent, None)} × {eur(r.target_cost)}",
             eur(r.gain_cap)),
            (translate("Report", "Shared under-run"),
             translate("Report", "the smaller of {deviation} and {cap}").format(
                 deviation=eur(r.deviation), cap=eur(r.gain_cap)), eur(r.shared_underrun)),
            (translate("Report", "Excess to buyer"), f"{eur(r.deviation)} − {eur(r.shared_underrun)}",
             eur(r.excess_to_buyer)),
            (translate("Report", "Cost bonus: producer"),
             f"{pct('gain_share_percent', 'producer')} × {eur(r.shared_underrun)}", eur(r.gain.producer)),
            (translate("Report", "Cost bonus: alliance staff"),
             f"{pct('gain_share_percent', 'staff')} × {eur(r.shared_underrun)}", eur(r.gain.staff)),
            (translate("Report", "Cost bonus: effectiveness pool"),
             f"{pct('gain_share_percent', 'effectiveness_pool')} × {eur(r.shared_underrun)}",
             eur(r.gain.effectiveness_pool)),
            (translate("Report", "Cost bonus: buyer (the remainder)"),
             f"{eur(r.shared_underrun)} − {eur(r.gain.producer)} − {eur(r.gain.staff)} − "
             f"{eur(r.gain.effectiveness_pool)}", eur(r.gain.buyer)),
            (translate("Report", "Effectiveness bonus paid"), translate("Report", "{pool} × KPI score {score}").format(
                pool=eur(r.gain.effectiveness_pool), score=score), eur(r.effectiveness_bonus_paid)),
            (translate("Report", "Effectiveness bonus: producer"),
             f"{pct('effectiveness_pool_split_percent', 'producer')} × {eur(r.effectiveness_bonus_paid)}",
             eur(r.effectiveness_bonus_producer)),
            (translate("Report", "Effectiveness bonus: staff (the remainder)"),
             f"{eur(r.effectiveness_bonus_paid)} − {eur(r.effectiveness_bonus_producer)}",
             eur(r.effectiveness_bonus_staff)),
            (translate("Report", "Effectiveness bonus unpaid (to the buyer)"),
             f"{eur(r.gain.effectiveness_pool)} − {eur(r.effectiveness_bonus_paid)}",
             eur(r.effectiveness_bonus_unpaid)),
        ]
    elif r.deviation < 0:
        cap = translate("Report", "no limit") if r.producer_sanction_cap is None else eur(r.producer_sanction_cap)
        steps += [
            (translate("Report", "Over-run"), f"{eur(r.actual_cost)} − {eur(r.target_cost)}", eur(r.overrun)),
            (translate("Report", "Producer's share before its cap"),
             f"{pct('pain_share_percent', 'producer')} × {eur(r.overrun)}", eur(r.producer_sanction_uncapped)),
            (translate("Report", "Cost sanction: producer"),
             translate("Report", "the smaller of {share} and the cap {cap}").format(
                 share=eur(r.producer_sanction_uncapped), cap=cap), eur(r.sanction.producer)),
            (translate("Report", "Cost sanction: buyer (the remainder)"),
             f"{eur(r.overrun)} − {eur(r.sanction.producer)}", eur(r.sanction.buyer)),
        ]
    producer_text = " + ".join([eur(a.fee), eur(a.production)]
                               + [eur(v) for v in (r.gain.producer, r.effectiveness_bonus_producer) if v])
    if r.sanction.producer:
        producer_text += f" − {eur(r.sanction.producer)}"
    steps += [
        (translate("Report", "Producer payment"), producer_text, eur(r.producer_payment)),
        (translate("Report", "Staff bonus"), f"{eur(r.gain.staff)} + {eur(r.effectiveness_bonus_staff)}",
         eur(r.staff_bonus)),
        (translate("Report", "Buyer total cost"),
         f"{eur(a.overhead)} + {eur(r.producer_payment)} + {eur(r.staff_bonus)}", eur(r.buyer_total_cost)),
    ]
    rows = [[ctx.head(translate("Report", "Calculation")), ctx.head(translate("Report", "How")),
             ctx.head(translate("Report", "Result"), right=True)]]
    rows += [[ctx.cell(label), ctx.cell(how, muted=True), ctx.cell(value, right=True, bold=True)]
             for label, how, value in steps]
    value_w = 30 * mm
    label_w = 52 * mm
    return KeepTogether([Spacer(1, 4), ctx.table(rows, [label_w, FRAME_WIDTH - label_w - value_w, value_w],
                                                 zebra=True, split_in_row=False)])
