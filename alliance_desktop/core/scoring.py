"""KPI scoring: how well a service period met the metrics board's targets, as a score from 0 to 1.

For each metric the calibration in force in a period is the one with the latest
`from_period` at or before that period (in the order of `plan.commercial.periods`).
A metric counts when a calibration is in force and its weight is above zero. Its
score is

    clamp((value - threshold) / (target - threshold), 0, 1)

which works for both directions (for "lower is better" the target is below the
threshold, so both differences are negative). A counting metric without a
measurement for the period scores 0 and the period gets a warning. The period's
score is the weighted mean  sum(weight * score) / sum(weight),  0 when no metric counts.

The arithmetic is exact (fractions), so e.g. scaling every weight by the same factor
never changes a score; `PeriodScore.exact` keeps the exact value for the settlement
and `PeriodScore.score` is its 28-digit Decimal for display.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from math import gcd

from .derived import identity_memo
from .records import record
from ..i18n import language, translate
from . import model as m

ZERO_F = Fraction(0)
ONE_F = Fraction(1)


def fraction_to_decimal(value: Fraction) -> Decimal:
    """The fraction as a Decimal in the default context (28 significant digits)."""
    return Decimal(value.numerator) / Decimal(value.denominator)


@record
class MetricScore:
    """One metric's part in a period's score."""

    metric: str  # metric key
    name: str
    calibration: m.Calibration | None  # the calibration in force, None when none is
    value: Decimal | None  # the measurement, None when missing
    exact: Fraction  # the metric's score, 0..1
    counts: bool  # in the weighted mean (a calibration in force with weight > 0)

    @property
    def score(self) -> Decimal:
        return fraction_to_decimal(self.exact)

    @property
    def weight(self) -> Decimal:
        return self.calibration.weight if self.counts and self.calibration else Decimal(0)


@record
class PeriodScore:
    period: str  # period key
    exact: Fraction  # 0..1, exact
    metric_scores: tuple[MetricScore, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def score(self) -> Decimal:
        """The score as a 28-digit Decimal (0 <= score <= 1)."""
        return fraction_to_decimal(self.exact)


def metric_score(value: Decimal | None, threshold: Decimal, target: Decimal, direction: str = "lower_is_better"
                 ) -> Fraction:
    """clamp((value − threshold) / (target − threshold), 0, 1); a missing value scores 0.

    When threshold equals target (validation refuses that for weighted metrics) the metric is
    all-or-nothing: 1 when the value reaches the target in the metric's direction, else 0.
    """
    if value is None:
        return ZERO_F
    return _clamped(Fraction(value), Fraction(threshold), Fraction(target), direction)


def _clamped(v: Fraction, th: Fraction, tg: Fraction, direction: str) -> Fraction:
    if tg == th:
        met = v <= tg if direction == "lower_is_better" else v >= tg
        return ONE_F if met else ZERO_F
    share = (v - th) / (tg - th)
    if share.numerator <= 0:  # a Fraction's denominator is positive: cheaper than comparing fractions
        return ZERO_F
    return ONE_F if share.numerator >= share.denominator else share


def _positions(period_order: Sequence[str] | Mapping[str, int]) -> Mapping[str, int]:
    return period_order if isinstance(period_order, Mapping) else {key: i for i, key in enumerate(period_order)}


def calibration_in_force(metric: m.Metric, period_key: str,
                         period_order: Sequence[str] | Mapping[str, int]) -> m.Calibration | None:
    """The calibration with the latest from_period at or before the period; None if there is none.

    `period_order` is the period keys in order (or a key -> position mapping of them).
    Calibrations naming a period that is not in it never apply. With two calibrations
    from the same period (validation refuses that) the later one in the list wins.
    """
    index = _positions(period_order)
    here = index.get(period_key)
    if here is None:
        return None
    best: m.Calibration | None = None
    best_at = -1
    for cal in metric.calibrations:
        at = index.get(cal.from_period)
        if at is not None and best_at <= at <= here:
            best, best_at = cal, at
    return best


def calibrations_in_force(metric: m.Metric, period_order: Sequence[str]) -> tuple[m.Calibration | None, ...]:
    """`calibration_in_force(metric, key, period_order)` for every key of `period_order`, in its order, found in
    one pass over the periods (issue 16: the metrics board's sparklines asked for each of 256 periods of 384
    metrics, each call making the order's positions again)."""
    index = _positions(period_order)
    at = _in_force_by_position(metric, index, len(period_order))
    return tuple(at[index[key]] for key in period_order)


def _in_force_by_position(metric: m.Metric, index: Mapping[str, int], count: int) -> list[m.Calibration | None]:
    """The calibration in force at each position 0..count-1: the one with the latest from_period at or before
    it, the later in the list of two from the same period (as calibration_in_force)."""
    starts = sorted((index[cal.from_period], i, cal) for i, cal in enumerate(metric.calibrations)
                    if cal.from_period in index)
    result: list[m.Calibration | None] = []
    current: m.Calibration | None = None
    j = 0
    for here in range(count):
        while j < len(starts) and starts[j][0] <= here:
            current = starts[j][2]
            j += 1
        result.append(current)
    return result


def _ratio(x) -> tuple[int, int]:
    """The number as (numerator, denominator) in lowest terms, the denominator positive (as Fraction(x))."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        f = Fraction(x)
        return f.numerator, f.denominator


class _Memo:
    """What scoring several periods of one plan would otherwise convert again for every period:
    each metric's measurements as a dict, each calibration's levels as integers, the calibrations in force
    (one pass over the periods per metric when `positions` is given: kpi_scores), the warning's text."""

    def __init__(self, positions: Mapping[str, int] | None = None) -> None:
        self._values: dict[int, dict[str, Decimal]] = {}
        self._levels: dict[int, tuple[int, int, int, int, int, int, int]] = {}
        self._positions = positions
        self._in_force: dict[int, list[m.Calibration | None]] = {}
        self.missing_text: str | None = None

    def value(self, metric: m.Metric, period_key: str) -> Decimal | None:
        values = self._values.get(id(metric))
        if values is None:
            values = self._values[id(metric)] = dict(metric.measurements)
        return values.get(period_key)

    def in_force(self, metric: m.Metric, period_key: str, positions: Mapping[str, int]) -> m.Calibration | None:
        if self._positions is None:
            return calibration_in_force(metric, period_key, positions)
        here = self._positions.get(period_key)
        if here is None:
            return None
        cals = self._in_force.get(id(metric))
        if cals is None:
            cals = self._in_force[id(metric)] = _in_force_by_position(
                metric, self._positions, max(self._positions.values()) + 1)
        return cals[here]

    def levels(self, cal: m.Calibration) -> tuple[int, int, int, int, int, int, int]:
        """The weight as (wn, wd) and the threshold a1/b1 and target a2/b2 as (a1, b1, a2, b2, p) where
        p = a2·b1 − a1·b2, so that target − threshold = p / (b1·b2); denominators positive."""
        levels = self._levels.get(id(cal))
        if levels is None:
            wn, wd = _ratio(cal.weight)
            a1, b1 = _ratio(cal.threshold)
            a2, b2 = _ratio(cal.target)
            levels = self._levels[id(cal)] = (wn, wd, a1, b1, a2, b2, a2 * b1 - a1 * b2)
        return levels


def _share(n: int, d: int, levels: tuple[int, int, int, int, int, int, int], direction: str) -> Fraction:
    """_clamped(n/d, threshold, target, direction) in integers: the same value, a Fraction in lowest terms."""
    _wn, _wd, a1, b1, a2, b2, p = levels
    if p == 0:  # threshold == target: all or nothing
        met = n * b2 <= a2 * d if direction == "lower_is_better" else n * b2 >= a2 * d
        return ONE_F if met else ZERO_F
    # (n/d − a1/b1) / (p / (b1·b2)) = (n·b1 − a1·d)·b2 / (d·p)
    num, den = (n * b1 - a1 * d) * b2, d * p
    if den < 0:
        num, den = -num, -den
    if num <= 0:
        return ZERO_F
    return ONE_F if num >= den else Fraction(num, den)


def _share_ratio(n: int, d: int, levels: tuple[int, int, int, int, int, int, int], direction: str
                 ) -> tuple[int, int]:
    """_share as (numerator, denominator), not reduced: the same value, no Fraction made."""
    _wn, _wd, a1, b1, a2, b2, p = levels
    if p == 0:
        met = n * b2 <= a2 * d if direction == "lower_is_better" else n * b2 >= a2 * d
        return (1, 1) if met else (0, 1)
    num, den = (n * b1 - a1 * d) * b2, d * p
    if den < 0:
        num, den = -num, -den
    if num <= 0:
        return 0, 1
    return (1, 1) if num >= den else (num, den)


_new = object.__new__


def _metric_score(metric: str, name: str, calibration, value, exact: Fraction, counts: bool) -> MetricScore:
    """MetricScore(...) without the record's general __init__ (98 000 of them for a 64x plan's scores)."""
    part = _new(MetricScore)
    part.__dict__.update(metric=metric, name=name, calibration=calibration, value=value, exact=exact,
                         counts=counts)
    return part


def period_score(metrics: Iterable[m.Metric], period: m.ServicePeriod | str,
                 period_order: Sequence[str] | Mapping[str, int], period_name: str | None = None,
                 previous: tuple[Sequence[m.Metric], PeriodScore] | None = None) -> PeriodScore:
    """The weighted KPI score of one period, with each metric's part and warnings.

    `previous`: (the metrics, the score) of this period computed before with the same period order; the
    part of a metric that is the very same object at the same place is taken from it (a part reads only
    its metric, the period and the order), not computed again (issue 16: an edit of one measurement)."""
    return _period_score(metrics, period, _positions(period_order), period_name, _Memo(), previous)


# The period scores made last, for one metrics section (identity), period order and language: the metrics
# board (period by period) and kpi_scores (the commercial view, the report) share them instead of each
# scoring the periods again (16x: 64 periods x 96 metrics with fractions on the commercial view's first visit
# after the board's). Replaced whole when another metrics section, order or language comes.
_shared: tuple[object, tuple, str, dict] = (None, (), "", {})


def _period_score(metrics: Iterable[m.Metric], period: m.ServicePeriod | str, positions: Mapping[str, int],
                  period_name: str | None, memo: _Memo,
                  previous: tuple[Sequence[m.Metric], PeriodScore] | None = None) -> PeriodScore:
    global _shared
    if isinstance(period, m.ServicePeriod):
        key, name = period.key, period_name or period.name or period.key
    else:
        key, name = period, period_name or period
    if not isinstance(metrics, tuple):
        return _score_period(metrics, key, name, positions, memo, previous)
    shared, order, lang = _shared, tuple(positions), language()
    if shared[0] is not metrics or shared[1] != order or shared[2] != lang:
        shared = (metrics, order, lang, {})
    score = shared[3].get((key, name))
    if score is None:
        score = shared[3][(key, name)] = _score_period(metrics, key, name, positions, memo, previous)
    _shared = shared
    return score


def _score_period(metrics: Iterable[m.Metric], key: str, name: str, positions: Mapping[str, int], memo: _Memo,
                  previous: tuple[Sequence[m.Metric], PeriodScore] | None) -> PeriodScore:
    # In integers, not fractions (issue 16: a 64x plan's scores from nothing made 480 000 Fraction objects): the
    # weights' sum sn/sd and the weighted sum an/ad, each denominator the least common multiple of its terms',
    # reduced once at the end by Fraction(); the result is the same fraction in lowest terms.
    old_metrics, old_parts = (previous[0], previous[1].metric_scores) if previous is not None else ((), ())
    parts: list[MetricScore] = []
    warnings: list[str] = []
    an, ad, sn, sd = 0, 1, 0, 1
    for i, metric in enumerate(metrics):
        if i < len(old_metrics) and old_metrics[i] is metric and i < len(old_parts):
            part = old_parts[i]
            cal, value, exact, counts = part.calibration, part.value, part.exact, part.counts
            parts.append(part)
        else:
            cal = memo.in_force(metric, key, positions)
            value = memo.value(metric, key)
            exact = ZERO_F
            counts = False
            if cal is not None:
                levels = memo.levels(cal)
                counts = levels[0] > 0
                if value is not None:
                    n, d = _ratio(value)
                    exact = _share(n, d, levels, metric.direction)
            parts.append(_metric_score(metric.key, metric.name, cal, value, exact, counts))
        if counts:
            wn, wd = memo.levels(cal)[:2]
            if wd == sd:
                sn += wn
            else:
                g = gcd(sd, wd)
                sn, sd = sn * (wd // g) + wn * (sd // g), sd // g * wd
            en = exact.numerator
            if en:
                tn, td = wn * en, wd * exact.denominator
                if td == ad:
                    an += tn
                else:
                    g = gcd(ad, td)
                    an, ad = an * (td // g) + tn * (ad // g), ad // g * td
            if value is None:
                if memo.missing_text is None:
                    memo.missing_text = translate(
                        "Scoring", "No measurement of “{metric}” for period “{period}”: it scores 0.")
                warnings.append(memo.missing_text.format(metric=metric.name or metric.key, period=name))
    if sn == 0:
        warnings.append(translate("Scoring", "No metric counts in period “{period}”: the KPI score is 0.").format(period=name))
        total = ZERO_F
    else:
        total = Fraction(an * sd, ad * sn) if an else ZERO_F
    return PeriodScore(key, total, tuple(parts), tuple(warnings))


def kpi_scores(plan: m.Plan) -> dict[str, PeriodScore]:
    """Every service period's KPI score, by period key, in period order.

    Computed once per plan state (core/derived.py): the scores read the metrics and the periods'
    keys, order and names (not their money), so plans sharing the metrics section object and the
    periods' names share one result. The result is shared: do not change it."""
    return _kpi_scores(plan.metrics, tuple((p.key, p.name) for p in plan.commercial.periods), language())


# two plan states (the one shown, and the one undo or redo goes to): 39 MiB each at 64x, less as
# they share the scores of the periods an edit leaves
@identity_memo(size=2, by_value=(1, 2))
def _kpi_scores(metrics: tuple[m.Metric, ...], periods: tuple[tuple[str, str], ...],
                language: str) -> dict[str, PeriodScore]:
    """(The warnings are in `language`.) The periods an edit leaves keep the last result's scores."""
    global _last
    positions = {key: i for i, (key, _name) in enumerate(periods)}
    memo = _Memo(positions)
    last = _last
    comparable = last is not None and last[1:3] == (periods, language)
    same = _unchanged_periods(last[0], metrics, periods) if comparable else set()
    if comparable:
        result = {key: last[3][key] if key in same else _period_score(
                      metrics, key, positions, name or None, memo, (last[0], last[3][key]))
                  for key, name in periods}
    else:  # from nothing: metric by metric over every period (the board's scores of this state reused)
        result = _score_fresh(metrics, [(key, name or key) for key, name in periods], positions, memo)
    _last = (metrics, periods, language, result)
    return result


def _score_fresh(metrics: tuple[m.Metric, ...], periods: list[tuple[str, str]], positions: Mapping[str, int],
                 memo: _Memo) -> dict[str, PeriodScore]:
    """The scores of the periods (key, name shown) as _period_score gives them one by one, in their order:
    those in the shared scores taken from there, the others computed together (_score_many) and shared."""
    global _shared
    shared, order, lang = _shared, tuple(positions), language()
    if shared[0] is not metrics or shared[1] != order or shared[2] != lang:
        shared = (metrics, order, lang, {})
    known = shared[3]
    todo = [(key, name) for key, name in periods if (key, name) not in known]
    for (key, name), score in zip(todo, _score_many(metrics, todo, positions, memo)):
        known[(key, name)] = score
    _shared = shared
    return {key: known[(key, name)] for key, name in periods}


class _Parts(Sequence):
    """A period's metric parts (PeriodScore.metric_scores) from kpi_scores, made when first read (issue 16: the
    Commercial view's first visit reads only the periods' scores; at 64x the 98 000 parts were 40 % of their
    time and their objects two full garbage collections). Behaves as the tuple it stands for: the same items,
    equal to and hashed as that tuple. Thread-safe: two threads reading at once may both make it."""

    def __init__(self, metrics: tuple[m.Metric, ...], key: str, name: str, positions: Mapping[str, int],
                 first_measured: int | None) -> None:
        self._metrics, self._key, self._name, self._positions = metrics, key, name, positions
        self._first_measured = first_measured  # the first counting metric measured in the period
        self._made: tuple[MetricScore, ...] | None = None

    def _all(self) -> tuple[MetricScore, ...]:
        made = self._made
        if made is None:
            made = self._made = _score_period(self._metrics, self._key, self._name, self._positions, _Memo(),
                                              None).metric_scores
        return made

    def first_measured(self) -> MetricScore | None:
        if self._first_measured is None:
            return None
        if self._made is not None:
            return self._made[self._first_measured]
        metric = self._metrics[self._first_measured]
        return _score_period((metric,), self._key, self._name, self._positions, _Memo(), None).metric_scores[0]

    def __len__(self) -> int:
        return len(self._metrics)

    def __getitem__(self, index):
        return self._all()[index]

    def __iter__(self):
        return iter(self._all())

    def __eq__(self, other) -> bool:
        if isinstance(other, _Parts):
            return self._all() == other._all()
        if isinstance(other, tuple):
            return self._all() == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._all())

    def __repr__(self) -> str:
        return repr(self._all())


def first_measured(score: PeriodScore) -> MetricScore | None:
    """The first part (in the metrics' order) of a metric that counts and has a measurement; None if none
    has: next(ms for ms in score.metric_scores if ms.counts and ms.value is not None), without making the
    other parts of a score from kpi_scores."""
    parts = score.metric_scores
    if isinstance(parts, _Parts):
        return parts.first_measured()
    return next((ms for ms in parts if ms.counts and ms.value is not None), None)


def _score_many(metrics: tuple[m.Metric, ...], periods: list[tuple[str, str]], positions: Mapping[str, int],
                memo: _Memo) -> list[PeriodScore]:
    """_score_period of each period (key, name shown) with no previous score, computed metric by metric: each
    metric's measurements, calibrations in force and levels looked up once for all the periods (issue 16: a
    64x plan's 256 periods x 384 metrics from nothing). The periods' parts are made when first read
    (_Parts); their scores and warnings here, in integers."""
    n = len(periods)
    count = max(positions.values()) + 1 if positions else 0
    here = [positions[key] for key, _name in periods]
    first: list[int | None] = [None] * n
    warnings: list[list[str]] = [[] for _ in range(n)]
    an, ad, sn, sd = [0] * n, [1] * n, [0] * n, [1] * n
    missing_text = None
    for i, metric in enumerate(metrics):
        at = _in_force_by_position(metric, positions, count)
        values = dict(metric.measurements)
        mkey, mname, direction = metric.key, metric.name, metric.direction
        label = mname or mkey
        around: list[str] | None = None  # the missing-measurement warning around its period name
        levels_of: dict[int, tuple] = {}
        for j, (key, name) in enumerate(periods):
            cal = at[here[j]]
            if cal is None:
                continue
            levels = levels_of.get(id(cal))
            if levels is None:
                levels = levels_of[id(cal)] = memo.levels(cal)
            wn, wd = levels[0], levels[1]
            if wn <= 0:  # does not count
                continue
            if wd == sd[j]:
                sn[j] += wn
            else:
                g = gcd(sd[j], wd)
                sn[j], sd[j] = sn[j] * (wd // g) + wn * (sd[j] // g), sd[j] // g * wd
            value = values.get(key)
            if value is None:
                if around is None:
                    if missing_text is None:
                        missing_text = translate(
                            "Scoring", "No measurement of “{metric}” for period “{period}”: it scores 0.")
                    around = missing_text.format(metric=label, period="\0").split("\0")
                # (the text formatted once per metric; joined with the period's name: the same text)
                warnings[j].append(around[0] + name + around[1] if len(around) == 2 else
                                   missing_text.format(metric=label, period=name))
                continue
            if first[j] is None:
                first[j] = i
            nn, dd = _ratio(value)
            en, ed = _share_ratio(nn, dd, levels, direction)
            if en:
                tn, td = wn * en, wd * ed
                if td == ad[j]:
                    an[j] += tn
                else:
                    g = gcd(ad[j], td)
                    an[j], ad[j] = an[j] * (td // g) + tn * (ad[j] // g), ad[j] // g * td
    result = []
    for j, (key, name) in enumerate(periods):
        if sn[j] == 0:
            warnings[j].append(translate(
                "Scoring", "No metric counts in period “{period}”: the KPI score is 0.").format(period=name))
            total = ZERO_F
        else:
            total = Fraction(an[j] * sd[j], ad[j] * sn[j]) if an[j] else ZERO_F
        result.append(PeriodScore(key, total, _Parts(metrics, key, name, positions, first[j]), tuple(warnings[j])))
    return result


_last: tuple | None = None  # the metrics, periods, language and scores computed last (an edit starts from them)


def _unchanged_periods(old: tuple[m.Metric, ...], new: tuple[m.Metric, ...],
                       periods: tuple[tuple[str, str], ...]) -> set[str]:
    """The periods whose score cannot differ between the two metrics sections (the same periods):
    every metric the same object, or changed only in measurements of other periods. A metric added,
    removed, moved, renamed, or with other calibrations or direction: none."""
    if len(old) != len(new):
        return set()
    keys = {key for key, _name in periods}
    for a, b in zip(old, new):
        if a is b:
            continue
        if (a.key, a.name, a.direction, a.calibrations) != (b.key, b.name, b.direction, b.calibrations):
            return set()
        before, after = dict(a.measurements), dict(b.measurements)
        keys -= {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
    return keys
