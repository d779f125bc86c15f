"""Shared fixtures for the project-file tests: a private app-data folder and sample plans."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from decimal import Decimal as D
from pathlib import Path

import pytest

from alliance_desktop.core import model as m

DEMOS = Path(__file__).resolve().parents[2] / "resources" / "demos"


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory, monkeypatch):
    """Backups and other app files go to a fresh folder per test, never the real user folder."""
    folder = tmp_path_factory.mktemp("appdata")
    monkeypatch.setenv("ALLIANCE_DESKTOP_DATA_DIR", str(folder))
    return folder


def sample_plan(metrics: int = 3, periods: int = 4) -> m.Plan:
    """A plan that fills every table, with awkward values (exact decimals, None, non-ASCII, empty text)."""
    period_list = tuple(
        m.ServicePeriod(
            key=f"p{i + 1}",
            name=f"Jakso {i + 1}",
            start=dt.date(2026 + 2 * i, 1, 1),
            end=dt.date(2027 + 2 * i, 12, 31),
            target=m.CostParts(D("1200000.00"), D("150000.5"), D(8650000)),
            actual=None if i == periods - 1 and i > 0 else m.ActualCost(None if i % 2 else D(1200000),
                                                                        D("149000.10"), D("8100000.99")),
        )
        for i in range(periods)
    )
    pkeys = [p.key for p in period_list]
    metric_list = tuple(
        m.Metric(
            key=f"k{i}",
            name=f"Odotusaika {i} — jonossa",
            unit="vrk",
            direction=m.DIRECTIONS[i % 2],
            description="Käyntien välinen aika\nrivi 2",
            data_source="Pegasos",
            frequency="kk",
            owner="Tilaaja",
            baseline=None if i % 3 == 0 else D("42.50"),
            calibrations=(m.Calibration(pkeys[0], D("0.25"), D(30), D(14)),)
            + ((m.Calibration(pkeys[-1], D("0.3"), D(28), D("12.5")),) if periods > 1 else ()),
            measurements=tuple((p, D(str(20 + i)) + D("0.01") * j) for j, p in enumerate(pkeys)),
        )
        for i in range(metrics)
    )
    return m.Plan(
        project=m.Project(
            name="Keusote – ikäihmisten allianssi",
            buyer="Keski-Uudenmaan hyvinvointialue",
            target_group="yli 65-vuotiaat",
            description="Kotihoito, 'lainausmerkit' ja \"heittomerkit\"; <b>ei HTML</b>",
            goals=("Kustannusten kasvun hillintä", "Laatu", "Laatu"),
            version_label="luonnos 2",
            notes="",
        ),
        parties=(
            m.Party("tilaaja", "Keusote", "buyer"),
            m.Party("tuottaja", "Hoiva Oy", "producer", "Konsortio"),
            m.Party("ravinto", "Ateria Oy", "support_service"),
        ),
        areas=(m.Area("hki", "Hyvinkää"), m.Area("nrj", "Nurmijärvi"),
               m.Area("trs", "Tuusula", "option", "myöhemmin")),
        phases=(
            m.Phase("strategia", "Strategiavaihe", "strategy", dt.date(2025, 9, 1), dt.date(2025, 12, 31)),
            m.Phase("kilpailutus", "Kilpailutus- ja muodostamisvaihe", "tendering", dt.date(2026, 1, 1),
                    dt.date(2026, 9, 30), staff_decision="Liikkeenluovutus selvitetään"),
            m.Phase("neuvottelut", "Neuvottelut", "step", dt.date(2026, 4, 1), None, parent="kilpailutus"),
            m.Phase("palvelu", "Palveluvaihe", "service", None, None),
        ),
        markers=(
            m.Marker("mvp", "Markkinavuoropuhelu", "event", dt.date(2025, 12, 3), "12:00", "13:00", "strategia"),
            m.Marker("dl", "Vastaukset", "deadline", dt.date(2025, 12, 17), "16:00"),
            m.Marker("gate3", "Palveluvaiheen päätös", "gate", dt.date(2027, 6, 1), state="pending",
                     ends_alliance=True),
        ),
        chains=(
            m.ServiceChain(
                key="leikkaus",
                name="Leikkaushoidon ketju",
                description="Lähetteestä kontrolliin",
                analysis=(("service_needs", "Jonot pitkiä"), ("risks", "Kirurgikapasiteetti")),
                steps=(
                    m.ChainStep("lahete", "Lähete", provider_kind="own", annual_volume=D(1200),
                                unit_cost=D("35.5"), own_unit_cost=D("40.00")),
                    m.ChainStep("leikkaus", "Leikkaus", provider="tuottaja", provider_kind="partner",
                                annual_volume=D(800), unit_cost=D(4200), own_unit_cost=D("4650.75"),
                                scope="option", risks="Kapasiteetti", notes="Yö"),
                ),
            ),
            m.ServiceChain("tyhja", "Tyhjä ketju"),
        ),
        scope=m.Scope(
            packages=(m.ScopePackage("kotihoito", "Kotihoito", "65+"), m.ScopePackage("ateria", "Ateriapalvelu")),
            cells=(("kotihoito", "hki", "included"), ("kotihoito", "trs", "option"), ("ateria", "nrj", "excluded")),
        ),
        metrics=metric_list,
        commercial=m.Commercial(
            gain_cap_percent=D("7.5"),
            gain_share_percent=(("producer", D(30)), ("buyer", D("50.0")), ("staff", D(5)),
                                ("effectiveness_pool", D(15))),
            producer_pain_cap=D("250000.00"),
            periods=period_list,
        ),
        scenarios=(
            m.Scenario("pessimisti", "Pessimistinen", "ylitys",
                       (m.ScenarioPeriod("p1", m.ActualCost(None, D(160000), D(9000000))),
                        m.ScenarioPeriod("p2", None, D("0.5")),
                        m.ScenarioPeriod("p3", m.ActualCost(D(1100000), D(0), D(0)), D(1)))),
            m.Scenario("tyhja", "Ei jaksoja"),
        ),
        risks=(
            m.Risk("kartelli", "Kartelliriski", "Tietojenvaihto", 3, 5, "Hankinnat", "Ohjeistus", "realised"),
            m.Risk("kirurgit", "Kirurgien kapasiteetti"),
        ),
        procurement_tasks=(
            m.ProcurementTask("tarve", "Tarvekartoitus", "needs", True, dt.date(2025, 8, 31)),
            m.ProcurementTask("tp", "Tarjouspyyntö", "tendering"),
        ),
        documents=(m.DocumentItem("ys", "Yhteistoimintasopimus", "draft"), m.DocumentItem("nda", "Salassapito")),
    )


def demo_plans() -> list[tuple[str, m.Plan]]:
    """The shipped demo projects, when they exist yet."""
    from alliance_desktop.core.interchange import plan_from_text

    out = []
    for name in ("keusote", "hyvaks"):
        path = DEMOS / f"{name}.json"
        if path.is_file():
            out.append((name, plan_from_text(path.read_text(encoding="utf-8"))))
    return out


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def leftovers(folder: Path) -> list[str]:
    """Journal or temp files in a folder (nothing may be left beside a checked or written file)."""
    return sorted(n for n in os.listdir(folder) if n.endswith(("-journal", "-wal", "-shm", ".tmp")))


@pytest.fixture
def plan() -> m.Plan:
    return sample_plan()


@pytest.fixture
def project_path(tmp_path) -> Path:
    return tmp_path / "Hyvinkää ä ö.alliance"


@pytest.fixture(autouse=True)
def _english_messages():
    """The storage tests assert on the English texts; test_badfiles_finnish checks the Finnish ones."""
    from alliance_desktop import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("fi")
