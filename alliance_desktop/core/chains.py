"""Service chains without Qt: costs, the card layout of the chain canvas, pure edits and templates.

The screen (ui/chains) and the printed report draw the same picture from here:

* `chain_costs(plan, chain)` prices every step (annual volume × unit cost), the chain as a whole,
  per provider and per provider kind, and today's own-production cost (volume × own unit cost);
* `chain_layout(count, columns)` places the step cards in rows that wrap like the seed slides
  (left to right, then the next row), with the arrows between them, and answers hit tests
  (`card_at`, `drop_index`, `neighbour`) in constant time so a 200-step chain stays smooth;
* the edit functions are pure (plan in, new plan out) for `Document.apply`, and refuse bad input
  with a `PlanError` that says what is wrong, so nothing is stored half-way;
* `use_chain_cost_as_target` turns a chain's annual cost into a service period's production target,
  returning the new plan and a `TargetChange` that a preview dialog can show first;
* `template_chain` builds the surgical care and complementary reception chains of the HyvaKS slides
  and the elderly home-care chain of the Keusote packages.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

from .derived import identity_memo
from .records import record
from ..i18n import language, translate
from . import model as m
from .edits import unique_key
from .errors import PlanError
from .formatting import parse_number

ZERO = Decimal(0)
CENT = Decimal("0.01")
SCOPE_CYCLE = ("included", "option", "excluded")
STEP_NUMBER_FIELDS = ("annual_volume", "unit_cost", "own_unit_cost")
STEP_TEXT_FIELDS = ("name", "description", "responsible_unit", "risks", "notes")
STEP_FIELDS = STEP_TEXT_FIELDS + STEP_NUMBER_FIELDS + ("provider", "provider_kind", "scope")

# ---------------------------------------------------------------- names


def provider_kind_title(kind: str) -> str:
    return {
        "own": translate("Chains", "Own production"),
        "partner": translate("Chains", "Alliance partner"),
        "subcontractor": translate("Chains", "Subcontractor"),
        "support_service": translate("Chains", "Support service"),
    }.get(kind, kind)


def provider_kind_explanation(kind: str) -> str:
    """A tooltip line that explains the term: a glossary term's is its definition there (core/glossary.py)."""
    from . import glossary

    if glossary.has(kind):  # subcontractor, support service
        return glossary.definition(kind)
    return {
        "own": translate("Chains", "The wellbeing county produces the step itself."),
        "partner": translate("Chains", "A producer that is a party to the alliance agreement."),
    }.get(kind, "")


def step_scope_title(scope: str) -> str:
    return {
        "yes": translate("Chains", "In the alliance"),
        "no": translate("Chains", "Not in the alliance"),
        "option": translate("Chains", "Option"),
    }.get(scope, scope)


def scope_state_title(state: str) -> str:
    return {
        "included": translate("Chains", "Included"),
        "option": translate("Chains", "Option"),
        "excluded": translate("Chains", "Excluded"),
    }.get(state, state)


def analysis_heading_title(heading: str) -> str:
    return {
        "service_needs": translate("Chains", "Service needs per area"),
        "goals": translate("Chains", "Goals"),
        "alternatives": translate("Chains", "Implementation alternatives"),
        "views": translate("Chains", "Views of staff, producers and clients"),
        "responsibilities": translate("Chains", "Division of responsibility and organisation"),
        "incentives": translate("Chains", "Incentives and sanctions"),
        "risks": translate("Chains", "Risks"),
        "infrastructure": translate("Chains", "Use of the buyer's own infrastructure"),
    }.get(heading, heading)


def analysis_heading_hint(heading: str) -> str:
    """What to write under the heading (placeholder text)."""
    return {
        "service_needs": translate("Chains", "How much of the service each area needs, and where the queues are."),
        "goals": translate("Chains", "What the chain should achieve: waiting times, quality, cost."),
        "alternatives": translate("Chains", "Own production, purchased service, voucher or alliance."),
        "views": translate("Chains", "What staff, producers and clients think of the change."),
        "responsibilities": translate("Chains", "Who is responsible for which step, and how it is organised."),
        "incentives": translate("Chains", "Bonuses and sanctions tied to the goals and metrics."),
        "risks": translate("Chains", "What could go wrong, and how it is managed."),
        "infrastructure": translate("Chains", "Premises, equipment and systems of the buyer that the alliance uses."),
    }.get(heading, "")


def provider_name(plan: m.Plan, step: m.ChainStep) -> str:
    """The party producing the step; own production, or "not chosen" with the kind when no party is set."""
    if step.provider:
        for p in plan.parties:
            if p.key == step.provider:
                return p.name
        return step.provider
    if step.provider_kind == "own":
        return translate("Chains", "Own production")
    return translate("Chains", "Provider not chosen")


