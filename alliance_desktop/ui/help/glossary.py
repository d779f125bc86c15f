"""Help > Glossary: the alliance and procurement terms (core/glossary.py) with a search, in both languages."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QTextBrowser, QVBoxLayout

from ... import i18n
from ...core import glossary
from .. import theme


class GlossaryWindow(QDialog):
    """The terms in the interface's language (A–Ö), each with its name in the other language and its definition;
    the field above finds a term by part of its name in either language or a word of its definition."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lang = i18n.language()
        self.setWindowTitle(self.tr("Glossary"))
        self.resize(round(64 * theme.BASE_POINT_SIZE), round(70 * theme.BASE_POINT_SIZE))
        layout = QVBoxLayout(self)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find a term (in Finnish or English)"))
        self.field.setAccessibleName(self.tr("Find a term"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self.show_terms)
        layout.addWidget(self.field)
        self.count = theme.muted(QLabel())
        layout.addWidget(self.count)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        layout.addWidget(self.text, 1)
        self.shown: list[glossary.Term] = []
        self.show_terms("")

    def show_terms(self, query: str) -> None:
        lang = self.lang
        other = "en" if lang == "fi" else "fi"
        found = glossary.lookup(query, lang)
        if not query.strip():
            found = glossary.sorted_terms(lang)
        self.shown = found
        parts = []
        for t in found:
            name = t.name(lang)
            parts.append(f'<p><a name="{t.key}"></a><b>{escape(name[:1].upper() + name[1:])}</b> '
                         f'<i>({escape(t.name(other))})</i><br>{escape(t.definition(lang))}</p>')
        if not found:
            none = self.tr("No term matches the search.")
            parts.append(f"<p>{escape(none)}</p>")
        self.text.setHtml("".join(parts))
        self.count.setText(self.tr("{count} terms").format(count=len(found)))

    def show_term(self, key: str) -> None:
        """Show the glossary with this term at the top."""
        self.field.clear()
        self.text.scrollToAnchor(key)


def show_glossary(window, term: str = "") -> GlossaryWindow:
    """Open (or bring forward) the window's glossary; `term` shown at the top."""
    glossary_window = getattr(window, "glossary_window", None)
    if glossary_window is None or glossary_window.lang != i18n.language():
        if glossary_window is not None:
            glossary_window.close()
            glossary_window.deleteLater()
        glossary_window = window.glossary_window = GlossaryWindow(window)
    glossary_window.show()
    glossary_window.raise_()
    glossary_window.activateWindow()
    if term:
        glossary_window.show_term(term)
    return glossary_window
