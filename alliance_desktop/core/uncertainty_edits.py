"""Edits of the uncertainty inputs (issue 21): a risk's money and a period's estimate range.

Each is a pure function plan -> plan, made undoable by `Document.apply`; the values are judged by
`core/validation.py` (order of the three points, shares adding up to 100 %, low ≤ high). The texts
typed into the tables are read here, the same for the screen in both languages.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from ..i18n import translate
from . import model as m
from .errors import PlanError, shown

MONEY_FIELDS = ("minimum", "most_likely", "maximum")


def _find_risk(plan: m.Plan, key: str) -> tuple[int, m.Risk]:
    for i, r in enumerate(plan.risks):
        if r.key == key:
            return i, r
    raise PlanError(translate("UncertaintyEdits", "The risk is no longer in the plan."))


def _with_risk(plan: m.Plan, i: int, risk: m.Risk) -> m.Plan:
    return replace(plan, risks=plan.risks[:i] + (risk,) + plan.risks[i + 1:])


def default_probability(risk: m.Risk) -> Decimal:
    """A new risk cost's probability from the risk's likelihood (1–5): 10, 30, 50, 70, 90 %."""
    return Decimal((2 * int(risk.likelihood) - 1) * 10)


def set_risk_cost(plan: m.Plan, key: str, cost: m.RiskCost | None) -> m.Plan:
    i, risk = _find_risk(plan, key)
    return _with_risk(plan, i, replace(risk, cost=cost))


def set_risk_money(plan: m.Plan, key: str, field: str, value: Decimal | None) -> m.Plan:
    """One of a risk's cost figures ("minimum", "most_likely", "maximum", "probability_percent").

    None for a cost figure removes the risk's money. A risk without money gets one: a cost figure
    typed first is all three points (a fixed cost) and the probability follows the likelihood."""
    i, risk = _find_risk(plan, key)
    cost = risk.cost
    if value is None:
        if field == "probability_percent" and cost is not None:
            return _with_risk(plan, i, replace(risk, cost=replace(cost, probability_percent=default_probability(risk))))
        return _with_risk(plan, i, replace(risk, cost=None))
    if cost is None:
        amount = value if field in MONEY_FIELDS else Decimal(0)
        cost = m.RiskCost(amount, amount, amount, default_probability(risk))
        if field == "probability_percent":
            cost = replace(cost, probability_percent=value)
        return _with_risk(plan, i, replace(risk, cost=cost))
    if field not in MONEY_FIELDS + ("probability_percent",):
        raise ValueError(field)
    return _with_risk(plan, i, replace(risk, cost=replace(cost, **{field: value})))


def set_risk_periods(plan: m.Plan, key: str, periods: tuple[tuple[str, Decimal], ...]) -> m.Plan:
    i, risk = _find_risk(plan, key)
    if risk.cost is None:
        raise PlanError(translate("UncertaintyEdits", "Give the risk's cost first, then the periods it falls on."))
    cost = risk.cost
    return _with_risk(plan, i, replace(risk, cost=replace(cost, periods=periods)))


def set_period_estimate(plan: m.Plan, key: str, estimate: m.EstimateRange | None) -> m.Plan:
    c = plan.commercial
    for i, p in enumerate(c.periods):
        if p.key == key:
            periods = c.periods[:i] + (replace(p, estimate=estimate),) + c.periods[i + 1:]
            return replace(plan, commercial=replace(c, periods=periods))
    raise PlanError(translate("UncertaintyEdits", "The service period is no longer in the plan."))


# ---------------------------------------------------------------- reading typed texts

_NUMBER = r"[-+−]?\d[\d  ]*(?:[.,]\d+)?"


def _decimal(text: str) -> Decimal:
    t = text.replace("−", "-").replace(" ", "").replace(" ", "").replace(",", ".")
    try:
        return Decimal(t)
    except InvalidOperation:
        raise ValueError(text) from None


def parse_estimate(text: str) -> m.EstimateRange | None:
    """"−8 … +12", "-8..12", "-8 12 %", with "tasainen"/"uniform" for a uniform range; "" for none.

    Raises PlanError (in the user's language) for anything else."""
    t = text.strip()
    if not t:
        return None
    shape = "uniform" if re.search(r"tasa|unif", t, re.IGNORECASE) else "triangular"
    numbers = re.findall(_NUMBER, re.sub(r"(?<=\d)\s*(?:\.\.\.?|…|–|—)\s*", " ; ", t))
    if len(numbers) != 2:
        raise PlanError(translate("UncertaintyEdits", "Type the estimate range as two percentages, for example "
                                                      "“−8 … +12” (add “uniform” for an even spread), not “{text}”.")
                        .format(text=shown(text)))
    low, high = (_decimal(n) for n in numbers)
    return m.EstimateRange(low, high, shape)


def parse_shares(text: str, periods: tuple[m.ServicePeriod, ...]) -> tuple[tuple[str, Decimal], ...]:
    """The periods a risk falls on, by their numbers: "3; 4" (equal shares) or "3: 60; 4: 40" (shares in %);
    "" for every period not yet settled. Raises PlanError for a number that is not a period."""
    t = text.strip()
    if not t:
        return ()
    out: list[tuple[str, Decimal | None]] = []
    for part in re.split(r"[;\n]+", t):
        part = part.strip().rstrip("%").strip()
        if not part:
            continue
        number, _colon, share = part.partition(":")
        try:
            n = int(number.strip())
            value = _decimal(share.strip().rstrip("%").strip()) if share.strip() else None
        except ValueError:
            raise PlanError(translate("UncertaintyEdits", "Type the periods as their numbers, for example “3; 4” or "
                                                          "“3: 60; 4: 40” (shares in percent), not “{text}”.")
                            .format(text=shown(text))) from None
        if not 1 <= n <= len(periods):
            raise PlanError(translate("UncertaintyEdits", "There is no service period {number}.").format(number=n))
        out.append((periods[n - 1].key, value))
    if all(v is None for _k, v in out):  # equal shares, the last one taking the rest of 100
        each = (Decimal(100) / len(out)).quantize(Decimal("0.000001"), rounding="ROUND_DOWN")
        return tuple((k, each if i < len(out) - 1 else Decimal(100) - each * (len(out) - 1))
                     for i, (k, _v) in enumerate(out))
    if any(v is None for _k, v in out):
        raise PlanError(translate("UncertaintyEdits", "Give a share for every period, or for none."))
    return tuple((k, v) for k, v in out)  # type: ignore[misc]


def shares_text(cost: m.RiskCost | None, periods: tuple[m.ServicePeriod, ...], number_text) -> str:
    """The text of a risk's periods as typed ("3: 60; 4: 40"); "" for every period not yet settled."""
    if cost is None or not cost.periods:
        return ""
    index = {p.key: i + 1 for i, p in enumerate(periods)}
    parts = []
    for key, share in cost.periods:
        parts.append(f"{index.get(key, '?')}: {number_text(share)}")
    return "; ".join(parts)


def parse_three_point(text: str) -> tuple[Decimal, Decimal, Decimal] | None:
    """A risk's cost as typed: "400 000" (a fixed cost), "100 000; 1 500 000" (minimum and maximum, the most
    likely halfway) or "100 000; 400 000; 1 500 000" (minimum, most likely, maximum); "/" also separates.
    "" for no money. Raises PlanError for anything else."""
    t = text.strip()
    if not t:
        return None
    parts = [p for p in re.split(r"[;/]", t) if p.strip()]
    try:
        numbers = [_decimal(p.strip().rstrip("€").strip()) for p in parts]
    except ValueError:
        numbers = []
    if len(numbers) == 1:
        return numbers[0], numbers[0], numbers[0]
    if len(numbers) == 2:
        low, high = numbers
        return low, ((low + high) / 2).quantize(Decimal("0.01")), high
    if len(numbers) == 3:
        return numbers[0], numbers[1], numbers[2]
    raise PlanError(translate("UncertaintyEdits", "Type the risk's cost in euros as “minimum; most likely; maximum”, "
                                                  "for example “100 000; 400 000; 1 500 000”, or one amount for a "
                                                  "fixed cost, not “{text}”.").format(text=shown(text)))


def parse_probability(text: str) -> Decimal | None:
    t = text.strip().rstrip("%").strip()
    if not t:
        return None
    try:
        return _decimal(t)
    except ValueError:
        raise PlanError(translate("UncertaintyEdits", "Type the probability as a percentage from 0 to 100, not "
                                                      "“{text}”.").format(text=shown(text))) from None


def risk_money_from_text(plan: m.Plan, key: str, field: str, text: str) -> m.Plan:
    """The edit of a risk's money cell as typed: field "cost" (the three points), "cost.probability_percent"
    or "cost.periods" (the periods by their numbers)."""
    if field == "cost":
        points = parse_three_point(text)
        if points is None:
            return set_risk_cost(plan, key, None)
        _i, risk = _find_risk(plan, key)
        cost = risk.cost or m.RiskCost(points[0], points[1], points[2], default_probability(risk))
        return set_risk_cost(plan, key, replace(cost, minimum=points[0], most_likely=points[1], maximum=points[2]))
    if field == "cost.probability_percent":
        return set_risk_money(plan, key, "probability_percent", parse_probability(text))
    if field == "cost.periods":
        return set_risk_periods(plan, key, parse_shares(text, plan.commercial.periods))
    raise ValueError(field)
