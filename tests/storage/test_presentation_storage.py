"""The presenter's slides in the project file (schema version 2, "0002_presentation")."""

import sqlite3
from dataclasses import replace

import pytest

from alliance_desktop import templates
from alliance_desktop.core import presentation as P
from alliance_desktop.storage import schema
from alliance_desktop.storage.projectfile import ProjectFile, create_file, load_plan


@pytest.fixture(autouse=True)
def english():
    from alliance_desktop import i18n

    i18n.set_language("en")


def test_chosen_slides_round_trip_through_the_file_and_edits_write_only_them(tmp_path):
    plan = templates.load_template("hyvaks")
    path = tmp_path / "h.alliance"
    create_file(path, plan)
    pf = ProjectFile.open(path, backup=False)
    try:
        chosen = P.set_slides(pf.plan, ["risks", f"chain:{plan.chains[-1].key}", "overview"])
        pf.write(pf.plan, chosen)
        again = P.set_slides(chosen, ["overview", "risks"])
        pf.write(chosen, again)
    finally:
        pf.close()
    loaded = load_plan(path)
    assert loaded.presentation.slides == ("overview", "risks") and loaded == again
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT position, slide FROM presentation_slides ORDER BY position").fetchall() == [
            (0, "overview"), (1, "risks")]
    finally:
        conn.close()


def test_a_version_1_file_is_migrated_with_no_slides_chosen(tmp_path):
    plan = templates.load_template("keusote")
    # a version 1 file holds no risk money nor estimate ranges (schema version 3)
    plan = replace(plan, risks=tuple(replace(r, cost=None) for r in plan.risks),
                   commercial=replace(plan.commercial, periods=tuple(
                       replace(p, estimate=None) for p in plan.commercial.periods)))
    path = tmp_path / "old.alliance"
    create_file(path, plan)
    conn = sqlite3.connect(path)  # make it a version 1 file, as the previous release wrote it
    with conn:
        for _name, statements in reversed(schema.MIGRATION_STEPS[1:]):  # the tables of later versions too
            for sql in reversed(statements):
                conn.execute('DROP TABLE "{}"'.format(sql.split('"')[1]))
        conn.execute("DELETE FROM _sqlite_migrations WHERE name != '0001_initial'")
        conn.execute("PRAGMA user_version = 1")
    conn.close()
    assert schema.SCHEMA_VERSION >= 2
    pf = ProjectFile.open(path)
    try:
        assert pf.plan == plan and pf.plan.presentation.slides == ()
        assert pf.backup_path is not None  # a backup before the migration
        pf.write(pf.plan, P.set_slides(pf.plan, ["commercial"]))
    finally:
        pf.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert "0002_presentation" in schema.applied_migrations(conn)
    finally:
        conn.close()
    assert load_plan(path).presentation.slides == ("commercial",)


def test_an_unreadable_slide_in_the_file_is_named_as_the_user_sees_it(tmp_path):
    path = tmp_path / "bad.alliance"
    create_file(path, templates.load_template("keusote"))
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO presentation_slides VALUES (0, 'nonsense')")
    conn.close()
    with pytest.raises(Exception) as err:
        load_plan(path)
    assert "The presentation, slides: “nonsense” is not a slide" in str(err.value)
