"""The demo projects (resources/demos/*.json): they load, round-trip exactly and hold the seed content."""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest

from alliance_desktop.core import model as m
from alliance_desktop.core.interchange import dumps, plan_from_text, plan_to_json

DEMOS = ("keusote", "hyvaks")


def _text(name: str) -> str:
    return resources.files("alliance_desktop.resources").joinpath("demos", f"{name}.json").read_text("utf-8")


def _plan(name: str) -> m.Plan:
    return plan_from_text(_text(name))


def _add_years(day: _dt.date, years: int) -> _dt.date:
    return day.replace(year=day.year + years)


def _effective_weights(plan: m.Plan) -> dict[str, Decimal]:
    """Per service period: the sum of the weights of the calibration in force (latest from_period at or before it)."""
    order = [p.key for p in plan.commercial.periods]
    totals = {}
    for i, key in enumerate(order):
        total = Decimal(0)
        for metric in plan.metrics:
            in_force = [c for c in metric.calibrations if order.index(c.from_period) <= i]
            if in_force:
                total += max(in_force, key=lambda c: order.index(c.from_period)).weight
        totals[key] = total
    return totals


# ---------------------------------------------------------------- both demos


@pytest.mark.parametrize("name", DEMOS)
def test_demo_round_trips_exactly(name):
    text = _text(name)
    assert dumps(plan_to_json(plan_from_text(text))) == text


@pytest.mark.parametrize("name", DEMOS)
def test_demo_references_are_consistent(name):
    plan = _plan(name)
    parties = {p.key for p in plan.parties}
    phases = {p.key for p in plan.phases}
    assert [p.key for p in plan.parties if p.role == "buyer"] == ["buyer"]
    for chain in plan.chains:
        for step in chain.steps:
            assert step.provider == "" or step.provider in parties, (chain.key, step.key)
            assert (step.provider == "") == (step.provider_kind == "own"), (chain.key, step.key)
            assert step.annual_volume > 0 and step.unit_cost > 0 and step.own_unit_cost > 0
        assert set(dict(chain.analysis)) <= set(m.ANALYSIS_HEADINGS)
    for marker in plan.markers:
        assert marker.phase == "" or marker.phase in phases, marker.key
        assert (marker.kind == "gate") == (marker.state != ""), marker.key
    for scenario in plan.scenarios:
        assert {sp.period for sp in scenario.periods} <= {p.key for p in plan.commercial.periods}
    for key in ("format", "version"):
        assert key in plan_to_json(plan)


@pytest.mark.parametrize("name", DEMOS)
def test_demo_shows_every_view(name):
    plan = _plan(name)
    assert plan.project.description and plan.project.goals
    assert {"buyer", "producer", "support_service", "association", "staff"} <= {p.role for p in plan.parties}
    assert {p.kind for p in plan.phases} >= {"strategy", "tendering", "development", "service", "step"}
    assert {x.kind for x in plan.markers} == set(m.MARKER_KINDS)
    assert any(p.staff_decision for p in plan.phases)
    assert plan.chains and plan.scope.packages and plan.scope.cells
    assert {state for _p, _a, state in plan.scope.cells} == set(m.SCOPE_STATES)
    assert plan.metrics and all(x.measurements for x in plan.metrics)
    assert len(plan.commercial.periods) >= 3
    assert plan.scenarios and plan.risks
    assert {t.stage for t in plan.procurement_tasks} == set(m.TASK_STAGES)
    assert plan.documents


@pytest.mark.parametrize("name", DEMOS)
def test_demo_marks_its_illustrative_figures(name):
    plan = _plan(name)
    assert "havainnollistav" in plan.project.notes.lower()
    assert all("havainnollistava" in p.name for p in plan.commercial.periods)
    text = _text(name)
    assert "ä" in text and "ö" in text


@pytest.mark.parametrize("name", DEMOS)
def test_demo_metric_weights_add_up_to_100_in_every_period(name):
    plan = _plan(name)
    assert set(_effective_weights(plan).values()) == {Decimal(100)}


@pytest.mark.parametrize("name", DEMOS)
def test_demo_periods_are_consecutive(name):
    periods = _plan(name).commercial.periods
    for before, after in itertools.pairwise(periods):
        assert after.start == before.end + _dt.timedelta(days=1)


@pytest.mark.parametrize("name", DEMOS)
def test_demo_scenarios_are_valid_what_ifs(name):
    plan = _plan(name)
    for scenario in plan.scenarios:
        assert scenario.periods and "havainnollistava" in scenario.notes.lower()
        for sp in scenario.periods:
            assert sp.actual is not None or sp.kpi_score is not None
            assert sp.kpi_score is None or 0 <= sp.kpi_score <= 1  # a KPI score is 0..1


