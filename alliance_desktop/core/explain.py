"""A period's settlement in plain words, for a presenter to read aloud (Finnish or English).

`explain_period(commercial, result)` gives one paragraph: how far costs were from the
target, how the savings (up to the cap) are shared or who bears the over-run, what the
KPI score earns from the effectiveness pool, and what each party ends up with.
Amounts are shown without cents when they are whole euros ("88 000 €").
A forecast period (no actuals, or overhead or production not entered) is said to be one: it
is at its target, and its figures are what the contract would pay if costs met the target.
"""

from __future__ import annotations

from decimal import Decimal

from .. import i18n
from ..i18n import speaks, translate
from . import model as m
from .formatting import format_money, format_percent
from .scoring import fraction_to_decimal
from .settlement import PeriodResult


@speaks
def explain_period(commercial: m.Commercial, result: PeriodResult, lang: str | None = None) -> str:
    """One paragraph explaining `result` (from settle_period / settle_plan) under `commercial`'s terms."""
    words = _Words(commercial, lang or i18n.language())
    if result.is_forecast:
        return _explain_forecast(result, words.money)
    if result.deviation > 0:
        sentences = _under_run(words, result)
    elif result.deviation < 0:
        sentences = _over_run(words, result)
    else:
        sentences = [_on_target(words, result)]
    sentences.append(_in_total(words, result))
    return " ".join(sentences)


class _Words:
    """Amounts and percentages in one explanation's language, and the contract's shares as percentages."""

    def __init__(self, commercial: m.Commercial, lang: str):
        self.commercial = commercial
        self.lang = lang

    def money(self, value: Decimal) -> str:
        return format_money(value, self.lang, decimals=None)

    def pct(self, value: Decimal, decimals: int | None = 1) -> str:
        return format_percent(value, decimals, self.lang)

    def share_pct(self, table: str, party: str) -> str:
        return self.pct(self.commercial.share(table, party), None)

    def of_target(self, amount: Decimal, target: Decimal) -> str:
        return self.pct(amount / target * 100) if target else self.pct(Decimal(0))


def _say(text: str, **values) -> str:
    return text.format(**values)


def _under_run(w: _Words, result: PeriodResult) -> list[str]:
    """Costs under the target: the saving, how it is shared up to the cap, the pool, and the excess."""
    saving, target = result.deviation, result.target_cost
    sentences = [
        _say(
            translate("Explain", "Costs came in {amount} ({percent}) under the target cost of {target}."),
            amount=w.money(saving),
            percent=w.of_target(saving, target),
            target=w.money(target),
        )
    ]
    cap_pct = w.pct(w.commercial.gain_cap_percent, None)
    if result.shared_underrun <= 0:
        sentences.append(
            _say(
                translate(
                    "Explain",
                    "The gain cap is {cap_percent}, so all of the saving, {excess}, goes to the buyer."),
                cap_percent=cap_pct,
                excess=w.money(result.excess_to_buyer),
            )
        )
        return sentences
    sentences.append(_sharing(w, result, cap_pct))
    if result.gain.effectiveness_pool > 0:
        sentences.append(_pool_earned(w, result))
        if result.effectiveness_bonus_paid > 0:
            sentences.append(_bonus_receivers(w, result))
    if result.gain_cap_binding:
        sentences.append(
            _say(
                translate("Explain", "The savings beyond the cap, {excess}, go to the buyer."),
                excess=w.money(result.excess_to_buyer),
            )
        )
    return sentences


def _sharing(w: _Words, result: PeriodResult, cap_pct: str) -> str:
    """How the shared saving (all of it, or the part up to the cap) is split between the parties and the pool."""
    g = result.gain
    shares = {
        "buyer": w.money(g.buyer),
        "producer": w.money(g.producer),
        "staff": w.money(g.staff),
        "pool": w.money(g.effectiveness_pool),
    }
    if result.gain_cap_binding:
        return _say(
            translate(
                "Explain",
                "Savings up to {cap_percent} of the target ({shared}) are shared: buyer {buyer}, "
                "producer {producer}, staff {staff} and the effectiveness bonus pool {pool}."),
            cap_percent=cap_pct,
            shared=w.money(result.shared_underrun),
            **shares,
        )
    return _say(
        translate(
            "Explain",
            "The whole saving is within the cap of {cap_percent} of the target and is shared: "
            "buyer {buyer}, producer {producer}, staff {staff} and the effectiveness bonus "
            "pool {pool}."),
        cap_percent=cap_pct,
        **shares,
    )


def _pool_earned(w: _Words, result: PeriodResult) -> str:
    """What the KPI score earns from the effectiveness bonus pool, and what stays with the buyer."""
    paid, unpaid = result.effectiveness_bonus_paid, result.effectiveness_bonus_unpaid
    score = w.pct(fraction_to_decimal(result.kpi_score_exact) * 100)  # unmeasured: 0, as settled
    if paid <= 0:
        return _say(
            translate(
                "Explain",
                "The KPI score of {score} earns nothing from the pool; all of it, {unpaid}, "
                "stays with the buyer."),
            score=score,
            unpaid=w.money(unpaid),
        )
    if unpaid <= 0:
        return _say(
            translate("Explain", "The KPI score of {score} earns the whole pool, {paid}."),
            score=score,
            paid=w.money(paid),
        )
    return _say(
        translate(
            "Explain",
            "The KPI score of {score} earns {paid} of the pool; the remaining {unpaid} "
            "stays with the buyer."),
        score=score,
        paid=w.money(paid),
        unpaid=w.money(unpaid),
    )


