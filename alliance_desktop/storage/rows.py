"""Plan <-> table rows: how each section of the plan maps onto the schema's tables.

Every section of `model.SECTIONS` is a list of *items* (for single-row sections, one
item). An item gives its rows in several tables (e.g. a metric: one `metrics` row and
its `calibrations` and `measurements` rows). Writing compares old and new items by key
and identity, so an edit writes only the rows that changed: changing one measurement
of a 200-metric plan writes a single `measurements` row.

Rows are tuples in the column order of `TABLES[name].columns`. Values: Decimal ->
exact TEXT (`str(d)`), date -> ISO TEXT, bool -> 0/1, None -> NULL.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from ..core import model as m
from ..core import validation as v
from ..core.errors import PlanError, shown
from ..core.records import record
from ..i18n import translate


class RowError(ValueError):
    """A stored value cannot be read back into the plan (hand-edited or damaged content).

    `kind` says what was expected: text, number, date, boolean, integer, choice, orphan (a row whose
    parent is missing) or count (a one-row table without exactly one row). Only decoding is checked
    here; allowed values, ranges and lengths are `validation.validate_plan`'s, as for an import.
    `load_sections` finds the `row`, so that `message` can name the thing as the user sees it."""

    def __init__(self, table: str, column: str, value: Any, kind: str = "value"):
        super().__init__(f"{table}.{column}: unreadable value {value!r}"[:300])
        self.table = table
        self.column = column
        self.value = value
        self.kind = kind
        self.row: tuple | None = None

    def message(self, read: Callable[[Table], list[tuple]]) -> str:
        """The problem in the user's words ("Phase “Strategy”, start date: “zz” is not a date (YYYY-MM-DD)."),
        reading other tables through `read` to name the thing (only when reading has failed)."""
        return _row_error_message(self, read)


@record
class Table:
    """One table of the file: its columns, primary key and row order, and the SQL to read and write it."""

    name: str
    columns: tuple[str, ...]
    pk: tuple[str, ...]
    order_by: tuple[str, ...]
    pk_index: tuple[int, ...] = ()  # positions of the primary-key columns in a row

    def key_of(self, row: tuple) -> tuple:
        return tuple(row[i] for i in self.pk_index)

    def select_sql(self) -> str:
        cols = ", ".join(f'"{c}"' for c in self.columns)
        order = ", ".join(f'"{c}"' for c in self.order_by)
        return f'SELECT {cols} FROM "{self.name}" ORDER BY {order}'

    def insert_sql(self) -> str:
        cols = ", ".join(f'"{c}"' for c in self.columns)
        marks = ", ".join("?" for _ in self.columns)
        return f'INSERT INTO "{self.name}" ({cols}) VALUES ({marks})'

    def upsert_sql(self) -> str:
        conflict = ", ".join(f'"{c}"' for c in self.pk)
        updates = ", ".join(f'"{c}" = excluded."{c}"' for c in self.columns if c not in self.pk)
        return f"{self.insert_sql()} ON CONFLICT ({conflict}) DO UPDATE SET {updates}"

    def delete_sql(self) -> str:
        where = " AND ".join(f'"{c}" = ?' for c in self.pk)
        return f'DELETE FROM "{self.name}" WHERE {where}'


def _t(name: str, columns: str, pk: str, order_by: str) -> Table:
    cols, keys = tuple(columns.split()), tuple(pk.split())
    return Table(name, cols, keys, tuple(order_by.split()), tuple(cols.index(c) for c in keys))


TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        _t("project", "id name buyer target_group description version_label notes", "id", "id"),
        _t("goals", "position text", "position", "position"),
        _t("parties", "key position name role notes", "key", "position"),
        _t("areas", "key position name status notes", "key", "position"),
        _t("phases", "key position name kind start_date end_date parent owner staff_decision notes", "key",
           "position"),
        _t("markers", "key position name kind date time time_end phase state ends_alliance owner notes", "key",
           "position"),
        _t("chains", "key position name description", "key", "position"),
        _t("chain_analysis", "chain position heading text", "chain position", "chain position"),
        _t("chain_steps", "chain key position name description provider provider_kind responsible_unit "
           "annual_volume unit_cost own_unit_cost scope risks notes", "chain key", "chain position"),
        _t("scope_packages", "key position name target_group notes", "key", "position"),
        _t("scope_cells", "package area position state", "package area", "position"),
        _t("commercial", "id gain_cap_percent producer_pain_cap_kind producer_pain_cap_amount", "id", "id"),
        _t("commercial_shares", "share_table position party percent", "share_table position",
           "share_table position"),
        _t("periods", "key position name start_date end_date target_fee target_overhead target_production "
           "has_actual actual_fee actual_overhead actual_production", "key", "position"),
        _t("metrics", "key position name unit direction description data_source frequency owner baseline", "key",
           "position"),
        _t("calibrations", "metric from_period position weight threshold target", "metric from_period",
           "metric position"),
        _t("measurements", "metric period position value", "metric period", "metric position"),
        _t("scenarios", "key position name notes", "key", "position"),
        _t("scenario_periods", "scenario position period has_actual actual_fee actual_overhead actual_production "
           "kpi_score", "scenario position", "scenario position"),
        _t("risks", "key position title description likelihood impact owner mitigation status", "key", "position"),
        _t("procurement_tasks", "key position name stage done due notes", "key", "position"),
        _t("documents", "key position name status notes", "key", "position"),
        _t("presentation_slides", "position slide", "position", "position"),
        _t("period_estimates", "period low_percent high_percent shape", "period", "period"),
        _t("risk_costs", "risk minimum most_likely maximum probability_percent", "risk", "risk"),
        _t("risk_cost_periods", "risk position period share_percent", "risk position", "risk position"),
    )
}

SHARE_TABLES = ("gain_share_percent", "effectiveness_pool_split_percent", "pain_share_percent")

# ---------------------------------------------------------------- value conversions


def _dec(value: Decimal) -> str:
    if not isinstance(value, Decimal) or not value.is_finite():
        raise TypeError(f"expected a finite Decimal, not {value!r}")
    return str(value)


def _opt_dec(value: Decimal | None) -> str | None:
    return None if value is None else _dec(value)


def _date(value: _dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


_DATE_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # exactly as written (date.isoformat)
_NUMBER_TEXT = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:E[-+][0-9]+)?")  # exactly as written (str(Decimal))


class _Reader:
    """Converts one table's stored values back, naming the column on bad content."""

    def __init__(self, table: str):
        self.table = table

    def text(self, column: str, value: Any) -> str:
        if not isinstance(value, str):
            raise RowError(self.table, column, value, "text")
        return value

    def dec(self, column: str, value: Any) -> Decimal:
        if type(value) is not str or not (value.isascii() and value.replace(".", "", 1).isdigit()  # the usual
                                          or _NUMBER_TEXT.fullmatch(value)):
            raise RowError(self.table, column, value, "number")
        try:
            return Decimal(value)
        except InvalidOperation:  # (the pattern lets through only what Decimal reads)
            raise RowError(self.table, column, value, "number") from None

    def opt_dec(self, column: str, value: Any) -> Decimal | None:
        return None if value is None else self.dec(column, value)

    def date(self, column: str, value: Any) -> _dt.date:
        if not isinstance(value, str) or not _DATE_TEXT.fullmatch(value):
            raise RowError(self.table, column, value, "date")
        try:
            return _dt.date.fromisoformat(value)
        except ValueError:
            raise RowError(self.table, column, value, "date") from None

    def opt_date(self, column: str, value: Any) -> _dt.date | None:
        return None if value is None else self.date(column, value)

    def boolean(self, column: str, value: Any) -> bool:
        if value not in (0, 1) or isinstance(value, float):
            raise RowError(self.table, column, value, "boolean")
        return bool(value)

    def integer(self, column: str, value: Any) -> int:
        if not isinstance(value, int):
            raise RowError(self.table, column, value, "integer")
        return value


