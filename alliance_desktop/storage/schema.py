"""The project file's schema: explicit SQL, the file's identity numbers and its migrations.

A project file (`.alliance`) is an SQLite database whose header carries
`PRAGMA application_id = APPLICATION_ID` and `PRAGMA user_version = SCHEMA_VERSION`.
Its tables are created by the migrations below (sqlite-utils' `Migrations`, set
"alliance"); the `_sqlite_migrations` table records which have run.

Opening a file compares its `sqlite_master` (type, name, table, normalised SQL)
with `expected_schema()` (`schema_differences`): a file with any other table, index, trigger or view is
refused, so an untrusted file cannot bring its own triggers or views along.

Conventions: every list keeps its order in a `position` column; money, percentages
and other exact quantities are TEXT holding the exact `Decimal` string; dates are
ISO `YYYY-MM-DD` TEXT; booleans are INTEGER 0/1. Tables are STRICT so a value of
the wrong type cannot be stored. Foreign keys are deferred (checked at COMMIT), so
one write transaction may touch sections in any order.

Adding a schema version: append (name, SQL statements) to MIGRATION_STEPS and bump
SCHEMA_VERSION; the expected schema of each version is derived from the steps. The current
version's is also written out in SCHEMA_OBJECTS (a test prints the new one to paste).

Start-up speed: importing sqlite-utils costs tens of milliseconds, so it is imported
only to upgrade an older file (`install`, through sqlite-utils' `Migrations`). A new
file and the expected schema are made by `install_fresh`, which runs the same SQL
steps and records them in `_sqlite_migrations` exactly as `Migrations` does (a test
checks that both give the same schema and records).
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache

import datetime as _dt

# "ALLI" in ASCII; written to the header at offset 68.
APPLICATION_ID = 0x414C4C49
SCHEMA_VERSION = 3
MIGRATION_SET = "alliance"
MIGRATIONS_TABLE = "_sqlite_migrations"  # the table sqlite-utils' Migrations keeps its records in

# The bookkeeping table of sqlite-utils' Migrations, created here with explicit SQL (the
# same shape `Migrations.ensure_migrations_table` makes) so the expected schema does not
# depend on the sqlite-utils version that happens to be installed.
MIGRATIONS_TABLE_SQL = (
    """
CREATE TABLE "_sqlite_migrations" (
    "id" INTEGER PRIMARY KEY,
    "migration_set" TEXT,
    "name" TEXT,
    "applied_at" TEXT
)
""",
    """
CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name")
""",
)

# Version 1: the whole plan, one table per part.
SCHEMA_V1 = (
    # --- project (single row) and its goals
    """
CREATE TABLE "project" (
    "id" INTEGER PRIMARY KEY CHECK ("id" = 1),
    "name" TEXT NOT NULL,
    "buyer" TEXT NOT NULL,
    "target_group" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "version_label" TEXT NOT NULL,
    "notes" TEXT NOT NULL
) STRICT
""",
    """
CREATE TABLE "goals" (
    "position" INTEGER PRIMARY KEY,
    "text" TEXT NOT NULL
) STRICT
""",
    # --- parties and areas
    """
CREATE TABLE "parties" (
    "key" TEXT PRIMARY KEY,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "notes" TEXT NOT NULL
) STRICT
""",
    """
CREATE TABLE "areas" (
    "key" TEXT PRIMARY KEY,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "notes" TEXT NOT NULL
) STRICT
""",
    # --- timeline
    """
CREATE TABLE "phases" (
    "key" TEXT PRIMARY KEY,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "start_date" TEXT,
    "end_date" TEXT,
    "parent" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "staff_decision" TEXT NOT NULL,
    "notes" TEXT NOT NULL
) STRICT
""",
    """
CREATE TABLE "markers" (
    "key" TEXT PRIMARY KEY,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "date" TEXT,
    "time" TEXT NOT NULL,
    "time_end" TEXT NOT NULL,
    "phase" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "ends_alliance" INTEGER NOT NULL CHECK ("ends_alliance" IN (0, 1)),
    "owner" TEXT NOT NULL,
    "notes" TEXT NOT NULL
) STRICT
""",
    # --- service chains
    """
