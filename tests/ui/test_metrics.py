"""The Metrics view with real widgets: the board shows core.scoring's numbers; edits undo, redo and reach the file."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from alliance_desktop import templates
from alliance_desktop.core import metrics_edits as me
from alliance_desktop.core.scoring import kpi_scores
from alliance_desktop.core.settlement import settle_plan
from alliance_desktop.ui import fmt
from alliance_desktop.ui.metrics import MetricsView
from alliance_desktop.ui.metrics.common import score_text, state_of
from tests.ui.menu import on_disk, redo, undo

D = Decimal


@pytest.fixture
def refusals(monkeypatch):
    """A modal box would hang a test: record what the window would have shown instead."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    return shown


@pytest.fixture
def hyvaks_path(tmp_path):
    from alliance_desktop.storage.projectfile import create_file

    path = tmp_path / "HyvaKS ö.alliance"
    create_file(path, templates.load_template("hyvaks"))
    return path


@pytest.fixture
def hyvaks(qtbot, translations, hyvaks_path, refusals):
    from alliance_desktop.ui.mainwindow import MainWindow

    win = MainWindow(translations)  # closed and deleted below (not qtbot.addWidget: see dispose)
    assert win.open_path(hyvaks_path)
    win.resize(1600, 1000)
    win.show()
    assert win.show_view("metrics")
    yield win
    win.close()
    dispose(win)


def dispose(widget) -> None:
    """Delete a window now: pytest-qt's deleteLater alone waits for an event loop that tests never run,
    and every window left alive slows the next ones down."""
    from PySide6.QtCore import QEvent

    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def view_of(window) -> MetricsView:
    view = window.views["metrics"]
    view.finish_background_work()
    return view


def measured(plan, metric, period):
    return me.measurement(me.find_metric(plan, metric), period)


# ---------------------------------------------------------------- the board shows core's numbers


def test_metrics_view_is_in_the_navigation(hyvaks):
    titles = [hyvaks.navigation.item(i).text() for i in range(hyvaks.navigation.count())]
    assert QCoreApplication.translate("MainWindow", "Metrics") in titles
    assert hyvaks.current_view() == "metrics"


def test_board_shows_the_same_numbers_as_core_scoring_and_settlement(hyvaks):
    view = view_of(hyvaks)
    plan = hyvaks.document.plan
    scores = kpi_scores(plan)
    settlement = settle_plan(plan)
    assert view.period == "p2"  # the latest period with measurements
    for key in ("p1", "p2", "p3"):
        view.set_period(key)
        board = view.board
        assert board.score_big.text() == score_text(scores[key].exact)
        assert view.book.period(key) == scores[key]
        assert view.book.settlement(key) == settlement.period(key)
        assert board.bonus_big.text() == fmt.money(settlement.period(key).effectiveness_bonus_paid)
        for i, metric in enumerate(plan.metrics):
            card = board.canvas.card(i)
            assert card.metric is metric
            assert card.part == scores[key].metric_scores[i]
            assert card.state == state_of(scores[key].metric_scores[i])
    # HyvaKS p2 by hand: 40 %, 50 %, 40 %, 53,3 %, 50 %, 50 %, 30 %, 41,7 % with weights 25/10/15/15/10/5/10/10
    view.set_period("p2")
    assert view.board.score_big.text() == "43,7\u00a0%"
    assert settlement.period("p2").effectiveness_bonus_paid == D("81875.00")
    assert view.board.bonus_big.text() == fmt.money(D(81875))
    # the score strip: every period's score from core, and p3 marked as not measured yet
    from alliance_desktop.ui.metrics.common import score_percent

    assert [(k, v, measured) for k, _n, v, measured in view.board.strip.items] == [
        ("p1", score_percent(scores["p1"].exact), True), ("p2", score_percent(scores["p2"].exact), True),
        ("p3", score_percent(scores["p3"].exact), False)]


