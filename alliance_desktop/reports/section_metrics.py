"""Metrics section: the metrics board, then per service period the calibration in force, the
measurements and each metric's score with the period's KPI score (core.scoring)."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from ..core.metrics_edits import level_problems
from ..i18n import translate
from . import alttext, labels
from .charts import new_drawing
from .context import Context, Later, empty_note
from .escape import one_line, para
from .fonts import SANS, SANS_BOLD
from .tagging import figure
from .styles import ACCENT, ACCENT_LIGHT, BORDER, FRAME_WIDTH, MUTED, TEXT


def score_chart(ctx: Context, width: float = FRAME_WIDTH, height: float = 150.0) -> Drawing:
    """The KPI score of each measured service period as a bar (0–100 %), with gridlines every 25 %."""
    measured = {key for metric in ctx.plan.metrics for key, _ in metric.measurements}
    periods = [p for p in ctx.plan.commercial.periods if p.key in measured]
    d = new_drawing(width, height)
    left, bottom, top = 34.0, 30.0, height - 14.0
    plot_w = width - left - 6
    for step in range(5):  # 0, 25, 50, 75, 100 %
        y = bottom + (top - bottom) * step / 4
        d.add(Line(left, y, left + plot_w, y, strokeColor=BORDER, strokeWidth=0.5))
        d.add(String(left - 4, y - 3, ctx.percent(step * 25, 0), fontName=SANS, fontSize=7, fillColor=MUTED,
                     textAnchor="end"))
    slot = plot_w / max(len(periods), 1)
    bar_w = min(60.0, slot * 0.6)
    for i, period in enumerate(periods):
        score = ctx.scores[period.key].score
        x = left + slot * i + (slot - bar_w) / 2
        h = float(score) * (top - bottom)
        d.add(Rect(x, bottom, bar_w, h, fillColor=ACCENT, strokeColor=None))
        d.add(String(x + bar_w / 2, bottom + h + 3, ctx.percent(score * 100), fontName=SANS_BOLD, fontSize=8,
                     fillColor=TEXT, textAnchor="middle"))
        label = one_line(period.name or period.key)
        while len(label) > 4 and stringWidth(label, SANS, 7) > slot - 4:
            label = label[:-2].rstrip() + "…"
        d.add(String(x + bar_w / 2, bottom - 11, label, fontName=SANS, fontSize=7, fillColor=MUTED,
                     textAnchor="middle"))
    return d


def build(ctx: Context) -> list[Flowable]:
    lang = ctx.lang
    plan = ctx.plan
    metrics = plan.metrics
    story: list[Flowable] = [ctx.heading(translate("Report", "Metrics"), 0)]
    if not metrics:
        story.append(empty_note(ctx, translate("Report", "The metrics board is empty.")))
        return story
    story.append(ctx.p(para(translate(
        "Report", "Each metric scores from 0 at its threshold level to 100 % at its target level, with the calibration "
        "in force in the period. A period's KPI score is the weighted mean of the scores; it sets how much of the "
        "effectiveness bonus pool is paid.") + " " + translate(
        "Report", "A value past the target scores 100 % and one short of the threshold 0 %; for “lower is better” the "
        "target is below the threshold. A metric whose threshold equals its target (weight 0 only) scores all or "
        "nothing.")), ctx.styles.muted))
    # Levels against the direction (a file of an earlier version): the scores follow the levels, so say so.
    for problem in level_problems(plan):
        story.append(ctx.p(f'<font color="#c62828">⚠ {para(problem)}</font>'))

    story.append(ctx.heading(translate("Report", "Metrics board"), 1))
    rows = [[ctx.head(translate("Report", "Metric")), ctx.head(translate("Report", "Unit")),
             ctx.head(translate("Report", "Direction")),
             ctx.head(translate("Report", "Baseline"), right=True),
             ctx.head(translate("Report", "Data source and owner"))]]
    for metric in metrics:
        text = "<b>%s</b>" % para(metric.name or metric.key)
        if metric.description.strip():
            text += '<br/><font color="#5c6b7a">%s</font>' % para(metric.description.strip())
        source = " · ".join(x for x in (metric.data_source, metric.frequency, metric.owner) if x.strip())
        rows.append([ctx.p(text, ctx.styles.cell), ctx.cell(metric.unit), ctx.cell(labels.direction(metric.direction, lang)),
                     ctx.cell("" if metric.baseline is None else ctx.number(metric.baseline), right=True),
                     ctx.cell(source, muted=True)])
    w = FRAME_WIDTH
    story.append(ctx.table(rows, [0.36 * w, 0.12 * w, 0.14 * w, 0.12 * w, 0.26 * w]))

    periods = plan.commercial.periods
    measured = {key for metric in metrics for key, _ in metric.measurements}
    if measured:
        story.append(ctx.heading(translate("Report", "KPI score by service period"), 1))
        measured_periods = [p for p in periods if p.key in measured]
        story.append(figure(score_chart(ctx), alttext.kpi_scores(ctx, [
            (p.name or p.key, ctx.percent(ctx.scores[p.key].score * 100)) for p in measured_periods])))
    unmeasured = []
    units = {metric.key: metric.unit for metric in metrics}
    for period in periods:
        if period.key not in measured:
            unmeasured.append(period.name or period.key)
            continue
        score = ctx.scores[period.key]
        title = translate("Report", "{period}: KPI score {score}").format(
            period=period.name or period.key, score=ctx.percent(score.score * 100))
        story.append(ctx.heading(title, 1))
        story.append(Later(lambda score=score: _period_scores(ctx, score, units)))
    if unmeasured:
        story.append(ctx.p(para(translate("Report", "No measurements yet: {periods}.").format(
            periods=", ".join(unmeasured))), ctx.styles.muted))
    return story


def _period_scores(ctx: Context, score, units: dict[str, str]) -> list[Flowable]:
    """The table of a period's metric scores and its KPI score, and the metrics without a measurement."""
    story: list[Flowable] = []
    w = FRAME_WIDTH
    rows = [[ctx.head(translate("Report", "Metric")),
             ctx.head(translate("Report", "Weight"), right=True),
             ctx.head(translate("Report", "Threshold"), right=True),
             ctx.head(translate("Report", "Target"), right=True),
             ctx.head(translate("Report", "Measured"), right=True),
             ctx.head(translate("Report", "Score"), right=True)]]
    missing = []
    spans = []
    total_weight = 0
    for part in score.metric_scores:
        cal = part.calibration
        unit = units.get(part.metric, "")
        name = part.name or part.metric
        if cal is None:
            rows.append([ctx.cell(name), ctx.cell(translate("Report", "no calibration in force"),
                                                  muted=True), "", "", "", ""])
            spans.append(("SPAN", (1, len(rows) - 1), (-1, len(rows) - 1)))
            continue
        if part.counts and part.value is None:
            missing.append(name)
        if part.counts:
            total_weight += cal.weight
        value = "–" if part.value is None else ctx.number(part.value)
        rows.append([
            ctx.cell(f"{name} ({unit})" if unit else name),
            ctx.cell(ctx.number(cal.weight), right=True),
            ctx.cell(ctx.number(cal.threshold), right=True),
            ctx.cell(ctx.number(cal.target), right=True),
            ctx.cell(value, right=True),
            ctx.cell(ctx.percent(part.score * 100) if part.counts else "–", right=True),
        ])
    rows.append([ctx.cell(translate("Report", "KPI score (weighted mean)"), bold=True),
                 ctx.cell(ctx.number(total_weight), right=True, bold=True), "", "", "",
                 ctx.cell(ctx.percent(score.score * 100), right=True, bold=True)])
    last = len(rows) - 1
    story.append(ctx.table(rows, [0.36 * w, 0.1 * w, 0.14 * w, 0.12 * w, 0.14 * w, 0.14 * w],
                           extra=[("BACKGROUND", (0, last), (-1, last), ACCENT_LIGHT), *spans]))
    if missing:
        story.append(ctx.p(para(translate("Report", "No measurement (scores 0): {metrics}.").format(
            metrics=", ".join(missing))), ctx.styles.muted))
    return story
