"""The cost table of a chain (typed by keyboard), cost per provider, and "use as the production target"."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import i18n
from ...core import chains as cc
from ...core import model as m
from ...core.errors import AllianceError
from ...core.formatting import format_number
from .. import theme
from ..fitting import narrow_combo, two_lines
from ..widgets import Card
from .common import ALIGN_NUMBER, edit_money, money, number, percent, signed_money, tint
from .inspector import kind_icon

# Columns of the steps table; the editable ones carry the step field they change.
COLUMNS = ("name", "provider", "scope", "annual_volume", "unit_cost", "cost", "own_unit_cost", "own_cost", "difference")
SCOPE_STATE = {"yes": "included", "option": "option", "no": "excluded"}  # short words for the table
EDITABLE = {"name": "name", "annual_volume": "annual_volume", "unit_cost": "unit_cost",
            "own_unit_cost": "own_unit_cost"}




class CostsPanel(QWidget):
    """Steps with volumes and costs (editable), totals, cost per provider; the production-target command."""

    stepSelected = Signal(str)
    chainChosen = Signal(int)  # a row of the chain drop-down (shown when the list of chains gave way)
    tableResized = Signal()

    def __init__(self, apply: Callable[[str, Callable[[m.Plan], m.Plan]], str | None],
                 use_as_target: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        self._apply = apply
        self.plan: m.Plan | None = None
        self.chain: m.ServiceChain | None = None
        self.read_only = False
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)

        self.summary = QLabel()
        theme.muted(self.summary)
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        self.chain_choice = QComboBox()  # the list of chains, where it gave way to the figures
        self.chain_choice.setAccessibleName(self.tr("Service chain"))
        narrow_combo(self.chain_choice, 16)
        self.chain_choice.activated.connect(self.chainChosen)
        self.chain_choice.hide()
        top.addWidget(self.chain_choice)
        top.addWidget(self.summary, 1)
        self.target_button = QPushButton(self.tr("Use as the production target…"))
        self.target_button.setToolTip(self.tr("Set a service period's production costs (the reimbursable part of "
                                              "the target cost) from this chain's annual cost."))
        self.target_button.clicked.connect(use_as_target)
        top.addWidget(self.target_button)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        steps_card = Card(self.tr("Steps and annual costs"))
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(self.tr("Steps and annual costs"))
        self.table.setHorizontalHeaderLabels([two_lines(title) for title in (  # narrow figure columns
            self.tr("Step"), self.tr("Provider"), self.tr("In the alliance"), self.tr("Volume / year"),
            self.tr("Unit cost"), self.tr("Cost / year"), self.tr("Own unit cost"),
            self.tr("Own production"), self.tr("Difference"))])
        tips = {2: self.tr("Is the step in the alliance's scope: included, an option, or excluded"),
                3: self.tr("Annual volume: how many units a year"),
                6: self.tr("Today's own-production unit cost"),
                7: self.tr("What the volume would cost in today's own production"),
                8: self.tr("Cost per year minus own production (negative: the alliance costs less)")}
        for column, tip in tips.items():
            self.table.horizontalHeaderItem(column).setToolTip(tip)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # the figures whole
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)  # the step's name: fit_name_column
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the provider: the rest
        self.table.setColumnWidth(0, 250)
        self.table.viewport().installEventFilter(self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.itemChanged.connect(self._item_changed)
        self.table.currentCellChanged.connect(self._current_changed)
        steps_card.body.addWidget(self.table, 1)
        self.error = QLabel()
        theme.error_text(self.error)
        self.error.setWordWrap(True)
        self.error.hide()
        steps_card.body.addWidget(self.error)
        hint = QLabel(self.tr("Type volumes and costs straight into the table: “1 234,50” and “1234.50” both work."))
        theme.muted(hint)
        hint.setWordWrap(True)
        steps_card.body.addWidget(hint)
        splitter.addWidget(steps_card)

        providers_card = Card(self.tr("Cost per provider"))
        self.providers = QTableWidget(0, 6)
        self.providers.setAccessibleName(self.tr("Cost per provider"))
        self.providers.setHorizontalHeaderLabels([two_lines(title) for title in (
            self.tr("Provider"), self.tr("Provider kind"), self.tr("Steps"), self.tr("Cost per year"),
            self.tr("Share"), self.tr("Difference to own production"))])
        self.providers.verticalHeader().setVisible(False)
        ph = self.providers.horizontalHeader()
        ph.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ph.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.providers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.providers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        providers_card.body.addWidget(self.providers, 1)
        splitter.addWidget(providers_card)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

    # ------------------------------------------------------------ filling

    def set_chain(self, plan: m.Plan, chain: m.ServiceChain | None, costs: cc.ChainCosts | None,
                  read_only: bool, selected_key: str = "") -> None:
        self.plan, self.chain, self.read_only = plan, chain, read_only
        self.target_button.setEnabled(chain is not None and not read_only and bool(plan.commercial.periods))
        self._filling = True
        try:
            self._fill_steps(plan, chain, costs, selected_key)
            self._fill_providers(costs)
        finally:
            self._filling = False
        if chain is None or costs is None:
            self.summary.setText("")
            return
        self.summary.setText(self.tr("In the alliance {in_scope} · options {option} · outside the alliance "
                                     "{outside} per year. Today's own production would cost {own}.").format(
            in_scope=money(costs.in_scope), option=money(costs.option), outside=money(costs.outside),
            own=money(costs.own)))

    def _item(self, text: str, number_: bool = False, editable: bool = False, bold: bool = False) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if editable and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        item.setFlags(flags)
        if number_:
            item.setTextAlignment(ALIGN_NUMBER)
        if bold:
            f = QFont(item.font())
            f.setBold(True)
            item.setFont(f)
        return item

    NAME_WIDTH = (90, 250)  # the step name column's least and usual width, px at the normal text size
    PROVIDER_LEAST = 60  # narrower than this, the provider column gives way (the cards and inspector show it)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is self.table.viewport() and event.type() == event.Type.Resize:
            self.fit_name_column()
            self.tableResized.emit()
        return super().eventFilter(obj, event)

    def set_chains(self, names: list[str], row: int) -> None:
        """The chains in the drop-down that stands for the list of chains when that gave way."""
        choice = self.chain_choice
        if [choice.itemText(i) for i in range(choice.count())] != names:
            choice.clear()
            choice.addItems(names)
        choice.setCurrentIndex(row)

    def width_needed(self) -> int:
        """The table's least width with every figure column whole and the step names at their least."""
        header = self.table.horizontalHeader()
        figures = sum(max(header.sectionSizeHint(c), self.table.sizeHintForColumn(c)) for c in range(2, header.count()))
        return figures + round(self.NAME_WIDTH[0] * theme.text_scale()) + 2 * self.table.frameWidth() + (
            self.table.verticalScrollBar().sizeHint().width() if self.table.verticalScrollBar().isVisible() else 0)

    def fit_name_column(self) -> None:
        """The step names as wide as usual where the figures leave the room, narrower (down to the least,
        cut with "…", whole in the cards and the inspector) where they do not; the provider takes the rest."""
        header = self.table.horizontalHeader()
        figures = sum(header.sectionSize(c) for c in range(2, header.count()))
        least, usual = (round(w * theme.text_scale()) for w in self.NAME_WIDTH)
        room = self.table.viewport().width() - figures
        provider = room - least >= round(self.PROVIDER_LEAST * theme.text_scale())
        if header.isSectionHidden(1) == provider:
            header.setSectionHidden(1, not provider)
        width = max(least, min(usual, room - (round(self.PROVIDER_LEAST * theme.text_scale()) if provider else 0)))
        if header.sectionSize(0) != width:
            header.resizeSection(0, width)

    def _fill_steps(self, plan: m.Plan, chain: m.ServiceChain | None, costs: cc.ChainCosts | None,
                    selected_key: str) -> None:
        table = self.table
        current = table.currentColumn()
        steps = chain.steps if chain is not None else ()
        table.setRowCount(len(steps) + (1 if steps else 0))
        for row, step in enumerate(steps):
            c = costs.steps[row]
            values = {
                "name": (step.name, False), "provider": (cc.provider_name(plan, step), False),
                "scope": (cc.scope_state_title(SCOPE_STATE[step.scope]), False),
                "annual_volume": (number(step.annual_volume), True), "unit_cost": (edit_money(step.unit_cost), True),
                "cost": (money(c.cost), True), "own_unit_cost": (edit_money(step.own_unit_cost), True),
                "own_cost": (money(c.own_cost), True), "difference": (signed_money(c.difference), True),
            }
            for col, key in enumerate(COLUMNS):
                text, is_number = values[key]
                item = self._item(text, is_number, key in EDITABLE)
                item.setData(Qt.ItemDataRole.UserRole, step.key)
                if key == "name":
                    item.setToolTip(step.name)
                if key == "provider":
                    item.setIcon(kind_icon(step.provider_kind))
                    item.setToolTip(cc.provider_kind_title(step.provider_kind))
                if key == "difference" and c.difference:
                    item.setForeground(QBrush(QColor(theme.GOOD if c.difference < 0 else theme.BAD)))
                if key in EDITABLE:
                    item.setBackground(QBrush(tint(QColor(theme.ACCENT), 0.94)))
                table.setItem(row, col, item)
        if steps:
            row = len(steps)
            totals = {"name": self.tr("Total"), "cost": money(costs.gross), "own_cost": money(costs.own),
                      "difference": signed_money(costs.difference)}
            for col, key in enumerate(COLUMNS):
                item = self._item(totals.get(key, ""), key != "name", False, True)
                item.setBackground(QBrush(QColor(theme.FILL_MUTED)))
                table.setItem(row, col, item)
        keys = [s.key for s in steps]
        if selected_key in keys:
            table.setCurrentCell(keys.index(selected_key), current if current >= 0 else 0)

    def _fill_providers(self, costs: cc.ChainCosts | None) -> None:
        rows = costs.providers if costs is not None else ()
        self.providers.setRowCount(len(rows))
        for row, p in enumerate(rows):
            share = p.cost / costs.gross * 100 if costs.gross else Decimal(0)
            kind_item = self._item(cc.provider_kind_title(p.kind))
            kind_item.setIcon(kind_icon(p.kind))
            values = (self._item(p.name), kind_item, self._item(str(p.steps), True), self._item(money(p.cost), True),
                      self._item(percent(share), True), self._item(signed_money(p.difference), True))
            if p.difference:
                values[5].setForeground(QBrush(QColor(theme.GOOD if p.difference < 0 else theme.BAD)))
            for col, item in enumerate(values):
                self.providers.setItem(row, col, item)

    # ------------------------------------------------------------ editing

    def _current_changed(self, row: int, _col: int, _prev_row: int, _prev_col: int) -> None:
        if self._filling or self.chain is None or not 0 <= row < len(self.chain.steps):
            return
        self.stepSelected.emit(self.chain.steps[row].key)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or self.chain is None:
            return
        field = EDITABLE.get(COLUMNS[item.column()])
        step_key = item.data(Qt.ItemDataRole.UserRole)
        if field is None or not step_key:
            return
        chain_key = self.chain.key
        text = item.text()
        try:
            value = text.strip() if field == "name" else cc.parse_step_number(field, text)
            cc.check_step_value(field, value)
        except AllianceError as exc:
            self._refuse(exc.message)
            return
        undo = {"name": self.tr("Rename step"), "annual_volume": self.tr("Change annual volume"),
                "unit_cost": self.tr("Change unit cost"), "own_unit_cost": self.tr("Change own-production unit cost")}
        message = self._apply(undo[field], lambda plan: cc.update_step(plan, chain_key, step_key, **{field: value}))
        if message:
            self._refuse(message)
        else:
            self.error.hide()

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        if self.plan is not None:  # put the stored value back: nothing was saved
            key = self.chain.key if self.chain else ""
            chain = next((c for c in self.plan.chains if c.key == key), None)
            costs = cc.chain_costs(self.plan, chain) if chain else None
            self._filling = True
            try:
                self._fill_steps(self.plan, chain, costs, "")
            finally:
                self._filling = False


