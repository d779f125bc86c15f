"""`build_report(plan, out_path, ...)`: the plan as an A4 PDF (ReportLab platypus).

Import this module only when a report is made: it loads ReportLab.

The document: a cover, the contents, then one section per view (overview, timeline,
service chains and scope matrix, commercial model, risks, procurement, metrics). Every
body page has a running header (project name, report date) and footer (version
label, "page x / y").

One layout pass: the contents' entries (every heading's text) are known before layout, so
the contents take their final height from the start; what needs the finished layout (the
page total in each footer, each contents entry's dots and page number) is drawn by
`_Canvas.save()`, when every page is known, into the place the pass left for it.

Output is deterministic for the same plan, language, sections and `created` date
(ReportLab's invariant mode, creation date set to `created`), and written
atomically: the bytes are made in memory, then written beside the target and
renamed over it, so a failed build never leaves a half-written file.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import struct
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import drawPageNumbers

from ..core import model as m
from ..core.errors import AllianceError
from ..core.scoring import kpi_scores
from ..core.settlement import settle_plan
from ..fileutil import write_bytes_atomically
from ..i18n import LANGUAGES, speaks, translate
from . import SECTIONS, labels  # SECTIONS: in print order (in __init__ so the export dialog reads it cheaply)
from .context import Context, Later
from .escape import missing_characters, one_line, para
from .fonts import SANS, SANS_BOLD
from .tagging import TableTags, TaggedFrame, Tagger, tag
from .styles import (
    ACCENT,
    BANNER,
    BORDER,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    LANDSCAPE,
    LANDSCAPE_FRAME_HEIGHT,
    LANDSCAPE_FRAME_WIDTH,
    MUTED,
    PAGE,
    SIDEBAR,
    make_styles,
)

PDF_LANG = {"fi": "fi-FI", "en": "en-GB"}
CREATOR = "Alliance Planner"


@speaks
def section_titles(lang: str) -> dict[str, str]:
    """The sections' names for a picker (e.g. the export dialog)."""
    return {
        "cover": translate("Report", "Cover"),
        "contents": translate("Report", "Contents"),
        "overview": translate("Report", "Overview"),
        "timeline": translate("Report", "Timeline"),
        "chains": translate("Report", "Service chains and scope matrix"),
        "commercial": translate("Report", "Commercial model"),
        "risks": translate("Report", "Risks"),
        "procurement": translate("Report", "Procurement tasks and documents"),
        "metrics": translate("Report", "Metrics"),
    }


@speaks
def normalize_sections(sections: Iterable[str] | None, lang: str = "fi") -> tuple[str, ...]:
    """The chosen sections in print order; all of them for None. AllianceError names an unknown one."""
    if sections is None:
        return SECTIONS
    chosen = []
    for item in sections:
        for name in str(item).split(","):
            name = name.strip().lower()
            if not name:
                continue
            if name not in SECTIONS:
                raise AllianceError(translate("Report", "Unknown report section “{name}”. Choose from: {names}.")
                                    .format(name=name, names=", ".join(SECTIONS)))
            chosen.append(name)
    if not chosen:
        raise AllianceError(translate("Report", "Choose at least one report section."))
    return tuple(s for s in SECTIONS if s in chosen)


# ---------------------------------------------------------------- page furniture


class _PageState:
    """What the one layout pass learns: the pages drawn and each heading's page."""

    def __init__(self) -> None:
        self.last_page = 0  # highest page number drawn
        self.heading_pages: dict[str, int] = {}  # heading key -> its page


