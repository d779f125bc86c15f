"""The uncertainty slide: the S-curve of the buyer's total cost and what it means, in words a board reads.

Shown when the plan has estimate ranges or risk money (`core.uncertainty.has_uncertainty`). The
draws are the report's (5 000, fewer for a long contract, the default seed), simulated once per plan
state and shared by the slide's rebuilds (a resize, coming back to it); the chart is the commercial
view's `SCurve`, painted scaled up like the other slides' pictures.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from ...core import model as m
from ...core import uncertainty as unc
from ...core.derived import identity_memo
from .. import theme
from ..commercial.common import money
from .slides import Context, Picture, Slide, _offscreen, _rendered
from .style import label

translate = QCoreApplication.translate  # translate("Presentation", "literal"): found by lupdate

DRAWS = 5_000  # as the report: quick enough to build a slide without a wait
DRAW_PERIODS = 200_000  # a long contract gets fewer draws (at least 1 000)
SHOWN_PERIODS = 4  # sanction probabilities named one by one; more are summed up in one line


def draws_for(plan: m.Plan) -> int:
    return max(1_000, min(DRAWS, DRAW_PERIODS // max(1, len(plan.commercial.periods))))


@identity_memo(size=2)
def simulated(plan: m.Plan) -> unc.SimulationResult:
    """The slide's simulation of this plan state (the same for every rebuild of the slide)."""
    return unc.simulate(plan, draws_for(plan), unc.DEFAULT_SEED)


def _percent(p: float) -> str:
    if 0 < p < 0.01:
        return "< 1 %"
    if 0.99 < p < 1:
        return "> 99 %"
    return f"{round(p * 100)} %"


class UncertaintySlide(Slide):
    """S-curve on the left; P50 / P80 against the target, the contingency and the chances of a sanction on the
    right, in large type."""

    def __init__(self, ctx: Context, slide: str):
        super().__init__(ctx, slide)
        from ..commercial.uncertainty import SCurve

        st, plan = ctx.style, ctx.plan
        result = simulated(plan)
        c = result.contract
        buyer = c.series("buyer_total_cost")
        body = QHBoxLayout(self)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(st.margin)

        self.curve = _offscreen(SCurve(self))
        self.curve.set_data(
            translate("Presentation", "Buyer's total cost: share of draws at or below"),
            unc.cdf_points(result.sorted_cents("buyer_total_cost"), 240),
            [(translate("Presentation", "Target {amount}").format(amount=money(c.target_cost, 0)),
              float(c.target_cost), "TEXT"),
             (translate("Presentation", "P50 {amount}").format(amount=money(buyer.p(50), 0)),
              float(buyer.p(50)), "GOOD"),
             (translate("Presentation", "P80 {amount}").format(amount=money(buyer.p(80), 0)),
              float(buyer.p(80)), "BAD")])
        # laid out at the room the slide has (a bit over half its width, its height) divided by the scale
        scale = st.picture_scale
        natural = QSize(int((st.width - 2 * st.margin) * 0.55 / scale), int(st.height * 0.72 / scale))
        self.curve.resize(natural)
        picture = Picture(_rendered(self.curve), natural, st.picture_scale,
                          align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        body.addWidget(picture, 11)

        right = QVBoxLayout()
        right.setSpacing(st.px(12))
        self.figures = []

        def figure(title: str, amount: str, note: str = "") -> None:
            right.addWidget(label(title, st.font(st.SMALL), theme.MUTED, wrap=True))
            big = label(amount, st.font(st.HEADING, True))
            right.addWidget(big)
            self.figures.append(big)
            if note:
                right.addWidget(label(note, st.font(st.SMALL), wrap=True))

        figure(translate("Presentation", "Buyer's total cost over the contract, P50 / P80"),
               f"{money(buyer.p(50), 0)} / {money(buyer.p(80), 0)}",
               translate("Presentation", "Target cost {amount}").format(amount=money(c.target_cost, 0)))
        if c.contingency_p80 > 0:
            figure(translate("Presentation", "Contingency for a P80 target"), money(c.contingency_p80, 0),
                   translate("Presentation", "for a P50 target: {amount}").format(
                       amount=money(max(c.contingency_p50, 0 * c.contingency_p50), 0)))
        else:  # the target is above the P80 already
            figure(translate("Presentation", "Contingency for a P80 target"), money(0 * c.contingency_p80, 0),
                   translate("Presentation", "The target is already {amount} above the P80.").format(
                       amount=money(-c.contingency_p80, 0)))
        numbers = {p.key: i + 1 for i, p in enumerate(plan.commercial.periods)}
        drawn = [o for o in result.periods if o.simulated]
        lines = [translate("Presentation", "Chance of a sanction in period {number}: {chance}").format(
            number=numbers.get(o.key, "?"), chance=_percent(o.p_overrun)) for o in drawn[:SHOWN_PERIODS]]
        if len(drawn) > SHOWN_PERIODS:
            worst = max(drawn[SHOWN_PERIODS:], key=lambda o: o.p_overrun)
            lines.append(translate("Presentation", "Later periods: at most {chance} (period {number})").format(
                chance=_percent(worst.p_overrun), number=numbers.get(worst.key, "?")))
        producer = c.series("producer_result")
        lines.append(translate("Presentation", "Producer's result: {p10} to {p90} (P10–P90)").format(
            p10=money(producer.p(10), 0), p90=money(producer.p(90), 0)))
        self.lines = [label(text, st.font(st.BODY), wrap=True) for text in lines]
        for lab in self.lines:
            right.addWidget(lab)
        right.addStretch(1)
        right.addWidget(label(translate("Presentation", "{draws} draws of the estimate ranges and risk costs, each "
                                        "settled by the contract's rules (seed {seed}).").format(
            draws=f"{result.draws:,}".replace(",", "\u00a0"), seed=result.seed), st.font(st.SMALL), theme.MUTED,
            wrap=True))
        body.addLayout(right, 9)


def offered(plan: m.Plan) -> bool:
    """Whether the plan has anything uncertain to show (ranges or risk money) and periods to draw."""
    return bool(plan.commercial.periods) and unc.has_uncertainty(plan)


__all__ = ["UncertaintySlide", "offered", "simulated"]