@pytest.mark.parametrize("name", DEMOS)
def test_demo_settles_with_and_without_scenarios(name):
    from alliance_desktop.core.settlement import settle_plan

    plan = _plan(name)
    outcomes = set()
    for scenario in (None, *plan.scenarios):
        settlement = settle_plan(plan, scenario)
        assert [p.key for p in settlement.periods] == [p.key for p in plan.commercial.periods]
        outcomes |= {p.outcome for p in settlement.periods}
    assert {"underrun", "overrun"} <= outcomes


# ---------------------------------------------------------------- Keusote


def test_keusote_project_and_areas():
    plan = _plan("keusote")
    assert plan.project.name == "Keusote — ikääntyneiden palvelujen allianssi"
    assert plan.project.buyer == "Keski-Uudenmaan hyvinvointialue (Keusote)"
    assert plan.project.target_group == "Yli 65-vuotiaat"
    assert len(plan.project.goals) == 3
    assert plan.project.goals[0] == "Kustannuskasvun hillitseminen"
    areas = {a.name: a.status for a in plan.areas}
    assert areas == {
        "Hyvinkää": "included",
        "Nurmijärvi": "included",
        "Mäntsälä": "outside",
        "Pornainen": "outside",
        "Tuusula": "outside",
    }


def test_keusote_scope_matrix_follows_the_seed_table():
    plan = _plan("keusote")
    names = {p.key: p.name for p in plan.scope.packages}
    assert len(names) == 6
    cells = {(names[pk], ak): st for pk, ak, st in plan.scope.cells}
    assert len(cells) == 6 * 5
    nurmijarvi = {
        "Yli 65-vuotiaiden avosairaanhoito": "option",
        "Kotihoito ja kotihoidon etähoiva": "included",
        "Lääkäri- ja kuntoutuspalvelut kotihoitoon": "included",
        "Kuntouttava päivätoiminta": "included",
        "Lääkäri- ja kuntoutuspalvelut asumispalveluihin": "option",
        "Asumispalvelut (yhteisöllinen asuminen, ympärivuorokautiset asumispalvelut)": "included",
    }
    assert set(names.values()) == set(nurmijarvi)
    for package, state in nurmijarvi.items():
        assert cells[(package, "hyvinkaa")] == "included"
        assert cells[(package, "nurmijarvi")] == state
        for outside in ("mantsala", "pornainen", "tuusula"):
            assert cells[(package, outside)] == "excluded"


def test_keusote_phases_and_staff_decisions():
    plan = _plan("keusote")
    phases = {p.key: p for p in plan.phases}
    main = [p for p in plan.phases if not p.parent]
    assert [(p.kind, p.start, p.end) for p in main] == [
        ("strategy", _dt.date(2025, 12, 1), _dt.date(2026, 2, 28)),
        ("tendering", _dt.date(2026, 3, 1), _dt.date(2026, 12, 31)),
        ("development", _dt.date(2027, 1, 1), _dt.date(2027, 6, 30)),
        ("service", _dt.date(2027, 7, 1), _dt.date(2037, 6, 30)),
    ]
    assert [p.name for p in main] == ["Strategiavaihe", "Kilpailutus- ja muodostamisvaihe", "Kehitysvaihe",
                                      "Palveluvaihe"]
    tendering_steps = [p for p in plan.phases if p.parent == "kilpailutus"]
    assert [p.name for p in tendering_steps][:3] == ["Osallistumispyyntövaihe", "Neuvotteluvaihe", "Tarjousvaihe"]
    assert any("Hankintapäätös" in p.name for p in tendering_steps)
    for step in tendering_steps:
        parent = phases[step.parent]
        assert step.kind == "step" and parent.start <= step.start <= step.end <= parent.end
    decided = [p for p in plan.phases if p.staff_decision]
    assert ["osallistumispyynto", "tarjous", "kehitys", "palvelu"] == [
        p.key for p in decided if p.kind != "strategy"]
    assert phases["osallistumispyynto"].staff_decision.startswith("Maaliskuu 2026")
    assert phases["tarjous"].staff_decision.startswith("Kesäkuu 2026")


