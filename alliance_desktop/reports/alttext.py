"""Alternative texts for the report's figures (the tagged PDF's /Alt), made from the data they draw.

Each says what the figure shows in the report's language, with its figures, so that a screen-reader
user hears what a sighted reader sees: not "chart", but the period, the actual cost, each party's
result and where the caps bind. Long lists (a large plan's risks, phases or steps) name the first
`MOST` items and say how many more there are (the tables after each figure list them all).
Qt-free: every fixed text goes through `i18n.translate`.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal

from ..core import model as m
from ..core import timeline as tl
from ..core.gainpain import GainPainSweep
from ..i18n import translate
from . import labels
from .escape import one_line

MOST = 24  # items named in one alternative text


def _money(ctx, value: float) -> str:
    return ctx.money(Decimal(repr(round(value, 2))), 2)


def _signed(ctx, value: float) -> str:
    text = _money(ctx, value)
    return "+" + text if round(value, 2) > 0 else text


def _listing(items: list[str]) -> str:
    """Items joined with commas; past MOST, "and N more"."""
    shown = items[:MOST]
    text = ", ".join(shown)
    if len(items) > MOST:
        text += " " + translate("Report", "and {count} more").format(count=len(items) - MOST)
    return text


def gain_pain(ctx, name: str, data: GainPainSweep) -> str:
    """E.g. "Gain/pain chart for service period 1: at the actual cost 56 400 000,00 € (−6,0 % compared with
    the target cost 60 000 000,00 €) the producer's result is +1 204 162,50 €, …; the gain cap binds at …"."""
    cur = data.current
    percent = ctx.percent(Decimal(repr(round(cur.cost_percent, 1))))
    if cur.cost_percent > 0:
        percent = "+" + percent
    text = translate("Report", "Gain/pain chart for {period}: at the actual cost {cost} ({percent} compared with the "
                               "target cost {target}) the producer's result is {producer}, the buyer's {buyer} and "
                               "the alliance staff's {staff}.").format(
        period=one_line(name), cost=_money(ctx, cur.actual_cost), percent=percent,
        target=_money(ctx, data.target_cost), producer=_signed(ctx, cur.producer), buyer=_signed(ctx, cur.buyer),
        staff=_signed(ctx, cur.staff))
    if data.gain_cap is not None:
        text += " " + translate("Report", "The gain cap binds at an actual cost of {cost}: savings beyond it go to "
                                          "the buyer.").format(cost=_money(ctx, data.gain_cap.actual_cost))
    if data.pain_cap is not None:
        text += " " + translate("Report", "The producer's sanction reaches its cap at an actual cost of {cost}.").format(cost=_money(ctx, data.pain_cap.actual_cost))
    low, high = data.actual_cost[0], data.actual_cost[-1]
    text += " " + translate("Report", "The curves show each party's gain (+) or pain (−) for actual costs from {low} "
                                      "to {high}.").format(low=_money(ctx, low), high=_money(ctx, high))
    return text


def risk_matrix(ctx, numbered: list[tuple[int, m.Risk]]) -> str:
    """The risks by severity level, each with its number in the table and likelihood × impact."""
    parts = []
    for level, title in (("high", translate("Report", "high")), ("medium", translate("Report", "medium")),
                         ("low", translate("Report", "low"))):
        items = [f"{n} ({risk.likelihood} × {risk.impact})" for n, risk in numbered
                 if m.severity_level(m.severity(risk)) == level]
        if items:
            parts.append(translate("Report", "{level} severity: {risks}").format(
                level=title, risks=_listing(items)))
    return translate("Report", "Risk matrix of {count} risks by likelihood (up, 1–5) and impact (across, 1–5), "
                               "each risk a numbered dot; the numbers are those of the risk table.").format(
        count=len(numbered)) + (" " + _capital("; ".join(parts)) + "." if parts else "")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def gantt(ctx, rows: list[tl.Row], first: _dt.date, last: _dt.date, part: int, parts: int) -> str:
    """The phases and steps with their dates and the markers with theirs, in the chart's row order."""
    lang = ctx.lang
    plan = ctx.plan
    phases = {p.key: p for p in plan.phases}
    markers = {x.key: x for x in plan.markers}
    bars, points = [], []
    periods = False
    for row in rows:
        if row.kind in ("phase", "step"):
            p = phases[row.key]
            when = ctx.span(p.start, p.end) if p.start and p.end else translate("Report", "no dates")
            bars.append(f"{one_line(p.name)} {when}")
        elif row.kind == "marker":
            x = markers[row.key]
            kind = labels.marker_kind(x.kind, lang)
            if x.kind == "gate":
                kind = f"{kind}: {labels.gate_state(x.state, lang)}"
            points.append(f"{one_line(x.name)} ({kind}) {ctx.date(x.date) if x.date else '–'}")
        else:
            periods = True
    text = translate("Report", "Gantt chart from {start} to {end}").format(start=ctx.date(first),
                                                                               end=ctx.date(last))
    if parts > 1:
        text += " " + translate("Report", "(part {part} of {parts})").format(part=part, parts=parts)
    text += ". "
    if bars:
        text += translate("Report", "Phases and steps: {items}.").format(items=_listing(bars)) + " "
    if points:
        text += translate("Report", "Milestones, deadlines, events and decision gates: {items}.").format(
            items=_listing(points)) + " "
    if periods and plan.commercial.periods:
        items = [f"{one_line(p.name or p.key)} {ctx.span(p.start, p.end)}" for p in plan.commercial.periods]
        text += translate("Report", "Service periods: {items}.").format(items=_listing(items))
    return text.strip()


def chain(ctx, name: str, steps: list[tuple[int, str, str, str]], total: int) -> str:
    """A chain diagram part: its steps in order, each with its provider and annual cost."""
    items = [translate("Report", "{number}. {step} ({provider}, {cost})").format(
        number=n, step=one_line(step), provider=one_line(provider), cost=cost) for n, step, provider, cost in steps]
    first, last = steps[0][0], steps[-1][0]
    return translate("Report", "Service chain {chain}, steps {first}–{last} of {count} in order: {steps}.").format(chain=one_line(name), first=first, last=last, count=total,
                                  steps=_listing(items))


def kpi_scores(ctx, scores: list[tuple[str, str]]) -> str:
    """The KPI score chart: each measured period and its score."""
    items = [f"{one_line(name)} {score}" for name, score in scores]
    return translate("Report", "Bar chart of the KPI score by service period (0–100 %): {items}.").format(
        items=_listing(items))
