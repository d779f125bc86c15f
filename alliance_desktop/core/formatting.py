"""Numbers, money, percentages and dates as text, Finnish or English, without Qt.

Used by the command line, the PDF reports and wherever Qt's QLocale is not at hand.
The Finnish forms match what QLocale("fi") writes, so screen and paper agree:

    fi  1 234 567,89 €    −1 234,50 €    6,0 %    3.12.2025    20.2.2026 klo 16.00
    en  €1,234,567.89     -€1,234.50     6.0%     3 Dec 2025   20 Feb 2026 at 16:00

Finnish uses a no-break space (U+00A0) to group thousands and before "€" and "%",
and the minus sign U+2212 (as QLocale does); English uses commas, "€" in front
and the ASCII hyphen-minus. `parse_number` reads both languages' forms back.
"""

from __future__ import annotations

import datetime as _dt
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from numbers import Rational
from typing import TYPE_CHECKING

from .. import i18n
from ..i18n import translate
from .errors import PlanError, shown

if TYPE_CHECKING:
    from fractions import Fraction  # not imported at run time: a millisecond of the start-up

NBSP = "\u00a0"
NARROW_NBSP = "\u202f"
MINUS = "\u2212"
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")



def _lang(lang: str | None) -> str:
    return lang or i18n.language()


