"""Overdue items on the Overview and in Risks and procurement (issue 15, item 7), with the day pinned."""

from __future__ import annotations

import datetime as dt

import pytest

DEC_4 = dt.date(2026, 12, 4)


def test_the_overview_names_what_is_overdue(window):
    assert window.show_view("overview")
    view = window.views["overview"]
    view.today = DEC_4
    view.refresh()
    assert view.overdue_card.isVisibleTo(view)
    assert view.overdue_heading.text() == "17 myöhässä, vanhimmat ensin:"
    assert view.overdue_heading.font().bold()
    text = view.overdue_label.text()
    assert text.startswith("• Myöhässä: hankintatehtävä")
    assert len(text.splitlines()) == 5  # the oldest four, then how many more
    assert "Myöhässä: hankintatehtävä ”Markkinavuoropuhelutilaisuus 3.12.2025”, määräpäivä 3.12.2025 (yhä avoin)" in text
    assert "ja 13 muuta" in text
    # before every date of the demo nothing is overdue, and the card is gone
    view.today = dt.date(2025, 9, 1)
    view.refresh()
    assert not view.overdue_card.isVisibleTo(view)


def test_overview_quotes_names_as_text(window):
    from PySide6.QtCore import Qt

    from alliance_desktop.core import edits

    view = window.views["overview"]
    view.today = DEC_4
    assert window.document.apply("r", lambda plan: edits.update_record(plan, "procurement_tasks", "mvp",
                                                                        name="<b>A & B</b>"))
    view.refresh()
    assert "”<b>A & B</b>”" in view.overdue_label.text()  # shown as typed, never as rich text
    assert view.overdue_label.textFormat() == Qt.TextFormat.PlainText
    # its first line alone would make an automatic label bold "A & B" and drop the tags
    assert view.overdue_label.text().splitlines()[0].startswith("• Myöhässä: hankintatehtävä ”<b>A & B</b>”")


def test_risks_view_marks_overdue_tasks(window):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor

    from alliance_desktop.ui import theme

    assert window.show_view("risks")
    view = window.views["risks"]
    view.today = DEC_4
    view.refresh()
    assert view.summary.text().endswith("· myöhässä 11")
    table = view.tables["procurement_tasks"]
    due_col = next(i for i, c in enumerate(table.columns) if c.field == "due")
    def cell(row, col, role):
        return table.model().index(row, col).data(role)

    late = [key for row, key in enumerate(table.keys)
            if cell(row, due_col, Qt.ItemDataRole.ForegroundRole) == QColor(theme.BAD)]
    assert len(late) == 11 and "vertailu" in late and "hankintapaatos" not in late
    name_col = next(i for i, c in enumerate(table.columns) if c.field == "name")
    row = table.keys.index("vertailu")
    assert cell(row, name_col, Qt.ItemDataRole.ForegroundRole) == QColor(theme.BAD)
    assert cell(row, due_col, Qt.ItemDataRole.DisplayRole) == "30.10.2026"
    assert cell(row, due_col, Qt.ItemDataRole.EditRole) == "30.10.2026"  # what the editor starts from
    assert cell(row, due_col, Qt.ItemDataRole.FontRole).bold()
    assert cell(row, due_col, Qt.ItemDataRole.ToolTipRole).startswith("Myöhässä")
    # editing the date of an overdue task works as for any other
    table.model().setData(table.model().index(row, due_col), "31.12.2026")
    assert next(t for t in window.document.plan.procurement_tasks if t.key == "vertailu").due == dt.date(2026, 12, 31)
    row = table.keys.index("vertailu")
    assert cell(row, due_col, Qt.ItemDataRole.ForegroundRole) != QColor(theme.BAD)
    assert view.summary.text().endswith("· myöhässä 10")
    # marking one done takes the mark away
    view.change("procurement_tasks", "tarjouspyynto", "done", True)
    row = table.keys.index("tarjouspyynto")
    assert cell(row, due_col, Qt.ItemDataRole.FontRole) is None
    assert view.summary.text().endswith("· myöhässä 9")


def test_overview_overdue_texts_are_the_timelines(english_catalogue):
    from alliance_desktop.core import timeline as tl
    from alliance_desktop.ui.overview import overdue_template_source

    for kind in ("gate", "deadline", "milestone", "task"):
        assert overdue_template_source(kind) == tl.overdue_template(kind)


@pytest.fixture
def english_catalogue():
    from alliance_desktop import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("fi")
