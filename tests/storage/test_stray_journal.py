"""A hot journal beside a project is played back only with a way back: the file and the journal are copied
aside first, and a playback that leaves a file the checks refuse is undone. A journal of *another* file
(renamed or copied beside this one) therefore never destroys a healthy project, and `check` says so
instead of advising an open that would damage it. Real files, real killed writers."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from alliance_desktop.storage import projectfile as pfm
from alliance_desktop.storage.projectfile import ProjectFile, StorageError, check, create_file

from .conftest import demo_plans, digest, sample_plan
from .test_badfiles import _INTERRUPT

K = StorageError


def _hot_journal(db: Path) -> Path:
    """Kill a writer of `db` in the middle of a transaction; return the hot journal it leaves."""
    subprocess.run([sys.executable, "-c", _INTERRUPT, str(db)], check=False, timeout=60)
    journal = db.with_name(db.name + "-journal")
    assert journal.exists()
    return journal


def _project_plan():
    plans = demo_plans()
    return plans[0][1] if plans else sample_plan(metrics=8)


@pytest.fixture
def stray(tmp_path):
    """A healthy project with the hot journal of another project beside it: (path, plan, journal bytes)."""
    path = tmp_path / "Terve hanke ä.alliance"
    plan = _project_plan()
    create_file(path, plan)
    other = tmp_path / "muu" / "toinen.alliance"
    other.parent.mkdir()
    create_file(other, sample_plan(metrics=60))
    journal = _hot_journal(other)
    os.replace(journal, path.with_name(path.name + "-journal"))  # e.g. renamed along with a file
    return path, plan, path.with_name(path.name + "-journal").read_bytes()


def _aside(data_dir: Path) -> list[str]:
    return sorted(n for n in os.listdir(data_dir / "backups") if "before-recovery" in n)


def test_check_says_the_journal_does_not_fit_and_changes_nothing(stray):
    path, _plan, journal_bytes = stray
    before = digest(path)
    with pytest.raises(StorageError) as err:
        check(path)
    assert err.value.kind == K.STRAY_JOURNAL
    text = str(err.value)
    assert "\n" not in text and str(path) in text and "does not fit" in text
    assert "with write access to recover" not in text  # the advice that destroyed the file
    assert digest(path) == before
    assert path.with_name(path.name + "-journal").read_bytes() == journal_bytes


def test_open_keeps_the_project_and_moves_the_journal_aside(stray, data_dir):
    path, plan, journal_bytes = stray
    before = digest(path)
    with pytest.raises(StorageError) as err:
        ProjectFile.open(path)
    assert err.value.kind == K.JOURNAL_SET_ASIDE
    text = str(err.value)
    assert "\n" not in text and str(path) in text and str(data_dir / "backups") in text
    assert digest(path) == before  # the project's bytes, as they were
    assert not path.with_name(path.name + "-journal").exists()  # not played again
    names = _aside(data_dir)
    assert len(names) == 2
    copy, journal = (data_dir / "backups" / n for n in sorted(names, key=lambda n: n.endswith(".journal")))
    assert digest(copy) == before and journal.read_bytes() == journal_bytes
    assert str(copy) in text and str(journal) in text
    with ProjectFile.open(path) as pf:  # the next open is an ordinary one
        assert pf.plan == plan
    assert check(path) == plan


def test_open_read_only_refuses_and_changes_nothing(stray, data_dir):
    path, _plan, journal_bytes = stray
    before = digest(path)
    with pytest.raises(StorageError) as err:
        ProjectFile.open(path, read_only=True)
    assert err.value.kind == K.INTERRUPTED
    assert digest(path) == before
    assert path.with_name(path.name + "-journal").read_bytes() == journal_bytes


def test_check_command_in_a_process(stray):
    path, plan, _journal = stray
    before = digest(path)
    out = subprocess.run([sys.executable, "-m", "alliance_desktop", "check", "--lang", "en", str(path)],
                         capture_output=True, text=True, timeout=120, env={**os.environ})
    assert out.returncode != 0
    message = (out.stdout + out.stderr).strip()
    assert "Traceback" not in message and "does not fit" in message and str(path) in message
    assert digest(path) == before


def test_own_journal_is_still_played_back_after_a_copy_is_made(tmp_path, data_dir):
    path = tmp_path / "kesken.alliance"
    create_file(path, sample_plan(metrics=60))
    journal = _hot_journal(path)
    before, journal_bytes = digest(path), journal.read_bytes()
    with pytest.raises(StorageError) as err:
        check(path)
    assert err.value.kind == K.INTERRUPTED  # the trial on copies gave a sound file
    assert digest(path) == before
    with ProjectFile.open(path) as pf:
        assert pf.plan == sample_plan(metrics=60)
    assert not journal.exists()
    names = _aside(data_dir)
    assert len(names) == 2
    copy, journal_copy = (data_dir / "backups" / n for n in sorted(names, key=lambda n: n.endswith(".journal")))
    assert digest(copy) == before and journal_copy.read_bytes() == journal_bytes
    assert not journal_copy.name.endswith("-journal")  # SQLite never plays it into the copy


def test_no_backup_folder_copies_beside_the_file(stray, monkeypatch):
    path, plan, journal_bytes = stray

    def no_folder():
        raise NotADirectoryError(20, "Not a directory")

    monkeypatch.setattr(pfm, "backup_folder", no_folder)
    before = digest(path)
    with pytest.raises(StorageError) as err:
        ProjectFile.open(path)
    assert err.value.kind == K.JOURNAL_SET_ASIDE
    assert digest(path) == before
    beside = sorted(n for n in os.listdir(path.parent) if "before-recovery" in n)
    assert len(beside) == 2 and str(path.parent / beside[0]) in str(err.value)
    with ProjectFile.open(path) as pf:
        assert pf.plan == plan


def test_no_copy_possible_means_no_playback(stray, monkeypatch):
    path, _plan, journal_bytes = stray

    def no_copy(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pfm, "_copy_synced", no_copy)
    before = digest(path)
    with pytest.raises(StorageError) as err:
        ProjectFile.open(path)
    assert err.value.kind == K.WRITE_FAILED
    assert "copy could not be made" in str(err.value)
    assert digest(path) == before
    assert path.with_name(path.name + "-journal").read_bytes() == journal_bytes


def test_recovery_copies_are_pruned(tmp_path, data_dir):
    path = tmp_path / "usein.alliance"
    folder = data_dir / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(6):
        for ext in (".alliance", ".journal"):
            (folder / f"usein-20250101-00000{i}-before-recovery{ext}").write_bytes(b"x")
    (folder / "usein-toinen-20250101-000000-before-recovery.alliance").write_bytes(b"x")
    pfm._prune_recovery_copies(folder, path.stem)
    left = sorted(os.listdir(folder))
    assert "usein-toinen-20250101-000000-before-recovery.alliance" in left
    assert [n for n in left if n.startswith("usein-2025")] == sorted(
        f"usein-20250101-00000{i}-before-recovery{ext}" for i in (3, 4, 5) for ext in (".alliance", ".journal"))


def test_save_copy_over_a_file_with_a_journal(stray, tmp_path):
    """A copy saved over a file that has a hot journal beside it: the journal belonged to the replaced
    file and is not played into the copy (nor, while checking whether the target is in use, into the old file)."""
    target, _plan, _journal = stray
    source = tmp_path / "lähde.alliance"
    create_file(source, sample_plan())
    with ProjectFile.open(source) as pf:
        pf.save_copy(target)
    assert not target.with_name(target.name + "-journal").exists()
    assert check(target) == sample_plan()


def test_save_copy_refuses_a_target_open_in_another_process(tmp_path):
    target = tmp_path / "toisessa.alliance"
    create_file(target, sample_plan(metrics=1))
    holder = subprocess.Popen([sys.executable, "-c", "import sys\n"
                               "from alliance_desktop.storage.projectfile import ProjectFile\n"
                               "pf = ProjectFile.open(sys.argv[1], backup=False)\n"
                               "print('open', flush=True)\nsys.stdin.read()\n", str(target)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        before = digest(target)
        source = tmp_path / "lähde.alliance"
        create_file(source, sample_plan())
        with ProjectFile.open(source) as pf:
            with pytest.raises(StorageError) as err:
                pf.save_copy(target)
        assert err.value.kind == K.LOCKED
        assert digest(target) == before
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()


def test_a_file_that_cannot_be_put_back_names_its_copy(stray, data_dir, monkeypatch):
    path, plan, _journal = stray
    real = pfm._copy_synced

    def no_room_beside(source, target):
        if Path(target).parent == path.parent:  # the copies go to the backups folder; putting back fails
            raise OSError(28, "No space left on device")
        real(source, target)

    monkeypatch.setattr(pfm, "_copy_synced", no_room_beside)
    with pytest.raises(StorageError) as err:
        ProjectFile.open(path)
    assert err.value.kind == K.WRITE_FAILED
    copy = next(p for p in (data_dir / "backups").iterdir() if p.name.endswith("before-recovery.alliance"))
    assert str(copy) in str(err.value) and "\n" not in str(err.value)
    assert check(copy) == plan  # the copy is the project as it was