CREATE TABLE "chains" (
    "key" TEXT PRIMARY KEY,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL
) STRICT
""",
    """
CREATE TABLE "chain_analysis" (
    "chain" TEXT NOT NULL REFERENCES "chains" ("key") ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    "position" INTEGER NOT NULL,
    "heading" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    PRIMARY KEY ("chain", "position")
) STRICT
""",
    """
CREATE TABLE "chain_steps" (
    "chain" TEXT NOT NULL REFERENCES "chains" ("key") ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_kind" TEXT NOT NULL,
    "responsible_unit" TEXT NOT NULL,
    "annual_volume" TEXT NOT NULL,
    "unit_cost" TEXT NOT NULL,
    "own_unit_cost" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "risks" TEXT NOT NULL,
    "notes" TEXT NOT NULL,
    PRIMARY KEY ("chain", "key")
) STRICT
""",
    # --- scope matrix
    """
CREATE TABLE "scope_packages" (
    "key" TEXT PRIMARY KEY,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "target_group" TEXT NOT NULL,
    "notes" TEXT NOT NULL
) STRICT
""",
    """
CREATE TABLE "scope_cells" (
    "package" TEXT NOT NULL REFERENCES "scope_packages" ("key") DEFERRABLE INITIALLY DEFERRED,
    "area" TEXT NOT NULL REFERENCES "areas" ("key") DEFERRABLE INITIALLY DEFERRED,
    "position" INTEGER NOT NULL,
    "state" TEXT NOT NULL,
    PRIMARY KEY ("package", "area")
) STRICT
""",
    # --- commercial model (single row), its share tables and service periods
    """
CREATE TABLE "commercial" (
    "id" INTEGER PRIMARY KEY CHECK ("id" = 1),
    "gain_cap_percent" TEXT NOT NULL,
    "producer_pain_cap_kind" TEXT NOT NULL CHECK ("producer_pain_cap_kind" IN ('fee', 'amount', 'none')),
    "producer_pain_cap_amount" TEXT
) STRICT
""",
    """
CREATE TABLE "commercial_shares" (
    "share_table" TEXT NOT NULL
        CHECK ("share_table" IN ('gain_share_percent', 'effectiveness_pool_split_percent', 'pain_share_percent')),
    "position" INTEGER NOT NULL,
    "party" TEXT NOT NULL,
    "percent" TEXT NOT NULL,
    PRIMARY KEY ("share_table", "position")
) STRICT
""",
    """
CREATE TABLE "periods" (
    "key" TEXT PRIMARY KEY,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "start_date" TEXT NOT NULL,
    "end_date" TEXT NOT NULL,
    "target_fee" TEXT NOT NULL,
    "target_overhead" TEXT NOT NULL,
    "target_production" TEXT NOT NULL,
    "has_actual" INTEGER NOT NULL CHECK ("has_actual" IN (0, 1)),
    "actual_fee" TEXT,
    "actual_overhead" TEXT,
    "actual_production" TEXT
) STRICT
""",
    # --- metrics board
    """
CREATE TABLE "metrics" (
    "key" TEXT PRIMARY KEY,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "data_source" TEXT NOT NULL,
    "frequency" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "baseline" TEXT
) STRICT
""",
    """
CREATE TABLE "calibrations" (
    "metric" TEXT NOT NULL REFERENCES "metrics" ("key") ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    "from_period" TEXT NOT NULL REFERENCES "periods" ("key") DEFERRABLE INITIALLY DEFERRED,
    "position" INTEGER NOT NULL,
    "weight" TEXT NOT NULL,
    "threshold" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    PRIMARY KEY ("metric", "from_period")
) STRICT
""",
    """
CREATE TABLE "measurements" (
    "metric" TEXT NOT NULL REFERENCES "metrics" ("key") ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    "period" TEXT NOT NULL REFERENCES "periods" ("key") DEFERRABLE INITIALLY DEFERRED,
    "position" INTEGER NOT NULL,
    "value" TEXT NOT NULL,
    PRIMARY KEY ("metric", "period")
) STRICT
""",
    # --- named scenarios
    """
