"""File > Print (Ctrl+P): the view on screen; File > Print report: the PDF report's pages; both through the
system print dialog.

A view becomes one document (`QTextDocument`, laid out on the printer's pages): its title, its drawn
parts as pictures scaled to the page (the timeline's chart as the timeline's picture export draws it, the
chain's cards, the metrics board, the gain/pain chart, the risk matrix) and its tables with all their rows
(read from the tables' models, so what is printed is what the view lists, in its order; a table's header
row repeats on each page).

The printed report is the PDF that File > Export PDF writes (reports.builder.render_report, in memory, in
the interface's language, every section), each page rendered by PDFium (pypdfium2: QtPdf is not in
PySide6-Essentials) at the printer's resolution (at most REPORT_DPI) and drawn fitted into the printer's
page rect, turned a quarter (top to the left) when its orientation differs from the paper's (the landscape
Gantt pages on portrait paper). A progress dialog with Cancel runs while the report is built and printed.
"""

from __future__ import annotations

import sys

import datetime as _dt
from concurrent.futures import ThreadPoolExecutor, wait
from html import escape

from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPainter, QResizeEvent, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from .. import i18n
from ..core.formatting import format_date
from . import theme

PICTURE_SCALE = 2.0  # pictures are drawn at twice their size on screen: about 200 dpi on paper
PAGE_WIDTH_PX = 680  # the document's width in CSS pixels: A4 portrait with margins
STYLE = ("body { font-family: sans-serif; font-size: 9pt; } h1 { font-size: 16pt; color: #1f4e79; } "
         "h2 { font-size: 12pt; color: #1f4e79; } th { background-color: #e8eef4; text-align: left; } "
         "td, th { padding: 2px 4px; } p.muted { color: #555555; }")


# ------------------------------------------------------------ pictures and tables as HTML


class _Html:
    """The HTML of one print document and the pictures it shows (added as the document's resources)."""

    def __init__(self, page_height: float = 900):
        self.page_height = page_height  # a page's height in CSS px (its width is PAGE_WIDTH_PX + 20)
        self.parts: list[str] = []
        self.images: dict[str, QImage] = {}

    def heading(self, text: str, level: int = 1, page_break: bool = False) -> None:
        style = ' style="page-break-before: always"' if page_break else ""
        self.parts.append(f"<h{level}{style}>{escape(text)}</h{level}>")

    def paragraph(self, text: str, muted: bool = False) -> None:
        if text:
            css = ' class="muted"' if muted else ""
            self.parts.append(f"<p{css}>{escape(text).replace(chr(10), '<br>')}</p>")

    def picture(self, image: QImage | None, max_height: float = 900) -> None:
        """A picture as wide as the page, never taller than `max_height` CSS px nor than a page (with room for a
        heading): a picture is not split between pages."""
        if image is None or image.isNull():
            return
        name = f"picture{len(self.images)}.png"
        self.images[name] = image
        max_height = int(min(max_height, self.page_height - 90))
        width = PAGE_WIDTH_PX
        height = round(width * image.height() / image.width())
        if height > max_height:
            width, height = round(width * max_height / height), max_height
        self.parts.append(f'<p><img src="{name}" width="{width}" height="{height}"></p>')

    def table(self, model, title: str = "", columns: list[int] | None = None) -> None:
        """Every row of a Qt item model (its header row, and its row titles when it has them)."""
        if model is None:
            return
        display = Qt.ItemDataRole.DisplayRole
        columns = list(range(model.columnCount())) if columns is None else columns
        rows = model.rowCount()
        row_titles = [model.headerData(r, Qt.Orientation.Vertical, display) for r in range(rows)]
        with_titles = any(isinstance(t, str) and t.strip() and not t.strip().isdigit() for t in row_titles)
        if title:
            self.heading(title, 2)
        texts = [[model.data(model.index(r, c), display) for c in columns] for r in range(rows)]
        head = "".join(f"<th{_long_text_width(texts, i)}>{_cell(model.headerData(c, Qt.Orientation.Horizontal, display))}"
                       "</th>" for i, c in enumerate(columns))
        body = []
        for r in range(rows):
            cells = "".join(f"<td>{_cell(value)}</td>" for value in texts[r])
            lead = f"<th>{_cell(row_titles[r])}</th>" if with_titles else ""
            body.append(f"<tr>{lead}{cells}</tr>")
        corner = "<th></th>" if with_titles else ""
        self.parts.append('<table border="1" cellspacing="0" cellpadding="3" width="100%">'
                          f"<thead><tr>{corner}{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")

    def document(self) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultStyleSheet(STYLE)
        for name, image in self.images.items():
            doc.addResource(QTextDocument.ResourceType.ImageResource, name, image)
        doc.setHtml("<html><body>" + "".join(self.parts) + "</body></html>")
        return doc