def test_keusote_markers_and_gates():
    plan = _plan("keusote")
    by_date = {}
    for x in plan.markers:
        by_date.setdefault(x.date, []).append(x)
    [dialogue] = by_date[_dt.date(2025, 12, 3)]
    assert (dialogue.kind, dialogue.time, dialogue.time_end) == ("event", "12:00", "13:00")
    [answers] = by_date[_dt.date(2025, 12, 17)]
    assert (answers.kind, answers.time) == ("deadline", "16:00")
    [meetings] = by_date[_dt.date(2026, 1, 12)]
    assert meetings.kind == "event" and "3–4" in meetings.notes
    [documents] = by_date[_dt.date(2026, 2, 6)]
    assert documents.kind == "milestone"
    [comments] = by_date[_dt.date(2026, 2, 20)]
    assert (comments.kind, comments.time) == ("deadline", "16:00")
    [request] = by_date[_dt.date(2026, 3, 3)]
    assert request.kind == "milestone" and "Osallistumispyynnön" in request.name

    gates = [x for x in plan.markers if x.kind == "gate"]
    assert len(gates) == 3
    assert all(g.state == "pending" for g in gates)
    assert [g.ends_alliance for g in gates] == [False, False, True]
    assert [g.phase for g in gates] == ["strategia", "kilpailutus", "kehitys"]


def test_keusote_commercial_model():
    plan = _plan("keusote")
    c = plan.commercial
    assert c.gain_cap_percent == 5
    assert dict(c.gain_share_percent) == {"buyer": 50, "producer": 30, "staff": 5, "effectiveness_pool": 15}
    assert dict(c.effectiveness_pool_split_percent) == {"producer": 100, "staff": 0}
    assert dict(c.pain_share_percent) == {"buyer": 50, "producer": 50}
    assert c.producer_pain_cap == "fee"
    start = _dt.date(2027, 7, 1)
    for period, years in zip(c.periods, (2, 2, 3, 3), strict=True):
        assert period.start == start
        start = _add_years(start, years)
        assert period.end == start - _dt.timedelta(days=1)
        assert 10_000_000 <= period.target.total < 100_000_000
    assert c.periods[-1].end == _dt.date(2037, 6, 30)

    def actual_total(p: m.ServicePeriod) -> Decimal:
        fee = p.target.fee if p.actual.fee is None else p.actual.fee
        return fee + p.actual.overhead + p.actual.production

    p1, p2 = c.periods[:2]
    assert actual_total(p1) < p1.target.total  # under-run
    assert (p1.target.total - actual_total(p1)) / p1.target.total == Decimal("0.06")
    assert actual_total(p2) > p2.target.total  # over-run


def test_keusote_metrics_are_recalibrated():
    plan = _plan("keusote")
    assert 5 <= len(plan.metrics) <= 6
    assert {c.from_period for x in plan.metrics for c in x.calibrations} == {"p1", "p3"}
    for x in plan.metrics:
        assert {"p1", "p2"} <= set(dict(x.measurements))


def test_keusote_cartel_risk_realised():
    plan = _plan("keusote")
    [cartel] = [r for r in plan.risks if "kartelli" in r.title.lower()]
    assert cartel.status == "realised"
    assert "1 osa-alueen" in cartel.mitigation and "avosairaanhoito" in cartel.mitigation
    assert 3 <= len(plan.risks) - 1 <= 5


def test_keusote_chain():
    plan = _plan("keusote")
    [chain] = plan.chains
    names = [s.name for s in chain.steps]
    assert names[0] == "Palvelutarpeen arviointi"
    for word in ("Kotihoito", "etähoiva", "Lääkäri", "Kuntou", "päivätoiminta", "asuminen"):
        assert any(word in n for n in names), word
    assert {s.provider_kind for s in chain.steps} == set(m.PROVIDER_KINDS)


# ---------------------------------------------------------------- HyvaKS

SURGICAL_STEPS = [
    "Lähete/lääkäri", "Hoidon suunnittelu", "Digihoito", "Laboratoriokokeet", "Kuvantaminen", "Näytteenotto",
    "Lausunnot", "Vuodeosastohoito", "Leikkaus", "Kotiutus", "Kuntoutus", "Apuvälineet", "Kivunhoito",
    "Jälkitarkastus", "Korjaavat toimenpiteet", "Kuljetukset", "Rekisterienhoito", "Henkilöstön koulutus",
]
RECEPTION_STEPS = [
    "Lääkärin vastaanotto", "Hoitajan vastaanotto", "Laboratoriokokeet", "Kuvantaminen", "Näytteenotto",
    "Lausunnot", "Henkilöstön koulutus", "Tilat",
]


