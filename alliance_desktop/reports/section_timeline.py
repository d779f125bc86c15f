"""Timeline section: a vector Gantt of phases, steps, markers and service periods, then the dates and decisions.

The chart is built from core.timeline (`rows`, `Scale`, `ticks`), the same layout the screen
draws: one row per phase, step, marker and the service periods, in the screen's order. It
shows the preparation phases with the start of the service phase (`preparation_range`, what
the screen opens on); bars that run on past the right edge end in an arrow and their end date.
Long timelines are split into several drawings by rows, each with its own scale, so nothing is
cut off. Row labels are drawn on the canvas (raw text, shortened with an ellipsis to fit);
the tables below carry the full texts (escaped with `para`).
"""

from __future__ import annotations

import datetime as _dt
import math

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, PageBreak

from ..core import timeline as tl
from ..core.palette import tint
from ..i18n import translate
from . import alttext, labels
from .charts import new_drawing
from .context import Context, empty_note
from .escape import one_line, para
from .fonts import SANS, SANS_BOLD
from .tagging import figure
from .styles import (
    BAD,
    BAD_LIGHT,
    BORDER,
    FRAME_WIDTH,
    GOOD,
    LANDSCAPE_FRAME_HEIGHT,
    LANDSCAPE_FRAME_WIDTH,
    MUTED,
    PHASE_COLOURS,
    SIDEBAR,
    TEXT,
    TOKENS,
    WARN,
    colors,
)

LABEL_WIDTH = 165.0
ROW_SCALE = 0.62  # core row heights are screen pixels; about 14–18 pt on paper
AXIS_HEIGHT = 26.0
LEGEND_HEIGHT = 18.0
MAX_CHART_HEIGHT = LANDSCAPE_FRAME_HEIGHT - 70  # room for a heading above the first part
SQUEEZE = 0.8  # rows as low as this rather than a second page for a few rows

# The app's colours (core/palette.py through styles.py): a phase bar in its kind's colour, a step in a tint of
# its top-level phase's colour with that colour's outline, the service periods in two tints of the service
# phase's colour, markers and gates as ui/timeline/paint.py draws them.
GATE_COLOURS = {"": WARN, "pending": WARN, "go": GOOD, "withdraw": BAD}
MARKER_COLOURS = {"milestone": SIDEBAR, "deadline": BAD, "event": PHASE_COLOURS["tendering"]}
STEP_TINT = 0.72
PERIOD_COLOURS = tuple(colors.HexColor(tint(TOKENS["PHASE_COLOURS"]["service"], amount)) for amount in (0.55, 0.72))


def _tinted(colour, amount: float):
    return colors.HexColor(tint("#" + colour.hexval()[2:], amount))


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _symbol(d: Drawing, kind: str, state: str, x: float, y: float, r: float = 4.0) -> None:
    """A marker's symbol centred at (x, y): milestone circle, deadline triangle, event square, gate diamond."""
    if kind == "gate":
        d.add(Polygon([x, y + r + 1, x + r + 1, y, x, y - r - 1, x - r - 1, y],
                      fillColor=GATE_COLOURS.get(state, WARN), strokeColor=colors.white, strokeWidth=0.6))
    elif kind == "deadline":
        d.add(Polygon([x - r, y + r, x + r, y + r, x, y - r], fillColor=MARKER_COLOURS["deadline"],
                      strokeColor=colors.white, strokeWidth=0.6))
    elif kind == "event":
        d.add(Rect(x - r * 0.8, y - r * 0.8, r * 1.6, r * 1.6, fillColor=MARKER_COLOURS["event"],
                   strokeColor=colors.white, strokeWidth=0.6))
    else:
        d.add(Circle(x, y, r * 0.9, fillColor=MARKER_COLOURS["milestone"], strokeColor=colors.white, strokeWidth=0.6))


