"""Target cost under uncertainty: many draws of the periods' actual costs, each settled by the engine's rules.

What is drawn (docs/commercial-rules.md, "Uncertainty"):

* A period settled on its actual costs is known: every draw takes its settlement as it is.
* A forecast period's actual cost is its target fee and overhead plus its production (reimbursable)
  cost, drawn from the period's estimate range (`ServicePeriod.estimate`: low % … high % of the target
  production cost, triangular with its peak at the estimate, or uniform) and rounded to cents; without
  a range the production cost is the target's.
* Each risk with money (`Risk.cost`) that is not closed happens in a draw with its probability; when it
  does, its cost is drawn from the triangular distribution (minimum, most likely, maximum), rounded to
  cents, and added to the production cost of the periods it falls on by their shares (the last such
  period takes the cents of rounding). A risk without periods falls on every forecast period in
  proportion to its target cost; shares on periods already settled are dropped (their cost is known).
  A negative cost is an opportunity.
* The KPI score of a forecast period is its measured score, else the last measured period's before it,
  else 0; or, when `kpi_range` is given, drawn uniformly from it (in steps of 1/10 000) for every draw
  and period.

Each draw is settled with the engine's own integer-cent rules (`settlement.Terms`, the same rounding
as `settlement.split`), in a loop over plain ints: exactly what `settle_period` gives for that actual
cost and score, to the cent (tests check a sample of draws against it). Percentiles are the nearest
rank of the sorted draws (P80 = the smallest value that at least 80 % of the draws do not exceed).
The same plan, draws, seed and KPI range give the same results (random.Random(seed), drawn in a fixed
order), and `result_json_text` the same bytes.
"""

from __future__ import annotations

import math
import random
from array import array
from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction
from operator import add

from . import model as m
from .derived import identity_memo
from .records import record
from .scoring import kpi_scores
from .settlement import ACTUAL, Terms, from_cents, money_json, settle_plan, to_cents

DEFAULT_DRAWS = 10_000
MAX_DRAWS = 200_000
DEFAULT_SEED = 1
PERCENTILES = (10, 50, 80, 90)
SCORE_STEPS = 10_000  # a drawn KPI score is k / SCORE_STEPS

# the series of a result (per period and for the contract), in cents per draw
SERIES = ("actual_cost", "buyer_total_cost", "producer_result", "staff_bonus")

# the tornado's parameters and their steps
PERCENT_STEP = Decimal(5)  # percentage points, for the cap and the shares
PAIN_CAP_STEP = Decimal(25)  # percent of the producer's pain cap amount


class Cancelled(Exception):
    """The simulation was stopped by its caller (the `progress` callback returned False)."""


@record
class Stats:
    """One series' distribution summary, in euros (Decimal, to the cent)."""

    mean: Decimal
    minimum: Decimal
    maximum: Decimal
    percentiles: tuple[tuple[int, Decimal], ...]  # (10, P10), (50, P50), (80, P80), (90, P90)

    def p(self, q: int) -> Decimal:
        return dict(self.percentiles)[q]


@record
class PeriodOutcome:
    """A period's distributions and probabilities."""

    key: str
    name: str
    simulated: bool  # False: settled on its actuals (every draw the same)
    target_cost: Decimal
    stats: tuple[tuple[str, Stats], ...]  # by SERIES name
    p_overrun: float  # the share of draws with a sanction (actual cost above the target)
    p_gain_cap: float  # the share of draws whose savings reach beyond the gain cap
    contingency_p50: Decimal  # P50 of the actual cost − target (what would make the target a P50)
    contingency_p80: Decimal

    def series(self, name: str) -> Stats:
        return dict(self.stats)[name]


@record
class SimulationResult:
    """The draws' results: per period and for the contract (every period added up per draw)."""

    seed: int
    draws: int
    kpi_range: tuple[Decimal, Decimal] | None
    periods: tuple[PeriodOutcome, ...]
    contract: PeriodOutcome  # key "", p_overrun: a sanction in some period; p_gain_cap: in some period
    totals: tuple[tuple[str, array], ...]  # SERIES name -> the contract's cents per draw, sorted

    def sorted_cents(self, name: str) -> array:
        return dict(self.totals)[name]


# ---------------------------------------------------------------- drawing


