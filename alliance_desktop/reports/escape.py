"""The one escaping helper for user-written text before it goes into a ReportLab Paragraph.

Paragraph text is a small XML-like markup language: a project called
``Allianssi <b>x</b> & "y" </para>`` would turn bold, drop characters or raise a
parse error if passed raw. `para` escapes ``&``, ``<`` and ``>`` once and turns line
breaks into ``<br/>``, so the text prints exactly as written. Use it for every piece
of user text (names, notes, descriptions) and for generated sentences that embed
user text (core.explain); never for our own markup. Text drawn straight on the
canvas (header, footer, chart labels) and PDF metadata take the raw text instead.

Both also keep a report printable whatever the text holds:
- a text longer than `MAX_CHARS` (`MAX_LINE_CHARS` on one line) is cut, with a note saying how
  much was left out: ReportLab's time grows faster than linearly with the length of one paragraph
  and of one word (a 1 MB word took hours);
- a character the report's font cannot draw (emoji, scripts it lacks) would print as an empty box:
  it prints as a visible substitute instead ("√" for a check mark, else "[U+1F600]"), and
  `missing_characters()` collects such characters so the builder can warn once.
"""

from __future__ import annotations

import contextlib
import re
import threading
import unicodedata
from collections.abc import Iterator

from ..i18n import translate

#: the most characters of one text printed in a paragraph, and on one line (header, chart label)
MAX_CHARS = 10_000
MAX_LINE_CHARS = 300

_CONTROL = {c: None for c in range(32) if chr(c) not in "\n\r\t"}
_TABLE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", **_CONTROL})
_BREAKS = re.compile(r"[\r\n\t ]+")  # not \s: keep no-break spaces
_KEEP = frozenset("\n\r\t")
#: drawable stand-ins for common characters the font lacks
_SUBSTITUTES = {"\u2713": "√", "\u2714": "√", "\u2611": "[√]", "\u2610": "[ ]", "\u2717": "×", "\u2718": "×",
                "\u2192": "->", "\u2190": "<-", "\u2194": "<->", "\u25cf": "•", "\u2011": "-", "\u202f": "\xa0",
                "\u2007": "\xa0", "\u2060": ""}

_font_chars: frozenset[int] | None = None
_state = threading.local()


def _drawable() -> frozenset[int]:
    """The code points the report's font draws (read once from its character map)."""
    global _font_chars
    if _font_chars is None:
        from reportlab.pdfbase import pdfmetrics

        from .fonts import SANS, register_fonts

        register_fonts()
        _font_chars = frozenset(pdfmetrics.getFont(SANS).face.charToGlyph)
    return _font_chars


def _substitute(ch: str) -> str:
    if ch in _SUBSTITUTES:
        return _SUBSTITUTES[ch]
    if unicodedata.category(ch) == "Cf":  # zero-width and direction marks: nothing to see
        return ""
    return f"[U+{ord(ch):04X}]"


def printable(text: str) -> str:
    """`text` with each character the font cannot draw replaced by a visible substitute (linear time)."""
    drawable = _drawable()
    missing = [ch for ch in set(text) if ord(ch) not in drawable and ch not in _KEEP]
    if not missing:
        return text
    seen = getattr(_state, "seen", None)
    if seen is not None:
        seen.update(ch for ch in missing if unicodedata.category(ch) != "Cf" and ch not in _SUBSTITUTES)
    return text.translate({ord(ch): _substitute(ch) for ch in missing})


@contextlib.contextmanager
def missing_characters() -> Iterator[set[str]]:
    """Collect, in this thread, the characters `para` and `one_line` could not print as written."""
    previous = getattr(_state, "seen", None)
    _state.seen = set()
    try:
        yield _state.seen
    finally:
        _state.seen = previous


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[:limit] + "… " + translate("Report", "(cut here: {count} more characters are in the plan)").format(
        count=f"{len(text) - limit:,}".replace(",", "\xa0"))


def para(value: object) -> str:
    """User text as Paragraph markup that prints literally; None prints as nothing."""
    if value is None:
        return ""
    text = printable(_cut(str(value), MAX_CHARS).translate(_TABLE))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return text.replace("\n", "<br/>")


def one_line(value: object) -> str:
    """Raw text on one line (for the canvas and metadata, which take no markup)."""
    if value is None:
        return ""
    text = str(value)
    if len(text) > MAX_LINE_CHARS:
        text = text[:MAX_LINE_CHARS] + "…"
    return printable(_BREAKS.sub(" ", text.translate(_CONTROL)).strip())
