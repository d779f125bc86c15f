"""The risk tables' structure under quick changes (issue 16 follow-up)."""

from __future__ import annotations


def test_the_costs_columns_on_and_off_with_no_events_between(window):
    """Costs on and off again at once: the table's resize in the middle of the model's column change fitted
    the old columns to the new model (an IndexError inside Qt's event, which crashed the process)."""
    assert window.show_view("risks")
    view = window.views["risks"]
    table = view.tables["risks"]
    view.money_button.setChecked(True)
    view.money_button.setChecked(False)
    assert [c.field for c in table.columns][-2:] == ["description", "mitigation"]
    assert table.model().columnCount() == len(table.columns)
    view.money_button.setChecked(True)
    assert table.model().columnCount() == len(table.columns) == 9