def _chunks(rows: tuple[tl.Row, ...]) -> tuple[list[list[tl.Row]], float]:
    """Rows split into parts whose drawings fit on a page, and the row scale they are drawn at.

    A chart a little too tall for one page is drawn with rows up to SQUEEZE lower instead of leaving a
    few rows alone on a page of their own; a longer one is split into parts of about the same height
    (never one full page and a nearly empty one)."""
    frame = AXIS_HEIGHT + LEGEND_HEIGHT
    total = sum(row.height for row in rows) * ROW_SCALE
    if frame + total <= MAX_CHART_HEIGHT:
        return ([list(rows)] if rows else []), ROW_SCALE
    if frame + total * SQUEEZE <= MAX_CHART_HEIGHT:
        return [list(rows)], ROW_SCALE * (MAX_CHART_HEIGHT - frame) / total
    count = math.ceil(total / (MAX_CHART_HEIGHT - frame))
    while True:  # parts of about total / count each, none over a page
        target = total / count
        parts: list[list[tl.Row]] = [[]]
        height = 0.0
        for row in rows:
            h = row.height * ROW_SCALE
            if parts[-1] and (height + h > MAX_CHART_HEIGHT - frame or
                              (height + h / 2 > target and len(parts) < count)):
                parts.append([])
                height = 0.0
            parts[-1].append(row)
            height += h
        if len(parts) <= count:
            return parts, ROW_SCALE
        count += 1


