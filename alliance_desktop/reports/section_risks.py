"""Risks section: title and description, likelihood × impact, owner, mitigation, status."""

from __future__ import annotations

from reportlab.platypus import Flowable

from ..core import model as m
from ..i18n import translate
from . import alttext, labels
from .charts import risk_matrix_drawing
from .context import Context, empty_note
from .escape import para
from .tagging import figure
from .styles import BAD_LIGHT, FRAME_WIDTH, GOOD_LIGHT, WARN_LIGHT


def severity_colour(score: int):
    """Green, amber or red by core.model.severity_level (likelihood × impact on 1–5 scales)."""
    return {"low": GOOD_LIGHT, "medium": WARN_LIGHT, "high": BAD_LIGHT}[m.severity_level(score)]


def build(ctx: Context) -> list[Flowable]:
    lang = ctx.lang
    risks = ctx.plan.risks
    story: list[Flowable] = [ctx.heading(translate("Report", "Risks"), 0)]
    if not risks:
        story.append(empty_note(ctx, translate("Report", "No risks have been recorded yet.")))
        return story
    story.append(ctx.p(para(translate(
        "Report", "{count} risks, the most severe first. Likelihood (L) and impact (I) are rated from 1 (low) to 5 "
        "(high); the severity is their product.").format(count=len(risks))), ctx.styles.muted))
    ordered = m.by_severity(risks)
    numbered = list(enumerate(ordered, 1))
    story.append(figure(risk_matrix_drawing(numbered), alttext.risk_matrix(ctx, numbered)))
    story.append(ctx.p(para(translate("Report", "The numbers are those of the table below. Hollow: mitigated or "
                                                "closed.")), ctx.styles.muted))
    rows = [[
        ctx.head("#"),
        ctx.head(translate("Report", "Risk")),
        ctx.head(translate("Report", "Severity (L × I)")),
        ctx.head(translate("Report", "Owner")),
        ctx.head(translate("Report", "Mitigation")),
        ctx.head(translate("Report", "Status")),
    ]]
    extra = []
    for n, risk in enumerate(ordered, 1):
        score = risk.likelihood * risk.impact
        text = "<b>%s</b>" % para(risk.title)
        if risk.description.strip():
            text += '<br/><font color="#5c6b7a">%s</font>' % para(risk.description.strip())
        rows.append([
            ctx.cell(str(n)),
            ctx.p(text, ctx.styles.cell),
            ctx.cell(f"{risk.likelihood} × {risk.impact} = {score}", bold=True),
            ctx.cell(risk.owner),
            ctx.cell(risk.mitigation),
            ctx.cell(labels.risk_status(risk.status, lang)),
        ])
        extra.append(("BACKGROUND", (2, n), (2, n), severity_colour(score)))
    w = FRAME_WIDTH
    widths = [0.04 * w, 0.30 * w, 0.12 * w, 0.18 * w, 0.23 * w, 0.13 * w]
    story.append(ctx.table(rows, widths, zebra=False, extra=extra))
    return story
