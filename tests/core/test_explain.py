"""The plain-language explanation of a period's result (English source texts; Finnish comes from the .ts)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

from alliance_desktop import i18n
from alliance_desktop.core import model as m
from alliance_desktop.core.explain import explain_period
from alliance_desktop.core.settlement import settle_period

D = Decimal
C = m.Commercial()  # cap 5 %, 50/30/5/15, pool to the producer, pain 50/50 capped at the fee


@pytest.fixture(autouse=True)
def english(_language):
    i18n.set_language("en")
    yield


def period(production, fee=None, overhead=800_000) -> m.ServicePeriod:
    return m.ServicePeriod("p1", "P1", dt.date(2027, 1, 1), dt.date(2028, 12, 31),
                           m.CostParts(D(1_200_000), D(800_000), D(18_000_000)),
                           m.ActualCost(None if fee is None else D(fee), D(overhead), D(production)))


def explain(production, score=Fraction(44, 75), commercial=C, **kw) -> str:
    return explain_period(commercial, settle_period(commercial, period(production, **kw), score))


def test_under_run_with_the_cap_binding():
    text = explain(16_800_000)
    assert text.startswith("Costs came in €1,200,000 (6.0%) under the target cost of €20,000,000.")
    assert ("Savings up to 5% of the target (€1,000,000) are shared: buyer €500,000, producer €300,000, "
            "staff €50,000 and the effectiveness bonus pool €150,000.") in text
    assert "The KPI score of 58.7% earns €88,000 of the pool; the remaining €62,000 stays with the buyer." in text
    assert "The effectiveness bonus goes to the producer." in text
    assert "The savings beyond the cap, €200,000, go to the buyer." in text
    assert text.endswith("In total the producer is paid €18,388,000, the staff bonus is €50,000 and the buyer's "
                         "total cost is €19,238,000.")


def test_under_run_within_the_cap():
    text = explain(17_500_000, score=D("0.5"))
    assert "€500,000 (2.5%) under" in text
    assert "The whole saving is within the cap of 5% of the target" in text
    assert "buyer €250,000, producer €150,000, staff €25,000 and the effectiveness bonus pool €75,000" in text
    assert "earns €37,500 of the pool; the remaining €37,500 stays with the buyer" in text
    assert "beyond the cap" not in text


def test_pool_fully_earned_not_earned_and_split():
    assert "earns the whole pool, €150,000." in explain(16_800_000, score=1)
    assert "earns nothing from the pool; all of it, €150,000, stays with the buyer." in explain(16_800_000, score=0)
    split = dataclasses.replace(C, effectiveness_pool_split_percent=(("producer", D(60)), ("staff", D(40))))
    text = explain(16_800_000, score=D("0.5"), commercial=split)
    assert "Of the effectiveness bonus, the producer receives €45,000 and the staff €30,000." in text
    staff_only = dataclasses.replace(C, effectiveness_pool_split_percent=(("producer", D(0)), ("staff", D(100))))
    assert "The effectiveness bonus goes to the alliance staff." in explain(16_800_000, score=1,
                                                                          commercial=staff_only)


def test_cents_are_shown_only_when_there_are_any():
    assert "earns €88,000.05 of the pool" in explain(16_800_000, score=D("0.586667"))


def test_zero_gain_cap_gives_everything_to_the_buyer():
    text = explain(16_800_000, commercial=dataclasses.replace(C, gain_cap_percent=D(0)))
    assert "The gain cap is 0%, so all of the saving, €1,200,000, goes to the buyer." in text


def test_over_run_below_the_cap():
    text = explain(19_000_000)
    assert text.startswith("Costs exceeded the target cost of €20,000,000 by €1,000,000 (5.0%).")
    assert "The producer bears 50% of the over-run, €500,000, and the buyer the rest, €500,000." in text
    assert "No cost bonus or effectiveness bonus is paid." in text
    assert "the buyer's total cost is €20,500,000." in text


def test_over_run_capped_at_the_fee():
    text = explain(22_000_000)
    assert ("The producer's 50% share of the over-run would be €2,000,000, but its sanction is limited to its "
            "fee, €1,200,000; the buyer bears the rest, €2,800,000.") in text
    assert "the producer is paid €22,000,000" in text


def test_over_run_capped_at_an_amount():
    capped = dataclasses.replace(C, producer_pain_cap=D(300_000))
    text = explain(19_000_000, commercial=capped)
    assert "but its sanction is limited to €300,000; the buyer bears the rest, €700,000." in text


def test_exactly_on_target():
    text = explain(18_000_000)
    assert text.startswith("Costs were exactly on the target cost of €20,000,000: there are no savings to share "
                           "and no over-run, so no bonus and no sanction.")
    assert "the staff bonus is €0 and the buyer's total cost is €20,000,000." in text


def test_language_argument_and_finnish_number_format():
    r = settle_period(C, period(16_800_000), Fraction(44, 75))
    assert explain_period(C, r, "en") == explain_period(C, r)
    fi = explain_period(C, r, "fi")
    # the sentences become Finnish once the lead adds the translations; the numbers are Finnish already
    assert "1\u00a0000\u00a0000\u00a0€" in fi and "58,7\u00a0%" in fi and "88\u00a0000\u00a0€" in fi
    assert i18n.language() == "en"  # explaining in another language leaves the interface language alone


def test_a_period_without_actuals_is_explained_as_a_forecast():
    """Issue 15: the explanation says "forecast" where it is one, not "costs were exactly on the target"."""
    future = dataclasses.replace(period(0), actual=None)
    text = explain_period(C, settle_period(C, future, 0))
    assert text == ("This period is a forecast: no actual costs have been entered yet, so it is shown at its target "
                    "cost of €20,000,000. At the target there are no savings to share and no over-run. If costs "
                    "meet the target, the producer will be paid €19,200,000 and the buyer's total cost will be "
                    "€20,000,000.")
    assert "exactly on the target" not in text


def test_incomplete_actuals_are_explained_as_a_forecast():
    half = dataclasses.replace(period(0), actual=m.ActualCost(None, None, D(16_000_000)))
    text = explain_period(C, settle_period(C, half, 0))
    assert text.startswith("This period is a forecast: its actual costs are incomplete (the overhead is not "
                           "entered), so it is still shown at its target cost of €20,000,000.")


def test_an_unmeasured_period_with_savings_is_explained_with_its_score_of_zero():
    """A settled period nobody measured has kpi_score None ("—"); the money used 0, and the text says so."""
    from alliance_desktop.core.scoring import PeriodScore

    unmeasured = PeriodScore("p1", Fraction(0), (), ("No metric counts in period “P1”: the KPI score is 0.",))
    r = settle_period(C, period(16_800_000), unmeasured)
    assert r.kpi_score is None and r.effectiveness_bonus_paid == 0
    assert "The KPI score of 0.0% earns nothing from the pool; all of it, €150,000, stays with the buyer." in \
        explain_period(C, r)