# ---------------------------------------------------------------- sections

Rows = dict[str, list[tuple]]  # table -> rows
Loaded = dict[str, list[tuple]]  # table -> rows as read, in order


@record
class Section:
    """A part of the plan (model.SECTIONS) and how it is stored: its tables, rows and how to read it back."""

    name: str
    tables: tuple[str, ...]
    items: Callable[[Any], list[tuple[Any, Any]]]  # section value -> [(identity key, item)]
    rows: Callable[[Any, int], Rows]  # (item, position) -> rows
    load: Callable[[Loaded], Any]  # rows of self.tables -> section value


def _keyed(value: tuple) -> list[tuple[Any, Any]]:
    return [(item.key, item) for item in value]


def _single(value: Any) -> list[tuple[Any, Any]]:
    return [(None, value)]


def _group(rows: Iterable[tuple], parent_index: int = 0) -> dict[Any, list[tuple]]:
    out: dict[Any, list[tuple]] = defaultdict(list)
    for row in rows:
        out[row[parent_index]].append(row)
    return out


# --- project


def _project_rows(p: m.Project, _pos: int) -> Rows:
    return {
        "project": [(1, p.name, p.buyer, p.target_group, p.description, p.version_label, p.notes)],
        "goals": [(i, g) for i, g in enumerate(p.goals)],
    }


