"""Help > User guide (F1) and Help > Glossary (issue 22): the guide's files, F1 per view, the glossary window,
and the tooltips that name a glossary term."""

from __future__ import annotations

import html
import re
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from alliance_desktop import i18n, templates
from alliance_desktop.core import glossary
from alliance_desktop.core.formatting import format_money
from alliance_desktop.core.settlement import settle_plan
from alliance_desktop.ui.help import guide
from alliance_desktop.ui.mainwindow import available_views

from .menu import trigger

LANGS = ("fi", "en")
# the offscreen platform has no window stacking: bringing the guide forward is a no-op there
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")


def page_text(path: Path) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", path.read_text("utf-8")))


@pytest.mark.parametrize("lang", LANGS)
def test_every_chapter_in_both_languages_with_its_pictures(lang):
    for chapter in guide.CHAPTERS:
        path = guide.chapter_path(chapter, lang)
        text = path.read_text("utf-8")
        assert f'<html lang="{lang}">' in text
        assert guide.chapter_title(chapter, lang) not in ("", chapter)
        for src in re.findall(r'<img src="([^"]+)"', text):
            image = (path.parent / src).resolve()
            assert image.is_file() and image.stat().st_size > 10_000, (chapter, src)
            assert image.name.endswith(f"-{lang}.png")  # the app in the guide's language
        for href in re.findall(r'<a href="([^"#]+)', text):
            assert (path.parent / href).is_file(), (chapter, href)
        assert "http" not in text  # nothing on the web


def test_every_view_has_a_chapter_with_its_picture(translations):
    for key, _title, _ref in available_views():
        chapter = guide.VIEW_CHAPTERS[key]
        for lang in LANGS:
            assert f"../images/{key}-{lang}.png" in guide.chapter_path(chapter, lang).read_text("utf-8")


def test_the_pictures_stay_small():
    images = list((guide.help_dir() / "images").glob("*.png"))
    assert len(images) == 12
    assert sum(p.stat().st_size for p in images) < 2_000_000


def test_the_worked_example_is_the_engines():
    """The guide's commercial example is Keusote's period 1 as core/settlement settles it, in both languages."""
    result = settle_plan(templates.load_template("keusote")).periods[0]
    figures = (result.target_cost, result.actual_cost, result.deviation, result.excess_to_buyer,
               result.gain.producer, result.gain.staff, result.gain.effectiveness_pool, result.gain.buyer,
               result.effectiveness_bonus_paid, result.effectiveness_bonus_unpaid, result.producer_payment,
               result.buyer_total_cost)
    for lang in LANGS:
        text = page_text(guide.chapter_path("commercial", lang))
        for value in figures:
            decimals = 0 if value == value.to_integral_value() else 2
            assert format_money(Decimal(value), lang, decimals) in text, (lang, value)


@pytest.mark.parametrize("lang", LANGS)
def test_the_guide_package_data_is_shipped(lang):
    import tomllib

    data = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text("utf-8"))
    patterns = data["tool"]["setuptools"]["package-data"]["alliance_desktop.resources"]
    assert "help/*/*.html" in patterns and "help/images/*.png" in patterns


def test_f1_opens_the_chapter_of_the_view_on_screen(window, qtbot):
    for key, _title, _ref in available_views():
        window.show_view(key)
        trigger(window, QKeySequence.StandardKey.HelpContents)
        shown = window.guide_window
        assert shown.isVisible() and shown.chapter == guide.VIEW_CHAPTERS[key]
        assert Path(shown.browser.source().toLocalFile()) == guide.chapter_path(key, "fi")
        assert shown.chapters.currentItem().text() == guide.chapter_title(key, "fi")
        assert shown.browser.toPlainText().startswith(guide.chapter_title(key, "fi"))
    window.guide_window.close()


def test_the_guide_follows_links_and_the_language(window, qtbot):
    window.user_guide()
    shown = window.guide_window
    shown.open_chapter("start")
    shown.browser.anchorClicked.emit(shown.browser.source().resolved("timeline.html"))
    assert shown.chapter == "timeline" and shown.chapters.currentRow() == guide.CHAPTERS.index("timeline")
    shown.chapters.setCurrentRow(guide.CHAPTERS.index("backups"))
    assert shown.chapter == "backups"
    from PySide6.QtCore import QUrl

    shown.browser.anchorClicked.emit(QUrl("https://example.com/"))  # not followed: no network
    assert shown.chapter == "backups"
    window.set_language("en")
    try:
        window.show_view("metrics")
        window.user_guide()
        assert window.guide_window.lang == "en" and window.guide_window.chapter == "metrics"
        assert window.guide_window.browser.toPlainText().startswith("Metrics")
    finally:
        window.guide_window.close()
        window.set_language("fi")


