"""The two ways a schema gets made agree: sqlite-utils' Migrations (upgrades) and install_fresh (new files)."""

import sqlite3
import subprocess
import sys

import sqlite_utils

from alliance_desktop.storage import schema


def test_migrations_and_install_fresh_make_the_same_file():
    via_migrations = sqlite3.connect(":memory:")
    db = sqlite_utils.Database(via_migrations, execute_plugins=False)
    with db.atomic():
        schema.install(db)
    fresh = sqlite3.connect(":memory:")
    schema.install_fresh(fresh)
    fresh.commit()
    assert schema.read_schema(via_migrations) == schema.read_schema(fresh) == schema.expected_schema()
    assert schema.applied_migrations(via_migrations) == schema.applied_migrations(fresh) == list(schema.MIGRATION_NAMES)
    for conn in (via_migrations, fresh):
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    # Migrations sees the fresh file as fully migrated: nothing pending
    assert schema.migrations().pending(sqlite_utils.Database(fresh, execute_plugins=False)) == []


def test_opening_a_file_does_not_import_sqlite_utils(tmp_path):
    """Start-up speed: sqlite-utils is imported only to upgrade an older file."""
    from alliance_desktop import templates
    from alliance_desktop.storage.projectfile import create_file

    path = tmp_path / "k.alliance"
    create_file(path, templates.load_template("keusote"))
    code = (
        "import sys\n"
        "from alliance_desktop.storage.projectfile import ProjectFile\n"
        f"pf = ProjectFile.open({str(path)!r}, backup=False)\n"
        "pf.close()\n"
        "print('sqlite_utils' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_schema_differences_compares_as_stored_then_without_whitespace(monkeypatch):
    fresh = sqlite3.connect(":memory:")
    schema.install_fresh(fresh)
    assert schema.schema_differences(fresh, schema.SCHEMA_VERSION) == ([], [])  # (the expected schema is cached)
    via_migrations = sqlite3.connect(":memory:")
    db = sqlite_utils.Database(via_migrations, execute_plugins=False)
    with db.atomic():
        schema.install(db)
    assert schema.schema_differences(via_migrations, schema.SCHEMA_VERSION) == ([], [])
    # a file whose statements were laid out differently (another tool, another version) is still ours
    monkeypatch.setattr(schema, "MIGRATIONS_TABLE_SQL", [sql.replace(" ", "\n  ") for sql in schema.MIGRATIONS_TABLE_SQL])
    spaced = sqlite3.connect(":memory:")
    schema.install_fresh(spaced)
    assert schema.read_schema(spaced, normalise=False) != schema.read_schema(fresh, normalise=False)
    assert schema.schema_differences(spaced, schema.SCHEMA_VERSION) == ([], [])
    fresh.execute("CREATE TRIGGER sneaky AFTER INSERT ON parties BEGIN SELECT 1; END")
    fresh.execute("DROP INDEX " + next(
        row[0] for row in fresh.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")))
    extra, missing = schema.schema_differences(fresh, schema.SCHEMA_VERSION)
    assert extra == ["trigger sneaky"] and len(missing) == 1 and missing[0].startswith("index ")


def test_schema_objects_written_out_are_what_the_statements_make():
    """SCHEMA_OBJECTS (the current version's sqlite_master, written out so that opening a file need not build
    it in memory) must be what the migrations make: when a migration changes it, paste the tuple printed."""
    conn = sqlite3.connect(":memory:")
    schema.install_fresh(conn)
    made = tuple(conn.execute("SELECT type, name, tbl_name FROM sqlite_master ORDER BY rowid").fetchall())
    printed = "".join(f"    {row!r},\n".replace("'", '"') for row in made)
    assert schema.SCHEMA_OBJECTS == made, f"SCHEMA_OBJECTS in storage/schema.py should be:\n(\n{printed})"
    built = schema.expected_schema(normalise=False)
    assert schema.written_schema() == frozenset(
        (t, n, tbl, None if sql is None else sql.strip()) for t, n, tbl, sql in built)
    assert len(schema.written_schema()) == len(built) == len(made)


def test_a_changed_statement_or_object_is_found_without_the_in_memory_build(monkeypatch):
    """The written-out schema is compared to the file exactly (but for whitespace around a statement):
    a column's type changed, a table or an index missing, or an extra object are all differences."""
    def fresh():
        conn = sqlite3.connect(":memory:")
        schema.install_fresh(conn)
        return conn

    assert schema.schema_differences(fresh(), schema.SCHEMA_VERSION) == ([], [])
    changed = fresh()
    changed.execute("PRAGMA writable_schema = ON")
    changed.execute("UPDATE sqlite_master SET sql = replace(sql, '\"owner\" TEXT NOT NULL', '\"owner\" TEXT') "
                    "WHERE name = 'risks'")
    changed.execute("PRAGMA writable_schema = OFF")
    assert '"owner" TEXT,' in changed.execute("SELECT sql FROM sqlite_master WHERE name = 'risks'").fetchone()[0]
    assert schema.schema_differences(changed, schema.SCHEMA_VERSION) == (["table risks"], ["table risks"])
    dropped = fresh()
    dropped.execute("DROP TABLE risk_cost_periods")
    assert schema.schema_differences(dropped, schema.SCHEMA_VERSION) == (
        [], ["index sqlite_autoindex_risk_cost_periods_1", "table risk_cost_periods"])
    extra = fresh()
    extra.execute('CREATE INDEX "quick" ON "risks" ("title")')
    assert schema.schema_differences(extra, schema.SCHEMA_VERSION) == (["index quick"], [])
    # an older version is still compared with its schema built in memory
    older = sqlite3.connect(":memory:")
    schema.install_fresh(older, up_to=1)
    assert schema.schema_differences(older, 1) == ([], [])
    assert schema.schema_differences(older, schema.SCHEMA_VERSION)[1]
