"""Overview view: what the alliance is, who is in it, where, and the headline numbers."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QListView,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
# QComboBox, QInputDialog and QMessageBox are imported where used: PySide6 builds a class and its enums on first
# use, and the first paint needs none of them.

from ...core import edits
from ...core import model as m
from ...core.errors import AllianceError, shown
from ...core.summary import summarize
from .. import fmt, theme
from ..lazy import on_screen
from ..widgets import Card, CommitDelegate, CommitLineEdit, CommitTextEdit, WrapLabel, move_buttons, move_step


def overdue_template_source(kind: str) -> str:
    """The English source of core.timeline.overdue_template(kind), for Qt's translator (context "Timeline")."""
    return {
        "gate": "Overdue: decision gate “{name}” {date} (not decided)",
        "deadline": "Overdue: deadline “{name}” {date} (not marked done)",
        "milestone": "Overdue: milestone “{name}” {date} (not marked done)",
    }.get(kind, "Overdue: procurement task “{name}”, due {date} (still open)")


# The same names as reports.labels.role / area_status (screen and paper agree; a test checks), made with
# Qt's translator: reports.labels reads the Qt-free catalogue, 10 ms the first time, and the Overview is
# the first view on screen.
def role_title(role: str) -> str:
    return {
        "buyer": QCoreApplication.translate("Overview", "Buyer"),
        "producer": QCoreApplication.translate("Overview", "Producer"),
        "subcontractor": QCoreApplication.translate("Overview", "Subcontractor"),
        "support_service": QCoreApplication.translate("Overview", "Support service"),
        "association": QCoreApplication.translate("Overview", "Association"),
        "staff": QCoreApplication.translate("Overview", "Alliance staff"),
    }[role]


def area_status_title(status: str) -> str:
    return {
        "included": QCoreApplication.translate("Overview", "In the alliance"),
        "option": QCoreApplication.translate("Overview", "Option"),
        "outside": QCoreApplication.translate("Overview", "Outside"),
    }[status]


class _PlanRows(QTableWidget):
    """A table of plan items (parties, areas): the name, and a choice (role, status) per row.

    `keys[row]` is the item's key and `values[row]` its choice. The choice is text until edited
    (double-click, F2, or a click on the selected cell), then a combo box with its list open:
    a combo box in every row, built with the first view, took 4.5 ms of the start-up."""

    choiceMade = Signal(str, str)  # (key, choice), after the editor has closed

    def __init__(self, headers: tuple[str, ...], read_only: bool, choices: tuple[str, ...], title):
        super().__init__(0, len(headers))
        self.keys: list[str] = []
        self.values: list[str] = []
        self.choices = choices
        self.title = title  # choice -> its name on screen
        self.setHorizontalHeaderLabels(list(headers))
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(triggers.NoEditTriggers if read_only else
                             triggers.DoubleClicked | triggers.SelectedClicked | triggers.EditKeyPressed
                             | triggers.AnyKeyPressed)
        self.setItemDelegateForColumn(1, _ChoiceDelegate(self))
        self.setMinimumHeight(180)  # five rows; taller when the window has room (the page fits 1400x900 unscrolled)

    def fill(self, rows, attr: str, hint: str) -> None:
        """Show `rows` (plan items with .key, .name and the choice in `attr`), keeping the current row."""
        self.blockSignals(True)
        current = self.currentRow()
        self.setRowCount(len(rows))
        self.keys = [row.key for row in rows]
        self.values = [getattr(row, attr) for row in rows]
        for i, (row, value) in enumerate(zip(rows, self.values)):
            self.setItem(i, 0, QTableWidgetItem(row.name))
            choice = QTableWidgetItem(self.title(value))
            choice.setToolTip(hint)
            self.setItem(i, 1, choice)
        if 0 <= current < len(rows):
            self.setCurrentCell(current, 0)
        self.blockSignals(False)

    def selected_key(self) -> str | None:
        row = self.currentRow()
        return self.keys[row] if 0 <= row < len(self.keys) else None


