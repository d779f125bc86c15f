"""The project file with real files: round trips, write-through, locking, read-only, copies, backups."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sqlite3
import subprocess
import sys
import textwrap
from decimal import Decimal as D
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alliance_desktop.core import model as m
from alliance_desktop.core.errors import AllianceError, PlanError
from alliance_desktop.storage import projectfile as pfm
from alliance_desktop.storage import rows, schema
from alliance_desktop.storage.projectfile import (
    ProjectFile,
    StorageError,
    check,
    create_file,
    list_backups,
    load_plan,
    restore_backup,
)

from .conftest import demo_plans, digest, leftovers, sample_plan

REPO = Path(__file__).resolve().parents[2]


def replace_section(plan: m.Plan, **changes) -> m.Plan:
    return dataclasses.replace(plan, **changes)


def with_notes(plan: m.Plan, notes: str) -> m.Plan:
    return replace_section(plan, project=dataclasses.replace(plan.project, notes=notes))


# ---------------------------------------------------------------- round trips


def test_round_trip_sample(plan, project_path):
    create_file(project_path, plan)
    assert check(project_path) == plan
    with ProjectFile.open(project_path) as pf:
        assert pf.plan == plan
        assert not pf.read_only
    assert load_plan(project_path) == plan
    assert leftovers(project_path.parent) == []


def test_round_trip_keeps_decimal_text_and_order(project_path):
    plan = sample_plan()
    create_file(project_path, plan)
    back = load_plan(project_path)
    # Equal Decimals with different exponents stay as written ("50.0" is not turned into "50").
    assert [str(v) for _k, v in back.commercial.gain_share_percent] == ["30", "50.0", "5", "15"]
    assert back.commercial.periods[0].target.overhead.as_tuple() == D("150000.5").as_tuple()
    assert back.project.goals == ("Kustannusten kasvun hillintä", "Laatu", "Laatu")
    assert [p.key for p in back.phases] == ["strategia", "kilpailutus", "neuvottelut", "palvelu"]
    assert back.scenarios[0].periods[1] == m.ScenarioPeriod("p2", None, D("0.5"))


@pytest.mark.parametrize("name_plan", demo_plans(), ids=lambda x: x[0])
def test_round_trip_demos(name_plan, tmp_path):
    _name, plan = name_plan
    path = tmp_path / "demo.alliance"
    create_file(path, plan)
    assert check(path) == plan


def test_default_and_empty_plans_round_trip(tmp_path):
    for i, plan in enumerate([
        m.Plan(project=m.Project(name="Tyhjä")),
        m.Plan(project=m.Project(name="x"), commercial=m.Commercial(producer_pain_cap=None)),
        m.Plan(project=m.Project(name="y"), commercial=m.Commercial(producer_pain_cap="fee", gain_share_percent=(
            ("buyer", D(100)),))),
    ]):
        path = tmp_path / f"{i}.alliance"
        create_file(path, plan)
        assert check(path) == plan


# --- hypothesis: random valid plans, and writes from one to another

_key = st.sampled_from(["a", "b", "c", "d", "ä"])
_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
_name = st.builds(str.__add__, st.sampled_from(["A", "ä", "Ö "]), _text)  # names are required
_dec = st.decimals(allow_nan=False, allow_infinity=False, places=6, min_value=-10**9, max_value=10**9)
_pos_dec = st.decimals(allow_nan=False, allow_infinity=False, places=6, min_value=0, max_value=10**9)
_money = st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=0, max_value=10**9)
_percent = st.decimals(allow_nan=False, allow_infinity=False, places=6, min_value=0, max_value=100)
_score = st.decimals(allow_nan=False, allow_infinity=False, places=6, min_value=0, max_value=1)
_date = st.dates(dt.date(2020, 1, 1), dt.date(2040, 12, 31))


def _opt(s):
    return st.none() | s


def _unique(items, n_min=0, n_max=4):
    return st.lists(items, min_size=n_min, max_size=n_max, unique_by=lambda x: x.key).map(tuple)


@st.composite
def plans(draw) -> m.Plan:
    period_keys = draw(st.lists(st.sampled_from(["p1", "p2", "p3", "p4"]), unique=True, max_size=4))
    periods = []
    start = draw(_date)
    for k in period_keys:  # a calendar: each ends after it starts, the next starts after it ends
        end = start + dt.timedelta(days=draw(st.integers(1, 1500)))
        periods.append(m.ServicePeriod(
            k, draw(_name), start, end, m.CostParts(draw(_money), draw(_money), draw(_money)),
            draw(_opt(st.builds(m.ActualCost, fee=_opt(_money), overhead=_money, production=_money))),
        ))
        start = end + dt.timedelta(days=draw(st.integers(1, 30)))

    def calibrations():
        keys = draw(st.lists(st.sampled_from(period_keys), unique=True)) if period_keys else []
        out = []
        for k in keys:
            threshold = draw(_dec)
            step = draw(st.sampled_from([1, -2, D("0.5")]))
            out.append(m.Calibration(k, draw(_percent), threshold, threshold + step))
        return tuple(out)

    metric = st.builds(
        m.Metric, key=_key, name=_name, unit=_text, direction=st.sampled_from(m.DIRECTIONS), description=_text,
        baseline=_opt(_dec), calibrations=st.builds(calibrations),
        measurements=st.lists(st.sampled_from(period_keys), unique=True).map(
            lambda ks: tuple((k, D(len(k)) / 4) for k in ks)) if period_keys else st.just(()),
    )
    areas = draw(_unique(st.builds(m.Area, key=_key, name=_name, status=st.sampled_from(m.AREA_STATUSES),
                                   notes=_text)))
    packages = draw(_unique(st.builds(m.ScopePackage, key=_key, name=_name, target_group=_text)))
    cells = draw(st.lists(st.tuples(st.sampled_from([p.key for p in packages]) if packages else st.nothing(),
                                    st.sampled_from([a.key for a in areas]) if areas else st.nothing(),
                                    st.sampled_from(m.SCOPE_STATES)),
                          unique_by=lambda c: (c[0], c[1]), max_size=5) if packages and areas else st.just([]))
    phase_list = draw(_unique(st.builds(m.Phase, key=_key, name=_name, kind=st.sampled_from(m.PHASE_KINDS),
                                        start=_opt(_date), end=st.none(), owner=_text)))
    if phase_list and draw(st.booleans()):
        phase_list = phase_list[:-1] + (dataclasses.replace(phase_list[-1], parent=phase_list[0].key),)
    parties = draw(_unique(st.builds(m.Party, key=_key, name=_name, role=st.sampled_from(m.PARTY_ROLES))))
    step = st.builds(m.ChainStep, key=_key, name=_name,
                     provider=st.sampled_from([""] + [p.key for p in parties]), annual_volume=_pos_dec,
                     unit_cost=_money,
                     own_unit_cost=_money, scope=st.sampled_from(m.STEP_SCOPES))
    chain = st.builds(m.ServiceChain, key=_key, name=_name, description=_text,
                      analysis=st.lists(st.tuples(st.sampled_from(m.ANALYSIS_HEADINGS), _text), max_size=3,
                                        unique_by=lambda heading_text: heading_text[0]).map(tuple),
                      steps=_unique(step))
    scen_period = st.builds(m.ScenarioPeriod, period=st.sampled_from(period_keys or ["-"]),
                            actual=_opt(st.builds(m.ActualCost, fee=_opt(_money), overhead=_money,
                                                  production=_money)), kpi_score=_opt(_score))
    shares = draw(st.permutations([("buyer", D(50)), ("producer", D(30)), ("staff", D(5)),
                                   ("effectiveness_pool", D(15))]))
    return m.Plan(
        project=m.Project(name=draw(_name), goals=tuple(draw(st.lists(_text, max_size=3))),
                          notes=draw(_text)),
        parties=parties,
        areas=areas,
        phases=phase_list,
        markers=draw(_unique(st.builds(m.Marker, key=_key, name=_name, date=_date, time=st.sampled_from(["", "16:00"]),
                                       ends_alliance=st.booleans()))),
        chains=draw(_unique(chain, n_max=3)),
        scope=m.Scope(packages, tuple(cells)),
        metrics=draw(_unique(metric)),
        commercial=m.Commercial(
            gain_cap_percent=draw(_percent), gain_share_percent=tuple(shares),
            producer_pain_cap=draw(st.sampled_from(["fee", None]) | _money), periods=tuple(periods)),
        scenarios=draw(_unique(st.builds(m.Scenario, key=_key, name=_name,
                                         periods=st.lists(scen_period, max_size=3 if period_keys else 0,
                                                          unique_by=lambda sp: sp.period).map(tuple)))),
        risks=draw(_unique(st.builds(m.Risk, key=_key, title=_name, likelihood=st.integers(1, 5),
                                     impact=st.integers(1, 5)))),
        procurement_tasks=draw(_unique(st.builds(m.ProcurementTask, key=_key, name=_name, done=st.booleans(),
                                                 due=_opt(_date)))),
        documents=draw(_unique(st.builds(m.DocumentItem, key=_key, name=_name))),
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(a=plans(), b=plans(), mix=st.lists(st.sampled_from(m.SECTIONS), unique=True))
def test_property_create_and_write_any_plan(tmp_path, a, b, mix):
    path = tmp_path / f"h-{os.urandom(4).hex()}.alliance"
    create_file(path, a)
    assert check(path) == a
    # b2 shares untouched sections with a (the same objects, as after an edit), the rest from b.
    b2 = replace_section(a, **{s: getattr(b, s) for s in mix})
    try:
        from alliance_desktop.core.validation import validate_plan
        validate_plan(b2)
    except PlanError:
        b2 = b
    with ProjectFile.open(path, backup=False) as pf:
        pf.write(a, b2)
        assert pf.plan == b2
    assert check(path) == b2
    path.unlink()


def test_write_renames_reorders_and_deletes(tmp_path):
    a = sample_plan(metrics=4)
    path = tmp_path / "p.alliance"
    create_file(path, a)
    _k0, k1, k2, k3 = a.metrics
    steps = a.chains[0].steps
    b = replace_section(
        a,
        metrics=(k3, dataclasses.replace(k1, key="k0"), k2),  # k0 deleted, k1 takes its key, k3 moves first
        chains=(dataclasses.replace(a.chains[0], steps=steps[::-1]), a.chains[1]),
        parties=a.parties[::-1],
        risks=(),
        areas=a.areas + (m.Area("mnt", "Mäntsälä"),),
        scope=m.Scope(a.scope.packages[::-1], a.scope.cells[1:] + (("ateria", "mnt", "option"),)),
    )
    with ProjectFile.open(path) as pf:
        pf.write(a, b)
    assert check(path) == b
    c = replace_section(b, metrics=(), chains=(), scenarios=(),
                        commercial=dataclasses.replace(b.commercial, periods=()))
    with ProjectFile.open(path) as pf:
        pf.write(pf.plan, c)
    assert check(path) == c


# ---------------------------------------------------------------- write-through


def _trace(pf: ProjectFile) -> list[str]:
    statements: list[str] = []
    pf._conn.set_trace_callback(statements.append)
    return statements


def test_write_through_is_one_transaction(plan, project_path):
    create_file(project_path, plan)
    pf = ProjectFile.open(project_path)
    statements = _trace(pf)
    edited = replace_section(with_notes(plan, "muokattu"), risks=plan.risks[1:],
                             parties=plan.parties + (m.Party("uusi", "Uusi Oy"),))
    pf.write(plan, edited)
    pf.close()
    begins = [s for s in statements if s.split()[0].upper() in ("BEGIN", "SAVEPOINT")]
    commits = [s for s in statements if s.split()[0].upper() in ("COMMIT", "END")]
    assert len(begins) == 1 and len(commits) == 1, statements
    assert check(project_path) == edited


def test_write_touches_only_changed_rows(tmp_path):
    plan = sample_plan(metrics=200, periods=40)
    path = tmp_path / "big.alliance"
    create_file(path, plan)
    with ProjectFile.open(path) as pf:
        statements = _trace(pf)
        metric = plan.metrics[57]
        changed = dataclasses.replace(metric, measurements=metric.measurements[:3] + (("p4", D("99.9")),)
                                      + metric.measurements[4:])
        new = replace_section(plan, metrics=plan.metrics[:57] + (changed,) + plan.metrics[58:])
        pf.write(plan, new)
    writes = [s for s in statements if s.split()[0].upper() in ("INSERT", "UPDATE", "DELETE")]
    assert len(writes) == 1 and '"measurements"' in writes[0], writes
    assert check(path) == new


def test_write_with_nothing_changed_does_not_touch_file(plan, project_path):
    create_file(project_path, plan)
    with ProjectFile.open(project_path) as pf:
        statements = _trace(pf)
        pf.write(plan, dataclasses.replace(plan))
    assert statements == []


def test_write_refuses_invalid_plan_and_keeps_file(plan, project_path):
    create_file(project_path, plan)
    with ProjectFile.open(project_path) as pf:
        before = pf.plan
        bad = replace_section(plan, parties=plan.parties + (plan.parties[0],))
        with pytest.raises(PlanError):
            pf.write(plan, bad)
        assert pf.plan is before
        pf.write(plan, with_notes(plan, "ok"))
    assert check(project_path).project.notes == "ok"


def test_write_after_close_refused(plan, project_path):
    pf = ProjectFile.create(project_path, plan)
    pf.close()
    pf.close()
    with pytest.raises(StorageError) as err:
        pf.write(plan, with_notes(plan, "x"))
    assert err.value.kind == StorageError.CLOSED


def test_write_failure_rolls_back(plan, project_path, monkeypatch):
    """An error in the middle of a write leaves the file and the in-memory plan as they were."""
    create_file(project_path, plan)
    pf = ProjectFile.open(project_path)
    before = pf.plan
    real = rows.section_changes

    def broken(section, old, new):
        changes = real(section, old, new)
        if section == "risks":
            changes.append(rows.TableChange("risks", [], [("x",)]))  # wrong number of values: sqlite3 error
        return changes

    monkeypatch.setattr(rows, "section_changes", broken)
    edited = replace_section(with_notes(plan, "kesken"), risks=plan.risks[:1])
    with pytest.raises(StorageError) as err:
        pf.write(plan, edited)
    assert err.value.kind == StorageError.WRITE_FAILED
    assert "\n" not in str(err.value)
    assert pf.plan is before
    pf.close()
    assert check(project_path) == plan


# ---------------------------------------------------------------- create


def test_create_refuses_to_overwrite(plan, project_path):
    project_path.write_bytes(b"something precious")
    with pytest.raises(StorageError) as err:
        ProjectFile.create(project_path, plan)
    assert err.value.kind == StorageError.EXISTS
    assert project_path.read_bytes() == b"something precious"
    with pytest.raises(StorageError) as err:
        create_file(project_path.parent, plan)
    assert err.value.kind == StorageError.FOLDER


def test_create_invalid_plan_leaves_nothing(tmp_path):
    bad = m.Plan(project=m.Project(name=""))
    with pytest.raises(PlanError):
        create_file(tmp_path / "x.alliance", bad)
    bad_cap = m.Plan(project=m.Project(name="x"), commercial=m.Commercial(producer_pain_cap="kaikki"))
    with pytest.raises(PlanError):
        create_file(tmp_path / "y.alliance", bad_cap)
    assert os.listdir(tmp_path) == []


def test_create_in_missing_folder(plan, tmp_path):
    with pytest.raises(StorageError) as err:
        create_file(tmp_path / "ei-ole" / "x.alliance", plan)
    assert err.value.kind == StorageError.WRITE_FAILED
    assert os.listdir(tmp_path) == []


def test_create_failure_removes_temp_file(plan, tmp_path, monkeypatch):
    def boom(tmp, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pfm, "_place_new", boom)
    with pytest.raises(StorageError) as err:
        create_file(tmp_path / "x.alliance", plan)
    assert err.value.kind == StorageError.WRITE_FAILED
    assert os.listdir(tmp_path) == []


def test_file_identity(plan, project_path):
    create_file(project_path, plan)
    conn = sqlite3.connect(project_path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        applied = conn.execute("SELECT migration_set, name FROM _sqlite_migrations").fetchall()
        assert applied == [("alliance", name) for name in schema.MIGRATION_NAMES]
    finally:
        conn.close()


# ---------------------------------------------------------------- locking


def test_second_open_in_same_process_is_refused(plan, project_path):
    create_file(project_path, plan)
    with ProjectFile.open(project_path):
        for attempt in (lambda: ProjectFile.open(project_path), lambda: ProjectFile.open(project_path, read_only=True),
                        lambda: check(project_path)):
            with pytest.raises(StorageError) as err:
                attempt()
            assert err.value.kind == StorageError.LOCKED
            assert "another window" in str(err.value)
    with ProjectFile.open(project_path) as pf:  # released on close
        assert pf.plan == plan


_OPEN_ELSEWHERE = textwrap.dedent("""
    import sys
    from alliance_desktop.i18n import set_language
    from alliance_desktop.storage.projectfile import ProjectFile, StorageError
    set_language("en")
    try:
        ProjectFile.open(sys.argv[1], backup=False)
    except StorageError as e:
        print(e.kind)
    else:
        print("opened")