CREATE TABLE "scenarios" (
    "key" TEXT PRIMARY KEY,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "notes" TEXT NOT NULL
) STRICT
""",
    """
CREATE TABLE "scenario_periods" (
    "scenario" TEXT NOT NULL REFERENCES "scenarios" ("key") ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    "position" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "has_actual" INTEGER NOT NULL CHECK ("has_actual" IN (0, 1)),
    "actual_fee" TEXT,
    "actual_overhead" TEXT,
    "actual_production" TEXT,
    "kpi_score" TEXT,
    PRIMARY KEY ("scenario", "position")
) STRICT
""",
    # --- risks, procurement process, documents
    """
CREATE TABLE "risks" (
    "key" TEXT PRIMARY KEY,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "likelihood" INTEGER NOT NULL,
    "impact" INTEGER NOT NULL,
    "owner" TEXT NOT NULL,
    "mitigation" TEXT NOT NULL,
    "status" TEXT NOT NULL
) STRICT
""",
    """
CREATE TABLE "procurement_tasks" (
    "key" TEXT PRIMARY KEY,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "done" INTEGER NOT NULL CHECK ("done" IN (0, 1)),
    "due" TEXT,
    "notes" TEXT NOT NULL
) STRICT
""",
    """
CREATE TABLE "documents" (
    "key" TEXT PRIMARY KEY,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "notes" TEXT NOT NULL
) STRICT
""",
)

# Version 2: the presenter's chosen slides, in order (none: every slide in the usual order).
SCHEMA_V2 = (
    """
CREATE TABLE "presentation_slides" (
    "position" INTEGER PRIMARY KEY,
    "slide" TEXT NOT NULL
) STRICT
""",
)

# Version 3: money on risks and estimate ranges of the periods' production costs (issue 21; none: no rows).
SCHEMA_V3 = (
    """
CREATE TABLE "period_estimates" (
    "period" TEXT PRIMARY KEY REFERENCES "periods" ("key") ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    "low_percent" TEXT NOT NULL,
    "high_percent" TEXT NOT NULL,
    "shape" TEXT NOT NULL
) STRICT
""",
    """
CREATE TABLE "risk_costs" (
    "risk" TEXT PRIMARY KEY REFERENCES "risks" ("key") ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    "minimum" TEXT NOT NULL,
    "most_likely" TEXT NOT NULL,
    "maximum" TEXT NOT NULL,
    "probability_percent" TEXT NOT NULL
) STRICT
""",
    """