class _Canvas(Canvas):
    """A canvas that draws what needs the finished layout when it is saved.

    `late(draw)` keeps a place in the current page's operators (a PDF comment as a marker);
    `save()` replaces each marker by what `draw(canvas)` draws, when the page count and every
    heading's page are known. The operators land where they would have been drawn during layout
    (same coordinates, same order), and the pages, their links and bookmarks stay as laid out.
    (Keeping whole pages back until save, as ReportLab's "NumberedCanvas" recipe does, would
    point every bookmark at the first page: a bookmark names the page being made.)"""

    def __init__(self, *args, tagger: Tagger | None = None, **kw):
        super().__init__(*args, **kw)
        self._late: list = []
        self.tagger = tagger  # the structure tree (tagging.py), written when the canvas is saved
        self.link_texts: dict[str, str] = {}  # link destination -> what the link says (its /Contents)

    def linkRect(self, contents, destinationname, *args, **kw):  # noqa: N802 - ReportLab API
        return super().linkRect(contents or self.link_texts.get(destinationname, ""), destinationname, *args, **kw)

    def _addAnnotation(self, annotation, name=None, addtopage=1):  # noqa: N802 - ReportLab API
        super()._addAnnotation(annotation, name, addtopage)
        if self.tagger is not None:
            self.tagger.link(annotation)

    def late(self, draw) -> None:
        marker = f"% late {len(self._late)}"
        self._code.append(marker)
        self._late.append((self._pageNumber, marker, draw))

    def showPage(self):  # noqa: N802 - ReportLab API
        """The page's operators are compressed now, not kept as text until the file is written (at 64x
        70 MB of text): all of them when the page has no late drawing, else those before its first one
        (a page's late drawings come at its end: the footer's texts, drawn by `_draw_body_page_end`)."""
        super().showPage()
        page = self._doc.Pages.pages[-1]
        stream = page.stream
        if not getattr(page, "compression", 0) or not stream:
            return
        match = _LATE_MARKER.search(stream)
        if match is None:
            _set_contents(page, zlib.compress(stream.encode("utf8")))
            page.stream = " "
            return
        head = stream[:match.start()].encode("utf8")
        packer = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)  # raw deflate, to be continued
        page._alliance_head = (packer.compress(head) + packer.flush(zlib.Z_SYNC_FLUSH), zlib.adler32(head))
        page.stream = stream[match.start():]

    def save(self):
        drawn: dict[str, str] = {}
        pages: dict[int, int] = {}  # page number -> how many markers it has
        for number, marker, draw in self._late:
            code, self._code = self._code, []
            try:
                draw(self)
                drawn[marker] = "\n".join(self._code)
            finally:
                self._code = code
            pages[number] = pages.get(number, 0) + 1
        for number, count in pages.items():
            page = self._doc.Pages.pages[number - 1]  # its operators, joined into one text at showPage
            page.stream, found = _LATE_MARKER.subn(lambda match: drawn[match.group(0)], page.stream)
            if found != count:
                raise RuntimeError(f"page {number}: {found} of {count} late drawings found")
        for page in self._doc.Pages.pages:
            head = getattr(page, "_alliance_head", None)
            if head is not None:  # the compressed operators before the late drawings, then the rest
                deflated, adler = head
                rest = page.stream.encode("utf8")
                packer = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
                _set_contents(page, b"\x78\x9c" + deflated + packer.compress(rest) + packer.flush() +
                              struct.pack(">I", zlib.adler32(rest, adler)))
                page.stream = " "
                del page._alliance_head
        self._late = []
        if self.tagger is not None:
            self.tagger.write(self)
        super().save()


class _Kept:
    """Where the canvas saves: keeps the file's bytes as ReportLab made them (one `write` of the whole
    file), not a copy in a BytesIO and another from its getvalue (at 64x a copy is 50 MB)."""

    data = b""

    def write(self, data: bytes) -> None:
        self.data = bytes(data)


_LATE_MARKER = re.compile(r"^% late \d+$", re.MULTILINE)


