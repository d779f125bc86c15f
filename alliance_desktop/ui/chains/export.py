"""A chain as a picture for slides: PNG (twice the screen resolution) or SVG (QtSvg, when installed)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter

from ...core import chains as cc
from ...core import model as m
from .. import theme
from .paint import METRICS, ChainPainter, card_texts, header_text

try:  # PySide6-Essentials ships QtSvg; a trimmed build might not
    from PySide6.QtSvg import QSvgGenerator
except ImportError:  # pragma: no cover - depends on the installation
    QSvgGenerator = None

SVG_AVAILABLE = QSvgGenerator is not None
EXPORT_COLUMNS = 5  # like the seed slides


def _prepare(plan: m.Plan, chain: m.ServiceChain, columns: int):
    painter = ChainPainter()
    costs = cc.chain_costs(plan, chain)
    cards = card_texts(plan, chain, costs)
    header = header_text(chain, costs)
    columns = max(1, min(columns, len(cards)))
    width = max(cc.chain_layout(len(cards), columns, METRICS).width, painter.header_width(header))
    metrics = dataclasses.replace(METRICS, top=painter.header_height(header, width))
    layout = cc.chain_layout(len(cards), columns, metrics)
    return painter, layout, cards, header, width, layout.height


def _draw(p: QPainter, plan: m.Plan, chain: m.ServiceChain, columns: int, prepared=None) -> None:
    painter, layout, cards, header, width, height = prepared or _prepare(plan, chain, columns)
    p.fillRect(QRectF(0, 0, width, height), QColor(theme.SURFACE))
    painter.paint(p, layout, cards, header, None, None, width)


def chain_image(plan: m.Plan, chain: m.ServiceChain, columns: int = EXPORT_COLUMNS, scale: float = 2.0) -> QImage:
    prepared = _prepare(plan, chain, columns)
    width, height = prepared[4], prepared[5]
    image = QImage(QSize(int(width * scale + 0.5), int(height * scale + 0.5)), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(theme.SURFACE))
    p = QPainter(image)
    p.scale(scale, scale)
    _draw(p, plan, chain, columns, prepared)
    p.end()
    return image


def export_png(path: Path | str, plan: m.Plan, chain: m.ServiceChain, columns: int = EXPORT_COLUMNS) -> bool:
    return chain_image(plan, chain, columns).save(str(path), "PNG")


def export_svg(path: Path | str, plan: m.Plan, chain: m.ServiceChain, columns: int = EXPORT_COLUMNS) -> bool:
    if QSvgGenerator is None:
        return False
    prepared = _prepare(plan, chain, columns)
    width, height = prepared[4], prepared[5]
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(int(width + 0.5), int(height + 0.5)))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(chain.name)
    generator.setDescription(chain.description)
    p = QPainter()
    if not p.begin(generator):
        return False
    _draw(p, plan, chain, columns, prepared)
    return p.end() and Path(path).exists()
