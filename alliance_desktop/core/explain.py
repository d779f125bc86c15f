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
    lang = lang or i18n.language()

    def say(text: str, **values) -> str:
        return text.format(**values)

    def money(value: Decimal) -> str:
        return format_money(value, lang, decimals=None)

    def pct(value: Decimal, decimals: int | None = 1) -> str:
        return format_percent(value, decimals, lang)

    def share_pct(table: str, party: str) -> str:
        return pct(commercial.share(table, party), None)

    target = result.target_cost
    sentences: list[str] = []
    if result.is_forecast:
        return _explain_forecast(result, money)

    def of_target(amount: Decimal) -> str:
        return pct(amount / target * 100) if target else pct(Decimal(0))

    if result.deviation > 0:
        saving = result.deviation
        sentences.append(
            say(
                translate("Explain", "Costs came in {amount} ({percent}) under the target cost of {target}."),
                amount=money(saving),
                percent=of_target(saving),
                target=money(target),
            )
        )
        g = result.gain
        shares = {
            "buyer": money(g.buyer),
            "producer": money(g.producer),
            "staff": money(g.staff),
            "pool": money(g.effectiveness_pool),
        }
        cap_pct = pct(commercial.gain_cap_percent, None)
        if result.shared_underrun <= 0:
            sentences.append(
                say(
                    translate(
                        "Explain",
                        "The gain cap is {cap_percent}, so all of the saving, {excess}, goes to the buyer."),
                    cap_percent=cap_pct,
                    excess=money(result.excess_to_buyer),
                )
            )
        else:
            if result.gain_cap_binding:
                sentences.append(
                    say(
                        translate(
                            "Explain",
                            "Savings up to {cap_percent} of the target ({shared}) are shared: buyer {buyer}, "
                            "producer {producer}, staff {staff} and the effectiveness bonus pool {pool}."),
                        cap_percent=cap_pct,
                        shared=money(result.shared_underrun),
                        **shares,
                    )
                )
            else:
                sentences.append(
                    say(
                        translate(
                            "Explain",
                            "The whole saving is within the cap of {cap_percent} of the target and is shared: "
                            "buyer {buyer}, producer {producer}, staff {staff} and the effectiveness bonus "
                            "pool {pool}."),
                        cap_percent=cap_pct,
                        **shares,
                    )
                )
            pool, paid, unpaid = (
                g.effectiveness_pool,
                result.effectiveness_bonus_paid,
                result.effectiveness_bonus_unpaid,
            )
            score = pct(fraction_to_decimal(result.kpi_score_exact) * 100)  # unmeasured: 0, as settled
            if pool > 0:
                if paid <= 0:
                    sentences.append(
                        say(
                            translate(
                                "Explain",
                                "The KPI score of {score} earns nothing from the pool; all of it, {unpaid}, "
                                "stays with the buyer."),
                            score=score,
                            unpaid=money(unpaid),
                        )
                    )
                elif unpaid <= 0:
                    sentences.append(
                        say(
                            translate("Explain", "The KPI score of {score} earns the whole pool, {paid}."),
                            score=score,
                            paid=money(paid),
                        )
                    )
                else:
                    sentences.append(
                        say(
                            translate(
                                "Explain",
                                "The KPI score of {score} earns {paid} of the pool; the remaining {unpaid} "
                                "stays with the buyer."),
                            score=score,
                            paid=money(paid),
                            unpaid=money(unpaid),
                        )
                    )
                if paid > 0:
                    to_producer, to_staff = result.effectiveness_bonus_producer, result.effectiveness_bonus_staff
                    if to_producer > 0 and to_staff > 0:
                        sentences.append(
                            say(
                                translate(
                                    "Explain",
                                    "Of the effectiveness bonus, the producer receives {producer} and the "
                                    "staff {staff}."),
                                producer=money(to_producer),
                                staff=money(to_staff),
                            )
                        )
                    elif to_staff > 0:
                        sentences.append(
                            say(translate("Explain", "The effectiveness bonus goes to the alliance staff."))
                        )
                    else:
                        sentences.append(
                            say(translate("Explain", "The effectiveness bonus goes to the producer."))
                        )
            if result.gain_cap_binding:
                sentences.append(
                    say(
                        translate("Explain", "The savings beyond the cap, {excess}, go to the buyer."),
                        excess=money(result.excess_to_buyer),
                    )
                )
    elif result.deviation < 0:
        over = result.overrun
        sentences.append(
            say(
                translate("Explain", "Costs exceeded the target cost of {target} by {amount} ({percent})."),
                target=money(target),
                amount=money(over),
                percent=of_target(over),
            )
        )
        share = share_pct("pain_share_percent", "producer")
        sanction = result.sanction
        if result.pain_cap_binding:
            if commercial.producer_pain_cap == "fee":
                sentences.append(
                    say(
                        translate(
                            "Explain",
                            "The producer's {share} share of the over-run would be {uncapped}, but its "
                            "sanction is limited to its fee, {cap}; the buyer bears the rest, {buyer}."),
                        share=share,
                        uncapped=money(result.producer_sanction_uncapped),
                        cap=money(sanction.producer),
                        buyer=money(sanction.buyer),
                    )
                )
            else:
                sentences.append(
                    say(
                        translate(
                            "Explain",
                            "The producer's {share} share of the over-run would be {uncapped}, but its "
                            "sanction is limited to {cap}; the buyer bears the rest, {buyer}."),
                        share=share,
                        uncapped=money(result.producer_sanction_uncapped),
                        cap=money(sanction.producer),
                        buyer=money(sanction.buyer),
                    )
                )
        else:
            sentences.append(
                say(
                    translate(
                        "Explain",
                        "The producer bears {share} of the over-run, {producer}, and the buyer the rest, {buyer}."),
                    share=share,
                    producer=money(sanction.producer),
                    buyer=money(sanction.buyer),
                )
            )
        sentences.append(say(translate("Explain", "No cost bonus or effectiveness bonus is paid.")))
    else:
        sentences.append(
            say(
                translate(
                    "Explain",
                    "Costs were exactly on the target cost of {target}: there are no savings to share and "
                    "no over-run, so no bonus and no sanction."),
                target=money(target),
            )
        )
    sentences.append(
        say(
            translate(
                "Explain",
                "In total the producer is paid {producer_payment}, the staff bonus is {staff_bonus} and the "
                "buyer's total cost is {buyer_total}."),
            producer_payment=money(result.producer_payment),
            staff_bonus=money(result.staff_bonus),
            buyer_total=money(result.buyer_total_cost),
        )
    )
    return " ".join(sentences)


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