def kind_for_role(role: str) -> str | None:
    """The provider kind a party's role suggests (None: no suggestion)."""
    return {"buyer": "own", "producer": "partner", "subcontractor": "subcontractor",
            "support_service": "support_service"}.get(role)


# ---------------------------------------------------------------- costs


@record
class StepCost:
    key: str
    cost: Decimal  # annual volume × unit cost
    own_cost: Decimal  # annual volume × today's own-production unit cost

    @property
    def difference(self) -> Decimal:
        """Cost minus today's own-production cost (negative: cheaper than own production)."""
        return self.cost - self.own_cost


@record
class ProviderCost:
    provider: str  # party key, or "" (own production / not chosen)
    kind: str
    name: str
    steps: int
    cost: Decimal
    own_cost: Decimal

    @property
    def difference(self) -> Decimal:
        return self.cost - self.own_cost


@record
class ChainCosts:
    steps: tuple[StepCost, ...]
    gross: Decimal  # all steps
    own: Decimal  # all steps at today's own-production unit cost
    in_scope: Decimal  # steps in the alliance (scope "yes")
    option: Decimal  # steps that are an option
    outside: Decimal  # steps left outside the alliance
    providers: tuple[ProviderCost, ...]  # largest cost first
    by_kind: tuple[tuple[str, Decimal], ...]  # in PROVIDER_KINDS order, kinds without steps left out

    @property
    def difference(self) -> Decimal:
        """Gross cost minus today's own-production cost (negative: the chain costs less than own production)."""
        return self.gross - self.own

    def step(self, key: str) -> StepCost:
        for s in self.steps:
            if s.key == key:
                return s
        raise KeyError(key)

    def target_base(self, include_options: bool = False) -> Decimal:
        """The annual cost an alliance production target is built on."""
        return self.in_scope + (self.option if include_options else ZERO)


def step_cost(step: m.ChainStep) -> StepCost:
    return StepCost(step.key, step.annual_volume * step.unit_cost, step.annual_volume * step.own_unit_cost)


def chain_costs(plan: m.Plan, chain: m.ServiceChain) -> ChainCosts:
    """The chain's costs and totals, once per plan state (core/derived.py): remembered by the chain
    and the parties (the providers' names) and the language (the names of own or unchosen ones)."""
    return _chain_costs(chain, plan.parties, language())


@identity_memo(size=32, by_value=(2,))
def _chain_costs(chain: m.ServiceChain, parties: tuple[m.Party, ...], _language: str) -> ChainCosts:
    plan = m.Plan(parties=parties)  # what provider_name reads
    costs = tuple(step_cost(s) for s in chain.steps)
    gross = sum((c.cost for c in costs), ZERO)
    own = sum((c.own_cost for c in costs), ZERO)
    by_scope = {"yes": ZERO, "option": ZERO, "no": ZERO}
    groups: dict[tuple[str, str], list] = {}
    kinds: dict[str, Decimal] = {}
    for step, c in zip(chain.steps, costs):
        by_scope[step.scope] = by_scope.get(step.scope, ZERO) + c.cost
        group = (step.provider, "" if step.provider else step.provider_kind)
        entry = groups.setdefault(group, [step, 0, ZERO, ZERO])
        entry[1] += 1
        entry[2] += c.cost
        entry[3] += c.own_cost
        kinds[step.provider_kind] = kinds.get(step.provider_kind, ZERO) + c.cost
    providers = [ProviderCost(first.provider, first.provider_kind, provider_name(plan, first), n, cost, own_cost)
                 for first, n, cost, own_cost in groups.values()]
    providers.sort(key=lambda p: -p.cost)  # stable: equal costs keep the chain's order
    return ChainCosts(
        steps=costs, gross=gross, own=own,
        in_scope=by_scope["yes"], option=by_scope["option"], outside=by_scope["no"],
        providers=tuple(providers),
        by_kind=tuple((k, kinds[k]) for k in m.PROVIDER_KINDS if k in kinds),
    )


# ---------------------------------------------------------------- the card layout


@record
class Metrics:
    """Sizes of the canvas in logical pixels (the painter scales them for zoom and export)."""

    card_width: float = 160.0
    card_height: float = 104.0
    gap_x: float = 34.0
    gap_y: float = 40.0
    margin: float = 20.0
    top: float = 0.0  # room above the first row (title, totals, legend)


DEFAULT_METRICS = Metrics()


@record
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom


@record
class Arrow:
    """From card `source` to card `target`: a polyline; the last segment ends at the target (the head)."""

    source: int
    target: int
    points: tuple[tuple[float, float], ...]
    wraps: bool  # True when the arrow runs from the end of one row to the start of the next


