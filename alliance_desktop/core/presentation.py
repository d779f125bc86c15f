"""Presentation mode's deck: which slides a plan offers, the presenter's chosen order, and its edit.

A slide is named by a text kept in the project file (`Plan.presentation.slides`): one of
`model.SLIDE_NAMES` ("uncertainty" only offered when the plan has estimate ranges or risk money), or "phase:KEY" (one main phase of the timeline) or "chain:KEY" (one
service chain). No choice saved means every slide in the usual order (`default_slides`); a
saved slide whose phase or chain is no longer in the plan is left out of the deck.
"""

from __future__ import annotations

from dataclasses import replace

from . import model as m
from ..i18n import translate
from .errors import PlanError
from .uncertainty import has_uncertainty


def main_phases(plan: m.Plan) -> list[m.Phase]:
    """The timeline's main phases (no parent) that have dates: each may have a slide of its own."""
    return [p for p in plan.phases if not p.parent and p.start is not None and p.end is not None]


def available_slides(plan: m.Plan) -> list[str]:
    """Every slide the plan offers, in the usual order (the Choose slides dialog lists these)."""
    return (["overview", "timeline"] + [f"phase:{p.key}" for p in main_phases(plan)]
            + [f"chain:{c.key}" for c in plan.chains] + ["metrics", "commercial"]
            + (["uncertainty"] if plan.commercial.periods and has_uncertainty(plan) else []) + ["risks"])


def default_slides(plan: m.Plan) -> list[str]:
    """The deck when the presenter has chosen nothing: every slide but the per-phase ones."""
    return [s for s in available_slides(plan) if not s.startswith("phase:")]


def deck(plan: m.Plan) -> list[str]:
    """The slides to show, in order: the saved choice without the slides whose phase or chain is gone
    (an empty result falls back to the default)."""
    if not plan.presentation.slides:
        return default_slides(plan)
    offered = set(available_slides(plan))
    chosen = [s for s in plan.presentation.slides if s in offered]
    return chosen or default_slides(plan)


def slide_title(plan: m.Plan, slide: str) -> str:
    """The slide as the presenter sees it in the dialog ("Service chain: Home care")."""
    names = {
        "overview": translate("Presentation", "Overview"),
        "timeline": translate("Presentation", "Timeline"),
        "metrics": translate("Presentation", "Metrics board"),
        "commercial": translate("Presentation", "Commercial model"),
        "uncertainty": translate("Presentation", "Target cost under uncertainty"),
        "risks": translate("Presentation", "Risks"),
    }
    if slide in names:
        return names[slide]
    prefix, _colon, key = slide.partition(":")
    if prefix == "phase":
        name = next((p.name for p in plan.phases if p.key == key), key)
        return translate("Presentation", "Phase: {name}").format(name=name)
    name = next((c.name for c in plan.chains if c.key == key), key)
    return translate("Presentation", "Service chain: {name}").format(name=name)


def set_slides(plan: m.Plan, slides) -> m.Plan:
    """Save the presenter's choice and order; the usual deck saves as "no choice" (empty)."""
    slides = tuple(slides)
    if not slides:
        raise PlanError(translate("Presentation", "Choose at least one slide."))
    if list(slides) == default_slides(plan):
        slides = ()
    if slides == plan.presentation.slides:
        return plan
    return replace(plan, presentation=m.Presentation(slides))