CREATE TABLE "risk_cost_periods" (
    "risk" TEXT NOT NULL REFERENCES "risk_costs" ("risk") ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    "position" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "share_percent" TEXT NOT NULL,
    PRIMARY KEY ("risk", "position")
) STRICT
""",
)

# Each schema version is one migration: (name, SQL statements), in order.
MIGRATION_STEPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("0001_initial", SCHEMA_V1),
    ("0002_presentation", SCHEMA_V2),
    ("0003_uncertainty", SCHEMA_V3),
)

# Migration names in order; the schema version of a file is the number of them it has run.
MIGRATION_NAMES = tuple(name for name, _sql in MIGRATION_STEPS)
assert len(MIGRATION_NAMES) == SCHEMA_VERSION, "one migration per schema version"


def statements(version: int = SCHEMA_VERSION) -> tuple[str, ...]:
    """The statements that make a file of schema `version`, in the order install_fresh runs them."""
    return MIGRATIONS_TABLE_SQL + tuple(sql for _name, step in MIGRATION_STEPS[:version] for sql in step)


# What a file of the current schema version holds in sqlite_master, in the order it is made: (type, name,
# table). Each object but SQLite's own indexes ("sqlite_autoindex_...", for a PRIMARY KEY or UNIQUE
# constraint, without SQL) is made by the next of `statements()`. Written out here rather than built in
# an in-memory database at each start, which was a tenth of opening a file. tests/storage/test_schema.py
# checks it against the statements, and prints it anew when a migration changes it.
SCHEMA_OBJECTS: tuple[tuple[str, str, str], ...] = (
    ("table", "_sqlite_migrations", "_sqlite_migrations"),
    ("index", "idx__sqlite_migrations_migration_set_name", "_sqlite_migrations"),
    ("table", "project", "project"),
    ("table", "goals", "goals"),
    ("table", "parties", "parties"),
    ("index", "sqlite_autoindex_parties_1", "parties"),
    ("table", "areas", "areas"),
    ("index", "sqlite_autoindex_areas_1", "areas"),
    ("table", "phases", "phases"),
    ("index", "sqlite_autoindex_phases_1", "phases"),
    ("table", "markers", "markers"),
    ("index", "sqlite_autoindex_markers_1", "markers"),
    ("table", "chains", "chains"),
    ("index", "sqlite_autoindex_chains_1", "chains"),
    ("table", "chain_analysis", "chain_analysis"),
    ("index", "sqlite_autoindex_chain_analysis_1", "chain_analysis"),
    ("table", "chain_steps", "chain_steps"),
    ("index", "sqlite_autoindex_chain_steps_1", "chain_steps"),
    ("table", "scope_packages", "scope_packages"),
    ("index", "sqlite_autoindex_scope_packages_1", "scope_packages"),
    ("table", "scope_cells", "scope_cells"),
    ("index", "sqlite_autoindex_scope_cells_1", "scope_cells"),
    ("table", "commercial", "commercial"),
    ("table", "commercial_shares", "commercial_shares"),
    ("index", "sqlite_autoindex_commercial_shares_1", "commercial_shares"),
    ("table", "periods", "periods"),
    ("index", "sqlite_autoindex_periods_1", "periods"),
    ("table", "metrics", "metrics"),
    ("index", "sqlite_autoindex_metrics_1", "metrics"),
    ("table", "calibrations", "calibrations"),
    ("index", "sqlite_autoindex_calibrations_1", "calibrations"),
    ("table", "measurements", "measurements"),
    ("index", "sqlite_autoindex_measurements_1", "measurements"),
    ("table", "scenarios", "scenarios"),
    ("index", "sqlite_autoindex_scenarios_1", "scenarios"),
    ("table", "scenario_periods", "scenario_periods"),
    ("index", "sqlite_autoindex_scenario_periods_1", "scenario_periods"),
    ("table", "risks", "risks"),
    ("index", "sqlite_autoindex_risks_1", "risks"),
    ("table", "procurement_tasks", "procurement_tasks"),
    ("index", "sqlite_autoindex_procurement_tasks_1", "procurement_tasks"),
    ("table", "documents", "documents"),
    ("index", "sqlite_autoindex_documents_1", "documents"),
    ("table", "presentation_slides", "presentation_slides"),
    ("table", "period_estimates", "period_estimates"),
    ("index", "sqlite_autoindex_period_estimates_1", "period_estimates"),
    ("table", "risk_costs", "risk_costs"),
    ("index", "sqlite_autoindex_risk_costs_1", "risk_costs"),
    ("table", "risk_cost_periods", "risk_cost_periods"),
    ("index", "sqlite_autoindex_risk_cost_periods_1", "risk_cost_periods"),
)


@cache
def migrations():
    """sqlite-utils' Migrations for the steps above (imported lazily: only upgrades need it)."""
    from sqlite_utils.migrations import Migrations

    mig = Migrations(MIGRATION_SET)
    for name, step_sql in MIGRATION_STEPS:
        def step(db, step_sql=step_sql) -> None:
            for sql in step_sql:
                db.execute(sql)

        mig(name=name)(step)
    return mig




def normalise_sql(sql: str | None) -> str | None:
    """SQL text compared without differences in whitespace."""
    if sql is None:
        return None
    text = re.sub(r"\s+", " ", sql.strip())  # (compiled by `re` when first needed: rarely)
    return re.sub(r"\s*([(),=])\s*", r"\1", text)


def install(db, *, up_to: int = SCHEMA_VERSION) -> None:
    """Create the bookkeeping table if needed and run the pending migrations up to version `up_to`.

    Runs inside the caller's transaction when one is open (sqlite-utils then uses savepoints),
    and sets `user_version` to `up_to` and `application_id` in that same transaction.
    """
    names = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if MIGRATIONS_TABLE not in names:
        for sql in MIGRATIONS_TABLE_SQL:
            db.execute(sql)
    stop = MIGRATION_NAMES[up_to] if up_to < len(MIGRATION_NAMES) else None
    migrations().apply(db, stop_before=stop)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
    db.execute(f"PRAGMA user_version = {up_to:d}")