def _project_load(rows: Loaded) -> m.Project:
    r = _Reader("project")
    if len(rows["project"]) != 1:
        raise RowError("project", "id", len(rows["project"]), "count")
    _id, name, buyer, target_group, description, version_label, notes = rows["project"][0]
    g = _Reader("goals")
    return m.Project(
        name=r.text("name", name),
        buyer=r.text("buyer", buyer),
        target_group=r.text("target_group", target_group),
        description=r.text("description", description),
        goals=tuple(g.text("text", text) for _p, text in rows["goals"]),
        version_label=r.text("version_label", version_label),
        notes=r.text("notes", notes),
    )


# --- parties, areas


def _party_rows(x: m.Party, pos: int) -> Rows:
    return {"parties": [(x.key, pos, x.name, x.role, x.notes)]}


def _parties_load(rows: Loaded) -> tuple[m.Party, ...]:
    r = _Reader("parties")
    return tuple(
        m.Party(r.text("key", k), r.text("name", n), r.text("role", role), r.text("notes", notes))
        for k, _p, n, role, notes in rows["parties"]
    )


def _area_rows(x: m.Area, pos: int) -> Rows:
    return {"areas": [(x.key, pos, x.name, x.status, x.notes)]}


def _areas_load(rows: Loaded) -> tuple[m.Area, ...]:
    r = _Reader("areas")
    return tuple(
        m.Area(r.text("key", k), r.text("name", n), r.text("status", st), r.text("notes", notes))
        for k, _p, n, st, notes in rows["areas"]
    )


# --- timeline


def _phase_rows(x: m.Phase, pos: int) -> Rows:
    return {"phases": [(x.key, pos, x.name, x.kind, _date(x.start), _date(x.end), x.parent, x.owner,
                        x.staff_decision, x.notes)]}


def _phases_load(rows: Loaded) -> tuple[m.Phase, ...]:
    r = _Reader("phases")
    return tuple(
        m.Phase(
            key=r.text("key", k), name=r.text("name", n), kind=r.text("kind", kind),
            start=r.opt_date("start_date", s), end=r.opt_date("end_date", e), parent=r.text("parent", parent),
            owner=r.text("owner", owner), staff_decision=r.text("staff_decision", sd), notes=r.text("notes", notes),
        )
        for k, _p, n, kind, s, e, parent, owner, sd, notes in rows["phases"]
    )


def _marker_rows(x: m.Marker, pos: int) -> Rows:
    return {"markers": [(x.key, pos, x.name, x.kind, _date(x.date), x.time, x.time_end, x.phase, x.state,
                         int(bool(x.ends_alliance)), x.owner, x.notes)]}


def _markers_load(rows: Loaded) -> tuple[m.Marker, ...]:
    r = _Reader("markers")
    return tuple(
        m.Marker(
            key=r.text("key", k), name=r.text("name", n), kind=r.text("kind", kind), date=r.opt_date("date", d),
            time=r.text("time", t), time_end=r.text("time_end", te), phase=r.text("phase", ph),
            state=r.text("state", st), ends_alliance=r.boolean("ends_alliance", ea), owner=r.text("owner", owner),
            notes=r.text("notes", notes),
        )
        for k, _p, n, kind, d, t, te, ph, st, ea, owner, notes in rows["markers"]
    )


# --- chains


def _chain_rows(ch: m.ServiceChain, pos: int) -> Rows:
    return {
        "chains": [(ch.key, pos, ch.name, ch.description)],
        "chain_analysis": [(ch.key, i, heading, text) for i, (heading, text) in enumerate(ch.analysis)],
        "chain_steps": [
            (ch.key, s.key, i, s.name, s.description, s.provider, s.provider_kind, s.responsible_unit,
             _dec(s.annual_volume), _dec(s.unit_cost), _dec(s.own_unit_cost), s.scope, s.risks, s.notes)
            for i, s in enumerate(ch.steps)
        ],
    }


def _chains_load(rows: Loaded) -> tuple[m.ServiceChain, ...]:
    r, a, s = _Reader("chains"), _Reader("chain_analysis"), _Reader("chain_steps")
    analysis = _group(rows["chain_analysis"])
    steps = _group(rows["chain_steps"])
    _orphans(rows["chains"], ("chain_analysis", analysis), ("chain_steps", steps))
    return tuple(
        m.ServiceChain(
            key=r.text("key", k),
            name=r.text("name", n),
            description=r.text("description", desc),
            analysis=tuple((a.text("heading", h), a.text("text", t)) for _c, _p, h, t in analysis.get(k, ())),
            steps=tuple(
                m.ChainStep(
                    key=s.text("key", sk), name=s.text("name", sn), description=s.text("description", sd),
                    provider=s.text("provider", prov), provider_kind=s.text("provider_kind", pk),
                    responsible_unit=s.text("responsible_unit", ru), annual_volume=s.dec("annual_volume", av),
                    unit_cost=s.dec("unit_cost", uc), own_unit_cost=s.dec("own_unit_cost", ouc),
                    scope=s.text("scope", scope), risks=s.text("risks", risks), notes=s.text("notes", notes),
                )
                for _c, sk, _p, sn, sd, prov, pk, ru, av, uc, ouc, scope, risks, notes in steps.get(k, ())
            ),
        )
        for k, _p, n, desc in rows["chains"]
    )


