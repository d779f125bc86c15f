"""The command line contract: new, check, export-json, import-json, --screenshot, --version; clear refusals."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import subprocess
import sys

import pytest

from alliance_desktop import templates
from alliance_desktop.commands import main
from alliance_desktop.core.interchange import loads


def run(*args, capsys):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_check_export_import_round_trip(tmp_path, capsys):
    project = tmp_path / "keusote.alliance"
    assert run("new", str(project), "--template", "keusote", capsys=capsys)[0] == 0
    code, out, err = run("check", str(project), capsys=capsys)
    assert code == 0 and err == ""
    assert "kunnossa" in out and "Keusote" in out
    exported = tmp_path / "a.json"
    assert run("export-json", str(project), str(exported), capsys=capsys)[0] == 0
    assert exported.read_text("utf-8") == templates.demo_text("keusote")
    again = tmp_path / "b.alliance"
    assert run("import-json", str(exported), str(again), capsys=capsys)[0] == 0
    exported2 = tmp_path / "b.json"
    assert run("export-json", str(again), str(exported2), capsys=capsys)[0] == 0
    assert exported2.read_text("utf-8") == exported.read_text("utf-8")


def test_new_and_import_refuse_to_overwrite(tmp_path, capsys):
    target = tmp_path / "x.alliance"
    target.write_bytes(b"precious")
    code, out, err = run("new", str(target), capsys=capsys)
    assert code != 0 and "on jo olemassa" in err and err.count("\n") == 1
    src = tmp_path / "in.json"
    src.write_text(templates.demo_text("hyvaks"), "utf-8")
    code, out, err = run("import-json", str(src), str(target), capsys=capsys)
    assert code != 0 and target.read_bytes() == b"precious"


def _demo_obj():
    return loads(templates.demo_text("keusote"))


def _break(obj, how):
    obj = copy.deepcopy(obj)
    if how == "format":
        obj["format"] = "something-else"
    elif how == "version":
        obj["version"] = 2
    elif how == "money_text":
        obj["commercial"]["periods"][0]["target"]["fee"] = "paljon"
    elif how == "negative_cost":
        obj["commercial"]["periods"][0]["actual"]["production"] = -5
    elif how == "negative_weight":
        obj["metrics"][0]["calibrations"][0]["weight"] = -1
    elif how == "shares":
        obj["commercial"]["gain_share_percent"]["buyer"] = 45
    elif how == "end_before_start":
        obj["commercial"]["periods"][0]["end"] = "2020-01-01"
    return obj


@pytest.mark.parametrize(
    ("how", "field"),
    [
        ("format", "format"),
        ("version", "version"),
        ("money_text", "commercial.periods[0].target.fee"),
        ("negative_cost", "commercial.periods[0].actual.production"),
        ("negative_weight", "metrics[0].calibrations[0].weight"),
        ("shares", "commercial.gain_share_percent"),
        ("end_before_start", "commercial.periods[0].end"),
    ],
)
def test_import_refusals_name_the_field_and_leave_nothing(tmp_path, capsys, how, field):
    src = tmp_path / "in.json"
    src.write_text(json.dumps(_break(_demo_obj(), how), default=float), "utf-8")
    out_file = tmp_path / "out.alliance"
    code, out, err = run("import-json", str(src), str(out_file), capsys=capsys)
    assert code == 2
    # one specific line (the core's validation words it, naming the thing as the user sees it), not the
    # command line's catch-all for hostile input
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "kelvollinen allianssiprojekti" not in err and "not a valid alliance project" not in err
    assert list(tmp_path.iterdir()) == [src]


def test_import_refuses_invalid_json_in_english(tmp_path, capsys):
    src = tmp_path / "in.json"
    src.write_text('{"format": "alliance-project", ', "utf-8")
    code, out, err = run("import-json", "--lang", "en", str(src), str(tmp_path / "o.alliance"), capsys=capsys)
    assert code != 0 and err.startswith("The file is not valid JSON (line 1")
    assert not (tmp_path / "o.alliance").exists()


def test_small_hand_written_json_is_a_valid_project(tmp_path, capsys):
    src = tmp_path / "in.json"
    src.write_text('{"format": "alliance-project", "version": 1, "project": {"name": "Pieni"}}', "utf-8")
    out_file = tmp_path / "o.alliance"
    assert run("import-json", str(src), str(out_file), capsys=capsys)[0] == 0
    assert run("check", str(out_file), capsys=capsys)[0] == 0


def _bad_files(tmp_path):
    good = tmp_path / "good.alliance"
    main(["new", str(good), "--template", "hyvaks"])
    data = good.read_bytes()
    files = {
        "empty": b"",
        "random": os.urandom(8192),
        "text": "Tämä on tekstiä.\n".encode() * 100,
        "truncated": data[: len(data) // 2 + 100],
    }
    damaged = bytearray(data)
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(1, len(data) // page_size):  # every b-tree page header after the first page
        damaged[page * page_size: page * page_size + 12] = b"\xff" * 12
    files["damaged"] = bytes(damaged)
    paths = []
    for name, content in files.items():
        path = tmp_path / f"{name}.alliance"
        path.write_bytes(content)
        paths.append(path)
    return paths


def test_check_bad_files_one_line_and_unchanged(tmp_path, capsys):
    paths = _bad_files(tmp_path)
    capsys.readouterr()
    for path in [*paths, tmp_path / "missing.alliance", tmp_path]:
        before = digest(path) if path.is_file() else None
        code, out, err = run("check", str(path), capsys=capsys)
        assert code != 0, path
        assert err.count("\n") == 1 and "Traceback" not in err, err
        if before:
            assert digest(path) == before
        assert not path.with_name(path.name + "-journal").exists()


def test_settle_json_on_demo(tmp_path, capsys):
    project = tmp_path / "k.alliance"
    main(["new", str(project), "--template", "keusote"])
    capsys.readouterr()
    code, out, err = run("settle", str(project), "--json", capsys=capsys)
    assert code == 0
    result = json.loads(out)
    assert [p["key"] for p in result["periods"]] == ["p1", "p2", "p3", "p4"]
    assert set(result["totals"]) >= {"target_cost", "buyer_total_cost", "producer_payment"}


def test_usage_error_is_one_translated_line(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--view", "nowhere"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("Virheellinen komentorivi") and err.count("\n") == 1


@pytest.mark.parametrize("argv, finnish, english", [
    (["--bogus", "--lang", "fi"], "tuntemattomat argumentit: --bogus", "unrecognized arguments: --bogus"),
    (["--view", "--lang", "fi"], "argumentti --view: arvo puuttuu", "argument --view: expected one argument"),
    (["--lang", "sv"], "argumentti --lang: virheellinen valinta 'sv' (vaihtoehdot: 'fi', 'en')",
     "argument --lang: invalid choice: 'sv' (choose from 'fi', 'en')"),
    (["report", "--lang", "fi"], "nämä argumentit puuttuvat: path, -o/--output",
     "the following arguments are required: path, -o/--output"),
    (["simulate", "x.alliance", "--draws", "paljon", "--lang", "fi"],
     "argumentti --draws: virheellinen arvo 'paljon' (odotettiin: kokonaisluku)",
     "argument --draws: invalid value: 'paljon' (expected a whole number)"),
])
def test_argparse_mistakes_are_said_in_finnish_whole(argv, finnish, english, tmp_path):
    """argparse's own messages (its gettext has no Finnish) in the user's language, the whole line;
    in English they stay argparse's own."""
    env = dict(os.environ, ALLIANCE_DESKTOP_DATA_DIR=str(tmp_path))
    for lang, expected, prefix in (("fi", finnish, "Virheellinen komentorivi: "),
                                   ("en", english, "Invalid command line: ")):
        # the language from --lang, or (a refused --lang) from the app's settings
        (tmp_path / "settings.ini").write_text(f"[General]\nlanguage={lang}\n", encoding="utf-8")
        line = [lang if a == "fi" and argv[i - 1] == "--lang" else a for i, a in enumerate(argv)]
        done = subprocess.run([sys.executable, "-m", "alliance_desktop", *line], capture_output=True, text=True,
                              env=env, timeout=60, check=False)
        assert done.returncode == 2 and done.stdout == ""
        assert done.stderr == prefix + expected + "\n"


