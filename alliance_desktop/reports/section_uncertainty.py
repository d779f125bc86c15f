"""The commercial section's "Target cost under uncertainty" subsection (issue 21).

Printed only when the plan has estimate ranges or risk money (core/uncertainty.has_uncertainty): a
plain-language paragraph (P50/P80 of the buyer's total cost, the contingency, the probability of a
sanction per period), a table of P10/P50/P80/P90 per period and for the contract, and the S-curve
of the buyer's total cost with the target, P50 and P80 marked. The draws and seed are printed with
it; the same plan gives the same pages (the simulation is deterministic).
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.graphics.shapes import Line, PolyLine, Rect, String
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from ..core import uncertainty as unc
from ..core.gainpain import nice_scale
from ..i18n import translate
from .charts import new_drawing
from .context import Context
from .escape import para
from .fonts import SANS
from .styles import BAD, BORDER, FRAME_WIDTH, GOOD, MUTED, TEXT, colors
from .tagging import figure

DRAWS = 5_000  # fewer than on screen, so a report stays quick; the seed is the screen's default
DRAW_PERIODS = 200_000  # a long contract gets fewer draws (at least 1 000): draws x periods at most this
HEIGHT = 190


def build(ctx: Context) -> list[Flowable]:
    plan = ctx.plan
    if not plan.commercial.periods or not unc.has_uncertainty(plan):
        return []
    draws = max(1_000, min(DRAWS, DRAW_PERIODS // len(plan.commercial.periods)))
    result = unc.simulate(plan, draws, unc.DEFAULT_SEED)
    c = result.contract
    buyer = c.series("buyer_total_cost")
    from reportlab.lib.units import mm

    story: list[Flowable] = [CondPageBreak(90 * mm),
                             ctx.heading(translate("Report", "Target cost under uncertainty"), 1)]
    numbers = {p.key: i + 1 for i, p in enumerate(plan.commercial.periods)}
    sentences = [translate(
        "Report", "The plan's estimate ranges and risk costs were drawn {draws} times (seed {seed}) and each draw "
                  "settled by the sharing rules above. The buyer's total cost over the contract is {p50} at P50 and "
                  "{p80} at P80, against a target cost of {target}; a contingency of {c50} would make the target a "
                  "P50 and {c80} a P80.").format(
        draws=ctx.number(Decimal(result.draws), 0), seed=result.seed, p50=ctx.money(buyer.p(50), 0),
        p80=ctx.money(buyer.p(80), 0), target=ctx.money(c.target_cost, 0), c50=ctx.money(c.contingency_p50, 0),
        c80=ctx.money(c.contingency_p80, 0))]
    for o in result.periods:
        if o.simulated:
            sentences.append(translate("Report", "Probability of a sanction in period {number}: {p} %.").format(
                number=numbers.get(o.key, "?"), p=round(o.p_overrun * 100)))
    story.append(ctx.p(para(" ".join(sentences))))
    story.append(_table(ctx, result, numbers))
    alt = translate("Report", "S-curve of the buyer's total cost over {draws} draws: {p10} at P10, {p50} at P50, {p80} "
                              "at P80 and {p90} at P90; the target cost is {target}.").format(
        draws=result.draws, p10=ctx.money(buyer.p(10), 0), p50=ctx.money(buyer.p(50), 0),
        p80=ctx.money(buyer.p(80), 0), p90=ctx.money(buyer.p(90), 0), target=ctx.money(c.target_cost, 0))
    story.append(KeepTogether([Spacer(1, 4), figure(_s_curve(ctx, result), alt),
                               ctx.p(para(translate("Report", "Share of the draws (up) at or below each buyer's total "
                                                              "cost (across).")), ctx.styles.muted)]))
    return story


def _table(ctx: Context, result: unc.SimulationResult, numbers: dict[str, int]):
    rows = [[ctx.head(translate("Report", "Period"))] + [ctx.head(f"P{q}", right=True) for q in unc.PERCENTILES]
            + [ctx.head(translate("Report", "Sanction"), right=True)]]
    for o in (*result.periods, result.contract):
        if o.key:
            label = translate("Report", "Period {number}").format(number=numbers.get(o.key, "?"))
            if not o.simulated:
                label = translate("Report", "{period} (actual)").format(period=label)
        else:
            label = translate("Report", "Contract in total")
        s = o.series("buyer_total_cost")
        bold = not o.key
        rows.append([ctx.cell(label, bold=bold)] + [ctx.cell(ctx.money(s.p(q), 0), right=True, bold=bold)
                                                    for q in unc.PERCENTILES]
                    + [ctx.cell(f"{round(o.p_overrun * 100)} %", right=True, bold=bold)])
    width = FRAME_WIDTH
    return ctx.table(rows, [width * 0.22] + [width * 0.16] * 4 + [width * 0.14])


def _s_curve(ctx: Context, result: unc.SimulationResult):
    width = FRAME_WIDTH
    d = new_drawing(width, HEIGHT)
    x0, x1, y0, y1 = 40, width - 12, 30, HEIGHT - 12
    points = unc.cdf_points(result.sorted_cents("buyer_total_cost"), 200)
    c = result.contract
    buyer = c.series("buyer_total_cost")
    marks = [(translate("Report", "Target"), float(c.target_cost), TEXT), ("P50", float(buyer.p(50)), GOOD),
             ("P80", float(buyer.p(80)), BAD)]
    xs = [x for x, _y in points] + [v for _l, v, _c in marks]
    low, high = min(xs), max(xs)
    if high - low < 1:
        low, high = low - 1, high + 1
    scale = nice_scale(low, high, 6)

    def px(v: float) -> float:
        return x0 + (v - scale.low) / ((scale.high - scale.low) or 1.0) * (x1 - x0)

    def py(share: float) -> float:
        return y0 + share * (y1 - y0)

    d.add(Rect(x0, y0, x1 - x0, y1 - y0, fillColor=colors.HexColor("#fbfcfd"), strokeColor=BORDER, strokeWidth=0.6))
    for share in (0.0, 0.5, 0.8, 1.0):
        d.add(Line(x0, py(share), x1, py(share), strokeColor=colors.HexColor("#e3e8ed"), strokeWidth=0.5))
        d.add(String(x0 - 4, py(share) - 2.5, f"{round(share * 100)} %", fontName=SANS, fontSize=6.5,
                     fillColor=MUTED, textAnchor="end"))
    for tick in scale.ticks:
        d.add(Line(px(tick), y0, px(tick), y0 - 3, strokeColor=MUTED, strokeWidth=0.5))
        d.add(String(px(tick), y0 - 12, ctx.money(Decimal(repr(tick)), 0), fontName=SANS, fontSize=6.5,
                     fillColor=MUTED, textAnchor="middle"))
    flat = []
    for x, y in points:
        flat += [px(x), py(y)]
    d.add(PolyLine(flat, strokeColor=colors.HexColor("#1f5f8b"), strokeWidth=1.6))
    for i, (label, value, colour) in enumerate(marks):
        d.add(Line(px(value), y0, px(value), y1, strokeColor=colour, strokeWidth=0.9, strokeDashArray=(3, 2)))
        d.add(String(x0 + 6, y1 - 10 - i * 9, f"{label} {ctx.money(Decimal(repr(value)), 0)}", fontName=SANS,
                     fontSize=7, fillColor=colour))
    return d
