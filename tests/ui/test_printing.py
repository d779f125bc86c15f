"""File > Print (Ctrl+P) and File > Print report (issue 22): pages for each view, read back from a PDF printer."""

from __future__ import annotations

import pypdf
import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from alliance_desktop.ui import printing
from alliance_desktop.ui.mainwindow import available_views

from .menu import trigger


def pdf_printer(path) -> QPrinter:
    printer = printing.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def text_of(path) -> tuple[int, str]:
    reader = pypdf.PdfReader(str(path))
    text = " ".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(text.split())


def squeezed(text: str) -> str:
    """Without white space: a table cell wraps a long word where it must."""
    return "".join(text.split())


def start(name: str) -> str:
    """The start of a name as a table cell prints it on its first line (a long name's later lines may be read
    out after the next column's text)."""
    return squeezed(name)[:12]


def test_each_view_prints_its_title_and_every_row_of_its_tables(window, tmp_path):
    plan = window.document.plan
    expected = {
        "overview": [plan.parties[-1].name, plan.areas[-1].name],
        "timeline": [plan.phases[-1].name, plan.markers[-1].name],
        "chains": [plan.scope.packages[-1].name],
        "metrics": [plan.metrics[-1].name],
        "commercial": [plan.commercial.periods[-1].name.split(" (")[0], "Tavoitekustannus"],
        "risks": [plan.risks[-1].title, plan.procurement_tasks[-1].name, plan.documents[-1].name],
    }
    for key, title, _ref in available_views():
        window.show_view(key)
        path = tmp_path / f"{key}.pdf"
        pages = printing.print_view(window, key, pdf_printer(path))
        count, text = text_of(path)
        assert count == pages >= 1, key
        assert text.startswith(title), (key, text[:60])
        for name in expected[key]:
            assert start(name) in squeezed(text), (key, name)


def test_a_long_table_runs_over_pages_with_all_its_rows(window, tmp_path):
    window.show_view("risks")
    path = tmp_path / "risks.pdf"
    printing.print_view(window, "risks", pdf_printer(path))
    count, text = text_of(path)
    assert count >= 2
    for task in window.document.plan.procurement_tasks:
        assert start(task.name) in squeezed(text)


def test_drawn_views_are_pictures_scaled_to_the_page(window, tmp_path):
    window.show_view("timeline")
    html = printing.view_html(window, "timeline")
    assert len(html.images) == 1
    image = next(iter(html.images.values()))
    assert image.width() >= 2000  # drawn at twice its size: sharp on paper
    assert f'width="{printing.PAGE_WIDTH_PX}"' in "".join(html.parts)
    chains = printing.view_html(window, "chains")
    assert len(chains.images) == 1 and window.document.plan.chains[0].name in "".join(chains.parts)


def report_pages(window) -> int:
    from alliance_desktop.reports.builder import render_report

    return render_report(window.document.plan, lang="fi")[1]


