"""The one escaping helper for user-written text before it goes into a ReportLab Paragraph.

Paragraph text is a small XML-like markup language: a project called
``Allianssi <b>x</b> & "y" </para>`` would turn bold, drop characters or raise a
parse error if passed raw. `para` escapes ``&``, ``<`` and ``>`` once and turns line
breaks into ``<br/>``, so the text prints exactly as written. Use it for every piece
of user text (names, notes, descriptions) and for generated sentences that embed
user text (core.explain); never for our own markup. Text drawn straight on the
canvas (header, footer, chart labels) and PDF metadata take the raw text instead.
"""

from __future__ import annotations

import re

_CONTROL = {c: None for c in range(32) if chr(c) not in "\n\r\t"}
_TABLE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", **_CONTROL})
_BREAKS = re.compile(r"[\r\n\t ]+")  # not \s: keep no-break spaces


def para(value: object) -> str:
    """User text as Paragraph markup that prints literally; None prints as nothing."""
    if value is None:
        return ""
    text = str(value).translate(_TABLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return text.replace("\n", "<br/>")


def one_line(value: object) -> str:
    """Raw text on one line (for the canvas and metadata, which take no markup)."""
    if value is None:
        return ""
    return _BREAKS.sub(" ", str(value).translate(_CONTROL)).strip()