def _triangular(rnd: Callable[[], float], n: int, low: float, mode: float, high: float) -> list[float]:
    """n draws of the triangular distribution (inverse of its distribution function, one uniform each)."""
    if high <= low:
        return [low] * n
    span = high - low
    c = (mode - low) / span
    a = span * (mode - low)
    b = span * (high - mode)
    sqrt = math.sqrt
    return [low + sqrt(u * a) if u < c else high - sqrt((1.0 - u) * b) for u in (rnd() for _ in range(n))]


def _uniform(rnd: Callable[[], float], n: int, low: float, high: float) -> list[float]:
    span = high - low
    return [low + span * rnd() for _ in range(n)]


def _production_draws(rnd, n: int, production_c: int, estimate: m.EstimateRange | None) -> list[int]:
    """The period's production cost per draw, in cents."""
    if estimate is None:
        return [production_c] * n
    low, high = float(estimate.low_percent), float(estimate.high_percent)
    if estimate.shape == "uniform":
        factors = _uniform(rnd, n, low, high)
    else:
        factors = _triangular(rnd, n, low, min(max(0.0, low), high), high)
    base = float(production_c)
    return [round(base * (1.0 + f / 100.0)) for f in factors]


def _risk_weights(cost: m.RiskCost, forecast: Sequence[m.ServicePeriod]) -> tuple[list[tuple[int | None, int]], int]:
    """The risk's periods as (index among the forecast periods or None for a settled one, integer weight)
    and the weights' whole (the shares' 100 %, or the forecast periods' total target cost)."""
    index = {p.key: i for i, p in enumerate(forecast)}
    if cost.periods:
        fractions = [Fraction(share) for _key, share in cost.periods]
        den = math.lcm(*(f.denominator for f in fractions))
        return [(index.get(key), int(f * den)) for (key, _s), f in zip(cost.periods, fractions)], 100 * den
    weights = [(i, max(to_cents(p.target.total), 0)) for i, p in enumerate(forecast)]
    whole = sum(w for _i, w in weights)
    if whole <= 0:
        return [(i, 1) for i in range(len(forecast))], len(forecast)
    return weights, whole


def _spread(columns: list[list[int]], weights: Sequence[tuple[int | None, int]], whole: int,
            total: list[int]) -> None:
    """Add each draw's risk cost (cents) to the periods by their weights: each period's part is the
    cumulative share rounded half up, less the part before it, so the parts add up to the cost."""
    occurring = [(d, c) for d, c in enumerate(total) if c]
    cents = [c for _d, c in occurring]
    draws = [d for d, _c in occurring]
    before = [0] * len(occurring)
    cumulative = 0
    w2 = 2 * whole
    for i, weight in weights:
        cumulative += weight
        upto = [(2 * c * cumulative + whole) // w2 if c >= 0 else -((-2 * c * cumulative + whole) // w2)
                for c in cents]
        if i is not None:
            column = columns[i]
            for d, u, b in zip(draws, upto, before):
                column[d] += u - b
        before = upto


def _round_div(x: int, den: int) -> int:
    """round(x / den) half away from zero; den > 0."""
    return (2 * x + den) // (2 * den) if x >= 0 else -((-2 * x + den) // (2 * den))


def _round_fraction(f: Fraction) -> int:
    """round half away from zero."""
    return _round_div(f.numerator, f.denominator)


def counts(risk: m.Risk) -> bool:
    """True when the risk takes part in the simulation: it has money and is not closed."""
    return risk.cost is not None and risk.status != "closed"


