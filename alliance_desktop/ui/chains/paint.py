"""Drawing a chain: the header (title, totals, legend), step cards and arrows.

One painter for the screen canvas and the PNG / SVG export, so a slide shows what the screen shows.
Positions come from `core.chains.chain_layout` (Qt-free, shared with the PDF report); this module only
turns boxes and texts into pixels. Fonts are in pixels so an exported picture has the same proportions
on every machine.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication

from ...core.records import record
from ...core import chains as cc
from ...core import model as m
from .. import theme
from .common import kind_colour, money, number, percent, signed_money, tint

PAD = 2.0  # room around a cached card for its antialiased edge
PIXMAP_CACHE = 400  # cards kept as pixmaps (a screenful is ~30; zoomed out ~120)
METRICS = cc.Metrics(card_width=170.0, card_height=104.0, gap_x=28.0, gap_y=34.0, margin=20.0, top=0.0)

# Common second parts of Finnish care compounds, longest first: a long word breaks before one of these.
COMPOUND_TAILS = tuple(sorted((
    "hoito", "kokeet", "palvelut", "palvelu", "toiminta", "asuminen", "tarkastus", "osasto", "hoiva",
    "kuljetukset", "kuljetus", "vastaanotto", "suunnittelu", "kuntoutus", "toimenpiteet", "koulutus",
    "välineet", "ohjaus", "arviointi", "käynti", "käynnit", "keskus", "ottoa", "otto", "tuotanto", "hoidon",
    "asumisen", "palvelujen", "sairaanhoito", "lausunnot",
), key=len, reverse=True))


@record
class CardText:
    """What one card says, formatted once per change (not per frame)."""

    key: str
    name: str
    provider: str
    detail: str  # volume × unit cost
    cost: str
    kind: str
    scope: str
    badge: str  # "Option" / "Not in the alliance", or ""


@record
class HeaderText:
    title: str
    totals: tuple[tuple[str, str, str], ...]  # (label, value, colour name or "")
    legend: tuple[tuple[str, str], ...]  # (kind, title)


@dataclass
class PaintState:
    """What the screen adds to the picture: selection, focus, a drag in progress."""

    selected: int = -1
    focused: bool = False
    drag_index: int = -1
    drag_offset: QPointF = field(default_factory=QPointF)  # top-left of the dragged card (layout units)
    marker: tuple[float, float, float] | None = None  # drop position line (x, top, bottom)


def card_texts(plan: m.Plan, chain: m.ServiceChain, costs: cc.ChainCosts) -> tuple[CardText, ...]:
    texts = []
    for step, c in zip(chain.steps, costs.steps):
        detail = QCoreApplication.translate("ChainPainter", "{volume} × {unit_cost}").format(
            volume=number(step.annual_volume), unit_cost=money(step.unit_cost, 2 if step.unit_cost % 1 else 0))
        badge = "" if step.scope == "yes" else cc.step_scope_title(step.scope)
        texts.append(CardText(step.key, step.name, cc.provider_name(plan, step), detail, money(c.cost),
                              step.provider_kind, step.scope, badge))
    return tuple(texts)


def header_text(chain: m.ServiceChain, costs: cc.ChainCosts) -> HeaderText:
    diff = costs.difference
    colour = "" if diff == 0 else (theme.GOOD if diff < 0 else theme.BAD)
    diff_text = signed_money(diff)
    if costs.own:
        diff_text += f" ({percent(diff / costs.own * 100)})"
    totals = (
        (QCoreApplication.translate("ChainPainter", "Gross cost per year"), money(costs.gross), ""),
        (QCoreApplication.translate("ChainPainter", "Own production today"), money(costs.own), ""),
        (QCoreApplication.translate("ChainPainter", "Difference to own production"), diff_text, colour),
    )
    return HeaderText(chain.name, totals, cc.legend())


def _font(base: QFont, pixels: int, bold: bool = False) -> QFont:
    f = QFont(base)
    f.setPixelSize(pixels)
    f.setBold(bold)
    return f


class ChainPainter:
    def __init__(self, font: QFont | None = None):
        base = QFont(font or QApplication.font())
        self.title_font = _font(base, 23, True)
        self.totals_font = _font(base, 15)
        self.totals_bold = _font(base, 15, True)
        self.legend_font = _font(base, 14)
        self.name_font = _font(base, 15, True)
        self.provider_font = _font(base, 13)
        self.detail_font = _font(base, 12)
        self.cost_font = _font(base, 15, True)
        self.badge_font = _font(base, 11, True)
        self.fm = {name: QFontMetricsF(getattr(self, name)) for name in (
            "title_font", "totals_font", "totals_bold", "legend_font", "name_font", "provider_font", "detail_font",
            "cost_font", "badge_font")}
        self._wrapped: dict[tuple[str, float], tuple[str, ...]] = {}
        self._elided: dict[tuple[str, str, float], str] = {}
        self._pixmaps: dict[tuple, QPixmap] = {}
        self.text_colour = QColor(theme.TEXT)
        self.muted = QColor(theme.MUTED)
        self.arrow_pen = QPen(QColor(theme.NEUTRAL), 1.8)
        self.arrow_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self.arrow_brush = QBrush(QColor(theme.NEUTRAL))

    # ------------------------------------------------------------ text helpers (cached)

    def elide(self, text: str, font: str, width: float) -> str:
        key = (text, font, width)
        hit = self._elided.get(key)
        if hit is None:
            hit = self.fm[font].elidedText(text, Qt.TextElideMode.ElideRight, width)
            if len(self._elided) > 5000:
                self._elided.clear()
            self._elided[key] = hit
        return hit

    def wrap_name(self, text: str, width: float, lines: int = 2) -> tuple[str, ...]:
        """Word wrap into at most `lines` lines; a word too long for a line is hyphenated at a syllable
        ("Laboratorio-kokeet" as on the seed slides); the last line is elided when the text does not fit."""
        key = (text, width)
        hit = self._wrapped.get(key)
        if hit is not None:
            return hit
        fm = self.fm["name_font"]
        out: list[str] = []
        current = ""
        words = text.split()
        i = 0
        while i < len(words):
            if len(out) == lines - 1:
                rest = " ".join(([current] if current else []) + words[i:])
                out.append(fm.elidedText(rest, Qt.TextElideMode.ElideRight, width))
                current = ""
                break
            word = words[i]
            trial = f"{current} {word}" if current else word
            if fm.horizontalAdvance(trial) <= width:
                current = trial
                i += 1
                continue
            if current:
                out.append(current)
                current = ""
                continue
            head, tail = self._split_word(word, width)
            out.append(head)
            words[i] = tail
        if current:
            out.append(current)
        result = tuple(out[:lines])
        if len(self._wrapped) > 5000:
            self._wrapped.clear()
        self._wrapped[key] = result
        return result

    def _split_word(self, word: str, width: float) -> tuple[str, str]:
        """Split a word too long for a line: after "/" or "-" if possible, else at a Finnish syllable
        boundary (before a consonant followed by a vowel), else wherever it must."""
        fm = self.fm["name_font"]
        for sep in ("/", "-"):
            cut = word.rfind(sep, 0, len(word) - 1)
            while cut > 0:
                if fm.horizontalAdvance(word[:cut + 1]) <= width:
                    return word[:cut + 1], word[cut + 1:]
                cut = word.rfind(sep, 0, cut)
        lower = word.lower()
        for tail in COMPOUND_TAILS:  # a known second part of a compound: "Vuodeosasto-hoito"
            cut = lower.rfind(tail, 2)
            if cut > 1 and lower.endswith(tail) and fm.horizontalAdvance(word[:cut] + "-") <= width:
                return word[:cut] + "-", word[cut:]
        vowels = set("aeiouyäöåAEIOUYÄÖÅ")
        best = 0
        for j in range(2, len(word) - 2):
            if word[j].isalpha() and word[j] not in vowels and word[j + 1] in vowels:
                if fm.horizontalAdvance(word[:j] + "-") <= width:
                    best = j
        if not best:
            best = max(1, len(word) - 1)
            while best > 1 and fm.horizontalAdvance(word[:best] + "-") > width:
                best -= 1
        return word[:best] + "-", word[best:]

    # ------------------------------------------------------------ header

    def header_width(self, header: HeaderText) -> float:
        """The width the title needs (pictures are at least this wide; totals and legend wrap)."""
        return 2 * METRICS.margin + min(self.fm["title_font"].horizontalAdvance(header.title), 900.0)

    def _header_items(self, header: HeaderText) -> list[tuple[str, float, tuple]]:
        """(group, width, payload) of the pieces that flow after the title: totals, then legend entries."""
        items: list[tuple[str, float, tuple]] = []
        for label, value, colour in header.totals:
            text = label + ": "
            w = self.fm["totals_font"].horizontalAdvance(text) + self.fm["totals_bold"].horizontalAdvance(value)
            items.append(("total", w, (text, value, colour)))
        for kind, title in header.legend:
            items.append(("legend", 22 + self.fm["legend_font"].horizontalAdvance(title), (kind, title)))
        return items

    def header_least_width(self, header: HeaderText) -> float:
        """The width the header needs on screen: each total whole on its line, the title's longest word (the
        title wraps to a second line; the legend wraps between entries)."""
        items = [w for _kind, w, _payload in self._header_items(header)]
        words = [self.fm["title_font"].horizontalAdvance(word) for word in header.title.split()] or [0.0]
        return 2 * METRICS.margin + max(max(items, default=0.0), min(max(words), 600.0))

    def title_lines(self, title: str, width: float) -> list[str]:
        """The chain's title in `width`: one line, or two (the second cut with "…" only if it must)."""
        fm = self.fm["title_font"]
        room = max(40.0, width - 2 * METRICS.margin)
        if fm.horizontalAdvance(title) <= room:
            return [title]
        words = title.split()
        first = ""
        while words and fm.horizontalAdvance((first + " " + words[0]).strip()) <= room:
            first = (first + " " + words.pop(0)).strip()
        if not first:
            return [fm.elidedText(title, Qt.TextElideMode.ElideRight, room)]
        return [first, fm.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, room)]

    def _flow(self, header: HeaderText, width: float) -> tuple[list[tuple[str, float, float, tuple]], float]:
        """Positions (group, x, y, payload) of the header pieces inside `width`, and the header's height."""
        x0 = METRICS.margin
        right = max(width - METRICS.margin, x0 + 200)
        placed = []
        y = 12 + self.fm["title_font"].height() * len(self.title_lines(header.title, width)) + 8
        x = x0
        group = ""
        line_h = 0.0
        for kind, w, payload in self._header_items(header):
            h = 24.0 if kind == "total" else 22.0
            gap = 28.0 if kind == "total" else 22.0
            new_group = kind != group and group != ""
            if x > x0 and (new_group or x + w > right):
                y += line_h
                x = x0
                line_h = 0.0
            placed.append((kind, x, y, payload))
            x += w + gap
            line_h = max(line_h, h)
            group = kind
        return placed, y + line_h + 6

    def header_height(self, header: HeaderText | None, width: float) -> float:
        if header is None:
            return 0.0
        return self._flow(header, width)[1]

    def paint_header(self, p: QPainter, header: HeaderText, width: float) -> None:
        x0 = METRICS.margin
        p.setPen(self.text_colour)
        p.setFont(self.title_font)
        fm = self.fm["title_font"]
        for i, line in enumerate(self.title_lines(header.title, width)):
            p.drawText(QPointF(x0, 12 + fm.ascent() + i * fm.height()), line)
        placed, _h = self._flow(header, width)
        for kind, x, y, payload in placed:
            if kind == "total":
                text, value, colour = payload
                base = y + self.fm["totals_font"].ascent()
                p.setFont(self.totals_font)
                p.setPen(self.muted)
                p.drawText(QPointF(x, base), text)
                p.setFont(self.totals_bold)
                p.setPen(QColor(colour) if colour else self.text_colour)
                p.drawText(QPointF(x + self.fm["totals_font"].horizontalAdvance(text), base), value)
            else:
                kind_key, title = payload
                colour = kind_colour(kind_key)
                p.setPen(QPen(colour, 1.2))
                p.setBrush(tint(colour, 0.82))
                p.drawRoundedRect(QRectF(x, y + 2, 16, 14), 3, 3)
                p.fillRect(QRectF(x, y + 2, 4, 14), colour)
                p.setFont(self.legend_font)
                p.setPen(self.text_colour)
                lfm = self.fm["legend_font"]
                p.drawText(QPointF(x + 22, y + 9 + (lfm.ascent() - lfm.descent()) / 2), title)

    # ------------------------------------------------------------ cards and arrows

    def paint_arrow(self, p: QPainter, arrow: cc.Arrow) -> None:
        pts = [QPointF(x, y) for x, y in arrow.points]
        head = 8.0
        end, before = pts[-1], pts[-2]
        dx, dy = end.x() - before.x(), end.y() - before.y()
        length = max((dx * dx + dy * dy) ** 0.5, 1e-6)
        ux, uy = dx / length, dy / length
        shaft_end = QPointF(end.x() - ux * head, end.y() - uy * head)
        p.setPen(self.arrow_pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath(pts[0])
        for pt in pts[1:-1]:
            path.lineTo(pt)
        path.lineTo(shaft_end)
        p.drawPath(path)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.arrow_brush)
        px, py = -uy, ux
        p.drawPolygon(QPolygonF([end, QPointF(shaft_end.x() + px * head * 0.55, shaft_end.y() + py * head * 0.55),
                                 QPointF(shaft_end.x() - px * head * 0.55, shaft_end.y() - py * head * 0.55)]))

    def paint_card(self, p: QPainter, box: cc.Box, text: CardText, *, selected: bool = False,
                   focused: bool = False, faded: bool = False, lifted: bool = False) -> None:
        rect = QRectF(box.x, box.y, box.w, box.h)
        colour = kind_colour(text.kind)
        outside = text.scope == "no"
        if faded:
            p.setOpacity(0.3)
        if lifted:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(0, 0, 0, 45))
            p.drawRoundedRect(rect.translated(4, 5), 7, 7)
        fill = QColor(theme.FILL_MUTED) if outside else tint(colour, 0.86)
        pen = QPen(colour if not outside else QColor(theme.NEUTRAL), 1.4)
        if text.scope == "option":
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setWidthF(1.8)
        p.setPen(pen)
        p.setBrush(fill)
        p.drawRoundedRect(rect, 7, 7)
        band = QPainterPath()
        band.addRoundedRect(QRectF(rect.x(), rect.y(), 12, rect.height()), 6, 6)
        clip = QPainterPath()
        clip.addRect(QRectF(rect.x(), rect.y(), 6, rect.height()))
        p.fillPath(band.intersected(clip), colour if not outside else QColor(theme.NEUTRAL))

        left = rect.x() + 14
        width = rect.width() - 22
        text_colour = self.muted if outside else self.text_colour
        y = rect.y() + 8
        badge_w = 0.0
        if text.badge:
            p.setFont(self.badge_font)
            bfm = self.fm["badge_font"]
            badge = self.elide(text.badge, "badge_font", width * 0.6)
            badge_w = bfm.horizontalAdvance(badge) + 10
            brect = QRectF(rect.right() - badge_w - 6, rect.bottom() - bfm.height() - 10, badge_w, bfm.height() + 4)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(theme.WARN) if text.scope == "option" else QColor(theme.NEUTRAL))
            p.drawRoundedRect(brect, 4, 4)
            p.setPen(QColor(theme.SURFACE))
            p.drawText(brect, Qt.AlignmentFlag.AlignCenter, badge)
        p.setFont(self.name_font)
        p.setPen(text_colour)
        fm = self.fm["name_font"]
        lines = self.wrap_name(text.name, width, 3)  # a third line when needed, in place of volume × cost
        for line in lines:
            p.drawText(QPointF(left, y + fm.ascent()), line)
            y += fm.height()
        y = rect.y() + 8 + max(2, len(lines)) * fm.height() + (2 if len(lines) < 3 else 0)
        p.setFont(self.provider_font)
        p.setPen(self.muted)
        pfm = self.fm["provider_font"]
        p.drawText(QPointF(left, y + pfm.ascent()), self.elide(text.provider, "provider_font", width))
        y += pfm.height()
        if len(lines) < 3:
            p.setFont(self.detail_font)
            dfm = self.fm["detail_font"]
            p.drawText(QPointF(left, y + dfm.ascent()), self.elide(text.detail, "detail_font", width))
        p.setFont(self.cost_font)
        p.setPen(text_colour)
        cfm = self.fm["cost_font"]
        p.drawText(QPointF(left, rect.bottom() - 9 - cfm.descent()),
                   self.elide(text.cost, "cost_font", width - badge_w - 4))
        if faded:
            p.setOpacity(1.0)
        if selected:
            self.paint_selection(p, box, focused)

    def paint_selection(self, p: QPainter, box: cc.Box, focused: bool) -> None:
        p.setPen(QPen(QColor(theme.ACCENT) if focused else QColor(theme.TEXT), 3.0))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(QRectF(box.x - 3.5, box.y - 3.5, box.w + 7, box.h + 7), 9, 9)

    def card_pixmap(self, text: CardText, w: float, h: float, scale: float) -> QPixmap:
        """The card drawn once into a pixmap at the screen's scale; later frames only copy it (LRU cache)."""
        key = (text, w, h, round(scale, 3))
        pm = self._pixmaps.pop(key, None)
        if pm is None:
            pm = QPixmap(math.ceil((w + 2 * PAD) * scale), math.ceil((h + 2 * PAD) * scale))
            pm.setDevicePixelRatio(scale)
            pm.fill(Qt.GlobalColor.transparent)
            q = QPainter(pm)
            q.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            q.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            self.paint_card(q, cc.Box(PAD, PAD, w, h), text)
            q.end()
            while len(self._pixmaps) >= PIXMAP_CACHE:
                self._pixmaps.pop(next(iter(self._pixmaps)))
        self._pixmaps[key] = pm  # most recently used last
        return pm

    def paint(self, p: QPainter, layout: cc.ChainLayout, cards: tuple[CardText, ...], header: HeaderText | None,
              state: PaintState | None = None, clip: QRectF | None = None, width: float | None = None,
              cache_scale: float = 0.0) -> None:
        """Paint everything in layout coordinates; `clip` (layout units) limits the cards drawn to those showing.

        `cache_scale` (zoom × device pixel ratio, screen only) draws cards from cached pixmaps; exports leave
        it 0 and get vector cards.
        """
        state = state or PaintState()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        if header is not None and (clip is None or clip.top() < layout.metrics.top):
            self.paint_header(p, header, width if width is not None else layout.width)
        if clip is None:
            indices = range(layout.count)
        else:
            indices = cc.visible_range(layout, clip.top() - layout.metrics.gap_y, clip.bottom() + layout.metrics.gap_y)
        for i in indices:
            if i < len(layout.arrows):
                self.paint_arrow(p, layout.arrows[i])
            if i > 0 and i == indices.start:
                self.paint_arrow(p, layout.arrows[i - 1])
        for i in indices:
            if i >= len(cards):
                continue
            box = layout.cards[i]
            if cache_scale:
                if i == state.drag_index:
                    p.setOpacity(0.3)
                p.drawPixmap(QPointF(box.x - PAD, box.y - PAD), self.card_pixmap(cards[i], box.w, box.h, cache_scale))
                if i == state.drag_index:
                    p.setOpacity(1.0)
            else:
                self.paint_card(p, box, cards[i], faded=i == state.drag_index)
            if i == state.selected and state.drag_index < 0:
                self.paint_selection(p, box, state.focused)
        if 0 <= state.drag_index < len(cards):
            box = layout.cards[state.drag_index]
            moved = cc.Box(state.drag_offset.x(), state.drag_offset.y(), box.w, box.h)
            self.paint_card(p, moved, cards[state.drag_index], selected=True, focused=True, lifted=True)
        if state.marker is not None:
            x, top, bottom = state.marker
            pen = QPen(QColor(theme.ACCENT), 4.0)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            p.drawLine(QPointF(x, top - 6), QPointF(x, bottom + 6))
