"""`check`, `export-json` and `import-json` agree on what a good file is (issues 14 and 15).

A file of an earlier version may hold metric levels that count against the metric's direction. The window
opens it (and warns until fixed); import-json refuses such levels. So `check` refuses it too, naming the
metric and saying where to correct it, and a file `check` passes always exports to JSON that imports.
"""

from __future__ import annotations

import hashlib
import sqlite3

from tests.cli.test_nothing_lost import assert_one_line_refusal, cli, text


def _swap_first_calibration(path) -> None:
    conn = sqlite3.connect(path)
    metric, period = conn.execute("SELECT metric, from_period FROM calibrations WHERE weight > 0 LIMIT 1").fetchone()
    conn.execute("UPDATE calibrations SET threshold = target, target = threshold WHERE metric = ? AND from_period = ?",
                 (metric, period))
    conn.commit()
    conn.close()


def test_check_refuses_levels_against_the_direction_as_import_does(tmp_path):
    project = tmp_path / "k.alliance"
    assert cli("new", project, "--template", "keusote", tmp_path=tmp_path).returncode == 0
    good = cli("check", project, "--lang", "en", tmp_path=tmp_path)
    assert good.returncode == 0, text(good.stderr)
    _swap_first_calibration(project)
    before = hashlib.sha256(project.read_bytes()).hexdigest()

    err = assert_one_line_refusal(cli("check", project, "--lang", "en", tmp_path=tmp_path))
    assert "metrics view" in err and "Metric “" in err and "higher is better" in err
    fi = assert_one_line_refusal(cli("check", project, tmp_path=tmp_path))
    assert "mittarinäkymässä" in fi and "Mittari ”" in fi

    # export still works (the user's data can always be taken out), and import refuses what check refused
    out = tmp_path / "k.json"
    assert cli("export-json", project, out, tmp_path=tmp_path).returncode == 0
    assert_one_line_refusal(cli("import-json", out, tmp_path / "again.alliance", tmp_path=tmp_path))
    assert hashlib.sha256(project.read_bytes()).hexdigest() == before  # nothing was changed


def test_a_file_check_passes_round_trips(tmp_path):
    for demo in ("keusote", "hyvaks"):
        project = tmp_path / f"{demo}.alliance"
        assert cli("new", project, "--template", demo, tmp_path=tmp_path).returncode == 0
        assert cli("check", project, tmp_path=tmp_path).returncode == 0
        out = tmp_path / f"{demo}.json"
        assert cli("export-json", project, out, tmp_path=tmp_path).returncode == 0
        back = cli("import-json", out, tmp_path / f"{demo}-back.alliance", tmp_path=tmp_path)
        assert back.returncode == 0, text(back.stderr)


def test_report_says_which_characters_the_font_could_not_print(tmp_path):
    from alliance_desktop import templates
    from alliance_desktop.core.interchange import dumps, plan_to_json

    data = plan_to_json(templates.load_template("keusote"))
    data["project"]["name"] = "Hanke 😀 ✓"
    source = tmp_path / "emoji.json"
    source.write_text(dumps(data), encoding="utf-8")
    result = cli("report", source, "-o", tmp_path / "r.pdf", "--sections", "cover", "--lang", "en", tmp_path=tmp_path)
    assert result.returncode == 0, text(result.stderr)
    err = text(result.stderr)
    assert err.count("\n") == 1 and "😀" in err and "font" in err and "Traceback" not in err
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