def test_the_welcome_screen_f1_opens_the_start(qtbot, translations):
    from alliance_desktop.ui.mainwindow import MainWindow

    win = MainWindow(translations)
    qtbot.addWidget(win)
    win.user_guide()
    assert win.guide_window.chapter == "start"
    win.close()


def test_glossary_window_finds_terms_in_both_languages(window, qtbot):
    window.glossary()
    shown = window.glossary_window
    assert len(shown.shown) == len(glossary.TERMS)
    assert shown.shown[0].fi.startswith("a")  # A–Ö in Finnish
    shown.field.setText("TAVOITEKUST")
    assert shown.shown[0].key == "target_cost"
    assert "Tavoitekustannus" in shown.text.toPlainText() and "target cost" in shown.text.toPlainText()
    shown.field.setText("standstill")
    assert [t.key for t in shown.shown] == ["standstill"]
    shown.field.setText("qqqzzz")
    assert shown.shown == [] and "Mikään käsite ei vastaa hakua." in shown.text.toPlainText()
    shown.close()


def test_tooltips_that_name_a_glossary_term_use_its_definition(window):
    """Every tooltip in the views that starts with a glossary term's name (“Term: …”) is the glossary's text."""
    names = {t.name("fi").casefold(): t for t in glossary.TERMS}
    checked = 0
    for key, _title, _ref in available_views():
        window.show_view(key)
        QApplication.processEvents()
        for widget in window.views[key].findChildren(QWidget):
            tips = [widget.toolTip()]
            model = widget.model() if callable(getattr(widget, "model", None)) else None
            if model is not None and hasattr(model, "headerData"):
                from PySide6.QtCore import Qt

                for section in range(model.rowCount()):
                    tips.append(model.headerData(section, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole))
            for tip in tips:
                if not tip or ": " not in tip:
                    continue
                head = tip.split(": ", 1)[0].casefold()
                if head in names:
                    with i18n.using("fi"):
                        assert tip == glossary.tooltip(names[head].key), tip
                    checked += 1
    assert checked >= 10


def test_timeline_kinds_and_calibration_levels_explain_their_terms(window):
    from PySide6.QtCore import Qt

    window.show_view("timeline")
    view = window.views["timeline"]
    view.show_item("phase", window.document.plan.phases[0].key)
    combo = view.inspector.kind
    tips = {combo.itemData(i): combo.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(combo.count())}
    with i18n.using("fi"):
        assert tips["development"] == glossary.tooltip("development_phase")
        assert tips["service"].startswith("Palveluvaihe: ")
    window.show_view("metrics")
    table = window.views["metrics"].definitions.cal_table
    with i18n.using("fi"):
        assert [table.horizontalHeaderItem(c).toolTip() for c in (1, 2, 3)] == [
            glossary.tooltip("weight"), glossary.tooltip("threshold"), glossary.tooltip("target_level")]


def test_the_screenshot_script_makes_the_guides_pictures(tmp_path):
    """packaging/guide_screenshots.py draws a view with the app (in its own process) as the guide shows it:
    the committed picture has the size the script makes (regenerate them all with the script)."""
    import sys

    from PIL import Image

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
    import guide_screenshots

    made = tmp_path / "risks-en.png"
    guide_screenshots.shoot("risks", "en", made)
    with Image.open(made) as new, Image.open(guide.help_dir() / "images" / "risks-en.png") as kept:
        assert new.size == kept.size and new.mode == kept.mode == "P"
    assert made.stat().st_size < 200_000


def test_the_welcome_screen_offers_the_guide(qtbot, translations):
    from PySide6.QtWidgets import QPushButton

    from alliance_desktop.ui.mainwindow import MainWindow

    win = MainWindow(translations)
    qtbot.addWidget(win)
    button = next(b for b in win.centralWidget().findChildren(QPushButton) if b.text() == "Käyttöopas (F1)")
    button.click()
    assert win.guide_window.isVisible() and win.guide_window.chapter == "start"
    win.close()
