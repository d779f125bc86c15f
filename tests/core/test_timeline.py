"""The Qt-free timeline: holidays, scale and ticks, rows, warnings (one test per rule), pure edits."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alliance_desktop import i18n, templates
from alliance_desktop.core import model as m
from alliance_desktop.core import timeline as tl
from alliance_desktop.core.errors import PlanError
from alliance_desktop.core.validation import validate_plan

D = dt.date


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("fi")


@pytest.fixture(scope="module")
def keusote() -> m.Plan:
    return templates.load_template("keusote")


def plan_of(phases=(), markers=()) -> m.Plan:
    return m.Plan(project=m.Project(name="Test"), phases=tuple(phases), markers=tuple(markers))


def rules(plan: m.Plan, **kw) -> list[str]:
    return [w.rule for w in tl.warnings(plan, **kw)]


# ---------------------------------------------------------------- holidays


@pytest.mark.parametrize("year, easter", [
    (2000, D(2000, 4, 23)), (2019, D(2019, 4, 21)), (2024, D(2024, 3, 31)), (2025, D(2025, 4, 20)),
    (2026, D(2026, 4, 5)), (2027, D(2027, 3, 28)), (2028, D(2028, 4, 16)), (2038, D(2038, 4, 25)),
    (2285, D(2285, 3, 22)),
])
def test_easter_known_years(year, easter):
    assert tl.easter_sunday(year) == easter


@given(st.integers(1583, 4000))
def test_easter_is_a_sunday_between_22_march_and_25_april(year):
    e = tl.easter_sunday(year)
    assert e.weekday() == 6
    assert D(year, 3, 22) <= e <= D(year, 4, 25)


def test_finnish_holidays_2026():
    assert tl.finnish_holidays(2026) == {
        D(2026, 1, 1): "new_year", D(2026, 1, 6): "epiphany", D(2026, 4, 3): "good_friday",
        D(2026, 4, 5): "easter", D(2026, 4, 6): "easter_monday", D(2026, 5, 1): "may_day",
        D(2026, 5, 14): "ascension", D(2026, 5, 24): "whitsun", D(2026, 6, 19): "midsummer_eve",
        D(2026, 6, 20): "midsummer", D(2026, 10, 31): "all_saints", D(2026, 12, 6): "independence",
        D(2026, 12, 24): "christmas_eve", D(2026, 12, 25): "christmas", D(2026, 12, 26): "boxing_day",
    }


def test_midsummer_and_all_saints_in_other_years():
    h = {v: k for k, v in tl.finnish_holidays(2027).items()}
    assert h["midsummer_eve"] == D(2027, 6, 25) and h["midsummer"] == D(2027, 6, 26)
    assert h["all_saints"] == D(2027, 11, 6)
    h = {v: k for k, v in tl.finnish_holidays(2025).items()}
    assert h["all_saints"] == D(2025, 11, 1) and h["ascension"] == D(2025, 5, 29)


@given(st.integers(1900, 2200))
def test_moving_holidays_fall_in_their_windows(year):
    h = {k: d for d, k in tl.holiday_list(year)}
    assert h["midsummer_eve"].weekday() == 4 and D(year, 6, 19) <= h["midsummer_eve"] <= D(year, 6, 25)
    assert h["midsummer"].weekday() == 5 and D(year, 6, 20) <= h["midsummer"] <= D(year, 6, 26)
    assert h["all_saints"].weekday() == 5 and D(year, 10, 31) <= h["all_saints"] <= D(year, 11, 6)
    assert h["ascension"].weekday() == 3 and h["whitsun"].weekday() == 6 and h["good_friday"].weekday() == 4
    assert len(h) == 15


def test_holiday_names_and_days_off(english):
    assert tl.holiday_on(D(2025, 12, 6)) == "Independence Day"
    assert tl.holiday_on(D(2025, 12, 8)) == ""
    assert tl.is_day_off(D(2026, 1, 10))  # a Saturday
    assert tl.is_day_off(D(2026, 1, 6))  # Epiphany, a Tuesday
    assert not tl.is_day_off(D(2026, 1, 7))
    off = tl.days_off(D(2025, 12, 22), D(2025, 12, 28))
    assert off == [(D(2025, 12, 24), "christmas_eve"), (D(2025, 12, 25), "christmas"),
                   (D(2025, 12, 26), "boxing_day"), (D(2025, 12, 27), "weekend"), (D(2025, 12, 28), "weekend")]
    assert all(tl.holiday_name(k) for k in tl.HOLIDAY_KEYS)
    assert tl.holiday_on(D(2008, 5, 1)) == "May Day / Ascension Day"  # Easter 23 March 2008


# ---------------------------------------------------------------- scale, zoom, ticks


def test_scale_maps_dates_and_snaps_to_days():
    s = tl.Scale(D(2026, 1, 1), 10.0, left=5)
    assert s.x(D(2026, 1, 1)) == 5
    assert s.x(D(2026, 1, 11)) == 105
    assert s.x_end(D(2026, 1, 1)) == 15  # a bar ending on a day covers that day
    assert s.x_time(D(2026, 1, 2), "06:00") == 17.5
    assert s.x_time(D(2026, 1, 2)) == 20  # noon
    assert s.day_at(104.9) == D(2026, 1, 10)
    assert s.days(14) == 1 and s.days(16) == 2 and s.days(-26) == -3


def test_zoom_levels_step_and_clamp():
    assert tl.ZOOM_LEVELS == tuple(sorted(tl.ZOOM_LEVELS))
    assert tl.zoom_in(1.0) > 1.0 and tl.zoom_out(1.0) < 1.0
    assert tl.zoom_in(tl.MAX_PX_PER_DAY) == tl.MAX_PX_PER_DAY
    assert tl.zoom_out(tl.MIN_PX_PER_DAY) == tl.MIN_PX_PER_DAY
    assert tl.clamp_zoom(1000) == tl.MAX_PX_PER_DAY and tl.clamp_zoom(0) == tl.MIN_PX_PER_DAY
    assert tl.fit_zoom(D(2026, 1, 1), D(2026, 1, 10), 100) == 10


def test_unit_by_pixels_per_day(english):
    assert tl.choose_unit(40) == "day"
    assert tl.choose_unit(6) == "week"
    assert tl.choose_unit(3.5) == "month"
    assert tl.choose_unit(1.5) == "month_short"
    assert tl.choose_unit(0.2) in ("year", "quarter")
    assert tl.choose_unit(tl.MIN_PX_PER_DAY) in ("year2", "year5", "year10")


@given(st.floats(tl.MIN_PX_PER_DAY, tl.MAX_PX_PER_DAY), st.floats(tl.MIN_PX_PER_DAY, tl.MAX_PX_PER_DAY))
def test_coarser_units_when_zooming_out(a, b):
    lo, hi = sorted((a, b))
    assert tl.UNITS.index(tl.choose_unit(lo)) >= tl.UNITS.index(tl.choose_unit(hi))


@settings(max_examples=150, deadline=None)
@given(ppd=st.floats(tl.MIN_PX_PER_DAY, tl.MAX_PX_PER_DAY), start=st.dates(D(1990, 1, 1), D(2080, 1, 1)),
       days=st.integers(1, 4000), lang=st.sampled_from(["fi", "en"]))
def test_tick_labels_never_overlap(ppd, start, days, lang):
    i18n.set_language(lang)
    try:
        last = start + dt.timedelta(days=days)
        ticks = tl.ticks(ppd, start, last)
        assert ticks.lower[0].start <= start and ticks.lower[-1].end > last
        for t in ticks.lower:
            width = (t.end - t.start).days * ppd
            assert tl.estimate_width(t.label) + 8 <= width + 1e-9, (ticks.unit, t)
        for a, b in zip(ticks.lower, ticks.lower[1:], strict=False):
            assert a.end == b.start
    finally:
        i18n.set_language("fi")


def test_ticks_have_month_names_and_years(english):
    ticks = tl.ticks(4.0, D(2025, 12, 15), D(2026, 2, 10))
    assert ticks.unit == "month"
    assert [t.label for t in ticks.lower] == ["December", "January", "February"]
    assert [t.label for t in ticks.upper] == ["2025", "2026"]
    assert [t.major for t in ticks.lower] == [False, True, False]
    week = tl.ticks(6.0, D(2026, 1, 12), D(2026, 1, 20))
    assert week.unit == "week" and week.lower[0].label == "W3"
    assert week.upper[0].label == "January 2026"


def test_finnish_month_names():
    i18n.set_language("fi")
    assert tl.month_name(1) == i18n.translate("Timeline", "January")
    assert tl.month_short(5) == i18n.translate("TimelineShort", "May")


def test_measure_decides_the_unit():
    wide = tl.choose_unit(3.5, measure=lambda text: 30.0 * len(text))
    narrow = tl.choose_unit(3.5, measure=lambda text: 1.0)
    assert tl.UNITS.index(wide) > tl.UNITS.index(narrow)


# ---------------------------------------------------------------- rows and ranges


def test_keusote_rows_in_reading_order(keusote):
    rows = tl.rows(keusote, top=40)
    keys = [(r.kind, r.key) for r in rows]
    assert keys[:3] == [("phase", "strategia"), ("step", "tilaisuudet"), ("marker", "mvp_tilaisuus")]
    # the gate closing the strategy phase comes after its steps (by date), at the phase's depth + 1
    gate = next(r for r in rows if r.key == "paatos_kilpailutus")
    assert gate.depth == 1 and gate.group == "strategia"
    assert keys.index(("marker", "paatos_kilpailutus")) > keys.index(("marker", "kommentit"))
    periods = next(r for r in rows if r.kind == "periods")
    assert keys[periods.index - 1] == ("phase", "palvelu")
    assert rows[0].y == 40
    for a, b in zip(rows, rows[1:], strict=False):
        assert b.y == a.y + a.height
    assert {r.key for r in rows if r.kind in ("phase", "step")} == {p.key for p in keusote.phases}
    assert {r.key for r in rows if r.kind == "marker"} == {x.key for x in keusote.markers}


def test_rows_survive_a_parent_cycle():
    a = m.Phase("a", "A", parent="b", start=D(2026, 1, 1), end=D(2026, 2, 1))
    b = m.Phase("b", "B", parent="a", start=D(2026, 1, 1), end=D(2026, 2, 1))
    rows = tl.rows(plan_of([a, b]))
    assert sorted(r.key for r in rows if r.kind != "periods") == ["a", "b"]


def test_undated_items_come_last_and_markers_without_phase_are_top_level():
    p1 = m.Phase("p1", "P1", start=D(2026, 3, 1), end=D(2026, 4, 1))
    p0 = m.Phase("p0", "P0")
    x = m.Marker("x", "X", date=D(2026, 1, 1))
    rows = tl.rows(plan_of([p0, p1], [x]))
    assert [r.key for r in rows] == ["x", "p1", "p0"]  # no service periods, no periods row


def test_preparation_range_stops_after_the_service_start(keusote):
    first, last = tl.preparation_range(keusote)
    assert first == D(2025, 12, 1)
    assert D(2027, 7, 1) < last < D(2028, 6, 1)
    assert tl.extent(keusote) == (D(2025, 12, 1), D(2037, 6, 30))


# ---------------------------------------------------------------- warnings, one rule each


def test_keusote_has_no_warnings(keusote):
    assert tl.warnings(keusote) == []


def test_overlapping_top_level_phases_warn(english):
    a = m.Phase("a", "Strategy", "strategy", D(2026, 1, 1), D(2026, 3, 10))
    b = m.Phase("b", "Tendering", "tendering", D(2026, 3, 1), D(2026, 12, 31))
    found = tl.warnings(plan_of([a, b]))
    assert [w.rule for w in found] == ["overlap"]
    assert found[0].items == (("phase", "b"), ("phase", "a"))
    assert found[0].message == "The phases “Strategy” and “Tendering” overlap by 10 days (1 Mar 2026–10 Mar 2026)."
    # touching is fine, and overlapping steps are not warned about
    b2 = dataclasses.replace(b, start=D(2026, 3, 11))
    s1 = m.Phase("s1", "S1", "step", D(2026, 3, 11), D(2026, 6, 1), parent="b")
    s2 = m.Phase("s2", "S2", "step", D(2026, 5, 1), D(2026, 7, 1), parent="b")
    assert tl.warnings(plan_of([a, b2, s1, s2])) == []


def test_gate_after_the_next_phase_started_warns(english):
    a = m.Phase("a", "Development", "development", D(2027, 1, 1), D(2027, 6, 30))
    b = m.Phase("b", "Service", "service", D(2027, 7, 1), D(2037, 6, 30))
    step = m.Phase("s", "Planning", "step", D(2027, 1, 1), D(2027, 3, 1), parent="a")
    gate = m.Marker("g", "Go / no-go", "gate", D(2027, 7, 2), phase="s", state="pending")
    found = tl.warnings(plan_of([a, b, step], [gate]))
    assert [w.rule for w in found] == ["gate_late"]
    assert found[0].items[0] == ("marker", "g")
    assert "“Go / no-go”" in found[0].message and "“Service”" in found[0].message
    on_time = dataclasses.replace(gate, date=D(2027, 7, 1))
    assert rules(plan_of([a, b, step], [on_time])) == []


def test_deadline_outside_its_phase_warns(english):
    a = m.Phase("a", "Comments", "step", D(2026, 2, 1), D(2026, 2, 28))
    late = m.Marker("d", "Comments due", "deadline", D(2026, 3, 2), "16:00", phase="a")
    found = tl.warnings(plan_of([a], [late]))
    assert [w.rule for w in found] == ["deadline_outside"]
    assert found[0].message == ("The deadline “Comments due” (2 Mar 2026) is outside its phase “Comments” "
                                "(1 Feb 2026–28 Feb 2026).")
    # a milestone outside its phase is not a deadline; a deadline on the last day is inside
    ms = dataclasses.replace(late, kind="milestone")
    inside = dataclasses.replace(late, date=D(2026, 2, 28))
    assert rules(plan_of([a], [ms])) == [] and rules(plan_of([a], [inside])) == []


def test_short_tendering_phase_warns_with_a_configurable_minimum(english):
    t = m.Phase("t", "Tendering", "tendering", D(2026, 3, 1), D(2026, 3, 29))  # 29 days
    found = tl.warnings(plan_of([t]))
    assert [w.rule for w in found] == ["tender_short"]
    assert found[0].message == "The tendering phase “Tendering” lasts only 29 days; allow at least 30 days."
    assert rules(plan_of([dataclasses.replace(t, end=D(2026, 3, 30))])) == []
    assert rules(plan_of([t]), min_tender_days=20) == []
    assert rules(plan_of([dataclasses.replace(t, end=D(2026, 4, 30))]), min_tender_days=90) == ["tender_short"]
    assert rules(plan_of([dataclasses.replace(t, kind="strategy")])) == []


def test_step_outside_its_phase_warns():
    a = m.Phase("a", "A", "strategy", D(2026, 1, 1), D(2026, 2, 28))
    s = m.Phase("s", "S", "step", D(2026, 2, 1), D(2026, 3, 5), parent="a")
    found = tl.warnings(plan_of([a, s]))
    assert [w.rule for w in found] == ["step_outside"]
    assert found[0].items == (("phase", "s"), ("phase", "a"))


def test_items_without_dates_are_reported():
    found = tl.warnings(plan_of([m.Phase("a", "A")], [m.Marker("x", "X")]))
    assert [(w.rule, w.items) for w in found] == [("no_dates", (("phase", "a"),)), ("no_dates", (("marker", "x"),))]
    table = tl.warnings_by_item(found)
    assert set(table) == {("phase", "a"), ("marker", "x")}


def test_warnings_are_in_finnish_by_default():
    t = m.Phase("t", "Kilpailutus", "tendering", D(2026, 3, 1), D(2026, 3, 10))
    message = tl.warnings(plan_of([t]))[0].message
    with i18n.using("fi"):
        expected = i18n.translate("Timeline", "The tendering phase “{name}” lasts only {days} days; allow at least "
                                              "{minimum} days.").format(name="Kilpailutus", days=10, minimum=30)
    assert message == expected


# ---------------------------------------------------------------- edits


def test_move_phase_alone_and_with_linked_items(keusote):
    moved = tl.move_phase(keusote, "strategia", 7)
    p = {x.key: x for x in moved.phases}
    assert (p["strategia"].start, p["strategia"].end) == (D(2025, 12, 8), D(2026, 3, 7))
    assert p["tilaisuudet"].start == D(2025, 12, 1)  # steps stay
    assert moved.markers is keusote.markers
    linked = tl.move_phase(keusote, "strategia", 7, move_linked=True)
    p = {x.key: x for x in linked.phases}
    x = {x.key: x for x in linked.markers}
    assert p["tilaisuudet"].start == D(2025, 12, 8) and p["kommentointi"].end == D(2026, 3, 7)
    assert x["kommentit"].date == D(2026, 2, 27) and x["kommentit"].time == "16:00"
    assert x["paatos_kilpailutus"].date == D(2026, 3, 3)
    assert x["osallistumispyynto_julkaisu"].date == D(2026, 3, 3)  # another phase's marker stays
    assert p["kilpailutus"] == next(q for q in keusote.phases if q.key == "kilpailutus")
    validate_plan(linked)
    assert tl.move_phase(keusote, "strategia", 0) is keusote


@settings(max_examples=40, deadline=None)
@given(days=st.integers(-400, 400), linked=st.booleans(),
       key=st.sampled_from(["strategia", "kilpailutus", "tarjous", "kehitys", "palvelu"]))
def test_move_there_and_back_is_identity(days, linked, key):
    plan = templates.load_template("keusote")
    there = tl.move_phase(plan, key, days, linked)
    assert tl.move_phase(there, key, -days, linked) == plan
    if linked:  # linked items keep their offsets from the phase
        before = {x.key: x.date for x in plan.markers}
        steps, markers = tl.linked(plan, key)
        for x in there.markers:
            assert x.date == (before[x.key] + dt.timedelta(days=days) if x.key in markers else before[x.key])


def test_move_items_moves_each_once_however_often_it_is_named_or_linked(keusote):
    items = [("phase", "strategia"), ("phase", "tilaisuudet"), ("marker", "kommentit"),
             ("marker", "paatos_palveluvaihe")]
    moved = tl.move_items(keusote, items + [("phase", "tilaisuudet")], 14, move_linked=True)
    before_p = {x.key: x for x in keusote.phases}
    before_x = {x.key: x for x in keusote.markers}
    phases, markers = tl.moving_together(keusote, items, move_linked=True)
    assert "kommentointi" in phases and "tilaisuudet" in phases  # strategia's steps
    assert {"kommentit", "paatos_palveluvaihe", "paatos_kilpailutus"} <= markers
    for p in moved.phases:
        expected = 14 if p.key in phases else 0
        assert p.start == before_p[p.key].start + dt.timedelta(days=expected)
    for x in moved.markers:
        expected = 14 if x.key in markers else 0
        assert x.date == before_x[x.key].date + dt.timedelta(days=expected)
    assert tl.move_items(moved, items, -14, move_linked=True) == keusote
    # without linked items only the named ones move
    alone = tl.move_items(keusote, [("phase", "strategia"), ("marker", "paatos_palveluvaihe")], 7)
    assert {p.key for p in alone.phases if p != before_p[p.key]} == {"strategia"}
    assert {x.key for x in alone.markers if x != before_x[x.key]} == {"paatos_palveluvaihe"}
    assert tl.move_items(keusote, items, 0) is keusote
    assert tl.move_items(keusote, [], 5) is keusote
    with pytest.raises(PlanError):
        tl.move_items(keusote, [("phase", "strategia"), ("marker", "nope")], 3)


def test_remove_items_takes_phases_with_their_steps_and_markers_in_one_edit(keusote):
    removed = tl.remove_items(keusote, [("phase", "strategia"), ("marker", "kommentit"),
                                        ("marker", "paatos_palveluvaihe")])
    steps, inside = tl.linked(keusote, "strategia")
    assert not {p.key for p in removed.phases} & (steps | {"strategia"})
    assert not {x.key for x in removed.markers} & (inside | {"paatos_palveluvaihe"})
    assert len(removed.phases) == len(keusote.phases) - len(steps) - 1
    validate_plan(removed)
    assert tl.remove_items(keusote, [("phase", "strategia")]) == tl.remove_phase(keusote, "strategia")


def test_resize_phase_and_refusal(english):
    plan = tl.resize_phase(templates.load_template("keusote"), "kehitys", end=D(2027, 5, 31))
    p = next(x for x in plan.phases if x.key == "kehitys")
    assert (p.start, p.end) == (D(2027, 1, 1), D(2027, 5, 31))
    with pytest.raises(PlanError, match="end date cannot be before"):
        tl.resize_phase(plan, "kehitys", start=D(2027, 6, 1))


def test_move_marker_and_update_fields(keusote):
    plan = tl.move_marker(keusote, "kommentit", -3)
    x = next(x for x in plan.markers if x.key == "kommentit")
    assert x.date == D(2026, 2, 17) and x.time == "16:00"
    plan = tl.update_marker(plan, "kommentit", time="9.5", time_end="", owner=" ")
    x = next(x for x in plan.markers if x.key == "kommentit")
    assert x.time == "09:05"
    plan = tl.update_phase(plan, "strategia", staff_decision="Päätetään henkilöstön siirroista.", name=" S ")
    p = next(p for p in plan.phases if p.key == "strategia")
    assert p.staff_decision == "Päätetään henkilöstön siirroista." and p.name == "S"
    validate_plan(plan)


def test_marker_kind_and_gate_state(keusote):
    plan = tl.update_marker(keusote, "paatos_palveluvaihe", state="withdraw")
    assert next(x for x in plan.markers if x.key == "paatos_palveluvaihe").state == "withdraw"
    plan = tl.update_marker(plan, "paatos_palveluvaihe", kind="milestone")
    x = next(x for x in plan.markers if x.key == "paatos_palveluvaihe")
    assert (x.kind, x.state, x.ends_alliance) == ("milestone", "", False)
    plan = tl.update_marker(plan, "paatos_palveluvaihe", kind="gate")
    assert next(x for x in plan.markers if x.key == "paatos_palveluvaihe").state == "pending"
    validate_plan(plan)
    with pytest.raises(PlanError):
        tl.update_marker(plan, "paatos_palveluvaihe", state="maybe")
    with pytest.raises(PlanError):
        tl.update_marker(plan, "kommentit", time="25.00")
    with pytest.raises(PlanError):
        tl.update_marker(plan, "kommentit", time="", time_end="12:00")
    with pytest.raises(PlanError):
        tl.update_marker(plan, "kommentit", name="  ")
    with pytest.raises(PlanError):
        tl.update_marker(plan, "kommentit", phase="nope")


def test_a_phase_cannot_be_put_inside_its_own_step(keusote):
    with pytest.raises(PlanError):
        tl.update_phase(keusote, "kilpailutus", parent="tarjous")
    with pytest.raises(PlanError):
        tl.update_phase(keusote, "kilpailutus", parent="kilpailutus")
    plan = tl.update_phase(keusote, "tarjous", parent="strategia")
    assert next(p for p in plan.phases if p.key == "tarjous").parent == "strategia"
    with pytest.raises(PlanError):
        tl.update_phase(keusote, "kilpailutus", kind="phase-ish")


def test_parse_times():
    assert tl.parse_time("16") == "16:00"
    assert tl.parse_time(" 9.30 ") == "09:30"
    assert tl.parse_time("") == ""
    assert tl.parse_time_span("12.00–13.00") == ("12:00", "13:00")
    assert tl.parse_time_span("12-13") == ("12:00", "13:00")
    assert tl.parse_time_span("16.00") == ("16:00", "")
    assert tl.parse_time_span("") == ("", "")
    for bad in ("noon", "24.00", "12.60", "13–12"):
        with pytest.raises(PlanError):
            tl.parse_time_span(bad)


def test_add_and_remove(keusote):
    plan, key = tl.add_phase(keusote, "Uusi vaihe", "other", D(2028, 1, 1), D(2028, 3, 31))
    assert key == "uusi_vaihe" and plan.phases[-1].name == "Uusi vaihe"
    plan, step = tl.add_phase(plan, "Alavaihe", "step", D(2028, 1, 1), D(2028, 1, 31), parent=key)
    plan, gate = tl.add_marker(plan, "Päätös", "gate", D(2028, 3, 15), phase=step)
    assert next(x for x in plan.markers if x.key == gate).state == "pending"
    validate_plan(plan)
    removed = tl.remove_phase(plan, key)  # with its step and the step's gate
    assert removed == keusote
    assert tl.remove_marker(plan, gate).markers == tuple(x for x in plan.markers if x.key != gate)
    with pytest.raises(PlanError):
        tl.add_phase(keusote, " ")
    with pytest.raises(PlanError):
        tl.add_phase(keusote, "X", start=D(2026, 2, 1), end=D(2026, 1, 1))
    with pytest.raises(PlanError):
        tl.remove_phase(keusote, "nope")
    with pytest.raises(PlanError):
        tl.remove_marker(keusote, "nope")


def test_linked_finds_steps_at_any_depth_and_their_markers(keusote):
    plan, deep = tl.add_phase(keusote, "Syvä", "step", D(2026, 6, 20), D(2026, 6, 30), parent="tarjous")
    plan, x = tl.add_marker(plan, "Syvä määräaika", "deadline", D(2026, 6, 25), phase=deep)
    steps, markers = tl.linked(plan, "kilpailutus")
    assert steps == {"osallistumispyynto", "neuvottelu", "tarjous", "hankintapaatos", deep}
    assert markers == {"osallistumispyynto_julkaisu", "tarjouspyynto_julkaisu", "paatos_kumppani", x}


# ---------------------------------------------------------------- overdue (issue 15, item 7)

DEC_4 = D(2026, 12, 4)


def test_keusote_overdue_on_4_december_2026(keusote):
    found = tl.overdue(keusote, DEC_4)
    tasks = [o for o in found if o.kind == "task"]
    assert len(tasks) == 11
    assert {o.key for o in tasks} == {t.key for t in keusote.procurement_tasks if not t.done and t.due < DEC_4}
    gates = [o for o in found if o.kind == "gate"]
    assert [(o.key, o.date) for o in gates] == [("paatos_kilpailutus", D(2026, 2, 24))]
    assert gates[0].message == ("Myöhässä: päätöspiste ”Poliittinen päätös hankinnan kilpailutuksen "
                                "käynnistämisestä” 24.2.2026 (ei päätetty)")
    # The past milestones and deadlines are not marked done either; events are not overdue.
    assert {o.key for o in found if o.kind in ("milestone", "deadline")} == {
        "vastaukset_1", "asiakirjat", "kommentit", "osallistumispyynto_julkaisu", "tarjouspyynto_julkaisu"}
    assert [o.date for o in found] == sorted(o.date for o in found)
    # The timeline's warnings put them first, each pointing at its item.
    ws = tl.warnings(keusote, today=DEC_4)
    assert [w.rule for w in ws[:len(found)]] == ["overdue"] * len(found)
    assert ("marker", "paatos_kilpailutus") in {w.items[0] for w in ws}
    assert ("task", "vertailu") in {w.items[0] for w in ws}
    # Without a reference day the schedule warnings are as before.
    assert "overdue" not in rules(keusote)


def test_nothing_overdue_before_the_dates(keusote):
    assert tl.overdue(keusote, D(2025, 9, 1)) == []
    # A date of today is not overdue yet; the day after it is.
    assert all(o.key != "mvp" for o in tl.overdue(keusote, D(2025, 12, 3)))
    assert any(o.key == "mvp" for o in tl.overdue(keusote, D(2025, 12, 4)))


def test_overdue_clears_when_done_or_decided(keusote, english):
    plan = tl.update_marker(keusote, "paatos_kilpailutus", state="go")
    plan = tl.update_marker(plan, "asiakirjat", state="done")
    plan = dataclasses.replace(plan, procurement_tasks=tuple(
        dataclasses.replace(t, done=True) for t in plan.procurement_tasks))
    validate_plan(plan)
    keys = {o.key for o in tl.overdue(plan, DEC_4)}
    assert keys == {"vastaukset_1", "kommentit", "osallistumispyynto_julkaisu", "tarjouspyynto_julkaisu"}
    # A withdrawn gate is decided too.
    withdrawn = tl.update_marker(keusote, "paatos_kilpailutus", state="withdraw")
    assert "paatos_kilpailutus" not in {o.key for o in tl.overdue(withdrawn, DEC_4)}
    msg = tl.overdue(keusote, DEC_4)
    assert "Overdue: procurement task “Markkinavuoropuhelutilaisuus 3.12.2025”, due 3 Dec 2025 (still open)" in [
        o.message for o in msg]


def test_done_state_of_milestones_and_deadlines(keusote):
    plan = tl.update_marker(keusote, "kommentit", state="done")
    assert tl._marker(plan, "kommentit").state == "done"
    # Done survives a change between milestone and deadline, not to an event or a gate.
    plan = tl.update_marker(plan, "kommentit", kind="milestone")
    assert tl._marker(plan, "kommentit").state == "done"
    assert tl._marker(tl.update_marker(plan, "kommentit", kind="event"), "kommentit").state == ""
    assert tl._marker(tl.update_marker(plan, "kommentit", kind="gate"), "kommentit").state == "pending"
    with pytest.raises(PlanError):
        tl.update_marker(keusote, "paatos_kilpailutus", state="done")
    with pytest.raises(PlanError):
        tl.update_marker(keusote, "mvp_tilaisuus", state="done")
    validate_plan(plan)
    with pytest.raises(PlanError):
        validate_plan(dataclasses.replace(plan, markers=tuple(
            dataclasses.replace(x, state="done") if x.kind == "gate" else x for x in plan.markers)))


def test_done_state_round_trips_through_json(keusote):
    from alliance_desktop.core import interchange
    plan = tl.update_marker(keusote, "kommentit", state="done")
    again = interchange.plan_from_json(interchange.plan_to_json(plan))
    assert tl._marker(again, "kommentit").state == "done"
