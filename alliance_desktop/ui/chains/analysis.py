"""The chain as a whole: name, description and the analysis headings of the seed slides as notes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...core import chains as cc
from ...core import model as m
from .. import theme
from ..widgets import CommitLineEdit, CommitTextEdit, Panel
from .common import invalid_style, scaled_font


class AnalysisPanel(QScrollArea):
    def __init__(self, apply: Callable[[str, Callable[[m.Plan], m.Plan]], str | None], parent: QWidget | None = None):
        super().__init__(parent)
        self._apply = apply
        self.chain_key = ""
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget()
        page.setStyleSheet(invalid_style())
        self.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 10, 12, 12)
        layout.setSpacing(8)

        name_label = QLabel(self.tr("Name of the chain"))
        theme.card_title(name_label)
        layout.addWidget(name_label)
        self.name = CommitLineEdit()
        self.name.setFont(scaled_font(1.4, bold=True))
        self.name.setAccessibleName(self.tr("Name of the chain"))
        self.name.committed.connect(self._rename)
        layout.addWidget(self.name)
        self.name_error = QLabel()
        self.name_error.setObjectName("fieldError")
        self.name_error.hide()
        layout.addWidget(self.name_error)
        description_label = QLabel(self.tr("Description"))
        theme.card_title(description_label)
        layout.addWidget(description_label)
        self.description = CommitTextEdit()
        self.description.setAccessibleName(self.tr("Description of the chain"))
        self.description.setFixedHeight(64)
        self.description.committed.connect(
            lambda t: self._apply(self.tr("Change chain description"),
                                  lambda plan, k=self.chain_key: cc.set_chain_description(plan, k, t)))
        layout.addWidget(self.description)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        self.notes: dict[str, CommitTextEdit] = {}
        for i, heading in enumerate(m.ANALYSIS_HEADINGS):
            box = Panel()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(12, 8, 12, 10)
            title = QLabel(cc.analysis_heading_title(heading))
            theme.card_title(title)
            title.setWordWrap(True)
            inner.addWidget(title)
            edit = CommitTextEdit()
            edit.setAccessibleName(cc.analysis_heading_title(heading))
            edit.setPlaceholderText(cc.analysis_heading_hint(heading))
            edit.setMinimumHeight(96)
            edit.committed.connect(lambda t, h=heading: self._set_note(h, t))
            title.setBuddy(edit)
            inner.addWidget(edit)
            grid.addWidget(box, i // 2, i % 2)
            self.notes[heading] = edit
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid, 1)

    def set_chain(self, chain: m.ServiceChain | None, read_only: bool) -> None:
        self.chain_key = chain.key if chain else ""
        self.widget().setEnabled(chain is not None)
        self.name.set_value(chain.name if chain else "")
        self.name.set_invalid(False)
        self.name_error.hide()
        self.description.set_value(chain.description if chain else "")
        for heading, edit in self.notes.items():
            edit.set_value(cc.analysis_text(chain, heading) if chain else "")
            edit.setReadOnly(read_only)
        self.name.setReadOnly(read_only)
        self.description.setReadOnly(read_only)

    def _rename(self, text: str) -> None:
        if not self.chain_key:
            return
        key = self.chain_key
        message = self._apply(self.tr("Rename chain"), lambda plan: cc.rename_chain(plan, key, text))
        self.name.set_invalid(bool(message))
        self.name_error.setText(message or "")
        self.name_error.setVisible(bool(message))

    def _set_note(self, heading: str, text: str) -> None:
        if not self.chain_key:
            return
        key = self.chain_key
        self._apply(self.tr("Change chain analysis"), lambda plan: cc.set_analysis(plan, key, heading, text))