class _ChoiceDelegate(CommitDelegate):
    """Edits a `_PlanRows` choice with a combo box that opens at once; a pick commits it."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QComboBox

        table: _PlanRows = self.parent()
        combo = QComboBox(parent)
        for choice in table.choices:
            combo.addItem(table.title(choice), choice)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        QTimer.singleShot(0, combo, combo.showPopup)  # one double-click, and the list is open
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt API
        editor.setCurrentIndex(max(0, editor.findData(self._stored(index))))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt API
        from PySide6.QtCore import QTimer

        table: _PlanRows = self.parent()
        stored, value = self._stored(index), editor.currentData()
        if stored is not None and value != stored:
            key = table.keys[index.row()]
            # After the editor has closed: the edit refills the table.
            QTimer.singleShot(0, table, lambda: table.choiceMade.emit(key, value))

    def _stored(self, index) -> str | None:
        """The row's choice as the table shows it now (None: the row went, say by an undo meanwhile)."""
        table: _PlanRows = self.parent()
        return table.values[index.row()] if 0 <= index.row() < len(table.values) else None


class _GoalList(QListView):
    """The goals, edited in place; Ctrl+Up and Ctrl+Down move the current one."""

    moveRequested = Signal(int)  # -1 up, +1 down

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        step = move_step(event)
        if step:
            self.moveRequested.emit(step)
            return
        super().keyPressEvent(event)