def install_fresh(conn: sqlite3.Connection, *, up_to: int = SCHEMA_VERSION) -> None:
    """Make an empty database a project file of version `up_to`, in the caller's transaction.

    The same statements and records as `install` through sqlite-utils, without importing it.
    """
    for sql in MIGRATIONS_TABLE_SQL:
        conn.execute(sql)
    for name, step in MIGRATION_STEPS[:up_to]:
        for sql in step:
            conn.execute(sql)
        conn.execute(f'INSERT INTO "{MIGRATIONS_TABLE}" (migration_set, name, applied_at) VALUES (?, ?, ?)',
                     (MIGRATION_SET, name, str(_dt.datetime.now(_dt.timezone.utc))))
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
    conn.execute(f"PRAGMA user_version = {up_to:d}")


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations a file has run, in order (read with plain SQL)."""
    rows = conn.execute(f'SELECT name FROM "{MIGRATIONS_TABLE}" WHERE migration_set = ? ORDER BY rowid',
                        (MIGRATION_SET,)).fetchall()
    return [row[0] for row in rows]


SchemaRow = tuple[str, str, str, "str | None"]


def read_schema(conn: sqlite3.Connection, *, normalise: bool = True) -> frozenset[SchemaRow]:
    """The (type, name, table, sql) rows of a database's sqlite_master, the SQL normalised by default."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    if not normalise:
        return frozenset(rows)
    return frozenset((t, n, tbl, normalise_sql(sql)) for t, n, tbl, sql in rows)


@cache
def expected_schema(version: int = SCHEMA_VERSION, *, normalise: bool = True) -> frozenset[SchemaRow]:
    """What sqlite_master must hold for a file of this schema version (built in memory)."""
    conn = sqlite3.connect(":memory:")
    try:
        install_fresh(conn, up_to=version)
        return read_schema(conn, normalise=normalise)
    finally:
        conn.close()


def schema_differences(conn: sqlite3.Connection, version: int) -> tuple[list[str], list[str]]:
    """The (unexpected, missing or different) objects of a file of schema `version`: none when it is as expected.

    The SQL is compared as stored first, but for the whitespace around each statement: a file made by this
    app (or upgraded by its migrations) holds exactly our statements, and normalising both sides' whitespace
    took a millisecond and a half of every opening. Only a file whose statements are laid out otherwise is
    compared normalised. A file of the current version is compared with SCHEMA_OBJECTS, an older one with
    its version built in memory."""
    expected_as_written = written_schema() if version == SCHEMA_VERSION else _stripped(
        expected_schema(version, normalise=False))
    if _stripped(read_schema(conn, normalise=False)) == expected_as_written:
        return [], []
    found = read_schema(conn)
    expected = expected_schema(version)
    return (sorted(f"{t} {n}" for t, n, _tbl, _sql in found - expected),
            sorted(f"{t} {n}" for t, n, _tbl, _sql in expected - found))


@cache
def written_schema() -> frozenset[SchemaRow]:
    """The current version's sqlite_master rows from SCHEMA_OBJECTS and the statements, their SQL stripped."""
    sql = iter(statements())
    return frozenset((kind, name, table, None if name.startswith("sqlite_autoindex_") else next(sql).strip())
                     for kind, name, table in SCHEMA_OBJECTS)


def _stripped(rows: frozenset[SchemaRow]) -> frozenset[SchemaRow]:
    return frozenset((t, n, tbl, None if sql is None else sql.strip()) for t, n, tbl, sql in rows)


def data_tables() -> tuple[str, ...]:
    """The plan's tables in creation (parent before child) order."""
    out = []
    for sql in statements()[len(MIGRATIONS_TABLE_SQL):]:
        match = re.search(r'CREATE TABLE "([^"]+)"', sql)
        assert match
        out.append(match.group(1))
    return tuple(out)
