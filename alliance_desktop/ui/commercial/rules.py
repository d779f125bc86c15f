"""The sharing rules: gain cap, cost bonus shares, effectiveness bonus split, cost sanction shares and cap.

Every keystroke is checked at once and what is wrong is said in words below the form;
nothing is written until the whole set of rules is valid (then one undoable edit).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ... import i18n
from ...core import commercial_edits as ce
from ...core import model as m
from ...core.errors import AllianceError
from ...core.formatting import parse_number
from .. import theme
from ..fitting import WrapRow
from .common import edit_number, percent_text, scaled_font
from .terms import party_title, tip

ZERO = Decimal(0)
BAD_FIELD = f"QLineEdit {{ border: 2px solid {theme.BAD}; }}"


class RulesPanel(QWidget):
    """A form for the sharing rules with live validation."""

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self._shown: tuple | None = None
        self.fields: dict[str, QLineEdit] = {}
        self.totals: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)
        text_font = scaled_font(1.15)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        outer.addLayout(grid)
        row = 0

        def heading(text: str, tooltip: str) -> None:
            nonlocal row
            label = QLabel(text)
            label.setFont(scaled_font(1.25, bold=True))
            label.setToolTip(tooltip)
            grid.addWidget(label, row, 0, 1, 3)
            row += 1

        def field(fid: str, label_text: str, tooltip: str, suffix: str = "%") -> None:
            nonlocal row
            label = QLabel(label_text)
            label.setFont(text_font)
            label.setToolTip(tooltip)
            label.setWordWrap(True)  # two lines beside the chart on 1280 px, rather than a sideways scroll bar
            edit = QLineEdit()
            edit.setFont(text_font)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            edit.setFixedWidth(150 if suffix == "€" else 90)
            edit.setToolTip(tooltip)
            edit.setAccessibleName(label_text)
            edit.textEdited.connect(self._check)
            edit.editingFinished.connect(self.commit)
            label.setBuddy(edit)
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            unit = QLabel(suffix)
            unit.setFont(text_font)
            grid.addWidget(unit, row, 2)
            self.fields[fid] = edit
            row += 1

        def total(table: str) -> None:
            nonlocal row
            label = QLabel()
            label.setFont(text_font)
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(label, row, 0, 1, 2)
            self.totals[table] = label
            row += 1

        heading(self.tr("Cost bonus (under-run)"), tip("cost_bonus"))
        field("gain_cap_percent", self.tr("Savings shared up to (% of the target cost)"), tip("gain_cap"))
        for party in ce.SHARE_TABLES["gain_share_percent"]:
            field(f"gain_share_percent.{party}", self.tr("Share: {party}").format(party=party_title(party)),
                  tip("effectiveness_bonus") if party == "effectiveness_pool" else tip("cost_bonus"))
        total("gain_share_percent")
        heading(self.tr("Effectiveness bonus paid to"), tip("pool_split"))
        for party in ce.SHARE_TABLES["effectiveness_pool_split_percent"]:
            field(f"effectiveness_pool_split_percent.{party}", party_title(party),  # the party's term explained too
                  tip("pool_split") + "\n\n" + tip({"staff": "alliance_staff"}.get(party, party)))
        total("effectiveness_pool_split_percent")
        heading(self.tr("Cost sanction (over-run)"), tip("cost_sanction"))
        for party in ce.SHARE_TABLES["pain_share_percent"]:
            field(f"pain_share_percent.{party}", self.tr("Share: {party}").format(party=party_title(party)),
                  tip("cost_sanction"))
        total("pain_share_percent")

        cap_label = QLabel(self.tr("The producer's sanction is at most"))
        cap_label.setFont(text_font)
        cap_label.setToolTip(tip("pain_cap"))
        grid.addWidget(cap_label, row, 0, 1, 3)
        row += 1
        cap_modes, cap_amount = QWidget(), QWidget()  # the amount goes below the choices where they need the width
        cap_row = QHBoxLayout(cap_modes)
        cap_row.setContentsMargins(0, 0, 0, 0)
        self.cap_fee = QRadioButton(self.tr("its fee"))
        self.cap_amount = QRadioButton(self.tr("an amount"))
        self.cap_none = QRadioButton(self.tr("no limit"))
        self.cap_group = QButtonGroup(self)
        for b in (self.cap_fee, self.cap_amount, self.cap_none):
            b.setFont(text_font)
            b.setToolTip(tip("pain_cap"))
            self.cap_group.addButton(b)
            cap_row.addWidget(b)
        self.cap_group.buttonClicked.connect(self._cap_mode_changed)
        self.cap_value = QLineEdit()
        self.cap_value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # as wide as a large amount with cents, not more: the rules fit beside the chart on 1280 px
        self.cap_value.setFixedWidth(QFontMetrics(text_font).horizontalAdvance("000 000 000,00") + 16)
        self.cap_value.setFont(text_font)
        self.cap_value.setAccessibleName(self.tr("Cap amount"))
        self.cap_value.setToolTip(tip("pain_cap"))
        self.cap_value.textEdited.connect(self._check)
        self.cap_value.editingFinished.connect(self.commit)
        amount_row = QHBoxLayout(cap_amount)
        amount_row.setContentsMargins(0, 0, 0, 0)
        amount_row.addWidget(self.cap_value)
        amount_row.addWidget(QLabel("€"))
        grid.addLayout(WrapRow(cap_modes, cap_amount), row, 0, 1, 3)
        row += 1
        grid.setColumnStretch(0, 1)

        self.message = QLabel()
        theme.error_text(self.message)
        self.message.setWordWrap(True)
        self.message.setFont(scaled_font(1.15, bold=True))
        self.message.setAccessibleName(self.tr("What is wrong with the rules"))
        self.message.hide()
        outer.addWidget(self.message)
        buttons = QHBoxLayout()
        self.discard = QPushButton(self.tr("Back to the saved rules"))
        self.discard.setToolTip(self.tr("Forget the changes typed here that are not saved yet."))
        self.discard.clicked.connect(lambda: self.refresh(self.document.plan, force=True))
        self.discard.setEnabled(False)
        buttons.addWidget(self.discard)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        note = QLabel(self.tr("The rules are saved when they are complete: the shares of each table must add up to "
                              "100 %."))
        theme.muted(note)
        note.setWordWrap(True)
        outer.addWidget(note)
        outer.addStretch(1)

    # ------------------------------------------------------------ showing

    @staticmethod
    def _rules(c: m.Commercial) -> tuple:
        return (c.gain_cap_percent, c.gain_share_percent, c.effectiveness_pool_split_percent, c.pain_share_percent,
                c.producer_pain_cap)

    def refresh(self, plan: m.Plan, force: bool = False) -> None:
        """Show the saved rules (kept as typed while the model's rules have not changed, unless forced)."""
        c = plan.commercial
        rules = self._rules(c)
        read_only = self.document.read_only
        for edit in list(self.fields.values()) + [self.cap_value]:
            edit.setReadOnly(read_only)
        for b in (self.cap_fee, self.cap_amount, self.cap_none):
            b.setEnabled(not read_only)
        if rules == self._shown and not force:
            return
        self._shown = rules
        self.fields["gain_cap_percent"].setText(percent_text(c.gain_cap_percent))
        for table, parties in ce.SHARE_TABLES.items():
            for party in parties:
                self.fields[f"{table}.{party}"].setText(percent_text(c.share(table, party)))
        cap = c.producer_pain_cap
        if cap == "fee":
            self.cap_fee.setChecked(True)
            self.cap_value.clear()
        elif cap is None:
            self.cap_none.setChecked(True)
            self.cap_value.clear()
        else:
            self.cap_amount.setChecked(True)
            self.cap_value.setText(edit_number(Decimal(cap)))
        self._check()

    # ------------------------------------------------------------ checking

    def _cap_mode_changed(self, *_args) -> None:
        if self.cap_amount.isChecked() and not self.cap_value.text().strip():
            self.cap_value.setFocus()
        self._check()
        self.commit()

    def read(self) -> tuple[dict | None, list[tuple[str, str]]]:
        """The rules as typed (None when something cannot be read) and the problems, in words."""
        problems: list[tuple[str, str]] = []
        values: dict[str, Decimal] = {}
        lang = i18n.language()
        for fid, edit in self.fields.items():
            try:
                values[fid] = parse_number(edit.text(), lang)
            except AllianceError as exc:
                problems.append((fid, exc.message))
        cap: str | Decimal | None
        if self.cap_fee.isChecked():
            cap = "fee"
        elif self.cap_none.isChecked():
            cap = None
        else:
            try:
                cap = parse_number(self.cap_value.text(), lang)
            except AllianceError as exc:
                problems.append(("producer_pain_cap", exc.message))
                cap = ZERO
        if problems:
            return None, problems
        rules = {
            "gain_cap_percent": values["gain_cap_percent"],
            "producer_pain_cap": cap,
        }
        for table, parties in ce.SHARE_TABLES.items():
            rules[table] = {p: values[f"{table}.{p}"] for p in parties}
        problems = ce.rule_problems(**rules)
        return (None if problems else rules), problems

    def _check(self, *_args) -> list[tuple[str, str]]:
        rules, problems = self.read()
        bad = {f for f, _t in problems}
        for fid, edit in self.fields.items():
            table = fid.split(".")[0]
            edit.setStyleSheet(BAD_FIELD if fid in bad or table in bad else "")
        self.cap_value.setStyleSheet(BAD_FIELD if "producer_pain_cap" in bad else "")
        self.cap_value.setEnabled(self.cap_amount.isChecked())
        for table, label in self.totals.items():
            total = Decimal(0)
            ok = True
            for p in ce.SHARE_TABLES[table]:
                try:
                    total += parse_number(self.fields[f"{table}.{p}"].text(), i18n.language())
                except AllianceError:
                    ok = False
            label.setText(self.tr("Total {total} %").format(total=percent_text(total)) if ok else "")
            label.setStyleSheet(f"color: {theme.BAD if ok and total != 100 else theme.MUTED};")
        if problems:
            self.message.setText("\n".join(dict.fromkeys(text for _f, text in problems)))
            self.message.show()
        else:
            self.message.clear()
            self.message.hide()
        self.discard.setEnabled(not self.document.read_only and self._differs(rules, problems))
        return problems

    def _differs(self, rules: dict | None, problems) -> bool:
        if problems:
            return True
        if rules is None or self._shown is None:
            return False
        return self._changes(rules) != {}

    def _changes(self, rules: dict) -> dict:
        c = self.document.plan.commercial
        changes: dict = {}
        if rules["gain_cap_percent"] != c.gain_cap_percent:
            changes["gain_cap_percent"] = rules["gain_cap_percent"]
        for table in ce.SHARE_TABLES:
            if rules[table] != dict(getattr(c, table)):
                changes[table] = rules[table]
        cap, old = rules["producer_pain_cap"], c.producer_pain_cap
        if cap != old or isinstance(cap, str) != isinstance(old, str) or (cap is None) != (old is None):
            changes["producer_pain_cap"] = cap
        return changes

    def commit(self) -> bool:
        """Write the rules when they are complete and valid; otherwise keep explaining (nothing written)."""
        if self.document.read_only:
            return False
        rules, problems = self.read()
        if problems or rules is None:
            self._check()
            return False
        changes = self._changes(rules)
        if not changes:
            return True
        problem = self.document.try_apply(self.tr("Change sharing rules"), lambda p: ce.set_rules(p, **changes))
        if problem:
            self.message.setText(problem)
            self.message.show()
            return False
        return True
