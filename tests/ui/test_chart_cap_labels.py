"""The gain/pain chart's cap labels never overlap (commercial.chart.cap_label_places).

At 1280x720 the demo's "Jaettavan säästön katto (−5 %)" was drawn over "+12 %": the later label was
shortened, the earlier long one was not."""

from __future__ import annotations

import itertools

from alliance_desktop.ui.commercial.chart import cap_label_places


def width(text: str) -> float:
    return 7.0 * len(text) + 8


def no_overlap_inside(places, left, right):
    spans = sorted((x, x + w) for x, w, _text in places)
    assert all(a[1] <= b[0] + 1e-9 for a, b in zip(spans, spans[1:])), spans
    assert all(left - 1e-9 <= a and b <= right + 1e-9 for a, b in spans), spans


CAPS = [(100.0, "Jaettavan säästön katto (−5 %)", "−5 %"), (180.0, "Sanktio katossaan (+12 %)", "+12 %")]


def test_the_demo_at_1280_x_720_gets_both_percentages_apart():
    places = cap_label_places(CAPS, width, 0, 260)
    no_overlap_inside(places, 0, 260)
    assert [text for _x, _w, text in places] == ["−5 %", "+12 %"]


def test_room_enough_keeps_the_long_labels_or_as_many_as_fit():
    apart = [(300.0, *CAPS[0][1:]), (1200.0, *CAPS[1][1:])]
    assert [t for _x, _w, t in cap_label_places(apart, width, 0, 2000)] == [c[1] for c in CAPS]
    mixed = cap_label_places([(100.0, *CAPS[0][1:]), (300.0, *CAPS[1][1:])], width, 0, 470)
    no_overlap_inside(mixed, 0, 470)
    assert [t for _x, _w, t in mixed] == ["Jaettavan säästön katto (−5 %)", "+12 %"]


def test_any_two_caps_anywhere_never_overlap_and_stay_inside():
    for right, a, b in itertools.product((120.0, 260.0, 600.0), range(0, 601, 37), range(0, 601, 41)):
        caps = [(min(float(a), right), *CAPS[0][1:]), (min(float(b), right), *CAPS[1][1:])]
        places = cap_label_places(caps, width, 0, right)
        if sum(w for _x, w, _t in places) <= right:  # (the strip may be narrower than two percentages)
            no_overlap_inside(places, 0, right)
    assert cap_label_places([], width, 0, 100) == []
    assert [t for _x, _w, t in cap_label_places([CAPS[0]], width, 0, 80)] == ["−5 %"]
