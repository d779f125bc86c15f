"""Service chains and scope matrix: per chain a diagram of step cards, a cost table; then the scope matrix.

The card diagram is core.chains' `chain_layout` (cards in rows, left to right, arrows between
them, wrapping like the seed slides), scaled to the frame width, so paper matches the screen.
Cards are coloured by provider kind. A long chain is drawn in several parts (a few rows each),
so a part always fits on a page. Costs come from `chain_costs` to the cent.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from ..core import chains as ch
from ..core import model as m
from ..i18n import translate
from . import alttext
from .charts import new_drawing
from .tagging import figure
from .context import Context, Later, empty_note
from .escape import one_line, para
from .fonts import SANS, SANS_BOLD
from .styles import (
    ACCENT_LIGHT,
    BAD_LIGHT,
    FRAME_WIDTH,
    GOOD_LIGHT,
    MUTED,
    ROLE_COLOURS,
    TEXT,
    WARN_LIGHT,
    ZEBRA,
    colors,
)

COLUMNS = 4
ROWS_PER_PART = 5
KIND_COLOURS = {
    "own": ROLE_COLOURS["buyer"],
    "partner": ROLE_COLOURS["producer"],
    "subcontractor": ROLE_COLOURS["subcontractor"],
    "support_service": ROLE_COLOURS["support_service"],
}
KIND_FILLS = {
    "own": colors.HexColor("#e4eef6"),
    "partner": colors.HexColor("#e2f1ec"),
    "subcontractor": colors.HexColor("#efe6f3"),
    "support_service": colors.HexColor("#f7ecdf"),
}
SCOPE_FILLS = {"included": GOOD_LIGHT, "option": WARN_LIGHT, "excluded": ZEBRA}


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _lines(text: str, font: str, size: float, width: float, most: int) -> list[str]:
    """Text wrapped into at most `most` lines; the last one ends in an ellipsis when text is left over."""
    lines = simpleSplit(text, font, size, width) or [""]
    if len(lines) > most:
        rest = " ".join(lines[most - 1:])
        lines = lines[:most - 1] + [_fit(rest, font, size, width)]
    return [_fit(line, font, size, width) for line in lines]


def _diagram(ctx: Context, chain: m.ServiceChain, costs: ch.ChainCosts, first: int, steps, width: float) -> Drawing:
    layout = ch.chain_layout(len(steps), COLUMNS)
    scale = width / ch.chain_layout(COLUMNS, COLUMNS).width
    d = new_drawing(width, layout.height * scale)
    h = layout.height * scale

    def pt(x: float, y: float) -> tuple[float, float]:
        return x * scale, h - y * scale

    for arrow in layout.arrows:
        points = [pt(x, y) for x, y in arrow.points]
        for (x0, y0), (x1, y1) in zip(points, points[1:]):
            d.add(Line(x0, y0, x1, y1, strokeColor=MUTED, strokeWidth=0.8))
        (xa, ya), (xb, yb) = points[-2], points[-1]
        size = 3.2
        if abs(yb - ya) > abs(xb - xa):  # pointing down
            d.add(Polygon([xb, yb, xb - size, yb + size * 1.6, xb + size, yb + size * 1.6], fillColor=MUTED,
                          strokeColor=None))
        else:  # pointing right
            d.add(Polygon([xb, yb, xb - size * 1.6, yb + size, xb - size * 1.6, yb - size], fillColor=MUTED,
                          strokeColor=None))

    for i, (step, box) in enumerate(zip(steps, layout.cards)):
        x, top = pt(box.x, box.y)
        w, bh = box.w * scale, box.h * scale
        y = top - bh
        colour = KIND_COLOURS.get(step.provider_kind, MUTED)
        outside = step.scope == "no"
        d.add(Rect(x, y, w, bh, rx=2.5, ry=2.5, fillColor=colors.white if outside else
                   KIND_FILLS.get(step.provider_kind, ZEBRA), strokeColor=colour, strokeWidth=0.8,
                   strokeDashArray=(2, 2) if outside else None))
        d.add(Rect(x, top - 3, w, 3, fillColor=colour, strokeColor=None))
        pad = 4
        inner = w - 2 * pad
        cy = top - 5 - 7.5
        number = f"{first + i + 1}. "
        name_lines = _lines(number + one_line(step.name), SANS_BOLD, 6.8, inner, 4)
        for line in name_lines:
            d.add(String(x + pad, cy, line, fontName=SANS_BOLD, fontSize=6.8, fillColor=TEXT))
            cy -= 8
        provider = ch.provider_name(ctx.plan, step)
        d.add(String(x + pad, y + 14, _fit(one_line(provider), SANS, 6, inner), fontName=SANS, fontSize=6,
                     fillColor=MUTED))
        cost = ctx.money(costs.steps[first + i].cost, 0)
        scope = "" if step.scope == "yes" else ch.step_scope_title(step.scope)
        d.add(String(x + pad, y + 4.5, _fit(cost, SANS_BOLD, 6.5, inner * 0.6), fontName=SANS_BOLD, fontSize=6.5,
                     fillColor=TEXT))
        if scope:
            d.add(String(x + w - pad, y + 4.5, _fit(scope, SANS, 5.8, inner * 0.4), fontName=SANS, fontSize=5.8,
                         fillColor=MUTED, textAnchor="end"))
    return d


def _legend(width: float) -> Drawing:
    d = new_drawing(width, 14)
    lx = 0.0
    for kind, title in ch.legend():
        d.add(Rect(lx, 3, 9, 7, fillColor=KIND_FILLS.get(kind, ZEBRA), strokeColor=KIND_COLOURS.get(kind, MUTED),
                   strokeWidth=0.8))
        d.add(String(lx + 12, 4, title, fontName=SANS, fontSize=6.5, fillColor=TEXT))
        lx += 22 + stringWidth(title, SANS, 6.5)
    label = ch.step_scope_title("no")
    d.add(Rect(lx, 3, 9, 7, fillColor=colors.white, strokeColor=MUTED, strokeWidth=0.8, strokeDashArray=(2, 2)))
    d.add(String(lx + 12, 4, label, fontName=SANS, fontSize=6.5, fillColor=TEXT))
    return d


def _cost_table(ctx: Context, chain: m.ServiceChain, costs: ch.ChainCosts) -> Flowable:
    rows = [[ctx.head("#"), ctx.head(translate("Report", "Step")), ctx.head(translate("Report", "Provider")),
             ctx.head(translate("Report", "Annual volume"), right=True),
             ctx.head(translate("Report", "Unit cost"), right=True),
             ctx.head(translate("Report", "Annual cost"), right=True)]]
    for n, (step, cost) in enumerate(zip(chain.steps, costs.steps), 1):
        name = para(step.name)
        if step.scope != "yes":
            name += f' <font color="#5c6b7a">({para(ch.step_scope_title(step.scope))})</font>'
        provider = ch.provider_name(ctx.plan, step)
        kind = ch.provider_kind_title(step.provider_kind)
        provider_markup = para(provider)
        if kind != provider:
            provider_markup += f'<br/><font size="7" color="#5c6b7a">{para(kind)}</font>'
        rows.append([ctx.cell(str(n)), ctx.p(name, ctx.styles.cell), ctx.p(provider_markup, ctx.styles.cell),
                     ctx.cell(ctx.number(step.annual_volume), right=True),
                     ctx.cell(ctx.money(step.unit_cost), right=True),
                     ctx.cell(ctx.money(cost.cost), right=True)])
    first_total = len(rows)
    totals = [
        (translate("Report", "Total annual cost"), costs.gross),
        (translate("Report", "Today's own-production cost"), costs.own),
        (translate("Report", "Difference from own production"), costs.difference),
    ]
    if costs.option or costs.outside:
        totals.insert(1, (translate("Report", "Of which in the alliance"), costs.in_scope))
    for label, value in totals:
        rows.append(["", ctx.cell(label, bold=True), "", "", "", ctx.cell(ctx.money(value), bold=True, right=True)])
    w = FRAME_WIDTH
    extra = [("LINEABOVE", (0, first_total), (-1, first_total), 0.8, TEXT)]
    for r in range(first_total, len(rows)):
        extra += [("SPAN", (1, r), (4, r)), ("BACKGROUND", (0, r), (-1, r), ACCENT_LIGHT)]
    return ctx.table(rows, [0.04 * w, 0.30 * w, 0.23 * w, 0.11 * w, 0.13 * w, 0.19 * w], zebra=False, extra=extra)


def _scope_matrix(ctx: Context) -> list[Flowable]:
    plan = ctx.plan
    story: list[Flowable] = [ctx.heading(translate("Report", "Scope matrix"), 1)]
    packages, areas = plan.scope.packages, plan.areas
    if not packages or not areas:
        story.append(empty_note(ctx, translate("Report", "No service packages or areas yet.")))
        return story
    story.append(ctx.p(para(translate("Report", "Which service packages each area includes in the alliance, "
                                                "as an option or not at all.")), ctx.styles.muted))
    first_w = 0.3 * FRAME_WIDTH
    # at most this many areas side by side; more areas continue in another table
    per_table = max(1, min(len(areas), 8))
    for start in range(0, len(areas), per_table):
        group = areas[start:start + per_table]
        col_w = (FRAME_WIDTH - first_w) / len(group)
        rows = [[ctx.head(translate("Report", "Service package"))] + [ctx.head(a.name) for a in group]]
        extra = []
        for r, package in enumerate(packages, 1):
            name = f"<b>{para(package.name)}</b>"
            if package.target_group:
                name += f'<br/><font size="7" color="#5c6b7a">{para(package.target_group)}</font>'
            row = [ctx.p(name, ctx.styles.cell)]
            for c, area in enumerate(group, 1):
                state = ch.scope_state(plan, package.key, area.key)
                row.append(ctx.cell(ch.scope_state_title(state), muted=state == "excluded"))
                extra.append(("BACKGROUND", (c, r), (c, r), SCOPE_FILLS.get(state, BAD_LIGHT)))
            rows.append(row)
        extra.append(("GRID", (1, 1), (-1, -1), 0.4, colors.white))
        story.append(ctx.table(rows, [first_w] + [col_w] * len(group), zebra=False, extra=extra))
    return story


def build(ctx: Context) -> list[Flowable]:
    plan = ctx.plan
    story: list[Flowable] = [ctx.heading(translate("Report", "Service chains and scope matrix"), 0)]
    if not plan.chains:
        story.append(empty_note(ctx, translate("Report", "No service chains yet.")))
    for chain in plan.chains:
        story.append(ctx.heading(chain.name or translate("Report", "Untitled chain"), 1))
        story.append(Later(lambda chain=chain: _chain(ctx, chain)))
    story += _scope_matrix(ctx)
    return story


def _chain(ctx: Context, chain) -> list[Flowable]:
    """A chain's description, step cards, legend and cost table (made when the layout reaches them)."""
    costs = ch.chain_costs(ctx.plan, chain)
    story: list[Flowable] = []
    if chain.description.strip():
        story.append(ctx.text(chain.description.strip(), ctx.styles.muted))
    story.append(ctx.p(para(translate("Report", "{count} steps; annual cost {cost}.").format(
        count=len(chain.steps), cost=ctx.money(costs.gross))), ctx.styles.small))
    if chain.steps:
        per_part = COLUMNS * ROWS_PER_PART
        for start in range(0, len(chain.steps), per_part):
            story.append(Spacer(1, 4))
            steps = chain.steps[start:start + per_part]
            alt = alttext.chain(ctx, chain.name or translate("Report", "Untitled chain"), [
                (start + i + 1, step.name, ch.provider_name(ctx.plan, step), ctx.money(costs.steps[start + i].cost, 0))
                for i, step in enumerate(steps)], len(chain.steps))
            story.append(figure(_diagram(ctx, chain, costs, start, steps, FRAME_WIDTH), alt))
        story.append(_legend(FRAME_WIDTH))
        story.append(Spacer(1, 6))
        story.append(_cost_table(ctx, chain, costs))
    else:
        story.append(empty_note(ctx, translate("Report", "This chain has no steps yet.")))
    return story
