"""What every section builder needs: the plan, the language, the derived numbers, styles and helpers."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

from reportlab import rl_config
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table
from reportlab.platypus import Paragraph as _Paragraph

from ..core import formatting as f
from ..core import model as m
from ..core.scoring import PeriodScore
from ..core.settlement import Settlement
from .escape import one_line, para
from .styles import FRAME_HEIGHT, Styles, grid_table_style
from .tagging import TableTags, tag


class Paragraph(_Paragraph):
    """A Paragraph that breaks its lines once per width.

    ReportLab measures a table's cells again whenever it measures the table: when it splits over
    pages, every page measures all the rows still to come, always at the same widths. A wrap at the
    width of the last wrap keeps that wrap's lines and height (what a new wrap would make again).

    A word too long for its line (ReportLab would break it anywhere, without a hyphen) makes the paragraph
    take its style's `hyphenated` variant, when there is one (a Finnish report), and wrap again: words then
    hyphenate at their syllables. Other paragraphs keep their words whole, as before."""

    _wrapped_at = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab API
        if availWidth == self._wrapped_at and "blPara" in self.__dict__:  # (a split may drop the lines)
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        hyphenated = getattr(self.style, "hyphenated", None)
        if hyphenated is not None and getattr(self, "_splitLongWordCount", 0):
            self.style = hyphenated
            size = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth if availWidth >= rl_config._FUZZ else None
        return size


class Cell(Flowable):
    """A table cell's paragraph (`Context.cell`, `Context.head`), measured and drawn once per report for
    the same markup, style and width.

    A large report repeats its cells by the hundred thousand (a metric's name, weight and levels in every
    period's table, the same scores). One Cell stands for every repeat of a markup and style: the first
    wrap at a width makes the paragraph and keeps its size; the first drawing at a width keeps the
    operators it put on the page, and every later drawing at that width puts the same operators there
    (the paragraph draws relative to the origin the table moves it to, so they never depend on where).
    A paragraph whose drawing does more than put operators on the page (a link, an onDraw callback) is
    drawn afresh each time. Splitting inside a cell (a row taller than half a page) splits a paragraph."""

    def __init__(self, ctx: Context, markup: str, style):
        super().__init__()
        self._ctx = ctx
        self.markup = markup
        self.style = style
        self._sizes: dict[float, tuple[float, float]] = {}  # width -> (width, height) of the wrapped paragraph
        self._drawn: dict[float, tuple[str, ...]] = {}  # width -> the operators drawn
        self._runs: dict[int | None, float] = {}  # see _widest_run
        self._paragraph: Paragraph | None = None  # the last one made, wrapped at `_paragraph_at`
        self._paragraph_at = None
        self._at = None  # the width of the last wrap

    def paragraph(self, width: float) -> Paragraph:
        """The cell's paragraph wrapped at `width` (one paragraph per width, as a cell of its own would be)."""
        p = self._paragraph
        if p is None or self._paragraph_at != width:
            p = self._paragraph = self._ctx.paragraph(self.markup, self.style)
            p.wrap(width, FRAME_HEIGHT)
            self._paragraph_at = width
        return p

    @property
    def frags(self):
        """The parsed fragments (of a paragraph of its own, never wrapped)."""
        return self._ctx.paragraph(self.markup, self.style).frags

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab API
        size = self._sizes.get(availWidth)
        if size is None:
            size = self._sizes[availWidth] = self.paragraph(availWidth).wrap(availWidth, availHeight)
        self._at = availWidth
        self.width, self.height = size
        return size

    def draw(self):
        width = self._at
        canv = self.canv
        code = self._drawn.get(width)
        if code is not None:
            canv._code.extend(code)
            return
        p = self.paragraph(width)
        start = len(canv._code)
        p.canv = canv
        try:
            p.draw()
        finally:
            del p.canv
        if not any(hasattr(frag, "cbDefn") or getattr(frag, "link", None) for frag in p.frags):
            self._drawn[width] = tuple(canv._code[start:])
            self._paragraph = None  # (its lines are not needed again)

    def split(self, availWidth, availHeight):  # noqa: N803 - ReportLab API
        p = self._ctx.paragraph(self.markup, self.style)  # its own: a split changes the paragraph's lines
        p.wrap(availWidth, availHeight)
        return p.split(availWidth, availHeight)

    def minWidth(self):  # noqa: N802 - ReportLab API
        return self._ctx.paragraph(self.markup, self.style).minWidth()


class _Table(Table):
    """ReportLab's Table, with a shorter way for a cell that is one `Cell` already measured (and drawn) at its
    width: the same size, the same operators, without ReportLab's general path for a list of flowables
    (wrapping each on the canvas, saving and restoring the canvas's whole state around each). At 64x the
    tables measure cells 1.3 million times and draw 350 000."""

    def _listCellGeom(self, V, w, s, W=None, H=None, aH=72000):  # noqa: N802, N803 - ReportLab API
        if type(V) is not str and len(V) == 1 and type(V[0]) is Cell:
            cell = V[0]
            aw = w - s.leftPadding - s.rightPadding
            size = cell._sizes.get(aw)
            if size is not None:  # as Table._listCellGeom computes it for one flowable
                cell._at = aw
                cell.width, cell.height = vw, vh = size
                style = cell.style
                sb, sa = style.spaceBefore, style.spaceAfter
                if W is not None:
                    W.append(vw)
                if H is not None:
                    H.append(vh)
                t = 0
                t += vh + sa + sb
                return max(0, vw), t - sb - sa
        return super()._listCellGeom(V, w, s, W, H, aH)

    def _calc_height(self, availHeight, availWidth, H=None, W=None):  # noqa: N803 - ReportLab API
        """Table._calc_height, measuring the rows once: ReportLab measures every row again each time the
        table is wrapped (with the heading it keeps with, in the frame, before splitting it), the first part of
        a long table three times. The heights depend on the column widths alone (given), so the measured
        ones are kept as if they had been given."""
        super()._calc_height(availHeight, availWidth, H, W)
        if not W and None in self._argH and None not in self._rowHeights:
            self._argH = list(self._rowHeights)

    def _drawCell(self, cellval, cellstyle, pos, size):  # noqa: N802 - ReportLab API
        """Table._drawCell for one Cell drawn before at this width: its operators moved to its place, as
        Flowable.drawOn puts them ("q", the translation, the operators, "Q")."""
        if isinstance(cellval, tuple) and len(cellval) == 1 and type(cellval[0]) is Cell \
                and cellstyle.alignment in ("LEFT", "RIGHT") and cellstyle.valign in ("TOP", "BOTTOM"):
            cell = cellval[0]
            colwidth, rowheight = size
            aw = colwidth - cellstyle.leftPadding - cellstyle.rightPadding
            drawn = cell._drawn.get(aw)
            code = self.canv._code
            if drawn is not None and aw in cell._sizes:
                if self._curcellstyle is not cellstyle:  # as Table._drawCell
                    cur = self._curcellstyle
                    if cur is None or cellstyle.color != cur.color:
                        self.canv.setFillColor(cellstyle.color)
                    if cur is None or cellstyle.leading != cur.leading or cellstyle.fontname != cur.fontname \
                            or cellstyle.fontsize != cur.fontsize:
                        self.canv.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
                    self._curcellstyle = cellstyle
                colpos, rowpos = pos
                W, H = [], []  # noqa: N806
                w, h = self._listCellGeom(cellval, colwidth, cellstyle, W=W, H=H, aH=rowheight)
                if cellstyle.valign == "TOP":
                    y = rowpos + rowheight - cellstyle.topPadding
                else:
                    y = rowpos + cellstyle.bottomPadding + h
                sb = cell.style.spaceBefore
                y += sb
                if cellstyle.alignment == "LEFT":
                    x = colpos + cellstyle.leftPadding
                else:
                    x = colpos + colwidth - cellstyle.rightPadding - W[0]
                y -= sb
                y -= H[0]
                code.append("q")
                code.append("%s cm" % fp_str(1, 0, 0, 1, x, y))
                code.extend(drawn)
                code.append("Q")
                return
        super()._drawCell(cellval, cellstyle, pos, size)

    def _calcNoSplitRanges(self):  # noqa: N802 - ReportLab API
        """Table._calcNoSplitRanges without an entry for every cell (only those in a NOSPLIT range are
        looked up): it ran for every page a long table splits over."""
        self._nosplitRanges = nosplitRanges = _Itself()
        self._colNoSplitCells = []
        self._rowNoSplitCells = []
        csa = self._colNoSplitCells.append
        rsa = self._rowNoSplitCells.append
        for (_cmd, start, stop) in self._nosplitCmds:
            x0, y0 = start
            x1, y1 = stop
            if x0 < 0:
                x0 = x0 + self._ncols
            if x1 < 0:
                x1 = x1 + self._ncols
            if y0 < 0:
                y0 = y0 + self._nrows
            if y1 < 0:
                y1 = y1 + self._nrows
            if x0 > x1:
                x0, x1 = x1, x0
            if y0 > y1:
                y0, y1 = y1, y0
            if x0 != x1 or y0 != y1:
                if x0 != x1:
                    for y in range(y0, y1 + 1):
                        for x in range(x0, x1 + 1):
                            csa((x, y))
                if y0 != y1:
                    for y in range(y0, y1 + 1):
                        for x in range(x0, x1 + 1):
                            rsa((x, y))
                for y in range(y0, y1 + 1):
                    for x in range(x0, x1 + 1):
                        nosplitRanges[x, y] = None
                nosplitRanges[x0, y0] = (x0, y0, x1, y1)


class _Itself(dict):
    """A cell's NOSPLIT range: itself unless set."""

    def __missing__(self, key):
        x, y = key
        return (x, y, x, y)


class Later(Flowable):
    """Flowables made when the layout reaches them (a long table with its rows).

    The story then holds one such table's paragraphs at a time, not every table's at once (at 64x
    a report has hundreds of thousands of cells). The builder's document puts `make()` in its place
    just before laying it out. Never a heading inside: the contents are made from the story's
    headings before layout (the builder checks)."""

    def __init__(self, make):
        super().__init__()
        self.make = make

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab API (never laid out itself)
        raise RuntimeError("a Later part is made before it is laid out")


@dataclass
class Context:
    plan: m.Plan
    lang: str
    created: _dt.date
    version_label: str
    styles: Styles
    settlement: Settlement
    scores: dict[str, PeriodScore]
    _numbers: list[int] = field(default_factory=lambda: [0, 0])
    _keys: int = 0
    _parsed: dict = field(default_factory=dict)  # (markup, style) -> (text, frags): see paragraph()
    _cells: dict = field(default_factory=dict)  # (markup, style) -> Cell: see cell()
    _formatted: dict = field(default_factory=dict)  # (kind, type, value, decimals) -> text: see _format()
    _escaped: dict = field(default_factory=dict)  # text -> para(text), for cell()

    # ------------------------------------------------------------ numbers and dates

    def _format(self, kind: str, value, decimals: int | None) -> str:
        """A number formatted once per report (a report repeats the same weights, levels and scores)."""
        key = (kind, type(value), str(value) if isinstance(value, Decimal) else value, decimals)
        # (a Decimal by its text: 1.0 and 1.00 are equal but may show differently)
        try:
            return self._formatted[key]
        except KeyError:
            pass
        except TypeError:  # not hashable: formatted each time
            return _FORMATS[kind](value, decimals, self.lang)
        text = self._formatted[key] = _FORMATS[kind](value, decimals, self.lang)
        return text

    def money(self, value: Decimal, decimals: int | None = 2) -> str:
        return self._format("money", value, decimals)

    def number(self, value: Decimal | Fraction, decimals: int | None = None) -> str:
        return self._format("number", value, decimals)

    def percent(self, value: Decimal | Fraction, decimals: int | None = 1) -> str:
        return self._format("percent", value, decimals)

    def date(self, value: _dt.date | None) -> str:
        return f.format_date(value, self.lang)

    def datetime(self, value: _dt.date | None, time: str = "", time_end: str = "") -> str:
        try:
            return f.format_datetime(value, time, time_end, self.lang)
        except ValueError:  # a malformed time of day in a hand-edited file: show the date alone
            return f.format_date(value, self.lang)

    def span(self, start: _dt.date | None, end: _dt.date | None) -> str:
        if start is None and end is None:
            return ""
        return f"{self.date(start)}–{self.date(end)}"

    # ------------------------------------------------------------ flowables

    def paragraph(self, markup: str, style) -> Paragraph:
        """Paragraph(markup, style), parsed once per report for the same markup and style.

        A report repeats many cells (a metric's name in every period's table, the same numbers and
        words): ReportLab's markup parser took a quarter of a large report's time. A repeat gets
        copies of the first one's parsed fragments, the very objects the parser would make again."""
        key = (markup, style)
        cached = self._parsed.get(key)
        if cached is not None:
            text, frags = cached
            return Paragraph(text, style, frags=[_copy_frag(f) for f in frags])
        paragraph = Paragraph(markup, style)
        if paragraph.style is style and not paragraph.bulletText and \
                not any(hasattr(f, "cbDefn") for f in paragraph.frags):
            self._parsed[key] = (paragraph.text, [_copy_frag(f) for f in paragraph.frags])
        return paragraph

    def p(self, markup: str, style=None) -> Paragraph:
        """A paragraph of markup we wrote (user text inside must already be escaped with `para`)."""
        return self.paragraph(markup, style or self.styles.body)

    def text(self, raw: object, style=None) -> Paragraph:
        """A paragraph of user text, escaped."""
        return self.paragraph(para(raw), style or self.styles.body)

    def heading(self, raw: str, level: int) -> Paragraph:
        """A numbered heading (levels 0 and 1) that lands in the contents, the PDF outline and has a link target."""
        if level == 0:
            self._numbers[0] += 1
            self._numbers[1] = 0
            number = f"{self._numbers[0]}"
        else:
            self._numbers[1] += 1
            number = f"{self._numbers[0]}.{self._numbers[1]}"
        markup = f"{number}&#160;&#160;{para(raw)}"
        style = self.styles.h1 if level == 0 else self.styles.h2
        heading = tag(Paragraph(markup, style), "H1" if level == 0 else "H2")
        self._keys += 1
        heading._alliance_toc = (level, markup, f"{number} {one_line(raw)}", f"section-{self._keys}")
        return heading

    def table(self, rows: list[list], widths: list[float], *, header_rows: int = 1, zebra: bool = True,
              extra: list | None = None, split_in_row: bool = True, rules: bool = True,
              row_heads: bool = False) -> Table:
        """A table that breaks across pages (between rows) with its header repeated.

        A row may split inside itself only when it is too tall to move whole to the next page
        (a very long description): ReportLab then repeats the header above the split row even
        on the same page, so in-row splitting is kept for that case alone.
        Tagged as a Table: the header rows' cells are TH (/Scope /Column), with `row_heads` the first
        column's cells too (/Scope /Row).
        A column of figures (right-aligned cells: money, numbers) is made as wide as its widest figure,
        taking the room from the columns of text: a figure never breaks ("21 000 000,50 / €").
        """
        widths = fit_figures(rows, widths, {cmd[1] for cmd in extra or () if cmd[0] == "SPAN"})
        in_row = split_in_row and _tallest_row(rows, widths) > FRAME_HEIGHT * 0.5
        t = _Table(rows, colWidths=widths, repeatRows=header_rows, splitInRow=1 if in_row else 0,
                  hAlign="LEFT", spaceAfter=6, renderCB=TableTags("table", header_rows, row_heads))
        style = grid_table_style(header_rows, zebra, rules)
        for cmd in extra or ():
            style.add(*cmd)
        if len(rows) - header_rows > LAST_ROWS_TOGETHER and \
                _tallest_row(rows[-LAST_ROWS_TOGETHER:], widths) * LAST_ROWS_TOGETHER < FRAME_HEIGHT * 0.4:
            # no row or two alone on the page after: the last rows go over together (with the header repeated)
            style.add("NOSPLIT", (0, len(rows) - LAST_ROWS_TOGETHER), (-1, -1))
        t.setStyle(style)
        return t

    def head(self, raw: str, right: bool = False) -> Cell:
        """A header cell (the text is escaped: it may be a period's name)."""
        return self.markup_cell(para(raw), self.styles.cell_head_right if right else self.styles.cell_head)

    def cell(self, raw: object, *, bold: bool = False, right: bool = False, muted: bool = False) -> Cell:
        """A table cell of user text (escaped) or a formatted number."""
        s = self.styles
        style = (s.cell_right_bold if bold else s.cell_right) if right else (s.cell_bold if bold else s.cell)
        markup = self._escaped.get(raw) if type(raw) is str else None
        if markup is None:
            markup = para(raw)
            if type(raw) is str:
                self._escaped[raw] = markup
        if muted and markup:
            markup = f'<font color="#5c6b7a">{markup}</font>'
        return self.markup_cell(markup, style)

    def markup_cell(self, markup: str, style) -> Cell:
        """A table cell of markup we wrote (user text inside already escaped with `para`): one Cell per
        markup and style in a report."""
        key = (markup, style)
        cell = self._cells.get(key)
        if cell is None:
            cell = self._cells[key] = Cell(self, markup, style)
        return cell


_FORMATS = {
    "money": lambda value, decimals, lang: f.format_money(value, lang, decimals),
    "number": lambda value, decimals, lang: f.format_number(value, decimals, lang),
    "percent": lambda value, decimals, lang: f.format_percent(value, decimals, lang),
}

LAST_ROWS_TOGETHER = 3  # a table split over pages carries at least this many rows to its last page
FIGURE_PADDING = 4 + 4 + 0.5  # the cells' left and right padding (grid_table_style) and a little air
TEXT_COLUMN_LEAST = 0.6  # a text column gives up at most 40 % of its width to figures
SHORT_WORD = 10  # ... and keeps its words of up to this many letters whole (longer ones may be hyphenated)


def fit_figures(rows: list[list], widths: list[float], spans: set = frozenset()) -> list[float]:
    """The column widths, with each column of figures (right-aligned paragraphs) at least as wide as its
    widest unbreakable run of text (a figure: its spaces are no-break spaces), the room taken from the
    other columns in proportion to their width."""
    need = [0.0] * len(widths)
    figures = set()
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if isinstance(cell, (_Paragraph, Cell)) and cell.style.alignment == TA_RIGHT and (c, r) not in spans:
                figures.add(c)
                need[c] = max(need[c], _widest_run(cell))
    short = {c: need[c] + FIGURE_PADDING - widths[c] for c in figures if need[c] + FIGURE_PADDING > widths[c]}
    if not short:
        return widths
    donors = [c for c in range(len(widths)) if c not in figures]
    least = {c: 0.0 for c in donors}  # a text column keeps room for its short words ("Target", not "Targe-t")
    for r, row in enumerate(rows):
        for c, cell in enumerate(row[:len(widths)]):
            if c in least and isinstance(cell, (_Paragraph, Cell)) and (c, r) not in spans:
                least[c] = max(least[c], _widest_run(cell, SHORT_WORD) + FIGURE_PADDING)
    floors = {c: max(widths[c] * TEXT_COLUMN_LEAST, min(widths[c], least[c])) for c in donors}
    room = sum(widths[c] - floors[c] for c in donors)
    wanted = sum(short.values())
    if room <= 0:
        return widths
    share = min(1.0, room / wanted)
    taken = sum(short.values()) * share
    widths = list(widths)
    for c, more in short.items():
        widths[c] += more * share
    for c in donors:  # in proportion to what each can give
        widths[c] -= taken * (widths[c] - floors[c]) / room
    return widths


def _widest_run(paragraph, longest: int | None = None) -> float:
    """The width of the widest run of a paragraph's text between ordinary spaces and line breaks (of those
    at most `longest` characters long, when given)."""
    if isinstance(paragraph, Cell):
        runs = paragraph._runs
        if longest not in runs:
            runs[longest] = _widest_run(paragraph._ctx.paragraph(paragraph.markup, paragraph.style), longest)
        return runs[longest]
    widest = run = 0.0
    for frag in paragraph.frags:
        if getattr(frag, "lineBreak", False):
            widest, run = max(widest, run), 0.0
            continue
        text = getattr(frag, "text", "")
        pieces = text.split(" ")
        for i, piece in enumerate(pieces):
            if i:
                widest, run = max(widest, run), 0.0
            if piece and (longest is None or len(piece) <= longest):
                run += _width(piece, frag.fontName, frag.fontSize)
    return max(widest, run)


@lru_cache(maxsize=4096)
def _width(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


def _copy_frag(frag):
    """A parsed fragment's own copy (its lists too): ReportLab marks fragments as it breaks lines."""
    copy = frag.clone()
    for name, value in frag.__dict__.items():
        if isinstance(value, list):
            setattr(copy, name, list(value))
    return copy


def _tallest_row(rows: list[list], widths: list[float]) -> float:
    """The height of the tallest row (cell paddings 2 × 3 pt, 2 × 4 pt as in grid_table_style).

    Each cell is wrapped at the width the table gives it (width - left - right padding, computed as
    ReportLab does), so that the table's own measuring reuses these lines."""
    tallest = 0.0
    for row in rows:
        for cell, width in zip(row, widths):
            if isinstance(cell, Flowable):
                tallest = max(tallest, cell.wrap(width - 4 - 4, 10_000)[1] + 6)
    return tallest


def empty_note(ctx: Context, text: str) -> Flowable:
    return ctx.p(para(text), ctx.styles.muted)
