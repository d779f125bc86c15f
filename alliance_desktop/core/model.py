"""The plan: immutable dataclasses (records) for everything one project file holds.

The model is frozen (tuples, not lists) so that an undo command can keep the
plan before and after an edit by reference, and storage can tell which parts
changed with an identity check. Edits build a new plan with `dataclasses.replace`.
Money and other exact quantities are `Decimal`; dates are `datetime.date`.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import field
from decimal import Decimal

from .records import record

PARTY_ROLES = ("buyer", "producer", "subcontractor", "support_service", "association", "staff")
AREA_STATUSES = ("included", "option", "outside")
SCOPE_STATES = ("included", "option", "excluded")
PHASE_KINDS = ("strategy", "tendering", "development", "service", "step", "other")
MARKER_KINDS = ("milestone", "deadline", "event", "gate")
GATE_STATES = ("pending", "go", "withdraw")
PROVIDER_KINDS = ("own", "partner", "subcontractor", "support_service")
STEP_SCOPES = ("yes", "no", "option")
DIRECTIONS = ("lower_is_better", "higher_is_better")
TASK_STAGES = ("needs", "planning", "definition", "tendering", "contract")
RISK_STATUSES = ("open", "mitigated", "closed", "realised")
DOCUMENT_STATUSES = ("todo", "draft", "ready")
RISK_LEVELS = (1, 2, 3, 4, 5)  # likelihood and impact
COST_PARTS = ("fee", "overhead", "production")
# Presentation slides: a slide is one of these names, or "phase:KEY" / "chain:KEY" (a main phase, a chain).
SLIDE_NAMES = ("overview", "timeline", "metrics", "commercial", "uncertainty", "risks")
SLIDE_PREFIXES = ("phase", "chain")

ZERO = Decimal(0)


@record
class Project:
    """What the alliance is: its name, buyer, target group, description and goals."""

    name: str = ""
    buyer: str = ""
    target_group: str = ""
    description: str = ""
    goals: tuple[str, ...] = ()
    version_label: str = "luonnos"
    notes: str = ""


@record
class Party:
    """An organisation in the alliance (the buyer, a producer, a subcontractor, ...), by role."""

    key: str
    name: str
    role: str = "producer"
    notes: str = ""


@record
class Area:
    """A municipality or area, inside the alliance, an option, or outside it."""

    key: str
    name: str
    status: str = "included"
    notes: str = ""


@record
class Phase:
    """A bar on the timeline: a preparation phase, the service phase, or a sub-step (parent set)."""

    key: str
    name: str
    kind: str = "other"
    start: _dt.date | None = None
    end: _dt.date | None = None
    parent: str = ""
    owner: str = ""
    staff_decision: str = ""
    notes: str = ""


@record
class Marker:
    """A point on the timeline: milestone, deadline, event (with times of day) or decision gate."""

    key: str
    name: str
    kind: str = "milestone"
    date: _dt.date | None = None
    time: str = ""  # "HH:MM" or ""
    time_end: str = ""
    phase: str = ""
    state: str = ""  # gates: pending | go | withdraw
    ends_alliance: bool = False  # a gate whose "withdraw" ends the alliance
    owner: str = ""
    notes: str = ""


@record
class ChainStep:
    """One care step of a service chain: who provides it, its annual volume and unit costs, its scope."""

    key: str
    name: str
    description: str = ""
    provider: str = ""  # party key, or "" for the buyer's own production
    provider_kind: str = "own"
    responsible_unit: str = ""
    annual_volume: Decimal = ZERO
    unit_cost: Decimal = ZERO
    own_unit_cost: Decimal = ZERO
    scope: str = "yes"
    risks: str = ""
    notes: str = ""


@record
class ServiceChain:
    """A care pathway: its steps in order and the analysis notes under ANALYSIS_HEADINGS."""

    key: str
    name: str
    description: str = ""
    analysis: tuple[tuple[str, str], ...] = ()  # (heading key, text), see ANALYSIS_HEADINGS
    steps: tuple[ChainStep, ...] = ()


ANALYSIS_HEADINGS = (
    "service_needs",
    "goals",
    "alternatives",
    "views",
    "responsibilities",
    "incentives",
    "risks",
    "infrastructure",
)


@record
class ScopePackage:
    """A service package of the scope matrix (for example home care), a row of the matrix."""

    key: str
    name: str
    target_group: str = ""
    notes: str = ""


@record
class Scope:
    """The scope matrix: which package is included, an option or excluded in which area."""

    packages: tuple[ScopePackage, ...] = ()
    cells: tuple[tuple[str, str, str], ...] = ()  # (package key, area key, state)


@record
class Calibration:
    """A metric's weight and its threshold and target levels, from a service period on."""

    from_period: str
    weight: Decimal
    threshold: Decimal
    target: Decimal