def test_missing_measurement_is_scored_0_with_a_warning_shown(hyvaks, qtbot):
    view = view_of(hyvaks)
    view.set_period("p2")
    assert view.board.warnings.isHidden()
    assert view.apply("clear", lambda plan: me.clear_measurement(plan, "jonotusajat", "p2"))
    score = kpi_scores(hyvaks.document.plan)["p2"]
    assert score.warnings and score.metric_scores[0].exact == 0
    assert not view.board.warnings.isHidden()
    assert score.warnings[0] in view.board.warnings.text()
    assert view.board.score_big.text() == score_text(score.exact)
    assert view.board.canvas.card(0).state == "missing"


def test_weights_not_making_100_are_warned_in_words(hyvaks, qtbot):
    view = view_of(hyvaks)
    view.set_period("p2")
    assert view.apply("w", lambda plan: me.set_calibration(plan, "jonotusajat", "p2", weight=D(20)))
    problem = me.weight_problem(D(95), "Palvelujakso 2 (2 v, havainnollistava)")
    assert view.board.weights_small.text() == problem
    assert problem in view.board.warnings.text()
    assert view.board.weights.problem == problem
    # the score still comes from core.scoring (the weighted mean over 95)
    assert view.board.score_big.text() == score_text(kpi_scores(hyvaks.document.plan)["p2"].exact)


def test_an_edit_recomputes_only_the_period_it_touches(hyvaks):
    view = view_of(hyvaks)
    before = view.book.computed
    assert view.apply("m", lambda plan: me.set_measurement(plan, "jonotusajat", "p1", D(100)))
    view.finish_background_work()
    assert view.book.computed - before == 1
    assert view.book.period("p1") == kpi_scores(hyvaks.document.plan)["p1"]


# ---------------------------------------------------------------- measurements grid


def type_into_cell(qtbot, table, row, column, text):
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.keyClick(table, text[0])
    editor = QApplication.focusWidget()
    assert editor is not table
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits through a queued call


def test_type_a_measurement_in_finnish_then_undo_and_redo(hyvaks, qtbot):
    view = view_of(hyvaks)
    view.tabs.setCurrentIndex(view.MEASUREMENTS)
    table = view.measurements.table
    type_into_cell(qtbot, table, 1, 3, "1,75")  # Hoitojakson kesto, p3
    plan = hyvaks.document.plan
    assert measured(plan, "hoitojakso", "p3") == D("1.75")
    assert measured(on_disk(hyvaks), "hoitojakso", "p3") == D("1.75")
    assert table.model().index(1, 3).data() == "1,75"
    assert hyvaks.document.undo_stack.count() == 1

    undo(hyvaks)
    assert measured(hyvaks.document.plan, "hoitojakso", "p3") is None
    assert measured(on_disk(hyvaks), "hoitojakso", "p3") is None
    assert table.model().index(1, 3).data() == ""
    redo(hyvaks)
    assert measured(on_disk(hyvaks), "hoitojakso", "p3") == D("1.75")

    type_into_cell(qtbot, table, 2, 0, "4 150")  # the baseline column, with a thousands space
    assert me.find_metric(on_disk(hyvaks), "hoitokustannukset").baseline == D(4150)


def test_a_bad_number_is_refused_in_place_and_nothing_changes(hyvaks, qtbot, refusals):
    view = view_of(hyvaks)
    view.tabs.setCurrentIndex(view.MEASUREMENTS)
    before = hyvaks.document.plan
    type_into_cell(qtbot, view.measurements.table, 0, 1, "abc")
    assert hyvaks.document.plan is before
    assert hyvaks.document.undo_stack.count() == 0
    assert "abc" in view.message.text()
    assert refusals == []


def test_delete_clears_the_selected_cells_in_one_step(hyvaks, qtbot):
    view = view_of(hyvaks)
    view.tabs.setCurrentIndex(view.MEASUREMENTS)
    table = view.measurements.table
    table.setFocus()
    model = table.model()
    table.setCurrentIndex(model.index(0, 1))
    table.selectionModel().select(model.index(0, 2), table.selectionModel().SelectionFlag.Select)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    plan = on_disk(hyvaks)
    assert measured(plan, "jonotusajat", "p1") is None and measured(plan, "jonotusajat", "p2") is None
    assert hyvaks.document.undo_stack.count() == 1
    undo(hyvaks)
    assert measured(on_disk(hyvaks), "jonotusajat", "p2") == D(96)