def to_decimal(value: Decimal | float | Fraction | str) -> Decimal:
    """A Decimal for formatting: floats by their shortest text (0.1 -> 0.1), fractions to 28 digits."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        return Decimal(int(value))
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, Rational):  # a Fraction (Decimal, int and float are handled above)
        return Decimal(value.numerator) / Decimal(value.denominator)
    return Decimal(value)


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    return sep.join(parts)


def _number_parts(value: Decimal, decimals: int | None) -> tuple[bool, str, str]:
    """(negative, integer digits, fraction digits) after rounding half up; exact at any size
    (a precision wide enough for the value, not the 28 digits of the default context)."""
    with localcontext() as ctx:
        ctx.prec = max(28, value.adjusted() + (decimals or 0) + 3, len(value.as_tuple().digits) + 1)
        return _rounded_parts(value, decimals)


def _rounded_parts(value: Decimal, decimals: int | None) -> tuple[bool, str, str]:
    if decimals is None:
        d = value.normalize() if value != 0 else Decimal(0)
        if d.as_tuple().exponent > 0:  # 1E+3 -> 1000
            d = d.quantize(Decimal(1))
    else:
        d = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    negative = d < 0  # "-0,00" is written without a sign
    text = format(abs(d), "f")
    whole, _, frac = text.partition(".")
    return negative, whole, frac


def format_number(value: Decimal | float | Fraction, decimals: int | None = 2, lang: str | None = None,
                  grouping: bool = True) -> str:
    """1 234 567,89 (fi) / 1,234,567.89 (en), rounded half up; decimals=None shows as many as needed."""
    lang = _lang(lang)
    value = to_decimal(value)
    if not value.is_finite() or value.adjusted() > 60 or decimals is None and value.adjusted() < -60:
        # no real figure (validation refuses these): shown as is, never a long hang or an error
        return shown(str(value))
    negative, whole, frac = _number_parts(value, decimals)
    if lang == "fi":
        group_sep, dec_sep, minus = NBSP, ",", MINUS
    else:
        group_sep, dec_sep, minus = ",", ".", "-"
    text = _group(whole, group_sep) if grouping else whole
    if frac:
        text += dec_sep + frac
    return (minus if negative else "") + text


def format_money(value: Decimal | float | Fraction, lang: str | None = None, decimals: int | None = 2) -> str:
    """Euros: "1 234 567,89 €" (fi) / "€1,234,567.89" (en).

    decimals=0 rounds to whole euros; decimals=None shows cents only when the amount has any
    ("88 000 €" but "88 000,05 €"), which reads well aloud.
    """
    lang = _lang(lang)
    d = to_decimal(value)
    if decimals is None:
        d = d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        decimals = 0 if d == d.to_integral_value() else 2
    number = format_number(d, decimals, lang)
    if lang == "fi":
        return number + NBSP + "€"
    if number.startswith("-"):
        return "-€" + number[1:]
    return "€" + number


def format_percent(value: Decimal | float | Fraction, decimals: int | None = 1, lang: str | None = None) -> str:
    """A value already in percent units (5 -> "5,0 %" fi, "5.0%" en); decimals=None: as many as needed."""
    lang = _lang(lang)
    number = format_number(value, decimals, lang)
    return number + (NBSP + "%" if lang == "fi" else "%")


def format_date(value: _dt.date | None, lang: str | None = None) -> str:
    """3.12.2025 (fi) / 3 Dec 2025 (en); "" for None."""
    if value is None:
        return ""
    if _lang(lang) == "fi":
        return f"{value.day}.{value.month}.{value.year}"
    return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"


def _time(hour: int, minute: int, lang: str) -> str:
    return f"{hour}.{minute:02d}" if lang == "fi" else f"{hour:02d}:{minute:02d}"


def _parse_hhmm(text: str) -> tuple[int, int]:
    h, _, mnt = text.partition(":")
    return int(h), int(mnt)


def format_datetime(value: _dt.datetime | _dt.date | None, time: str = "", time_end: str = "",
                    lang: str | None = None) -> str:
    """20.2.2026 klo 16.00 (fi) / 20 Feb 2026 at 16:00 (en).

    `value` is a datetime, or a date with the time of day as "HH:MM" text (as markers store it);
    `time_end` makes a span: "3.12.2025 klo 12.00–13.00". A plain date without `time` is just the date.
    """
    if value is None:
        return ""
    lang = _lang(lang)
    if isinstance(value, _dt.datetime):
        start = (value.hour, value.minute)
        day = value.date()
    else:
        day = value
        if not time:
            return format_date(day, lang)
        start = _parse_hhmm(time)
    span = _time(*start, lang)
    if time_end:
        span += "–" + _time(*_parse_hhmm(time_end), lang)
    joiner = " klo " if lang == "fi" else " at "
    return format_date(day, lang) + joiner + span


# ---------------------------------------------------------------- parsing

# Patterns as text: `re` compiles each on first use and keeps it (compiling them all on import was
# 0.6 ms of every start, which reads no number typed).
_SPACES = r"[\s\u00a0\u202f\u2009\u2007]+"
_AFFIXES = r"(?i)^(?:€|eur|%)\s*|\s*(?:€|eur|%)$"
_GROUPED = {sep: r"^[0-9]{1,3}(?:" + re.escape(sep) + r"[0-9]{3})+$" for sep in (",", ".", " ")}


def parse_number(text: str, lang: str | None = None) -> Decimal:
    """Read a number typed in either language: "1 234 567,89", "1234567.89", "1 234,5 €", "−5", "1,234.5".

    Spaces of any kind (also no-break and narrow no-break) may group thousands; a lone "," or "."
    is the decimal separator; when both appear the last one is. In English (`lang`, by default the
    current language) "1,000" is one thousand: a lone comma followed by exactly three digits groups.
    A leading "+", "-" or "−" sets the sign, and "€", "EUR" or "%" around the number is ignored. Anything else ("abc", "1,2,3")
    raises PlanError with a message in the current language.
    """
    if not isinstance(text, str):
        raise PlanError(translate("Formatting", "Enter a number."))
    original = text
    s = re.sub(_SPACES, " ", text).strip()
    if not s:
        raise PlanError(translate("Formatting", "Enter a number."))

    def bad() -> PlanError:
        return PlanError(translate("Formatting", "“{text}” is not a number.").format(text=shown(original.strip())))

    negative = False
    if s[0] in "+-\u2212":
        negative = s[0] != "+"
        s = s[1:].strip()
    for _ in range(2):
        s = re.sub(_AFFIXES, "", s).strip()
    if s[:1] in ("-", "\u2212", "+") and not negative:  # "€ -5" / "-€5" order
        negative = s[0] != "+"
        s = s[1:].strip()
    if not s or not re.fullmatch(r"[0-9.,]+(?: [0-9.,]+)*", s):
        raise bad()
    commas, dots = s.count(","), s.count(".")
    if " " in s:
        # spaces group thousands; then a single "," or "." may be the decimal separator
        if commas + dots > 1:
            raise bad()
        whole, _, frac = s.replace(".", ",").partition(",")
        if not re.match(_GROUPED[" "], whole):
            raise bad()
        whole = whole.replace(" ", "")
    elif commas and dots:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        grp = "." if dec == "," else ","
        if s.count(dec) != 1:
            raise bad()
        whole, frac = s.split(dec)
        if not re.match(_GROUPED[grp], whole):
            raise bad()
        whole = whole.replace(grp, "")
    elif commas > 1 or dots > 1:
        grp = "," if commas else "."
        if not re.match(_GROUPED[grp], s):
            raise bad()
        whole, frac = s.replace(grp, ""), ""
    elif commas and _lang(lang) == "en" and re.fullmatch(r"[1-9][0-9]{0,2},[0-9]{3}", s):
        whole, frac = s.replace(",", ""), ""
    elif commas or dots:
        whole, frac = s.split("," if commas else ".")
    else:
        whole, frac = s, ""
    if not re.fullmatch(r"[0-9]+", whole + frac):
        raise bad()
    try:
        value = Decimal((whole or "0") + ("." + frac if frac else ""))
    except InvalidOperation:  # pragma: no cover - the patterns above admit ASCII digits only
        raise bad() from None
    return -value if negative else value