def _gantt(ctx: Context, rows: list[tl.Row], first: _dt.date, last: _dt.date, width: float,
           row_scale: float = ROW_SCALE) -> Drawing:
    plan = ctx.plan
    phases = {p.key: p for p in plan.phases}
    markers = {x.key: x for x in plan.markers}
    body = sum(r.height * row_scale for r in rows)
    height = AXIS_HEIGHT + body + LEGEND_HEIGHT
    d = new_drawing(width, height)
    plot_left, plot_right = LABEL_WIDTH, width - 4
    days = (last - first).days + 1
    scale = tl.Scale(first, (plot_right - plot_left) / days, plot_left)
    top = height - AXIS_HEIGHT  # y of the first row's top edge

    # the scale: upper (years) and lower (months, quarters...) rows of ticks
    measure = lambda t: stringWidth(t, SANS, 6.5)  # noqa: E731
    ticks = tl.ticks(scale.px_per_day, first, last, measure)
    d.add(Rect(plot_left, top, plot_right - plot_left, AXIS_HEIGHT, fillColor=colors.HexColor("#f2f5f8"),
               strokeColor=BORDER, strokeWidth=0.5))
    for band, y_label, y_low, y_high in ((ticks.upper, top + AXIS_HEIGHT - 9, top + AXIS_HEIGHT / 2,
                                          top + AXIS_HEIGHT),
                                         (ticks.lower, top + 4, top, top + AXIS_HEIGHT / 2)):
        for tick in band:
            x0 = max(plot_left, scale.x(tick.start))
            x1 = min(plot_right, scale.x(tick.end))
            if x1 <= x0:
                continue
            if scale.x(tick.start) >= plot_left:
                strong = band is ticks.upper or tick.major
                d.add(Line(x0, y_low, x0, y_high, strokeColor=BORDER, strokeWidth=0.5))
                d.add(Line(x0, top - body, x0, top, strokeColor=colors.HexColor("#cfd7df" if strong else "#eef1f4"),
                           strokeWidth=0.5))
            if measure(tick.label) + 2 <= x1 - x0:
                d.add(String((x0 + x1) / 2, y_label, tick.label, fontName=SANS_BOLD if band is ticks.upper else SANS,
                             fontSize=6.5, fillColor=TEXT if band is ticks.upper else MUTED, textAnchor="middle"))
    d.add(Line(plot_left, top - body, plot_right, top - body, strokeColor=BORDER, strokeWidth=0.5))

    def clipped_bar(y: float, h: float, start: _dt.date, end: _dt.date, fill, outline=None) -> None:
        x0, x1 = scale.x(start), scale.x_end(end)
        if x1 < plot_left or x0 > plot_right:
            return
        cut_right = x1 > plot_right
        x0, x1 = max(plot_left, x0), min(plot_right, x1)
        d.add(Rect(x0, y, max(0.8, x1 - x0), h, fillColor=fill, strokeColor=outline, strokeWidth=0.6 if outline else 0))
        if cut_right:
            ym = y + h / 2
            d.add(Polygon([plot_right - 5, y - 1.5, plot_right, ym, plot_right - 5, y + h + 1.5], fillColor=TEXT,
                          strokeColor=None))
            note = ctx.date(end)
            d.add(String(plot_right - 7, y + h + 1.5, note, fontName=SANS, fontSize=5.5, fillColor=MUTED,
                         textAnchor="end"))

    y = top
    for row in rows:
        h = row.height * row_scale
        y -= h
        mid = y + h / 2
        indent = 8 * row.depth
        if row.kind in ("phase", "step"):
            p = phases[row.key]
            bold = row.kind == "phase"
            if bold:
                d.add(Rect(0, y, plot_left - 2, h, fillColor=colors.HexColor("#f5f7f9"), strokeColor=None))
            font = SANS_BOLD if bold else SANS
            d.add(String(2 + indent, mid - 2.5, _fit(one_line(p.name), font, 7, plot_left - 6 - indent),
                         fontName=font, fontSize=7, fillColor=TEXT))
            if p.start and p.end:
                bar_h = h * (0.55 if bold else 0.45)
                if row.depth == 0:  # a top-level phase: its kind's colour
                    clipped_bar(mid - bar_h / 2, bar_h, p.start, p.end,
                                PHASE_COLOURS.get(p.kind, PHASE_COLOURS["other"]))
                else:  # a step or sub-phase: a tint of its top-level phase's colour, outlined in it
                    group = phases.get(row.group)
                    colour = PHASE_COLOURS.get(group.kind if group else "other", PHASE_COLOURS["other"])
                    clipped_bar(mid - bar_h / 2, bar_h, p.start, p.end, _tinted(colour, STEP_TINT), colour)
        elif row.kind == "marker":
            x = markers[row.key]
            d.add(String(2 + indent, mid - 2.5, _fit(one_line(x.name), SANS, 6.5, plot_left - 6 - indent),
                         fontName=SANS, fontSize=6.5, fillColor=MUTED))
            if x.date and first <= x.date <= last:
                try:
                    px = scale.x_time(x.date, x.time)
                except ValueError:
                    px = scale.x_time(x.date)
                d.add(Line(px, y, px, y + h, strokeColor=colors.HexColor("#e3e8ed"), strokeWidth=0.4))
                _symbol(d, x.kind, x.state, px, mid, 3.6)
        else:  # the service periods
            d.add(String(2 + indent, mid - 2.5, _fit(translate("Report", "Service periods"), SANS, 6.5,
                                                     plot_left - 6 - indent),
                         fontName=SANS, fontSize=6.5, fillColor=MUTED))
            bar_h = h * 0.55
            for i, period in enumerate(plan.commercial.periods):
                clipped_bar(mid - bar_h / 2, bar_h, period.start, period.end, PERIOD_COLOURS[i % 2])
                x0 = max(plot_left, scale.x(period.start))
                x1 = min(plot_right, scale.x_end(period.end)) - 6
                if x1 - x0 > 14 and x0 < plot_right:
                    d.add(String(x0 + 2, mid - 2.2, _fit(one_line(period.name), SANS, 6, x1 - x0 - 2),
                                 fontName=SANS, fontSize=6, fillColor=TEXT))
        d.add(Line(0, y, plot_right, y, strokeColor=colors.HexColor("#eef1f4"), strokeWidth=0.3))

    # legend
    ly = 4
    lx = 2.0
    entries = [("milestone", ""), ("deadline", ""), ("event", ""), ("gate", "pending"), ("gate", "go"),
               ("gate", "withdraw")]
    for kind, state in entries:
        label = labels.marker_kind(kind, ctx.lang)
        if kind == "gate":
            label = f"{label}: {labels.gate_state(state, ctx.lang)}"
        _symbol(d, kind, state, lx + 4, ly + 2.5, 3.2)
        d.add(String(lx + 10, ly, label, fontName=SANS, fontSize=6.5, fillColor=TEXT))
        lx += 18 + stringWidth(label, SANS, 6.5)
    return d