def test_paste_a_block_from_excel(hyvaks, qtbot):
    view = view_of(hyvaks)
    view.tabs.setCurrentIndex(view.MEASUREMENTS)
    table = view.measurements.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 3))
    QApplication.clipboard().setText("88\r\n1,7\r\n")
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    plan = on_disk(hyvaks)
    assert measured(plan, "jonotusajat", "p3") == D(88) and measured(plan, "hoitojakso", "p3") == D("1.7")
    assert hyvaks.document.undo_stack.count() == 1
    assert hyvaks.document.undo_stack.undoText() == QCoreApplication.translate("MeasurementsTab", "Paste measurements")


def test_csv_import_dialog_good_file_is_one_undo_step(hyvaks, tmp_path):
    view = view_of(hyvaks)
    path = tmp_path / "mittaukset.csv"
    path.write_bytes(b"\xef\xbb\xbfmittari;jakso;arvo\r\njonotusajat;p3;82\r\nHoitojakson kesto;p3;1,6\r\n")
    dialog = view.measurements.import_dialog()
    assert dialog.load(path)
    plan = on_disk(hyvaks)
    assert measured(plan, "jonotusajat", "p3") == D(82) and measured(plan, "hoitojakso", "p3") == D("1.6")
    assert hyvaks.document.undo_stack.count() == 1
    undo(hyvaks)
    assert measured(on_disk(hyvaks), "jonotusajat", "p3") is None
    dialog.close()


def test_csv_import_dialog_bad_file_lists_problems_and_imports_nothing(hyvaks, tmp_path):
    view = view_of(hyvaks)
    before = hyvaks.document.plan
    path = tmp_path / "huono.csv"
    path.write_bytes("mittari;jakso;arvo\njonotusajat;p3;82\nhoitojakso;p3;1,6,7\n".encode())
    dialog = view.measurements.import_dialog()
    assert not dialog.load(path)
    assert hyvaks.document.plan is before
    assert on_disk(hyvaks) == before
    assert hyvaks.document.undo_stack.count() == 0
    assert not dialog.problems.isHidden()
    assert "3" in dialog.problems.toPlainText() and "C" in dialog.problems.toPlainText()
    dialog.close()


def test_export_csv_writes_what_import_reads(hyvaks, tmp_path):
    from alliance_desktop.core.metrics_csv import import_measurements

    view = view_of(hyvaks)
    path = tmp_path / "out.csv"
    assert view.measurements.export_to(path)
    assert import_measurements(hyvaks.document.plan, path.read_bytes()).plan == hyvaks.document.plan


def test_csv_import_of_a_utf16_file_or_a_huge_value_says_one_thing_in_words(hyvaks, tmp_path):
    """Issue 14: a UTF-16 file gave three 'no column for …' lines; a huge value reached the settlement as
    InvalidOperation. One message about the encoding; a value out of range names the metric and period."""
    view = view_of(hyvaks)
    before = hyvaks.document.plan
    path = tmp_path / "unicode.csv"
    path.write_bytes("mittari;jakso;arvo\r\njonotusajat;p3;82\r\n".encode("utf-16"))
    dialog = view.measurements.import_dialog()
    assert not dialog.load(path)
    assert "UTF-16" in dialog.problems.toPlainText() and "CSV UTF-8" in dialog.problems.toPlainText()
    assert len(dialog.problems.toPlainText().splitlines()) == 1
    path.write_bytes(b"mittari;jakso;arvo\r\njonotusajat;p3;123456789012345678901234567890,123\r\n")
    assert not dialog.load(path)
    assert "Jonotusajat" in dialog.problems.toPlainText() and "Palvelujakso 3" in dialog.problems.toPlainText()
    assert hyvaks.document.plan is before and on_disk(hyvaks) == before
    dialog.close()


