"""Every kind of bad file, as a real file: refused with the right kind and one clear line, and left untouched."""

from __future__ import annotations

import dataclasses
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from alliance_desktop.storage import schema
from alliance_desktop.storage.projectfile import ProjectFile, StorageError, check, create_file, load_plan

from .conftest import digest, leftovers, sample_plan

K = StorageError


def _valid(path: Path, metrics: int = 3) -> Path:
    create_file(path, sample_plan(metrics=metrics))
    return path


def _sql(path: Path, *statements: str) -> None:
    """Change a file by hand, as another tool would."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for s in statements:
            conn.execute(s)
    finally:
        conn.close()


def _root_page(path: Path, table: str) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    return page, size


def _overwrite(path: Path, offset: int, data: bytes) -> None:
    with open(path, "r+b") as f:
        f.seek(offset)
        f.write(data)


# ---------------------------------------------------------------- the bad files


def make_empty(path: Path) -> None:
    path.write_bytes(b"")


def make_random(path: Path) -> None:
    path.write_bytes(bytes((i * 7919 + 13) % 251 for i in range(5000)))


def make_text(path: Path) -> None:
    path.write_text("Allianssin suunnitelma\nTämä on tavallinen tekstitiedosto.\n", encoding="utf-8")


def make_json(path: Path) -> None:
    path.write_text('{"format": "alliance-project", "version": 1}', encoding="utf-8")


def make_tiny_sqlite_prefix(path: Path) -> None:
    path.write_bytes(b"SQLite fo")


def make_truncated_header(path: Path) -> None:
    _valid(path)
    data = path.read_bytes()
    path.write_bytes(data[:60])


def make_truncated_half(path: Path) -> None:
    _valid(path, metrics=40)
    data = path.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    path.write_bytes(data[: (len(data) // page_size // 2) * page_size])


def make_truncated_odd(path: Path) -> None:
    _valid(path)
    data = path.read_bytes()
    path.write_bytes(data[:-1000])


def make_bad_page_size(path: Path) -> None:
    _valid(path)
    _overwrite(path, 16, b"\x03\x00")  # 768: not a power of two


def make_damaged_btree_header(path: Path) -> None:
    _valid(path, metrics=40)
    page, size = _root_page(path, "risks")
    _overwrite(path, (page - 1) * size, b"\xff\xff\xff\xff\xff\xff\xff\xff")


def make_damaged_cells(path: Path) -> None:
    """Garbage over the middle of a table's data page (cell pointers and cells)."""
    _valid(path, metrics=40)
    page, size = _root_page(path, "metrics")
    conn = sqlite3.connect(path)
    try:  # the metrics table spans pages: damage its first leaf, not just the interior root
        leaf = conn.execute("SELECT pageno FROM dbstat WHERE name = 'metrics' AND pagetype = 'leaf' LIMIT 1") \
            .fetchone()
    except sqlite3.OperationalError:  # no dbstat in this SQLite build
        leaf = None
    finally:
        conn.close()
    target = leaf[0] if leaf else page
    _overwrite(path, (target - 1) * size + 8, bytes((i * 37) % 256 for i in range(size // 2)))


def make_damaged_index(path: Path) -> None:
    """An index page damaged (only a full check notices: the table rows read fine)."""
    _valid(path, metrics=40)
    page, size = _root_page(path, "sqlite_autoindex_measurements_1")
    _overwrite(path, (page - 1) * size + size // 2, b"\x00" * (size // 4))


def make_foreign_sqlite(path: Path) -> None:
    _sql(path, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)", "INSERT INTO invoices VALUES (1, 2.5)")


def make_foreign_app_id(path: Path) -> None:
    _sql(path, "PRAGMA application_id = 1196444487", "CREATE TABLE t (x)")  # 'GPKG' (GeoPackage)


def make_newer(path: Path) -> None:
    _valid(path)
    _sql(path, f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")


def make_version_zero(path: Path) -> None:
    _sql(path, f"PRAGMA application_id = {schema.APPLICATION_ID}", "CREATE TABLE project (x)")


def make_trigger(path: Path) -> None:
    _valid(path)
    _sql(path, "CREATE TRIGGER evil AFTER UPDATE ON project BEGIN DELETE FROM risks; END")


def make_view(path: Path) -> None:
    _valid(path)
    _sql(path, "CREATE VIEW v AS SELECT * FROM risks")


def make_extra_table(path: Path) -> None:
    _valid(path)
    _sql(path, "CREATE TABLE extra (x)")


def make_extra_index(path: Path) -> None:
    _valid(path)
    _sql(path, "CREATE INDEX idx_extra ON risks (title)")


def make_changed_table(path: Path) -> None:
    _valid(path)
    _sql(path, "ALTER TABLE risks ADD COLUMN score TEXT")


def make_dropped_table(path: Path) -> None:
    _valid(path)
    _sql(path, "DROP TABLE documents")


def make_wal(path: Path) -> None:
    _valid(path)
    _sql(path, "PRAGMA journal_mode = WAL")


def make_bad_decimal(path: Path) -> None:
    _valid(path)
    _sql(path, "UPDATE measurements SET value = 'paljon' WHERE rowid = 1")


def make_invalid_plan(path: Path) -> None:
    _valid(path)
    _sql(path, "UPDATE periods SET end_date = '2000-01-01' WHERE key = 'p1'")


def make_missing_project_row(path: Path) -> None:
    _valid(path)
    _sql(path, "DELETE FROM project")


def make_foreign_key_broken(path: Path) -> None:
    _valid(path)
    _sql(path, "PRAGMA foreign_keys = OFF", "DELETE FROM metrics WHERE key = 'k0'")


def make_folder(path: Path) -> None:
    path.mkdir()


def make_missing(path: Path) -> None:
    pass


CASES: list[tuple[str, Callable[[Path], None], str]] = [
    ("missing", make_missing, K.MISSING),
    ("folder", make_folder, K.FOLDER),
    ("empty", make_empty, K.EMPTY),
    ("random bytes", make_random, K.NOT_PROJECT),
    ("plain text", make_text, K.NOT_PROJECT),
    ("json", make_json, K.NOT_PROJECT),
    ("tiny sqlite prefix", make_tiny_sqlite_prefix, K.DAMAGED),
    ("truncated header", make_truncated_header, K.DAMAGED),
    ("truncated half", make_truncated_half, K.DAMAGED),
    ("truncated odd size", make_truncated_odd, K.DAMAGED),
    ("bad page size", make_bad_page_size, K.DAMAGED),
    ("damaged b-tree header", make_damaged_btree_header, K.DAMAGED),
    ("damaged cells", make_damaged_cells, K.DAMAGED),
    ("damaged index", make_damaged_index, K.DAMAGED),
    ("another program", make_foreign_sqlite, K.FOREIGN),
    ("another application id", make_foreign_app_id, K.FOREIGN),
    ("newer version", make_newer, K.NEWER),
    ("version zero", make_version_zero, K.INVALID),
    ("trigger", make_trigger, K.INVALID),
    ("view", make_view, K.INVALID),
    ("extra table", make_extra_table, K.INVALID),
    ("extra index", make_extra_index, K.INVALID),
    ("changed table", make_changed_table, K.INVALID),
    ("dropped table", make_dropped_table, K.INVALID),
    ("wal mode", make_wal, K.INVALID),
    ("bad decimal", make_bad_decimal, K.BAD_CONTENT),
    ("invalid plan", make_invalid_plan, K.BAD_CONTENT),
    ("missing project row", make_missing_project_row, K.BAD_CONTENT),
    ("broken foreign key", make_foreign_key_broken, K.BAD_CONTENT),
]


def _state(path: Path) -> str | None:
    return digest(path) if path.is_file() else None


@pytest.mark.parametrize("make,kind", [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
@pytest.mark.parametrize("how", ["check", "load_plan", "open", "open_read_only"])
def test_bad_file_refused_and_untouched(tmp_path, make, kind, how):
    path = tmp_path / "Hyvinkää ä ö.alliance"
    make(path)
    for extra in leftovers(tmp_path):  # the tools that made the bad file leave nothing behind either
        os.remove(tmp_path / extra)
    before = _state(path)
    listing = sorted(os.listdir(tmp_path))
    action = {
        "check": lambda: check(path),
        "load_plan": lambda: load_plan(path),
        "open": lambda: ProjectFile.open(path),
        "open_read_only": lambda: ProjectFile.open(path, read_only=True),
    }[how]
    with pytest.raises(StorageError) as err:
        action()
    assert err.value.kind == kind, (err.value.kind, err.value.detail)
    message = str(err.value)
    assert message and "\n" not in message and "Traceback" not in message
    assert path.name in message
    assert _state(path) == before  # byte for byte
    assert sorted(os.listdir(tmp_path)) == listing  # no journal, no temp file


def test_newer_message_names_versions(tmp_path):
    path = tmp_path / "uusi.alliance"
    make_newer(path)
    with pytest.raises(StorageError) as err:
        check(path)
    assert "newer version" in str(err.value) and str(schema.SCHEMA_VERSION + 1) in str(err.value)


def test_trigger_message(tmp_path):
    path = tmp_path / "t.alliance"
    make_trigger(path)
    with pytest.raises(StorageError) as err:
        check(path)
    assert "not a valid project file (unexpected tables, triggers or views)" in str(err.value)


def test_unreadable_file(tmp_path, monkeypatch):
    path = _valid(tmp_path / "p.alliance")
    real_open = open

    def no_read(file, *args, **kwargs):
        if Path(file) == path:
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    import builtins

    monkeypatch.setattr(builtins, "open", no_read)
    with pytest.raises(StorageError) as err:
        check(path)
    assert err.value.kind == K.UNREADABLE
    assert str(err.value) == f"The file “{path}” cannot be read: permission denied."


def test_good_file_check_leaves_no_trace(tmp_path):
    path = _valid(tmp_path / "hyvä.alliance")
    before = digest(path)
    stat_before = os.stat(path).st_mtime_ns
    assert check(path) == sample_plan()
    assert load_plan(path) == sample_plan()
    assert digest(path) == before and os.stat(path).st_mtime_ns == stat_before
    assert os.listdir(tmp_path) == ["hyvä.alliance"]


# ---------------------------------------------------------------- interrupted writes (hot journal)

_INTERRUPT = textwrap.dedent("""
    import os, sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA cache_size = 1")  # spill changed pages into the file before commit
    conn.execute("BEGIN")
    conn.execute("UPDATE project SET notes = 'kesken'")
    conn.execute("INSERT INTO risks SELECT key || '-x', position + 100, title || hex(randomblob(2000)), description,"
                 " likelihood, impact, owner, mitigation, status FROM risks")
    conn.execute("UPDATE measurements SET value = '0'")
    os._exit(9)  # die mid-transaction: the journal beside the file is hot
""")


def test_interrupted_write_check_refuses_then_open_recovers(tmp_path):
    path = _valid(tmp_path / "kesken.alliance", metrics=60)
    subprocess.run([sys.executable, "-c", _INTERRUPT, str(path)], check=False, timeout=60)
    journal = Path(str(path) + "-journal")
    assert journal.exists()
    before, journal_before = digest(path), digest(journal)
    for attempt in (lambda: check(path), lambda: ProjectFile.open(path, read_only=True)):
        with pytest.raises(StorageError) as err:
            attempt()
        assert err.value.kind == K.INTERRUPTED
        assert digest(path) == before and digest(journal) == journal_before
    with ProjectFile.open(path) as pf:  # a writable open plays the journal back
        assert pf.plan == sample_plan(metrics=60)
    assert not journal.exists()
    assert check(path) == sample_plan(metrics=60)


def test_copy_of_good_file_made_by_shutil_is_fine(tmp_path):
    """A plain file copy (email, USB stick) of a closed project is a complete project."""
    path = _valid(tmp_path / "a.alliance")
    with ProjectFile.open(path) as pf:
        pf.write(pf.plan, dataclasses.replace(pf.plan, risks=()))
    shutil.copyfile(path, tmp_path / "b.alliance")
    assert check(tmp_path / "b.alliance").risks == ()
