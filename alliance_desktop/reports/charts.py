"""The gain/pain chart of a service period, drawn with reportlab.graphics from core.gainpain.

The x axis is the actual cost compared with the target (%, under the target on the
left), the y axis each party's gain (+) or pain (−) in euros. Dashed lines mark the
target cost and where the caps start to bind; dots mark the period as it stands.
The scales are core.gainpain's own (`x_scale`, `y_scale`), so paper matches the screen.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, Rect, String

from ..core import model as m
from ..core.gainpain import GainPainSweep, sweep
from ..core.settlement import PeriodResult
from ..i18n import translate
from . import labels
from .context import Context
from .fonts import SANS
from .styles import BAD, BAD_LIGHT, BORDER, GOOD, GOOD_LIGHT, MUTED, ROLE_COLOURS, TEXT, WARN, WARN_LIGHT, colors

HEIGHT = 250
PLOT_LEFT = 66
PLOT_RIGHT = 12
PLOT_BOTTOM = 64
PLOT_TOP = 30
POINTS = 401

SERIES = ("buyer", "producer", "staff")


def new_drawing(width: float, height: float) -> Drawing:
    """A Drawing whose drawing starts in the report's font (ReportLab's default would put the standard,
    non-embedded Helvetica in the PDF even when every string names our font)."""
    d = Drawing(width, height)
    d.initialFontName = SANS
    return d


def period_sweep(commercial: m.Commercial, period: m.ServicePeriod, result: PeriodResult) -> GainPainSweep:
    """The sweep for a period as settled: ±20 % around the target, widened to show the actual point."""
    target = result.target_cost
    pct = float((result.actual_cost - target) / target * 100) if target else 0.0
    low = min(-20.0, 5 * (int(pct // 5) - 1))
    high = max(20.0, 5 * (int(-(-pct // 5)) + 1))
    return sweep(commercial, period, result.kpi_score_exact, n=POINTS, low=Decimal(int(low)), high=Decimal(int(high)))


def gain_pain_drawing(ctx: Context, data: GainPainSweep, width: float) -> Drawing:
    lang = ctx.lang
    d = new_drawing(width, HEIGHT)
    x0, x1 = PLOT_LEFT, width - PLOT_RIGHT
    y0, y1 = PLOT_BOTTOM, HEIGHT - PLOT_TOP
    xs, ys = data.x_scale, data.y_scale

    def px(v: float) -> float:
        return x0 + (v - xs.low) / (xs.high - xs.low) * (x1 - x0)

    def py(v: float) -> float:
        return y0 + (v - ys.low) / (ys.high - ys.low) * (y1 - y0)

    d.add(Rect(x0, y0, x1 - x0, y1 - y0, fillColor=colors.HexColor("#fbfcfd"), strokeColor=BORDER, strokeWidth=0.6))
    # y grid and labels (whole euros)
    for tick in ys.ticks:
        y = py(tick)
        zero = abs(tick) < 1e-9
        d.add(Line(x0, y, x1, y, strokeColor=TEXT if zero else colors.HexColor("#e3e8ed"),
                   strokeWidth=0.9 if zero else 0.5))
        d.add(String(x0 - 4, y - 2.5, ctx.money(Decimal(repr(tick)), 0), fontName=SANS, fontSize=6.5,
                     fillColor=MUTED, textAnchor="end"))
    # x ticks and labels
    for tick in xs.ticks:
        x = px(tick)
        d.add(Line(x, y0, x, y0 - 3, strokeColor=MUTED, strokeWidth=0.5))
        label = ctx.percent(Decimal(repr(tick)), None)
        if tick > 0:
            label = "+" + label
        d.add(String(x, y0 - 12, label, fontName=SANS, fontSize=6.5, fillColor=MUTED, textAnchor="middle"))
    d.add(String((x0 + x1) / 2, y0 - 24,
                 translate("Report", "Actual cost compared with the target cost (under the target on the left)"),
                 fontName=SANS, fontSize=7, fillColor=TEXT, textAnchor="middle"))
    axis = Group(String(0, 0, translate("Report", "Gain (+) or pain (−), €"), fontName=SANS, fontSize=7,
                        fillColor=TEXT, textAnchor="middle"))
    axis.translate(10, (y0 + y1) / 2)
    axis.rotate(90)
    d.add(axis)

    # vertical guides: the target, where the caps bind, the actual cost
    def guide(value: float, colour, label: str, row: int, anchor: str, dash=(3, 2)) -> None:
        if not xs.low <= value <= xs.high:
            return
        x = px(value)
        d.add(Line(x, y0, x, y1, strokeColor=colour, strokeWidth=0.7, strokeDashArray=dash))
        size = 6.5
        w = _text_width(label, size)
        if anchor == "start" and x + 3 + w > width:
            anchor = "end"
        elif anchor == "end" and x - 3 - w < 0:
            anchor = "start"
        offset = 3 if anchor == "start" else -3
        d.add(String(x + offset, y1 + 4 + 9 * row, label, fontName=SANS, fontSize=size, fillColor=colour,
                     textAnchor=anchor))

    guide(0.0, TEXT, translate("Report", "Target cost"), 0, "start")
    if data.gain_cap is not None and data.gain_cap.cost_percent < 0:
        guide(data.gain_cap.cost_percent, MUTED, translate("Report", "Gain cap"), 0, "end")
    if data.pain_cap is not None:
        guide(data.pain_cap.cost_percent, MUTED, translate("Report", "Producer's sanction cap"), 1, "start")

    # the curves
    for name in SERIES:
        values = getattr(data, name)
        points = []
        for x, y in zip(data.cost_percent, values):
            points += [px(x), py(y)]
        d.add(PolyLine(points, strokeColor=ROLE_COLOURS[name], strokeWidth=1.6, strokeLineJoin=1))
    # the period as it stands
    cur = data.current
    cx = px(cur.cost_percent)
    d.add(Line(cx, y0, cx, y1, strokeColor=colors.HexColor("#444444"), strokeWidth=0.6, strokeDashArray=(1, 2)))
    for name in SERIES:
        d.add(Circle(cx, py(getattr(cur, name)), 3, fillColor=ROLE_COLOURS[name], strokeColor=colors.white,
                     strokeWidth=0.8))

    # legend
    ly = 12
    lx = x0
    entries = [(ROLE_COLOURS[n], labels.role(n, lang)) for n in SERIES]
    for colour, label in entries:
        d.add(Line(lx, ly + 2.5, lx + 16, ly + 2.5, strokeColor=colour, strokeWidth=2))
        d.add(String(lx + 20, ly, label, fontName=SANS, fontSize=7, fillColor=TEXT))
        lx += 28 + _text_width(label, 7)
    actual = translate("Report", "Actual cost {percent}").format(
        percent=("+" if cur.cost_percent > 0 else "") + ctx.percent(Decimal(repr(round(cur.cost_percent, 1)))))
    d.add(Circle(lx + 4, ly + 2.5, 3, fillColor=colors.HexColor("#444444"), strokeColor=colors.white))
    d.add(String(lx + 11, ly, actual, fontName=SANS, fontSize=7, fillColor=TEXT))
    lx += 22 + _text_width(actual, 7)
    d.add(Line(lx, ly + 2.5, lx + 16, ly + 2.5, strokeColor=MUTED, strokeWidth=0.7, strokeDashArray=(3, 2)))
    d.add(String(lx + 20, ly, translate("Report", "Caps"), fontName=SANS, fontSize=7, fillColor=TEXT))
    return d


MATRIX_CELL = 30.0  # pt
MATRIX_LEFT, MATRIX_BOTTOM = 34.0, 30.0  # room for the numbers and the axis names


def risk_matrix_drawing(numbered: list[tuple[int, m.Risk]]) -> Drawing:
    """Likelihood (up) × impact (across) on 1–5 scales; each risk a dot with its number in the risk table.
    Mitigated and closed risks are hollow. Cell colours are core.model.severity_level's, as in the table."""
    cell, left, bottom = MATRIX_CELL, MATRIX_LEFT, MATRIX_BOTTOM
    d = new_drawing(left + 5 * cell + 6, bottom + 5 * cell + 4)
    light = {"low": GOOD_LIGHT, "medium": WARN_LIGHT, "high": BAD_LIGHT}
    strong = {"low": GOOD, "medium": WARN, "high": BAD}
    for likelihood in m.RISK_LEVELS:
        for impact in m.RISK_LEVELS:
            d.add(Rect(left + (impact - 1) * cell, bottom + (likelihood - 1) * cell, cell, cell,
                       fillColor=light[m.severity_level(likelihood * impact)], strokeColor=colors.white,
                       strokeWidth=1.5))
    for n in m.RISK_LEVELS:
        d.add(String(left + (n - 0.5) * cell, bottom - 10, str(n), fontName=SANS, fontSize=7, fillColor=MUTED,
                     textAnchor="middle"))
        d.add(String(left - 6, bottom + (n - 0.5) * cell - 2.5, str(n), fontName=SANS, fontSize=7, fillColor=MUTED,
                     textAnchor="end"))
    d.add(String(left + 2.5 * cell, bottom - 22, translate("Report", "Impact"), fontName=SANS, fontSize=7.5,
                 fillColor=TEXT, textAnchor="middle"))
    axis = Group(String(0, 0, translate("Report", "Likelihood"), fontName=SANS, fontSize=7.5, fillColor=TEXT,
                        textAnchor="middle"))
    axis.translate(left - 20, bottom + 2.5 * cell)
    axis.rotate(90)
    d.add(axis)
    radius = 6.5
    for n, risk, x, y in m.matrix_places(numbered):
        cx, cy = left + x * cell, bottom + y * cell
        live = risk.status in ("open", "realised")
        colour = strong[m.severity_level(m.severity(risk))] if live else MUTED
        d.add(Circle(cx, cy, radius, fillColor=colour if live else colors.white, strokeColor=colour,
                     strokeWidth=0.8))
        d.add(String(cx, cy - 2.6, str(n), fontName=SANS, fontSize=7, fillColor=colors.white if live else MUTED,
                     textAnchor="middle"))
    return d


def _text_width(text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, SANS, size)
