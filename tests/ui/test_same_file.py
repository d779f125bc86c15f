"""Every file dialog refuses the open project (and its companions), however the path is spelled.

A dialog pointed at the open project must not read it (on POSIX, closing any descriptor of the file
drops the SQLite lock: a second window could then open it too and both would write) nor write over it
(later edits would go to the unlinked old file and vanish). Each case checks, from another process,
that the file's bytes are unchanged and that the lock still holds; then an edit still lands in the file.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from alliance_desktop.core import edits
from alliance_desktop.storage.projectfile import check
from alliance_desktop.ui.dialogs import same_file_message

_PROBE = textwrap.dedent("""
    import hashlib, sys
    from alliance_desktop.storage.projectfile import ProjectFile, StorageError
    path = sys.argv[1]
    with open(path, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    try:
        ProjectFile.open(path, backup=False).close()
        state = "opened"
    except StorageError as e:
        state = e.kind
    print(digest, state)
""")


def _probe(path: Path) -> tuple[str, str]:
    """(sha-256 of the file, "locked" or "opened"), seen by another process."""
    out = subprocess.run([sys.executable, "-c", _PROBE, str(path)], capture_output=True, text=True, timeout=60,
                         check=False)
    digest, state = out.stdout.split()
    return digest, state


def _spellings(project: Path, tmp_path: Path, suffix: str = "") -> dict[str, Path]:
    """The project's path, another spelling of it, and a link to it (named with `suffix`)."""
    other = project.parent / "sub"
    other.mkdir(exist_ok=True)
    link = tmp_path / f"link{suffix}"
    if not link.exists():
        link.symlink_to(project)
    return {"same": project, "spelled": other / ".." / "." / project.name, "link": link}


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kw: shown.append(args[2]) or QMessageBox.StandardButton.Ok)
    return shown


@pytest.fixture
def guarded(window, project_path):
    """The window; `guarded.verify()`, called at the end of a test, checks that the project was neither read
    nor written (from another process: its bytes, and its lock still held), and still takes edits."""
    before, state = _probe(project_path)
    assert state == "locked"

    def verify() -> None:
        after, state = _probe(project_path)
        assert state == "locked", "the open project lost its lock"
        assert after == before, "the open project's file was changed"
        assert window.document.apply("Rename", lambda plan: edits.set_project(plan, name="Still saved"))
        window.close_project()
        assert check(project_path).project.name == "Still saved"

    window.verify = verify
    return window


def _patch_dialogs(monkeypatch, open_path=None, save_path=None):
    calls = []
    if open_path is not None:
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            lambda *a, **k: calls.append("open") or (str(open_path), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: calls.append("save") or (str(save_path or ""), ""))
    return calls


@pytest.mark.parametrize("spelling", ["same", "spelled", "link"])
def test_import_json_of_the_open_project_is_refused_without_reading_it(guarded, project_path, tmp_path,
                                                                        monkeypatch, warnings, spelling):
    chosen = _spellings(project_path, tmp_path, ".json")[spelling]
    calls = _patch_dialogs(monkeypatch, open_path=chosen)
    guarded.import_json()
    assert warnings == [same_file_message(chosen)]
    assert calls == ["open"]  # not asked where to save: nothing was read
    guarded.verify()


def test_import_json_into_the_open_project_is_refused(guarded, project_path, tmp_path, monkeypatch, warnings):
    from alliance_desktop.core.interchange import dumps, plan_to_json

    source = tmp_path / "plan.json"
    source.write_text(dumps(plan_to_json(guarded.document.plan)), "utf-8")
    journal = Path(str(project_path) + "-journal")
    for target in (project_path, journal):
        warnings.clear()
        _patch_dialogs(monkeypatch, open_path=source, save_path=target)
        guarded.import_json()
        assert warnings == [same_file_message(target)]
    assert not journal.exists()
    guarded.verify()


@pytest.mark.parametrize("spelling", ["same", "spelled", "link"])
def test_export_json_onto_the_open_project_is_refused(guarded, project_path, tmp_path, monkeypatch, warnings,
                                                      spelling):
    chosen = _spellings(project_path, tmp_path)[spelling]
    _patch_dialogs(monkeypatch, save_path=chosen)
    guarded.export_json()
    assert warnings == [same_file_message(chosen)]
    guarded.verify()