def draw_production(plan: m.Plan, draws: int, seed: int, check: Callable[[], None] = lambda: None
                    ) -> tuple[list[m.ServicePeriod], list[list[int]]]:
    """The forecast periods and, for each, its production cost per draw in cents (estimate range and risks).

    Drawn in a fixed order: each forecast period's range (in period order), then each counting risk
    (in plan order): its occurrences, then its costs. `check()` is called between them (it may raise
    Cancelled)."""
    settled = settle_plan(plan)
    forecast = [p for p, r in zip(plan.commercial.periods, settled.periods) if r.status != ACTUAL]
    rng = random.Random(seed)
    rnd = rng.random
    columns = []
    for p in forecast:
        check()
        columns.append(_production_draws(rnd, draws, to_cents(p.target.production), p.estimate))
    # the risks falling on the same periods by the same weights are added up per draw, then spread once
    groups: dict[tuple, list[int]] = {}
    for risk in plan.risks:
        if not counts(risk):
            continue
        check()
        cost = risk.cost
        p = float(cost.probability_percent) / 100.0
        happens = [rnd() < p for _ in range(draws)]
        amounts = _triangular(rnd, draws, float(cost.minimum), float(cost.most_likely), float(cost.maximum))
        weights, whole = _risk_weights(cost, forecast)
        total = groups.setdefault((tuple(weights), whole), [0] * draws)
        for d in range(draws):
            if happens[d]:
                total[d] += round(amounts[d] * 100.0)
    for (weights, whole), total in groups.items():
        _spread(columns, weights, whole, total)
    return forecast, columns


# ---------------------------------------------------------------- settling a column of draws


class _Column:
    """One period's draws settled: cents per draw for each series, and the counts of sanctions and caps."""

    __slots__ = ("actual_cost", "buyer_total_cost", "producer_result", "staff_bonus", "overruns", "capped",
                 "overrun_flags", "capped_flags")


def settle_column(terms: Terms, fee_c: int, overhead_c: int, production: Sequence[int],
                  score: tuple[int, int] | Sequence[int], flags: bool = False) -> _Column:
    """Settle one period for each drawn production cost (cents), with `score` a fixed fraction
    (numerator, denominator) or a KPI score per draw in steps of 1/SCORE_STEPS.

    The arithmetic of `settlement.split` and `settle_period`, inlined over plain ints."""
    target = terms.target
    cap = max(terms.gain_cap, 0)
    pn, pd = terms.producer
    sn, sd = terms.staff
    qn, qd = terms.pool
    tn, td = terms.pool_to_producer
    an, ad = terms.pain_producer
    pain_cap = terms.pain_cap
    per_draw = not isinstance(score, tuple)
    if per_draw:
        scores = score
        kd = SCORE_STEPS
    else:
        kn, kd = score
    base = fee_c + overhead_c
    actual_l, buyer_l, result_l, staff_l = [], [], [], []
    over_f, cap_f = [], []
    overruns = capped = 0
    for i, prod in enumerate(production):
        a = base + prod
        d = target - a
        if d > 0:
            if d > cap:
                shared = cap
                capped += 1
                cap_hit = True
            else:
                shared = d
                cap_hit = False
            gp = (2 * shared * pn + pd) // (2 * pd)
            gs = (2 * shared * sn + sd) // (2 * sd)
            gq = (2 * shared * qn + qd) // (2 * qd)
            if per_draw:
                kn = scores[i]
            paid = (2 * gq * kn + kd) // (2 * kd)
            pp = (2 * paid * tn + td) // (2 * td)
            result = gp + pp
            staff = gs + paid - pp
            over = False
        elif d < 0:
            overrun = -d
            sanction = (2 * overrun * an + ad) // (2 * ad)
            if pain_cap is not None and sanction > pain_cap:
                sanction = pain_cap
            result = -sanction
            staff = 0
            overruns += 1
            over = True
            cap_hit = False
        else:
            result = staff = 0
            over = cap_hit = False
        actual_l.append(a)
        # buyer's total = overhead + (fee + production + result) + staff
        buyer_l.append(a + result + staff)
        result_l.append(result)
        staff_l.append(staff)
        if flags:
            over_f.append(over)
            cap_f.append(cap_hit)
    col = _Column()
    col.actual_cost, col.buyer_total_cost, col.producer_result, col.staff_bonus = actual_l, buyer_l, result_l, staff_l
    col.overruns, col.capped = overruns, capped
    col.overrun_flags, col.capped_flags = over_f, cap_f
    return col


# ---------------------------------------------------------------- the simulation