def _orphans(parents: list[tuple], *children: tuple[str, dict]) -> None:
    """Child rows whose parent is missing would be silently lost: refuse them (foreign keys should prevent it)."""
    keys = {row[0] for row in parents}
    for table, groups in children:
        for parent in groups:
            if parent not in keys:
                raise RowError(table, "parent", parent, "orphan")


# --- scope


def _scope_rows(sc: m.Scope, _pos: int) -> Rows:
    return {
        "scope_packages": [(x.key, i, x.name, x.target_group, x.notes) for i, x in enumerate(sc.packages)],
        "scope_cells": [(pk, ak, i, state) for i, (pk, ak, state) in enumerate(sc.cells)],
    }


def _scope_load(rows: Loaded) -> m.Scope:
    r, c = _Reader("scope_packages"), _Reader("scope_cells")
    return m.Scope(
        packages=tuple(
            m.ScopePackage(r.text("key", k), r.text("name", n), r.text("target_group", tg), r.text("notes", notes))
            for k, _p, n, tg, notes in rows["scope_packages"]
        ),
        cells=tuple(
            (c.text("package", pk), c.text("area", ak), c.text("state", st)) for pk, ak, _p, st in rows["scope_cells"]
        ),
    )


# --- metrics


def _metric_rows(x: m.Metric, pos: int) -> Rows:
    return {
        "metrics": [(x.key, pos, x.name, x.unit, x.direction, x.description, x.data_source, x.frequency, x.owner,
                     _opt_dec(x.baseline))],
        "calibrations": [(x.key, k.from_period, i, _dec(k.weight), _dec(k.threshold), _dec(k.target))
                         for i, k in enumerate(x.calibrations)],
        "measurements": [(x.key, period, i, _dec(v)) for i, (period, v) in enumerate(x.measurements)],
    }


def _metrics_load(rows: Loaded) -> tuple[m.Metric, ...]:
    r, c, v = _Reader("metrics"), _Reader("calibrations"), _Reader("measurements")
    cals = _group(rows["calibrations"])
    meas = _group(rows["measurements"])
    _orphans(rows["metrics"], ("calibrations", cals), ("measurements", meas))
    return tuple(
        m.Metric(
            key=r.text("key", k), name=r.text("name", n), unit=r.text("unit", unit),
            direction=r.text("direction", direction), description=r.text("description", desc),
            data_source=r.text("data_source", ds), frequency=r.text("frequency", freq), owner=r.text("owner", owner),
            baseline=r.opt_dec("baseline", baseline),
            calibrations=tuple(
                m.Calibration(c.text("from_period", fp), c.dec("weight", w), c.dec("threshold", th),
                              c.dec("target", tg))
                for _m, fp, _p, w, th, tg in cals.get(k, ())
            ),
            measurements=tuple((v.text("period", period), v.dec("value", val))
                               for _m, period, _p, val in meas.get(k, ())),
        )
        for k, _p, n, unit, direction, desc, ds, freq, owner, baseline in rows["metrics"]
    )


# --- commercial


def _pain_cap(cap: str | Decimal | None) -> tuple[str, str | None]:
    if cap is None:
        return "none", None
    if isinstance(cap, Decimal):
        return "amount", _dec(cap)
    if cap == "fee":
        return "fee", None
    raise PlanError(translate("Storage", "Field “commercial.producer_pain_cap”: expected “fee”, none or an amount."),
                    "commercial.producer_pain_cap")


def _actual(a: m.ActualCost | None) -> tuple[int, str | None, str | None, str | None]:
    """(has_actual, fee, overhead, production); an unknown actual (None) is has_actual 0 and NULLs."""
    if a is None:
        return 0, None, None, None
    return 1, _opt_dec(a.fee), _opt_dec(a.overhead), _opt_dec(a.production)  # None: a part not entered


def _read_actual(r: _Reader, has_actual: Any, fee: Any, overhead: Any, production: Any) -> m.ActualCost | None:
    if not r.boolean("has_actual", has_actual):
        return None
    actual = m.ActualCost(r.opt_dec("actual_fee", fee), r.opt_dec("actual_overhead", overhead),
                          r.opt_dec("actual_production", production))
    return actual if actual.entered else None  # no part entered: no actuals


