"""`run_report`: the report command's behaviour (alliance_desktop/commands/report.py)."""

from __future__ import annotations

import io
import os

from alliance_desktop.commands.report import SECTION_NAMES, run_report
from alliance_desktop.templates import demo_text, load_template

from .conftest import CREATED, pdf_text


def _run(*args, **kw):
    out, err = io.StringIO(), io.StringIO()
    code = run_report(*args, out, err, created=CREATED, **kw)
    return code, out.getvalue(), err.getvalue()


def test_report_from_json(tmp_path):
    src = tmp_path / "keusote.json"
    src.write_text(demo_text("keusote"), "utf-8")
    target = tmp_path / "out.pdf"
    code, out, err = _run(src, target, "en", None)
    assert code == 0, err
    assert err == ""
    assert str(target) in out
    pages = len(pdf_text(target.read_bytes()))
    assert f"({pages} pages)" in out


def test_report_from_project_file(tmp_path):
    from alliance_desktop.storage.projectfile import create_file

    src = tmp_path / "hyvaks.alliance"
    create_file(src, load_template("hyvaks"))
    target = tmp_path / "hyvaks.pdf"
    code, out, err = _run(str(src), str(target), "fi", ["overview", "commercial"])
    assert code == 0, err
    assert target.read_bytes().startswith(b"%PDF-")


def test_missing_input_is_one_line_and_no_output(tmp_path):
    target = tmp_path / "out.pdf"
    code, out, err = _run(tmp_path / "nope.alliance", target, "en", None)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not target.exists()


def test_bad_json_and_bad_sections(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", "utf-8")
    code, _, err = _run(bad, tmp_path / "a.pdf", "en", None)
    assert code == 2 and err.count("\n") == 1
    good = tmp_path / "good.json"
    good.write_text(demo_text("hyvaks"), "utf-8")
    code, _, err = _run(good, tmp_path / "b.pdf", "en", ["overview", "gantt"])
    assert code == 2 and "gantt" in err and err.count("\n") == 1
    assert os.listdir(tmp_path) == ["bad.json", "good.json"] or sorted(os.listdir(tmp_path)) == ["bad.json",
                                                                                                  "good.json"]


def test_unwritable_output_and_folder_output(tmp_path):
    good = tmp_path / "good.json"
    good.write_text(demo_text("hyvaks"), "utf-8")
    code, out, err = _run(good, tmp_path / "missing" / "r.pdf", "en", None)
    assert code == 1 and out == "" and err.count("\n") == 1 and "Traceback" not in err
    code, _, err = _run(good, tmp_path, "en", None)
    assert code == 2 and "folder" in err
    assert sorted(os.listdir(tmp_path)) == ["good.json"]


def test_refuses_to_overwrite_the_project(tmp_path):
    src = tmp_path / "plan.json"
    src.write_text(demo_text("hyvaks"), "utf-8")
    code, _, err = _run(src, src, "en", None)
    assert code == 2
    assert src.read_text("utf-8") == demo_text("hyvaks")


def test_section_names_match_the_builder():
    from alliance_desktop.reports.builder import SECTIONS

    assert SECTION_NAMES == SECTIONS