def _bonus_receivers(w: _Words, result: PeriodResult) -> str:
    """Who receives the effectiveness bonus paid: the producer, the staff, or both (with amounts)."""
    to_producer, to_staff = result.effectiveness_bonus_producer, result.effectiveness_bonus_staff
    if to_producer > 0 and to_staff > 0:
        return _say(
            translate(
                "Explain",
                "Of the effectiveness bonus, the producer receives {producer} and the "
                "staff {staff}."),
            producer=w.money(to_producer),
            staff=w.money(to_staff),
        )
    if to_staff > 0:
        return _say(translate("Explain", "The effectiveness bonus goes to the alliance staff."))
    return _say(translate("Explain", "The effectiveness bonus goes to the producer."))


def _over_run(w: _Words, result: PeriodResult) -> list[str]:
    """Costs over the target: the over-run, how the pain is shared (and capped), and that no bonus is paid."""
    over, target = result.overrun, result.target_cost
    return [
        _say(
            translate("Explain", "Costs exceeded the target cost of {target} by {amount} ({percent})."),
            target=w.money(target),
            amount=w.money(over),
            percent=w.of_target(over, target),
        ),
        _pain_shared(w, result),
        _say(translate("Explain", "No cost bonus or effectiveness bonus is paid.")),
    ]


def _pain_shared(w: _Words, result: PeriodResult) -> str:
    """The producer's and the buyer's part of the over-run, with the producer's sanction cap when it binds."""
    share = w.share_pct("pain_share_percent", "producer")
    sanction = result.sanction
    if not result.pain_cap_binding:
        return _say(
            translate(
                "Explain",
                "The producer bears {share} of the over-run, {producer}, and the buyer the rest, {buyer}."),
            share=share,
            producer=w.money(sanction.producer),
            buyer=w.money(sanction.buyer),
        )
    if w.commercial.producer_pain_cap == "fee":
        text = translate(
            "Explain",
            "The producer's {share} share of the over-run would be {uncapped}, but its "
            "sanction is limited to its fee, {cap}; the buyer bears the rest, {buyer}.")
    else:
        text = translate(
            "Explain",
            "The producer's {share} share of the over-run would be {uncapped}, but its "
            "sanction is limited to {cap}; the buyer bears the rest, {buyer}.")
    return _say(
        text,
        share=share,
        uncapped=w.money(result.producer_sanction_uncapped),
        cap=w.money(sanction.producer),
        buyer=w.money(sanction.buyer),
    )


def _on_target(w: _Words, result: PeriodResult) -> str:
    return _say(
        translate(
            "Explain",
            "Costs were exactly on the target cost of {target}: there are no savings to share and "
            "no over-run, so no bonus and no sanction."),
        target=w.money(result.target_cost),
    )


def _in_total(w: _Words, result: PeriodResult) -> str:
    """The closing sentence: what the producer is paid, the staff bonus and the buyer's total cost."""
    return _say(
        translate(
            "Explain",
            "In total the producer is paid {producer_payment}, the staff bonus is {staff_bonus} and the "
            "buyer's total cost is {buyer_total}."),
        producer_payment=w.money(result.producer_payment),
        staff_bonus=w.money(result.staff_bonus),
        buyer_total=w.money(result.buyer_total_cost),
    )


def _explain_forecast(result: PeriodResult, money) -> str:
    """A forecast in words: why it is one, and what it assumes."""
    if not result.entered:
        first = translate("Explain", "This period is a forecast: no actual costs have been entered yet, so it is "
                                     "shown at its target cost of {target}.")
    elif "overhead" in result.entered:
        first = translate("Explain", "This period is a forecast: its actual costs are incomplete (the reimbursable "
                                     "costs are not entered), so it is still shown at its target cost of {target}.")
    elif "production" in result.entered:
        first = translate("Explain", "This period is a forecast: its actual costs are incomplete (the overhead is "
                                     "not entered), so it is still shown at its target cost of {target}.")
    else:
        first = translate("Explain", "This period is a forecast: its actual costs are incomplete (the overhead and "
                                     "the reimbursable costs are not entered), so it is still shown at its target "
                                     "cost of {target}.")
    second = translate("Explain", "At the target there are no savings to share and no over-run. If costs meet the "
                                  "target, the producer will be paid {producer_payment} and the buyer's total cost "
                                  "will be {buyer_total}.")
    return " ".join((first.format(target=money(result.target_cost)),
                     second.format(producer_payment=money(result.producer_payment),
                                   buyer_total=money(result.buyer_total_cost))))