def test_exported_csv_names_are_spreadsheet_safe(hyvaks, tmp_path):
    from alliance_desktop.core import metrics_edits as me

    view = view_of(hyvaks)
    key = hyvaks.document.plan.metrics[0].key
    assert hyvaks.document.apply("Rename", lambda plan: me.update_metric(plan, key, name="=HYPERLINK(1)"))
    path = tmp_path / "out.csv"
    assert view.measurements.export_to(path)
    text = path.read_bytes().decode("utf-8-sig")
    assert ";'=HYPERLINK(1);" in text and ";=HYPERLINK" not in text
    dialog = view.measurements.import_dialog()
    assert dialog.load(path)  # read back: the same plan
    assert hyvaks.document.plan.metrics[0].name == "=HYPERLINK(1)"
    dialog.close()


# ---------------------------------------------------------------- definitions and calibrations


def test_rename_metric_in_the_inspector_with_undo(hyvaks, qtbot):
    view = view_of(hyvaks)
    view.open_metric("hoitojakso")
    assert view.tabs.currentIndex() == view.DEFINITIONS
    name = view.definitions.name
    assert name.text() == "Hoitojakson kesto"
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Hoitojakson pituus")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert me.find_metric(on_disk(hyvaks), "hoitojakso").name == "Hoitojakson pituus"
    undo(hyvaks)
    assert me.find_metric(on_disk(hyvaks), "hoitojakso").name == "Hoitojakson kesto"
    assert name.text() == "Hoitojakson kesto"


def test_edit_a_calibration_weight_in_the_table(hyvaks, qtbot):
    view = view_of(hyvaks)
    view.open_metric("jonotusajat")
    table = view.definitions.cal_table
    assert table.rowCount() == 2
    table.item(1, 1).setText("30")  # p2 weight 25 -> 30
    cal = me.calibration_at(me.find_metric(on_disk(hyvaks), "jonotusajat"), "p2")
    assert cal.weight == D(30)
    assert me.calibration_at(me.find_metric(on_disk(hyvaks), "jonotusajat"), "p1").weight == D(20)
    undo(hyvaks)
    assert me.calibration_at(me.find_metric(on_disk(hyvaks), "jonotusajat"), "p2").weight == D(25)
    assert table.item(1, 1).text() == "25"


def test_equal_threshold_and_target_is_refused_in_words(hyvaks, refusals):
    view = view_of(hyvaks)
    view.open_metric("jonotusajat")
    before = hyvaks.document.plan
    view.definitions.cal_table.item(1, 2).setText("75")  # threshold = target 75 with weight 25
    assert hyvaks.document.plan is before
    assert view.message.text()
    assert view.definitions.cal_table.item(1, 2).text() == "110"
    assert refusals == []


def test_recalibrate_then_retire_from_a_period_and_undo_both(hyvaks, qtbot):
    view = view_of(hyvaks)
    view.open_metric("hairiot")
    tab = view.definitions
    tab.cal_period.setCurrentIndex(tab.cal_period.findData("p3"))
    qtbot.mouseClick(tab.recalibrate_button, Qt.MouseButton.LeftButton)
    cals = me.find_metric(on_disk(hyvaks), "hairiot").calibrations
    assert [c.from_period for c in cals] == ["p1", "p2", "p3"]
    assert cals[2].weight == cals[1].weight and cals[2].threshold == cals[1].threshold
    assert tab.cal_table.rowCount() == 3
    qtbot.mouseClick(tab.retire_button, Qt.MouseButton.LeftButton)
    metric = me.find_metric(on_disk(hyvaks), "hairiot")
    assert me.calibration_at(metric, "p3").weight == 0
    assert [s.retired for s in me.calibration_spans(hyvaks.document.plan, "hairiot")] == [False, False, True]
    view.set_period("p3")
    view.tabs.setCurrentIndex(view.BOARD)
    i = [x.key for x in hyvaks.document.plan.metrics].index("hairiot")
    assert view.board.canvas.card(i).state == "retired"
    # p3 weights now make 90 %: the board says so
    assert view.board.weights.problem == me.weight_problem(D(90), "Palvelujakso 3 (2 v, havainnollistava)")
    undo(hyvaks)
    undo(hyvaks)
    assert me.find_metric(on_disk(hyvaks), "hairiot") == me.find_metric(templates.load_template("hyvaks"), "hairiot")