def _commercial_rows(c: m.Commercial, _pos: int) -> Rows:
    kind, amount = _pain_cap(c.producer_pain_cap)
    return {
        "commercial": [(1, _dec(c.gain_cap_percent), kind, amount)],
        "commercial_shares": [
            (table, i, party, _dec(pct)) for table in SHARE_TABLES for i, (party, pct) in enumerate(getattr(c, table))
        ],
        "periods": [
            (p.key, i, p.name, _date(p.start), _date(p.end), _dec(p.target.fee), _dec(p.target.overhead),
             _dec(p.target.production), *_actual(p.actual))
            for i, p in enumerate(c.periods)
        ],
        "period_estimates": [
            (p.key, _dec(p.estimate.low_percent), _dec(p.estimate.high_percent), p.estimate.shape)
            for p in c.periods if p.estimate is not None
        ],
    }


def _commercial_load(rows: Loaded) -> m.Commercial:
    r, s, p = _Reader("commercial"), _Reader("commercial_shares"), _Reader("periods")
    e = _Reader("period_estimates")
    estimates = {row[0]: m.EstimateRange(e.dec("low_percent", row[1]), e.dec("high_percent", row[2]),
                                         e.text("shape", row[3])) for row in rows["period_estimates"]}
    _orphans(rows["periods"], ("period_estimates", estimates))
    if len(rows["commercial"]) != 1:
        raise RowError("commercial", "id", len(rows["commercial"]), "count")
    _id, gain_cap, cap_kind, cap_amount = rows["commercial"][0]
    if cap_kind == "fee":
        cap: str | Decimal | None = "fee"
    elif cap_kind == "amount":
        cap = r.dec("producer_pain_cap_amount", cap_amount)
    elif cap_kind == "none":
        cap = None
    else:
        raise RowError("commercial", "producer_pain_cap_kind", cap_kind, "choice")
    shares: dict[str, list[tuple[str, Decimal]]] = {t: [] for t in SHARE_TABLES}
    for table, _p, party, pct in rows["commercial_shares"]:
        if table not in shares:
            raise RowError("commercial_shares", "share_table", table, "choice")
        shares[table].append((s.text("party", party), s.dec("percent", pct)))
    return m.Commercial(
        gain_cap_percent=r.dec("gain_cap_percent", gain_cap),
        gain_share_percent=tuple(shares["gain_share_percent"]),
        effectiveness_pool_split_percent=tuple(shares["effectiveness_pool_split_percent"]),
        pain_share_percent=tuple(shares["pain_share_percent"]),
        producer_pain_cap=cap,
        periods=tuple(
            m.ServicePeriod(
                key=p.text("key", k), name=p.text("name", n), start=p.date("start_date", sd),
                end=p.date("end_date", ed),
                target=m.CostParts(p.dec("target_fee", tf), p.dec("target_overhead", to),
                                   p.dec("target_production", tp)),
                actual=_read_actual(p, has, af, ao, ap),
                estimate=estimates.get(k),
            )
            for k, _p, n, sd, ed, tf, to, tp, has, af, ao, ap in rows["periods"]
        ),
    )


# --- scenarios


def _scenario_rows(x: m.Scenario, pos: int) -> Rows:
    return {
        "scenarios": [(x.key, pos, x.name, x.notes)],
        "scenario_periods": [
            (x.key, i, sp.period, *_actual(sp.actual), _opt_dec(sp.kpi_score))
            for i, sp in enumerate(x.periods)
        ],
    }


def _scenarios_load(rows: Loaded) -> tuple[m.Scenario, ...]:
    r, s = _Reader("scenarios"), _Reader("scenario_periods")
    periods = _group(rows["scenario_periods"])
    _orphans(rows["scenarios"], ("scenario_periods", periods))

    def period(row: tuple) -> m.ScenarioPeriod:
        _s, _p, key, has_actual, fee, overhead, production, kpi = row
        actual = _read_actual(s, has_actual, fee, overhead, production)
        return m.ScenarioPeriod(s.text("period", key), actual, s.opt_dec("kpi_score", kpi))

    return tuple(
        m.Scenario(r.text("key", k), r.text("name", n), r.text("notes", notes),
                   tuple(period(row) for row in periods.get(k, ())))
        for k, _p, n, notes in rows["scenarios"]
    )


# --- risks, procurement tasks, documents


