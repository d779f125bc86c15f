"""The inspector: every field of the selected phase, step or marker, including the staff-transfer decision.

Fields commit when they are left or Enter is pressed (one undo step each). What can be edited
depends on the item: a phase has dates, a parent phase and the staff decision; a marker has a
date and time of day, its phase, and (decision gates) a state and whether withdrawing ends the alliance.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core import glossary
from ...core import model as m
from ...core import timeline as tl
from .. import fmt, theme
from ..widgets import CommitLineEdit, CommitTextEdit
from .table import date_format, from_qdate, kind_icon, to_qdate

# The empty date ("—") is the day before the first date a plan may hold (core.validation.FIRST_DATE), so
# every allowed date, 1.1.1900 included, can be shown and typed; the editor stops at the last allowed date.
NO_DATE = QDate(1899, 12, 31)
LAST_DATE = QDate(2200, 12, 31)


class CommitDateEdit(QDateEdit):
    """A date editor that may be empty ("—") and commits when left, on Enter, or when a day is picked."""

    def __init__(self, commit: Callable[[_dt.date | None], None]):
        super().__init__()
        self._commit = commit
        self._shown: _dt.date | None = None
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format())
        self.setMinimumDate(NO_DATE)
        self.setMaximumDate(LAST_DATE)
        self.setSpecialValueText("—")
        self.editingFinished.connect(self._finish)
        self.calendarWidget().clicked.connect(lambda _d: self._finish())

    def value(self) -> _dt.date | None:
        d = self.date()
        return None if d == NO_DATE else from_qdate(d)

    def set_value(self, d: _dt.date | None) -> None:
        self._shown = d
        self.blockSignals(True)
        self.setDate(to_qdate(d) if d else NO_DATE)
        self.blockSignals(False)

    def _finish(self) -> None:
        if self.value() != self._shown:
            self._shown = self.value()
            self._commit(self._shown)


class TimelineInspector(QWidget):
    """Shows one item; calls `edit(kind, key, undo_text, changes)` for each committed field."""

    selectRequested = Signal(str, str)

    def __init__(self, edit: Callable[[str, str, str, dict], bool], parent: QWidget | None = None):
        super().__init__(parent)
        self._edit = edit
        self.ident: tuple[str, str] | None = None
        self.plan: m.Plan | None = None
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        page = QWidget()
        scroll.setWidget(page)
        grid = QGridLayout(page)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)

        self.heading = QLabel()
        theme.card_title(self.heading)
        self.empty = QLabel(self.tr("Select a phase or a milestone on the timeline or in the table to see "
                                    "and edit its details here."))
        theme.muted(self.empty)
        self.empty.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"background: {theme.BANNER}; color: {theme.TEXT}; padding: 6px; "
                                   f"border: 1px solid {theme.WARN}; border-radius: 4px;")
        self.error = QLabel()
        theme.error_text(self.error)
        self.error.setWordWrap(True)
        grid.addWidget(self.heading, 0, 0, 1, 2)
        grid.addWidget(self.empty, 1, 0, 1, 2)
        grid.addWidget(self.warning, 2, 0, 1, 2)
        grid.addWidget(self.error, 3, 0, 1, 2)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = CommitLineEdit(lambda t: self._commit(self.tr("Rename"), name=t))
        self.kind = QComboBox()
        self.kind.activated.connect(lambda _i: self._commit(self.tr("Change type"), kind=self.kind.currentData()))
        self.parent_phase = QComboBox()
        self.parent_phase.activated.connect(lambda _i: self._commit_link(self.parent_phase.currentData()))
        self.start = CommitDateEdit(lambda d: self._commit_date("start", d))
        self.end = CommitDateEdit(lambda d: self._commit_date("end", d))
        self.time = CommitLineEdit(self._commit_time)
        self.time.setPlaceholderText(self.tr("e.g. 16.00 or 12.00–13.00"))
        self.owner = CommitLineEdit(lambda t: self._commit(self.tr("Change owner"), owner=t.strip()))
        self.state = QComboBox()
        for state in m.GATE_STATES:
            self.state.addItem(tl.state_title(state), state)
        self.state.activated.connect(lambda _i: self._commit(self.tr("Change decision"),
                                                             state=self.state.currentData()))
        self.ends = QCheckBox(self.tr("Withdrawing here ends the alliance"))
        self.ends.clicked.connect(lambda on: self._commit(self.tr("Change decision gate"), ends_alliance=bool(on)))
        self.done = QCheckBox(self.tr("Done"))
        self.done.setToolTip(self.tr("A milestone or deadline whose date has passed is overdue until it is marked "
                                     "done."))
        self.done.clicked.connect(lambda on: self._commit(self.tr("Mark done") if on else self.tr("Mark not done"),
                                                          state="done" if on else ""))
        self.labels: dict[str, QLabel] = {}
        for name, widget, text in (
            ("name", self.name, self.tr("Name")),
            ("kind", self.kind, self.tr("Type")),
            ("parent", self.parent_phase, self.tr("Inside phase")),
            ("start", self.start, self.tr("Start")),
            ("end", self.end, self.tr("End")),
            ("time", self.time, self.tr("Time of day")),
            ("owner", self.owner, self.tr("Owner")),
            ("state", self.state, self.tr("Decision")),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text)
            self.labels[name] = label
            form.addRow(label, widget)
        form.addRow("", self.ends)
        form.addRow("", self.done)
        self.duration = QLabel()
        theme.muted(self.duration)
        self.duration.setWordWrap(True)
        form.addRow("", self.duration)
        grid.addLayout(form, 4, 0)

        right = QVBoxLayout()
        self.staff_label = QLabel(self.tr("Staff transfers: what must be decided, and how far"))
        self.staff_label.setWordWrap(True)
        self.staff_label.setToolTip(self.tr("What must be decided about transferring staff to the alliance in this "
                                            "phase, and how final the decision has to be (henkilöstön siirrot)."))
        self.staff = CommitTextEdit(lambda t: self._commit(self.tr("Change staff decision"), staff_decision=t))
        self.staff.setAccessibleName(self.staff_label.text())
        self.staff_label.setBuddy(self.staff)
        self.notes_label = QLabel(self.tr("Notes"))
        self.notes = CommitTextEdit(lambda t: self._commit(self.tr("Change notes"), notes=t))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes_label.setBuddy(self.notes)
        right.addWidget(self.staff_label)
        right.addWidget(self.staff, 1)
        right.addWidget(self.notes_label)
        right.addWidget(self.notes, 1)
        self._grid, self._right, self._stacked = grid, right, False
        grid.addLayout(right, 4, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        for w in (self.staff, self.notes, self.staff_label, self.notes_label):
            w.setSizePolicy(QSizePolicy.Policy.Ignored, w.sizePolicy().verticalPolicy())
            w.setMinimumWidth(170)
        policy = self.staff_label.sizePolicy()
        policy.setHeightForWidth(True)  # its wrapped lines get their height (a narrow panel: three lines)
        self.staff_label.setSizePolicy(policy)
        for w in (self.staff, self.notes):
            w.setMinimumHeight(48)
        grid.setRowStretch(4, 1)
        for combo in (self.kind, self.parent_phase, self.state):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self._fields = (self.name, self.kind, self.parent_phase, self.start, self.end, self.time, self.owner,
                        self.state, self.ends, self.done, self.staff, self.notes, self.staff_label, self.notes_label,
                        self.duration, *self.labels.values())
        self.show_item(None, None, {}, True)

    STACK_BELOW = 52  # in points of the text size (520 px at the normal size): narrower than this, the
    # text fields go under the form, not beside it

    def stack_width(self) -> int:
        return round(self.STACK_BELOW * theme.BASE_POINT_SIZE)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        stacked = self.width() < self.stack_width()
        if stacked != self._stacked:
            self._stacked = stacked
            self._grid.removeItem(self._right)
            if stacked:
                self._grid.addLayout(self._right, 5, 0, 1, 2)
            else:
                self._grid.addLayout(self._right, 4, 1)
            self._grid.setColumnStretch(1, 0 if stacked else 2)

    # --- showing

    def show_item(self, plan: m.Plan | None, ident: tuple[str, str] | None, warnings, read_only: bool) -> None:
        self.plan = plan
        item = None
        if plan is not None and ident is not None:
            kind, key = ident
            pool = plan.phases if kind == "phase" else plan.markers
            item = next((x for x in pool if x.key == key), None)
        if ident != self.ident:
            self.error.clear()
            self.error.hide()
        self.ident = ident if item is not None else None
        self.empty.setVisible(item is None)
        for w in self._fields:
            w.setVisible(item is not None)
        if item is None:
            self.heading.setText(self.tr("Details"))
            self.warning.hide()
            return
        found = warnings.get(self.ident, [])
        self.warning.setVisible(bool(found))
        self.warning.setText("\n".join("⚠ " + w.message for w in found))
        is_phase = self.ident[0] == "phase"
        self.heading.setText(tl.kind_title("step" if is_phase and item.parent else item.kind))
        self.name.set_value(item.name)
        self.kind.clear()
        kinds = m.PHASE_KINDS if is_phase else m.MARKER_KINDS
        for k in kinds:
            self.kind.addItem(kind_icon(k) if not is_phase else kind_icon(k), tl.kind_title(k), k)
            if k in glossary.KIND_TERMS:  # the term's definition (Help > Glossary)
                self.kind.setItemData(self.kind.count() - 1, glossary.tooltip(glossary.KIND_TERMS[k]),
                                      Qt.ItemDataRole.ToolTipRole)
        self.kind.setCurrentIndex(kinds.index(item.kind) if item.kind in kinds else 0)
        self.parent_phase.clear()
        if is_phase:
            self.labels["parent"].setText(self.tr("Inside phase"))
            self.parent_phase.addItem(self.tr("— a main phase —"), "")
            excluded = {item.key} | tl.linked(plan, item.key)[0]
        else:
            self.labels["parent"].setText(self.tr("Phase"))
            self.parent_phase.addItem(self.tr("— no phase —"), "")
            excluded = set()
        for p in plan.phases:
            if p.key not in excluded:
                self.parent_phase.addItem(("    " if p.parent else "") + p.name, p.key)
        link = item.parent if is_phase else item.phase
        self.parent_phase.setCurrentIndex(max(0, self.parent_phase.findData(link)))
        self.labels["start"].setText(self.tr("Start") if is_phase else self.tr("Date"))
        self.start.set_value(item.start if is_phase else item.date)
        self.end.set_value(item.end if is_phase else None)
        for w in (self.end, self.labels["end"]):
            w.setVisible(is_phase)
        for w in (self.time, self.labels["time"]):
            w.setVisible(not is_phase)
        if not is_phase:
            self.time.set_value(self._time_text(item))
        self.owner.set_value(item.owner)
        gate = not is_phase and item.kind == "gate"
        for w in (self.state, self.labels["state"], self.ends):
            w.setVisible(gate)
        if gate:
            self.state.setCurrentIndex(max(0, self.state.findData(item.state or "pending")))
            self.ends.setChecked(item.ends_alliance)
        can_be_done = not is_phase and item.kind in tl.DONE_KINDS
        self.done.setVisible(can_be_done)
        if can_be_done:
            self.done.setChecked(item.state == "done")
        for w in (self.staff, self.staff_label):
            w.setVisible(is_phase)
        if is_phase:
            self.staff.set_value(item.staff_decision)
        self.notes.set_value(item.notes)
        if is_phase and item.start and item.end:
            self.duration.setText(self.tr("{days} days, {start}–{end}").format(
                days=(item.end - item.start).days + 1, start=fmt.date(item.start), end=fmt.date(item.end)))
        else:
            self.duration.setText(fmt.date_time(item.date, item.time, item.time_end) if not is_phase else "")
        for w in (self.name, self.time, self.owner):
            w.setReadOnly(read_only)
        for w in (self.staff, self.notes):
            w.setReadOnly(read_only)
        for w in (self.kind, self.parent_phase, self.start, self.end, self.state, self.ends, self.done):
            w.setEnabled(not read_only)

    @staticmethod
    def _time_text(x: m.Marker) -> str:
        if not x.time:
            return ""
        text = fmt.date_time(_dt.date(2000, 1, 1), x.time, x.time_end)
        return text.split(" ", 1)[1].removeprefix("klo ")

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def focus_name(self) -> None:
        if self.ident is not None:
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)
            self.name.selectAll()

    # --- committing

    def _commit(self, text: str, **changes) -> None:
        if self.ident is None:
            return
        self.show_error("")
        self._edit(self.ident[0], self.ident[1], text, changes)

    def _commit_link(self, key: str) -> None:
        if self.ident is None:
            return
        if self.ident[0] == "phase":
            self._commit(self.tr("Move into another phase"), parent=key)
        else:
            self._commit(self.tr("Link to another phase"), phase=key)

    def _commit_date(self, which: str, d: _dt.date | None) -> None:
        if self.ident is None:
            return
        if self.ident[0] == "phase":
            self._commit(self.tr("Change dates"), **{which: d})
        else:
            self._commit(self.tr("Change date"), date=d)

    def _commit_time(self, text: str) -> None:
        self._commit(self.tr("Change time"), time_span=text)
