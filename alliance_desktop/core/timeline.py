"""The phase timeline without Qt: rows, scale and ticks, Finnish public holidays, warnings, edits.

The screen (ui/timeline) and any printed timeline draw the same picture from here:

* `rows(plan)` orders phases, sub-steps, markers and the service periods into rows (y positions);
* `Scale` maps dates to x (pixels per day), `ticks()` chooses the tick unit by pixels per day so
  that labels never overlap (day, week, month, short month, quarter, year, 2/5/10 years);
* `finnish_holidays(year)` lists the public holidays (Easter by the Gregorian computus);
* `warnings(plan)` explains in words what looks wrong (soft rules; hard rules are in validation);
* the edit functions are pure: plan in, new plan out (for `Document.apply`).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import math
import re
import threading
from collections.abc import Callable, Iterable
from functools import lru_cache

from .derived import identity_memo
from .records import record
from ..i18n import language, translate
from . import model as m
from .edits import unique_key
from .errors import PlanError, shown
from .formatting import format_date

DAY = _dt.timedelta(days=1)
DEFAULT_MIN_TENDER_DAYS = 30

# ---------------------------------------------------------------- names


def month_name(month: int) -> str:
    """Full month name in the current language ("tammikuu" / "January")."""
    names = (
        translate("Timeline", "January"), translate("Timeline", "February"), translate("Timeline", "March"),
        translate("Timeline", "April"), translate("Timeline", "May"), translate("Timeline", "June"),
        translate("Timeline", "July"), translate("Timeline", "August"), translate("Timeline", "September"),
        translate("Timeline", "October"), translate("Timeline", "November"), translate("Timeline", "December"),
    )
    return names[month - 1]


def month_short(month: int) -> str:
    """Short month name ("tammi" / "Jan")."""
    names = (
        translate("TimelineShort", "Jan"), translate("TimelineShort", "Feb"), translate("TimelineShort", "Mar"),
        translate("TimelineShort", "Apr"), translate("TimelineShort", "May"), translate("TimelineShort", "Jun"),
        translate("TimelineShort", "Jul"), translate("TimelineShort", "Aug"), translate("TimelineShort", "Sep"),
        translate("TimelineShort", "Oct"), translate("TimelineShort", "Nov"), translate("TimelineShort", "Dec"),
    )
    return names[month - 1]


def weekday_short(day: _dt.date) -> str:
    names = (
        translate("Timeline", "Mon"), translate("Timeline", "Tue"), translate("Timeline", "Wed"),
        translate("Timeline", "Thu"), translate("Timeline", "Fri"), translate("Timeline", "Sat"),
        translate("Timeline", "Sun"),
    )
    return names[day.weekday()]


def kind_title(kind: str) -> str:
    """A phase kind or marker kind in words."""
    return {
        "strategy": translate("Timeline", "Strategy phase"),
        "tendering": translate("Timeline", "Tendering and formation phase"),
        "development": translate("Timeline", "Development phase"),
        "service": translate("Timeline", "Service phase"),
        "step": translate("Timeline", "Step"),
        "other": translate("Timeline", "Other phase"),
        "milestone": translate("Timeline", "Milestone"),
        "deadline": translate("Timeline", "Deadline"),
        "event": translate("Timeline", "Event"),
        "gate": translate("Timeline", "Decision gate"),
    }.get(kind, kind)


def state_title(state: str) -> str:
    return {
        "": translate("Timeline", "Not decided"),
        "pending": translate("Timeline", "Not decided"),
        "go": translate("Timeline", "Go"),
        "withdraw": translate("Timeline", "Withdraw"),
        "done": translate("Timeline", "Done"),
    }.get(state, state)


# A milestone or a deadline may be marked done (state "done"); a gate is decided (go / withdraw).
DONE_KINDS = ("milestone", "deadline")


# ---------------------------------------------------------------- Finnish public holidays


def easter_sunday(year: int) -> _dt.date:
    """Easter Sunday in the Gregorian calendar (anonymous Gregorian computus, Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * mm + 114, 31)
    return _dt.date(year, month, day + 1)


def _weekday_in(year: int, month: int, first_day: int, weekday: int) -> _dt.date:
    """The first `weekday` (0 = Monday) on or after first_day.month.year."""
    d = _dt.date(year, month, first_day)
    return d + DAY * ((weekday - d.weekday()) % 7)


HOLIDAY_KEYS = (
    "new_year", "epiphany", "good_friday", "easter", "easter_monday", "may_day", "ascension", "whitsun",
    "midsummer_eve", "midsummer", "all_saints", "independence", "christmas_eve", "christmas", "boxing_day",
)


@lru_cache(maxsize=256)
def _holidays(year: int) -> tuple[tuple[_dt.date, str], ...]:
    easter = easter_sunday(year)
    days = (
        (_dt.date(year, 1, 1), "new_year"),
        (_dt.date(year, 1, 6), "epiphany"),
        (easter - 2 * DAY, "good_friday"),
        (easter, "easter"),
        (easter + DAY, "easter_monday"),
        (_dt.date(year, 5, 1), "may_day"),
        (easter + 39 * DAY, "ascension"),
        (easter + 49 * DAY, "whitsun"),
        (_weekday_in(year, 6, 19, 4), "midsummer_eve"),  # Friday 19.–25.6.
        (_weekday_in(year, 6, 20, 5), "midsummer"),  # Saturday 20.–26.6.
        (_weekday_in(year, 10, 31, 5), "all_saints"),  # Saturday 31.10.–6.11.
        (_dt.date(year, 12, 6), "independence"),
        (_dt.date(year, 12, 24), "christmas_eve"),
        (_dt.date(year, 12, 25), "christmas"),
        (_dt.date(year, 12, 26), "boxing_day"),
    )
    return tuple(sorted(days, key=lambda pair: pair[0]))