def _set_contents(page, data: bytes) -> None:
    """The page's content stream: `data`, compressed (zlib) already, as ReportLab would write it."""
    stream = PDFStream(PDFDictionary({"Filter": PDFArray([PDFName("FlateDecode")])}), data)
    stream.__Comment__ = "page stream"
    page.Contents = stream


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten text with an ellipsis to fit `width` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class _Doc(BaseDocTemplate):
    """Lays the story out once; a heading records its page and becomes a bookmark and an outline entry."""

    def __init__(self, stream, ctx: Context, state: _PageState, **kw):
        self.ctx = ctx
        self.state = state
        super().__init__(stream, **kw)

    def afterFlowable(self, flowable):  # noqa: N802 - ReportLab API
        info = getattr(flowable, "_alliance_toc", None)
        if info is None:
            return
        level, markup, outline, key = info
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(outline, key, level=level, closed=level > 0)
        self.state.heading_pages[key] = self.page

    def handle_flowable(self, flowables):  # noqa: N802 - ReportLab API
        _make_later_parts(flowables)
        super().handle_flowable(flowables)


def _make_later_parts(flowables: list) -> None:
    """Make the `Later` parts at the head of the story: the first flowable and, after a run of
    flowables that keep with the next (a heading), the one they keep with: ReportLab looks at those
    together. The rest wait until the layout reaches them."""
    i = 0
    while i < len(flowables):
        flowable = flowables[i]
        if isinstance(flowable, Later):
            made = flowable.make()
            if next(_headings(made), None) is not None:
                raise RuntimeError("a heading in a part made during layout would be missing from the contents")
            flowables[i:i + 1] = made
            continue
        if not flowable.getKeepWithNext():
            return
        i += 1


def _stamp(canv, ctx: Context, state: _PageState, page: int) -> None:
    """Per page: record the page, fix the creation date (deterministic output)."""
    state.last_page = max(state.last_page, page)
    c = ctx.created
    canv.setDateFormatter(lambda *_: "D:%04d%02d%02d000000+00'00'" % (c.year, c.month, c.day))


def _draw_cover_page(canv, doc: _Doc) -> None:
    ctx, state = doc.ctx, doc.state
    _stamp(canv, ctx, state, doc.page)
    w, h = PAGE
    with canv.tagger.artifact(canv):
        _draw_cover_furniture(canv, w, h)


def _draw_cover_furniture(canv, w: float, h: float) -> None:
    canv.saveState()
    canv.setFillColor(SIDEBAR)
    canv.rect(0, h - 38 * mm, w, 38 * mm, stroke=0, fill=1)
    canv.setFillColor(ACCENT)
    canv.rect(0, h - 40 * mm, w, 2 * mm, stroke=0, fill=1)
    canv.setFillColor("#e8f0f7")
    canv.setFont(SANS_BOLD, 13)
    canv.drawString(MARGIN_X, h - 22 * mm, translate("Report", "Alliance Planner"))
    canv.setFont(SANS, 9)
    canv.drawString(MARGIN_X, h - 28 * mm, translate("Report", "Planning an alliance-model procurement"))
    canv.setStrokeColor(BORDER)
    canv.setLineWidth(0.6)
    canv.line(MARGIN_X, 22 * mm, w - MARGIN_X, 22 * mm)
    canv.setFillColor(MUTED)
    canv.setFont(SANS, 8)
    canv.drawString(MARGIN_X, 16 * mm, _fit(translate("Report", "Made with Alliance Planner"), SANS, 8,
                                          w - 2 * MARGIN_X))
    canv.restoreState()


def _draw_body_page(canv, doc: _Doc) -> None:
    ctx, state = doc.ctx, doc.state
    _stamp(canv, ctx, state, doc.page)
    w, h = canv._pagesize  # portrait or landscape (the timeline's pages)
    with canv.tagger.artifact(canv, "Pagination"):
        _draw_running_header_footer(canv, ctx, state, doc.page, w, h)


def _draw_running_header_footer(canv, ctx: Context, state: _PageState, page: int, w: float, h: float) -> None:
    canv.saveState()
    size = 8
    date = ctx.date(ctx.created)
    date_w = stringWidth(date, SANS, size)
    name = one_line(ctx.plan.project.name) or translate("Report", "Alliance plan")
    top = h - 13 * mm
    canv.setFillColor(MUTED)
    canv.setFont(SANS_BOLD, size)
    canv.drawString(MARGIN_X, top, _fit(name, SANS_BOLD, size, w - 2 * MARGIN_X - date_w - 12))
    canv.setFont(SANS, size)
    canv.drawRightString(w - MARGIN_X, top, date)
    canv.setStrokeColor(BORDER)
    canv.setLineWidth(0.6)
    canv.line(MARGIN_X, top - 3 * mm, w - MARGIN_X, top - 3 * mm)
    bottom = FOOTER_BASELINE
    canv.line(MARGIN_X, bottom + 4.5 * mm, w - MARGIN_X, bottom + 4.5 * mm)
    canv.restoreState()


