"""Export the timeline as PNG or SVG at a chosen size, painted by the same scene as the screen.

A fresh, non-interactive `TimelineScene` is built for the chosen date range with a title and a
legend; the text is scaled up or down so that the picture fills the chosen size (e.g. 1920 × 1080
for a slide), then the scene renders into a QImage (PNG) or a QSvgGenerator (SVG).
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core import model as m
from ...core import timeline as tl
from ...fileutil import safe_file_stem, write_bytes_atomically
from .. import fmt, theme
from .items import TimelineScene, build_scene, scene_range
from .paint import HEADER_H, LEGEND_H, TITLE_H, TODAY_H, legend_width, scaled_font

SIZES = ((1920, 1080), (1280, 720), (3840, 2160), (1600, 1000))
MARGIN = 16


def _svg_available() -> bool:
    try:
        from PySide6.QtSvg import QSvgGenerator  # noqa: F401
    except ImportError:
        return False
    return True


def build_export_scene(plan: m.Plan, width: int, height: int, first: _dt.date, last: _dt.date, *,
                       today: _dt.date | None, warnings, title: str, subtitle: str
                       ) -> tuple[TimelineScene, float]:
    """A scene of first..last that, scaled by the returned factor, fills width × height."""
    scene = TimelineScene()
    days = max(1, (last - first).days + 1)
    rows = tl.rows(plan)
    natural = TITLE_H + HEADER_H + sum(r.height for r in rows) + TODAY_H + 6 + LEGEND_H + 8  # title … legend
    scale = max(0.35, min(2.2, height / natural))
    # the legend must fit across the picture too
    scale = min(scale, max(0.35, width / (legend_width(scaled_font(0.9 / theme.text_scale())) + 2 * MARGIN)))
    logical_w = width / scale
    ppd = tl.clamp_zoom((logical_w - 2) / days)
    build_scene(scene, plan, ppd, today=today, warnings=warnings, interactive=False, first=first,
                last=last, title=(title, subtitle), legend=True, min_width=logical_w,
                font_scale=1 / theme.text_scale())  # a picture for slides: the same at any screen text size
    return scene, scale


def render(scene: TimelineScene, scale: float, painter: QPainter, width: int, height: int) -> None:
    painter.fillRect(QRectF(0, 0, width, height), QColor(theme.SURFACE))
    source = scene.sceneRect()
    fit = min(scale, height / source.height()) if source.height() else scale
    painter.save()
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.scale(fit, fit)
    target = QRectF(0, 0, source.width(), source.height())
    scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.restore()


def export_timeline(plan: m.Plan, path: Path | str, width: int, height: int, first: _dt.date, last: _dt.date, *,
                    today: _dt.date | None = None, warnings=None, title: str = "", subtitle: str = "",
                    not_onto: tuple[Path | str | None, ...] = ()) -> bool:
    """Write PNG or SVG (by the file's suffix) of first..last at width × height pixels. True when written.

    The picture is made in memory and written atomically, never onto `not_onto` (the open project):
    OSError (SameFileError) when the file cannot be written."""
    path = Path(path)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    scene, scale = build_export_scene(plan, width, height, first, last, today=today, warnings=warnings or {},
                                      title=title or plan.project.name, subtitle=subtitle)
    if path.suffix.lower() == ".svg":
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRectF(0, 0, width, height))
        generator.setTitle(title or plan.project.name)
        generator.setDescription(subtitle)
        painter = QPainter(generator)
        render(scene, scale, painter, width, height)
        ok = painter.end()
    else:
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(theme.SURFACE))
        painter = QPainter(image)
        render(scene, scale, painter, width, height)
        painter.end()
        ok = image.save(buffer, "PNG")
    scene.retire_items()
    buffer.close()
    if not ok:
        return False
    write_bytes_atomically(path, bytes(buffer.data()), not_onto=not_onto)
    return True


class TimelineExportDialog(QDialog):
    """Choose what to export (range), the size and the format; then the file name."""

    def __init__(self, parent: QWidget, plan: m.Plan, visible: tuple[_dt.date, _dt.date], today: _dt.date | None,
                 warnings, project: Path | str | None = None):
        super().__init__(parent)
        self.plan, self.visible, self.today, self.warnings = plan, visible, today, warnings
        document = getattr(parent, "document", None)  # the timeline view's
        # the open project's file: never written over
        self.project = project if project is not None else getattr(document, "path", None)
        self.setWindowTitle(self.tr("Export the timeline as a picture"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.range = QComboBox()
        self.range.addItem(self.tr("What the screen shows"), "visible")
        self.range.addItem(self.tr("Preparation phases"), "preparation")
        self.range.addItem(self.tr("The whole timeline"), "all")
        form.addRow(self.tr("Show"), self.range)
        self.size = QComboBox()
        for w, h in SIZES:
            self.size.addItem(self.tr("{width} × {height} px").format(width=w, height=h), (w, h))
        self.size.addItem(self.tr("Custom size"), None)
        self.size.currentIndexChanged.connect(self._size_chosen)
        form.addRow(self.tr("Size"), self.size)
        custom = QHBoxLayout()
        self.width = QSpinBox()
        self.width.setRange(320, 10000)
        self.width.setValue(1920)
        self.height = QSpinBox()
        self.height.setRange(200, 10000)
        self.height.setValue(1080)
        self.width.setAccessibleName(self.tr("Width in pixels"))
        self.height.setAccessibleName(self.tr("Height in pixels"))
        custom.addWidget(self.width)
        custom.addWidget(QLabel("×"))
        custom.addWidget(self.height)
        custom.addWidget(QLabel(self.tr("px")))
        custom.addStretch(1)
        form.addRow("", custom)
        self.format = QComboBox()
        self.format.addItem(self.tr("PNG picture (for slides)"), "png")
        if _svg_available():
            self.format.addItem(self.tr("SVG drawing (scales without blur)"), "svg")
        form.addRow(self.tr("Format"), self.format)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._size_chosen()

    def _size_chosen(self, *_args) -> None:
        chosen = self.size.currentData()
        custom = chosen is None
        self.width.setEnabled(custom)
        self.height.setEnabled(custom)
        if chosen:
            self.width.setValue(chosen[0])
            self.height.setValue(chosen[1])

    def chosen_range(self) -> tuple[_dt.date, _dt.date]:
        which = self.range.currentData()
        if which == "visible":
            return self.visible
        if which == "preparation":
            first, last = tl.preparation_range(self.plan, self.today)
            return (first - 12 * tl.DAY).replace(day=1), last
        first, last = scene_range(self.plan, self.today)
        return first, last - 20 * tl.DAY

    def subtitle(self, first: _dt.date, last: _dt.date) -> str:
        return self.tr("Timeline {start}–{end}").format(start=fmt.date(first), end=fmt.date(last))

    def run(self) -> Path | None:
        """Ask, then write the file; returns its path, or None when cancelled or it failed."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        suffix = self.format.currentData()
        filters = self.tr("PNG picture (*.png)") if suffix == "png" else self.tr("SVG drawing (*.svg)")
        name = f"{safe_file_stem(self.plan.project.name, default='timeline')}.{suffix}"  # no : ? " etc. (Windows)
        path, _ = QFileDialog.getSaveFileName(self.parentWidget(), self.tr("Export the timeline"), name, filters)
        if not path:
            return None
        if not path.lower().endswith("." + suffix):
            path += "." + suffix
        from ..dialogs import project_file_refusal, write_error_message

        title = self.tr("The picture could not be saved")
        refusal = project_file_refusal(path, self.project)
        if refusal:
            QMessageBox.warning(self.parentWidget(), title, refusal)
            return None
        first, last = self.chosen_range()
        try:
            ok = export_timeline(self.plan, path, self.width.value(), self.height.value(), first, last,
                                 today=self.today, warnings=self.warnings, title=self.plan.project.name,
                                 subtitle=self.subtitle(first, last), not_onto=(self.project,))
        except OSError as exc:
            QMessageBox.warning(self.parentWidget(), title, write_error_message(path, exc))
            return None
        return Path(path) if ok else None
