"""The timeline inspector's date editor holds every date a plan may hold (core.validation's 1900-01-01 ..
2200-12-31): the first allowed day is a date, not the empty value, and the editor stops at the last one."""

from __future__ import annotations

import datetime as _dt

from alliance_desktop.core import validation
from alliance_desktop.ui.timeline.inspector import CommitDateEdit


def test_first_and_last_allowed_dates_are_dates(qtbot):
    committed = []
    edit = CommitDateEdit(committed.append)
    qtbot.addWidget(edit)
    for day in (validation.FIRST_DATE, validation.LAST_DATE, _dt.date(2026, 2, 24)):
        edit.set_value(day)
        assert edit.value() == day
    edit.set_value(None)
    assert edit.value() is None and edit.text() == "—"
    from alliance_desktop.ui.timeline.table import from_qdate

    assert from_qdate(edit.maximumDate()) == validation.LAST_DATE
    assert from_qdate(edit.minimumDate()) == validation.FIRST_DATE - _dt.timedelta(days=1)
