"""The timeline's warnings after an edit reuse the unchanged records' warnings (issue 16: at 64x a moved
phase used to format and translate 9 000 messages again), and equal a build from nothing."""

from __future__ import annotations

import datetime as dt
import sys
from functools import cache
from pathlib import Path

from alliance_desktop import i18n
from alliance_desktop.core import interchange
from alliance_desktop.core import timeline as tl

TODAY = dt.date(2026, 11, 23)


@cache
def plan():
    """A 2x Keusote plan (benchmarks/plangen.py): its copies run in parallel, so phases overlap."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    try:
        import plangen
    finally:
        sys.path.pop(0)
    return interchange.plan_from_text(plangen.plan_text(2))


def fresh(p, min_tender=tl.DEFAULT_MIN_TENDER_DAYS, today=TODAY):
    """The warnings made from nothing (no earlier warnings to reuse)."""
    tl._made.clear()
    return tl._find_warnings(p, min_tender, today)


def test_an_edit_reuses_the_unchanged_warnings_and_equals_a_fresh_build():
    p = plan()
    first = fresh(p)
    assert {w.rule for w in first} >= {"overdue", "overlap"}
    moved = p.phases[0]
    edited = tl.move_phase(p, moved.key, 7)
    after = tl._find_warnings(edited, tl.DEFAULT_MIN_TENDER_DAYS, TODAY)
    steps, markers = tl.linked(p, moved.key)
    touched = {("phase", k) for k in steps | {moved.key}} | {("marker", k) for k in markers}
    kept = [w for w in after if not touched.intersection(w.items) and w in first]
    assert kept and all(any(w is old for old in first) for w in kept)  # the very same objects
    assert any(touched.intersection(w.items) for w in after)
    assert after == fresh(edited)


def test_edits_and_undo_keep_equal_to_a_fresh_build():
    p = plan()
    states = [p]
    for phase in p.phases[:4]:
        states.append(tl.move_phase(states[-1], phase.key, 10))
    states.append(tl.update_marker(states[-1], p.markers[0].key, name="Uusi nimi"))
    for state in states + states[::-1]:  # edits, then undo back to the start
        reused = tl._find_warnings(state, tl.DEFAULT_MIN_TENDER_DAYS, TODAY)
        assert reused == fresh(state)
        tl._find_warnings(state, tl.DEFAULT_MIN_TENDER_DAYS, TODAY)


def test_another_language_day_or_shortest_tender_makes_the_messages_again():
    p = plan()
    fi = fresh(p)
    i18n.set_language("en")
    try:
        en = tl._find_warnings(p, tl.DEFAULT_MIN_TENDER_DAYS, TODAY)
        tl._made.clear()
        assert en == tl._find_warnings(p, tl.DEFAULT_MIN_TENDER_DAYS, TODAY)
    finally:
        i18n.set_language("fi")
    assert [w.message for w in en] != [w.message for w in fi]
    later = tl._find_warnings(p, tl.DEFAULT_MIN_TENDER_DAYS, TODAY + dt.timedelta(days=400))
    assert later == fresh(p, today=TODAY + dt.timedelta(days=400)) != fi
    longer = tl._find_warnings(p, 400, TODAY)
    assert longer == fresh(p, min_tender=400) != fi


def test_the_extent_is_remembered_per_plan_state_and_follows_edits():
    p = plan()
    first = tl.extent(p)
    assert first == (min(tl.all_dates(p)), max(tl.all_dates(p)))
    computed = tl._extent.computed
    assert tl.extent(p) == first and tl._extent.computed == computed  # remembered
    later = tl.move_phase(p, min((x for x in p.phases if x.start), key=lambda x: x.start).key, -400)
    assert tl.extent(later) == (min(tl.all_dates(later)), max(tl.all_dates(later))) != first
    empty = tl.extent(tl.m.Plan(), today=TODAY)
    assert empty == (TODAY - 30 * tl.DAY, TODAY + 335 * tl.DAY)