def _draw_body_page_end(canv, doc: _Doc) -> None:
    """At the end of a page: the place for its footer's texts, drawn when the page count is known (the page's
    operators before it are compressed when the page ends: _Canvas.showPage)."""
    ctx, state, page = doc.ctx, doc.state, doc.page
    w = canv._pagesize[0]
    with canv.tagger.artifact(canv, "Pagination"):
        canv.saveState()
        canv.late(lambda c: _draw_footer_text(c, ctx, page, state.last_page, w, FOOTER_BASELINE))
        canv.restoreState()


FOOTER_BASELINE = 11 * mm


def _draw_footer_text(canv, ctx: Context, page: int, pages: int, w: float, bottom: float) -> None:
    """The footer's texts (buyer · version label, "page x / y"), drawn when the page count is known."""
    size = 8
    canv.setFillColor(MUTED)
    canv.setFont(SANS, size)
    page_text = translate("Report", "Page {page} / {pages}").format(page=page, pages=pages)
    page_w = stringWidth(page_text, SANS, size)
    canv.drawRightString(w - MARGIN_X, bottom, page_text)
    left = " · ".join(x for x in (one_line(ctx.plan.project.buyer), ctx.version_label) if x)
    canv.drawString(MARGIN_X, bottom, _fit(left, SANS, size, w - 2 * MARGIN_X - page_w - 12))


# ---------------------------------------------------------------- cover and contents


def _cover(ctx: Context) -> list[Flowable]:
    s = ctx.styles
    project = ctx.plan.project
    story: list[Flowable] = [
        Spacer(1, 30 * mm),
        ctx.p(translate("Report", "Alliance plan").upper(), s.cover_kicker),
        ctx.text(project.name or translate("Report", "Untitled project"), s.cover_title),
    ]
    if project.buyer:
        story.append(ctx.text(project.buyer, s.cover_line))
    if project.target_group:
        story.append(ctx.p(para(translate("Report", "Target group: {group}").format(
            group=project.target_group)), s.cover_meta))
    story.append(Spacer(1, 16 * mm))
    facts = [
        (translate("Report", "Date"), ctx.date(ctx.created)),
    ]
    rows = [[ctx.p(para(k), s.cover_meta), ctx.p("<b>%s</b>" % para(v), s.cover_line)] for k, v in facts if v]
    if rows:
        t = Table(rows, colWidths=[32 * mm, 100 * mm], hAlign="LEFT", renderCB=TableTags("layout"))
        t.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), SANS, 10),  # (the cells' own font: never the standard Helvetica)
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]))
        story.append(t)
    if ctx.version_label:
        story += [Spacer(1, 8 * mm), _VersionBadge(ctx.version_label)]
    return story


class _VersionBadge(Flowable):
    """The version label ("Luonnos") in a yellow box on the cover."""

    def __init__(self, text: str):
        super().__init__()
        self.label = _fit(one_line(text).upper(), SANS_BOLD, 11, 150 * mm)

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width = stringWidth(self.label, SANS_BOLD, 11) + 16
        self.height = 22
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setFillColor(BANNER)
        c.setStrokeColor("#e0c36a")
        c.roundRect(0, 0, self.width, self.height, 3, stroke=1, fill=1)
        c.setFillColor("#6b5200")
        c.setFont(SANS_BOLD, 11)
        c.drawString(8, 7, self.label)