def test_hyvaks_project():
    plan = _plan("hyvaks")
    assert plan.project.name == "HyvaKS — leikkausallianssi"
    assert plan.project.buyer == "Keski-Suomen hyvinvointialue (HyvaKS)"
    text = plan.project.description.lower()
    for queue in ("silmätaudit", "knk", "ihotautien", "nivustyrä", "vatsanpeitteiden tyrä", "eturauhasen höyläykset",
                  "suonikohjutoimenpiteet", "palveluseteli"):
        assert queue in text, queue
    assert "Keski-Suomen Yrittäjät" in {p.name for p in plan.parties if p.role == "association"}


def test_hyvaks_surgical_chain():
    plan = _plan("hyvaks")
    chains = {c.name: c for c in plan.chains}
    surgical = chains["Leikkaushoitoprosessi"]
    assert [s.name for s in surgical.steps] == SURGICAL_STEPS
    assert [k for k, _text in surgical.analysis] == list(m.ANALYSIS_HEADINGS)
    assert all(text.strip() for _k, text in surgical.analysis)
    kinds = {s.name: s.provider_kind for s in surgical.steps}
    assert kinds["Kuljetukset"] == "support_service"
    assert set(kinds.values()) == set(m.PROVIDER_KINDS)


def test_hyvaks_reception_chain():
    plan = _plan("hyvaks")
    chains = {c.name: c for c in plan.chains}
    reception = chains["Täydentävä vastaanottoprosessi"]
    assert [s.name for s in reception.steps] == RECEPTION_STEPS
    assert "HyvaKS:n infran hyödyntäminen" in dict(reception.analysis)["infrastructure"]


def test_hyvaks_metrics():
    plan = _plan("hyvaks")
    assert [x.name for x in plan.metrics] == [
        "Jonotusajat", "Hoitojakson kesto", "Hoitokustannukset", "Asiakastyytyväisyys", "Toteutuneet häiriöt",
        "Toteuttajien tyytyväisyys", "Korjaustoimenpiteet/jälkihoito", "Prosessin tuottavuus",
    ]
    assert all(x.unit and x.baseline is not None and x.calibrations for x in plan.metrics)
    assert {x.direction for x in plan.metrics} == set(m.DIRECTIONS)
    # the seed: metrics are recalibrated and re-weighted; history is kept
    assert all(len(x.calibrations) >= 2 for x in plan.metrics)
    assert len({tuple(c.weight for c in x.calibrations) for x in plan.metrics}) > 1


def test_hyvaks_procurement_roadmap_and_documents():
    plan = _plan("hyvaks")
    assert [d.name for d in plan.documents] == [
        "Prosessikuvaus", "Yhteistyösopimus", "Salassapitosopimus", "Seurantamittaristo", "Kehitysprosessikuvaus"]
    names = {t.name for t in plan.procurement_tasks}
    for item in ("Poliittinen päätös", "Vaikuttavuusmittariston laadinta", "Markkinavuoropuhelu",
                 "Oikaisu- tai valitusprosessi", "Hinnan tarkistus", "Yhteistyön kehittäminen"):
        assert item in names, item
    roadmap = [p for p in plan.phases if p.kind in ("step", "other") and p.name[:1].isdigit()]
    assert len(roadmap) == 12
    assert roadmap[0].name.endswith("Allianssimallin esittely pyöreissä pöydissä")
    assert roadmap[-1].name.endswith("Uusien allianssien kehittäminen")
    assert [p.start for p in roadmap] == sorted(p.start for p in roadmap)
    assert all(p.start >= _dt.date(2025, 1, 1) for p in roadmap)
    assert len([x for x in plan.markers if x.kind == "gate"]) >= 2


def test_hyvaks_capacity_risk():
    plan = _plan("hyvaks")
    [risk] = [r for r in plan.risks if "Leikkaajakapasiteetti" in r.title]
    assert "yksityisellä" in risk.description and "julkisessa" in risk.description


# ---------------------------------------------------------------- docs/file-format.md

FILE_FORMAT_DOC = Path(__file__).resolve().parents[2] / "docs" / "file-format.md"


@pytest.mark.skipif(not FILE_FORMAT_DOC.exists(), reason="docs are not installed")
def test_file_format_doc_example_loads():
    [example] = re.findall(r"```json\n(.*?)```", FILE_FORMAT_DOC.read_text("utf-8"), re.DOTALL)
    plan = plan_from_text(example)
    assert plan.project.name == "Esimerkkiallianssi"
    assert plan.commercial.periods[0].actual.fee is None  # left out: equals target.fee
    assert plan.commercial.producer_pain_cap == "fee"
