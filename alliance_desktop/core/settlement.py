"""The commercial settlement of each service period: who gets or pays what.

Per period, with target cost T = fee + overhead + production (target parts) and actual
cost A = fee (the target fee when not given) + overhead + production (actual parts),
the deviation is D = T − A.

* Under-run (D > 0): shared = min(D, gain_cap_percent % of T); excess_to_buyer = D − shared.
  `shared` splits by gain_share_percent into buyer, producer, staff and the effectiveness
  pool. The pool is paid in proportion to the KPI score s (0…1): paid = pool × s, split
  between producer and staff by effectiveness_pool_split_percent; unpaid = pool − paid
  stays with the buyer.
* Over-run (D < 0): overrun = −D; the producer's sanction = overrun × its pain share,
  limited by producer_pain_cap ("fee": the period's target fee; an amount; None: no limit);
  the buyer bears the rest. No gain share and no effectiveness bonus.
* producer_payment = actual fee + actual production + producer's gain share + producer's
  part of the paid pool − producer's sanction; staff_bonus = staff gain share + staff's part
  of the paid pool; buyer_total_cost = actual overhead + producer_payment + staff_bonus.

Rounding: the engine works in whole cents. Every cost part is first rounded to cents
(half up), so T, A and D are exact; every computed share is rounded half up to cents
and the remainder party absorbs the rounding, so each split adds up exactly:
gain shares: producer, staff and pool are rounded, buyer = shared − the others;
paid pool: paid = round(pool × s), producer part rounded, staff part = paid − producer part,
unpaid = pool − paid; sanction: producer rounded (then capped), buyer = overrun − producer.
The gain cap amount is round(cap % × T). Products with the KPI score use its exact value
(a fraction when it comes from the metrics), so 150 000 × 44/75 is exactly 88 000.

Actual or forecast: a period is settled on its actual costs (status "actual") only when they were
entered: overhead and production both given (a fee not given is the target fee, by contract).
A period with no actuals, or with overhead or production not entered, is a forecast at its target
(status "forecast": no deviation, no bonus, no sanction) with a warning saying so. `Settlement.totals`
adds up every period, forecasts included; `Settlement.actual_totals` only the periods with actuals.
A period's KPI score is None (shown "—") when it comes from the metrics and none was measured.

Consequences (tested): T − buyer_total_cost = buyer gain share + excess_to_buyer + unpaid pool
on an under-run and = −sanction.buyer on an over-run; buyer's net + producer's result
+ staff bonus = D.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace as _replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction
from typing import NamedTuple

from .records import record
from ..i18n import language, translate
from . import model as m
from .errors import PlanError
from .derived import IdentityMemo, identity_memo
from .scoring import PeriodScore, first_measured, fraction_to_decimal, kpi_scores

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
ZERO = Decimal(0)

KpiInput = Decimal | Fraction | int | float | str | PeriodScore



# ---------------------------------------------------------------- exact cent arithmetic


def to_cents(value: Decimal) -> int:
    """Euros to whole cents, half up."""
    return int(value.quantize(CENT, rounding=ROUND_HALF_UP).scaleb(2))


def from_cents(cents: int) -> Decimal:
    """Whole cents to euros with two decimals (Decimal('1234.50'))."""
    return Decimal(cents).scaleb(-2)


def mul_round(cents: int, num: int, den: int) -> int:
    """round(cents × num / den) to whole cents, half away from zero (Decimal's ROUND_HALF_UP); den > 0."""
    x = cents * num
    if x >= 0:
        return (2 * x + den) // (2 * den)
    return -((-2 * x + den) // (2 * den))


def round_fraction(value: Fraction, places: int) -> Decimal:
    """A fraction rounded half up (away from zero) to `places` decimals, exactly."""
    scale = 10 ** places
    return Decimal(mul_round(value.numerator, scale, value.denominator)).scaleb(-places)


def _percent(value: Decimal) -> tuple[int, int]:
    f = Fraction(value) / 100
    return f.numerator, f.denominator


def as_score(value: KpiInput) -> Fraction:
    """A KPI score as an exact fraction; floats are read by their shortest text (0.586667 stays 0.586667).

    Raises PlanError when the score is not a number from 0 to 1.
    """
    if isinstance(value, PeriodScore):
        f = value.exact
    elif isinstance(value, Fraction):
        f = value
    else:
        try:
            if isinstance(value, bool):
                raise InvalidOperation
            d = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
            if not d.is_finite():
                raise InvalidOperation
        except (InvalidOperation, TypeError, ValueError):
            raise PlanError(translate("Settlement", "The KPI score must be a number from 0 to 1, not “{value}”.").format(
                value=value)) from None
        f = Fraction(d)
    if not 0 <= f <= 1:
        raise PlanError(translate("Settlement", "The KPI score must be a number from 0 to 1, not “{value}”.").format(
            value=format(fraction_to_decimal(f).normalize(), "f")))
    return f


@dataclass(frozen=True, slots=True)
class Terms:
    """A period's contract terms in cents and exact ratios: what the split needs, nothing more."""

    target: int  # T in cents
    gain_cap: int  # cents: round(gain_cap_percent % × T)
    producer: tuple[int, int]  # gain share ratio (numerator, denominator)
    staff: tuple[int, int]
    pool: tuple[int, int]
    pool_to_producer: tuple[int, int]  # effectiveness_pool_split_percent["producer"]
    pain_producer: tuple[int, int]
    pain_cap: int | None  # cents, None = no limit

    @classmethod
    def of(cls, commercial: m.Commercial, period: m.ServicePeriod) -> Terms:
        t = period.target
        target = to_cents(t.fee) + to_cents(t.overhead) + to_cents(t.production)
        cap_num, cap_den = _percent(commercial.gain_cap_percent)
        raw_cap = commercial.producer_pain_cap
        if raw_cap is None:
            pain_cap = None
        elif isinstance(raw_cap, str):  # "fee"
            pain_cap = to_cents(t.fee)
        else:
            pain_cap = to_cents(Decimal(raw_cap))
        return cls(
            target=target,
            gain_cap=mul_round(target, cap_num, cap_den),
            producer=_percent(commercial.share("gain_share_percent", "producer")),
            staff=_percent(commercial.share("gain_share_percent", "staff")),
            pool=_percent(commercial.share("gain_share_percent", "effectiveness_pool")),
            pool_to_producer=_percent(commercial.share("effectiveness_pool_split_percent", "producer")),
            pain_producer=_percent(commercial.share("pain_share_percent", "producer")),
            pain_cap=pain_cap,
        )


class Split(NamedTuple):
    """The split of one deviation, all in cents."""

    shared: int
    excess: int
    gain_buyer: int
    gain_producer: int
    gain_staff: int
    gain_pool: int
    paid: int
    paid_producer: int
    paid_staff: int
    overrun: int
    sanction_uncapped: int
    sanction_producer: int
    sanction_buyer: int


_NO_SPLIT = Split(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)


def split(terms: Terms, deviation: int, score: Fraction) -> Split:
    """The rules for one deviation D = T − A (cents) and KPI score; the single source of truth."""
    if deviation > 0:
        shared = min(deviation, max(terms.gain_cap, 0))
        g_producer = mul_round(shared, *terms.producer)
        g_staff = mul_round(shared, *terms.staff)
        g_pool = mul_round(shared, *terms.pool)
        paid = mul_round(g_pool, score.numerator, score.denominator)
        paid_producer = mul_round(paid, *terms.pool_to_producer)
        return Split(shared, deviation - shared, shared - g_producer - g_staff - g_pool, g_producer, g_staff,
                     g_pool, paid, paid_producer, paid - paid_producer, 0, 0, 0, 0)
    if deviation < 0:
        overrun = -deviation
        uncapped = mul_round(overrun, *terms.pain_producer)
        producer = uncapped if terms.pain_cap is None else min(uncapped, terms.pain_cap)
        return Split(0, 0, 0, 0, 0, 0, 0, 0, 0, overrun, uncapped, producer, overrun - producer)
    return _NO_SPLIT


# ---------------------------------------------------------------- results


@record
class GainShares:
    buyer: Decimal = ZERO
    producer: Decimal = ZERO
    staff: Decimal = ZERO
    effectiveness_pool: Decimal = ZERO

    @property
    def total(self) -> Decimal:
        return self.buyer + self.producer + self.staff + self.effectiveness_pool

    def __add__(self, other: GainShares) -> GainShares:
        return GainShares(self.buyer + other.buyer, self.producer + other.producer, self.staff + other.staff,
                          self.effectiveness_pool + other.effectiveness_pool)


@record
class Sanction:
    producer: Decimal = ZERO
    buyer: Decimal = ZERO

    @property
    def total(self) -> Decimal:
        return self.producer + self.buyer

    def __add__(self, other: Sanction) -> Sanction:
        return Sanction(self.producer + other.producer, self.buyer + other.buyer)


ACTUAL = "actual"
FORECAST = "forecast"


class _Derived:
    """The figures derived from a result's money, written once for a period and for a total."""

    __slots__ = ()

    @property
    def producer_result(self) -> Decimal:
        """The producer's gain (+) or pain (−) beyond its costs and fee: gain share + paid pool part − sanction."""
        return self.gain.producer + self.effectiveness_bonus_producer - self.sanction.producer

    @property
    def buyer_net(self) -> Decimal:
        """target_cost − buyer_total_cost: the buyer's saving (+) or extra cost (−) against the target."""
        return self.target_cost - self.buyer_total_cost


@record
class PeriodResult(_Derived):
    """One period's settlement. The first fields are those of the `settle --json` output."""

    key: str
    target_cost: Decimal
    actual_cost: Decimal  # for a forecast: the target cost
    deviation: Decimal  # T − A: positive = under-run (savings), negative = over-run
    kpi_score: Decimal | None  # 0..1, 28 digits (kpi_score_exact is the exact value used); None: not measured
    shared_underrun: Decimal
    excess_to_buyer: Decimal
    gain: GainShares
    effectiveness_bonus_paid: Decimal
    effectiveness_bonus_unpaid: Decimal
    overrun: Decimal
    sanction: Sanction
    producer_payment: Decimal
    staff_bonus: Decimal
    buyer_total_cost: Decimal
    warnings: tuple[str, ...] = ()
    status: str = ACTUAL  # "actual" | "forecast" (no actuals, or overhead or production not entered)
    # beyond the JSON output
    name: str = ""
    target: m.CostParts = field(default_factory=m.CostParts)  # rounded to cents
    # the fee resolved, rounded to cents; a forecast's is its target
    actual: m.CostParts = field(default_factory=m.CostParts)
    kpi_score_exact: Fraction = Fraction(0)
    kpi_source: str = "given"  # "metrics" | "scenario" | "given"
    actual_overridden: bool = False
    effectiveness_bonus_producer: Decimal = ZERO
    effectiveness_bonus_staff: Decimal = ZERO
    gain_cap: Decimal = ZERO  # the cap amount: gain_cap_percent % of the target
    producer_sanction_cap: Decimal | None = None  # None = no limit
    producer_sanction_uncapped: Decimal = ZERO  # the producer's share before its cap
    entered: tuple[str, ...] = ()  # the actual parts typed ("fee", "overhead", "production"); () for none

    @property
    def is_forecast(self) -> bool:
        return self.status == FORECAST

    @property
    def incomplete(self) -> bool:
        """A forecast because some actual parts were entered but not overhead and production both."""
        return self.is_forecast and bool(self.entered)

    @property
    def outcome(self) -> str:
        """"underrun", "overrun" or "on_target"."""
        return "underrun" if self.deviation > 0 else "overrun" if self.deviation < 0 else "on_target"

    @property
    def gain_cap_binding(self) -> bool:
        """True when part of the savings lies beyond the cap (excess_to_buyer > 0)."""
        return self.excess_to_buyer > 0

    @property
    def pain_cap_binding(self) -> bool:
        """True when the producer's cap cut its sanction."""
        return self.sanction.producer < self.producer_sanction_uncapped


MONEY_FIELDS = ("target_cost", "actual_cost", "deviation", "shared_underrun", "excess_to_buyer", "gain",
                "effectiveness_bonus_paid", "effectiveness_bonus_unpaid", "effectiveness_bonus_producer",
                "effectiveness_bonus_staff", "overrun", "sanction", "producer_payment", "staff_bonus",
                "buyer_total_cost")


@record
class Totals(_Derived):
    """Sums of the periods' money over the periods named in `periods` (their keys)."""

    target_cost: Decimal = ZERO
    actual_cost: Decimal = ZERO
    deviation: Decimal = ZERO
    shared_underrun: Decimal = ZERO
    excess_to_buyer: Decimal = ZERO
    gain: GainShares = field(default_factory=GainShares)
    effectiveness_bonus_paid: Decimal = ZERO
    effectiveness_bonus_unpaid: Decimal = ZERO
    effectiveness_bonus_producer: Decimal = ZERO
    effectiveness_bonus_staff: Decimal = ZERO
    overrun: Decimal = ZERO
    sanction: Sanction = field(default_factory=Sanction)
    producer_payment: Decimal = ZERO
    staff_bonus: Decimal = ZERO
    buyer_total_cost: Decimal = ZERO
    periods: tuple[str, ...] = ()

    @classmethod
    def of(cls, periods: Sequence[PeriodResult]) -> Totals:
        sums = {name: getattr(cls(), name) for name in MONEY_FIELDS}
        for p in periods:
            for name in MONEY_FIELDS:
                sums[name] = sums[name] + getattr(p, name)
        return cls(**sums, periods=tuple(p.key for p in periods))

    def replaced(self, changes: Sequence[tuple[PeriodResult, PeriodResult]], periods: Sequence[PeriodResult],
                 counts=lambda p: True) -> Totals:
        """`Totals.of([p for p in periods if counts(p)])` for `periods` that are those these totals add up
        (with `counts`) with some results replaced (`changes`: (old, new) pairs): only the replaced results are
        taken off and added (issue 16: 128 scenarios × 256 periods summed at 64x for a handful of overridden
        periods each). The same Decimals to the digit: every amount of a result is whole cents (exponent −2)
        and at most 10^13 € (validation), so no sum or difference is rounded and each has exponent −2."""
        changes = [(old, new) for old, new in changes if old is not new and (counts(old) or counts(new))]
        if not changes:
            return self
        keys = self.periods
        if any(counts(old) != counts(new) for old, new in changes):
            keys = tuple(p.key for p in periods if counts(p))
            if not keys:
                return type(self)()
        sums = {}
        for name in MONEY_FIELDS:
            value = getattr(self, name)
            for old, new in changes:
                if counts(old):
                    value = _minus(value, getattr(old, name))
                if counts(new):
                    value = value + getattr(new, name)
            sums[name] = value
        return type(self)(**sums, periods=keys)


def _minus(a, b):
    """a − b for the amounts of Totals: Decimals, GainShares or Sanctions (the parties' amounts each)."""
    if isinstance(a, Decimal):
        return a - b
    return type(a)(*(getattr(a, name) - getattr(b, name) for name in a._record_names))


@record
class Settlement:
    periods: tuple[PeriodResult, ...]
    totals: Totals  # every period, forecasts included (at their target): "in total with forecasts"
    actual_totals: Totals = field(default_factory=Totals)  # only the periods with status "actual"
    scenario: str = ""  # scenario key, "" for the plan's own figures

    @classmethod
    def of(cls, periods: Sequence[PeriodResult], scenario: str = "") -> Settlement:
        periods = tuple(periods)
        return cls(periods, Totals.of(periods), Totals.of([p for p in periods if p.status == ACTUAL]), scenario)

    def replaced(self, results: Sequence[PeriodResult], scenario: str) -> Settlement:
        """`Settlement.of(results, scenario)` for `results` that are this settlement's periods with some replaced
        (the same periods in the same order): the totals take off and add only the replaced ones."""
        results = tuple(results)
        changes = [(old, new) for old, new in zip(self.periods, results) if old is not new]
        return Settlement(results, self.totals.replaced(changes, results),
                          self.actual_totals.replaced(changes, results, lambda p: p.status == ACTUAL), scenario)

    @property
    def forecasts(self) -> tuple[str, ...]:
        """The keys of the forecast periods."""
        return tuple(p.key for p in self.periods if p.status == FORECAST)

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(w for p in self.periods for w in p.warnings)

    def period(self, key: str) -> PeriodResult:
        for p in self.periods:
            if p.key == key:
                return p
        raise KeyError(key)


# ---------------------------------------------------------------- the engine


MEASURED_PARTS = ("overhead", "production")  # must be entered for a period to settle on its actuals


def entered_parts(actual: m.ActualCost | None) -> tuple[str, ...]:
    """The actual parts that were entered (not None), in COST_PARTS order; () for no actuals."""
    if actual is None:
        return ()
    return tuple(k for k in m.COST_PARTS if getattr(actual, k) is not None)


def is_settled_on_actuals(actual: m.ActualCost | None) -> bool:
    """True when overhead and production were both entered (a fee not entered is the target fee)."""
    return actual is not None and all(getattr(actual, k) is not None for k in MEASURED_PARTS)


def resolve_actual(period: m.ServicePeriod, actual: m.ActualCost | None = None) -> m.CostParts:
    """The actual cost parts with the fee resolved (None = the target fee), in euros, unrounded.

    A period without complete actuals (none, or overhead or production not entered) and no
    override is a forecast: it is taken at its target (no deviation, no bonus).
    """
    a = period.actual if actual is None else actual
    if not is_settled_on_actuals(a):
        return period.target
    return m.CostParts(fee=period.target.fee if a.fee is None else a.fee, overhead=a.overhead,
                       production=a.production)


def _forecast_note(period: m.ServicePeriod, entered: tuple[str, ...]) -> str:
    name = period.name or period.key
    if not entered:
        return translate("Settlement", "Period “{period}” has no actual costs yet: it is a forecast at its target "
                                       "cost.").format(period=name)
    missing = [k for k in MEASURED_PARTS if k not in entered]
    if missing == ["overhead"]:
        text = translate("Settlement", "Period “{period}”: actual costs incomplete, the overhead is not entered; "
                                       "the period is a forecast at its target cost until it is.")
    elif missing == ["production"]:
        text = translate("Settlement", "Period “{period}”: actual costs incomplete, the reimbursable costs are not "
                                       "entered; the period is a forecast at its target cost until they are.")
    else:
        text = translate("Settlement", "Period “{period}”: actual costs incomplete, the overhead and the "
                                       "reimbursable costs are not entered; the period is a forecast at its target "
                                       "cost until they are.")
    return text.format(period=name)


def _measured(score: PeriodScore) -> bool:
    """True when some metric that counts in the period has a measurement for it."""
    return first_measured(score) is not None  # (a score from kpi_scores makes no other part)


def settle_period(commercial: m.Commercial, period: m.ServicePeriod, kpi_score: KpiInput = 0, *,
                  actual: m.ActualCost | None = None, warnings: Sequence[str] = (),
                  kpi_source: str = "given") -> PeriodResult:
    """Settle one period.

    `kpi_score` is 0..1 (a Decimal, a Fraction, or the period's PeriodScore, whose warnings are
    included); `actual` overrides the period's actual cost (what-if panel, scenarios).
    Raises PlanError for a KPI score outside 0..1.
    """
    score = as_score(kpi_score)
    notes = list(warnings)
    measured = True
    if isinstance(kpi_score, PeriodScore):
        notes.extend(kpi_score.warnings)
        measured = _measured(kpi_score)
        if kpi_source == "given":
            kpi_source = "metrics"
    terms = Terms.of(commercial, period)
    given = period.actual if actual is None else actual
    entered = entered_parts(given)
    status = ACTUAL if is_settled_on_actuals(given) else FORECAST
    parts = resolve_actual(period, actual)
    fee_c, overhead_c, production_c = to_cents(parts.fee), to_cents(parts.overhead), to_cents(parts.production)
    actual_c = fee_c + overhead_c + production_c
    if status == FORECAST:  # its missing measurements are not reported: the period is not over
        notes = [_forecast_note(period, entered)]
    deviation = terms.target - actual_c
    s = split(terms, deviation, score)
    producer_payment = fee_c + production_c + s.gain_producer + s.paid_producer - s.sanction_producer
    staff_bonus = s.gain_staff + s.paid_staff
    c = from_cents
    return PeriodResult(
        key=period.key,
        target_cost=c(terms.target),
        actual_cost=c(actual_c),
        deviation=c(deviation),
        kpi_score=fraction_to_decimal(score) if measured else None,
        shared_underrun=c(s.shared),
        excess_to_buyer=c(s.excess),
        gain=GainShares(c(s.gain_buyer), c(s.gain_producer), c(s.gain_staff), c(s.gain_pool)),
        effectiveness_bonus_paid=c(s.paid),
        effectiveness_bonus_unpaid=c(s.gain_pool - s.paid),
        overrun=c(s.overrun),
        sanction=Sanction(c(s.sanction_producer), c(s.sanction_buyer)),
        producer_payment=c(producer_payment),
        staff_bonus=c(staff_bonus),
        buyer_total_cost=c(overhead_c + producer_payment + staff_bonus),
        warnings=tuple(notes),
        status=status,
        name=period.name,
        target=m.CostParts(*(c(to_cents(getattr(period.target, k))) for k in m.COST_PARTS)),
        actual=m.CostParts(c(fee_c), c(overhead_c), c(production_c)),
        kpi_score_exact=score,
        kpi_source=kpi_source,
        actual_overridden=actual is not None,
        effectiveness_bonus_producer=c(s.paid_producer),
        effectiveness_bonus_staff=c(s.paid_staff),
        gain_cap=c(terms.gain_cap),
        producer_sanction_cap=None if terms.pain_cap is None else c(terms.pain_cap),
        producer_sanction_uncapped=c(s.sanction_uncapped),
        entered=entered,
    )


def find_scenario(plan: m.Plan, key: str) -> m.Scenario:
    for sc in plan.scenarios:
        if sc.key == key:
            return sc
    raise PlanError(translate("Settlement", "There is no scenario “{scenario}”.").format(scenario=key))


def settle_plan(plan: m.Plan, scenario: m.Scenario | str | None = None,
                scores: Mapping[str, PeriodScore] | None = None) -> Settlement:
    """Settle every period of the plan, in period order.

    `scenario` (a Scenario or its key) overrides actual costs and/or KPI scores per period;
    its entries for periods the plan does not have are ignored. A KPI score given by the
    scenario replaces the metrics' score and their warnings. `scores` may pass KPI scores
    already computed with `kpi_scores(plan)`.

    Computed once per plan state (core/derived.py): the plan's own settlement is remembered by
    the identity of `plan.commercial` and the scores, a saved scenario's with it; each period's
    own result by the sharing rules, the period and what is read of its score (so an edit of one
    period's money or measurements settles that period again, not the others); a scenario's
    periods that it does not override are the plan's own results, and its totals the plan's own with
    the overridden periods taken off and added (`Settlement.replaced`).
    """
    if isinstance(scenario, str):
        scenario = find_scenario(plan, scenario)
    scores = kpi_scores(plan) if scores is None else scores
    own = _settle_own(plan.commercial, scores)
    if scenario is None:
        return own
    if not any(sc is scenario for sc in plan.scenarios):
        return _settle_scenario(plan.commercial, scenario, scores, own)  # a what-if: new each time, not kept
    saved = _saved_scenarios(own)
    hit = saved.get(id(scenario))
    if hit is None or hit[0] is not scenario:
        if len(saved) > 2 * len(plan.scenarios) + 8:  # scenarios edited while the rest stays: old ones go
            saved.clear()
        hit = saved[id(scenario)] = (scenario, _settle_scenario(plan.commercial, scenario, scores, own))
    return hit[1]


# two plan states (the one shown, and the one undo or redo goes to): the scores they hold are
# large at 64x (39 MiB), and the same objects as kpi_scores keeps
@identity_memo(size=2)
def _settle_own(commercial: m.Commercial, scores: Mapping[str, PeriodScore]) -> Settlement:
    rules = _replace(commercial, periods=())  # what settle_period reads besides the period
    words = language()  # the notes' language
    return Settlement.of([_settle_own_period(rules, period, _score_read(scores[period.key]), words)
                          for period in commercial.periods])


def _score_read(score: PeriodScore) -> PeriodScore:
    """What settle_period reads of a period's score (its value, warnings and whether anything counting
    was measured), without the metrics' parts: a small key, equal while those are."""
    measured = first_measured(score)
    return PeriodScore(score.period, score.exact, (measured,) if measured else (), score.warnings)


# A period settles on its own: an edit of one period leaves the others' results (the same period
# object, equal rules and score). Bounded: every period of a few plan states (about 4 KiB each).
_settle_own_period = IdentityMemo(
    lambda rules, period, score, _language: settle_period(rules, period, score, kpi_source="metrics"), size=1024,
    by_value=(0, 2, 3))


@identity_memo(size=2)
def _saved_scenarios(own: Settlement) -> dict[int, tuple[m.Scenario, Settlement]]:
    """The saved scenarios' settlements that go with the plan's own (id(scenario) -> (scenario, settlement))."""
    return {}


def _settle_scenario(commercial: m.Commercial, scenario: m.Scenario, scores: Mapping[str, PeriodScore],
                     own: Settlement) -> Settlement:
    overrides = {sp.period: sp for sp in scenario.periods}
    results = []
    for period, result in zip(commercial.periods, own.periods):
        o = overrides.get(period.key)
        if o is None or (o.actual is None and o.kpi_score is None):
            results.append(result)  # as settled without the scenario
            continue
        if o.kpi_score is not None:
            kpi: KpiInput = o.kpi_score
            source = "scenario"
        else:
            kpi = scores[period.key]
            source = "metrics"
        results.append(settle_period(commercial, period, kpi, actual=o.actual, kpi_source=source))
    return own.replaced(results, scenario.key)


# ---------------------------------------------------------------- JSON


def money_json(value: Decimal) -> int | Decimal:
    """Euros for JSON, exactly: an int when whole, else the Decimal with its two decimals (304162.50)."""
    d = value.quantize(CENT, rounding=ROUND_HALF_UP)
    if d == d.to_integral_value():
        return int(d)
    return d


def score_json(value: Fraction | Decimal) -> Decimal:
    """A KPI score rounded half up to 6 decimals, exactly (0.586667)."""
    return round_fraction(Fraction(value), 6).normalize()


def period_to_json(p: PeriodResult) -> dict:
    mj = money_json
    return {
        "key": p.key,
        "status": p.status,
        "target_cost": mj(p.target_cost),
        "actual_cost": mj(p.actual_cost),
        "deviation": mj(p.deviation),
        "kpi_score": None if p.kpi_score is None else score_json(p.kpi_score_exact),
        "shared_underrun": mj(p.shared_underrun),
        "excess_to_buyer": mj(p.excess_to_buyer),
        "gain": {
            "buyer": mj(p.gain.buyer),
            "producer": mj(p.gain.producer),
            "staff": mj(p.gain.staff),
            "effectiveness_pool": mj(p.gain.effectiveness_pool),
        },
        "effectiveness_bonus_paid": mj(p.effectiveness_bonus_paid),
        "effectiveness_bonus_unpaid": mj(p.effectiveness_bonus_unpaid),
        "overrun": mj(p.overrun),
        "sanction": {"producer": mj(p.sanction.producer), "buyer": mj(p.sanction.buyer)},
        "producer_payment": mj(p.producer_payment),
        "staff_bonus": mj(p.staff_bonus),
        "buyer_total_cost": mj(p.buyer_total_cost),
        "warnings": list(p.warnings),
    }


TOTALS_JSON_FIELDS = ("target_cost", "actual_cost", "deviation", "producer_payment", "staff_bonus",
                      "buyer_total_cost", "effectiveness_bonus_paid", "effectiveness_bonus_unpaid", "shared_underrun",
                      "excess_to_buyer", "overrun")


def totals_to_json(t: Totals) -> dict:
    """The totals' money, with the keys of the periods they add up ("periods")."""
    out: dict = {"periods": list(t.periods)}
    out.update((name, money_json(getattr(t, name))) for name in TOTALS_JSON_FIELDS)
    out["gain"] = {k: money_json(getattr(t.gain, k)) for k in ("buyer", "producer", "staff", "effectiveness_pool")}
    out["sanction"] = {k: money_json(getattr(t.sanction, k)) for k in ("producer", "buyer")}
    return out


def settlement_to_json(settlement: Settlement) -> dict:
    """The `settle --json` object (money as exact Decimals; write it with `json_text`):

    {"periods": [...], "totals": {...every period, forecasts included...},
     "actual_totals": {...the periods with status "actual" only...}}
    """
    return {
        "periods": [period_to_json(p) for p in settlement.periods],
        "totals": totals_to_json(settlement.totals),
        "actual_totals": totals_to_json(settlement.actual_totals),
    }


def _plain_number(v: Decimal) -> str:
    """A money amount or score as a JSON number: its own digits in plain notation (304162.50, 0.675917)."""
    if not v.is_finite():
        raise ValueError("a JSON number must be finite")
    return format(v, "f")


def json_text(value, indent: int = 2) -> str:
    """JSON text in which a Decimal is written as a number from its own digits, never through float.

    Otherwise as `json.dumps(value, ensure_ascii=False, indent=indent)` (dicts, lists, str, int, bool, None).
    """
    from . import jsontext

    return jsontext.write(value, _plain_number, indent)


def settlement_json_text(settlement: Settlement) -> str:
    """The `settle --json` output, exact to the cent at any size, with a final newline."""
    return json_text(settlement_to_json(settlement)) + "\n"