class _Contents(Flowable):
    """The contents: one row per heading, its text a link to the heading, then dots and its page number.

    The entries are the story's headings, known before layout, so the contents have their final
    height in the one pass; the dots and page numbers (which do not change where an entry's text
    wraps) are drawn by `_Canvas.save()` in the place the pass left for them, as ReportLab's
    TableOfContents draws them."""

    CALLBACK = "allianceContentsEntry"

    def __init__(self, styles: Sequence, state: _PageState):
        super().__init__()
        self.styles = styles
        self.state = state
        self.entries: list[tuple[int, str, str]] = []  # (level, markup, key), set by make_story
        self.texts: dict[str, str] = {}  # key -> the heading's plain text, set by make_story
        self._table: Table | None = None
        self._width = 0.0
        self._tags = TableTags("toc")  # one TOC element over the pages the contents take
        tag(self, None)  # (its table tags itself)
        self._styles = styles  # the styles of the last wrap (closer lines when that keeps one page)

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab API
        self.canv.setNamedCB(self.CALLBACK, self._entry_end)
        self.canv.link_texts.update(self.texts)  # each link's /Contents: the heading's number and text
        self._width = availWidth
        self._styles = self.styles
        self._table = self._make_table(availWidth)
        if self._table is None:
            return availWidth, 0
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        if availHeight < self.height <= availHeight * self.TIGHT_REACH:
            # A line or two would spill onto a page of their own: closer lines keep the contents on one page.
            self._styles = [ParagraphStyle(f"{s.name}-tight", parent=s, leading=s.leading * self.TIGHT,
                                           spaceBefore=s.spaceBefore * self.TIGHT / 2) for s in self.styles]
            table = self._make_table(availWidth)
            width, height = table.wrapOn(self.canv, availWidth, availHeight)
            if height <= availHeight:
                self._table, self.width, self.height = table, width, height
            else:
                self._styles = self.styles
                self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height

    TIGHT = 0.9  # line spacing when closer lines keep the contents on one page
    TIGHT_REACH = 1.15  # ... tried when the contents are at most this much taller than their page
    LAST_ROWS = 8  # a contents page that continues another has at least these many rows

    def _make_table(self, width: float) -> Table | None:
        rows = []
        for i, (level, markup, key) in enumerate(self.entries):
            style = self._styles[level]
            if style.spaceBefore:
                rows.append([Spacer(1, style.spaceBefore)])
            rows.append([Paragraph(f'<a href="#{key}">{markup}</a><onDraw name="{self.CALLBACK}" label="{i}"/>',
                                   style)])
        if not rows:
            return None
        return Table(rows, colWidths=(width,), renderCB=self._tags, style=TableStyle([
            ("FONT", (0, 0), (-1, -1), SANS, 10),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]))

    def split(self, availWidth, availHeight):  # noqa: N803
        if not self._table:
            return []
        parts = self._table.splitOn(self.canv, availWidth, availHeight)
        rows = len(self._table._cellvalues)
        if len(parts) == 2 and rows - len(parts[0]._cellvalues) < self.LAST_ROWS < rows // 2:
            # not a few lines alone on the next page: more of the entries go there
            first = rows - self.LAST_ROWS
            parts = self._table.splitOn(self.canv, availWidth, sum(self._table._rowHeights[:first]) + 0.01)
        return parts

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802, N803
        if self._table:
            self._table.drawOn(canvas, x, y, _sW)

    def _entry_end(self, canvas: _Canvas, kind, label) -> None:
        """At the end of an entry's text (a paragraph's onDraw): a link, and the place for dots and page number."""
        level, _markup, key = self.entries[int(label)]
        style = self._styles[level]
        x, y, width = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"], self._width
        canvas.linkRect("", key, (x, y, width, y + style.leading), relative=1)

        def draw(c: _Canvas) -> None:
            c._curr_tx_info = {"cur_x": x, "cur_y": y}  # where ReportLab's drawPageNumbers starts
            try:
                drawPageNumbers(c, style, [(self.state.heading_pages[key], None)], width, 0, " . ")
            finally:
                del c._curr_tx_info

        if canvas.tagger is None:
            canvas.late(draw)
            return
        # After the entry's text (reading order), where the paragraph's own translation is undone: drawn
        # moved to the paragraph's origin (the canvas's translations only: the contents are not rotated).
        ox, oy = canvas.absolutePosition(0, 0)

        def place(c: _Canvas) -> None:
            bx, by = c.absolutePosition(0, 0)

            def moved(c2: _Canvas) -> None:
                c2.saveState()
                c2.translate(ox - bx, oy - by)
                draw(c2)
                c2.restoreState()

            c.late(moved)

        canvas.tagger.after(place)