# The Overview is the first view painted at start-up, so it keeps clear of the Qt namespace (item
# flags and roles): the first use of any Qt.* enum makes PySide6 build all 93 of them, 14 ms.
class OverviewView(QWidget):
    OVERDUE_SHOWN = 4  # the oldest overdue items named on the card; the rest are counted

    def __init__(self, document):
        super().__init__()
        self.document = document
        self.today: _dt.date | None = None  # the day overdue is judged on; None: today (tests pin it)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        page = QWidget()
        scroll.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(theme.SPACING)

        # Title block: the project's name as the view title, editable in place.
        self.name = CommitLineEdit(lambda text: self._set_project(self.tr("Rename project"), name=text))
        self.name.setFont(theme.heading_font(1.8))
        self.name.setFrame(False)
        self.name.setAccessibleName(self.tr("Project name"))
        self.name.setPlaceholderText(self.tr("Project name"))
        layout.addWidget(self.name)
        facts = QFormLayout()
        self.buyer = CommitLineEdit(lambda text: self._set_project(self.tr("Change buyer"), buyer=text))
        self.target_group = CommitLineEdit(
            lambda text: self._set_project(self.tr("Change target group"), target_group=text))
        self.description = CommitTextEdit(
            lambda text: self._set_project(self.tr("Change description"), description=text))
        self.description.setFixedHeight(72)
        facts.addRow(self.tr("Buyer"), self.buyer)
        facts.addRow(self.tr("Target group"), self.target_group)
        facts.addRow(self.tr("Description"), self.description)
        layout.addLayout(facts)

        # Headline numbers.
        numbers = QGridLayout()
        numbers.setSpacing(theme.SPACING)
        self.number_labels: dict[str, tuple[WrapLabel, WrapLabel]] = {}
        cards = (
            ("target", self.tr("Total target cost")),
            ("deadline", self.tr("Next deadline")),
            ("gate", self.tr("Next decision gate")),
            ("counts", self.tr("In the plan")),
        )
        for i, (key, title) in enumerate(cards):
            card = Card(title)
            card.title.setWordWrap(True)  # two lines on a small screen, rather than a sideways scroll bar
            big = theme.big_number(WrapLabel())
            small = theme.muted(WrapLabel())
            card.body.addWidget(big)
            card.body.addWidget(small)
            card.body.addStretch(1)
            numbers.addWidget(card, 0, i)
            numbers.setColumnStretch(i, 1)
            self.number_labels[key] = (big, small)
        layout.addLayout(numbers)

        # What is overdue (core.timeline.overdue): hidden when nothing is.
        self.overdue_card = Card(self.tr("Overdue"))
        # The count in bold, then the oldest few as plain text: names are shown as typed, and rich text
        # took twice as long to lay out (a third of the Overview's first frame, with the heights per width).
        self.overdue_heading = theme.error_text(WrapLabel())
        self.overdue_heading.setFont(theme.scaled_font(bold=True))
        self.overdue_label = theme.error_text(WrapLabel(plain=True))
        overdue_lines = QVBoxLayout()
        overdue_lines.setSpacing(0)  # the count and the names read as one block
        overdue_lines.addWidget(self.overdue_heading)
        overdue_lines.addWidget(self.overdue_label)
        self.overdue_card.body.addLayout(overdue_lines)
        self.overdue_card.setVisible(False)
        layout.addWidget(self.overdue_card)

        lists = QHBoxLayout()
        lists.setSpacing(theme.SPACING)
        layout.addLayout(lists, 1)

        goals_card = Card(self.tr("Goals"))
        self.goals = _GoalList()
        self.goal_items = QStandardItemModel(self.goals)
        self.goals.setModel(self.goal_items)
        self.goals.setAccessibleName(self.tr("Goals"))
        self.goals.setWordWrap(True)
        self.goal_items.itemChanged.connect(self._goal_edited)  # edited in place (filling emits no itemChanged)
        self.goals.moveRequested.connect(self._move_goal)
        goals_card.body.addWidget(self.goals, 1)
        goal_buttons = self._buttons(self.tr("Add goal"), self._add_goal, self.tr("Remove goal"), self._remove_goal)
        for i, button in enumerate(move_buttons(self.tr("Move the goal up (Ctrl+Up)"),
                                                self.tr("Move the goal down (Ctrl+Down)"), self._move_goal,
                                                enabled=not document.read_only)):
            goal_buttons.insertWidget(2 + i, button)  # after Add and Remove, before the stretch
        goals_card.body.addLayout(goal_buttons)
        lists.addWidget(goals_card, 3)

        parties_card = Card(self.tr("Parties"))
        self.parties = _PlanRows((self.tr("Name"), self.tr("Role")), document.read_only, m.PARTY_ROLES, role_title)
        self.parties.itemChanged.connect(self._party_name_edited)
        self.parties.choiceMade.connect(lambda key, role: self._apply(
            self.tr("Change party role"), lambda plan: edits.update_party(plan, key, role=role)))
        parties_card.body.addWidget(self.parties, 1)
        parties_card.body.addLayout(self._buttons(self.tr("Add party"), self._add_party,
                                                  self.tr("Remove party"), self._remove_party))
        lists.addWidget(parties_card, 4)

        areas_card = Card(self.tr("Areas"))
        self.areas = _PlanRows((self.tr("Area"), self.tr("Status")), document.read_only, m.AREA_STATUSES,
                               area_status_title)
        self.areas.itemChanged.connect(self._area_name_edited)
        self.areas.choiceMade.connect(lambda key, status: self._apply(
            self.tr("Change area status"), lambda plan: edits.update_area(plan, key, status=status)))
        areas_card.body.addWidget(self.areas, 1)
        areas_card.body.addLayout(self._buttons(self.tr("Add area"), self._add_area,
                                                self.tr("Remove area"), self._remove_area))
        lists.addWidget(areas_card, 3)
        if not document.read_only:
            hint = theme.muted(WrapLabel(self.tr(
                "Double-click a goal, a name, a role or a status to change it. Every change is saved at once "
                "and can be undone (Ctrl+Z).")))
            layout.addWidget(hint)

        self._stale: set[str] = set()
        document.changed.connect(self._changed)
        self.refresh()

    # ------------------------------------------------------------ helpers

    def _buttons(self, add_text, add_slot, remove_text, remove_slot) -> QHBoxLayout:
        row = QHBoxLayout()
        add = QPushButton(add_text)
        add.clicked.connect(add_slot)
        remove = QPushButton(remove_text)
        remove.clicked.connect(remove_slot)
        read_only = self.document.read_only
        add.setEnabled(not read_only)
        remove.setEnabled(not read_only)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        return row

    def _apply(self, text: str, edit) -> bool:
        return self.document.apply(text, edit)

    def _set_project(self, text: str, **changes) -> None:
        from PySide6.QtWidgets import QMessageBox

        if "name" in changes and not changes["name"].strip():
            QMessageBox.warning(self, self.tr("The change was not made"), self.tr("The project needs a name."))
            self.refresh()
            return
        if not self._apply(text, lambda plan: edits.set_project(plan, **changes)):
            self.refresh()

    # ------------------------------------------------------------ refresh

    def _changed(self, sections: list[str]) -> None:
        # Only what changed is rebuilt, and only when seen: an edit in another view must stay fast.
        self._stale.update(sections)
        if on_screen(self):  # hidden: refreshed when shown (ui/lazy.py)
            self._refresh_stale()

    def catch_up(self) -> None:
        """Show what changed while another view was on screen (the main window calls this on the switch).

        Not a showEvent: a Python event handler on the first view would make PySide6 build QEvent's
        enum before the first paint."""
        self._refresh_stale()

    def show_item(self, kind: str, key: str, parent: str = "") -> None:
        """Select a party or an area (Edit > Find); the project itself: its name field."""
        self._refresh_stale()
        table = {"party": self.parties, "area": self.areas}.get(kind)
        if table is None or key not in table.keys:
            self.name.setFocus()
            return
        table.setCurrentCell(table.keys.index(key), 0)
        table.setFocus()

    def _refresh_stale(self) -> None:
        stale, self._stale = self._stale, set()
        if not stale:
            return
        plan = self.document.plan
        if "project" in stale:
            self._refresh_project(plan)
            self._refresh_goals(plan)
        if "parties" in stale:
            self._refresh_parties(plan)
        if "areas" in stale:
            self._refresh_areas(plan)
        self._refresh_numbers(plan)

    def refresh(self) -> None:
        plan = self.document.plan
        self._stale = set()
        self._refresh_project(plan)
        self._refresh_numbers(plan)
        self._refresh_goals(plan)
        self._refresh_parties(plan)
        self._refresh_areas(plan)

    def _refresh_project(self, plan: m.Plan) -> None:
        read_only = self.document.read_only
        p = plan.project
        for widget, value in ((self.name, p.name), (self.buyer, p.buyer), (self.target_group, p.target_group),
                              (self.description, p.description)):
            widget.set_value(value)
            widget.setReadOnly(read_only)

    def _refresh_numbers(self, plan: m.Plan) -> None:
        s = summarize(plan, self.today)
        self._refresh_overdue(s.overdue)
        big, small = self.number_labels["target"]
        big.setText(fmt.money(s.total_target_cost))
        small.setText(self.tr("{count} service periods, {start}–{end}").format(
            count=s.period_count, start=fmt.date(s.service_start), end=fmt.date(s.service_end))
            if s.period_count else self.tr("No service periods yet"))
        for key, marker, last in (("deadline", s.next_deadline, s.last_deadline),
                                  ("gate", s.next_gate, None)):
            big, small = self.number_labels[key]
            if marker is None:
                big.setText("—")
                small.setText(self.tr("None ahead; the last was {when}: {name}").format(
                    when=fmt.date_time(last.date, last.time, last.time_end), name=last.name)
                    if last else self.tr("None ahead"))
            else:
                big.setText(fmt.date_time(marker.date, marker.time, marker.time_end))
                small.setText(marker.name)
        big, small = self.number_labels["counts"]
        counts = self.tr("Chains {chains} · metrics {metrics}").format(chains=s.chain_count, metrics=s.metric_count)
        # a narrow card breaks the line only after the "·", never between a word and its number
        big.setText(" · ".join(part.replace(" ", "\u00a0") for part in counts.split(" · ")))
        small.setText((self.tr("Care steps {steps}, parties {parties}, risks {risks} ({severe} severe and open)")
                       if s.severe_open_risk_count else self.tr("Care steps {steps}, parties {parties}, risks {risks}"))
                      .format(steps=s.step_count, parties=s.party_count, risks=s.risk_count,
                              severe=s.severe_open_risk_count))

    def _refresh_overdue(self, overdue) -> None:
        """"17 overdue" and the oldest few by name (the timeline's warnings list them all)."""
        self.overdue_card.setVisible(bool(overdue))
        if not overdue:
            return
        self.overdue_heading.setText(self.tr("{count} overdue, the oldest first:").format(count=len(overdue)))
        # Qt's translator, not the Qt-free catalogue (10 ms to read): the same "Timeline" texts as core.timeline.
        lines = ["• " + QCoreApplication.translate("Timeline", overdue_template_source(o.kind)).format(
            name=shown(o.name, 100), date=fmt.date(o.date)) for o in overdue[:self.OVERDUE_SHOWN]]
        if len(overdue) > self.OVERDUE_SHOWN:
            lines.append(self.tr("… and {count} more: see Timeline › Warnings and Risks and procurement.").format(
                count=len(overdue) - self.OVERDUE_SHOWN))
        self.overdue_label.setText("\n".join(lines))

    def _refresh_goals(self, plan: m.Plan) -> None:
        self.goal_items.clear()
        for goal in plan.project.goals:
            item = QStandardItem(goal)
            item.setEditable(not self.document.read_only)
            self.goal_items.appendRow(item)

    def _refresh_parties(self, plan: m.Plan) -> None:
        self.parties.fill(plan.parties, "role", self.tr("Double-click to change the role"))

    def _refresh_areas(self, plan: m.Plan) -> None:
        self.areas.fill(plan.areas, "status", self.tr("Double-click to change the status"))

    # ------------------------------------------------------------ goals

    def _goal_edited(self, item: QStandardItem) -> None:
        goals = [self.goal_items.item(i).text() for i in range(self.goal_items.rowCount())]
        self._apply(self.tr("Edit goal"), lambda plan: edits.set_goals(plan, goals))

    def _add_goal(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(self, self.tr("Add goal"), self.tr("Goal"))
        if ok and text.strip():
            self._apply(self.tr("Add goal"), lambda plan: edits.set_goals(plan, plan.project.goals + (text.strip(),)))

    def _remove_goal(self) -> None:
        row = self.goals.currentIndex().row()
        if row < 0:
            return
        self._apply(self.tr("Remove goal"),
                    lambda plan: edits.set_goals(plan, plan.project.goals[:row] + plan.project.goals[row + 1:]))

    def _move_goal(self, step: int) -> None:
        row = self.goals.currentIndex().row()
        goals = list(self.document.plan.project.goals)
        to = row + step
        if self.document.read_only or row < 0 or not 0 <= to < len(goals):
            return
        goals[row], goals[to] = goals[to], goals[row]
        if self._apply(self.tr("Move goal"), lambda plan: edits.set_goals(plan, goals)):
            self.goals.setCurrentIndex(self.goal_items.index(to, 0))  # the goal stays selected

    # ------------------------------------------------------------ parties and areas

    def _party_name_edited(self, item: QTableWidgetItem) -> None:
        self._rename(self.parties, item, edits.update_party, self.tr("Rename party"))

    def _area_name_edited(self, item: QTableWidgetItem) -> None:
        self._rename(self.areas, item, edits.update_area, self.tr("Rename area"))

    def _rename(self, table: _PlanRows, item: QTableWidgetItem, update, undo_text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        if item.column() != 0:  # the choice column changes through its combo box (choiceMade)
            return
        key = table.keys[item.row()]
        name = item.text().strip()
        if not name:
            QMessageBox.warning(self, self.tr("The change was not made"), self.tr("A name cannot be empty."))
            self.refresh()
            return
        self._apply(undo_text, lambda plan: update(plan, key, name=name))

    def _add_party(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(self, self.tr("Add party"), self.tr("Name of the party"))
        if ok and name.strip():
            self._apply(self.tr("Add party"), lambda plan: edits.add_party(plan, name.strip()))

    def _add_area(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(self, self.tr("Add area"), self.tr("Name of the area (municipality)"))
        if ok and name.strip():
            self._apply(self.tr("Add area"), lambda plan: edits.add_area(plan, name.strip()))

    def _remove_party(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        key = self.parties.selected_key()
        if key is None:
            return
        try:
            edits.remove_party(self.document.plan, key)
        except AllianceError as exc:
            QMessageBox.warning(self, self.tr("The party was not removed"), exc.message)
            return
        self._apply(self.tr("Remove party"), lambda plan: edits.remove_party(plan, key))

    def _remove_area(self) -> None:
        key = self.areas.selected_key()
        if key is not None:
            self._apply(self.tr("Remove area"), lambda plan: edits.remove_area(plan, key))