@record
class ChainLayout:
    count: int
    columns: int
    metrics: Metrics
    cards: tuple[Box, ...]
    arrows: tuple[Arrow, ...]
    width: float
    height: float

    @property
    def rows(self) -> int:
        return max(1, -(-self.count // self.columns)) if self.count else 0

    def row_of(self, index: int) -> int:
        return index // self.columns


def columns_for_width(width: float, metrics: Metrics = DEFAULT_METRICS, maximum: int = 0) -> int:
    """How many cards fit side by side in `width` (at least one; at most `maximum` when given)."""
    fit = int((width - 2 * metrics.margin + metrics.gap_x) // (metrics.card_width + metrics.gap_x))
    fit = max(1, fit)
    return min(fit, maximum) if maximum > 0 else fit


def _card_box(index: int, columns: int, mt: Metrics) -> Box:
    row, col = divmod(index, columns)
    return Box(mt.margin + col * (mt.card_width + mt.gap_x), mt.top + mt.margin + row * (mt.card_height + mt.gap_y),
               mt.card_width, mt.card_height)


def chain_layout(count: int, columns: int, metrics: Metrics = DEFAULT_METRICS) -> ChainLayout:
    """Cards in reading order, `columns` to a row, rows wrapping like the seed slides; arrows between them."""
    columns = max(1, columns)
    mt = metrics
    cards = tuple(_card_box(i, columns, mt) for i in range(count))
    arrows = []
    for i in range(count - 1):
        a, b = cards[i], cards[i + 1]
        if (i + 1) % columns:
            y = a.y + a.h / 2
            arrows.append(Arrow(i, i + 1, ((a.right, y), (b.x, y)), False))
        else:  # down from the row's last card, back along the gap, down into the next row's first card
            mid = a.bottom + mt.gap_y / 2
            ax, bx = a.x + a.w / 2, b.x + b.w / 2
            arrows.append(Arrow(i, i + 1, ((ax, a.bottom), (ax, mid), (bx, mid), (bx, b.y)), True))
    used_columns = min(columns, count) if count else columns
    width = 2 * mt.margin + used_columns * mt.card_width + (used_columns - 1) * mt.gap_x
    rows = -(-count // columns) if count else 0
    height = mt.top + 2 * mt.margin + rows * mt.card_height + max(0, rows - 1) * mt.gap_y
    return ChainLayout(count, columns, mt, cards, tuple(arrows), width, height)


def card_at(layout: ChainLayout, x: float, y: float) -> int:
    """Index of the card under (x, y), or -1 (constant time: arithmetic, no search)."""
    mt = layout.metrics
    col = int((x - mt.margin) // (mt.card_width + mt.gap_x)) if x >= mt.margin else -1
    row = int((y - mt.top - mt.margin) // (mt.card_height + mt.gap_y)) if y >= mt.top + mt.margin else -1
    if col < 0 or row < 0 or col >= layout.columns:
        return -1
    index = row * layout.columns + col
    if index >= layout.count or not layout.cards[index].contains(x, y):
        return -1
    return index


def _drop(layout: ChainLayout, x: float, y: float) -> tuple[int, int, int]:
    """(insertion index, row, position in the row) for a pointer at (x, y)."""
    mt = layout.metrics
    pitch_y = mt.card_height + mt.gap_y
    row = int((y - mt.top - mt.margin + mt.gap_y / 2) // pitch_y)
    row = min(max(row, 0), layout.rows - 1)
    pitch_x = mt.card_width + mt.gap_x
    # the number of cards in this row whose centre lies left of x
    col = int((x - mt.margin - mt.card_width / 2) // pitch_x) + 1
    first = row * layout.columns
    in_row = min(layout.columns, layout.count - first)
    col = min(max(col, 0), in_row)
    return first + col, row, col


def drop_index(layout: ChainLayout, x: float, y: float) -> int:
    """Where a card dropped at (x, y) goes: the insertion position 0..count among the current cards."""
    if layout.count == 0:
        return 0
    return _drop(layout, x, y)[0]


def drop_marker(layout: ChainLayout, x: float, y: float) -> tuple[float, float, float]:
    """(x, top, bottom) of the insertion line for a pointer at (x, y): in the gap where the card would go."""
    mt = layout.metrics
    if layout.count == 0:
        return mt.margin / 2, mt.top + mt.margin, mt.top + mt.margin + mt.card_height
    index, row, col = _drop(layout, x, y)
    if col == 0:
        box = layout.cards[index]
        return box.x - min(mt.gap_x, mt.margin) / 2, box.y, box.bottom
    box = layout.cards[index - 1]  # after the card left of the pointer, in the pointer's row
    return box.right + mt.gap_x / 2, box.y, box.bottom


def neighbour(layout: ChainLayout, index: int, direction: str) -> int:
    """The card an arrow key moves to: left / right by one, up / down by a row; clamped at the ends."""
    if layout.count == 0:
        return -1
    if index < 0:
        return 0
    step = {"left": -1, "right": 1, "up": -layout.columns, "down": layout.columns,
            "home": -layout.count, "end": layout.count}[direction]
    target = index + step
    if direction in ("up", "down") and not 0 <= target < layout.count:
        if direction == "down" and layout.row_of(index) < layout.row_of(layout.count - 1):
            return layout.count - 1  # the last row is shorter: go to its last card
        return index
    return min(max(target, 0), layout.count - 1)


def visible_range(layout: ChainLayout, top: float, bottom: float) -> range:
    """Indices of the cards that may show between y = top and y = bottom (whole rows)."""
    if layout.count == 0:
        return range(0)
    mt = layout.metrics
    pitch = mt.card_height + mt.gap_y
    first_row = max(0, int((top - mt.top - mt.margin) // pitch))
    last_row = max(0, int((bottom - mt.top - mt.margin) // pitch))
    return range(min(layout.count, first_row * layout.columns),
                 min(layout.count, (last_row + 1) * layout.columns))


# ---------------------------------------------------------------- finding things


def find_chain(plan: m.Plan, key: str) -> m.ServiceChain:
    for c in plan.chains:
        if c.key == key:
            return c
    raise PlanError(translate("Chains", "No service chain has the key “{key}”.").format(key=key))


def _step_index(chain: m.ServiceChain, key: str) -> int:
    for i, s in enumerate(chain.steps):
        if s.key == key:
            return i
    raise PlanError(translate("Chains", "No step has the key “{key}”.").format(key=key))


def find_step(plan: m.Plan, chain_key: str, step_key: str) -> m.ChainStep:
    chain = find_chain(plan, chain_key)
    return chain.steps[_step_index(chain, step_key)]


def _replace_chain(plan: m.Plan, chain: m.ServiceChain) -> m.Plan:
    return dataclasses.replace(plan, chains=tuple(chain if c.key == chain.key else c for c in plan.chains))


def _with_steps(plan: m.Plan, chain: m.ServiceChain, steps: Iterable[m.ChainStep]) -> m.Plan:
    return _replace_chain(plan, dataclasses.replace(chain, steps=tuple(steps)))


def new_chain_key(plan: m.Plan, name: str) -> str:
    return unique_key((c.key for c in plan.chains), name)


def new_step_key(chain: m.ServiceChain, name: str) -> str:
    return unique_key((s.key for s in chain.steps), name)


# ---------------------------------------------------------------- checks


def _clean_name(name: str, message: str) -> str:
    name = (name or "").strip()
    if not name:
        raise PlanError(message)
    return name


def parse_step_number(field: str, text: str) -> Decimal:
    """A number typed into a step's volume or cost field ("1 234,50"), refused when it is not ≥ 0."""
    value = parse_number(text)
    check_step_value(field, value)
    return value


def check_step_value(field: str, value) -> None:
    """Refuse a value the field cannot hold (the message names the field in the user's words)."""
    if field == "name":
        _clean_name(value, translate("Chains", "A step needs a name."))
    elif field in STEP_NUMBER_FIELDS:
        if not isinstance(value, Decimal) or not value.is_finite():
            raise PlanError(translate("Chains", "Enter a number."), field)
        if value < 0:
            raise PlanError({
                "annual_volume": translate("Chains", "The annual volume cannot be negative."),
                "unit_cost": translate("Chains", "The unit cost cannot be negative."),
                "own_unit_cost": translate("Chains", "Today's own-production unit cost cannot be negative."),
            }[field], field)
    elif field == "provider_kind":
        if value not in m.PROVIDER_KINDS:
            raise PlanError(translate("Chains", "Unknown provider kind “{kind}”.").format(kind=value), field)
    elif field == "scope":
        if value not in m.STEP_SCOPES:
            raise PlanError(translate("Chains", "Unknown alliance scope “{scope}”.").format(scope=value), field)
    elif field in STEP_TEXT_FIELDS or field == "provider":
        if not isinstance(value, str):
            raise PlanError(translate("Chains", "Enter text."), field)
    else:
        raise PlanError(translate("Chains", "A step has no field “{field}”.").format(field=field), field)


def _checked_step(step: m.ChainStep) -> m.ChainStep:
    for f in STEP_FIELDS:
        check_step_value(f, getattr(step, f))
    return dataclasses.replace(step, name=step.name.strip())


def _check_provider(plan: m.Plan, provider: str) -> None:
    if provider and provider not in {p.key for p in plan.parties}:
        raise PlanError(translate("Chains", "No party has the key “{key}”.").format(key=provider), "provider")


# ---------------------------------------------------------------- chain edits


def add_chain(plan: m.Plan, name: str, key: str = "", description: str = "",
              steps: Iterable[m.ChainStep] = (), index: int | None = None) -> m.Plan:
    name = _clean_name(name, translate("Chains", "A service chain needs a name."))
    key = key or new_chain_key(plan, name)
    if key in {c.key for c in plan.chains}:
        raise PlanError(translate("Chains", "The key “{key}” is already used by another chain.").format(key=key))
    chain = m.ServiceChain(key, name, description, (), tuple(_checked_step(s) for s in steps))
    chains = list(plan.chains)
    chains.insert(len(chains) if index is None else max(0, min(index, len(chains))), chain)
    return dataclasses.replace(plan, chains=tuple(chains))


def rename_chain(plan: m.Plan, key: str, name: str) -> m.Plan:
    name = _clean_name(name, translate("Chains", "A service chain needs a name."))
    return _replace_chain(plan, dataclasses.replace(find_chain(plan, key), name=name))


def set_chain_description(plan: m.Plan, key: str, description: str) -> m.Plan:
    return _replace_chain(plan, dataclasses.replace(find_chain(plan, key), description=description))


def duplicate_chain(plan: m.Plan, key: str, new_key: str = "", name: str = "") -> m.Plan:
    """A copy of the chain right after it ("… (copy)"), steps, notes and analysis included."""
    chain = find_chain(plan, key)
    name = name or translate("Chains", "{name} (copy)").format(name=chain.name)
    new_key = new_key or new_chain_key(plan, name)
    if new_key in {c.key for c in plan.chains}:
        raise PlanError(translate("Chains", "The key “{key}” is already used by another chain.").format(key=new_key))
    copy = dataclasses.replace(chain, key=new_key, name=name)
    i = plan.chains.index(chain)
    return dataclasses.replace(plan, chains=plan.chains[:i + 1] + (copy,) + plan.chains[i + 1:])


def delete_chain(plan: m.Plan, key: str) -> m.Plan:
    find_chain(plan, key)
    return dataclasses.replace(plan, chains=tuple(c for c in plan.chains if c.key != key))


def move_chain(plan: m.Plan, key: str, new_index: int) -> m.Plan:
    chain = find_chain(plan, key)
    rest = [c for c in plan.chains if c.key != key]
    rest.insert(max(0, min(new_index, len(rest))), chain)
    return dataclasses.replace(plan, chains=tuple(rest))


# ---------------------------------------------------------------- step edits


def insert_step(plan: m.Plan, chain_key: str, index: int | None = None, name: str = "", key: str = "",
                **fields) -> m.Plan:
    """A new step at `index` (None: at the end); `fields` set the other ChainStep fields."""
    chain = find_chain(plan, chain_key)
    name = name or translate("Chains", "New step")
    key = key or new_step_key(chain, name)
    if key in {s.key for s in chain.steps}:
        raise PlanError(translate("Chains", "The key “{key}” is already used by another step.").format(key=key))
    step = _checked_step(m.ChainStep(key=key, name=name, **fields))
    _check_provider(plan, step.provider)
    steps = list(chain.steps)
    steps.insert(len(steps) if index is None else max(0, min(index, len(steps))), step)
    return _with_steps(plan, chain, steps)


def add_step(plan: m.Plan, chain_key: str, name: str = "", key: str = "", **fields) -> m.Plan:
    return insert_step(plan, chain_key, None, name, key, **fields)


def delete_step(plan: m.Plan, chain_key: str, step_key: str) -> m.Plan:
    chain = find_chain(plan, chain_key)
    _step_index(chain, step_key)
    return _with_steps(plan, chain, (s for s in chain.steps if s.key != step_key))


def duplicate_step(plan: m.Plan, chain_key: str, step_key: str, new_key: str = "") -> m.Plan:
    """A copy of the step right after it, named "… (copy)"."""
    chain = find_chain(plan, chain_key)
    i = _step_index(chain, step_key)
    step = chain.steps[i]
    name = translate("Chains", "{name} (copy)").format(name=step.name)
    new_key = new_key or new_step_key(chain, name)
    if new_key in {s.key for s in chain.steps}:
        raise PlanError(translate("Chains", "The key “{key}” is already used by another step.").format(key=new_key))
    copy = dataclasses.replace(step, key=new_key, name=name)
    return _with_steps(plan, chain, chain.steps[:i + 1] + (copy,) + chain.steps[i + 1:])


def move_step(plan: m.Plan, chain_key: str, step_key: str, new_index: int) -> m.Plan:
    """Move the step so that it ends up at `new_index` (clamped) in the chain."""
    chain = find_chain(plan, chain_key)
    i = _step_index(chain, step_key)
    steps = list(chain.steps)
    step = steps.pop(i)
    steps.insert(max(0, min(new_index, len(steps))), step)
    return _with_steps(plan, chain, steps)


def update_step(plan: m.Plan, chain_key: str, step_key: str, **changes) -> m.Plan:
    """Change fields of one step; refuses the whole change if any value is bad."""
    chain = find_chain(plan, chain_key)
    i = _step_index(chain, step_key)
    for f, v in changes.items():
        check_step_value(f, v)
    if "provider" in changes:
        _check_provider(plan, changes["provider"])
    if "name" in changes:
        changes["name"] = changes["name"].strip()
    step = dataclasses.replace(chain.steps[i], **changes)
    return _with_steps(plan, chain, chain.steps[:i] + (step,) + chain.steps[i + 1:])


def set_step_provider(plan: m.Plan, chain_key: str, step_key: str, provider: str) -> m.Plan:
    """Choose the party that produces the step; the provider kind follows the party's role when it suggests one."""
    changes: dict = {"provider": provider}
    if provider:
        role = next((p.role for p in plan.parties if p.key == provider), None)
        kind = kind_for_role(role) if role else None
        if kind:
            changes["provider_kind"] = kind
    else:
        changes["provider_kind"] = "own"
    return update_step(plan, chain_key, step_key, **changes)


# ---------------------------------------------------------------- analysis notes


def analysis_text(chain: m.ServiceChain, heading: str) -> str:
    return dict(chain.analysis).get(heading, "")


def set_analysis(plan: m.Plan, chain_key: str, heading: str, text: str) -> m.Plan:
    """Set the note under one analysis heading (empty text removes it); headings stay in their standard order."""
    if heading not in m.ANALYSIS_HEADINGS:
        raise PlanError(translate("Chains", "Unknown analysis heading “{heading}”.").format(heading=heading))
    chain = find_chain(plan, chain_key)
    notes = dict(chain.analysis)
    if text.strip():
        notes[heading] = text
    else:
        notes.pop(heading, None)
    ordered = [(h, notes[h]) for h in m.ANALYSIS_HEADINGS if h in notes]
    ordered += [(h, t) for h, t in chain.analysis if h not in m.ANALYSIS_HEADINGS]
    return _replace_chain(plan, dataclasses.replace(chain, analysis=tuple(ordered)))


# ---------------------------------------------------------------- scope matrix


def scope_state(plan: m.Plan, package: str, area: str) -> str:
    """The cell's state; a cell never set counts as excluded."""
    for p, a, state in plan.scope.cells:
        if p == package and a == area:
            return state
    return "excluded"


def next_scope_state(state: str) -> str:
    """included → option → excluded → included (a click or Space on a cell)."""
    return SCOPE_CYCLE[(SCOPE_CYCLE.index(state) + 1) % len(SCOPE_CYCLE)] if state in SCOPE_CYCLE else "included"


def set_scope_cell(plan: m.Plan, package: str, area: str, state: str) -> m.Plan:
    if state not in m.SCOPE_STATES:
        raise PlanError(translate("Chains", "Unknown scope state “{state}”.").format(state=state))
    if package not in {p.key for p in plan.scope.packages}:
        raise PlanError(translate("Chains", "No service package has the key “{key}”.").format(key=package))
    if area not in {a.key for a in plan.areas}:
        raise PlanError(translate("Chains", "No area has the key “{key}”.").format(key=area))
    cells = list(plan.scope.cells)
    for i, (p, a, _s) in enumerate(cells):
        if p == package and a == area:
            cells[i] = (p, a, state)
            break
    else:
        cells.append((package, area, state))
    return dataclasses.replace(plan, scope=dataclasses.replace(plan.scope, cells=tuple(cells)))


def cycle_scope_cell(plan: m.Plan, package: str, area: str) -> m.Plan:
    return set_scope_cell(plan, package, area, next_scope_state(scope_state(plan, package, area)))


def add_scope_package(plan: m.Plan, name: str, key: str = "", target_group: str = "",
                      state: str = "excluded") -> m.Plan:
    """A new service package (a row of the matrix), every area's cell set to `state`."""
    name = _clean_name(name, translate("Chains", "A service package needs a name."))
    key = key or unique_key((p.key for p in plan.scope.packages), name)
    if key in {p.key for p in plan.scope.packages}:
        raise PlanError(translate("Chains", "The key “{key}” is already used by another package.").format(key=key))
    if state not in m.SCOPE_STATES:
        raise PlanError(translate("Chains", "Unknown scope state “{state}”.").format(state=state))
    package = m.ScopePackage(key, name, target_group)
    cells = plan.scope.cells + tuple((key, a.key, state) for a in plan.areas)
    return dataclasses.replace(plan, scope=m.Scope(plan.scope.packages + (package,), cells))


def update_scope_package(plan: m.Plan, key: str, **changes) -> m.Plan:
    if key not in {p.key for p in plan.scope.packages}:
        raise PlanError(translate("Chains", "No service package has the key “{key}”.").format(key=key))
    if "name" in changes:
        changes["name"] = _clean_name(changes["name"], translate("Chains", "A service package needs a name."))
    packages = tuple(dataclasses.replace(p, **changes) if p.key == key else p for p in plan.scope.packages)
    return dataclasses.replace(plan, scope=dataclasses.replace(plan.scope, packages=packages))


def remove_scope_package(plan: m.Plan, key: str) -> m.Plan:
    """Removes the package and its row of cells (undo brings both back)."""
    if key not in {p.key for p in plan.scope.packages}:
        raise PlanError(translate("Chains", "No service package has the key “{key}”.").format(key=key))
    return dataclasses.replace(plan, scope=m.Scope(tuple(p for p in plan.scope.packages if p.key != key),
                                                   tuple(c for c in plan.scope.cells if c[0] != key)))


def move_scope_package(plan: m.Plan, key: str, new_index: int) -> m.Plan:
    package = next((p for p in plan.scope.packages if p.key == key), None)
    if package is None:
        raise PlanError(translate("Chains", "No service package has the key “{key}”.").format(key=key))
    rest = [p for p in plan.scope.packages if p.key != key]
    rest.insert(max(0, min(new_index, len(rest))), package)
    return dataclasses.replace(plan, scope=dataclasses.replace(plan.scope, packages=tuple(rest)))


# ---------------------------------------------------------------- chain cost as a production target


def period_years(period: m.ServicePeriod) -> Decimal:
    """The period's length in years: whole months / 12 when it runs over whole months, else days / 365."""
    after = period.end + _dt.timedelta(days=1)
    if after.day == period.start.day:
        months = (after.year - period.start.year) * 12 + after.month - period.start.month
        return Decimal(months) / Decimal(12)
    return (Decimal((after - period.start).days) / Decimal(365)).quantize(Decimal("0.0001"), ROUND_HALF_UP)


@record
class TargetChange:
    """What "use this chain's cost as the production target" would do to one service period."""

    chain_key: str
    chain_name: str
    period_key: str
    period_name: str
    years: Decimal
    annual_cost: Decimal  # the chain's annual cost the target is built on
    include_options: bool
    old: m.CostParts
    new: m.CostParts

    @property
    def change(self) -> Decimal:
        return self.new.production - self.old.production


def target_change(plan: m.Plan, chain_key: str, period_key: str, include_options: bool = False) -> TargetChange:
    chain = find_chain(plan, chain_key)
    period = next((p for p in plan.commercial.periods if p.key == period_key), None)
    if period is None:
        raise PlanError(translate("Chains", "No service period has the key “{key}”.").format(key=period_key))
    annual = chain_costs(plan, chain).target_base(include_options)
    years = period_years(period)
    production = (annual * years).quantize(CENT, ROUND_HALF_UP)
    return TargetChange(chain.key, chain.name, period.key, period.name, years, annual, include_options,
                        period.target, dataclasses.replace(period.target, production=production))


def use_chain_cost_as_target(plan: m.Plan, chain_key: str, period_key: str,
                             include_options: bool = False) -> tuple[m.Plan, TargetChange]:
    """The period's production target becomes the chain's annual cost in the alliance × the period's years.

    Fee and overhead stay as they are. Returns the new plan and the change, for a preview.
    """
    change = target_change(plan, chain_key, period_key, include_options)
    periods = tuple(dataclasses.replace(p, target=change.new) if p.key == period_key else p
                    for p in plan.commercial.periods)
    return dataclasses.replace(plan, commercial=dataclasses.replace(plan.commercial, periods=periods)), change


# ---------------------------------------------------------------- templates

TEMPLATES = ("surgical", "reception", "home_care")


def template_title(template: str) -> str:
    return {
        "surgical": translate("Chains", "Surgical care chain"),
        "reception": translate("Chains", "Complementary reception chain"),
        "home_care": translate("Chains", "Elderly home-care chain"),
    }[template]


def template_description(template: str) -> str:
    return {
        "surgical": translate("Chains", "From referral to follow-up check, with the support functions of the "
                                        "surgical care process (HyvaKS slides). Fill in providers, volumes and costs."),
        "reception": translate("Chains", "Doctor's and nurse's appointments with the examinations, statements, "
                                         "training and premises they need (HyvaKS slides)."),
        "home_care": translate("Chains", "Services for people over 65 living at home, from the assessment of "
                                         "service needs to housing services (Keusote's service packages)."),
    }[template]


def _template_steps(template: str) -> list[tuple[str, str, str]]:
    """(name, provider kind, scope) of each step."""
    if template == "surgical":
        return [
            (translate("Chains", "Referral / doctor"), "own", "yes"),
            (translate("Chains", "Care planning"), "partner", "yes"),
            (translate("Chains", "Digital care"), "own", "yes"),
            (translate("Chains", "Laboratory tests"), "subcontractor", "yes"),
            (translate("Chains", "Imaging"), "subcontractor", "yes"),
            (translate("Chains", "Sampling"), "subcontractor", "yes"),
            (translate("Chains", "Statements"), "partner", "yes"),
            (translate("Chains", "Ward care"), "own", "yes"),
            (translate("Chains", "Surgery"), "partner", "yes"),
            (translate("Chains", "Discharge"), "partner", "yes"),
            (translate("Chains", "Rehabilitation"), "subcontractor", "yes"),
            (translate("Chains", "Aids"), "own", "yes"),
            (translate("Chains", "Pain management"), "partner", "yes"),
            (translate("Chains", "Follow-up check"), "partner", "yes"),
            (translate("Chains", "Corrective procedures"), "partner", "yes"),
            (translate("Chains", "Transport"), "support_service", "yes"),
            (translate("Chains", "Register keeping"), "own", "yes"),
            (translate("Chains", "Staff training"), "own", "yes"),
        ]
    if template == "reception":
        return [
            (translate("Chains", "Doctor's appointment"), "partner", "yes"),
            (translate("Chains", "Nurse's appointment"), "partner", "yes"),
            (translate("Chains", "Laboratory tests"), "subcontractor", "yes"),
            (translate("Chains", "Imaging"), "subcontractor", "yes"),
            (translate("Chains", "Sampling"), "subcontractor", "yes"),
            (translate("Chains", "Statements"), "partner", "yes"),
            (translate("Chains", "Staff training"), "own", "yes"),
            (translate("Chains", "Premises"), "own", "yes"),
        ]
    if template == "home_care":
        return [
            (translate("Chains", "Assessment of service needs"), "own", "yes"),
            (translate("Chains", "Outpatient care for people over 65"), "partner", "option"),
            (translate("Chains", "Home care"), "partner", "yes"),
            (translate("Chains", "Remote home care"), "subcontractor", "yes"),
            (translate("Chains", "Doctor's and rehabilitation services for home care"), "partner", "yes"),
            (translate("Chains", "Rehabilitative day activities"), "partner", "yes"),
            (translate("Chains", "Meal service"), "support_service", "yes"),
            (translate("Chains", "Transport"), "support_service", "yes"),
            (translate("Chains", "Cleaning and handyman services"), "support_service", "option"),
            (translate("Chains", "Communal housing"), "partner", "yes"),
            (translate("Chains", "24-hour service housing"), "partner", "yes"),
            (translate("Chains", "Doctor's and rehabilitation services for housing services"), "partner", "yes"),
        ]
    raise PlanError(translate("Chains", "Unknown chain template “{template}”.").format(template=template))


def template_chain(template: str, key: str = "", existing_keys: Iterable[str] = ()) -> m.ServiceChain:
    """A new chain from a template: steps in order with suggested provider kinds, no providers or costs yet."""
    rows = _template_steps(template)
    name = template_title(template)
    key = key or unique_key(existing_keys, name)
    steps: list[m.ChainStep] = []
    for step_name, kind, scope in rows:
        step_key = unique_key((s.key for s in steps), step_name)
        steps.append(m.ChainStep(key=step_key, name=step_name, provider_kind=kind, scope=scope))
    return m.ServiceChain(key, name, template_description(template), (), tuple(steps))


def add_template_chain(plan: m.Plan, template: str, key: str = "") -> m.Plan:
    chain = template_chain(template, key, (c.key for c in plan.chains))
    if chain.key in {c.key for c in plan.chains}:
        raise PlanError(translate("Chains", "The key “{key}” is already used by another chain.").format(key=chain.key))
    return dataclasses.replace(plan, chains=plan.chains + (chain,))


def legend() -> tuple[tuple[str, str], ...]:
    """(provider kind, title) in legend order."""
    return tuple((k, provider_kind_title(k)) for k in m.PROVIDER_KINDS)