SHORT_SECTION_ROOM = 40 * mm  # what a short section needs left on the page it would follow on


def _is_short(part: list[Flowable]) -> bool:
    """A section of a few paragraphs only (its heading and notes that it is empty), no tables or figures."""
    return len(part) <= 6 and all(isinstance(f, Paragraph) for f in part)


def _headings(flowables: Iterable[Flowable]):
    """The headings (their `_alliance_toc`) in story order, also inside KeepTogether and the like."""
    for f in flowables:
        info = getattr(f, "_alliance_toc", None)
        if info is not None:
            yield info
        inner = getattr(f, "_content", None)
        if isinstance(inner, (list, tuple)):
            yield from _headings(inner)


# ---------------------------------------------------------------- the build


def make_story(ctx: Context, sections: Sequence[str], state: _PageState) -> list[Flowable]:
    from . import (
        section_chains,
        section_commercial,
        section_metrics,
        section_overview,
        section_procurement,
        section_risks,
        section_timeline,
    )

    builders = {
        "overview": section_overview.build,
        "timeline": section_timeline.build,
        "chains": section_chains.build,
        "commercial": section_commercial.build,
        "risks": section_risks.build,
        "procurement": section_procurement.build,
        "metrics": section_metrics.build,
    }
    story: list[Flowable] = []
    parts: list[list[Flowable]] = []
    contents = _Contents(ctx.styles.toc_levels, state)
    if "cover" in sections:
        parts.append(_cover(ctx))
    if "contents" in sections:
        parts.append([Paragraph(para(translate("Report", "Contents")), ctx.styles.toc_title), contents])
    for name in sections:
        if name in builders:
            parts.append(builders[name](ctx))
    names = [n for n in ("cover", "contents") if n in sections] + [n for n in sections if n in builders]
    previous_short = False
    for i, (name, part) in enumerate(zip(names, parts)):
        short = name in builders and _is_short(part)
        if i == 0:
            if "cover" in sections:
                story.append(NextPageTemplate("body"))
        elif short and names[i - 1] != "cover" and (names[i - 1] != "timeline" or previous_short):
            # a section with nothing but a few lines (an empty one) follows on the page before, when there is room
            story += [CondPageBreak(SHORT_SECTION_ROOM), Spacer(1, 6 * mm)]
        else:
            story.append(NextPageTemplate("landscape" if name == "timeline" and not short else "body"))
            story.append(PageBreak())
        previous_short = short
        story.extend(part)
    headings = list(_headings(story))
    contents.entries = [(level, markup, key) for level, markup, _outline, key in headings]
    contents.texts = {key: outline for _level, _markup, outline, key in headings}
    return story