def holiday_list(year: int) -> tuple[tuple[_dt.date, str], ...]:
    """All 15 Finnish public holidays (with the de facto days off Midsummer Eve and Christmas Eve) of a year,
    as (date, key) in date order. Two can fall on one day (Ascension Day on May Day, e.g. 2008)."""
    return _holidays(year)


def finnish_holidays(year: int) -> dict[_dt.date, str]:
    """The holidays of a year by date: date -> key (the first one, when two share a day)."""
    table: dict[_dt.date, str] = {}
    for day, key in _holidays(year):
        table.setdefault(day, key)
    return table


def holiday_name(key: str) -> str:
    return {
        "new_year": translate("Timeline", "New Year's Day"),
        "epiphany": translate("Timeline", "Epiphany"),
        "good_friday": translate("Timeline", "Good Friday"),
        "easter": translate("Timeline", "Easter Sunday"),
        "easter_monday": translate("Timeline", "Easter Monday"),
        "may_day": translate("Timeline", "May Day"),
        "ascension": translate("Timeline", "Ascension Day"),
        "whitsun": translate("Timeline", "Whit Sunday"),
        "midsummer_eve": translate("Timeline", "Midsummer Eve"),
        "midsummer": translate("Timeline", "Midsummer Day"),
        "all_saints": translate("Timeline", "All Saints' Day"),
        "independence": translate("Timeline", "Independence Day"),
        "christmas_eve": translate("Timeline", "Christmas Eve"),
        "christmas": translate("Timeline", "Christmas Day"),
        "boxing_day": translate("Timeline", "St Stephen's Day"),
    }[key]


def holiday_on(day: _dt.date) -> str:
    """The holiday's name on that day (two joined with " / "), or ""."""
    return " / ".join(holiday_name(key) for d, key in _holidays(day.year) if d == day)


def is_day_off(day: _dt.date) -> bool:
    return day.weekday() >= 5 or day in finnish_holidays(day.year)


def days_off(first: _dt.date, last: _dt.date) -> list[tuple[_dt.date, str]]:
    """Weekends ("weekend") and holidays (their key) from first to last inclusive, in date order."""
    out: list[tuple[_dt.date, str]] = []
    if last < first:
        return out
    holidays: dict[_dt.date, str] = {}
    for year in range(first.year, last.year + 1):
        holidays.update(finnish_holidays(year))
    d = first
    while d <= last:
        key = holidays.get(d)
        if key:
            out.append((d, key))
        elif d.weekday() >= 5:
            out.append((d, "weekend"))
        d += DAY
    return out


# ---------------------------------------------------------------- scale and zoom

MIN_PX_PER_DAY = 0.08  # about 45 years on a wide screen
MAX_PX_PER_DAY = 64.0  # a day wide enough for "ma 31"
ZOOM_STEP = 1.25
ZOOM_LEVELS = tuple(
    round(MIN_PX_PER_DAY * ZOOM_STEP ** i, 4)
    for i in range(int(math.log(MAX_PX_PER_DAY / MIN_PX_PER_DAY, ZOOM_STEP)) + 1)
)


def clamp_zoom(px_per_day: float) -> float:
    return min(MAX_PX_PER_DAY, max(MIN_PX_PER_DAY, px_per_day))


def zoom_in(px_per_day: float) -> float:
    """The next zoom level in (bigger days)."""
    for level in ZOOM_LEVELS:
        if level > px_per_day * 1.001:
            return level
    return MAX_PX_PER_DAY


def zoom_out(px_per_day: float) -> float:
    for level in reversed(ZOOM_LEVELS):
        if level < px_per_day / 1.001:
            return level
    return MIN_PX_PER_DAY


def fit_zoom(first: _dt.date, last: _dt.date, width: float) -> float:
    """Pixels per day that fit first..last (inclusive) into `width`."""
    days = max(1, (last - first).days + 1)
    return clamp_zoom(width / days)


@record
class Scale:
    """x = days since `origin` × `px_per_day` (+ `left`). A bar covers whole days: its end date is inclusive."""

    origin: _dt.date
    px_per_day: float
    left: float = 0.0

    def x(self, day: _dt.date) -> float:
        return self.left + (day - self.origin).days * self.px_per_day

    def x_end(self, day: _dt.date) -> float:
        """The right edge of a day (where a bar ending on that day stops)."""
        return self.x(day) + self.px_per_day

    def x_time(self, day: _dt.date, time: str = "") -> float:
        """A point in time: the day's start plus the time of day (noon when none is given)."""
        minutes = 12 * 60
        if time:
            h, _, mm = time.partition(":")
            minutes = int(h) * 60 + int(mm or 0)
        return self.x(day) + self.px_per_day * minutes / 1440

    def day_at(self, x: float) -> _dt.date:
        return self.origin + DAY * math.floor((x - self.left) / self.px_per_day)

    def days(self, dx: float) -> int:
        """A horizontal distance in whole days (snapping)."""
        return int(round(dx / self.px_per_day))


# ---------------------------------------------------------------- ticks


@record
class Tick:
    start: _dt.date
    end: _dt.date  # exclusive: the next tick's start
    label: str
    major: bool = False  # a boundary of the upper row too (drawn stronger)


@record
class Ticks:
    unit: str  # the lower row's unit: day | week | month | month_short | month_number | quarter | year | year2 | ...
    upper: tuple[Tick, ...]
    lower: tuple[Tick, ...]


