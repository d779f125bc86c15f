"""`alliance-desktop simulate` (issue 21): the same seed gives the same bytes; refusals are one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal

from alliance_desktop.core import uncertainty as unc
from alliance_desktop.core.interchange import plan_from_text
from alliance_desktop.templates import demo_text


def simulate(*args, tmp_path):
    env = dict(os.environ, ALLIANCE_DESKTOP_DATA_DIR=str(tmp_path / "data"))
    return subprocess.run([sys.executable, "-m", "alliance_desktop", "simulate", *args], capture_output=True,
                          text=True, env=env, timeout=120, check=False)


def test_json_is_the_cores_result_and_the_same_seed_gives_the_same_bytes(tmp_path):
    source = tmp_path / "keusote.json"
    source.write_text(demo_text("keusote"), "utf-8")
    a = simulate(str(source), "--json", "--draws", "800", "--seed", "7", "--sensitivity", tmp_path=tmp_path)
    b = simulate(str(source), "--json", "--draws", "800", "--seed", "7", "--sensitivity", tmp_path=tmp_path)
    assert a.returncode == 0, a.stderr
    assert a.stdout == b.stdout
    plan = plan_from_text(demo_text("keusote"))
    assert a.stdout == unc.result_json_text(unc.simulate(plan, 800, 7), unc.tornado(plan, 800, 7))
    obj = json.loads(a.stdout, parse_float=Decimal)
    assert obj["seed"] == 7 and obj["draws"] == 800 and len(obj["sensitivity"]["bars"]) == 6
    c = simulate(str(source), "--json", "--draws", "800", "--seed", "8", tmp_path=tmp_path)
    assert json.loads(c.stdout)["contract"] != json.loads(a.stdout)["contract"]


def test_the_table_in_finnish(tmp_path):
    source = tmp_path / "hyvaks.json"
    source.write_text(demo_text("hyvaks"), "utf-8")
    result = simulate(str(source), "--draws", "300", "--lang", "fi", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Tavoitekustannus epävarmuuden vallitessa" in result.stdout and "P80" in result.stdout
    assert "p1 (toteuma)" in result.stdout


def test_bad_input_is_one_line_and_status_2(tmp_path):
    source = tmp_path / "hyvaks.json"
    source.write_text(demo_text("hyvaks"), "utf-8")
    result = simulate(str(source), "--draws", "0", "--lang", "fi", tmp_path=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip() == "Arvontojen määrän on oltava 1–200000."
    bad = tmp_path / "bad.json"
    obj = json.loads(demo_text("hyvaks"))
    obj["risks"][0]["cost"]["minimum"] = 10**9
    bad.write_text(json.dumps(obj), "utf-8")
    result = simulate(str(bad), "--lang", "fi", tmp_path=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and "vähimmäiskustannus on suurempi kuin enimmäiskustannus" in result.stderr