@pytest.mark.parametrize("spelling", ["same", "spelled", "link"])
def test_save_a_copy_onto_the_open_project_is_refused(guarded, project_path, tmp_path, monkeypatch, warnings,
                                                      spelling):
    chosen = _spellings(project_path, tmp_path, ".alliance")[spelling]
    _patch_dialogs(monkeypatch, save_path=chosen)
    guarded.save_copy()
    assert warnings == [same_file_message(chosen)]
    guarded.verify()


def test_a_copy_of_the_journal_name_without_the_suffix_is_refused_too(guarded, project_path, monkeypatch, warnings):
    """Save a copy adds .alliance; a name ending in -journal.alliance is another file and is saved."""
    target = Path(str(project_path) + "-journal")
    _patch_dialogs(monkeypatch, save_path=target)
    guarded.save_copy()
    assert warnings == [] and Path(str(target) + ".alliance").exists()
    guarded.verify()


def test_export_pdf_onto_the_open_project_is_refused(guarded, project_path, tmp_path, monkeypatch):
    from alliance_desktop.ui.export_pdf import ExportPdfDialog

    chosen = _spellings(project_path, tmp_path, ".pdf")["link"]  # the dialog adds .pdf to other names
    _patch_dialogs(monkeypatch, save_path=chosen)
    dialog = ExportPdfDialog(guarded, guarded.document)
    dialog._browse()
    dialog.export()
    assert dialog.wait()
    assert dialog.status.text() == same_file_message(chosen)
    assert dialog.written is None
    guarded.verify()


def test_export_pdf_worker_refuses_the_project_even_if_the_first_check_was_passed(guarded, project_path, tmp_path):
    """The worker writes with not_onto: a link made to the project after the check is refused too."""
    from alliance_desktop.fileutil import SameFileError
    from alliance_desktop.ui.export_pdf import _build

    link = tmp_path / "late.pdf"
    link.symlink_to(project_path)
    with pytest.raises(SameFileError):
        _build(guarded.document.plan, link, "fi", ["cover"], project_path)
    guarded.verify()


def _measurements(window):
    window.show_view("metrics")
    view = window.views["metrics"]
    return view, view.measurements


@pytest.mark.parametrize("spelling", ["same", "spelled", "link"])
def test_csv_import_of_the_open_project_is_refused_without_reading_it(guarded, project_path, tmp_path, monkeypatch,
                                                                       spelling):
    chosen = _spellings(project_path, tmp_path, ".csv")[spelling]
    _patch_dialogs(monkeypatch, open_path=chosen)
    _view, tab = _measurements(guarded)
    dialog = tab.import_dialog()
    dialog.choose_file()
    assert dialog.result.text() == same_file_message(chosen)
    assert dialog.imported is None
    dialog.close()
    guarded.verify()


@pytest.mark.parametrize("spelling", ["same", "spelled", "link"])
def test_csv_export_onto_the_open_project_is_refused(guarded, project_path, tmp_path, monkeypatch, spelling):
    chosen = _spellings(project_path, tmp_path, ".csv")[spelling]
    _patch_dialogs(monkeypatch, save_path=chosen)
    view, tab = _measurements(guarded)
    tab.export()
    assert view.message.text() == same_file_message(chosen)
    guarded.verify()


def test_csv_import_reads_regular_files_only(window, tmp_path, monkeypatch):
    import os

    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here (Windows)")
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    _view, tab = _measurements(window)
    dialog = tab.import_dialog()
    assert not dialog.load(fifo)  # returns at once: a named pipe is not opened
    assert "pipe.csv" in dialog.result.text()
    dialog.close()


