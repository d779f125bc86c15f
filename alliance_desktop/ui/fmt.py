"""Numbers, money and dates for the screen, in the current QLocale (fi: 1 234 567,89 €, 3.12.2025)."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, QTime


def money(value: Decimal, decimals: int = 0) -> str:
    return QLocale().toCurrencyString(float(value), "€", decimals)


def number(value: Decimal, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


def date(value: _dt.date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def parse_date(text: str) -> _dt.date | None:
    """A date typed in the locale's short form (fi: 3.12.2025); "" is no date. ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    loc = QLocale()
    short = loc.dateFormat(QLocale.FormatType.ShortFormat)
    for form in (short, short.replace("yy", "yyyy")) if "yyyy" not in short else (short,):
        d = loc.toDate(text, form)
        if d.isValid():
            return _dt.date(d.year(), d.month(), d.day())
    raise ValueError(text)


def date_time(value: _dt.date | None, time: str = "", time_end: str = "") -> str:
    """"20.2.2026 klo 16.00" in Finnish, "20/02/2026 16:00" in English, times from the locale."""
    text = date(value)
    if not time:
        return text
    loc = QLocale()

    def t(hhmm: str) -> str:
        h, mnt = (int(x) for x in hhmm.split(":"))
        return loc.toString(QTime(h, mnt), QLocale.FormatType.ShortFormat)

    span = t(time) + (f"–{t(time_end)}" if time_end else "")
    if loc.language() == QLocale.Language.Finnish:
        return f"{text} klo {span}"
    return f"{text} {span}"
