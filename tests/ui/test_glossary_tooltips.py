"""Issue 22: every tooltip that names a glossary term uses its definition, in every view of both demos, in Finnish
and English.

A tooltip *names* a term when the term is what it explains: it starts with the term's name ("Tavoitekustannus: …",
"Target cost — …"), or the thing it is the tooltip of is titled with the term's name (a column, a row, a button,
a label or a list item whose text is the term). Such a tooltip must carry the glossary's definition of the term
(core/glossary.py), so the tooltips and Help > Glossary never drift apart."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QWidget

from alliance_desktop import i18n, templates
from alliance_desktop.core import glossary
from alliance_desktop.ui.mainwindow import available_views

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")
TIP = Qt.ItemDataRole.ToolTipRole
DISPLAY = Qt.ItemDataRole.DisplayRole


def names_of(term, lang: str) -> list[str]:
    """The ways a term is named in `lang`: its name, and the name without its parenthesised other form
    ("allianssi (allianssimalli)" → "allianssi (allianssimalli)", "allianssi", "allianssimalli")."""
    name = term.name(lang)
    found = [name]
    match = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if match:
        found += [match.group(1), match.group(2)]
    return [n.casefold() for n in found]


def plain(text) -> str:
    text = re.sub(r"<[^>]+>", " ", str(text or ""))  # rich-text tooltips
    return " ".join(text.replace("&", "").split()).casefold()


def tooltips(view) -> list[tuple[str, str, str]]:
    """(where, title, tooltip) of everything in the view with a tooltip: widgets (and their text as the title),
    combo items and item views' headers. Not a table's cells: they show the plan's items (a party whose role is
    “Tilaaja”, a phase's staff-transfer note, a milestone's overdue warning), not the terms; the column's header
    explains the column."""
    found = []
    for widget in [view, *view.findChildren(QWidget)]:
        title = widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else ""
        if widget.toolTip():
            found.append((type(widget).__name__, title, widget.toolTip()))
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                if widget.itemData(i, TIP):
                    found.append(("combo item", widget.itemText(i), widget.itemData(i, TIP)))
        model = widget.model() if callable(getattr(widget, "model", None)) else None
        if model is None or not hasattr(model, "headerData") or isinstance(widget, QComboBox):
            continue
        rows = model.rowCount()
        try:
            columns = model.columnCount()
        except TypeError:  # a list model (its columnCount is private in Qt)
            columns = 1
        for c in range(columns):
            found.append(("column", model.headerData(c, Qt.Orientation.Horizontal, DISPLAY),
                          model.headerData(c, Qt.Orientation.Horizontal, TIP)))
        for r in range(rows):
            found.append(("row", model.headerData(r, Qt.Orientation.Vertical, DISPLAY),
                          model.headerData(r, Qt.Orientation.Vertical, TIP)))
    return [(where, str(title or ""), str(tip)) for where, title, tip in found if tip]


def named(where: str, title: str, tip: str, lang: str) -> tuple[list[str], list[str]]:
    """The keys of the terms this tooltip names, and of those it names without carrying their definition."""
    text, head = plain(tip), plain(title).rstrip(" :*")
    terms, bad = [], []
    for term in glossary.TERMS:
        names = names_of(term, lang)
        about = head in names or any(
            text.startswith(name) and text[len(name):len(name) + 1] in (":", " ", "") and
            text[len(name):].lstrip()[:1] in (":", "—", "–", "-", "") for name in names)
        terms += [term.key] if about else []
        if about and plain(term.definition(lang)) not in text:
            bad.append(term.key)
    return terms, bad


@pytest.mark.parametrize("demo", templates.DEMOS)
@pytest.mark.parametrize("lang", ["fi", "en"])
def test_every_tooltip_that_names_a_glossary_term_carries_its_definition(qtbot, translations, tmp_path, demo, lang):
    from alliance_desktop.storage.projectfile import create_file
    from alliance_desktop.ui.mainwindow import MainWindow

    path = tmp_path / f"{demo}.alliance"
    create_file(path, templates.load_template(demo))
    translations.set_language(lang)
    win = MainWindow(translations)
    qtbot.addWidget(win)
    assert win.open_path(path)
    win.resize(1600, 1000)
    win.show()
    problems, seen, naming = [], 0, 0
    try:
        with i18n.using(lang):
            for key, _title, _ref in available_views():
                win.show_view(key)
                QApplication.processEvents()
                view = win.views[key]
                tabs = [w for w in view.findChildren(QWidget) if hasattr(w, "setCurrentIndex") and hasattr(w, "tabText")]
                for tab_widget in tabs:  # every tab filled: a tab's tables fill when shown
                    for i in range(tab_widget.count()):
                        tab_widget.setCurrentIndex(i)
                        QApplication.processEvents()
                for where, title, tip in tooltips(view):
                    seen += 1
                    terms, bad = named(where, title, tip, lang)
                    naming += bool(terms)
                    for term in bad:
                        problems.append(f"{key}: {where} “{title}” names “{glossary.term(term).name(lang)}”: {tip[:90]}")
    finally:
        translations.set_language("fi")
    assert seen > 100 and naming > 30, (seen, naming)  # the walk reached the views' tooltips and their terms
    assert not sorted(set(problems)), "\n".join(sorted(set(problems)))