def test_add_from_the_library_on_keusote(window, qtbot, refusals):
    window.show_view("metrics")
    view = view_of(window)
    view.tabs.setCurrentIndex(view.DEFINITIONS)
    tab = view.definitions
    tab._fill_library_menu()
    actions = [a for a in tab.library_menu.actions() if not a.isSeparator() and a.isEnabled()]
    name = me.library_entry("jonotusajat").name
    target = next(a for a in actions if a.text().startswith(name))
    target.trigger()
    assert me.find_metric(on_disk(window), "jonotusajat").name == name
    assert tab.selected == "jonotusajat"
    # Keusote already has customer satisfaction: the library offers it disabled
    tab._fill_library_menu()
    satisfaction = me.library_entry("asiakastyytyvaisyys").name
    assert not next(a for a in tab.library_menu.actions() if a.text().startswith(satisfaction)).isEnabled()
    undo(window)
    assert "jonotusajat" not in [x.key for x in on_disk(window).metrics]


def test_add_move_and_remove_metric_with_buttons(hyvaks, qtbot):
    view = view_of(hyvaks)
    view.tabs.setCurrentIndex(view.DEFINITIONS)
    tab = view.definitions
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    new_key = hyvaks.document.plan.metrics[-1].key
    assert tab.selected == new_key and len(on_disk(hyvaks).metrics) == 9
    qtbot.mouseClick(tab.up_button, Qt.MouseButton.LeftButton)
    assert [x.key for x in on_disk(hyvaks).metrics].index(new_key) == 7
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert len(on_disk(hyvaks).metrics) == 8
    for _ in range(3):
        undo(hyvaks)
    assert on_disk(hyvaks) == templates.load_template("hyvaks")


def test_change_direction_and_baseline(hyvaks, qtbot):
    view = view_of(hyvaks)
    view.open_metric("tuottavuus")
    tab = view.definitions
    # its weighted levels count upwards: turning the direction is refused in words (issue 15, item 2)
    before = hyvaks.document.plan
    tab.direction.setCurrentIndex(tab.direction.findData("lower_is_better"))
    tab.direction.activated.emit(tab.direction.currentIndex())
    assert hyvaks.document.plan is before
    assert "Tuottavuus" in view.message.text() or "tuottavuus" in view.message.text().lower()
    assert tab.direction.currentData() == "higher_is_better"
    # a metric without weighted calibrations turns freely
    assert view.apply("add", lambda plan: me.add_metric(plan, "Uusi"))
    view.open_metric("uusi")
    tab.direction.setCurrentIndex(tab.direction.findData("higher_is_better"))
    tab.direction.activated.emit(tab.direction.currentIndex())
    assert me.find_metric(on_disk(hyvaks), "uusi").direction == "higher_is_better"
    undo(hyvaks)
    undo(hyvaks)
    view.open_metric("tuottavuus")
    tab.baseline.setFocus()
    tab.baseline.selectAll()
    qtbot.keyClicks(tab.baseline, "4,35")
    qtbot.keyClick(tab.baseline, Qt.Key.Key_Return)
    assert me.find_metric(on_disk(hyvaks), "tuottavuus").baseline == D("4.35")
    undo(hyvaks)
    assert me.find_metric(on_disk(hyvaks), "tuottavuus") == me.find_metric(templates.load_template("hyvaks"),
                                                                            "tuottavuus")


def test_levels_against_the_direction_are_refused_in_the_table(hyvaks, refusals):
    view = view_of(hyvaks)
    view.open_metric("jonotusajat")  # lower is better: p2 threshold 110, target 75
    before = hyvaks.document.plan
    view.definitions.cal_table.item(1, 3).setText("120")  # target above the threshold
    assert hyvaks.document.plan is before
    assert "Jonotusajat" in view.message.text() or "jonotusajat" in view.message.text().lower()
    assert view.definitions.cal_table.item(1, 3).text() == "75"
    assert refusals == []