def _percentile(sorted_values: Sequence[int], q: int) -> int:
    """Nearest rank: the smallest value that at least q % of the values do not exceed."""
    n = len(sorted_values)
    rank = max(1, -(-q * n // 100))
    return sorted_values[rank - 1]


def _stats(sorted_values: Sequence[int]) -> Stats:
    n = len(sorted_values)
    mean = _round_fraction(Fraction(sum(sorted_values), n))
    return Stats(from_cents(mean), from_cents(sorted_values[0]), from_cents(sorted_values[-1]),
                 tuple((q, from_cents(_percentile(sorted_values, q))) for q in PERCENTILES))


def _outcome(key: str, name: str, simulated: bool, target_c: int, series: dict[str, list[int]],
             p_overrun: float, p_cap: float) -> tuple[PeriodOutcome, dict[str, list[int]]]:
    ordered = {k: sorted(v) for k, v in series.items()}
    actual = ordered["actual_cost"]
    outcome = PeriodOutcome(
        key=key, name=name, simulated=simulated, target_cost=from_cents(target_c),
        stats=tuple((k, _stats(ordered[k])) for k in SERIES),
        p_overrun=p_overrun, p_gain_cap=p_cap,
        contingency_p50=from_cents(_percentile(actual, 50) - target_c),
        contingency_p80=from_cents(_percentile(actual, 80) - target_c))
    return outcome, ordered


def period_score(plan: m.Plan, key: str) -> Fraction:
    """The KPI score a forecast period is simulated with: its own measured score, else the last measured
    period's before it, else 0."""
    in_order = _scores_carried(kpi_scores(plan))
    return in_order.get(key, in_order[None])


@identity_memo(size=2)
def _scores_carried(scores: dict) -> dict:
    """`period_score` of every period (and under None, of a key not among them), in one pass over the
    periods: asked period by period, a 64x plan walked its 256 periods' 384 metric scores for each of its
    128 forecast periods (0.7 s of the report)."""
    found = Fraction(0)
    carried: dict = {}
    for key, s in scores.items():  # (in period order)
        if any(ms.counts and ms.value is not None for ms in s.metric_scores):
            found = s.exact
        carried[key] = found
    carried[None] = found
    return carried


def _score_draws(rnd, draws: int, kpi_range: tuple[Decimal, Decimal]) -> list[int]:
    low = int(Fraction(kpi_range[0]) * SCORE_STEPS)
    high = int(Fraction(kpi_range[1]) * SCORE_STEPS)
    return [low + int(rnd() * (high - low + 1)) for _ in range(draws)]


def simulate(plan: m.Plan, draws: int = DEFAULT_DRAWS, seed: int = DEFAULT_SEED,
             kpi_range: tuple[Decimal, Decimal] | None = None,
             progress: Callable[[float], bool] | None = None) -> SimulationResult:
    """Draw and settle; `progress(fraction)` is called now and then and may return False to stop
    (Cancelled is raised). Raises ValueError for draws outside 1…MAX_DRAWS or a KPI range outside 0…1."""
    draws = int(draws)
    if not 1 <= draws <= MAX_DRAWS:
        raise ValueError("draws")
    if kpi_range is not None and not (0 <= kpi_range[0] <= kpi_range[1] <= 1):
        raise ValueError("kpi_range")

    def step(fraction: float) -> None:
        if progress is not None and progress(fraction) is False:
            raise Cancelled

    step(0.0)
    forecast, columns = draw_production(plan, draws, seed, lambda: step(0.0))
    step(0.2)
    score_rng = random.Random(f"{seed}/kpi")
    commercial = plan.commercial
    settled = settle_plan(plan)
    outcomes: list[PeriodOutcome] = []
    totals = {name: [0] * draws for name in SERIES}
    any_over = [False] * draws
    any_cap = [False] * draws
    fixed = {name: 0 for name in SERIES}
    forecast_index = {p.key: i for i, p in enumerate(forecast)}
    n_periods = max(1, len(commercial.periods))
    for j, (period, result) in enumerate(zip(commercial.periods, settled.periods)):
        i = forecast_index.get(period.key)
        if i is None:  # settled on its actuals: the same in every draw
            values = {"actual_cost": to_cents(result.actual_cost), "buyer_total_cost": to_cents(result.buyer_total_cost),
                      "producer_result": to_cents(result.producer_result),
                      "staff_bonus": to_cents(result.staff_bonus)}
            for k, v in values.items():
                fixed[k] += v
            over, cap = result.sanction.producer > 0 or result.overrun > 0, result.gain_cap_binding
            if over:
                any_over = [True] * draws
            if cap:
                any_cap = [True] * draws
            outcome, _ = _outcome(period.key, period.name, False, to_cents(result.target_cost),
                                  {k: [v] for k, v in values.items()}, float(over), float(cap))
            outcomes.append(outcome)
            step(0.2 + 0.7 * (j + 1) / n_periods)
            continue
        terms = Terms.of(commercial, period)
        if kpi_range is None:
            s = period_score(plan, period.key)
            score: tuple[int, int] | list[int] = (s.numerator, s.denominator)
        else:
            score = _score_draws(score_rng.random, draws, kpi_range)
        col = settle_column(terms, to_cents(period.target.fee), to_cents(period.target.overhead), columns[i], score,
                            flags=True)
        series = {k: getattr(col, k) for k in SERIES}
        for k in SERIES:
            totals[k] = list(map(add, totals[k], series[k]))
        any_over = [a or b for a, b in zip(any_over, col.overrun_flags)]
        any_cap = [a or b for a, b in zip(any_cap, col.capped_flags)]
        outcome, _ = _outcome(period.key, period.name, True, terms.target, series, col.overruns / draws,
                              col.capped / draws)
        outcomes.append(outcome)
        step(0.2 + 0.7 * (j + 1) / n_periods)
    for k in SERIES:
        if fixed[k]:
            totals[k] = [v + fixed[k] for v in totals[k]]
    target_c = to_cents(settled.totals.target_cost)
    contract, ordered = _outcome("", "", bool(forecast), target_c, totals, sum(any_over) / draws,
                                 sum(any_cap) / draws)
    step(1.0)
    return SimulationResult(seed=seed, draws=draws, kpi_range=kpi_range, periods=tuple(outcomes), contract=contract,
                            totals=tuple((k, array("q", ordered[k])) for k in SERIES))


# ---------------------------------------------------------------- sensitivity


@record
class TornadoBar:
    """One sharing parameter moved down and up by its step: the P50s of the contract at each end."""

    parameter: str  # "gain_cap", "gain_producer", "gain_staff", "gain_pool", "pain_producer", "pain_cap"
    low_value: Decimal  # the parameter's value moved down
    base_value: Decimal
    high_value: Decimal
    buyer_p50: tuple[Decimal, Decimal]  # (moved down, moved up): the buyer's P50 total cost
    producer_p50: tuple[Decimal, Decimal]  # the producer's P50 result


@record
class Tornado:
    buyer_p50: Decimal  # at the plan's own rules
    producer_p50: Decimal
    bars: tuple[TornadoBar, ...]
    percent_step: Decimal = PERCENT_STEP
    pain_cap_step: Decimal = PAIN_CAP_STEP


def _with_share(shares: tuple[tuple[str, Decimal], ...], party: str, value: Decimal,
                remainder: str = "buyer") -> tuple[tuple[str, Decimal], ...] | None:
    """The shares with `party` at `value` and the buyer taking the difference; None when out of 0…100."""
    d = dict(shares)
    delta = value - d.get(party, Decimal(0))
    rest = d.get(remainder, Decimal(0)) - delta
    if not (0 <= value <= 100 and 0 <= rest <= 100):
        return None
    d[party], d[remainder] = value, rest
    return tuple((k, d[k]) for k, _v in shares)


def _variants(c: m.Commercial) -> list[tuple[str, Decimal, list[tuple[Decimal, m.Commercial | None]]]]:
    """(parameter, base value, [(moved down value, rules), (moved up value, rules)]); rules None: not possible."""
    out = []
    step = PERCENT_STEP

    def moved(base: Decimal, make) -> list[tuple[Decimal, m.Commercial | None]]:
        return [(base - step, make(base - step)), (base + step, make(base + step))]

    base = c.gain_cap_percent
    out.append(("gain_cap", base, moved(base, lambda v: replace(c, gain_cap_percent=v) if 0 <= v <= 100 else None)))
    for party, name in (("producer", "gain_producer"), ("staff", "gain_staff"), ("effectiveness_pool", "gain_pool")):
        base = c.share("gain_share_percent", party)

        def make(v, party=party):
            shares = _with_share(c.gain_share_percent, party, v)
            return None if shares is None else replace(c, gain_share_percent=shares)
        out.append((name, base, moved(base, make)))
    base = c.share("pain_share_percent", "producer")

    def make_pain(v):
        shares = _with_share(c.pain_share_percent, "producer", v)
        return None if shares is None else replace(c, pain_share_percent=shares)
    out.append(("pain_producer", base, moved(base, make_pain)))
    if c.producer_pain_cap is not None:
        # as a factor of the cap (the fee or an amount), moved by PAIN_CAP_STEP %
        out.append(("pain_cap", Decimal(100), [(Decimal(100) - PAIN_CAP_STEP, _scaled_cap(c, -PAIN_CAP_STEP)),
                                               (Decimal(100) + PAIN_CAP_STEP, _scaled_cap(c, PAIN_CAP_STEP))]))
    return out


def _scaled_cap(c: m.Commercial, step: Decimal) -> m.Commercial:
    """The rules with the producer's pain cap scaled by (100 + step) % of each period's own cap."""
    return replace(c, producer_pain_cap=_CapScale((100 + step) / 100))


class _CapScale(Decimal):
    """A pain cap given as a factor of the plan's own cap (only inside the tornado)."""


def _terms(c: m.Commercial, base: m.Commercial, period: m.ServicePeriod) -> Terms:
    cap = c.producer_pain_cap
    if isinstance(cap, _CapScale):
        terms = Terms.of(base, period)
        return replace(terms, pain_cap=_round_fraction(Fraction(terms.pain_cap) * Fraction(cap)))
    return Terms.of(c, period)


def tornado(plan: m.Plan, draws: int = DEFAULT_DRAWS, seed: int = DEFAULT_SEED,
            kpi_range: tuple[Decimal, Decimal] | None = None,
            progress: Callable[[float], bool] | None = None) -> Tornado:
    """The contract's P50s (buyer's total cost, producer's result) with each sharing parameter moved down and
    up by its step (percentage points PERCENT_STEP for the gain cap and the shares, the buyer's share taking
    the difference; PAIN_CAP_STEP % of the producer's pain cap), on the same draws as `simulate`."""
    def check() -> None:
        if progress is not None and progress(0.0) is False:
            raise Cancelled

    forecast, columns = draw_production(plan, draws, seed, check)
    score_rng = random.Random(f"{seed}/kpi")
    scores = []
    for period in forecast:
        if kpi_range is None:
            s = period_score(plan, period.key)
            scores.append((s.numerator, s.denominator))
        else:
            scores.append(_score_draws(score_rng.random, draws, kpi_range))
    base_c = plan.commercial
    settled = settle_plan(plan)
    forecast_keys = {p.key for p in forecast}
    known = [(p, r) for p, r in zip(base_c.periods, settled.periods) if p.key not in forecast_keys]
    variants = _variants(base_c)
    jobs = 1 + 2 * len(variants)
    done = 0

    def p50s(c: m.Commercial) -> tuple[Decimal, Decimal]:
        nonlocal done
        buyer = [0] * draws
        result = [0] * draws
        fixed_b = fixed_r = 0
        for p, r in known:  # settled on actuals: settle again with these rules
            pr = _settle_known(c, base_c, p, r)
            fixed_b += pr[0]
            fixed_r += pr[1]
        for i, period in enumerate(forecast):
            check()
            col = settle_column(_terms(c, base_c, period), to_cents(period.target.fee),
                                to_cents(period.target.overhead), columns[i], scores[i])
            buyer = list(map(add, buyer, col.buyer_total_cost))
            result = list(map(add, result, col.producer_result))
        buyer.sort()
        result.sort()
        done += 1
        if progress is not None and progress(done / jobs) is False:
            raise Cancelled
        return (from_cents(_percentile(buyer, 50) + fixed_b), from_cents(_percentile(result, 50) + fixed_r))

    base_b, base_r = p50s(base_c)
    bars = []
    for name, base_value, ends in variants:
        lows, highs = ends
        got = [p50s(rules) if rules is not None else (base_b, base_r) for _v, rules in (lows, highs)]
        bars.append(TornadoBar(name, lows[0] if lows[1] is not None else base_value, base_value,
                               highs[0] if highs[1] is not None else base_value,
                               (got[0][0], got[1][0]), (got[0][1], got[1][1])))
    return Tornado(base_b, base_r, tuple(bars))


def _settle_known(c: m.Commercial, base: m.Commercial, period: m.ServicePeriod, result) -> tuple[int, int]:
    """(buyer's total, producer's result) in cents of a period settled on its actuals, under the rules `c`."""
    f = result.kpi_score_exact
    col = settle_column(_terms(c, base, period), to_cents(result.actual.fee), to_cents(result.actual.overhead),
                        [to_cents(result.actual.production)], (f.numerator, f.denominator))
    return col.buyer_total_cost[0], col.producer_result[0]


# ---------------------------------------------------------------- JSON


def _stats_json(s: Stats) -> dict:
    out = {"mean": money_json(s.mean), "min": money_json(s.minimum), "max": money_json(s.maximum)}
    out.update((f"p{q}", money_json(v)) for q, v in s.percentiles)
    return out


def _probability(p: float) -> Decimal:
    return Decimal(repr(round(p, 6))).normalize() if p else Decimal(0)


def _outcome_json(o: PeriodOutcome) -> dict:
    out: dict = {}
    if o.key:
        out["key"] = o.key
        out["simulated"] = o.simulated
    out["target_cost"] = money_json(o.target_cost)
    out.update((name, _stats_json(s)) for name, s in o.stats)
    out["probability_overrun"] = _probability(o.p_overrun)
    out["probability_gain_cap"] = _probability(o.p_gain_cap)
    out["contingency_p50"] = money_json(o.contingency_p50)
    out["contingency_p80"] = money_json(o.contingency_p80)
    return out


def result_to_json(result: SimulationResult, sensitivity: Tornado | None = None) -> dict:
    """The `simulate --json` object: seed and draws, each period's and the contract's distributions."""
    out: dict = {"seed": result.seed, "draws": result.draws,
                 "kpi_range": None if result.kpi_range is None else [Decimal(result.kpi_range[0]),
                                                                       Decimal(result.kpi_range[1])],
                 "percentile_rule": "nearest rank",
                 "periods": [_outcome_json(o) for o in result.periods],
                 "contract": _outcome_json(result.contract)}
    if sensitivity is not None:
        out["sensitivity"] = {
            "percent_step": sensitivity.percent_step, "pain_cap_step_percent": sensitivity.pain_cap_step,
            "buyer_total_cost_p50": money_json(sensitivity.buyer_p50),
            "producer_result_p50": money_json(sensitivity.producer_p50),
            "bars": [{"parameter": b.parameter, "low": b.low_value, "base": b.base_value, "high": b.high_value,
                      "buyer_total_cost_p50": [money_json(v) for v in b.buyer_p50],
                      "producer_result_p50": [money_json(v) for v in b.producer_p50]} for b in sensitivity.bars]}
    return out


def result_json_text(result: SimulationResult, sensitivity: Tornado | None = None) -> str:
    from .settlement import json_text

    return json_text(result_to_json(result, sensitivity)) + "\n"


def has_uncertainty(plan: m.Plan) -> bool:
    """True when some forecast period has an estimate range or some counting risk has money."""
    return any(p.estimate is not None for p in plan.commercial.periods) or any(counts(r) for r in plan.risks)


def cdf_points(sorted_cents: Sequence[int], points: int = 200) -> list[tuple[float, float]]:
    """(euros, cumulative share) for an S-curve, at most `points` points, from the sorted draws."""
    n = len(sorted_cents)
    if n == 0:
        return []
    step = max(1, n // points)
    idx = list(range(step - 1, n, step))
    if idx[-1] != n - 1:
        idx.append(n - 1)
    return [(sorted_cents[i] / 100.0, (i + 1) / n) for i in idx]


def histogram(sorted_cents: Sequence[int], bins: int = 30) -> tuple[float, float, list[int]]:
    """(lowest euros, bin width in euros, counts) of the draws."""
    lo, hi = sorted_cents[0] / 100.0, sorted_cents[-1] / 100.0
    if hi <= lo:
        return lo, 1.0, [len(sorted_cents)]
    width = (hi - lo) / bins
    out = [0] * bins
    for c in sorted_cents:
        k = int((c / 100.0 - lo) / width)
        out[min(k, bins - 1)] += 1
    return lo, width, out
