"""The report fonts: ReportLab's bundled Bitstream Vera TrueType family.

Vera covers Finnish and Swedish letters (ä ö å), the euro sign, the minus sign U+2212,
the no-break space and typographic quotes and dashes, which the standard PDF fonts
do not all embed. Registering is idempotent and cheap after the first call.
"""

from __future__ import annotations

import os
import threading

SANS = "AllianceVera"
SANS_BOLD = "AllianceVera-Bold"
SANS_ITALIC = "AllianceVera-Italic"
SANS_BOLD_ITALIC = "AllianceVera-BoldItalic"

_FILES = {
    SANS: "Vera.ttf",
    SANS_BOLD: "VeraBd.ttf",
    SANS_ITALIC: "VeraIt.ttf",
    SANS_BOLD_ITALIC: "VeraBI.ttf",
}
_lock = threading.Lock()
_done = False


def font_folder() -> str:
    import reportlab

    return os.path.join(os.path.dirname(reportlab.__file__), "fonts")


def register_fonts() -> None:
    """Register the Vera family once (normal, bold, italic, bold italic) so <b> and <i> work."""
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        folder = font_folder()
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, os.path.join(folder, filename)))
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD_ITALIC)
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(SANS, bold, italic, [SANS, SANS_ITALIC, SANS_BOLD, SANS_BOLD_ITALIC][bold * 2 + italic])
        _done = True