def _long_text_width(texts: list[list], column: int) -> str:
    """A width for a column of long texts (notes, descriptions), which the table's own layout squeezes to a
    narrow strip beside the short columns; "" for the others."""
    lengths = sorted(len(str(row[column])) for row in texts if row[column] not in (None, ""))
    return ' width="20%"' if lengths and lengths[len(lengths) // 2] > 40 else ""


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    return escape(str(value)).replace("\n", "<br>")


def widget_picture(widget, width: int | None = None) -> QImage | None:
    """A widget drawn (by its own paint code) at PICTURE_SCALE. A widget on screen is drawn at its size (it is
    not resized under the user); a hidden one (a view not shown yet) is first laid out `width` px wide."""
    if widget is None:
        return None
    if widget.isVisible() and min(widget.width(), widget.height()) < 10:
        return None  # collapsed to its splitter's handle on screen
    if not widget.isVisible():
        width = width or widget.sizeHint().width()
        height = widget.heightForWidth(width) if widget.hasHeightForWidth() else -1
        height = height if height > 0 else widget.sizeHint().height()
        widget.resize(max(width, 10), max(height, 10))  # the view's layout sets it again when it is shown
        # a hidden widget gets its resize event only when shown: a canvas lays its content out in it
        QCoreApplication.sendEvent(widget, QResizeEvent(widget.size(), widget.size()))
        if widget.minimumHeight() > widget.height():
            widget.resize(widget.width(), widget.minimumHeight())
    size = widget.size()
    image = QImage(QSize(round(size.width() * PICTURE_SCALE), round(size.height() * PICTURE_SCALE)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(theme.SURFACE))
    painter = QPainter(image)
    try:
        painter.scale(PICTURE_SCALE, PICTURE_SCALE)
        widget.render(painter, QPoint(0, 0))
    finally:
        painter.end()
    return image


# ------------------------------------------------------------ each view's printout


def _overview(view, html: _Html) -> None:
    plan = view.document.plan
    p = plan.project
    facts = [(QCoreApplication.translate("Printing", "Buyer"), p.buyer), (QCoreApplication.translate("Printing", "Target group"), p.target_group)]
    html.paragraph("\n".join(f"{label}: {value}" for label, value in facts if value))
    html.paragraph(p.description)
    if p.goals:
        html.heading(QCoreApplication.translate("Printing", "Goals"), 2)
        html.parts.append("<ul>" + "".join(f"<li>{escape(g)}</li>" for g in p.goals) + "</ul>")
    html.table(view.parties.model(), QCoreApplication.translate("Printing", "Parties"))
    html.table(view.areas.model(), QCoreApplication.translate("Printing", "Areas"))


def _timeline(view, html: _Html) -> None:
    from .timeline.export import build_export_scene, render

    plan = view.document.plan
    first, last = view.visible_range()
    width, height = 1400, 900  # landscape-like picture, scaled to the page
    scene, scale = build_export_scene(plan, width, height, first, last, today=view.canvas.today,
                                      warnings=view.warnings, title=plan.project.name,
                                      subtitle=f"{format_date(first)} – {format_date(last)}")
    image = QImage(QSize(round(width * PICTURE_SCALE), round(height * PICTURE_SCALE)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(theme.SURFACE))
    painter = QPainter(image)
    painter.scale(PICTURE_SCALE, PICTURE_SCALE)
    render(scene, scale, painter, width, height)
    painter.end()
    scene.retire_items()
    html.picture(image)
    html.table(view.model, QCoreApplication.translate("Printing", "Phases and milestones"))


def _chains(view, html: _Html) -> None:
    chain = view.chain
    if chain is not None:
        from .chains.export import chain_image

        html.heading(chain.name, 2)
        html.paragraph(chain.description, muted=True)
        html.picture(chain_image(view.document.plan, chain, scale=PICTURE_SCALE))
    html.table(view.scope.table.model(), QCoreApplication.translate("Printing", "Scope matrix"))


def _metrics(view, html: _Html) -> None:
    view.refresh()  # every tab filled, not only the one on screen
    if view.tabs.currentIndex() == view.MEASUREMENTS:  # the measurements grid on screen: it is printed
        html.table(view.measurements.table.model(), QCoreApplication.translate("Printing", "Measurements"))
        return
    html.paragraph(view.period_box.currentText())
    html.picture(widget_picture(view.board.canvas, 1000))
    html.table(view.definitions.list_model, QCoreApplication.translate("Printing", "Metrics"))


def _commercial(view, html: _Html) -> None:
    html.table(view.periods.table.model(), QCoreApplication.translate("Printing", "Service periods"))
    html.table(view.results.model(), QCoreApplication.translate("Printing", "Results"))
    chart = view.insight.chart
    html.heading(view.insight.period.currentText(), 2)
    html.picture(widget_picture(chart, 900), max_height=600)


def _risks(view, html: _Html) -> None:
    from .risks import RiskMatrix

    matrix = RiskMatrix()  # drawn aside: the one on screen may have given way to the table
    matrix.set_risks(view.matrix.risks, "")
    html.picture(widget_picture(matrix, 420), max_height=360)
    matrix.deleteLater()
    titles = {"risks": QCoreApplication.translate("Printing", "Risks"), "procurement_tasks": QCoreApplication.translate("Printing", "Procurement process"), "documents": QCoreApplication.translate("Printing", "Documents")}
    for section, table in view.tables.items():
        view.catch_up()
        html.table(table.model(), titles.get(section, section))


PRINTERS = {"overview": _overview, "timeline": _timeline, "chains": _chains, "metrics": _metrics,
            "commercial": _commercial, "risks": _risks}


def page_height(printer: QPrinter | None) -> float:
    """The height of the printer's page in the document's CSS px (the page is PAGE_WIDTH_PX + 20 wide)."""
    if printer is None:
        return (PAGE_WIDTH_PX + 20) * 297 / 210  # A4 portrait
    page = printer.pageLayout().paintRectPixels(printer.resolution())
    return (PAGE_WIDTH_PX + 20) * page.height() / max(1, page.width())


def _view_title(window, key: str) -> str:
    """The view's title as the side bar shows it (the main window is not imported: no import circle)."""
    item = window.navigation.item(window.views.keys_in_order.index(key))
    return item.text() if item is not None else key


def view_html(window, key: str, html: _Html | None = None, page_break: bool = False,
              printer: QPrinter | None = None) -> _Html:
    """The printout of one view of the window (built if it was not yet)."""
    html = html or _Html(page_height(printer))
    title = _view_title(window, key)
    view = window.views[key]
    catch_up = getattr(view, "catch_up", None)
    if catch_up is not None:
        catch_up()
    html.heading(title, 1, page_break)
    PRINTERS[key](view, html)
    return html


def print_html(html: _Html, printer: QPrinter, title: str) -> int:
    """Lay the document out on the printer's pages and print it; the number of pages."""
    printer.setDocName(title)
    doc = html.document()
    # the document's CSS pixels are the page's width in PAGE_WIDTH_PX + 20 parts
    doc.setPageSize(QRectF(0, 0, PAGE_WIDTH_PX + 20, page_height(printer)).size())
    pages = doc.pageCount()
    doc.print_(printer)
    return pages


def has_system_printer(printer: QPrinter, platform: str = sys.platform) -> bool:
    """Whether the print dialog can be shown: on Windows only for a system printer (Qt falls back to a PDF
    "printer" when none is installed, which its Windows dialog refuses); elsewhere Qt's own dialog also
    prints to a file."""
    return not platform.startswith("win") or printer.outputFormat() == QPrinter.OutputFormat.NativeFormat


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


def print_view(window, key: str, printer: QPrinter) -> int:
    """Print one view on `printer` (already set up: a real printer or a PDF file); the number of pages."""
    return print_html(view_html(window, key, printer=printer), printer, window.document.plan.project.name)


REPORT_DPI = 300  # report pages are rendered at the printer's resolution, at most this (A4: 35 MB a page)


def report_pdf(plan, lang: str, today: _dt.date | None = None, progress: QProgressDialog | None = None) -> bytes | None:
    """The PDF report as File > Export PDF writes it (every section), built in memory in a worker thread while
    the progress dialog stays responsive; None when cancelled there."""
    from ..reports.builder import render_report  # ReportLab loads here

    pool = ThreadPoolExecutor(max_workers=1)
    try:
        future = pool.submit(render_report, plan, lang=lang, created=today)
        while progress is not None and not future.done():
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            if progress.wasCanceled():
                return None  # the build ends on its own in the background; its bytes are dropped
            wait([future], timeout=0.05)
        return future.result()[0]
    finally:
        pool.shutdown(wait=False)


def paint_pdf_page(painter: QPainter, page, target: QRectF, resolution: int, grayscale: bool = False) -> None:
    """One PDF page (pypdfium2), fitted into `target` (device pixels at `resolution` dpi) and centred; turned a
    quarter when its orientation is not the target's (a landscape page on portrait paper)."""
    width, height = page.get_size()  # points
    turn = (width > height) != (target.width() > target.height())
    if turn:
        width, height = height, width
    fit = min(target.width() / width, target.height() / height)  # device pixels a point
    dpi = min(resolution, REPORT_DPI)
    bitmap = page.render(scale=fit * dpi / resolution, rotation=270 if turn else 0, grayscale=grayscale,
                         prefer_bgrx=True, optimize_mode="print")
    try:
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32)
        drawn = QRectF(0, 0, width * fit, height * fit)
        drawn.moveCenter(target.center())
        painter.drawImage(drawn, image)
        del image
    finally:
        bitmap.close()


def _report_progress(window) -> QProgressDialog:
    progress = QProgressDialog(QCoreApplication.translate("Printing", "Building the report…"),
                               QCoreApplication.translate("Printing", "Cancel"), 0, 0, window)
    progress.setWindowTitle(QCoreApplication.translate("Printing", "Print report"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    progress.setValue(0)
    return progress


def print_report(window, printer: QPrinter, today: _dt.date | None = None,
                 progress: QProgressDialog | None = None) -> int | None:
    """Print the PDF report's pages on `printer`; the number of pages, None when cancelled (nothing printed)."""
    import pypdfium2

    plan = window.document.plan
    own_progress = progress is None
    progress = _report_progress(window) if own_progress else progress
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        data = report_pdf(plan, i18n.language(), today, progress)
        if data is None:
            return None
        pdf = pypdfium2.PdfDocument(data)
        try:
            pages = len(pdf)
            progress.setMaximum(pages)
            printer.setDocName(plan.project.name)
            resolution = printer.resolution()
            paper = printer.pageLayout().paintRectPixels(resolution)
            target = QRectF(0, 0, paper.width(), paper.height())  # the painter's origin is the paint rect's corner
            grayscale = printer.colorMode() == QPrinter.ColorMode.GrayScale
            painter = QPainter()
            if not painter.begin(printer):
                raise OSError(QCoreApplication.translate("Printing", "The printer cannot be used."))
            try:
                for index in range(pages):
                    progress.setLabelText(QCoreApplication.translate("Printing", "Printing page {page} of {pages}…")
                                          .format(page=index + 1, pages=pages))
                    progress.setValue(index)
                    QApplication.processEvents()
                    if progress.wasCanceled():
                        printer.abort()
                        return None
                    if index:
                        printer.newPage()
                    page = pdf[index]
                    try:
                        paint_pdf_page(painter, page, target, resolution, grayscale)
                    finally:
                        page.close()
            finally:
                painter.end()
            progress.setValue(pages)
            return pages
        finally:
            pdf.close()
    finally:
        QApplication.restoreOverrideCursor()
        if own_progress:
            progress.close()
            progress.deleteLater()

def run_print_dialog(window, report: bool = False) -> bool:
    """File > Print / Print report: the system print dialog, then the printout. False when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog

    if window.document is None:
        return False
    printer = new_printer()
    title = QCoreApplication.translate("Printing", "Print report") if report else QCoreApplication.translate("Printing", "Print")
    if not has_system_printer(printer):
        # Windows' print dialog cannot be shown without a printer ("Cannot be used on non-native printers"):
        # a locked-down laptop may have none. Say so and point at the PDF, instead of a dialog that never opens.
        QMessageBox.information(window, title, QCoreApplication.translate(
            "Printing", "No printer is installed on this computer. To print elsewhere or share the plan, use "
                        "File > Export PDF (Ctrl+Shift+E)."))
        return False
    if not report and window.current_view() in ("timeline", "chains"):  # wide pictures: the page across
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    dialog = QPrintDialog(printer, window)
    dialog.setWindowTitle(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    try:
        pages = print_report(window, printer) if report else print_view(window, window.current_view(), printer)
    except OSError as error:  # the printer refused the job (or the PDF file cannot be written)
        from ..i18n import os_reason

        QMessageBox.warning(window, dialog.windowTitle(), str(error) if error.errno is None else
                            QCoreApplication.translate("Printing", "The printout could not be made: {reason}").format(
                                reason=os_reason(error)))
        return False
    if pages is None:
        window.statusBar().showMessage(QCoreApplication.translate("Printing", "Printing cancelled."), 8000)
        return False
    window.statusBar().showMessage(QCoreApplication.translate("Printing", "Printed {pages} pages.").format(pages=pages), 8000)
    return True