class TargetDialog(QDialog):
    """Preview of "use this chain's cost as the production target" for a chosen service period."""

    def __init__(self, plan: m.Plan, chain_key: str, parent: QWidget | None = None, period_key: str = ""):
        super().__init__(parent)
        self.plan = plan
        self.chain_key = chain_key
        self.change: cc.TargetChange | None = None
        self.setWindowTitle(self.tr("Use the chain's cost as the production target"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The period's production costs (the reimbursable part of the target cost) become "
                               "the chain's annual cost in the alliance × the period's length in years. The fee "
                               "and the overhead stay as they are. You can undo the change."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Service period"))
        for p in plan.commercial.periods:
            self.period.addItem(p.name, p.key)
        if period_key:
            self.period.setCurrentIndex(max(0, self.period.findData(period_key)))
        form.addRow(self.tr("Service period"), self.period)
        self.options = QCheckBox(self.tr("Include the steps that are options"))
        form.addRow("", self.options)
        layout.addLayout(form)
        self.preview = QTableWidget(0, 3)
        self.preview.setAccessibleName(self.tr("Preview of the change"))
        self.preview.setHorizontalHeaderLabels([self.tr("Target cost"), self.tr("Now"), self.tr("After")])
        self.preview.verticalHeader().setVisible(False)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.preview.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setMinimumHeight(170)
        layout.addWidget(self.preview)
        self.basis = QLabel()
        self.basis.setWordWrap(True)
        layout.addWidget(self.basis)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Set the target"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.period.currentIndexChanged.connect(self._update)
        self.options.toggled.connect(self._update)
        self._update()

    def period_key(self) -> str:
        return self.period.currentData() or ""

    def include_options(self) -> bool:
        return self.options.isChecked()

    def _update(self, *_args) -> None:
        self.change = cc.target_change(self.plan, self.chain_key, self.period_key(), self.include_options())
        ch = self.change
        rows = (
            (self.tr("Producer's fee"), ch.old.fee, ch.new.fee),
            (self.tr("Buyer's overhead"), ch.old.overhead, ch.new.overhead),
            (self.tr("Production costs"), ch.old.production, ch.new.production),
            (self.tr("Target cost in total"), ch.old.total, ch.new.total),
        )
        self.preview.setRowCount(len(rows))
        for r, (label, old, new) in enumerate(rows):
            items = (QTableWidgetItem(label), QTableWidgetItem(money(old)), QTableWidgetItem(money(new)))
            for c, item in enumerate(items):
                if c:
                    item.setTextAlignment(ALIGN_NUMBER)
                if r == len(rows) - 1 or (r == 2 and old != new):
                    f = QFont(item.font())
                    f.setBold(True)
                    item.setFont(f)
                self.preview.setItem(r, c, item)
        years = format_number(ch.years, None if ch.years == ch.years.quantize(Decimal("0.01")) else 2,
                              i18n.language())
        self.basis.setText(self.tr("{annual} per year × {years} years = {production}. Change {change}.").format(
            annual=money(ch.annual_cost), years=years, production=money(ch.new.production),
            change=signed_money(ch.change)))
