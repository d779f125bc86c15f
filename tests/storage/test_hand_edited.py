"""Hand-edited project files (an SQL UPDATE on a good demo copy): reading a file checks it by the same rules
as an import (validation.validate_plan), so `check` and opening refuse what import-json would refuse, with one
message naming the thing as the user sees it. For every case: `check` refuses, or the file's export-json
output is accepted by import-json (check, export and import agree)."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from alliance_desktop.core.errors import PlanError
from alliance_desktop.core.interchange import dumps, plan_from_text, plan_to_json
from alliance_desktop.storage.projectfile import ProjectFile, StorageError, check, create_file

from .conftest import digest

K = StorageError
STEP = "chain = 'kotona_asuminen' AND key = 'palvelutarve'"
LONG = "'" + "x" * 300 + "'"

# (id, SQL, fragments the refusal names; None: the file is acceptable). The tables are STRICT, so a value of
# the wrong type (text in a whole-number column, bytes for a name) cannot be written at all; CHECK constraints
# can be switched off by an editor (PRAGMA ignore_check_constraints), so those cases do that.
CASES = [
    ("role evil", "UPDATE parties SET role = 'evil' WHERE key = 'buyer'",
     ["Party “Keski-Uudenmaan hyvinvointialue (Keusote)”", "role", "“evil”"]),
    ("area status bogus", "UPDATE areas SET status = 'bogus' WHERE key = 'hyvinkaa'", ["Area “Hyvinkää”", "“bogus”"]),
    ("step scope maybe", f"UPDATE chain_steps SET scope = 'maybe' WHERE {STEP}",
     ["Step “Palvelutarpeen arviointi”", "“maybe”"]),
    ("scope cell maybe", "UPDATE scope_cells SET state = 'maybe' WHERE package = 'avosairaanhoito' "
                         "AND area = 'hyvinkaa'", ["scope matrix", "“maybe”"]),
    ("phase kind", "UPDATE phases SET kind = 'party' WHERE key = 'strategia'", ["Phase “Strategiavaihe”", "type"]),
    ("marker kind", "UPDATE markers SET kind = 'x' WHERE key = 'mvp_tilaisuus'",
     ["Milestone “Markkinavuoropuhelutilaisuus ja kysymykset”"]),
    ("gate state", "UPDATE markers SET state = 'maybe' WHERE key = 'paatos_kilpailutus'", ["“maybe”"]),
    ("time zz", "UPDATE markers SET time = 'zz' WHERE key = 'mvp_tilaisuus'",
     ["Milestone “Markkinavuoropuhelutilaisuus ja kysymykset”", "“zz”"]),
    ("provider kind", f"UPDATE chain_steps SET provider_kind = 'alien' WHERE {STEP}", ["“alien”"]),
    ("direction sideways", "UPDATE metrics SET direction = 'sideways' WHERE key = 'asiakastyytyvaisyys'",
     ["Metric “Kotihoidon asiakastyytyväisyys”", "“sideways”"]),
    ("task stage", "UPDATE procurement_tasks SET stage = 'later' WHERE key = 'tarpeet'", ["“later”"]),
    ("document status", "UPDATE documents SET status = 'lost' WHERE key = 'prosessikuvaus'",
     ["Document “Prosessikuvaus”", "“lost”"]),
    ("risk status", "UPDATE risks SET status = 'gone' WHERE key = 'kartelli'",
     ["Risk “Tietojenvaihtokartellin riski”", "“gone”"]),
    ("risk likelihood 9", "UPDATE risks SET likelihood = 9 WHERE key = 'kartelli'",
     ["Risk “Tietojenvaihtokartellin riski”", "likelihood"]),
    ("KPI score 5", "UPDATE scenario_periods SET kpi_score = '5' WHERE scenario = 'varovainen' AND position = 0",
     ["Scenario “Varovainen arvio”", "KPI score"]),
    ("KPI score negative", "UPDATE scenario_periods SET kpi_score = '-0.1' WHERE scenario = 'varovainen' "
                           "AND position = 0", ["KPI score", "negative"]),
    ("gain cap 1e400", "UPDATE commercial SET gain_cap_percent = '1E+400'", ["cap on shared savings"]),
    ("gain cap text", "UPDATE commercial SET gain_cap_percent = 'lots'", ["cap on shared savings", "“lots”"]),
    ("fee 1e999999999", "UPDATE periods SET target_fee = '1E+999999999' WHERE key = 'p1'",
     ["Service period “Palvelujakso 1 (2 v, havainnollistava)”", "target fee", "too large"]),
    ("fee 1e-999999999", "UPDATE periods SET target_fee = '1E-999999999' WHERE key = 'p1'",
     ["target fee", "whole cents"]),
    ("money in tenths of cents", "UPDATE periods SET target_overhead = '1.005' WHERE key = 'p1'",
     ["target overhead", "whole cents"]),
    ("money negative", "UPDATE periods SET target_production = '-5' WHERE key = 'p1'", ["negative"]),
    ("number with spaces", "UPDATE periods SET target_production = ' 5' WHERE key = 'p1'",
     ["target production costs", "“ 5”"]),
    ("measurement text", "UPDATE measurements SET value = 'abc' WHERE metric = 'asiakastyytyvaisyys' "
                         "AND period = 'p1'", ["Metric “Kotihoidon asiakastyytyväisyys”", "“abc”"]),
    ("date year 1", "UPDATE phases SET start_date = '0001-01-01' WHERE key = 'strategia'",
     ["Phase “Strategiavaihe”", "start date", "1900"]),
    ("date year 9999", "UPDATE phases SET end_date = '9999-12-31' WHERE key = 'strategia'",
     ["Phase “Strategiavaihe”", "end date", "2200"]),
    ("date text", "UPDATE phases SET end_date = 'zz' WHERE key = 'strategia'",
     ["Phase “Strategiavaihe”", "end date", "“zz” is not a date"]),
    ("date compact", "UPDATE markers SET date = '20251203' WHERE key = 'mvp_tilaisuus'", ["“20251203”"]),
    ("date week", "UPDATE procurement_tasks SET due = '2026-W05-1' WHERE key = 'tarpeet'", ["“2026-W05-1”"]),
    ("period ends before it starts", "UPDATE periods SET end_date = '2000-01-01' WHERE key = 'p1'",
     ["Service period “Palvelujakso 1 (2 v, havainnollistava)”"]),
    ("title too long", f"UPDATE risks SET title = {LONG} WHERE key = 'kartelli'", ["300 characters"]),
    ("empty name", "UPDATE parties SET name = '' WHERE key = 'buyer'", ["Party", "name", "empty"]),
    ("ends alliance 2", "PRAGMA ignore_check_constraints = ON; UPDATE markers SET ends_alliance = 2 WHERE key = 'paatos_kilpailutus'",
     ["true or false"]),
    ("pain cap kind", "PRAGMA ignore_check_constraints = ON; UPDATE commercial SET producer_pain_cap_kind = 'lots'",
     ["cap on the producer's cost sanction", "“lots”"]),
    ("shares 99", "UPDATE commercial_shares SET percent = '49' WHERE share_table = 'gain_share_percent' "
                  "AND position = 0", ["100 %"]),
    ("analysis heading twice", "INSERT INTO chain_analysis (chain, position, heading, text) SELECT chain, 99, "
                               "heading, 'toinen' FROM chain_analysis WHERE chain = 'kotona_asuminen' LIMIT 1",
     ["Service chain “Ikääntyneen kotona asumisen ja hoivan palveluketju”", "analysis", "twice"]),
    ("levels equal", "UPDATE calibrations SET target = threshold WHERE metric = 'asiakastyytyvaisyys'",
     ["Metric “Kotihoidon asiakastyytyväisyys”"]),
    # broken references (foreign keys are off in a plain sqlite3 session): named, not "damaged"
    ("scenario deleted", "DELETE FROM scenarios WHERE key = 'varovainen'",
     ["Scenario “varovainen” is missing", "service periods"]),
    ("area deleted", "DELETE FROM areas WHERE key = 'hyvinkaa'", ["scope matrix", "“hyvinkaa”"]),
    ("period deleted", "DELETE FROM periods WHERE key = 'p3'", ["“p3”"]),
    # acceptable edits: check passes, and export + import agree
    ("a new name", "UPDATE parties SET name = 'Uusi nimi' WHERE key = 'buyer'", None),
    ("actual with no part entered", "UPDATE periods SET has_actual = 1, actual_fee = NULL, actual_overhead = NULL, "
                                    "actual_production = NULL WHERE key = 'p3'", None),
    ("date at the edge", "UPDATE phases SET start_date = '1900-01-01' WHERE key = 'strategia'", None),
    ("own analysis heading", "UPDATE chain_analysis SET heading = 'oma otsikko' WHERE position = 0", None),
    ("undated milestone", "UPDATE markers SET date = NULL, time = '', time_end = '' WHERE key = 'mvp_tilaisuus'",
     None),
]

_INTERNAL = re.compile(r"\[\d+\]|\b(parties|areas|phases|markers|chain_steps|metrics|periods|risks|commercial|"
                       r"scope_cells|scenario_periods|measurements|procurement_tasks|documents)\.[a-z_]+")


@pytest.fixture(scope="module")
def good_file(tmp_path_factory):
    from .conftest import demo_plans

    plans = dict(demo_plans())
    if "keusote" not in plans:
        pytest.skip("the Keusote demo is not there")
    folder = tmp_path_factory.mktemp("hyva")
    path = folder / "keusote.alliance"
    create_file(path, plans["keusote"])
    return path


def _edited(good: Path, folder: Path, sql: str) -> Path:
    path = folder / "käsin muokattu.alliance"
    shutil.copyfile(good, path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        *pragmas, update = sql.split("; ")
        for pragma in pragmas:
            conn.execute(pragma)
        changed = conn.execute(update).rowcount
    finally:
        conn.close()
    assert changed >= 1, sql  # the edit hit a row: the case tests what it says
    return path


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_check_refuses_or_export_and_import_agree(case, good_file, tmp_path):
    _name, sql, fragments = case
    path = _edited(good_file, tmp_path, sql)
    before = digest(path)
    started = time.perf_counter()
    try:
        plan = check(path)
    except StorageError as exc:
        assert time.perf_counter() - started < 2
        text = str(exc)
        assert exc.kind == K.BAD_CONTENT, text
        assert fragments is not None, f"refused an acceptable file: {text}"
        assert "\n" not in text and len(text) < 600 and str(path) in text
        assert not _INTERNAL.search(text.replace(str(path), "")), text  # no internal field paths
        for fragment in fragments:
            assert fragment in text, (fragment, text)
        with pytest.raises(StorageError) as opened:  # opening refuses with the same message
            ProjectFile.open(path)
        assert str(opened.value) == text
        assert digest(path) == before
        return
    assert fragments is None, f"check passed a file it should refuse ({fragments})"
    back = plan_from_text(dumps(plan_to_json(plan)))  # what import-json reads from export-json's output
    assert back == plan
    with ProjectFile.open(path) as pf:
        assert pf.plan == plan and not pf.read_only


def test_a_metric_against_its_direction_still_opens_read_write(good_file, tmp_path):
    """Older files may hold levels that contradict the direction (issue 15): they open and can be edited;
    the metrics view warns. Import refuses such levels, so they are not in this agreement set."""
    path = _edited(good_file, tmp_path, "UPDATE metrics SET direction = 'lower_is_better' "
                                        "WHERE key = 'asiakastyytyvaisyys'")
    plan = check(path)
    with ProjectFile.open(path) as pf:
        assert not pf.read_only and pf.plan == plan
        metric = pf.plan.metrics[0]
        assert metric.direction == "lower_is_better"
        assert metric.calibrations[0].target > metric.calibrations[0].threshold
    with pytest.raises(PlanError):
        plan_from_text(dumps(plan_to_json(plan)))


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "alliance_desktop", *args], capture_output=True, text=True,
                          timeout=120, env={**os.environ})


def test_commands_agree_in_processes(good_file, tmp_path):
    bad = _edited(good_file, tmp_path, "UPDATE risks SET status = 'gone' WHERE key = 'kartelli'")
    out = _run("check", "--lang", "en", str(bad))
    assert out.returncode != 0 and "Traceback" not in out.stderr
    message = (out.stdout + out.stderr).strip()
    assert "Risk “Tietojenvaihtokartellin riski”" in message and "“gone”" in message
    out = _run("export-json", "--lang", "en", str(bad), str(tmp_path / "bad.json"))
    assert out.returncode != 0 and not (tmp_path / "bad.json").exists()
    good = tmp_path / "hyvä.alliance"
    shutil.copyfile(good_file, good)
    assert _run("export-json", str(good), str(tmp_path / "good.json")).returncode == 0
    out = _run("import-json", str(tmp_path / "good.json"), str(tmp_path / "takaisin.alliance"))
    assert out.returncode == 0, out.stderr
    assert check(tmp_path / "takaisin.alliance") == check(good)