def test_timeline_picture_onto_the_open_project_is_refused(guarded, project_path, tmp_path, monkeypatch, warnings):
    from PySide6.QtWidgets import QDialog

    from alliance_desktop.ui.timeline.export import TimelineExportDialog

    chosen = _spellings(project_path, tmp_path, ".png")["link"]
    _patch_dialogs(monkeypatch, save_path=chosen)
    monkeypatch.setattr(TimelineExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    guarded.show_view("timeline")
    timeline = guarded.views["timeline"]
    assert TimelineExportDialog(timeline, guarded.document.plan, timeline.visible_range(), None, {}).run() is None
    assert warnings == [same_file_message(chosen)]
    guarded.verify()


def test_timeline_picture_writer_refuses_the_project(window, project_path, tmp_path):
    import datetime as dt

    from alliance_desktop.fileutil import SameFileError
    from alliance_desktop.ui.timeline.export import export_timeline

    link = tmp_path / "p.svg"
    link.symlink_to(project_path)
    with pytest.raises(SameFileError):
        export_timeline(window.document.plan, link, 640, 360, dt.date(2026, 1, 1), dt.date(2026, 12, 31),
                        not_onto=(project_path,))


@pytest.mark.parametrize("spelling", ["same", "link"])
def test_restore_from_backup_onto_the_open_project_is_refused(guarded, project_path, tmp_path, monkeypatch, warnings,
                                                              spelling):
    from alliance_desktop.ui.dialogs import RestoreBackupDialog

    chosen = _spellings(project_path, tmp_path, ".alliance")[spelling]
    _patch_dialogs(monkeypatch, save_path=chosen)
    guarded.document.file.backup()
    dialog = RestoreBackupDialog(guarded, Path(guarded.document.path))
    assert dialog.list.count() >= 1
    dialog.list.setCurrentRow(0)
    dialog._restore()
    assert warnings == [same_file_message(chosen)]
    assert dialog.restored_path is None
    guarded.verify()


def test_open_of_the_project_by_another_spelling_keeps_the_window_and_its_lock(guarded, project_path, tmp_path,
                                                                              monkeypatch, warnings):
    document = guarded.document
    for chosen in _spellings(project_path, tmp_path, ".alliance").values():
        _patch_dialogs(monkeypatch, open_path=chosen)
        guarded.open_dialog()
        assert guarded.document is document
    assert warnings == []
    journal = Path(str(project_path) + "-journal")
    journal.write_bytes(b"")  # an (empty) journal beside the file: opening it as a project is refused
    try:
        _patch_dialogs(monkeypatch, open_path=journal)
        guarded.open_dialog()
        assert warnings == [same_file_message(journal)]
        assert guarded.document is document
    finally:
        journal.unlink()
    guarded.verify()


def test_import_json_in_utf16_says_to_save_it_as_utf8(window, tmp_path, monkeypatch, warnings):
    from alliance_desktop.core.interchange import dumps, plan_to_json

    text = dumps(plan_to_json(window.document.plan))
    for name, data in (("bom.json", text.encode("utf-16")), ("le.json", text.encode("utf-16-le")),
                       ("32.json", text.encode("utf-32"))):
        warnings.clear()
        source = tmp_path / name
        source.write_bytes(data)
        calls = _patch_dialogs(monkeypatch, open_path=source)
        window.import_json()
        assert len(warnings) == 1 and "UTF-16" in warnings[0] and "UTF-8" in warnings[0], warnings
        assert "codec" not in warnings[0] and "position" not in warnings[0]
        assert calls == ["open"]
    warnings.clear()
    source = tmp_path / "latin.json"
    source.write_bytes(text.encode("utf-8").replace(b"\xc3\xa4", b"\xe4"))  # ä in Latin-1
    _patch_dialogs(monkeypatch, open_path=source)
    window.import_json()
    assert len(warnings) == 1 and "UTF-8" in warnings[0] and "codec" not in warnings[0]


def test_chain_picture_onto_the_open_project_is_refused(guarded, project_path, tmp_path, monkeypatch, warnings):
    chosen = _spellings(project_path, tmp_path, ".png")["link"]
    _patch_dialogs(monkeypatch, save_path=chosen)
    guarded.show_view("chains")
    view = guarded.views["chains"]
    assert view.chain is not None
    view.export_chain("png")
    assert warnings == [same_file_message(chosen)]
    guarded.verify()