@record
class Metric:
    """A KPI: how it is measured, its calibrations over time and its measured values per period."""

    key: str
    name: str
    unit: str = ""
    direction: str = "lower_is_better"
    description: str = ""
    data_source: str = ""
    frequency: str = ""
    owner: str = ""
    baseline: Decimal | None = None
    calibrations: tuple[Calibration, ...] = ()
    measurements: tuple[tuple[str, Decimal], ...] = ()  # (period key, value)


@record
class CostParts:
    """A cost split into the producers' fee, overhead and production (direct) costs."""

    fee: Decimal = ZERO
    overhead: Decimal = ZERO
    production: Decimal = ZERO

    @property
    def total(self) -> Decimal:
        return self.fee + self.overhead + self.production


@record
class ActualCost:
    """Actual cost of a period, part by part as entered; a part None was not entered.

    A fee not entered is the target fee (by contract). Overhead and production not entered
    are unknown: they are never taken as zero nor copied from the target (the settlement
    decides how such a period is shown). A period's `actual` None means no actuals at all;
    an ActualCost with no part entered is never kept (import and edits make it None).
    """

    fee: Decimal | None = None
    overhead: Decimal | None = None
    production: Decimal | None = None

    @property
    def entered(self) -> tuple[str, ...]:
        """The parts that were entered, in COST_PARTS order."""
        return tuple(part for part in COST_PARTS if getattr(self, part) is not None)

    @property
    def is_complete(self) -> bool:
        """Overhead and production entered (the fee may be left as the target fee)."""
        return self.overhead is not None and self.production is not None


ESTIMATE_SHAPES = ("triangular", "uniform")


@record
class EstimateRange:
    """How far a period's production (reimbursable) cost may land from its target, in percent of it
    (e.g. −8 … +12): triangular with its peak at the target, or uniform (core/uncertainty.py)."""

    low_percent: Decimal
    high_percent: Decimal
    shape: str = "triangular"


@record
class ServicePeriod:
    """A service period of the commercial model, with its target cost and, once known, the actual."""

    key: str
    name: str
    start: _dt.date
    end: _dt.date
    target: CostParts = field(default_factory=CostParts)
    actual: ActualCost | None = None  # None: not known yet (a future period); settles at its target
    estimate: EstimateRange | None = None  # None: the production cost is taken as its target


@record
class Commercial:
    """The commercial model: the periods and the gain and pain sharing rules."""

    gain_cap_percent: Decimal = Decimal(5)
    gain_share_percent: tuple[tuple[str, Decimal], ...] = (
        ("buyer", Decimal(50)),
        ("producer", Decimal(30)),
        ("staff", Decimal(5)),
        ("effectiveness_pool", Decimal(15)),
    )
    effectiveness_pool_split_percent: tuple[tuple[str, Decimal], ...] = (
        ("producer", Decimal(100)),
        ("staff", Decimal(0)),
    )
    pain_share_percent: tuple[tuple[str, Decimal], ...] = (
        ("buyer", Decimal(50)),
        ("producer", Decimal(50)),
    )
    producer_pain_cap: str | Decimal | None = "fee"  # "fee", an amount, or None (no limit)
    periods: tuple[ServicePeriod, ...] = ()

    def share(self, table: str, party: str) -> Decimal:
        return dict(getattr(self, table)).get(party, ZERO)


@record
class ScenarioPeriod:
    """A what-if assumption for one period: an actual cost and/or a KPI score."""

    period: str
    actual: ActualCost | None = None  # None: use the file's actuals
    kpi_score: Decimal | None = None  # None: from the metrics; else a manual override


@record
class Scenario:
    """A named, saved what-if: assumptions per period to compare with the plan."""

    key: str
    name: str
    notes: str = ""
    periods: tuple[ScenarioPeriod, ...] = ()