def test_help_headings_in_finnish(capsys):
    for argv in (["--help", "--lang", "fi"], ["report", "--help", "--lang", "fi"]):
        with pytest.raises(SystemExit):
            main(argv)
        out = capsys.readouterr().out
        assert out.startswith("käyttö: alliance-desktop")
        assert "\nvalitsimet:\n" in out and "-h, --help" in out and "näytä tämä ohje ja lopeta" in out
        for english in ("usage:", "options:", "positional arguments", "show this help"):
            assert english not in out
    with pytest.raises(SystemExit):
        main(["report", "--help", "--lang", "en"])
    assert capsys.readouterr().out.startswith("usage: alliance-desktop report")


def test_window_help_and_mistakes_speak_the_chosen_language(tmp_path, monkeypatch, capsys):
    """The window's start leaves its texts untranslated until shown: help and mistakes still come translated."""
    from alliance_desktop import i18n

    monkeypatch.setattr(i18n, "_language", i18n._language)  # restored afterwards
    monkeypatch.setenv("ALLIANCE_DESKTOP_DATA_DIR", str(tmp_path))
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "avattava projektitiedosto" in capsys.readouterr().out
    (tmp_path / "settings.ini").write_text("[General]\nlanguage=en\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "project file to open" in capsys.readouterr().out
    i18n.set_language("fi")
    with pytest.raises(SystemExit):
        main(["--bogus"])
    assert capsys.readouterr().err.startswith("Invalid command line: unrecognized arguments: --bogus")
    with pytest.raises(SystemExit):
        main(["--bogus", "--lang", "fi"])
    assert capsys.readouterr().err.startswith("Virheellinen komentorivi")


def _gui(*args, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ALLIANCE_DESKTOP_DATA_DIR=str(tmp_path / "data"))
    return subprocess.run([sys.executable, "-m", "alliance_desktop", *args], capture_output=True, text=True,
                          env=env, timeout=120, check=False)


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_screenshot_of_overview(tmp_path, lang):
    from PySide6.QtGui import QImage

    png = tmp_path / f"overview-{lang}.png"
    result = _gui("--demo", "keusote", "--view", "overview", "--lang", lang, "--screenshot", str(png),
                  tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1600, 1000)
    # not blank: the sidebar, cards and text give many distinct colours
    colours = {image.pixel(x, y) for x in range(0, 1600, 23) for y in range(0, 1000, 17)}
    assert len(colours) > 20


def test_screenshot_size(tmp_path):
    """--size WxH sets the screenshot's size in logical pixels; a bad size is one line, exit 2, no PNG."""
    from PySide6.QtGui import QImage

    png = tmp_path / "overview-1280.png"
    result = _gui("--demo", "keusote", "--view", "overview", "--screenshot", str(png), "--size", "1280x720",
                  tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1280, 720)
    for bad in ("12x", "0x0", "99999x1", "x720", "1280*720"):
        bad_png = tmp_path / "bad.png"
        result = _gui("--demo", "keusote", "--screenshot", str(bad_png), "--size", bad, "--lang", "en",
                      tmp_path=tmp_path)
        assert result.returncode == 2 and not bad_png.exists()
        assert result.stderr.count("\n") == 1 and f"“{bad}”" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr


def test_window_size_parsing():
    from alliance_desktop.commands import window_size

    assert window_size("1280x720") == (1280, 720) and window_size(" 1366 X 768 ") == (1366, 768)
    assert window_size("1600×1000") == (1600, 1000)
    assert [window_size(t) for t in ("12x", "0x0", "99999x1", "639x480", "", "1280x720x1")] == [None] * 6


def test_version(tmp_path):
    result = _gui("--version", tmp_path=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("alliance-desktop ")


def test_report_command_writes_a_pdf(tmp_path, capsys):
    from pypdf import PdfReader

    project = tmp_path / "h.alliance"
    main(["new", str(project), "--template", "hyvaks"])
    out_pdf = tmp_path / "h.pdf"
    code, out, err = run("report", str(project), "-o", str(out_pdf), "--lang", "en", "--sections", "cover",
                         "commercial", capsys=capsys)
    assert code == 0, err
    text = "".join(page.extract_text() for page in PdfReader(str(out_pdf)).pages)
    assert "Commercial model" in text and "Risks" not in text
    code, out, err = run("report", str(tmp_path / "missing.alliance"), "-o", str(tmp_path / "x.pdf"), capsys=capsys)
    assert code != 0 and err.count("\n") == 1 and not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("argv", [[], ["Keusote.alliance"], ["C:\\Users\\x\\plan.alliance"], ["--demo", "keusote"],
                                  ["--demo", "hyvaks"], ["--demo", "keusote", "--view", "timeline"], ["--lang", "en"]])
def test_the_everyday_window_starts_read_as_argparse_reads_them(argv):
    from alliance_desktop import commands as cli, templates

    assert cli.DEMOS == templates.DEMOS
    assert cli._window_arguments(argv) == cli._gui_parser(argv).parse_args(argv)


def test_every_argument_of_every_command_is_explained_in_its_help():
    """`alliance-desktop COMMAND --help` explains each argument (a bare "path" told the official nothing)."""
    import argparse

    from alliance_desktop.commands import COMMANDS, _command_parser

    for command in COMMANDS:
        parser = _command_parser(command)
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices[command]
        unexplained = [a.dest for a in sub._actions if not a.help]
        assert unexplained == [], f"{command}: {unexplained}"