def _risk_rows(x: m.Risk, pos: int) -> Rows:
    c = x.cost
    return {"risks": [(x.key, pos, x.title, x.description, int(x.likelihood), int(x.impact), x.owner, x.mitigation,
                       x.status)],
            "risk_costs": [] if c is None else [(x.key, _dec(c.minimum), _dec(c.most_likely), _dec(c.maximum),
                                                 _dec(c.probability_percent))],
            "risk_cost_periods": [] if c is None else [(x.key, i, period, _dec(share))
                                                       for i, (period, share) in enumerate(c.periods)]}


def _risks_load(rows: Loaded) -> tuple[m.Risk, ...]:
    r, c, cp = _Reader("risks"), _Reader("risk_costs"), _Reader("risk_cost_periods")
    shares = _group(rows["risk_cost_periods"])
    _orphans(rows["risk_costs"], ("risk_cost_periods", shares))
    costs = {
        k: m.RiskCost(c.dec("minimum", lo), c.dec("most_likely", ml), c.dec("maximum", hi),
                      c.dec("probability_percent", pr),
                      tuple((cp.text("period", period), cp.dec("share_percent", share))
                            for _r, _p, period, share in shares.get(k, ())))
        for k, lo, ml, hi, pr in rows["risk_costs"]
    }
    _orphans(rows["risks"], ("risk_costs", costs))
    return tuple(
        m.Risk(r.text("key", k), r.text("title", t), r.text("description", d), r.integer("likelihood", li),
               r.integer("impact", im), r.text("owner", o), r.text("mitigation", mi), r.text("status", st),
               costs.get(k))
        for k, _p, t, d, li, im, o, mi, st in rows["risks"]
    )


def _task_rows(x: m.ProcurementTask, pos: int) -> Rows:
    return {"procurement_tasks": [(x.key, pos, x.name, x.stage, int(bool(x.done)), _date(x.due), x.notes)]}


def _tasks_load(rows: Loaded) -> tuple[m.ProcurementTask, ...]:
    r = _Reader("procurement_tasks")
    return tuple(
        m.ProcurementTask(r.text("key", k), r.text("name", n), r.text("stage", st), r.boolean("done", done),
                          r.opt_date("due", due), r.text("notes", notes))
        for k, _p, n, st, done, due, notes in rows["procurement_tasks"]
    )


def _document_rows(x: m.DocumentItem, pos: int) -> Rows:
    return {"documents": [(x.key, pos, x.name, x.status, x.notes)]}


def _documents_load(rows: Loaded) -> tuple[m.DocumentItem, ...]:
    r = _Reader("documents")
    return tuple(
        m.DocumentItem(r.text("key", k), r.text("name", n), r.text("status", st), r.text("notes", notes))
        for k, _p, n, st, notes in rows["documents"]
    )


# --- presentation


def _presentation_rows(x: m.Presentation, _pos: int) -> Rows:
    return {"presentation_slides": [(i, slide) for i, slide in enumerate(x.slides)]}


def _presentation_load(rows: Loaded) -> m.Presentation:
    r = _Reader("presentation_slides")
    return m.Presentation(tuple(r.text("slide", slide) for _p, slide in rows["presentation_slides"]))


SECTIONS: dict[str, Section] = {
    s.name: s
    for s in (
        Section("project", ("project", "goals"), _single, _project_rows, _project_load),
        Section("parties", ("parties",), _keyed, _party_rows, _parties_load),
        Section("areas", ("areas",), _keyed, _area_rows, _areas_load),
        Section("phases", ("phases",), _keyed, _phase_rows, _phases_load),
        Section("markers", ("markers",), _keyed, _marker_rows, _markers_load),
        Section("chains", ("chains", "chain_analysis", "chain_steps"), _keyed, _chain_rows, _chains_load),
        Section("scope", ("scope_packages", "scope_cells"), _single, _scope_rows, _scope_load),
        Section("metrics", ("metrics", "calibrations", "measurements"), _keyed, _metric_rows, _metrics_load),
        Section("commercial", ("commercial", "commercial_shares", "periods", "period_estimates"), _single,
                _commercial_rows, _commercial_load),
        Section("scenarios", ("scenarios", "scenario_periods"), _keyed, _scenario_rows, _scenarios_load),
        Section("risks", ("risks", "risk_costs", "risk_cost_periods"), _keyed, _risk_rows, _risks_load),
        Section("procurement_tasks", ("procurement_tasks",), _keyed, _task_rows, _tasks_load),
        Section("documents", ("documents",), _keyed, _document_rows, _documents_load),
        Section("presentation", ("presentation_slides",), _single, _presentation_rows, _presentation_load),
    )
}

assert tuple(SECTIONS) == m.SECTIONS, "every section of the plan is stored"
assert sorted(t for s in SECTIONS.values() for t in s.tables) == sorted(TABLES), "every table belongs to a section"


# ---------------------------------------------------------------- whole plans and differences


