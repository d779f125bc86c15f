"""Shared pieces of the metrics view: number and score text, states and their colours, cards."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ... import i18n
from ...core.formatting import format_number, format_percent, parse_number
from ...core.scoring import MetricScore
from .. import theme
from ..widgets import Card  # noqa: F401 - the views import it from here

# A metric's state in a period, as its traffic light shows it.
GOOD = "good"  # the target is reached: 100 %
PARTIAL = "partial"  # between the threshold and the target
BAD = "bad"  # the threshold is not reached: 0 %
MISSING = "missing"  # counts, but there is no measurement: scores 0
RETIRED = "retired"  # weight 0 from a period on
NOT_CALIBRATED = "not_calibrated"  # no calibration in force yet

HUNDRED = Decimal(100)


def lang() -> str:
    return i18n.language()


def number_text(value: Decimal | None) -> str:
    """A measurement or level as typed and shown: "1 234,5" (fi), "1,234.5" (en); "" for None."""
    if value is None:
        return ""
    return format_number(value, None, lang())


def value_text(value: Decimal | None, unit: str) -> str:
    if value is None:
        return "—"
    text = number_text(value)
    return f"{text}\u00a0{unit}" if unit else text


def parse_user_number(text: str) -> Decimal:
    """A number typed by the user in the current language; raises PlanError with a translated message."""
    return parse_number(text, lang())


def score_percent(score: Fraction | Decimal) -> Decimal:
    """A 0..1 score in percent, one decimal, never showing 100 % or 0 % for what is not exactly that."""
    exact = Fraction(score)
    value = (Decimal(exact.numerator) * HUNDRED / Decimal(exact.denominator)).quantize(
        Decimal("0.1"), rounding=ROUND_HALF_UP)
    if value == HUNDRED and exact < 1:
        value = Decimal("99.9")
    if value == 0 and exact > 0:
        value = Decimal("0.1")
    return value


def score_text(score: Fraction | Decimal) -> str:
    """"72,4 %" / "100 %": a score as the board shows it."""
    return format_percent(score_percent(score), None, lang())


def weight_text(weight: Decimal) -> str:
    return format_percent(weight, None, lang())


def direction_title(direction: str) -> str:
    if direction == "higher_is_better":
        return QCoreApplication.translate("Metrics", "Higher is better")
    return QCoreApplication.translate("Metrics", "Lower is better")


def direction_arrow(direction: str) -> str:
    return "↑" if direction == "higher_is_better" else "↓"


def state_of(part: MetricScore) -> str:
    cal = part.calibration
    if cal is None:
        return NOT_CALIBRATED
    if not part.counts:
        return RETIRED
    if part.value is None:
        return MISSING
    if part.exact >= 1:
        return GOOD
    if part.exact <= 0:
        return BAD
    return PARTIAL


def state_title(state: str) -> str:
    return {
        GOOD: QCoreApplication.translate("Metrics", "Target reached"),
        PARTIAL: QCoreApplication.translate("Metrics", "Between threshold and target"),
        BAD: QCoreApplication.translate("Metrics", "Threshold not reached"),
        MISSING: QCoreApplication.translate("Metrics", "No measurement: scores 0"),
        RETIRED: QCoreApplication.translate("Metrics", "Retired: weight 0"),
        NOT_CALIBRATED: QCoreApplication.translate("Metrics", "Not calibrated for this period"),
    }[state]


def state_colour(state: str) -> QColor:
    return QColor({GOOD: theme.GOOD, PARTIAL: theme.WARN, BAD: theme.BAD}.get(state, theme.MUTED))


def series_colours() -> list[QColor]:
    """Distinct colours for metrics in a stacked weight bar, from the theme's role colours."""
    base = [QColor(c) for c in (theme.ACCENT, *theme.ROLE_COLOURS.values())]
    seen, colours = set(), []
    for c in base:
        if c.name() not in seen:
            seen.add(c.name())
            colours.append(c)
    return colours + [c.lighter(135) for c in colours]


scaled_font = theme.scaled_font  # one definition, in the theme


