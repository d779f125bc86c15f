"""CSV import of measurements as Excel saves it: good files in, bad files reported by line and column, all or nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from alliance_desktop import i18n, templates
from alliance_desktop.core import metrics_csv as mc
from alliance_desktop.core import metrics_edits as me
from alliance_desktop.core.errors import PlanError
from alliance_desktop.core.validation import validate_plan

D = Decimal
BOM = b"\xef\xbb\xbf"


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("fi")


@pytest.fixture
def plan():
    return templates.load_template("hyvaks")


def value(plan, metric, period):
    return me.measurement(me.find_metric(plan, metric), period)


GOOD = (
    "mittari;jakso;arvo\r\n"
    "jonotusajat;p3;88\r\n"
    "Hoitojakson kesto;Palvelujakso 3 (2 v, havainnollistava);1,75\r\n"
    "hoitokustannukset;p3;3 650,5\r\n"
    "ASIAKASTYYTYVÄISYYS;p3;71\r\n"
    "\r\n"
    "jonotusajat;lähtötaso;152\r\n"
)


@pytest.mark.parametrize("bom", [True, False], ids=["bom", "no-bom"])
def test_good_file_with_and_without_bom(plan, bom):
    data = (BOM if bom else b"") + GOOD.encode("utf-8")
    result = mc.import_measurements(plan, data)
    new = result.plan
    assert value(new, "jonotusajat", "p3") == D(88)
    assert value(new, "hoitojakso", "p3") == D("1.75")
    assert value(new, "hoitokustannukset", "p3") == D("3650.5")
    assert value(new, "asiakastyytyvaisyys", "p3") == D(71)
    assert me.find_metric(new, "jonotusajat").baseline == D(152)
    assert (result.values, result.changed, result.skipped) == (5, 5, 0)
    # measurements not in the file stay as they were
    assert value(new, "jonotusajat", "p1") == value(plan, "jonotusajat", "p1")
    assert me.find_metric(new, "tuottavuus") is me.find_metric(plan, "tuottavuus")
    validate_plan(new)


def test_windows_1252_file_from_plain_excel_csv(plan):
    data = "Mittari;Jakso;Arvo\r\nAsiakastyytyväisyys;p3;70,5\r\n".encode("cp1252")
    assert value(mc.import_measurements(plan, data).plan, "asiakastyytyvaisyys", "p3") == D("70.5")


def test_columns_in_any_order_english_names_quotes_and_extra_columns(plan):
    text = ('Value;Notes;Period;Metric\n'
            '"1,9";"note; with a semicolon";p3;hoitojakso\n'
            '-2;;p3;hairiot\n'
            '4.5;;p3;tuottavuus\n')
    new = mc.import_measurements(plan, text.encode()).plan
    assert value(new, "hoitojakso", "p3") == D("1.9")
    assert value(new, "hairiot", "p3") == D(-2)
    assert value(new, "tuottavuus", "p3") == D("4.5")


def test_empty_value_rows_are_skipped(plan):
    result = mc.import_measurements(plan, b"mittari;jakso;arvo\njonotusajat;p3;\njonotusajat;p2;90\n")
    assert (result.values, result.skipped) == (1, 1)
    assert value(result.plan, "jonotusajat", "p3") is None
    assert value(result.plan, "jonotusajat", "p2") == D(90)
    assert result.changed == 1


def test_export_then_import_is_the_same_plan(plan):
    data = mc.export_measurements(plan, "fi")
    assert data.startswith(BOM)
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == "mittari;jakso;arvo;mittarin nimi;jakson nimi"
    assert "hoitojakso;p1;2,1;Hoitojakson kesto;" in text
    assert "jonotusajat;lähtötaso;150;Jonotusajat;" in text
    result = mc.import_measurements(plan, data)
    assert result.plan == plan and result.changed == 0
    english = mc.export_measurements(plan, "en").decode("utf-8-sig")
    assert english.splitlines()[0] == "metric;period;value;metric name;period name"
    assert mc.import_measurements(plan, english).plan == plan


def test_negative_values_export_with_an_ascii_minus(plan):
    new = me.set_measurement(plan, "hairiot", "p3", D("-1.5"))
    text = mc.export_measurements(new, "fi").decode("utf-8-sig")
    assert "hairiot;p3;-1,5;" in text
    assert mc.import_measurements(new, text).plan == new


# ---------------------------------------------------------------- bad files


def problems_of(plan, data):
    with pytest.raises(mc.CsvImportError) as info:
        mc.import_measurements(plan, data)
    assert isinstance(info.value, PlanError)
    return info.value


def test_bad_rows_are_reported_by_line_and_column_and_nothing_is_imported(plan, english):
    data = ("mittari;jakso;arvo\n"
            "jonotusajat;p3;88\n"
            "jonotusajat;p3;abc\n"
            "tuntematon;p3;1\n"
            "hoitojakso;p7;1,2\n"
            ";p3;5\n"
            "\n"
            "jonotusajat;p3;90\n").encode()
    error = problems_of(plan, data)
    found = [(p.line, p.column, p.header) for p in error.problems]
    assert found == [(3, 3, "arvo"), (4, 1, "mittari"), (5, 2, "jakso"), (6, 1, "mittari"), (8, 2, "jakso")]
    lines = error.message.splitlines()
    assert lines[0] == "The measurements were not imported; nothing was changed. Problems found: 5."
    assert lines[1] == "Line 3, column C (arvo): “abc” is not a number."
    assert lines[2] == "Line 4, column A (mittari): No metric has the key or name “tuntematon”."
    assert lines[3] == "Line 5, column B (jakso): No service period has the key or name “p7”."
    assert lines[4] == "Line 6, column A (mittari): The metric is missing."
    assert lines[5] == "Line 8, column B (jakso): This metric's value for this period is already given on line 2."


def test_problem_messages_are_translated():
    error = problems_of(templates.load_template("hyvaks"), b"mittari;jakso;arvo\njonotusajat;p1;abc\n")
    # the number problem comes from core.formatting, whose Finnish is already in the .ts
    assert "“abc” ei ole luku." in error.message


def test_quoted_cell_over_two_lines_keeps_line_numbers_right(plan):
    data = 'mittari;jakso;arvo;huom\njonotusajat;p3;88;"two\nlines"\njonotusajat;p9;1;\n'.encode()
    error = problems_of(plan, data)
    assert [(p.line, p.column) for p in error.problems] == [(4, 2)]


@pytest.mark.parametrize("data, expected", [
    (b"", "The file is empty."),
    (b"metric,period,value\njonotusajat,p1,5\n", "The columns must be separated by semicolons (;)"),
    (b"jonotusajat\n", "The first line must name the columns"),
    (b"mittari;arvo\njonotusajat;5\n", "no column for the period"),
    (b"mittari;jakso;arvo\n", "The file has no measurements below the first line."),
    (b'mittari;jakso;arvo\njonotusajat;"p1;5\n', "check its quotation marks"),
    (b"mittari;metric;jakso;arvo\njonotusajat;jonotusajat;p1;5\n", "two columns for the same thing"),
])
def test_broken_files(plan, english, data, expected):
    error = problems_of(plan, data)
    assert expected in error.message


def test_two_metrics_with_the_same_name_need_the_key(plan, english):
    twin = me.add_metric(plan, "Jonotusajat")
    error = problems_of(twin, b"mittari;jakso;arvo\nJonotusajat;p3;5\n")
    assert "use the metric's key" in error.message
    ok = mc.import_measurements(twin, b"mittari;jakso;arvo\njonotusajat_2;p3;5\n").plan
    assert value(ok, "jonotusajat_2", "p3") == D(5)


def test_a_long_list_of_problems_is_shortened(plan, english):
    rows = "".join(f"nope{i};p1;1\n" for i in range(30))
    error = problems_of(plan, ("mittari;jakso;arvo\n" + rows).encode())
    assert len(error.problems) == 30
    assert error.message.splitlines()[-1] == "… and 10 more."


def test_column_letters():
    assert [mc.column_letter(n) for n in (1, 3, 26, 27, 52, 53)] == ["A", "C", "Z", "AA", "AZ", "BA"]