@speaks
def render_report(plan: m.Plan, *, lang: str = "fi", sections: Iterable[str] | None = None,
                  created: _dt.date | None = None, version_label: str | None = None,
                  warnings: list[str] | None = None) -> tuple[bytes, int]:
    """The report as PDF bytes and its page count (nothing is written).

    `warnings`, when given, gets a sentence for each thing the report could not print as the plan
    has it (characters the font lacks, shown as substitutes)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    chosen = normalize_sections(sections, lang)
    created = created or _dt.date.today()
    if isinstance(created, _dt.datetime):
        created = created.date()
    label = version_label if version_label is not None else plan.project.version_label
    scores = kpi_scores(plan)
    ctx = Context(
        plan=plan,
        lang=lang,
        created=created,
        version_label=labels.version(label or "", lang),
        styles=make_styles(lang),
        settlement=settle_plan(plan, scores=scores),
        scores=scores,
    )
    state = _PageState()
    buffer = _Kept()
    project = plan.project
    title = one_line(project.name) or translate("Report", "Alliance plan")
    doc = _Doc(
        buffer,
        ctx,
        state,
        pagesize=PAGE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=one_line(project.buyer),
        subject=translate("Report", "Alliance plan"),
        creator=CREATOR,
        keywords=[],
        lang=PDF_LANG[lang],
        invariant=1,
        displayDocTitle=1,
        initialFontName=SANS,  # the page preamble's font: embedded, never the standard Helvetica
    )
    tagger = Tagger(PDF_LANG[lang], title, created, author=one_line(project.buyer),
                    subject=translate("Report", "Alliance plan"), creator=CREATOR)
    body_frame = TaggedFrame(MARGIN_X, MARGIN_BOTTOM, PAGE[0] - 2 * MARGIN_X, PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM,
                       id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    cover_frame = TaggedFrame(MARGIN_X, 30 * mm, PAGE[0] - 2 * MARGIN_X, PAGE[1] - 45 * mm - 30 * mm, id="cover",
                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    landscape_frame = TaggedFrame(MARGIN_X, MARGIN_BOTTOM, LANDSCAPE_FRAME_WIDTH, LANDSCAPE_FRAME_HEIGHT, id="landscape",
                            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    body = PageTemplate("body", [body_frame], onPage=_draw_body_page, onPageEnd=_draw_body_page_end)
    cover = PageTemplate("cover", [cover_frame], onPage=_draw_cover_page)
    wide = PageTemplate("landscape", [landscape_frame], onPage=_draw_body_page, onPageEnd=_draw_body_page_end,
                        pagesize=LANDSCAPE)
    first = cover if "cover" in chosen else wide if chosen[0] == "timeline" else body  # the first page's template
    doc.addPageTemplates([first] + [t for t in (cover, body, wide) if t is not first])
    with missing_characters() as missing:
        story = make_story(ctx, chosen, state)
        doc.build(story, canvasmaker=lambda *args, **kw: _Canvas(*args, tagger=tagger, **kw))
    if missing and warnings is not None:
        import unicodedata

        # combining marks (a script's vowel signs) would attach to what stands before them in a message
        chars = sorted(ch for ch in missing if not unicodedata.category(ch).startswith("M")) or sorted(missing)
        shown_chars = " ".join(ch if ch.isprintable() else f"U+{ord(ch):04X}" for ch in chars[:12]) + \
            (" …" if len(chars) > 12 else "")
        warnings.append(translate("Report", "The report's font cannot print some characters of the plan; they are "
                                            "shown as “[U+…]” codes or similar characters: {chars}").format(
            chars=shown_chars))
    return buffer.data, state.last_page


def build_report(plan: m.Plan, out_path: str | os.PathLike, *, lang: str = "fi", sections: Iterable[str] | None = None,
                 created: _dt.date | None = None, version_label: str | None = None,
                 warnings: list[str] | None = None, not_onto: tuple = ()) -> int:
    """Write the plan's report as a PDF to `out_path` (atomically) and return its page count.

    lang: "fi" or "en". sections: names from SECTIONS (None: all), printed in SECTIONS order.
    created: the report date on the cover, in the header and the PDF metadata (default today);
    the same plan, options and date give the same bytes. version_label: overrides the
    project's version label ("luonnos" prints as "Luonnos" / "Draft").
    Raises AllianceError for an unknown section and OSError when the file cannot be written
    (nothing is left behind then), SameFileError when `out_path` is one of `not_onto` (the input).
    `warnings`: see render_report.
    """
    data, pages = render_report(plan, lang=lang, sections=sections, created=created, version_label=version_label,
                                warnings=warnings)
    write_bytes_atomically(Path(out_path), data, not_onto=not_onto)
    return pages


__all__ = ["SECTIONS", "build_report", "normalize_sections", "render_report", "section_titles"]
