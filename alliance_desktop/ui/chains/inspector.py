"""The inspector: every field of the selected step, typed by keyboard, refused in place when bad."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...core import chains as cc
from ...core import model as m
from ...core.errors import AllianceError
from .. import theme
from ..widgets import CommitLineEdit, CommitTextEdit, Panel
from .common import (
    ALIGN_NUMBER,
    edit_money,
    invalid_style,
    kind_colour,
    money,
    number,
    scaled_font,
    signed_money,
)


def kind_icon(kind: str) -> QIcon:
    ratio = theme.icon_ratio()
    pix = QPixmap(round(14 * ratio), round(14 * ratio))
    pix.setDevicePixelRatio(ratio)
    pix.fill(kind_colour(kind))
    return QIcon(pix)


class _StackedForm(QVBoxLayout):
    """Label above field, both as wide as the panel (a QFormLayout squeezes wrapped labels narrow)."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(3)

    def addRow(self, label: QWidget, field: QWidget | None = None) -> None:  # noqa: N802 - QFormLayout's name
        if field is None:
            self.addWidget(label)
            return
        if isinstance(label, QLabel):
            label.setBuddy(field)
        self.addSpacing(4)
        self.addWidget(label)
        self.addWidget(field)


class StepInspector(Panel):
    """Shows one step; `apply(text, edit)` makes an edit (plan -> plan) and returns an error message or None."""

    def __init__(self, apply: Callable[[str, Callable[[m.Plan], m.Plan]], str | None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet(invalid_style())
        self._apply = apply
        self.plan: m.Plan | None = None
        self.chain_key = ""
        self.step: m.ChainStep | None = None
        self.read_only = False
        self._filling = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 10, 14, 12)
        outer.setSpacing(6)
        title = QLabel(self.tr("Selected step"))
        theme.card_title(title)
        outer.addWidget(title)
        self.empty = QLabel(self.tr("Select a step on the canvas, or add one."))
        theme.muted(self.empty)
        self.empty.setWordWrap(True)
        outer.addWidget(self.empty)

        self.form_widget = QWidget()
        form = _StackedForm(self.form_widget)
        outer.addWidget(self.form_widget)
        outer.addStretch(1)

        self.name = CommitLineEdit()
        self.name.setFont(scaled_font(1.15, bold=True))
        self.name.setAccessibleName(self.tr("Step name"))
        self.name.committed.connect(lambda t: self._commit_text("name", t, self.tr("Rename step")))
        self.name_error = self._error_label()
        form.addRow(self._label(self.tr("Name")), self.name)
        form.addRow(self.name_error)

        self.description = CommitTextEdit()
        self.description.setFixedHeight(54)
        self.description.setAccessibleName(self.tr("Description"))
        self.description.committed.connect(
            lambda t: self._commit_text("description", t, self.tr("Change step description")))
        form.addRow(self._label(self.tr("Description")), self.description)

        self.provider = QComboBox()
        self.provider.setAccessibleName(self.tr("Provider"))
        self.provider.setToolTip(self.tr("The party of the project that produces this step."))
        self.provider.activated.connect(self._provider_chosen)
        form.addRow(self._label(self.tr("Provider")), self.provider)

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Provider kind"))
        for kind in m.PROVIDER_KINDS:
            self.kind.addItem(kind_icon(kind), cc.provider_kind_title(kind), kind)
            self.kind.setItemData(self.kind.count() - 1, cc.provider_kind_explanation(kind), Qt.ItemDataRole.ToolTipRole)
        self.kind.activated.connect(
            lambda _i: self._commit_value("provider_kind", self.kind.currentData(), self.tr("Change provider kind")))
        form.addRow(self._label(self.tr("Provider kind")), self.kind)

        self.unit = CommitLineEdit()
        self.unit.setAccessibleName(self.tr("Responsible unit"))
        self.unit.committed.connect(
            lambda t: self._commit_text("responsible_unit", t, self.tr("Change responsible unit")))
        form.addRow(self._label(self.tr("Responsible unit")), self.unit)

        self.numbers: dict[str, tuple[CommitLineEdit, QLabel]] = {}
        for field, label, tip, undo in (
            ("annual_volume", self.tr("Annual volume"),
             self.tr("How many times a year the step is produced (visits, procedures, days…)."),
             self.tr("Change annual volume")),
            ("unit_cost", self.tr("Unit cost (€)"), self.tr("What one unit costs in the alliance."),
             self.tr("Change unit cost")),
            ("own_unit_cost", self.tr("Today's own-production unit cost (€)"),
             self.tr("What one unit costs today when the county produces it itself."),
             self.tr("Change own-production unit cost")),
        ):
            edit = CommitLineEdit()
            edit.setAlignment(ALIGN_NUMBER)
            edit.setAccessibleName(label)
            edit.setToolTip(tip)
            edit.committed.connect(lambda t, f=field, u=undo: self._commit_number(f, t, u))
            error = self._error_label()
            form.addRow(self._label(label), edit)
            form.addRow(error)
            self.numbers[field] = (edit, error)

        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("In the alliance scope"))
        for scope in m.STEP_SCOPES:
            self.scope.addItem(cc.step_scope_title(scope), scope)
        self.scope.activated.connect(
            lambda _i: self._commit_value("scope", self.scope.currentData(), self.tr("Change alliance scope")))
        form.addRow(self._label(self.tr("In the alliance scope")), self.scope)

        self.costs = QLabel()
        self.costs.setWordWrap(True)
        self.costs.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self._label(self.tr("Cost per year")), self.costs)

        self.risks = CommitTextEdit()
        self.risks.setFixedHeight(54)
        self.risks.setAccessibleName(self.tr("Risks"))
        self.risks.committed.connect(lambda t: self._commit_text("risks", t, self.tr("Change step risks")))
        form.addRow(self._label(self.tr("Risks")), self.risks)

        self.notes = CommitTextEdit()
        self.notes.setFixedHeight(54)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.committed.connect(lambda t: self._commit_text("notes", t, self.tr("Change step notes")))
        form.addRow(self._label(self.tr("Notes")), self.notes)
        for combo in (self.provider, self.kind, self.scope):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.set_step(None, "", None, None)

    def _label(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.hide()
        return label

    # ------------------------------------------------------------ showing a step

    def set_step(self, plan: m.Plan | None, chain_key: str, step: m.ChainStep | None, cost: cc.StepCost | None,
                 read_only: bool = False) -> None:
        same_step = (self.step is not None and step is not None and self.step.key == step.key
                     and self.chain_key == chain_key)
        self.plan, self.chain_key, self.step, self.read_only = plan, chain_key, step, read_only
        self.empty.setVisible(step is None)
        self.form_widget.setVisible(step is not None)
        if step is None or plan is None:
            return
        self._filling = True
        self.name.set_value(step.name)
        self.description.set_value(step.description)
        self.unit.set_value(step.responsible_unit)
        self.risks.set_value(step.risks)
        self.notes.set_value(step.notes)
        self.provider.clear()
        self.provider.addItem(cc.provider_kind_title("own"), "")
        for party in plan.parties:
            if party.role in ("buyer", "association", "staff"):
                continue
            self.provider.addItem(party.name, party.key)
        if step.provider and self.provider.findData(step.provider) < 0:
            name = next((p.name for p in plan.parties if p.key == step.provider), step.provider)
            self.provider.addItem(name, step.provider)
        self.provider.setCurrentIndex(max(0, self.provider.findData(step.provider)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(step.provider_kind)))
        self.scope.setCurrentIndex(max(0, self.scope.findData(step.scope)))
        values = {"annual_volume": number(step.annual_volume), "unit_cost": edit_money(step.unit_cost),
                  "own_unit_cost": edit_money(step.own_unit_cost)}
        for field, (edit, _error) in self.numbers.items():
            if not same_step or not edit.property("invalid") or not edit.hasFocus():
                edit.set_value(values[field])
                self._show_error(field, "")
        if not same_step:
            self._show_error("name", "")
        if cost is not None:
            self.costs.setText(self.tr("{cost}  (own production today {own}, difference {difference})").format(
                cost=money(cost.cost), own=money(cost.own_cost), difference=signed_money(cost.difference)))
        for w in (self.name, self.unit, *(e for e, _l in self.numbers.values())):
            w.setReadOnly(read_only)
        for w in (self.description, self.risks, self.notes):
            w.setReadOnly(read_only)
        for w in (self.provider, self.kind, self.scope):
            w.setEnabled(not read_only)
        self._filling = False

    def focus_name(self) -> None:
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name.selectAll()

    def field_error(self, field: str) -> str:
        label = self.name_error if field == "name" else self.numbers[field][1]
        return label.text() if not label.isHidden() else ""

    # ------------------------------------------------------------ editing

    def _show_error(self, field: str, message: str) -> None:
        if field == "name":
            edit, label = self.name, self.name_error
        else:
            edit, label = self.numbers[field]
        edit.set_invalid(bool(message))
        label.setText(message)
        label.setVisible(bool(message))

    def _commit_text(self, field: str, text: str, undo: str) -> None:
        if self.step is None or self.read_only:
            return
        if field == "name":
            try:
                cc.check_step_value("name", text)
            except AllianceError as exc:
                self._show_error("name", exc.message)
                return
            self._show_error("name", "")
            text = text.strip()
        self._commit_value(field, text, undo)

    def _commit_number(self, field: str, text: str, undo: str) -> None:
        if self.step is None or self.read_only:
            return
        try:
            value = cc.parse_step_number(field, text)
        except AllianceError as exc:
            self._show_error(field, exc.message)
            return
        self._show_error(field, "")
        message = self._update(undo, **{field: value})
        if message:
            self._show_error(field, message)

    def _commit_value(self, field: str, value, undo: str) -> None:
        if self.step is None or self._filling or self.read_only:
            return
        if getattr(self.step, field) == value:
            return
        self._update(undo, **{field: value})

    def _update(self, undo: str, **changes) -> str | None:
        chain, step = self.chain_key, self.step.key
        return self._apply(undo, lambda plan: cc.update_step(plan, chain, step, **changes))

    def _provider_chosen(self, _index: int) -> None:
        if self.step is None or self._filling or self.read_only:
            return
        provider = self.provider.currentData()
        if provider == self.step.provider:
            return
        chain, step = self.chain_key, self.step.key
        self._apply(self.tr("Change provider"), lambda plan: cc.set_step_provider(plan, chain, step, provider))