@record
class TableChange:
    """What one edit changes in a table: the keys of rows to delete and the rows to write."""

    table: str
    deletes: list[tuple]  # primary keys
    upserts: list[tuple]  # full rows


def plan_rows(plan: m.Plan) -> Rows:
    """Every row of a plan, for writing a new file."""
    out: Rows = {name: [] for name in TABLES}
    for section in SECTIONS.values():
        for pos, (_ident, item) in enumerate(section.items(getattr(plan, section.name))):
            for table, rows in section.rows(item, pos).items():
                out[table].extend(rows)
    return out


def section_changes(section_name: str, old_value: Any, new_value: Any) -> list[TableChange]:
    """The rows to delete and upsert to turn one stored section from `old_value` into `new_value`.

    Items found at the same position as the very same object are skipped without looking
    at their rows, so an edit of one metric regenerates only that metric's rows.
    """
    section = SECTIONS[section_name]
    old_items = section.items(old_value)
    new_items = section.items(new_value)
    old_index = {ident: (pos, item) for pos, (ident, item) in enumerate(old_items)}
    if len(old_index) != len(old_items):  # duplicate keys: compare everything
        old_index = {}
    old_rows: dict[str, dict[tuple, tuple]] = defaultdict(dict)
    new_rows: dict[str, dict[tuple, tuple]] = defaultdict(dict)

    def add(target: dict[str, dict[tuple, tuple]], item: Any, pos: int) -> None:
        for table, rows in section.rows(item, pos).items():
            spec = TABLES[table]
            bucket = target[table]
            for row in rows:
                bucket[spec.key_of(row)] = row

    matched = set()
    for pos, (ident, item) in enumerate(new_items):
        old = old_index.get(ident)
        if old is not None:
            matched.add(ident)
            if old[0] == pos and old[1] is item:
                continue
            add(old_rows, old[1], old[0])
        add(new_rows, item, pos)
    for ident, (pos, item) in old_index.items():
        if ident not in matched:
            add(old_rows, item, pos)
    if not old_index:
        for pos, (_ident, item) in enumerate(old_items):
            add(old_rows, item, pos)

    changes = []
    for table in section.tables:
        before, after = old_rows.get(table, {}), new_rows.get(table, {})
        deletes = [key for key in before if key not in after]
        upserts = [row for key, row in after.items() if before.get(key) != row]
        if deletes or upserts:
            changes.append(TableChange(table, deletes, upserts))
    return changes


def load_sections(read: Callable[[Table], list[tuple]]) -> m.Plan:
    """Build the plan from the rows `read(table)` returns (in `Table.order_by` order).

    Raises RowError for a value that cannot be decoded, with the row it is in. The plan is not
    validated here: the caller runs `validation.validate_plan`, as an import does."""
    values = {}
    for section in SECTIONS.values():
        loaded = {t: read(TABLES[t]) for t in section.tables}
        try:
            values[section.name] = section.load(loaded)
        except RowError as exc:
            exc.row = _find_row(exc, loaded.get(exc.table, ()))
            raise
    return m.Plan(**values)


# ---------------------------------------------------------------- naming a bad row as the user sees it

# table -> the kind of thing it holds (validation.thing), and the child tables' parent table
_THING = {
    "project": "project", "goals": "project", "parties": "party", "areas": "area", "phases": "phase",
    "markers": "milestone", "chains": "chain", "chain_analysis": "chain", "chain_steps": "step",
    "scope_packages": "package", "scope_cells": "scope", "commercial": "rules", "commercial_shares": "rules",
    "periods": "period", "metrics": "metric", "calibrations": "calibration", "measurements": "metric",
    "scenarios": "scenario", "scenario_periods": "scenario_period", "risks": "risk",
    "procurement_tasks": "task", "documents": "document", "presentation_slides": "presentation",
    "period_estimates": "period", "risk_costs": "risk", "risk_cost_periods": "risk",
}
_PARENT = {"chain_analysis": "chains", "chain_steps": "chains", "calibrations": "metrics",
           "measurements": "metrics", "scenario_periods": "scenarios", "period_estimates": "periods",
           "risk_costs": "risks", "risk_cost_periods": "risks"}
# stored column -> the field as validation.field_label knows it
_FIELD = {
    "start_date": "start", "end_date": "end", "has_actual": "actual", "actual_fee": "actual.fee",
    "actual_overhead": "actual.overhead", "actual_production": "actual.production", "target_fee": "target.fee",
    "target_overhead": "target.overhead", "target_production": "target.production",
    "producer_pain_cap_kind": "producer_pain_cap", "producer_pain_cap_amount": "producer_pain_cap",
    "low_percent": "estimate.low_percent", "high_percent": "estimate.high_percent", "shape": "estimate.shape",
    "minimum": "cost.minimum", "most_likely": "cost.most_likely", "maximum": "cost.maximum",
    "probability_percent": "cost.probability_percent", "share_percent": "cost.periods",
}
_TABLE_FIELD = {"presentation_slides": "slides", "goals": "goals", "chain_analysis": "analysis", "scope_cells": "cells",
                "measurements": "measurements", "calibrations": None, "scenario_periods": None}