def build(ctx: Context) -> list[Flowable]:
    plan = ctx.plan
    lang = ctx.lang
    story: list[Flowable] = [ctx.heading(translate("Report", "Timeline"), 0)]
    dated = [p for p in plan.phases if p.start and p.end] + [x for x in plan.markers if x.date]
    if not dated and not plan.commercial.periods:
        story.append(empty_note(ctx, translate("Report", "No phases or milestones with dates yet.")))
        return story

    first, last = tl.preparation_range(plan, ctx.created)
    full_first, full_last = tl.extent(plan, ctx.created)
    note = translate("Report", "Phases, steps, milestones and decision gates from {start} to {end}.").format(
        start=ctx.date(first), end=ctx.date(last))
    if last < full_last:
        note += " " + translate("Report", "Bars that go on later end in an arrow with their end date "
                                          "(the timeline runs to {end}).").format(end=ctx.date(full_last))
    story.append(ctx.p(para(note), ctx.styles.muted))
    # The chart is on landscape pages (the builder switches to them before this section); the tables
    # below go back to portrait.
    parts, row_scale = _chunks(tl.rows(plan))
    for number, part in enumerate(parts, 1):
        chart = figure(_gantt(ctx, part, first, last, LANDSCAPE_FRAME_WIDTH, row_scale),
                       alttext.gantt(ctx, part, first, last, number, len(parts)))
        if number == 1:
            story.append(chart)
        else:  # a page of its own, which says what it continues
            story.append(KeepTogether([ctx.p(para(translate("Report", "Timeline, part {part} of {parts}").format(
                part=number, parts=len(parts))), ctx.styles.muted), chart]))
    story += [NextPageTemplate("body"), PageBreak()]

    # milestones, deadlines and gates
    story.append(ctx.heading(translate("Report", "Milestones, deadlines and decision gates"), 1))
    phases = {p.key: p for p in plan.phases}
    wanted = [x for x in plan.markers if x.kind in ("milestone", "deadline", "gate")]
    ordered = sorted((x for x in wanted if x.date), key=lambda x: (x.date, x.time, x.name))
    ordered += [x for x in wanted if not x.date]
    if ordered:
        late = [o for o in tl.overdue(plan, ctx.created) if o.kind != "task"]
        if late:
            story.append(ctx.p(para(translate("Report", "Overdue on {date}: {count} (marked in red below).").format(
                date=ctx.date(ctx.created), count=len(late))), ctx.styles.muted))
        rows = [[ctx.head(translate("Report", "When")), ctx.head(translate("Report", "What")),
                 ctx.head(translate("Report", "Type")), ctx.head(translate("Report", "Phase"))]]
        extra = []
        for i, x in enumerate(ordered, 1):
            kind = labels.marker_kind(x.kind, lang)
            if x.kind == "gate":
                kind = f"{kind}: {labels.gate_state(x.state, lang)}"
            elif x.state == "done":
                kind += ": " + translate("Report", "done")
            overdue = tl.is_overdue_marker(x, ctx.created)
            if overdue:
                kind += " · " + translate("Report", "overdue")
                extra.append(("BACKGROUND", (0, i), (-1, i), BAD_LIGHT))
            phase = phases.get(x.phase)
            rows.append([ctx.cell(ctx.datetime(x.date, x.time, x.time_end) or "–", bold=overdue), ctx.cell(x.name),
                         ctx.cell(kind, bold=overdue), ctx.cell(phase.name if phase else "", muted=True)])
        w = FRAME_WIDTH
        story.append(ctx.table(rows, [0.2 * w, 0.38 * w, 0.17 * w, 0.25 * w], extra=extra))
    else:
        story.append(empty_note(ctx, translate("Report", "No milestones, deadlines or decision gates yet.")))

    # staff transfer decisions per phase
    story.append(ctx.heading(translate("Report", "Staff transfer decisions"), 1))
    decided = [p for p in plan.phases if p.staff_decision.strip()]
    if decided:
        rows = [[ctx.head(translate("Report", "Phase")), ctx.head(translate("Report", "Dates")),
                 ctx.head(translate("Report", "Decision on staff transfers"))]]
        for p in decided:
            rows.append([ctx.cell(p.name, bold=True), ctx.cell(ctx.span(p.start, p.end) or "–"),
                         ctx.cell(p.staff_decision)])
        w = FRAME_WIDTH
        story.append(ctx.table(rows, [0.25 * w, 0.22 * w, 0.53 * w]))
    else:
        story.append(empty_note(ctx, translate("Report", "No staff transfer decisions have been written down yet.")))
    return story