UNITS = ("day", "week", "month", "month_short", "month_number", "quarter", "year", "year2", "year5", "year10")
_UNIT_MIN_DAYS = {"day": 1, "week": 7, "month": 28, "month_short": 28, "month_number": 28, "quarter": 90, "year": 365,
                  "year2": 730, "year5": 1826, "year10": 3652}


def estimate_width(text: str) -> float:
    """A font-free width guess (about 9 pt); the screen passes real font metrics instead."""
    return 7.0 * len(text)


def _month_start(d: _dt.date) -> _dt.date:
    return d.replace(day=1)


def _add_months(d: _dt.date, months: int) -> _dt.date:
    y, mo = divmod(d.month - 1 + months, 12)
    return _dt.date(d.year + y, mo + 1, 1)


def _unit_start(unit: str, d: _dt.date) -> _dt.date:
    if unit == "day":
        return d
    if unit == "week":
        return d - DAY * d.weekday()
    if unit in ("month", "month_short", "month_number", "month_year"):
        return _month_start(d)
    if unit == "quarter":
        return _dt.date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
    if unit == "decade":
        return _dt.date(d.year - d.year % 10, 1, 1)
    step = {"year": 1, "year2": 2, "year5": 5, "year10": 10}[unit]
    return _dt.date(d.year - d.year % step, 1, 1)


def _unit_next(unit: str, d: _dt.date) -> _dt.date:
    if unit == "day":
        return d + DAY
    if unit == "week":
        return d + 7 * DAY
    if unit in ("month", "month_short", "month_number", "month_year"):
        return _add_months(d, 1)
    if unit == "quarter":
        return _add_months(d, 3)
    step = {"year": 1, "year2": 2, "year5": 5, "year10": 10, "decade": 10}[unit]
    return _dt.date(d.year + step, 1, 1)


