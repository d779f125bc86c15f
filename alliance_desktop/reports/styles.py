"""Colours, paragraph styles and table styles of the PDF report.

The colours are the app's "light" palette tokens (core/palette.py, the one table ui/theme.py shows
too): screen and paper share one colour per party role, phase kind and traffic light.
"""

from __future__ import annotations


from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from ..core import palette
from ..core.records import record
from .fonts import SANS, SANS_BOLD, register_fonts
from .hyphenation import finnish

PAGE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X
FRAME_HEIGHT = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM
# The Gantt gets landscape pages (the page template "landscape" in builder.py).
LANDSCAPE = (PAGE[1], PAGE[0])
LANDSCAPE_FRAME_WIDTH = LANDSCAPE[0] - 2 * MARGIN_X
LANDSCAPE_FRAME_HEIGHT = LANDSCAPE[1] - MARGIN_TOP - MARGIN_BOTTOM

TOKENS = palette.colours("light")  # paper is light
ACCENT = colors.HexColor(TOKENS["ACCENT"])
ACCENT_LIGHT = colors.HexColor(TOKENS["ACCENT_LIGHT"])
SIDEBAR = colors.HexColor(TOKENS["SIDEBAR"])
TEXT = colors.HexColor(TOKENS["TEXT"])
MUTED = colors.HexColor(TOKENS["MUTED"])
BORDER = colors.HexColor(TOKENS["BORDER"])
ZEBRA = colors.HexColor("#f5f7f9")
GOOD = colors.HexColor(TOKENS["GOOD"])
WARN = colors.HexColor(TOKENS["WARN"])
BAD = colors.HexColor(TOKENS["BAD"])
GOOD_LIGHT = colors.HexColor("#e3f1e4")
WARN_LIGHT = colors.HexColor("#fbecd3")
BAD_LIGHT = colors.HexColor("#f8dcdc")
BANNER = colors.HexColor(TOKENS["BANNER"])

ROLE_COLOURS = {role: colors.HexColor(colour) for role, colour in TOKENS["ROLE_COLOURS"].items()}
# timeline phase kinds, as the app's Gantt draws them (steps and service periods: tints of their phase's colour)
PHASE_COLOURS = {kind: colors.HexColor(colour) for kind, colour in TOKENS["PHASE_COLOURS"].items()}


@record
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    bullet: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_right_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    cell_group: ParagraphStyle
    cell_head_small_right: ParagraphStyle
    card_value: ParagraphStyle
    card_label: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_line: ParagraphStyle
    cover_meta: ParagraphStyle
    toc_title: ParagraphStyle
    toc_levels: tuple[ParagraphStyle, ...]


def make_styles(lang: str = "") -> Styles:
    """The report's paragraph styles. In a Finnish report each has a `hyphenated` variant that hyphenates
    by Finnish rules (hyphenation.py): `context.Paragraph` takes it for a paragraph with a word too long
    for its line, which would otherwise break anywhere without a hyphen."""
    register_fonts()

    def style(name: str, **kw) -> ParagraphStyle:
        base = dict(fontName=SANS, fontSize=9.5, leading=13.5, textColor=TEXT, alignment=TA_LEFT)
        base.update(kw)
        made = ParagraphStyle(name, **base)
        if lang == "fi":
            made.hyphenated = ParagraphStyle(f"{name}-hyphenated", parent=made, hyphenationLang=finnish)
        return made

    cell = style("cell", fontSize=8, leading=10.2)
    return Styles(
        body=style("body", spaceAfter=6),
        small=style("small", fontSize=8, leading=10.5),
        muted=style("muted", fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=4),
        bullet=style("bullet", leftIndent=16, bulletIndent=2, spaceAfter=3, bulletFontName=SANS_BOLD,
                     bulletColor=ACCENT),
        h1=style("h1", fontName=SANS_BOLD, fontSize=17, leading=21, textColor=ACCENT, spaceBefore=0, spaceAfter=10,
                 keepWithNext=1),
        h2=style("h2", fontName=SANS_BOLD, fontSize=12, leading=15, textColor=SIDEBAR, spaceBefore=12, spaceAfter=5,
                 keepWithNext=1),
        h3=style("h3", fontName=SANS_BOLD, fontSize=10, leading=13, textColor=TEXT, spaceBefore=8, spaceAfter=3,
                 keepWithNext=1),
        cell=cell,
        cell_bold=style("cell_bold", parent=cell, fontName=SANS_BOLD, fontSize=8, leading=10.2),
        cell_right=style("cell_right", parent=cell, fontSize=8, leading=10.2, alignment=TA_RIGHT),
        cell_right_bold=style("cell_right_bold", fontName=SANS_BOLD, fontSize=8, leading=10.2, alignment=TA_RIGHT),
        cell_head=style("cell_head", fontName=SANS_BOLD, fontSize=8, leading=10.2, textColor=colors.white),
        cell_head_right=style("cell_head_right", fontName=SANS_BOLD, fontSize=8, leading=10.2, textColor=colors.white,
                              alignment=TA_RIGHT),
        cell_head_small_right=style("cell_head_small_right", fontName=SANS_BOLD, fontSize=7, leading=8.8,
                                    textColor=colors.white, alignment=TA_RIGHT),
        cell_group=style("cell_group", fontName=SANS_BOLD, fontSize=8, leading=10.2, textColor=ACCENT),
        card_value=style("card_value", fontName=SANS_BOLD, fontSize=12, leading=15, textColor=ACCENT),
        card_label=style("card_label", fontSize=7.5, leading=9.5, textColor=MUTED),
        cover_kicker=style("cover_kicker", fontName=SANS_BOLD, fontSize=11, leading=14, textColor=ACCENT,
                           spaceAfter=10),
        cover_title=style("cover_title", fontName=SANS_BOLD, fontSize=26, leading=32, textColor=SIDEBAR,
                          spaceAfter=14),
        cover_line=style("cover_line", fontSize=13, leading=18, textColor=TEXT, spaceAfter=4),
        cover_meta=style("cover_meta", fontSize=10, leading=14, textColor=MUTED, spaceAfter=2),
        toc_title=style("toc_title", fontName=SANS_BOLD, fontSize=17, leading=21, textColor=ACCENT, spaceAfter=14),
        toc_levels=(
            style("toc0", fontName=SANS_BOLD, fontSize=11, leading=15, leftIndent=0, firstLineIndent=0, spaceBefore=6),
            style("toc1", fontSize=9.5, leading=13, leftIndent=16, firstLineIndent=0),
        ),
    )


def grid_table_style(header_rows: int = 1, zebra: bool = True, rules: bool = True) -> TableStyle:
    """Our standard table: accent header row(s), thin rules, optional zebra stripes."""
    cmds = [
        ("FONT", (0, 0), (-1, -1), SANS, 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if rules:
        cmds.append(("LINEBELOW", (0, header_rows), (-1, -1), 0.4, BORDER))
    if header_rows:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
        ]
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    return TableStyle(cmds)
