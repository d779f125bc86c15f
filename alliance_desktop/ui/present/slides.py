"""The slides: read-only presentation layouts of the views, drawn by the views' own code.

Each slide is a QWidget laid out for one size (`SlideStyle`), built from the same derived numbers
the views use (core/derived.py's memo: `kpi_scores`, `settle_plan`, `chain_costs`, the timeline's rows):
- the timeline is the export's scene (`timeline.export.build_export_scene`), fitted to the slide;
- a chain is the chain picture (`chains.export`'s card painting) with its cost summary in the header;
- the metrics board is the board's `BoardCanvas` and `ScoreStrip`, painted at a scale;
- the risks are the view's `RiskMatrix`, with the top risks beside it;
- the commercial slide is in commercial.py.
A drawn picture is laid out at the slide's size divided by a scale and painted scaled up (`Picture`),
so its text grows with the screen while its layout is the view's.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QRegion
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...core import model as m
from ...core import presentation as pres
from ...core.records import record
from .. import fmt, theme
from .style import SlideStyle, label, label_problems


translate = QCoreApplication.translate  # translate("Presentation", "literal"): found by lupdate


@record
class Context:
    """What a slide is built from: the plan shown, the slide's size and the presentation's own state."""

    plan: m.Plan
    style: SlideStyle
    today: _dt.date
    state: dict  # kept across slides and rebuilds: the chosen period, the what-if, the scenario
    document: object = None  # the Document (read only: nothing a slide does writes to the file)


class Slide(QWidget):
    """One slide. `pages()` > 1: the slide has more than one screenful (PageDown shows the next first)."""

    def __init__(self, ctx: Context, slide: str):
        super().__init__()
        self.ctx = ctx
        self.slide = slide
        self.page = 0
        self.setAutoFillBackground(False)

    def heading(self) -> str:
        return pres.slide_title(self.ctx.plan, self.slide)

    def pages(self) -> int:
        return 1

    def show_page(self, page: int) -> None:
        self.page = page

    def fit_problems(self) -> list[str]:
        """What would be cut or hidden at this size (tests/ui/test_present_fit.py): texts wider than their
        room, or outside the slide."""
        return label_problems(self, self.rect())


class Picture(QWidget):
    """A drawing made at its own (logical) size, scaled to fit this widget and centred; `scale` caps the
    growth. `draw(painter)` paints the picture at its natural size."""

    def __init__(self, draw: Callable[[QPainter], None], natural: QSize, largest: float, parent=None,
                 align=Qt.AlignmentFlag.AlignCenter):
        super().__init__(parent)
        self.draw = draw
        self.natural = natural
        self.largest = largest
        self.align = align
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def scale(self) -> float:
        w, h = max(1, self.natural.width()), max(1, self.natural.height())
        return min(self.largest, self.width() / w, self.height() / h)

    def placed(self) -> QRectF:
        s = self.scale()
        w, h = self.natural.width() * s, self.natural.height() * s
        x = (self.width() - w) / 2 if self.align & Qt.AlignmentFlag.AlignHCenter else 0.0
        y = (self.height() - h) / 2 if self.align & Qt.AlignmentFlag.AlignVCenter else 0.0
        return QRectF(x, y, w, h)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                         | QPainter.RenderHint.SmoothPixmapTransform)
        try:
            box = self.placed()
            p.translate(box.topLeft())
            p.scale(self.scale(), self.scale())
            self.draw(p)
        finally:
            p.end()


def _rendered(widget: QWidget) -> Callable[[QPainter], None]:
    """Paint an off-screen widget (the views' painted widgets: board, strip, matrix) with the painter's scale."""
    def draw(p: QPainter) -> None:
        widget.render(p, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
    return draw


def _offscreen(widget: QWidget) -> QWidget:
    """A view's painted widget kept hidden inside the slide: a Picture paints it scaled (`_rendered`)."""
    widget.hide()
    return widget


def _panel(style: SlideStyle) -> QFrame:
    frame = QFrame()
    frame.setObjectName("slidePanel")
    frame.setStyleSheet(f"QFrame#slidePanel {{ background: {theme.SURFACE}; border: {style.px(1)}px solid "
                        f"{theme.BORDER}; border-radius: {style.px(8)}px; }}")
    return frame


# ---------------------------------------------------------------- overview


class OverviewSlide(Slide):
    """The project, buyer and target group, the headline cards and the goals."""

    def __init__(self, ctx: Context, slide: str):
        super().__init__(ctx, slide)
        from ...core.summary import summarize

        st, plan = ctx.style, ctx.plan
        p = plan.project
        s = summarize(plan, ctx.today)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(st.gap)
        facts = QGridLayout()
        facts.setHorizontalSpacing(st.gap)
        facts.setVerticalSpacing(st.px(4))
        for row, (title, value) in enumerate(((translate("Presentation", "Buyer"), p.buyer), (translate("Presentation", "Target group"), p.target_group))):
            if not value.strip():
                continue
            facts.addWidget(label(title, st.font(st.BODY), theme.MUTED), row, 0, Qt.AlignmentFlag.AlignTop)
            facts.addWidget(label(value, st.font(st.BODY, True), wrap=True), row, 1)
        facts.setColumnStretch(1, 1)
        outer.addLayout(facts)
        cards = QHBoxLayout()
        cards.setSpacing(st.gap)
        counts_small = (translate("Presentation", "Care steps {steps}, parties {parties}, risks {risks}").format(
            steps=s.step_count, parties=s.party_count, risks=s.risk_count))
        for title, big, small in (
            (translate("Presentation", "Target cost in total"), fmt.money(s.total_target_cost),
             translate("Presentation", "{count} service periods, {start}–{end}").format(count=s.period_count, start=fmt.date(s.service_start),
                                                                  end=fmt.date(s.service_end))
             if s.period_count else translate("Presentation", "No service periods yet")),
            (translate("Presentation", "Next deadline"), *self._marker(s.next_deadline)),
            (translate("Presentation", "Next decision gate"), *self._marker(s.next_gate)),
            (translate("Presentation", "Service chains · metrics"), f"{s.chain_count} · {s.metric_count}", counts_small),
        ):
            cards.addWidget(self._card(title, big, small), 1)
        outer.addLayout(cards)
        goals = [g for g in p.goals if g.strip()]
        self.goal_labels: list[QLabel] = []
        if goals:
            outer.addWidget(label(translate("Presentation", "Goals"), st.font(st.HEADING, True)))
            box = QVBoxLayout()
            box.setSpacing(st.px(6))
            for goal in goals:
                lab = label("•  " + goal, st.font(st.BODY), wrap=True)
                box.addWidget(lab)
                self.goal_labels.append(lab)
            outer.addLayout(box)
        outer.addStretch(1)

    GOAL_SIZES = (SlideStyle.HEADING + 4, SlideStyle.HEADING, SlideStyle.BODY)  # the largest type that fits

    def heading(self) -> str:
        return self.ctx.plan.project.name or super().heading()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        labels = self.goal_labels
        if not labels or self.height() <= 1:
            return
        st = self.ctx.style
        top = labels[0].mapTo(self, labels[0].rect().topLeft()).y()
        spacing = st.px(6)
        for size in self.GOAL_SIZES:
            font = st.font(size)
            for lab in labels:
                lab.setFont(font)
            needed = sum(lab.heightForWidth(lab.width()) for lab in labels) + spacing * (len(labels) - 1)
            if top + needed <= self.height():
                break

    @staticmethod
    def _marker(marker: m.Marker | None) -> tuple[str, str]:
        if marker is None:
            return "—", translate("Presentation", "None ahead")
        return fmt.date_time(marker.date, marker.time, marker.time_end), marker.name

    def _card(self, title: str, big: str, small: str) -> QFrame:
        st = self.ctx.style
        frame = _panel(st)
        box = QVBoxLayout(frame)
        box.setContentsMargins(st.px(16), st.px(12), st.px(16), st.px(14))
        box.setSpacing(st.px(4))
        box.addWidget(label(title, st.font(st.SMALL, True), theme.MUTED, wrap=True))
        big_label = label(big, st.font(st.HEADING + 2, True), theme.ACCENT, wrap=True)
        box.addWidget(big_label)
        box.addWidget(label(small, st.font(st.SMALL), wrap=True))
        box.addStretch(1)
        return frame


# ---------------------------------------------------------------- timeline


class TimelineSlide(Slide):
    """The Gantt chart across the slide's width, built by the timeline's `build_scene` (today line, gates)
    and drawn by its export's `render`, the legend by its `paint_legend`. The timeline slide shows the main
    phases and the decision gates (the rows a room can read at once); a phase slide shows one main phase
    with its steps and milestones, over its own dates."""

    def __init__(self, ctx: Context, slide: str):
        super().__init__(ctx, slide)
        from ...core import timeline as tl
        from ..timeline.items import scene_range
        from ..timeline.paint import LEGEND_H, legend_width, paint_legend, scaled_font

        plan = ctx.plan
        self.phase_key = slide.partition(":")[2] if slide.startswith("phase:") else ""
        if self.phase_key:
            plan, first, last = _phase_plan(plan, self.phase_key)
        else:
            plan = _main_plan(plan)
            first, last = scene_range(plan, ctx.today)
            last = last - 20 * tl.DAY
        self.chart = _Gantt(ctx, plan, first, last)
        font = scaled_font(0.9 / theme.text_scale())  # the export's legend type, at any screen text size
        width = legend_width(font) + 16
        self.legend = Picture(lambda p: paint_legend(p, QRectF(0, 0, width, LEGEND_H), font),
                              QSize(int(width), LEGEND_H), ctx.style.picture_scale,
                              align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        scale = min(ctx.style.picture_scale, (ctx.style.width - 2 * ctx.style.margin) / width)
        self.legend.setFixedHeight(int(LEGEND_H * scale) + 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(ctx.style.px(6))
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.legend)

    def heading(self) -> str:
        if self.phase_key:
            return super().heading()
        return translate("Presentation", "Timeline: main phases and decision gates")

    def fit_problems(self) -> list[str]:
        problems = super().fit_problems()
        scene = self.chart.scene
        if scene is not None:
            rect = scene.sceneRect()
            if rect.width() * self.chart.scale > self.chart.width() + 1:
                problems.append(f"timeline wider than the slide: {rect.width() * self.chart.scale:.0f}")
            if rect.height() * self.chart.scale > self.chart.height() + 1:
                problems.append(f"timeline taller than the slide: {rect.height() * self.chart.scale:.0f}")
            problems += [f"timeline label cut: {name}" for name in self.chart.labels_cut()]
        if self.legend.scale() < 0.7 * self.ctx.style.u:
            problems.append(f"legend too small to read ({self.legend.scale():.2f})")
        return problems


class _Gantt(QWidget):
    """The timeline's scene for one plan and date range, as large as the widget's height allows."""

    def __init__(self, ctx: Context, plan: m.Plan, first: _dt.date, last: _dt.date):
        super().__init__()
        self.ctx, self.plan, self.first, self.last = ctx, plan, first, last
        self.scene = None
        self.scale = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _make_scene(self) -> None:
        from ...core import timeline as tl
        from ..timeline.items import TimelineScene, build_scene
        from ..timeline.paint import HEADER_H, TODAY_H

        rows = tl.rows(self.plan)
        natural = HEADER_H + sum(r.height for r in rows) + TODAY_H + 8
        scale = max(0.35, min(2.2 * self.ctx.style.u, self.height() / natural))  # (2.2: the export's largest)
        days = max(1, (self.last - self.first).days + 1)
        while True:  # a smaller scale (more room across) until every label fits beside its bar or symbol
            if self.scene is not None:
                self.scene.retire_items()
            self.scale = scale
            logical_w = self.width() / scale
            self.scene = TimelineScene()
            build_scene(self.scene, self.plan, tl.clamp_zoom((logical_w - 2) / days), today=self.ctx.today,
                        warnings={}, interactive=False, first=self.first, last=self.last, min_width=logical_w,
                        font_scale=1 / theme.text_scale())  # as the exported picture: the same at any text size
            if not self.labels_cut() or scale <= 0.7 * self.ctx.style.u:
                break
            scale *= 0.9

    def labels_cut(self) -> list[str]:
        """The bars' and symbols' labels that run off the picture's left or right edge."""
        width = self.scene.sceneRect().width()
        cut = []
        for item in self.scene.items():
            rect = getattr(item, "label_rect", None)
            if rect is None or rect.isEmpty() or getattr(item, "label_inside", False):
                continue
            if rect.left() < 0 or rect.right() > width + 1:
                record = getattr(item, "marker", None) or getattr(item, "phase", None)
                cut.append(repr(getattr(record, "name", "?")))
        return cut

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._make_scene()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        from ..timeline.export import render

        if self.scene is None:
            self._make_scene()
        p = QPainter(self)
        try:
            render(self.scene, self.scale, p, self.width(), self.height())
        finally:
            p.end()


def _main_plan(plan: m.Plan) -> m.Plan:
    """The plan with its main phases and the decision gates (each under its main phase) and the
    milestones and deadlines of no phase or of a main phase."""
    parents = {p.key: p.parent for p in plan.phases}

    def main(key: str) -> str:
        seen = set()
        while parents.get(key) and key not in seen:
            seen.add(key)
            key = parents[key]
        return key

    mains = {p.key for p in plan.phases if not p.parent}
    markers = tuple(dataclasses.replace(x, phase=main(x.phase)) if x.phase in parents else x
                    for x in plan.markers if x.kind == "gate" or not x.phase or x.phase in mains)
    return dataclasses.replace(plan, phases=tuple(p for p in plan.phases if not p.parent), markers=markers)


def _phase_plan(plan: m.Plan, key: str) -> tuple[m.Plan, _dt.date, _dt.date]:
    """The plan with only the main phase `key`, its sub-steps and the milestones in it or on its dates (and the
    service periods only with the service phase)."""
    phase = next(p for p in plan.phases if p.key == key)
    keys = {key}
    changed = True
    while changed:  # sub-steps of sub-steps
        changed = False
        for p in plan.phases:
            if p.parent in keys and p.key not in keys:
                keys.add(p.key)
                changed = True
    first, last = phase.start, phase.end
    phases = tuple(p for p in plan.phases if p.key in keys)
    markers = tuple(x for x in plan.markers if x.phase in keys or (x.date and first <= x.date <= last))
    margin = max(7, (last - first).days // 30)
    kept = dataclasses.replace(plan, phases=phases, markers=markers)
    if not any(p.kind == "service" for p in phases):  # the service periods' row belongs to the service phase
        kept = dataclasses.replace(kept, commercial=dataclasses.replace(plan.commercial, periods=()))
    return (kept,
            first - _dt.timedelta(days=margin), last + _dt.timedelta(days=margin))


# ---------------------------------------------------------------- service chain


class ChainSlide(Slide):
    """The chain's cards (the chains view's painting) with its cost summary (the header's totals)."""

    def __init__(self, ctx: Context, slide: str):
        super().__init__(ctx, slide)
        from ...core import chains as cc
        from ..chains.export import _draw, _prepare

        key = slide.partition(":")[2]
        self.chain = cc.find_chain(ctx.plan, key)
        self._prepare, self._draw = _prepare, _draw
        st = ctx.style
        self.columns = self._best_columns(st.width - 2 * st.margin, st.height * 0.78)
        prepared = _prepare(ctx.plan, self.chain, self.columns)
        self.prepared = prepared
        natural = QSize(int(prepared[4] + 0.5), int(prepared[5] + 0.5))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.picture = Picture(lambda p: _draw(p, ctx.plan, self.chain, self.columns, prepared), natural,
                               st.picture_scale * 1.1, align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.picture, 1)

    def heading(self) -> str:
        """The chain's name is the picture's own title: the slide says which chain of how many."""
        chains = self.ctx.plan.chains
        if len(chains) == 1:
            return translate("Presentation", "Service chain")
        return translate("Presentation", "Service chain {number} of {count}").format(number=chains.index(self.chain) + 1, count=len(chains))

    def _best_columns(self, width: float, height: float) -> int:
        """The number of card columns that shows the chain largest in this room."""
        best, best_scale = 1, 0.0
        for columns in range(1, max(1, len(self.chain.steps)) + 1):
            prepared = self._prepare(self.ctx.plan, self.chain, columns)
            scale = min(width / max(1.0, prepared[4]), height / max(1.0, prepared[5]))
            if scale > best_scale + 1e-6:
                best, best_scale = columns, scale
        return best

    def fit_problems(self) -> list[str]:
        problems = super().fit_problems()
        placed = self.picture.placed()
        if placed.width() > self.picture.width() + 1 or placed.height() > self.picture.height() + 1:
            problems.append("chain picture larger than the slide")
        if self.picture.scale() < 0.75 * self.ctx.style.u:
            problems.append(f"chain picture drawn too small to read ({self.picture.scale():.2f})")
        return problems


# ---------------------------------------------------------------- metrics board


def chosen_period(ctx: Context) -> str:
    """The period the metrics and commercial slides show (the metrics view's default at first)."""
    from ..metrics.view import default_period

    keys = [p.key for p in ctx.plan.commercial.periods]
    key = ctx.state.get("period")
    if key not in keys:
        key = default_period(ctx.plan)
        ctx.state["period"] = key
    return key


class MetricsSlide(Slide):
    """The KPI cards of the chosen period and the score of every period (the board's own painting).
    The cards are shown as large as a room can read them: when all of them would be too small, they are
    shown a few at a time (PageDown shows the next cards before the next slide)."""

    READABLE = 1.2  # the least scale (times u) of the board's cards

    def __init__(self, ctx: Context, slide: str):
        super().__init__(ctx, slide)
        from ...core.scoring import kpi_scores
        from ..metrics.board import BoardCanvas, ScoreStrip
        from ..metrics.common import score_percent, score_text

        st, plan = ctx.style, ctx.plan
        periods = plan.commercial.periods
        key = chosen_period(ctx)
        self.index = next((i for i, p in enumerate(periods) if p.key == key), -1)
        scores = kpi_scores(plan)  # once per plan state, shared with the views and the report
        self.score = scores.get(key)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(st.px(10))
        if self.index >= 0 and self.score is not None:
            counting = [x for x in self.score.metric_scores if x.counts]
            line = translate("Presentation", "Period {number}: {name} · KPI score {score} ({count} metrics)").format(
                number=self.index + 1, name=periods[self.index].name, score=score_text(self.score.exact),
                count=len(counting))
        else:
            line = translate("Presentation", "No service periods yet")
        self.period_line = label(line, st.font(st.BODY, True), wrap=True)
        outer.addWidget(self.period_line)
        self.page_note = label("", st.font(st.SMALL), theme.MUTED)
        self.page_note.hide()
        outer.addWidget(self.page_note)
        strip_items = []
        if len(periods) > 1:
            measured = {k for x in plan.metrics for k, _v in x.measurements}
            strip_items = [(p.key, p.name or p.key, score_percent(scores[p.key].exact) if p.key in scores else None,
                            p.key in measured) for p in periods]
        strip_scale = 1.25 * st.u
        strip_h = int(96 * strip_scale) if strip_items else 0
        holder = _offscreen(QWidget(self))  # no height: the board's cards keep their least height (card_height)
        holder.resize(0, 0)
        self.board = BoardCanvas(holder)
        self.room = (st.width - 2 * st.margin,
                     st.height - st.px(190) - (strip_h + st.px(36) if strip_items else 0))
        self._pages = self._paginate()
        self.board_picture = Picture(_rendered(self.board), QSize(1, 1), 1.0,
                                     align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        outer.addWidget(self.board_picture, 1)
        if strip_items:
            self.strip = _offscreen(ScoreStrip(self))
            self.strip.set_items(strip_items, key)
            self.strip.resize(int(self.room[0] / strip_scale), 96)
            outer.addWidget(label(translate("Presentation", "KPI score by period"), st.font(st.SMALL, True), theme.MUTED))
            strip_picture = Picture(_rendered(self.strip), self.strip.size(), strip_scale)
            strip_picture.setFixedHeight(strip_h)
            outer.addWidget(strip_picture)
        self.show_page(0)

    def _show_cards(self, first: int, last: int) -> None:
        """The board with metrics first..last-1 (and their parts of the score)."""
        plan = dataclasses.replace(self.ctx.plan, metrics=self.ctx.plan.metrics[first:last])
        score = None if self.score is None else dataclasses.replace(
            self.score, metric_scores=self.score.metric_scores[first:last])
        self.board.set_data(plan, score, self.index)

    def _fit(self, first: int, last: int) -> tuple[float, int, int]:
        """(scale, width, height) of the largest board of these cards that fits the room."""
        st = self.ctx.style
        self._show_cards(first, last)
        scale = st.picture_scale
        while True:
            width = int(self.room[0] / scale)
            height = self._board_height(width)
            if height * scale <= self.room[1] or scale <= 0.6 * st.u:
                return scale, width, height
            scale -= 0.05

    def _paginate(self) -> list[tuple[int, int]]:
        n = len(self.ctx.plan.metrics)
        if n == 0 or self.score is None:
            return [(0, n)]
        least = self.READABLE * self.ctx.style.u
        for per_page in range(n, 0, -1):
            pages = -(-n // per_page)
            per = -(-n // pages)  # even pages: 7 cards as 4 + 3, not 6 + 1
            if all(self._fit(i, min(n, i + per))[0] >= least for i in range(0, n, per)):
                return [(i, min(n, i + per)) for i in range(0, n, per)]
        return [(i, i + 1) for i in range(n)]

    def pages(self) -> int:
        return len(self._pages)

    def show_page(self, page: int) -> None:
        self.page = max(0, min(page, len(self._pages) - 1))
        first, last = self._pages[self.page]
        scale, width, height = self._fit(first, last)
        self.board.resize(width, height)
        self.board._relayout()
        self.board_picture.natural = QSize(width, height)
        self.board_picture.largest = scale
        self.board_picture.update()
        n = len(self.ctx.plan.metrics)
        self.page_note.setVisible(len(self._pages) > 1)
        self.page_note.setText(translate("Presentation", "Metrics {first}–{last} of {count}; the next page shows the others.").format(
            first=first + 1, last=last, count=n))

    def _board_height(self, width: int) -> int:
        """The board's cards laid out at `width` (a hidden widget gets no resize event: by hand)."""
        self.board.resize(width, 200)
        self.board._relayout()
        return int(max((y + h for _x, y, _w, h in self.board._rects), default=120.0) + 4)

    def fit_problems(self) -> list[str]:
        problems = super().fit_problems()
        if self.board_picture.scale() < 0.6 * self.ctx.style.u:
            problems.append(f"metric cards drawn too small ({self.board_picture.scale():.2f})")
        return problems


# ---------------------------------------------------------------- risks


TOP_RISKS = 5


class RisksSlide(Slide):
    """The 5 × 5 matrix (the risks view's) and the most severe open risks beside it, by number."""

    def __init__(self, ctx: Context, slide: str):
        super().__init__(ctx, slide)
        from ..risks import RiskMatrix, score_colour

        st, plan = ctx.style, ctx.plan
        ranked = m.by_severity(plan.risks)
        body = QHBoxLayout(self)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(st.margin)
        self.matrix = _offscreen(RiskMatrix(self))
        self.matrix.set_risks(ranked, "")
        side = st.height * 0.74
        scale = st.picture_scale
        self.matrix.resize(int(side / scale), int(side / scale))
        picture = Picture(_rendered(self.matrix), self.matrix.size(), scale,
                          align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        picture.setFixedWidth(int(side))
        body.addWidget(picture)
        right = QVBoxLayout()
        right.setSpacing(st.px(10))
        live = [(n, r) for n, r in enumerate(ranked, 1) if r.status in ("open", "realised")]
        right.addWidget(label(translate("Presentation", "Top risks") if live else translate("Presentation", "No open risks"), st.font(st.HEADING, True)))
        self.rows = []
        for n, risk in live[:TOP_RISKS]:
            row = QHBoxLayout()
            row.setSpacing(st.px(12))
            dot = QLabel(str(n))
            dot.setFont(st.font(st.SMALL, True))
            size = st.px(34)
            dot.setFixedSize(size, size)
            dot.setAlignment(Qt.AlignmentFlag.AlignCenter)
            dot.setStyleSheet(f"background: {score_colour(m.severity(risk))}; color: {theme.ON_FILL}; "
                              f"border-radius: {size // 2}px;")
            row.addWidget(dot, 0, Qt.AlignmentFlag.AlignTop)
            text = QVBoxLayout()
            text.setSpacing(st.px(2))
            title = label(risk.title, st.font(st.BODY, True), wrap=True)
            text.addWidget(title)
            detail = translate("Presentation", "Likelihood {likelihood} × impact {impact} = {score}").format(
                likelihood=risk.likelihood, impact=risk.impact, score=m.severity(risk))
            if risk.owner:
                detail += " · " + translate("Presentation", "owner: {owner}").format(owner=risk.owner)
            text.addWidget(label(detail, st.font(st.SMALL), theme.MUTED, wrap=True))
            if risk.mitigation.strip():
                text.addWidget(label(translate("Presentation", "Mitigation: {text}").format(text=_first_sentence(risk.mitigation)),
                                     st.font(st.SMALL), wrap=True))
            row.addLayout(text, 1)
            right.addLayout(row)
            self.rows.append(title)
        if len(live) > TOP_RISKS:
            right.addWidget(label(translate("Presentation", "… and {count} more open risks in the plan.").format(count=len(live) - TOP_RISKS),
                                  st.font(st.SMALL), theme.MUTED))
        right.addStretch(1)
        body.addLayout(right, 1)


def _first_sentence(text: str, limit: int = 140) -> str:
    """A long text's first sentence (or its first `limit` characters, at a word): room for five risks."""
    text = " ".join(text.split())
    end = text.find(". ")
    if 0 < end < limit:
        return text[:end + 1]
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[:cut if cut > 0 else limit] + " …"


__all__ = ["ChainSlide", "Context", "MetricsSlide", "OverviewSlide", "Picture", "RisksSlide", "Slide", "TimelineSlide",
           "chosen_period"]