def _label(unit: str, d: _dt.date) -> str:
    if unit == "day":
        return str(d.day)
    if unit == "week":
        return translate("Timeline", "W{number}").format(number=d.isocalendar()[1])
    if unit == "month":
        return month_name(d.month)
    if unit == "month_short":
        return month_short(d.month)
    if unit == "month_number":
        return str(d.month)
    if unit == "month_year":
        return translate("Timeline", "{month} {year}").format(month=month_name(d.month), year=d.year)
    if unit == "quarter":
        return translate("Timeline", "Q{number}").format(number=(d.month - 1) // 3 + 1)
    if unit == "decade":
        return translate("Timeline", "{decade}s").format(decade=d.year)
    return str(d.year)


def _upper_unit(unit: str) -> str:
    return {"day": "month_year", "week": "month_year", "month": "year", "month_short": "year",
            "month_number": "year", "quarter": "year", "year": "decade"}.get(unit, "")


def _sample_labels(unit: str) -> list[str]:
    """The widest labels a unit can have (independent of the visible range, so the unit does not flicker)."""
    if unit == "day":
        return ["28", "30", "31"]
    if unit == "week":
        return [_label("week", _dt.date(2026, 12, 21))]  # week 52
    if unit in ("month", "month_short"):
        return [_label(unit, _dt.date(2026, mo, 1)) for mo in range(1, 13)]
    if unit == "quarter":
        return [_label(unit, _dt.date(2026, 10, 1))]
    if unit == "month_number":
        return ["10", "11", "12"]
    return ["2030"]


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _fits(unit: str, px_per_day: float, measure: Callable[[str], float], padding: float) -> bool:
    if unit in ("month", "month_short"):  # each month's name in its own month's width
        return all(measure(_label(unit, _dt.date(2026, mo, 1))) + padding <= _MONTH_DAYS[mo - 1] * px_per_day
                   for mo in range(1, 13))
    return max(measure(t) for t in _sample_labels(unit)) + padding <= _UNIT_MIN_DAYS[unit] * px_per_day


def choose_unit(px_per_day: float, measure: Callable[[str], float] = estimate_width, padding: float = 8.0) -> str:
    """The finest unit whose labels all fit into their cells (so labels never overlap)."""
    for unit in UNITS:
        if _fits(unit, px_per_day, measure, padding):
            return unit
    return UNITS[-1]


def _series(unit: str, first: _dt.date, last: _dt.date) -> list[Tick]:
    out: list[Tick] = []
    d = _unit_start(unit, first)
    while d <= last:
        nxt = _unit_next(unit, d)
        out.append(Tick(d, nxt, _label(unit, d)))
        d = nxt
    return out


def ticks(px_per_day: float, first: _dt.date, last: _dt.date,
          measure: Callable[[str], float] = estimate_width, unit: str = "") -> Ticks:
    """Two rows of scale ticks covering first..last: the unit (lower) and its context (upper, e.g. years).

    `unit` skips choosing one (a painter that already chose it for this zoom)."""
    unit = unit or choose_unit(px_per_day, measure)
    return _ticks(unit, first, last, language())


@identity_memo(size=8, by_value=(0, 1, 2, 3))
def _ticks(unit: str, first: _dt.date, last: _dt.date, _language: str) -> Ticks:
    """The scale of a unit over first..last, once per zoom and extent (an edit inside the extent, or
    an undo, finds it); the labels are in the language given."""
    upper_unit = _upper_unit(unit)
    upper = _series(upper_unit, first, last) if upper_unit else []
    boundaries = {t.start for t in upper}
    lower = [dataclasses.replace(t, major=t.start in boundaries) for t in _series(unit, first, last)]
    return Ticks(unit, tuple(upper), tuple(lower))


# ---------------------------------------------------------------- rows

ROW_HEIGHTS = {"phase": 29, "step": 24, "marker": 22, "periods": 24}


@record
class Row:
    kind: str  # phase | step | marker | periods
    key: str  # phase or marker key ("" for the periods row)
    depth: int
    index: int
    y: float
    height: float
    group: str = ""  # the top-level phase this row belongs to (for banding)


def _phase_depths(plan: m.Plan) -> dict[str, int]:
    by_key = {p.key: p for p in plan.phases}
    depths: dict[str, int] = {}
    for p in plan.phases:
        seen: set[str] = set()
        depth, cur = 0, p
        while cur.parent and cur.parent in by_key and cur.key not in seen:
            seen.add(cur.key)
            cur = by_key[cur.parent]
            depth += 1
        depths[p.key] = depth if cur.key not in seen else 0  # a parent cycle: show it at the top level
    return depths


def rows(plan: m.Plan, top: float = 0.0, scale: float = 1.0) -> tuple[Row, ...]:
    """Rows in reading order: each top-level phase, then its steps and markers merged by date.

    Row heights are ROW_HEIGHTS times `scale` (the screen's text size: larger text, taller rows).

    Markers sit under the phase or step they belong to; markers of no phase are at the top level.
    The service periods (plan.commercial.periods) get a row right under the first service phase.

    Once per plan state (core/derived.py): by the phases and markers, whether there are periods,
    and `top` and `scale`.
    """
    return _rows(plan.phases, plan.markers, bool(plan.commercial.periods), top, scale)


@identity_memo(size=8, by_value=(2, 3, 4))
def _rows(phases: tuple[m.Phase, ...], markers: tuple[m.Marker, ...], has_periods: bool, top: float,
          scale: float) -> tuple[Row, ...]:
    plan = m.Plan(phases=phases, markers=markers)  # what the rows read, besides has_periods
    depths = _phase_depths(plan)
    children: dict[str, list] = {}
    roots: list = []
    keys = {p.key for p in plan.phases}
    for p in plan.phases:
        if p.parent and p.parent in keys and depths[p.key] > 0:
            children.setdefault(p.parent, []).append(p)
        else:
            roots.append(p)
    for x in plan.markers:
        if x.phase and x.phase in keys:
            children.setdefault(x.phase, []).append(x)
        else:
            roots.append(x)

    def order(items: list) -> list:
        def key(pair):
            i, item = pair
            d = item.start if isinstance(item, m.Phase) else item.date
            t = item.time if isinstance(item, m.Marker) else ""
            return (d is None, d or _dt.date.min, isinstance(item, m.Marker), t, i)
        return [item for _i, item in sorted(enumerate(items), key=key)]

    out: list[Row] = []
    y = top
    periods_done = not has_periods

    def add(kind: str, key: str, depth: int, group: str) -> None:
        nonlocal y
        h = ROW_HEIGHTS[kind] * scale
        out.append(Row(kind, key, depth, len(out), y, h, group))
        y += h

    def walk(item, depth: int, group: str, seen: set[str]) -> None:
        nonlocal periods_done
        if isinstance(item, m.Marker):
            add("marker", item.key, depth, group)
            return
        if item.key in seen:
            return
        seen.add(item.key)
        add("phase" if depth == 0 else "step", item.key, depth, group)
        if item.kind == "service" and not periods_done:
            add("periods", "", depth + 1, group)
            periods_done = True
        for child in order(children.get(item.key, [])):
            walk(child, depth + 1, group, seen)

    seen: set[str] = set()
    for item in order(roots):
        walk(item, 0, item.key if isinstance(item, m.Phase) else "", seen)
    if not periods_done:
        add("periods", "", 0, "")
    return tuple(out)


# ---------------------------------------------------------------- extent


def _descendants(plan: m.Plan, key: str) -> set[str]:
    """Keys of the phase's steps, their steps, and so on (not the phase itself)."""
    out: set[str] = set()
    frontier = [key]
    while frontier:
        k = frontier.pop()
        for p in plan.phases:
            if p.parent == k and p.key not in out and p.key != key:
                out.add(p.key)
                frontier.append(p.key)
    return out


def all_dates(plan: m.Plan) -> list[_dt.date]:
    return _dates(plan.phases, plan.markers, plan.commercial.periods)


def _dates(phases: tuple[m.Phase, ...], markers: tuple[m.Marker, ...],
           periods: tuple[m.ServicePeriod, ...]) -> list[_dt.date]:
    dates = [d for p in phases for d in (p.start, p.end) if d]
    dates += [x.date for x in markers if x.date]
    dates += [d for p in periods for d in (p.start, p.end)]
    return dates


def extent(plan: m.Plan, today: _dt.date | None = None) -> tuple[_dt.date, _dt.date]:
    """The first and last date the timeline shows (a year around today for an empty plan)."""
    found = _extent(plan.phases, plan.markers, plan.commercial.periods)
    if found is None:
        today = today or _dt.date.today()
        return today - 30 * DAY, today + 335 * DAY
    return found


@identity_memo(size=8)
def _extent(phases: tuple[m.Phase, ...], markers: tuple[m.Marker, ...],
            periods: tuple[m.ServicePeriod, ...]) -> tuple[_dt.date, _dt.date] | None:
    """The first and last of the dates, once per plan state (the timeline's scene asks on every edit)."""
    dates = _dates(phases, markers, periods)
    return (min(dates), max(dates)) if dates else None


def preparation_range(plan: m.Plan, today: _dt.date | None = None) -> tuple[_dt.date, _dt.date]:
    """What the view opens on: the preparation phases with the start of the service phase.

    From the first date to the later of: the last date outside the service phase, or
    about eight months into the service phase (so its start, and its first period, show).
    """
    first, last = extent(plan, today)
    service = [p for p in plan.phases if p.kind == "service" and not p.parent and p.start]
    if not service:
        return first, last
    start = min(p.start for p in service)
    inside = set()
    for p in service:
        inside |= {p.key} | _descendants(plan, p.key)
    prep = [d for p in plan.phases if p.key not in inside for d in (p.start, p.end) if d]
    prep += [x.date for x in plan.markers if x.date and x.phase not in inside]
    end = max([start + 240 * DAY] + [d + 30 * DAY for d in prep])
    return first, min(end, last)


# ---------------------------------------------------------------- warnings


@record
class TimelineWarning:
    rule: str  # overdue | overlap | gate_late | deadline_outside | tender_short | step_outside | no_dates
    items: tuple[tuple[str, str], ...]  # ("phase" | "marker" | "task", key) it is about; the first is the one to point at
    message: str


def _span(start: _dt.date, end: _dt.date) -> str:
    return f"{format_date(start)}–{format_date(end)}"


def _top_ancestor(by_key: dict[str, m.Phase], key: str) -> m.Phase | None:
    cur = by_key.get(key)
    seen: set[str] = set()
    while cur is not None and cur.parent and cur.parent in by_key and cur.key not in seen:
        seen.add(cur.key)
        cur = by_key[cur.parent]
    return cur


@record
class Overdue:
    """A date that has passed without the thing being done: a milestone or deadline not marked done, a
    decision gate not decided, or a procurement task still open after its due date (`overdue`)."""

    kind: str  # milestone | deadline | gate | task
    key: str  # the marker's or the procurement task's key
    name: str
    date: _dt.date

    @property
    def message(self) -> str:
        """"Overdue: decision gate “…” 24.2.2026 (not decided)" (translated when asked: the Overview's
        first paint counts overdue items without reading the Qt-free catalogue)."""
        return overdue_template(self.kind).format(name=shown(self.name, 100), date=format_date(self.date))


def overdue_template(kind: str) -> str:
    """The message of an overdue item of this kind, with {name} and {date} to fill in."""
    if kind == "gate":
        return translate("Timeline", "Overdue: decision gate “{name}” {date} (not decided)")
    if kind == "deadline":
        return translate("Timeline", "Overdue: deadline “{name}” {date} (not marked done)")
    if kind == "milestone":
        return translate("Timeline", "Overdue: milestone “{name}” {date} (not marked done)")
    return translate("Timeline", "Overdue: procurement task “{name}”, due {date} (still open)")


def is_overdue_marker(x: m.Marker, today: _dt.date) -> bool:
    """A milestone or deadline before today not marked done, or a gate before today not decided."""
    if x.date is None or x.date >= today:
        return False
    if x.kind == "gate":
        return x.state in ("", "pending")
    return x.kind in DONE_KINDS and x.state != "done"


def is_overdue_task(t: m.ProcurementTask, today: _dt.date) -> bool:
    """A procurement task still open after its due date."""
    return not t.done and t.due is not None and t.due < today


def overdue(plan: m.Plan, today: _dt.date) -> list[Overdue]:
    """Everything overdue on `today` (a day passes at its end: a date of today is not overdue yet), the
    oldest first: markers (see `is_overdue_marker`), then procurement tasks on the same day."""
    return [_overdue_of(r) for r in _overdue_records(plan, today)]


def _overdue_records(plan: m.Plan, today: _dt.date) -> list[m.Marker | m.ProcurementTask]:
    """The overdue markers and procurement tasks, in `overdue`'s order."""
    found: list[tuple[_dt.date, int, int, m.Marker | m.ProcurementTask]] = []
    for i, x in enumerate(plan.markers):
        if is_overdue_marker(x, today):
            found.append((x.date, 0, i, x))
    for i, t in enumerate(plan.procurement_tasks):
        if is_overdue_task(t, today):
            found.append((t.due, 1, i, t))
    return [r for *_order, r in sorted(found, key=lambda item: item[:3])]


def _overdue_of(r: m.Marker | m.ProcurementTask) -> Overdue:
    if isinstance(r, m.Marker):
        return Overdue(r.kind, r.key, r.name, r.date)
    return Overdue("task", r.key, r.name, r.due)


def warnings(plan: m.Plan, min_tender_days: int = DEFAULT_MIN_TENDER_DAYS,
             today: _dt.date | None = None) -> list[TimelineWarning]:
    """What looks wrong in the schedule, in words. None of these stop an edit. With `today`, what is
    overdue on that day comes first (rule "overdue"; a procurement task's item is ("task", key)).

    Once per plan state (core/derived.py): by the phases, markers and tasks read, the day, the
    shortest tender and the language of the messages."""
    return list(_warnings(plan.phases, plan.markers, plan.procurement_tasks, min_tender_days, today, language()))


@identity_memo(size=4, by_value=(3, 4, 5))
def _warnings(phases: tuple[m.Phase, ...], markers: tuple[m.Marker, ...], tasks: tuple[m.ProcurementTask, ...],
              min_tender_days: int, today: _dt.date | None, _language: str) -> tuple[TimelineWarning, ...]:
    return tuple(_find_warnings(m.Plan(phases=phases, markers=markers, procurement_tasks=tasks),
                                min_tender_days, today))


# The warnings made by the last computation in each of the last few contexts (language, shortest tender,
# day: the timeline and the overview may ask with different days), keyed by their rule and the identity of
# the records their text is made from (the plan is immutable: an unchanged record is the very same object).
# A computation after an edit reuses the unchanged records' warnings, the same objects, instead of formatting
# and translating every message again (64x: 9 000 messages); the entries keep their records alive, so an id
# is not reused while its entry lives. A context's table is replaced whole by each computation in it (a
# thread computing at the same time only misses or reuses).
_made: dict[tuple, dict] = {}
_MADE_CONTEXTS = 4
_made_lock = threading.Lock()


def _find_warnings(plan: m.Plan, min_tender_days: int, today: _dt.date | None) -> list[TimelineWarning]:
    context = (language(), min_tender_days, today)
    with _made_lock:
        previous = _made.get(context, {})
    made: dict[tuple, tuple[tuple, TimelineWarning]] = {}

    def warning(rule: str, records: tuple, build: Callable[[], TimelineWarning]) -> TimelineWarning:
        key = (rule, *map(id, records))
        hit = previous.get(key)
        if hit is None:
            hit = (records, build())
        made[key] = hit
        return hit[1]

    out = _warnings_found(plan, min_tender_days, today, warning)
    with _made_lock:  # (the PDF is built in a worker thread)
        _made.pop(context, None)
        _made[context] = made  # the most recent last
        while len(_made) > _MADE_CONTEXTS:
            _made.pop(next(iter(_made)), None)
    return out


def _warnings_found(plan: m.Plan, min_tender_days: int, today: _dt.date | None,
                    warning: Callable[[str, tuple, Callable[[], TimelineWarning]], TimelineWarning]
                    ) -> list[TimelineWarning]:
    """The rules; each warning is made through `warning(rule, records its text is made from, build)`."""
    out: list[TimelineWarning] = []
    if today is not None:
        for r in _overdue_records(plan, today):
            out.append(warning("overdue", (r,), lambda r=r: TimelineWarning(
                "overdue", (("marker" if isinstance(r, m.Marker) else "task", r.key),), _overdue_of(r).message)))
    by_key = {p.key: p for p in plan.phases}
    top = [p for p in plan.phases if not p.parent or p.parent not in by_key]
    dated_top = sorted((p for p in top if p.start and p.end), key=lambda p: (p.start, p.end))

    for p in plan.phases:
        if not (p.start and p.end):
            out.append(warning("no_dates", (p,), lambda p=p: TimelineWarning("no_dates", (("phase", p.key),), translate(
                "Timeline", "“{name}” has no start or end date, so it is not drawn on the timeline.").format(
                name=p.name))))
    for x in plan.markers:
        if not x.date:
            out.append(warning("no_dates", (x,), lambda x=x: TimelineWarning("no_dates", (("marker", x.key),), translate(
                "Timeline", "“{name}” has no date, so it is not drawn on the timeline.").format(name=x.name))))

    # Overlapping top-level phases.
    for i, a in enumerate(dated_top):
        for b in dated_top[i + 1:]:
            if b.start > a.end:
                break
            out.append(warning("overlap", (a, b), lambda a=a, b=b: _overlap(a, b)))

    # Steps that run outside their phase.
    for p in plan.phases:
        parent = by_key.get(p.parent) if p.parent else None
        if parent and p.start and p.end and parent.start and parent.end and (
                p.start < parent.start or p.end > parent.end):
            out.append(warning("step_outside", (p, parent), lambda p=p, parent=parent: TimelineWarning(
                "step_outside", (("phase", p.key), ("phase", parent.key)), translate(
                    "Timeline", "The step “{name}” ({span}) runs outside its phase “{phase}” ({phase_span}).").format(
                    name=p.name, span=_span(p.start, p.end), phase=parent.name,
                    phase_span=_span(parent.start, parent.end)))))

    # A decision gate after the next phase has already started.
    for x in plan.markers:
        if x.kind != "gate" or not x.date or not x.phase:
            continue
        own = _top_ancestor(by_key, x.phase)
        if own is None or not own.start:
            continue
        later = [p for p in dated_top if p.key != own.key and p.start > own.start]
        if not later:
            continue
        nxt = min(later, key=lambda p: p.start)
        if x.date > nxt.start:
            out.append(warning("gate_late", (x, nxt), lambda x=x, nxt=nxt: TimelineWarning(
                "gate_late", (("marker", x.key), ("phase", nxt.key)), translate(
                    "Timeline", "The decision gate “{gate}” ({date}) comes after the next phase “{phase}” has "
                                "already started ({start}).").format(
                    gate=x.name, date=format_date(x.date), phase=nxt.name, start=format_date(nxt.start)))))

    # A deadline outside its phase.
    for x in plan.markers:
        if x.kind != "deadline" or not x.date or not x.phase:
            continue
        p = by_key.get(x.phase)
        if p and p.start and p.end and not (p.start <= x.date <= p.end):
            out.append(warning("deadline_outside", (x, p), lambda x=x, p=p: TimelineWarning(
                "deadline_outside", (("marker", x.key), ("phase", p.key)), translate(
                    "Timeline", "The deadline “{name}” ({date}) is outside its phase “{phase}” ({span}).").format(
                    name=x.name, date=format_date(x.date), phase=p.name, span=_span(p.start, p.end)))))

    # A tender period that is too short.
    for p in plan.phases:
        if p.kind == "tendering" and p.start and p.end:
            days = (p.end - p.start).days + 1
            if days < min_tender_days:
                out.append(warning("tender_short", (p,), lambda p=p, days=days: TimelineWarning(
                    "tender_short", (("phase", p.key),), translate(
                        "Timeline", "The tendering phase “{name}” lasts only {days} days; allow at least {minimum} "
                                    "days.").format(name=p.name, days=days, minimum=min_tender_days))))
    return out


def _overlap(a: m.Phase, b: m.Phase) -> TimelineWarning:
    start, end = max(a.start, b.start), min(a.end, b.end)
    days = (end - start).days + 1
    return TimelineWarning("overlap", (("phase", b.key), ("phase", a.key)), translate(
        "Timeline", "The phases “{first}” and “{second}” overlap by {days} days ({span}).").format(
        first=a.name, second=b.name, days=days, span=_span(start, end)))


def warnings_by_item(found: Iterable[TimelineWarning]) -> dict[tuple[str, str], list[TimelineWarning]]:
    """Each warning under the item it points at (its first item): {("phase", key): [...], ...}."""
    table: dict[tuple[str, str], list[TimelineWarning]] = {}
    for w in found:
        table.setdefault(w.items[0], []).append(w)
    return table


# ---------------------------------------------------------------- edits


def _phase(plan: m.Plan, key: str) -> m.Phase:
    for p in plan.phases:
        if p.key == key:
            return p
    raise PlanError(translate("Timeline", "No phase has the key “{key}”.").format(key=key), "phases")


def _marker(plan: m.Plan, key: str) -> m.Marker:
    for x in plan.markers:
        if x.key == key:
            return x
    raise PlanError(translate("Timeline", "No milestone has the key “{key}”.").format(key=key), "milestones")


def _shift(d: _dt.date | None, days: int) -> _dt.date | None:
    return None if d is None else d + DAY * days


def linked(plan: m.Plan, key: str) -> tuple[set[str], set[str]]:
    """(step keys, marker keys) that move with a phase: its steps at any depth and the markers in any of them."""
    steps = _descendants(plan, key)
    inside = steps | {key}
    return steps, {x.key for x in plan.markers if x.phase in inside}


Item = tuple[str, str]  # ("phase" | "marker", key), as the timeline view selects them


def moving_together(plan: m.Plan, items: Iterable[Item], move_linked: bool = False) -> tuple[set[str], set[str]]:
    """(phase keys, marker keys) that move when `items` move; with `move_linked` also each phase's
    steps and the markers in them. Raises PlanError for an item the plan does not have."""
    phases: set[str] = set()
    markers: set[str] = set()
    for kind, key in items:
        if kind == "phase":
            _phase(plan, key)
            phases.add(key)
            if move_linked:
                steps, inside = linked(plan, key)
                phases |= steps
                markers |= inside
        else:
            _marker(plan, key)
            markers.add(key)
    return phases, markers


def move_items(plan: m.Plan, items: Iterable[Item], days: int, move_linked: bool = False) -> m.Plan:
    """Shift phases and markers by the same whole days, each once however often it is named or linked."""
    phases, markers = moving_together(plan, items, move_linked)
    if days == 0:
        return plan
    new = plan
    if phases:
        new = dataclasses.replace(new, phases=tuple(
            dataclasses.replace(p, start=_shift(p.start, days), end=_shift(p.end, days)) if p.key in phases else p
            for p in plan.phases))
    if any(x.key in markers and x.date for x in plan.markers):
        new = dataclasses.replace(new, markers=tuple(
            dataclasses.replace(x, date=_shift(x.date, days)) if x.key in markers else x for x in plan.markers))
    return new


def move_phase(plan: m.Plan, key: str, days: int, move_linked: bool = False) -> m.Plan:
    """Shift a phase by whole days; with `move_linked` its steps and markers move along."""
    return move_items(plan, [("phase", key)], days, move_linked)


def resize_phase(plan: m.Plan, key: str, start: _dt.date | None = None, end: _dt.date | None = None) -> m.Plan:
    """Set a phase's start and/or end (None: keep). Refuses an end before the start."""
    phase = _phase(plan, key)
    new_start = start if start is not None else phase.start
    new_end = end if end is not None else phase.end
    if new_start and new_end and new_end < new_start:
        raise PlanError(translate("Timeline", "The end date cannot be before the start date."), "phases")
    return update_phase(plan, key, start=new_start, end=new_end)


def move_marker(plan: m.Plan, key: str, days: int) -> m.Plan:
    return move_items(plan, [("marker", key)], days)


_PHASE_FIELDS = {f.name for f in dataclasses.fields(m.Phase)} - {"key"}
_MARKER_FIELDS = {f.name for f in dataclasses.fields(m.Marker)} - {"key"}


def update_phase(plan: m.Plan, key: str, **changes) -> m.Plan:
    """Set fields of a phase (name, kind, start, end, parent, owner, staff_decision, notes)."""
    unknown = set(changes) - _PHASE_FIELDS
    if unknown:
        raise ValueError(f"unknown phase fields: {sorted(unknown)}")
    phase = _phase(plan, key)
    if "name" in changes:
        changes["name"] = changes["name"].strip()
        if not changes["name"]:
            raise PlanError(translate("Timeline", "A name cannot be empty."), "phases")
    if "kind" in changes and changes["kind"] not in m.PHASE_KINDS:
        raise PlanError(translate("Timeline", "Unknown kind of phase: “{kind}”.").format(kind=changes["kind"]),
                        "phases")
    parent = changes.get("parent", None)
    if parent:
        if parent == key or parent in _descendants(plan, key):
            raise PlanError(translate("Timeline", "A phase cannot be inside itself or inside its own step."),
                            "phases")
        _phase(plan, parent)
    new = dataclasses.replace(phase, **changes)
    if new == phase:
        return plan
    return dataclasses.replace(plan, phases=tuple(new if p.key == key else p for p in plan.phases))


_TIME = r"^\s*(\d{1,2})(?:\s*[:.]\s*(\d{1,2}))?\s*$"  # compiled by `re` on first use, not at start-up


def parse_time(text: str) -> str:
    """A time of day typed as "16", "16.00", "9:5" -> "HH:MM" ("" stays ""); PlanError if it is not one."""
    if not text.strip():
        return ""
    match = re.match(_TIME, text)
    if match:
        h, mm = int(match.group(1)), int(match.group(2) or 0)
        if h < 24 and mm < 60:
            return f"{h:02d}:{mm:02d}"
    raise PlanError(translate("Timeline", "“{text}” is not a time of day (e.g. 16.00).").format(text=text.strip()),
                    "milestones")


def parse_time_span(text: str) -> tuple[str, str]:
    """"12.00–13.00" -> ("12:00", "13:00"); "16.00" -> ("16:00", "")."""
    parts = re.split(r"\s*[–—-]\s*", text.strip(), maxsplit=1)
    start = parse_time(parts[0])
    end = parse_time(parts[1]) if len(parts) > 1 else ""
    if end and not start:
        raise PlanError(translate("Timeline", "Give the start time too."), "milestones")
    if start and end and end < start:
        raise PlanError(translate("Timeline", "The end time cannot be before the start time."), "milestones")
    return start, end


def update_marker(plan: m.Plan, key: str, **changes) -> m.Plan:
    """Set fields of a marker (name, kind, date, time, time_end, phase, state, ends_alliance, owner, notes)."""
    unknown = set(changes) - _MARKER_FIELDS
    if unknown:
        raise ValueError(f"unknown marker fields: {sorted(unknown)}")
    marker = _marker(plan, key)
    if "name" in changes:
        changes["name"] = changes["name"].strip()
        if not changes["name"]:
            raise PlanError(translate("Timeline", "A name cannot be empty."), "milestones")
    for f in ("time", "time_end"):
        if f in changes:
            changes[f] = parse_time(changes[f])
    if "kind" in changes:
        if changes["kind"] not in m.MARKER_KINDS:
            raise PlanError(translate("Timeline", "Unknown kind of milestone: “{kind}”.").format(kind=changes["kind"]),
                            "milestones")
        if changes["kind"] != "gate":
            changes.setdefault("state", marker.state if marker.state == "done" else "")
            changes.setdefault("ends_alliance", False)
            if changes["state"] and not (changes["state"] == "done" and changes["kind"] in DONE_KINDS):
                changes["state"] = ""
        elif marker.state not in m.GATE_STATES and "state" not in changes:
            changes["state"] = "pending"
    kind = changes.get("kind", marker.kind)
    allowed = m.GATE_STATES if kind == "gate" else ("done",) if kind in DONE_KINDS else ()
    if changes.get("state") and changes["state"] not in allowed:
        raise PlanError(translate("Timeline", "Unknown state: “{state}”.").format(state=shown(changes["state"])),
                        "milestones")
    if changes.get("phase"):
        _phase(plan, changes["phase"])
    new = dataclasses.replace(marker, **changes)
    if new.time_end and not new.time:
        raise PlanError(translate("Timeline", "Give the start time too."), "milestones")
    if new.time and new.time_end and new.time_end < new.time:
        raise PlanError(translate("Timeline", "The end time cannot be before the start time."), "milestones")
    if new == marker:
        return plan
    return dataclasses.replace(plan, markers=tuple(new if x.key == key else x for x in plan.markers))


def add_phase(plan: m.Plan, name: str, kind: str = "other", start: _dt.date | None = None,
              end: _dt.date | None = None, parent: str = "", **fields) -> tuple[m.Plan, str]:
    """Append a phase (or a step: parent set); returns the new plan and the new key."""
    if not name.strip():
        raise PlanError(translate("Timeline", "A name cannot be empty."), "phases")
    if parent:
        _phase(plan, parent)
    if start and end and end < start:
        raise PlanError(translate("Timeline", "The end date cannot be before the start date."), "phases")
    key = unique_key((p.key for p in plan.phases), name)
    phase = m.Phase(key, name.strip(), kind, start, end, parent, **fields)
    return dataclasses.replace(plan, phases=plan.phases + (phase,)), key


def add_marker(plan: m.Plan, name: str, kind: str = "milestone", date: _dt.date | None = None, phase: str = "",
               **fields) -> tuple[m.Plan, str]:
    if not name.strip():
        raise PlanError(translate("Timeline", "A name cannot be empty."), "milestones")
    if phase:
        _phase(plan, phase)
    if kind == "gate":
        fields.setdefault("state", "pending")
    key = unique_key((x.key for x in plan.markers), name)
    marker = m.Marker(key, name.strip(), kind, date, phase=phase, **fields)
    return dataclasses.replace(plan, markers=plan.markers + (marker,)), key


def remove_items(plan: m.Plan, items: Iterable[Item]) -> m.Plan:
    """Remove phases, each with its steps and the markers in them, and markers (undo brings them all back)."""
    phases, markers = moving_together(plan, items, move_linked=True)
    return dataclasses.replace(plan, phases=tuple(p for p in plan.phases if p.key not in phases),
                               markers=tuple(x for x in plan.markers if x.key not in markers))


def remove_phase(plan: m.Plan, key: str) -> m.Plan:
    """Remove a phase with its steps and the markers in them."""
    return remove_items(plan, [("phase", key)])


def remove_marker(plan: m.Plan, key: str) -> m.Plan:
    return remove_items(plan, [("marker", key)])
