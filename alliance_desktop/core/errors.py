"""Errors the user sees: each carries a message already in the user's language."""

from __future__ import annotations


class AllianceError(Exception):
    """Base for refusals we explain to the user (never shown as a traceback)."""

    def __init__(self, message: str, field: str = ""):
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class PlanError(AllianceError):
    """Invalid plan content: a field holds something the plan cannot accept."""


#: how many characters of a user's text a message quotes
QUOTE_LIMIT = 60


def shown(text: object, limit: int = QUOTE_LIMIT) -> str:
    """User text as a message may quote it: control characters (terminal escapes, carriage returns,
    line breaks, lone surrogates) shown as escapes, and cut to `limit` characters with an ellipsis.
    Every message that echoes a value the user typed or a file held goes through this."""
    s = text if isinstance(text, str) else str(text)
    cut = len(s) > limit
    s = s[:limit]
    out = []
    for ch in s:
        o = ord(ch)
        if o < 0x20 or 0x7F <= o < 0xA0 or 0xD800 <= o <= 0xDFFF or ch in "\u2028\u2029\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069":
            out.append(repr(ch)[1:-1] if o < 0x10000 else f"\\U{o:08x}")
        else:
            out.append(ch)
    return "".join(out) + ("…" if cut else "")