@record
class Risk:
    """A risk of the plan, with its likelihood and impact (1–5), owner and mitigation."""

    key: str
    title: str
    description: str = ""
    likelihood: int = 2  # 1..5
    impact: int = 2  # 1..5
    owner: str = ""
    mitigation: str = ""
    status: str = "open"  # open | mitigated | closed | realised
    cost: RiskCost | None = None  # its money, for the simulation (core/uncertainty.py); None: none given


@record
class RiskCost:
    """A risk's cost if it happens (minimum, most likely, maximum €; negative: an opportunity), the
    probability (%) that it does, and the share (%) of it on each service period (period key, share);
    no periods: the periods not yet settled, in proportion to their target cost."""

    minimum: Decimal
    most_likely: Decimal
    maximum: Decimal
    probability_percent: Decimal
    periods: tuple[tuple[str, Decimal], ...] = ()


def severity(risk: Risk) -> int:
    """Likelihood × impact, 1–25."""
    return risk.likelihood * risk.impact


def by_severity(risks) -> list[Risk]:
    """The risks most severe first (ties in plan order): the order, and numbers, of the risk table and matrix."""
    return [r for _i, r in sorted(enumerate(risks), key=lambda item: (-severity(item[1]), item[0]))]


def matrix_places(numbered) -> list[tuple[int, Risk, float, float]]:
    """Where each (number, risk) sits in the 5 × 5 risk matrix, in cell units: (number, risk, x, y) with x
    across by impact and y up by likelihood, a cell's centre at (impact - 0.5, likelihood - 0.5). Risks
    sharing a cell sit side by side, two a row, 0.45 of a cell apart (the screen and the PDF draw these)."""
    by_cell: dict[tuple[int, int], list[tuple[int, Risk]]] = {}
    for n, risk in numbered:
        by_cell.setdefault((risk.likelihood, risk.impact), []).append((n, risk))
    places = []
    for (likelihood, impact), members in by_cell.items():
        per_row = 2 if len(members) > 1 else 1
        rows = (len(members) + per_row - 1) // per_row
        for i, (n, risk) in enumerate(members):
            places.append((n, risk, impact - 0.5 + (i % per_row - (per_row - 1) / 2) * 0.45,
                           likelihood - 0.5 - (i // per_row - (rows - 1) / 2) * 0.45))
    return places


def severity_level(score: int) -> str:
    """"low" up to 4, "medium" up to 11, "high" from 12: the colours of the risk table and matrix."""
    return "low" if score <= 4 else "medium" if score < 12 else "high"


@record
class ProcurementTask:
    """A step of the procurement process, by stage, with its due date."""

    key: str
    name: str
    stage: str = "planning"
    done: bool = False
    due: _dt.date | None = None
    notes: str = ""


@record
class DocumentItem:
    """A document the alliance needs (process description, cooperation agreement, ...)."""

    key: str
    name: str
    status: str = "todo"  # todo | draft | ready
    notes: str = ""


@record
class Presentation:
    """The presenter's deck: slide names in order (SLIDE_NAMES, "phase:KEY", "chain:KEY");
    empty: every slide in the usual order (core/presentation.deck)."""

    slides: tuple[str, ...] = ()


@record
class Plan:
    """The whole alliance plan: everything one project file holds."""

    project: Project = field(default_factory=Project)
    parties: tuple[Party, ...] = ()
    areas: tuple[Area, ...] = ()
    phases: tuple[Phase, ...] = ()
    markers: tuple[Marker, ...] = ()
    chains: tuple[ServiceChain, ...] = ()
    scope: Scope = field(default_factory=Scope)
    metrics: tuple[Metric, ...] = ()
    commercial: Commercial = field(default_factory=Commercial)
    scenarios: tuple[Scenario, ...] = ()
    risks: tuple[Risk, ...] = ()
    procurement_tasks: tuple[ProcurementTask, ...] = ()
    documents: tuple[DocumentItem, ...] = ()
    presentation: Presentation = field(default_factory=Presentation)


# The plan's parts, in file order; storage and the Document's change signals use these names.
SECTIONS = (
    "project",
    "parties",
    "areas",
    "phases",
    "markers",
    "chains",
    "scope",
    "metrics",
    "commercial",
    "scenarios",
    "risks",
    "procurement_tasks",
    "documents",
    "presentation",
)


def changed_sections(old: Plan, new: Plan) -> list[str]:
    """Sections whose value differs between two plans (identity first: cheap for untouched parts)."""
    return [s for s in SECTIONS if getattr(old, s) is not getattr(new, s) and getattr(old, s) != getattr(new, s)]
