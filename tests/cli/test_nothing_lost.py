"""Issue 14 on the command line: nothing the user types loses a plan, hangs, or prints a traceback.

Real processes (`python -m alliance_desktop ...`), real files, named pipes and devices. Every refusal
is one short line on stderr and exit 2, and the files involved are left as they were.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys

import pytest

from alliance_desktop import templates

TIMEOUT = 60  # a hang fails the test instead of stalling the suite


def cli(*args, tmp_path, timeout: float = TIMEOUT) -> subprocess.CompletedProcess:
    env = dict(os.environ, ALLIANCE_DESKTOP_DATA_DIR=str(tmp_path / "appdata"), PYTHONIOENCODING="utf-8")
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run([sys.executable, "-m", "alliance_desktop", *map(str, args)], capture_output=True,
                          env=env, timeout=timeout, check=False, cwd=tmp_path)


def text(stream: bytes) -> str:
    """The output as text; lines end in CRLF on Windows (text-mode streams), read here as LF."""
    return stream.decode("utf-8", "replace").replace(os.linesep, "\n")


def assert_one_line_refusal(result: subprocess.CompletedProcess, *, code: int = 2, longest: int = 700) -> str:
    err = text(result.stderr)
    assert result.returncode == code, (result.returncode, err)
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert "Traceback" not in err
    assert "\x1b" not in err and "\r" not in err, repr(err[:200])
    assert len(err) <= longest, len(err)
    return err


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def project_bytes(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("project")
    path = folder / "hyvaks.alliance"
    result = cli("new", path, "--template", "hyvaks", tmp_path=folder)
    assert result.returncode == 0, text(result.stderr)
    return path.read_bytes()


@pytest.fixture
def project(tmp_path, project_bytes):
    path = tmp_path / "plan.alliance"
    path.write_bytes(project_bytes)
    return path


# ---------------------------------------------------------------- outputs never replace the input


def test_export_json_onto_its_own_project_is_refused(tmp_path, project):
    before = digest(project)
    err = assert_one_line_refusal(cli("export-json", project, project, "--lang", "en", tmp_path=tmp_path))
    assert "is the file being read" in err and "plan.alliance" in err
    assert digest(project) == before
    assert cli("check", project, tmp_path=tmp_path).returncode == 0


@pytest.mark.parametrize("spelling", ["dotdot", "relative", "symlink", "journal"])
def test_export_json_onto_another_spelling_of_its_project_or_its_journal_is_refused(tmp_path, project, spelling):
    (tmp_path / "sub").mkdir()
    target = {
        "dotdot": tmp_path / "sub" / ".." / project.name,
        "relative": project.name,  # the process runs in tmp_path
        "symlink": tmp_path / "link.alliance",
        "journal": tmp_path / (project.name + "-journal"),
    }[spelling]
    if spelling == "symlink":
        os.symlink(project, target)
    before = digest(project)
    assert_one_line_refusal(cli("export-json", project, target, tmp_path=tmp_path))
    assert digest(project) == before
    assert not (tmp_path / (project.name + "-journal")).exists()
    assert {p.name for p in tmp_path.iterdir()} - {"appdata"} == {"sub", project.name} | (
        {"link.alliance"} if spelling == "symlink" else set())


def test_report_onto_its_own_input_is_refused(tmp_path, project):
    source = tmp_path / "plan.json"
    assert cli("export-json", project, source, tmp_path=tmp_path).returncode == 0
    before = digest(source)
    assert_one_line_refusal(cli("report", source, "-o", source, tmp_path=tmp_path))
    assert digest(source) == before
    before = digest(project)
    assert_one_line_refusal(cli("report", project, "-o", tmp_path / (project.name + "-journal"), tmp_path=tmp_path))
    assert digest(project) == before and not (tmp_path / (project.name + "-journal")).exists()


def test_import_json_onto_its_own_input_is_refused(tmp_path, project):
    source = tmp_path / "plan.json"
    assert cli("export-json", project, source, tmp_path=tmp_path).returncode == 0
    before = digest(source)
    assert_one_line_refusal(cli("import-json", source, source, tmp_path=tmp_path))
    assert digest(source) == before


def test_outputs_leave_no_temporary_files(tmp_path, project):
    out = tmp_path / "out"
    out.mkdir()
    assert cli("export-json", project, out / "a.json", tmp_path=tmp_path).returncode == 0
    assert cli("report", project, "-o", out / "a.pdf", "--sections", "cover", tmp_path=tmp_path).returncode == 0
    assert cli("import-json", out / "a.json", out / "b.alliance", tmp_path=tmp_path).returncode == 0
    assert cli("new", out / "c.alliance", tmp_path=tmp_path).returncode == 0
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "a.pdf", "b.alliance", "c.alliance"]


# ---------------------------------------------------------------- inputs: regular files of a sane size only


def _fifo(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    path = tmp_path / "pipe.alliance"
    os.mkfifo(path)
    return path


INPUT_COMMANDS = [
    ("settle",),
    ("report", "-o", "out.pdf"),
    ("import-json", "@", "out.alliance"),
    ("check",),
    ("export-json", "@", "out.json"),
]


def _args(command, path):
    name, *rest = command
    if "@" in rest:
        return [name, *(str(path) if a == "@" else a for a in rest)]
    return [name, str(path), *rest]


@pytest.mark.parametrize("command", INPUT_COMMANDS, ids=lambda c: c[0])
def test_a_named_pipe_is_refused_at_once(tmp_path, command):
    pipe = _fifo(tmp_path)
    result = cli(*_args(command, pipe), "--lang", "en", tmp_path=tmp_path, timeout=30)
    err = assert_one_line_refusal(result)
    if command[0] in ("settle", "report", "import-json"):  # read as JSON (project files: storage refuses it)
        assert "not a regular file" in err
    assert not (tmp_path / "out.pdf").exists() and not (tmp_path / "out.alliance").exists()


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
@pytest.mark.parametrize("command", INPUT_COMMANDS, ids=lambda c: c[0])
def test_a_device_is_refused_at_once(tmp_path, command):
    assert_one_line_refusal(cli(*_args(command, "/dev/zero"), tmp_path=tmp_path, timeout=30))


@pytest.mark.parametrize("command", INPUT_COMMANDS, ids=lambda c: c[0])
def test_a_folder_is_refused(tmp_path, command):
    folder = tmp_path / "folder.alliance"
    folder.mkdir()
    err = assert_one_line_refusal(cli(*_args(command, folder), "--lang", "en", tmp_path=tmp_path))
    assert "folder" in err


@pytest.mark.parametrize("command", [c for c in INPUT_COMMANDS if c[0] in ("settle", "report", "import-json")],
                         ids=lambda c: c[0])
def test_a_too_big_file_is_refused_without_reading_it(tmp_path, command):
    from alliance_desktop.fileutil import MAX_INPUT_BYTES

    big = tmp_path / "big.json"
    with open(big, "wb") as f:  # sparse: the size is there, the disk stays empty
        f.truncate(MAX_INPUT_BYTES + 1)
    err = assert_one_line_refusal(cli(*_args(command, big), "--lang", "en", tmp_path=tmp_path, timeout=30))
    assert "larger than" in err


# ---------------------------------------------------------------- a path that exists is a path


@pytest.mark.parametrize("name", ["{brace}.alliance", "{ spaced }.json"])
def test_a_file_whose_name_starts_with_a_brace_is_read_as_a_file(tmp_path, project, name):
    odd = tmp_path / name
    if name.endswith(".json"):
        assert cli("export-json", project, odd, tmp_path=tmp_path).returncode == 0
    else:
        odd.write_bytes(project.read_bytes())
    result = cli("settle", name, "--json", tmp_path=tmp_path)  # as typed, in its folder
    assert result.returncode == 0, text(result.stderr)
    assert json.loads(result.stdout)["periods"]
    result = cli("report", name, "-o", tmp_path / "r.pdf", "--sections", "cover", tmp_path=tmp_path)
    assert result.returncode == 0, text(result.stderr)
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF-")


def test_json_text_is_still_accepted_when_no_such_file_exists(tmp_path):
    # Windows limits a command line to 32 767 characters (the demo's text has 50 000): compact, without the lists
    # the settlement does not read
    obj = dict(json.loads(templates.demo_text("hyvaks")), risks=[], procurement_tasks=[], documents=[])
    compact = json.dumps(obj, separators=(",", ":"), ensure_ascii=False)
    assert len(compact) < 32_000
    result = cli("settle", compact, "--json", tmp_path=tmp_path)
    assert result.returncode == 0, text(result.stderr)


# ---------------------------------------------------------------- messages quote user text safely


HOSTILE = "\x1b]0;owned\x07\x1b[2J\rEVIL"


def test_escape_codes_in_a_file_name_never_reach_the_terminal(tmp_path):
    missing = tmp_path / f"{HOSTILE}.json"
    for args in (("settle", missing), ("check", missing), ("import-json", missing, tmp_path / "o.alliance"),
                 ("report", missing, "-o", tmp_path / "o.pdf")):
        err = assert_one_line_refusal(cli(*args, tmp_path=tmp_path))
        assert "\\x1b" in err  # shown, escaped


def _demo_obj():
    return json.loads(templates.demo_text("hyvaks"))


@pytest.mark.parametrize("command", ["import-json", "settle", "report"])
def test_a_huge_hostile_value_makes_a_short_safe_line(tmp_path, command):
    obj = _demo_obj()
    obj["commercial"]["periods"][0]["target"]["fee"] = HOSTILE + "A" * 1_000_000
    src = tmp_path / "bad.json"
    src.write_text(json.dumps(obj), "utf-8")
    args = {"import-json": (src, tmp_path / "o.alliance"), "settle": (src,), "report": (src, "-o", tmp_path / "o.pdf")}
    assert_one_line_refusal(cli(command, *args[command], tmp_path=tmp_path))
    assert not (tmp_path / "o.alliance").exists() and not (tmp_path / "o.pdf").exists()


def _deep(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text('{"format": "alliance-project", "version": 1, "project": {"name": "x", "goals": '
                    + "[" * 100_000 + "]" * 100_000 + "}}", "utf-8")
    return path


def _long_integer(tmp_path):
    obj = _demo_obj()
    obj["commercial"]["periods"][0]["target"]["fee"] = 0
    path = tmp_path / "long.json"
    path.write_text(json.dumps(obj).replace('"fee": 0', '"fee": ' + "9" * 5000, 1), "utf-8")
    return path


def _lone_surrogate(tmp_path):
    obj = _demo_obj()
    path = tmp_path / "surrogate.json"
    path.write_text(json.dumps(obj).replace('"name": "', '"name": "\\ud800', 1), "utf-8")
    return path


@pytest.mark.parametrize("make", [_deep, _long_integer, _lone_surrogate])
@pytest.mark.parametrize("command", ["import-json", "settle", "report"])
def test_hostile_json_is_a_refusal_never_a_traceback(tmp_path, make, command):
    src = make(tmp_path)
    args = {"import-json": (src, tmp_path / "o.alliance"), "settle": (src,), "report": (src, "-o", tmp_path / "o.pdf")}
    result = cli(command, *args[command], tmp_path=tmp_path)
    err = text(result.stderr)
    assert "Traceback" not in err and err.count("\n") <= 1, err[:2000]
    if result.returncode == 0:  # accepted, as a plan the app can hold (a surrogate may be taken as text)
        return
    assert_one_line_refusal(result)
    assert not (tmp_path / "o.alliance").exists() and not (tmp_path / "o.pdf").exists()


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize("encoding, named", [("utf-16", "UTF-16"), ("utf-16-le", "UTF-16"), ("utf-32", "UTF-32")])
@pytest.mark.parametrize("command", ["import-json", "settle", "report"])
def test_a_json_file_in_utf16_or_utf32_gets_one_line_about_its_encoding(tmp_path, encoding, named, command):
    src = tmp_path / "wide.json"
    src.write_bytes(templates.demo_text("hyvaks").encode(encoding))
    args = {"import-json": (src, tmp_path / "o.alliance"), "settle": (src,), "report": (src, "-o", tmp_path / "o.pdf")}
    err = assert_one_line_refusal(cli(command, *args[command], "--lang", "en", tmp_path=tmp_path))
    assert named in err and "UTF-8" in err


@pytest.mark.parametrize("command", ["export-json", "report", "import-json", "new"])
@pytest.mark.parametrize("suffix", ["-journal", "-wal"])
def test_no_output_is_named_as_the_journal_of_another_project(tmp_path, project, command, suffix):
    """Such a file beside a project would be taken for the remains of an interrupted save when it is opened."""
    other = tmp_path / "other.alliance"
    other.write_bytes(project.read_bytes())
    before = digest(other)
    source = tmp_path / "plan.json"
    assert cli("export-json", project, source, tmp_path=tmp_path).returncode == 0
    target = tmp_path / ("other.alliance" + suffix)
    args = {"export-json": (project, target), "report": (project, "-o", target, "--sections", "cover"),
            "import-json": (source, target), "new": (target,)}[command]
    err = assert_one_line_refusal(cli(command, *args, "--lang", "en", tmp_path=tmp_path))
    assert "journal" in err and "other.alliance" in err
    assert not target.exists() and digest(other) == before
    assert cli("check", other, tmp_path=tmp_path).returncode == 0


def test_the_settlement_table_shows_escape_codes_from_the_file_escaped(tmp_path):
    obj = _demo_obj()
    period = obj["commercial"]["periods"][0]
    old_key = period["key"]
    period["name"] = HOSTILE
    src = tmp_path / "escapes.json"
    src.write_text(json.dumps(obj).replace(json.dumps(old_key), json.dumps("\x1b[31mK\rX")), "utf-8")
    result = cli("settle", src, tmp_path=tmp_path)
    assert result.returncode == 0, text(result.stderr)
    assert b"\x1b" not in result.stdout and "\r" not in text(result.stdout)
    assert "\\x1b[31mK\\rX" in text(result.stdout)
