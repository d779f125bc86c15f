"""Finnish and English numbers, money, percentages and dates without Qt, and reading numbers back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alliance_desktop import i18n
from alliance_desktop.core.errors import PlanError
from alliance_desktop.core.formatting import (
    format_date,
    format_datetime,
    format_money,
    format_number,
    format_percent,
    parse_number,
)

D = Decimal
NB = "\u00a0"


def test_money_finnish():
    assert format_money(D("1234567.89"), "fi") == f"1{NB}234{NB}567,89{NB}€"
    assert format_money(D("-1234.5"), "fi") == f"\u22121{NB}234,50{NB}€"
    assert format_money(D("0.005"), "fi") == f"0,01{NB}€"  # half up
    assert format_money(D("999.995"), "fi") == f"1{NB}000,00{NB}€"
    assert format_money(D("1234567.89"), "fi", decimals=0) == f"1{NB}234{NB}568{NB}€"
    assert format_money(D("88000.00"), "fi", decimals=None) == f"88{NB}000{NB}€"
    assert format_money(D("88000.05"), "fi", decimals=None) == f"88{NB}000,05{NB}€"
    assert format_money(D("-0.001"), "fi") == f"0,00{NB}€"  # no "−0,00"


def test_money_english():
    assert format_money(D("1234567.89"), "en") == "€1,234,567.89"
    assert format_money(D("-1234.5"), "en") == "-€1,234.50"
    assert format_money(D(12), "en", decimals=0) == "€12"
    assert format_money(D(100), "en") == "€100.00"


def test_money_uses_the_current_language():
    i18n.set_language("fi")
    assert format_money(D(1000)).endswith("€")
    i18n.set_language("en")
    assert format_money(D(1000)) == "€1,000.00"


def test_numbers_and_percentages():
    assert format_number(D("1234.5678"), 2, "fi") == f"1{NB}234,57"
    assert format_number(D("1234.5678"), 0, "en") == "1,235"
    assert format_number(D("1234.5"), 2, "en", grouping=False) == "1234.50"
    assert format_number(D("2.500"), None, "fi") == "2,5"
    assert format_number(D("1E+3"), None, "en") == "1,000"
    assert format_number(1.1, 1, "en") == "1.1"
    assert format_percent(D(6), lang="fi") == f"6,0{NB}%"
    assert format_percent(D("58.6666"), 1, "en") == "58.7%"
    assert format_percent(D(5), None, "fi") == f"5{NB}%"
    assert format_percent(D("-2.25"), 1, "fi") == f"\u22122,3{NB}%"


def test_dates_and_times():
    assert format_date(dt.date(2025, 12, 3), "fi") == "3.12.2025"
    assert format_date(dt.date(2025, 12, 3), "en") == "3 Dec 2025"
    assert format_date(None, "fi") == ""
    assert format_datetime(dt.datetime(2026, 2, 20, 16, 0), lang="fi") == "20.2.2026 klo 16.00"
    assert format_datetime(dt.datetime(2026, 2, 20, 16, 0), lang="en") == "20 Feb 2026 at 16:00"
    assert format_datetime(dt.date(2025, 12, 3), "12:00", "13:00", "fi") == "3.12.2025 klo 12.00–13.00"
    assert format_datetime(dt.date(2025, 12, 3), "09:05", lang="en") == "3 Dec 2025 at 09:05"
    assert format_datetime(dt.date(2025, 12, 3), "09:05", lang="fi") == "3.12.2025 klo 9.05"
    assert format_datetime(dt.date(2025, 12, 3), lang="fi") == "3.12.2025"


@pytest.mark.parametrize("text, value", [
    ("1 234 567,89", "1234567.89"),
    ("1234567.89", "1234567.89"),
    ("1 234,5 €", "1234.5"),
    (f"1{NB}234{NB}567,89{NB}€", "1234567.89"),
    ("1\u202f234,5", "1234.5"),
    ("-12,5", "-12.5"),
    ("\u221212,5", "-12.5"),
    (f"\u22121{NB}234,50{NB}€", "-1234.50"),
    ("+7", "7"),
    ("€1,234,567.89", "1234567.89"),
    ("-€1,234.50", "-1234.50"),
    ("1.234.567,89", "1234567.89"),
    ("1,234,567", "1234567"),
    ("12,5 %", "12.5"),
    ("0,586667", "0.586667"),
    (",5", "0.5"),
    ("  42  ", "42"),
    ("100 EUR", "100"),
])
def test_parse_number_accepts(text, value):
    assert parse_number(text) == D(value)


@pytest.mark.parametrize("text", ["abc", "1,2,3", "", "   ", "1 2", "12 34,5", "1.2,3", "1,234.567,8", "--5",
                                  "1e5", ".", "5-", "1 234.567,8", "NaN", "Infinity", "€", "12abc",
                                  "\u00b2", "\u0661\u0662", "1_000"])
def test_parse_number_refuses(text):
    with pytest.raises(PlanError) as info:
        parse_number(text)
    assert info.value.message


def test_parse_number_comma_grouping_in_english():
    assert parse_number("1,000", "en") == D(1000)
    assert parse_number("12,345", "en") == D(12345)
    assert parse_number("0,586", "en") == D("0.586")
    assert parse_number("1,5", "en") == D("1.5")
    assert parse_number("1,000", "fi") == D("1.000")  # Finnish: the comma is the decimal separator
    assert parse_number("1.000", "en") == D("1.000")


def test_parse_number_message_is_translated_text(_language):
    i18n.set_language("en")
    with pytest.raises(PlanError) as info:
        parse_number("abc")
    assert info.value.message == "“abc” is not a number."
    with pytest.raises(PlanError) as info:
        parse_number("")
    assert info.value.message == "Enter a number."


amounts = st.decimals(min_value=-10**12, max_value=10**12, places=2, allow_nan=False, allow_infinity=False)


@settings(max_examples=300, database=None)
@given(amounts, st.sampled_from(["fi", "en"]))
def test_formatted_money_reads_back(value, lang):
    assert parse_number(format_money(value, lang), lang) == value
    assert parse_number(format_number(value, 2, lang), lang) == value


@settings(max_examples=200, database=None)
@given(st.decimals(min_value=-10**9, max_value=10**9, places=4, allow_nan=False, allow_infinity=False),
       st.sampled_from(["fi", "en"]), st.integers(0, 4))
def test_formatting_rounds_half_up(value, lang, places):
    expected = value.quantize(D(1).scaleb(-places), rounding="ROUND_HALF_UP")
    assert parse_number(format_number(value, places, lang), lang) == expected


def test_numbers_beyond_28_digits_are_formatted_exactly_never_raise():
    """Issue 14: amounts beyond 28 significant digits ended in "Unexpected error … InvalidOperation"."""
    from alliance_desktop.core.formatting import format_money, format_number

    assert format_number(D("123456789012345678901234567890.123"), 2, "en") == "123,456,789,012,345,678,901,234,567,890.12"
    assert format_money(D("123456789012345678901234567890.125"), "en") == "€123,456,789,012,345,678,901,234,567,890.13"
    assert format_number(D("100.00000000000000000000000000000001"), None, "en") == "100.00000000000000000000000000000001"
    # absurd values (validation refuses them) come back at once as their own text
    assert format_number(D("1e999999999"), 2, "en") == "1E+999999999"
    assert format_number(D("1E-999999999"), 2, "en") == "0.00"


def test_parse_number_quotes_the_text_safely():
    from alliance_desktop.core.errors import PlanError
    from alliance_desktop.core.formatting import parse_number

    with pytest.raises(PlanError) as err:
        parse_number("\x1b[31m" + "x" * 1000, "en")
    assert "\x1b" not in str(err.value) and len(str(err.value)) < 120