def rendered(path, index: int):
    """A page of a printed PDF rendered back (pypdfium2) as a grey-scale image: its (width, height, dark pixels
    share)."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        image = pdf[index].render(scale=0.5, grayscale=True).to_pil().convert("L")
        dark = sum(image.histogram()[:200])
        return image.width, image.height, dark / (image.width * image.height)
    finally:
        pdf.close()


def test_the_printed_report_is_the_pdf_reports_pages(window, tmp_path):
    """Print report prints the pages of the PDF that Export PDF writes: as many, none blank, the Gantt's
    landscape pages turned onto the portrait paper."""
    path = tmp_path / "report.pdf"
    pages = printing.print_report(window, pdf_printer(path))
    assert pages == report_pages(window) == len(pypdf.PdfReader(str(path)).pages) >= 8
    for index in range(pages):
        width, height, dark = rendered(path, index)
        assert height > width, index  # every page on the portrait paper
        assert dark > 0.002, (index, dark)  # the page carries the report, not a blank sheet
    cover, first = rendered(path, 0), rendered(path, 1)
    assert cover != first


def test_a_landscape_printer_gets_the_portrait_pages_turned(window, tmp_path):
    from PySide6.QtGui import QPageLayout

    printer = pdf_printer(tmp_path / "landscape.pdf")
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setResolution(150)
    pages = printing.print_report(window, printer)
    assert pages == report_pages(window)
    width, height, dark = rendered(tmp_path / "landscape.pdf", 0)
    assert width > height and dark > 0.002


def test_the_printed_report_can_be_cancelled(window, tmp_path):
    from PySide6.QtWidgets import QProgressDialog

    class CancelOnSecondPage(QProgressDialog):
        def setValue(self, value):
            super().setValue(value)
            if value == 1:
                self.cancel()

    progress = CancelOnSecondPage()
    assert printing.print_report(window, pdf_printer(tmp_path / "cancelled.pdf"), progress=progress) is None


# Windows without any printer (a locked-down laptop, Wine): Qt's fallback printer is a PDF one, which the Windows
# print dialog refuses ("Cannot be used on non-native printers"); the app says so instead (test below).
@pytest.fixture
def needs_dialog(qapp):
    if not printing.has_system_printer(printing.new_printer()):
        pytest.skip("Windows with no printer installed: the print dialog cannot be shown")


def test_with_no_printer_on_windows_the_app_points_at_the_pdf_and_opens_no_dialog(window, monkeypatch):
    told, opened = [], []
    original = printing.has_system_printer
    monkeypatch.setattr(printing, "has_system_printer", lambda printer: original(printer, "win32"))
    monkeypatch.setattr(printing.QMessageBox, "information", lambda parent, title, text: told.append((title, text)))
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: opened.append(dialog) or QPrintDialog.DialogCode.Rejected)
    printer = printing.new_printer()
    if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
        pytest.skip("a system printer is installed here")
    assert printing.run_print_dialog(window, report=True) is False
    assert opened == [] and told == [("Tulosta raportti", told[0][1])]
    assert "Ctrl+Shift+E" in told[0][1] and "tulostinta" in told[0][1].lower()
    assert original(printer, "linux")  # Qt's own dialog prints to a file there


def test_ctrl_p_prints_and_export_pdf_keeps_its_own_action(needs_dialog, window, tmp_path, monkeypatch):
    shown = []

    def accept(dialog):
        shown.append(dialog.windowTitle())
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"out{len(shown)}.pdf"))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    window.show_view("metrics")
    trigger(window, QKeySequence.StandardKey.Print)
    assert shown == ["Tulosta"]
    count, text = text_of(tmp_path / "out1.pdf")
    assert text.startswith("Mittaristo")
    actions = {a.text(): a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()}
    assert actions["Vie &PDF…"].shortcut() == QKeySequence("Ctrl+Shift+E")
    actions["Tulosta &raportti…"].trigger()
    assert shown[-1] == "Tulosta raportti"
    assert text_of(tmp_path / "out2.pdf")[0] > count


@pytest.mark.parametrize("cancel", [True])
def test_a_cancelled_print_dialog_prints_nothing(needs_dialog, window, tmp_path, monkeypatch, cancel):
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QPrintDialog.DialogCode.Rejected)
    assert printing.run_print_dialog(window) is False


def test_a_landscape_page_gets_pictures_that_fit_it(window, tmp_path):
    from PySide6.QtGui import QPageLayout

    printer = pdf_printer(tmp_path / "timeline.pdf")
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    window.show_view("timeline")
    html = printing.view_html(window, "timeline", printer=printer)
    import re

    height = int(re.search(r'<img src="[^"]+" width="\d+" height="(\d+)"', "".join(html.parts)).group(1))
    assert height <= printing.page_height(printer) - 90 < printing.page_height(None)
    assert printing.print_view(window, "timeline", printer) >= 1


def test_no_two_menu_actions_share_a_shortcut(window):
    """Ctrl+P prints, Ctrl+Shift+E exports the PDF, Ctrl+F finds, F1 opens the guide: each key does one thing."""
    seen: dict[str, str] = {}
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions() if menu_action.menu() else ():
            for key in action.shortcuts():
                assert key.toString() not in seen, (key.toString(), seen.get(key.toString()), action.text())
                seen[key.toString()] = action.text()
    assert {"Ctrl+P", "Ctrl+Shift+E", "Ctrl+F", "F1"} <= set(seen)


def test_printing_leaves_the_view_on_screen_as_it_was(window, tmp_path):
    window.show_view("metrics")
    canvas = window.views["metrics"].board.canvas
    before = canvas.size()
    html = printing.view_html(window, "metrics")
    assert canvas.size() == before
    image = next(iter(html.images.values()))
    assert image.width() == round(before.width() * printing.PICTURE_SCALE)


def test_the_metrics_measurements_tab_prints_its_grid(window):
    window.show_view("metrics")
    view = window.views["metrics"]
    view.tabs.setCurrentIndex(view.MEASUREMENTS)
    html = printing.view_html(window, "metrics")
    text = "".join(html.parts)
    assert "Mittaustulokset" in text and not html.images
    assert window.document.plan.metrics[-1].name.split()[0] in text


def test_the_risk_matrix_is_printed_even_when_it_gave_way_on_screen(window):
    window.show_view("risks")
    view = window.views["risks"]
    view.splits["risks"].setSizes([10_000, 0])  # the side panel collapsed to its handle
    html = printing.view_html(window, "risks")
    (image,) = html.images.values()
    assert image.width() >= 600 and image.height() >= 400


@pytest.mark.qt_log_ignore("QPainter::begin")  # Qt's own warning for the printer that refused
def test_a_printer_that_cannot_be_used_gives_one_message(needs_dialog, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []

    def accept(dialog):
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "no such folder" / "out.pdf"))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    assert printing.run_print_dialog(window, report=True) is False
    assert shown == [("Tulosta raportti", "Tulostinta ei voi käyttää.")]


def test_a_system_refusal_while_printing_is_said_in_finnish(needs_dialog, window, monkeypatch):
    import errno

    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QPrintDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))

    def refused(*_args):
        raise PermissionError(errno.EACCES, "Permission denied", "/tmp/out.pdf")

    monkeypatch.setattr(printing, "print_report", refused)
    assert printing.run_print_dialog(window, report=True) is False
    assert shown == [("Tulosta raportti", "Tulostetta ei voitu tehdä: sinulla ei ole käyttöoikeutta")]
