"""Commercial model section: periods and target parts, the sharing rules, the settlement and its charts.

The settlement figures are exactly those of `alliance-desktop settle` (core.settlement.settle_plan,
money with cents); the explanation is core.explain's and the charts come from core.gainpain.
"""

from __future__ import annotations

import math

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from ..core.explain import explain_period
from ..core.settlement import PeriodResult, Totals
from ..i18n import translate
from .charts import gain_pain_drawing, period_sweep
from .context import Context, empty_note
from .escape import para
from .styles import ACCENT_LIGHT, BORDER, FRAME_WIDTH

MAX_VALUE_COLUMNS = 4


def build(ctx: Context) -> list[Flowable]:
    lang = ctx.lang
    commercial = ctx.plan.commercial
    story: list[Flowable] = [ctx.heading(translate("Report", "Commercial model"), 0)]
    story += _rules(ctx)

    story.append(ctx.heading(translate("Report", "Service periods and target costs"), 1))
    if not commercial.periods:
        story.append(empty_note(ctx, translate("Report", "The plan has no service periods yet.")))
        return story
    story.append(_periods_table(ctx))

    story.append(ctx.heading(translate("Report", "Settlement per service period"), 1))
    story.append(ctx.p(para(translate(
        "Report", "The figures are those of the settlement (as the settle command gives them), in euros with cents. "
        "Periods without actual costs are shown at their target cost.")), ctx.styles.muted))
    story += _settlement_tables(ctx)
    pending = [p for p in commercial.periods if p.actual is None]
    if pending:
        story.append(ctx.p(para(translate("Report", "No actual costs yet: {periods}.").format(
            periods=", ".join(p.name or p.key for p in pending))), ctx.styles.muted))

    results = {r.key: r for r in ctx.settlement.periods}
    for period in commercial.periods:
        if period.actual is None:
            continue
        result = results[period.key]
        story.append(CondPageBreak(120 * mm))
        story.append(ctx.heading(period.name or period.key, 1))
        story.append(ctx.p(para(ctx.span(period.start, period.end)), ctx.styles.muted))
        story.append(ctx.text(explain_period(commercial, result, lang)))
        data = period_sweep(commercial, period, result)
        caption = translate("Report", "Gain and pain by party when the actual cost varies around the target "
                                      "(KPI score {score}).").format(score=ctx.percent(result.kpi_score * 100))
        story.append(KeepTogether([
            Spacer(1, 4),
            gain_pain_drawing(ctx, data, FRAME_WIDTH),
            ctx.p(para(caption), ctx.styles.muted),
        ]))
    return story


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
    ]
    rows = [[ctx.cell(term, bold=True), ctx.p(para(rule), ctx.styles.small)] for term, rule in rules]
    return [ctx.table(rows, [38 * mm, FRAME_WIDTH - 38 * mm], header_rows=0, zebra=False,
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
                         ctx.cell(translate("Report", "not known yet"), muted=True), "", "", ""])
            extra.append(("SPAN", (2, first + 1), (5, first + 1)))
        else:
            a = r.actual
            rows.append([dates, ctx.cell(actual_label),
                         ctx.cell(ctx.money(a.fee, None), right=True), ctx.cell(ctx.money(a.overhead, None), right=True),
                         ctx.cell(ctx.money(a.production, None), right=True),
                         ctx.cell(ctx.money(r.actual_cost, None), right=True, bold=True)])
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
    """(label, value per period, total, kind) rows; kind: "group" heading, "money", "score", "key"."""

    def money(attr):
        def period_value(p: PeriodResult):
            return ctx.money(_get(p, attr))

        return period_value

    def total(attr):
        return ctx.money(_get(ctx.settlement.totals, attr))

    def row(label, attr, kind="money"):
        return (label, money(attr), total(attr), kind)

    return [
        (translate("Report", "Costs"), None, None, "group"),
        row(translate("Report", "Target cost"), "target_cost"),
        row(translate("Report", "Actual cost"), "actual_cost"),
        row(translate("Report", "Deviation (under-run +)"), "deviation", "key"),
        (translate("Report", "KPI score"), lambda p: ctx.percent(p.kpi_score * 100, 1), "", "money"),
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


def _settlement_tables(ctx: Context) -> list[Flowable]:
    """Rows are the settlement's items; columns the periods and the total, at most 4 per table."""
    periods = list(ctx.settlement.periods)
    columns: list[PeriodResult | None] = [*periods, None]  # None = the total column
    count = math.ceil(len(columns) / MAX_VALUE_COLUMNS)
    size = math.ceil(len(columns) / count)
    chunks = [columns[i:i + size] for i in range(0, len(columns), size)]
    value_w = 30 * mm
    label_w = FRAME_WIDTH - MAX_VALUE_COLUMNS * value_w
    story: list[Flowable] = []
    spec = _settlement_rows(ctx)
    for n, chunk in enumerate(chunks):
        header = [ctx.head(translate("Report", "Item"))]
        for col in chunk:
            if col is None:
                header.append(ctx.head(translate("Report", "Total"), right=True))
            else:  # period names are long: a smaller type keeps their words whole
                header.append(ctx.p(para(col.name or col.key), ctx.styles.cell_head_small_right))
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
                cells.append(ctx.cell(total if col is None else per_period(col), right=True, bold=bold or col is None))
            rows.append(cells)
        widths = [label_w + (MAX_VALUE_COLUMNS - len(chunk)) * value_w * 0.35] + \
            [value_w + (MAX_VALUE_COLUMNS - len(chunk)) * value_w * 0.65 / len(chunk)] * len(chunk)
        if n:
            story.append(Spacer(1, 8))
        story.append(ctx.table(rows, widths, zebra=False, extra=extra, split_in_row=False))
    return story