@pytest.fixture
def contradicting_path(tmp_path):
    """A file as an earlier version could write it: "Jonotusajat" is lower-is-better, yet its levels from
    period 2 count upwards (threshold 75, target 110)."""
    import dataclasses

    from alliance_desktop.storage.projectfile import create_file

    plan = templates.load_template("hyvaks")
    x = me.find_metric(plan, "jonotusajat")
    x = dataclasses.replace(x, calibrations=(x.calibrations[0], dataclasses.replace(
        x.calibrations[1], threshold=D(75), target=D(110))))
    plan = dataclasses.replace(plan, metrics=tuple(x if y.key == x.key else y for y in plan.metrics))
    path = tmp_path / "vanha.alliance"
    create_file(path, plan)
    return path


def test_a_file_with_contradicting_levels_opens_warns_and_the_fix_clears_it(qtbot, translations, contradicting_path,
                                                                            refusals):
    from alliance_desktop.ui.mainwindow import MainWindow

    win = MainWindow(translations)
    try:
        assert win.open_path(contradicting_path)
        assert not win.document.read_only
        win.resize(1600, 1000)
        win.show()
        assert win.show_view("metrics")
        view = view_of(win)
        [problem] = me.level_problems(win.document.plan)
        view.set_period("p1")  # the warning is about the metric, whatever the period shown
        assert not view.board.warnings.isHidden()
        assert view.board.warnings.text().startswith("⚠ " + problem)
        # the card of the period where those levels are in force says it too
        view.set_period("p2")
        card = view.board.canvas.card(0)
        assert card.metric.key == "jonotusajat"
        assert "⚠" in view.board.canvas.tooltip(card)
        assert "⚠" not in view.board.canvas.tooltip(view.board.canvas.card(1))
        view.open_metric("jonotusajat")
        assert view.definitions.level_warning.isVisibleTo(view.definitions)
        assert problem in view.definitions.level_warning.text()
        # the weight can still be changed; the warning stays
        view.definitions.cal_table.item(1, 1).setText("30")
        assert me.calibration_at(me.find_metric(on_disk(win), "jonotusajat"), "p2").weight == D(30)
        assert view.definitions.level_warning.isVisibleTo(view.definitions)
        # the fix: the target below the threshold; both warnings go
        view.definitions.cal_table.item(1, 3).setText("60")
        assert me.calibration_at(me.find_metric(on_disk(win), "jonotusajat"), "p2").target == D(60)
        assert not view.definitions.level_warning.isVisibleTo(view.definitions)
        view.tabs.setCurrentWidget(view.board)
        view.finish_background_work()
        assert problem not in view.board.warnings.text() or view.board.warnings.isHidden()
        assert refusals == []
    finally:
        win.close()
        dispose(win)


# ---------------------------------------------------------------- keyboard, read-only, language, picture


def test_board_keyboard_moves_between_cards_and_enter_opens_the_metric(hyvaks, qtbot):
    view = view_of(hyvaks)
    canvas = view.board.canvas
    canvas.setFocus()
    assert canvas.current == 0
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.current == 1 + canvas._columns
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert view.tabs.currentIndex() == view.DEFINITIONS
    assert view.definitions.selected == hyvaks.document.plan.metrics[1 + canvas._columns].key


def test_alt_arrows_switch_the_period(hyvaks, qtbot):
    view = view_of(hyvaks)
    assert view.period == "p2"
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.period == "p1"
    assert view.board.score_big.text() == score_text(kpi_scores(hyvaks.document.plan)["p1"].exact)


