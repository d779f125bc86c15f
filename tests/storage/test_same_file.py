"""Copies, new files and restored backups are never written onto an open project or its journal,
however the path is spelled (another spelling, a symbolic link, a hard link, the companion files)."""

from __future__ import annotations

import os
import sqlite3

import pytest

from alliance_desktop.storage import projectfile as pfm
from alliance_desktop.storage.projectfile import (
    ProjectFile,
    StorageError,
    check,
    copy_file,
    create_file,
    restore_backup,
)

from .conftest import digest, leftovers, sample_plan
from .test_projectfile import _open_elsewhere, with_notes

K = StorageError


def _spellings(path):
    """Other names of `path`: with `..`, a symbolic link and a hard link to it."""
    folder = path.parent
    (folder / "sub").mkdir()
    link = folder / "linkki.alliance"
    link.symlink_to(path)
    hard = folder / "kova.alliance"
    os.link(path, hard)
    return [folder / "sub" / ".." / path.name, link, hard]


def test_save_copy_refuses_the_open_project_by_any_name(tmp_path):
    path = tmp_path / "Hanke ä.alliance"
    plan = sample_plan()
    create_file(path, plan)
    with ProjectFile.open(path) as pf:
        pf.write(plan, with_notes(plan, "tallessa"))
        # (no digest of the file while it is open: closing a second descriptor would drop the lock)
        before = pf._conn.serialize()
        for target in [path, *_spellings(path), path.with_name(path.name + "-journal"),
                       path.with_name(path.name + "-wal")]:
            with pytest.raises(StorageError) as err:
                pf.save_copy(target)
            assert err.value.kind == K.OPEN_PROJECT, target
            assert "\n" not in str(err.value) and str(target) in str(err.value)
        assert pf._conn.serialize() == before
        assert _open_elsewhere(path) == "locked"
        pf.write(pf.plan, with_notes(pf.plan, "vielä"))
    assert check(path).project.notes == "vielä"
    assert leftovers(tmp_path) == []


def test_new_files_refuse_the_companions_of_an_open_project(tmp_path):
    path = tmp_path / "auki.alliance"
    other = tmp_path / "toinen.alliance"
    plan = sample_plan()
    create_file(path, plan)
    create_file(other, plan)
    with ProjectFile.open(other) as closed_later:
        backup = closed_later.backup_path
    with ProjectFile.open(path) as pf:
        for suffix in ("-journal", "-wal", "-shm"):
            companion = path.with_name(path.name + suffix)
            for attempt in (lambda c=companion: create_file(c, plan), lambda c=companion: copy_file(other, c),
                            lambda c=companion: restore_backup(backup, c)):
                with pytest.raises(StorageError) as err:
                    attempt()
                assert err.value.kind == K.OPEN_PROJECT
                assert not companion.exists()
        for attempt in (lambda: create_file(path, plan), lambda: copy_file(other, path),
                        lambda: restore_backup(backup, path)):
            with pytest.raises(StorageError) as err:
                attempt()
            assert err.value.kind == K.OPEN_PROJECT
        assert _open_elsewhere(path) == "locked"
        pf.write(pf.plan, with_notes(pf.plan, "oma"))
    assert check(path).project.notes == "oma"
    assert leftovers(tmp_path) == []


def test_the_target_turned_into_the_project_meanwhile_is_refused(tmp_path, monkeypatch):
    """The check is made again just before the copy is moved into place."""
    path = tmp_path / "auki.alliance"
    target = tmp_path / "kopio.alliance"
    plan = sample_plan()
    create_file(path, plan)
    real_copy = pfm._copy_database

    def copy_then_link(source, tmp, label):
        real_copy(source, tmp, label)
        target.symlink_to(path)  # someone makes the target a link to the project while we copy

    monkeypatch.setattr(pfm, "_copy_database", copy_then_link)
    before = digest(path)
    with ProjectFile.open(path, backup=False) as pf:
        with pytest.raises(StorageError) as err:
            pf.save_copy(target)
        assert err.value.kind == K.OPEN_PROJECT
        assert _open_elsewhere(path) == "locked"
    assert digest(path) == before
    assert leftovers(tmp_path) == []
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def test_copy_file_refuses_an_open_project_as_its_source(tmp_path):
    """copy_file reads its source with a plain file object: for the open project that would drop its lock."""
    path = tmp_path / "auki.alliance"
    create_file(path, sample_plan())
    with ProjectFile.open(path, backup=False) as pf:
        with pytest.raises(StorageError) as err:
            copy_file(path, tmp_path / "kopio.alliance")
        assert err.value.kind == K.LOCKED
        assert not (tmp_path / "kopio.alliance").exists()
        assert _open_elsewhere(path) == "locked"
        pf.write(pf.plan, with_notes(pf.plan, "oma"))
    assert check(path).project.notes == "oma"