""")


def _open_elsewhere(path) -> str:
    out = subprocess.run([sys.executable, "-c", _OPEN_ELSEWHERE, str(path)], check=False, capture_output=True,
                         text=True, timeout=60)
    return out.stdout.strip() or out.stderr


def test_the_lock_holds_when_the_backup_is_compared_with_the_file(plan, project_path):
    """Reopening a file compares it with its newest backup. Reading the file for that by other means
    than SQLite would, on POSIX, drop the lock on closing: another process could then write too."""
    create_file(project_path, plan)
    with ProjectFile.open(project_path) as pf:
        first_backup = pf.backup_path
    with ProjectFile.open(project_path) as pf:
        assert pf.backup_path == first_backup  # same content: compared, and no new copy made
        assert _open_elsewhere(project_path) == "locked"
        pf.write(pf.plan, with_notes(pf.plan, "x"))
    with ProjectFile.open(project_path) as pf:
        assert pf.backup_path != first_backup  # changed since: a new backup
        assert _open_elsewhere(project_path) == "locked"
    assert _open_elsewhere(project_path) == "opened"


def test_a_second_open_in_this_process_leaves_the_lock_in_place(plan, project_path):
    create_file(project_path, plan)
    with ProjectFile.open(project_path) as pf:
        for attempt in (lambda: ProjectFile.open(project_path), lambda: check(project_path)):
            with pytest.raises(StorageError) as err:
                attempt()
            assert err.value.kind == StorageError.LOCKED
        assert _open_elsewhere(project_path) == "locked"
        pf.write(pf.plan, with_notes(pf.plan, "still mine"))
    assert check(project_path) == with_notes(plan, "still mine")


def test_second_open_in_another_process_is_refused(plan, project_path):
    create_file(project_path, plan)
    code = _OPEN_ELSEWHERE
    with ProjectFile.open(project_path):
        out = subprocess.run([sys.executable, "-c", code, str(project_path)], check=False, capture_output=True,
                             text=True, timeout=60)
    assert out.stdout.strip() == "locked", out.stderr
    out = subprocess.run([sys.executable, "-c", code, str(project_path)], check=False, capture_output=True,
                         text=True, timeout=60)
    assert out.stdout.strip() == "opened", out.stderr


# ---------------------------------------------------------------- read-only


def test_explicit_read_only_refuses_writes(plan, project_path):
    create_file(project_path, plan)
    before = digest(project_path)
    with ProjectFile.open(project_path, read_only=True) as pf:
        assert pf.read_only and pf.plan == plan and pf.backup_path is None
        with pytest.raises(StorageError) as err:
            pf.write(plan, with_notes(plan, "x"))
        assert err.value.kind == StorageError.READ_ONLY
        assert "read-only" in str(err.value)
        assert pf.plan == plan
        with pytest.raises(StorageError) as err:  # a read-only viewer still keeps editors out
            ProjectFile.open(project_path)
        assert err.value.kind == StorageError.LOCKED
    assert digest(project_path) == before
    assert leftovers(project_path.parent) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_permissions_open_read_only(plan, tmp_path):
    folder = tmp_path / "lukittu"
    folder.mkdir()
    path = folder / "p.alliance"
    create_file(path, plan)
    path.chmod(0o444)
    with ProjectFile.open(path) as pf:
        assert pf.read_only
    path.chmod(0o644)
    folder.chmod(0o555)
    try:
        with ProjectFile.open(path) as pf:
            assert pf.read_only
            with pytest.raises(StorageError):
                pf.write(plan, with_notes(plan, "x"))
    finally:
        folder.chmod(0o755)


def test_unwritable_place_opens_read_only(plan, project_path, monkeypatch):
    """What the permission checks lead to, simulated (tests run as root here)."""
    create_file(project_path, plan)
    monkeypatch.setattr(pfm, "_writable_place", lambda path: False)
    with ProjectFile.open(project_path) as pf:
        assert pf.read_only
        with pytest.raises(StorageError) as err:
            pf.write(plan, with_notes(plan, "x"))
        assert err.value.kind == StorageError.READ_ONLY


# ---------------------------------------------------------------- save a copy


def test_save_copy(plan, project_path, tmp_path):
    create_file(project_path, plan)
    target = tmp_path / "kopio ä.alliance"
    target.write_bytes(b"old copy")  # "Save a copy as" replaces an existing file
    with ProjectFile.open(project_path) as pf:
        edited = with_notes(plan, "kopioon")
        pf.write(plan, edited)
        pf.save_copy(target)
        assert check(target) == edited  # readable while the original is open: the copy is not locked
        with ProjectFile.open(target) as copy:
            assert copy.plan == edited
        with pytest.raises(StorageError) as err:
            pf.save_copy(project_path)
        assert err.value.kind == StorageError.OPEN_PROJECT
        with pytest.raises(StorageError) as err:
            pf.save_copy(tmp_path)
        assert err.value.kind == StorageError.FOLDER
        with ProjectFile.open(target):  # open in this window too
            with pytest.raises(StorageError) as err:
                pf.save_copy(target)
            assert err.value.kind == StorageError.OPEN_PROJECT
    assert leftovers(tmp_path) == []
    assert sorted(os.listdir(tmp_path)) == sorted([project_path.name, target.name])


def test_save_copy_into_missing_folder(plan, project_path, tmp_path):
    create_file(project_path, plan)
    with ProjectFile.open(project_path) as pf:
        with pytest.raises(StorageError) as err:
            pf.save_copy(tmp_path / "ei" / "x.alliance")
        assert err.value.kind == StorageError.WRITE_FAILED


# ---------------------------------------------------------------- backups


def test_open_makes_backup_and_rotation_keeps_ten(plan, project_path, data_dir):
    create_file(project_path, plan)
    assert list_backups(project_path) == []
    made = []
    for i in range(12):
        with ProjectFile.open(project_path) as pf:
            made.append(pf.backup_path)
            pf.write(pf.plan, with_notes(pf.plan, str(i)))
    backups = list_backups(project_path)
    assert len(backups) == pfm.BACKUPS_KEPT
    assert backups == made[::-1][:10]  # newest first
    assert all(b.parent == data_dir / "backups" for b in backups)
    assert backups[0].name.startswith("Hyvinkää ä ö-") and backups[0].suffix == ".alliance"
    # the newest backup holds the state at the last open (before its edit)
    assert check(backups[0]).project.notes == "10"
    other = project_path.with_name("toinen.alliance")
    create_file(other, plan)
    with ProjectFile.open(other):
        pass
    assert len(list_backups(other)) == 1 and len(list_backups(project_path)) == 10


def test_reopening_unchanged_file_keeps_one_backup(plan, project_path):
    create_file(project_path, plan)
    first = ProjectFile.open(project_path)
    first.close()
    for _ in range(3):
        with ProjectFile.open(project_path) as pf:
            assert pf.backup_path == first.backup_path
    assert list_backups(project_path) == [first.backup_path]
    with ProjectFile.open(project_path) as pf:
        pf.write(pf.plan, with_notes(pf.plan, "muutos"))
    with ProjectFile.open(project_path) as pf:
        assert pf.backup_path != first.backup_path
        assert check(pf.backup_path).project.notes == "muutos"
    assert len(list_backups(project_path)) == 2


def test_no_backup_when_asked_or_read_only(plan, project_path):
    create_file(project_path, plan)
    with ProjectFile.open(project_path, backup=False) as pf:
        assert pf.backup_path is None
    with ProjectFile.open(project_path, read_only=True):
        pass
    assert list_backups(project_path) == []


def test_backup_failure_does_not_stop_opening(plan, project_path, monkeypatch):
    create_file(project_path, plan)

    def no_folder():
        raise PermissionError(13, "denied")

    monkeypatch.setattr(pfm, "backup_folder", no_folder)
    with ProjectFile.open(project_path) as pf:
        assert pf.backup_path is None and pf.plan == plan


def test_restore_backup(plan, project_path, tmp_path):
    create_file(project_path, plan)
    with ProjectFile.open(project_path) as pf:
        pf.write(plan, with_notes(plan, "myöhempi"))
        backup = pf.backup_path
    target = tmp_path / "palautettu.alliance"
    restore_backup(backup, target)
    assert check(target) == plan
    with pytest.raises(StorageError) as err:
        restore_backup(backup, project_path)
    assert err.value.kind == StorageError.EXISTS
    assert check(project_path).project.notes == "myöhempi"
    with pytest.raises(StorageError) as err:
        restore_backup(tmp_path / "ei-ole.alliance", tmp_path / "uusi.alliance")
    assert err.value.kind == StorageError.MISSING
    assert leftovers(tmp_path) == []


def test_errors_are_alliance_errors_with_one_line(plan, tmp_path):
    with pytest.raises(AllianceError) as err:
        check(tmp_path / "nope.alliance")
    assert "\n" not in str(err.value) and "nope.alliance" in str(err.value)


def test_messages_are_translated(tmp_path, monkeypatch):
    from alliance_desktop import i18n

    monkeypatch.setattr(i18n, "_catalogue", lambda lang: {("Storage", "The file “{path}” does not exist."):
                                                          "Tiedostoa “{path}” ei ole."})
    monkeypatch.setattr(i18n, "_language", "fi")
    with pytest.raises(StorageError) as err:
        check(tmp_path / "x.alliance")
    assert str(err.value) == f"Tiedostoa “{tmp_path / 'x.alliance'}” ei ole."


def test_uri_quoting(tmp_path):
    uri = pfm._uri(tmp_path / "a b?c#d%e ä.alliance", "ro")
    assert uri.startswith("file:///") and uri.endswith("?mode=ro")
    assert "%20" in uri and "%3F" in uri and "%23" in uri and "%25" in uri and "%C3%A4" in uri


def test_copy_file_never_overwrites_and_leaves_nothing_when_it_fails(tmp_path):
    from alliance_desktop import templates
    from alliance_desktop.storage.projectfile import StorageError, copy_file, create_file

    source = tmp_path / "source.alliance"
    create_file(source, templates.load_template("keusote"))
    target = tmp_path / "copy.alliance"
    copy_file(source, target)
    assert target.read_bytes() == source.read_bytes()
    target.write_bytes(b"precious")
    with pytest.raises(StorageError):
        copy_file(source, target)
    assert target.read_bytes() == b"precious"
    with pytest.raises(StorageError):
        copy_file(tmp_path / "missing.alliance", tmp_path / "other.alliance")
    assert not (tmp_path / "other.alliance").exists()