def test_read_only_document_disables_editing(qtbot, translations, hyvaks_path):
    from alliance_desktop.storage.projectfile import ProjectFile
    from alliance_desktop.ui.document import Document

    document = Document(ProjectFile.open(hyvaks_path, read_only=True))
    try:
        view = MetricsView(document)
        view.refresh()
        model = view.measurements.table.model()
        assert not (model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable)
        assert not view.measurements.import_button.isEnabled()
        tab = view.definitions
        assert not tab.add_button.isEnabled() and not tab.remove_button.isEnabled()
        assert not tab.recalibrate_button.isEnabled() and not tab.retire_button.isEnabled()
        assert tab.name.isReadOnly() and not tab.direction.isEnabled()
        assert not (tab.cal_table.item(0, 1).flags() & Qt.ItemFlag.ItemIsEditable)
        assert not view.apply("x", lambda plan: me.set_measurement(plan, "jonotusajat", "p3", D(1)))
        assert view.message.text()
        assert document.undo_stack.count() == 0
        view.close()
        dispose(view)
    finally:
        document.close()


def test_language_switch_rebuilds_the_view_in_english(hyvaks):
    hyvaks.set_language("en")
    assert hyvaks.current_view() == "metrics"
    view = view_of(hyvaks)
    assert view.tabs.tabText(0) == "Board"
    assert view.board.score_big.text() == "43.7%"
    hyvaks.set_language("fi")


def test_blank_project_offers_the_library_in_one_click(qtbot, translations, tmp_path, refusals):
    from alliance_desktop.storage.projectfile import create_file
    from alliance_desktop.ui.mainwindow import MainWindow

    path = tmp_path / "tyhjä.alliance"
    create_file(path, templates.load_template("blank"))
    win = MainWindow(translations)
    assert win.open_path(path)
    win.show()
    win.show_view("metrics")
    view = view_of(win)
    assert not view.board.empty.isHidden()
    qtbot.mouseClick(view.board.empty_button, Qt.MouseButton.LeftButton)
    assert len(on_disk(win).metrics) == 8
    assert view.board.empty.isHidden()
    win.close()
    dispose(win)


def test_screenshot_is_not_blank(hyvaks):
    view = view_of(hyvaks)
    image = hyvaks.grab().toImage()
    assert image.width() == 1600
    colours = {image.pixelColor(x, y).name() for x in range(300, 1600, 37) for y in range(100, 1000, 29)}
    assert len(colours) > 12
    canvas = view.board.canvas.grab().toImage()
    assert canvas.height() >= 2 * view.board.canvas.MIN_CARD_HEIGHT


@pytest.mark.parametrize("lang,names,term", [("fi", ("tavoitetaso", "kynnystaso"), "Pisteet = kuinka"),
                                              ("en", ("target", "threshold"), "Score = how")])
def test_the_board_legend_breaks_lines_only_between_its_entries(qtbot, translations, lang, names, term):
    """At 1280x720 the line broke between a dashed line's sign and its name ("- - -" | "kynnystaso"):
    a break is allowed after a hyphen even before a no-break space. And the explanation's term stays with what
    it means: "Score" alone at a line's end read as a fifth entry."""
    from PySide6.QtGui import QTextDocument

    from alliance_desktop.ui.metrics.board import BoardTab

    translations.set_language(lang)
    tab = BoardTab()
    qtbot.addWidget(tab)
    doc = QTextDocument()
    doc.setDefaultFont(tab.legend.font())
    doc.setHtml(tab.legend.text())
    for width in range(520, 1400, 23):  # (narrower, an entry alone is wider than the line and must break)
        doc.setTextWidth(width)
        doc.size()  # (lays the text out)
        block, lines = doc.begin(), []
        while block.isValid():
            layout = block.layout()
            lines += [block.text()[layout.lineAt(i).textStart():][:layout.lineAt(i).textLength()]
                      for i in range(layout.lineCount())]
            block = block.next()
        assert lines
        for line in lines:
            words = line.split()
            assert not (words and words[-1].strip("-\u2060\u00a0") == "" and len(lines) > 1
                        and line is not lines[-1]), (width, lines)  # a sign left at a line's end
            # a legend entry's name without its sign (the explanation may use the same words, with plain spaces)
            assert not any(line.startswith(n + "\u00a0") or line.strip() == n for n in names), (width, lines)
            assert not (words and words[-1] in ("Pisteet", "Score", "=")), (width, lines)  # a term alone
        assert any(term in line.replace("\u00a0", " ") for line in lines), (width, lines)