_CHILDREN = {"chain_analysis": "analysis", "chain_steps": "steps", "calibrations": "calibrations",
             "measurements": "measurements", "scenario_periods": "periods", "period_estimates": "estimate.low_percent",
             "risk_costs": "cost.minimum", "risk_cost_periods": "cost.periods"}


def _find_row(exc: RowError, rows: Iterable[tuple]) -> tuple | None:
    spec = TABLES.get(exc.table)
    if spec is None:
        return None
    column = spec.columns[0] if exc.kind == "orphan" else exc.column
    if column not in spec.columns:
        return None
    i = spec.columns.index(column)
    return next((r for r in rows if r[i] is exc.value or (type(r[i]) is type(exc.value) and r[i] == exc.value)),
                None)


def _cell(table: str, row: tuple | None, column: str) -> Any:
    spec = TABLES[table]
    return row[spec.columns.index(column)] if row is not None and column in spec.columns else None


def _name_of(table: str, key: Any, read: Callable[[Table], list[tuple]]) -> Any:
    """The name of the row of `table` whose key is `key` (for naming a child row's parent)."""
    column = "title" if table == "risks" else "name"
    for row in read(TABLES[table]):
        if row[0] == key:
            return _cell(table, row, column)
    return key


def _thing(exc: RowError, read: Callable[[Table], list[tuple]]) -> str:
    table, row = exc.table, exc.row
    kind = _THING.get(table, "")
    if kind in ("project", "rules", "scope", "presentation"):
        return v.thing(kind)
    position = _cell(table, row, "position")
    number = position + 1 if isinstance(position, int) else None
    parent_table = _PARENT.get(table)
    parent = _name_of(parent_table, row[0], read) if parent_table and row is not None else None
    if table in ("measurements", "chain_analysis", "period_estimates", "risk_costs", "risk_cost_periods"):
        return v.thing(kind, parent)
    if table == "calibrations":
        return v.thing(kind, _name_of("periods", _cell(table, row, "from_period"), read), None, parent)
    if table == "scenario_periods":
        return v.thing(kind, _name_of("periods", _cell(table, row, "period"), read), None, parent)
    name = _cell(table, row, "title" if table == "risks" else "name")
    return v.thing(kind, name, number, parent)


def _problem(exc: RowError) -> str:
    value, kind = exc.value, exc.kind
    if kind == "text":
        return translate("Validation", "is not text")
    if kind == "number":
        if isinstance(value, str):
            return translate("Interchange", "expected a number, not the text “{value}”").format(value=shown(value))
        return translate("Validation", "is not a number")
    if kind == "date":
        if isinstance(value, str):
            return translate("Interchange", "“{value}” is not a date (YYYY-MM-DD)").format(value=shown(value))
        return translate("Validation", "is not a date")
    if kind == "boolean":
        return translate("Validation", "must be true or false")
    if kind == "integer":
        return translate("Interchange", "expected a whole number from {low} to {high}").format(
            low=m.RISK_LEVELS[0], high=m.RISK_LEVELS[-1])
    if kind == "choice" and exc.column == "producer_pain_cap_kind":
        return translate("Validation", "“{value}” is not “fee”, none or an amount").format(value=shown(value))
    return translate("Storage", "“{value}” cannot be read").format(value=shown(value))


def _row_error_message(exc: RowError, read: Callable[[Table], list[tuple]]) -> str:
    if exc.kind == "count":
        return translate("Storage", "{thing} is missing from the file or is there twice.").format(
            thing=v.thing(_THING.get(exc.table, "project")))
    if exc.kind == "orphan":
        parent = _THING.get(_PARENT.get(exc.table, ""), "")
        return translate("Storage", "{thing} is missing, but the file holds its {what}.").format(
            thing=v.thing(parent, exc.value if isinstance(exc.value, str) else None),
            what=v.field_label(_CHILDREN.get(exc.table, exc.table)))
    table_field = _TABLE_FIELD.get(exc.table)
    if exc.table == "commercial_shares":
        share_table = _cell(exc.table, exc.row, "share_table")
        field = share_table if isinstance(share_table, str) and share_table in SHARE_TABLES else "commercial"
    else:
        field = table_field or _FIELD.get(exc.column, exc.column)
    return v.refusal(_thing(exc, read), field, _problem(exc)).message
