"""Pure edit functions: plan in, new plan out. Views call these through Document.apply."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from ..i18n import translate
from . import model as m
from .errors import PlanError, shown


def unique_key(existing: Iterable[str], base: str) -> str:
    """A short ascii key not in `existing`, derived from `base` ("Hyvinkää" -> "hyvinkaa")."""
    table = str.maketrans("äöåÄÖÅéü", "aoaAOAeu")
    stem = re.sub(r"[^a-z0-9]+", "_", base.translate(table).lower()).strip("_")[:24] or "item"
    taken = set(existing)
    if stem not in taken:
        return stem
    n = 2
    while f"{stem}_{n}" in taken:
        n += 1
    return f"{stem}_{n}"


def set_project(plan: m.Plan, **changes) -> m.Plan:
    return dataclasses.replace(plan, project=dataclasses.replace(plan.project, **changes))


def set_goals(plan: m.Plan, goals: Iterable[str]) -> m.Plan:
    return set_project(plan, goals=tuple(g for g in goals if g.strip()))


def add_party(plan: m.Plan, name: str, role: str = "producer") -> m.Plan:
    key = unique_key((p.key for p in plan.parties), name)
    return dataclasses.replace(plan, parties=plan.parties + (m.Party(key, name, role),))


def update_party(plan: m.Plan, key: str, **changes) -> m.Plan:
    return dataclasses.replace(
        plan, parties=tuple(dataclasses.replace(p, **changes) if p.key == key else p for p in plan.parties))


def party_uses(plan: m.Plan, key: str) -> list[str]:
    """Names of chain steps that name this party as their provider."""
    return [f"{c.name}: {s.name}" for c in plan.chains for s in c.steps if s.provider == key]


def remove_party(plan: m.Plan, key: str) -> m.Plan:
    uses = party_uses(plan, key)
    if uses:
        raise PlanError(translate("Edits", "The party provides {count} chain steps (e.g. {example}); "
                                           "choose another provider for them first.").format(
            count=len(uses), example=shown(uses[0])))
    return dataclasses.replace(plan, parties=tuple(p for p in plan.parties if p.key != key))


def add_area(plan: m.Plan, name: str, status: str = "included") -> m.Plan:
    key = unique_key((a.key for a in plan.areas), name)
    return dataclasses.replace(plan, areas=plan.areas + (m.Area(key, name, status),))


def update_area(plan: m.Plan, key: str, **changes) -> m.Plan:
    return dataclasses.replace(
        plan, areas=tuple(dataclasses.replace(a, **changes) if a.key == key else a for a in plan.areas))


def remove_area(plan: m.Plan, key: str) -> m.Plan:
    """Removes the area and its column of the scope matrix (undo brings both back)."""
    scope = dataclasses.replace(plan.scope, cells=tuple(c for c in plan.scope.cells if c[1] != key))
    return dataclasses.replace(plan, areas=tuple(a for a in plan.areas if a.key != key), scope=scope)


# ---------------------------------------------------------------- risks, procurement tasks, documents
# Three lists of simple records, edited the same way: by section name and key.

_NAME_FIELD = {"risks": "title", "procurement_tasks": "name", "documents": "name"}
_NEW = {"risks": m.Risk, "procurement_tasks": m.ProcurementTask, "documents": m.DocumentItem}
_CHOICES = {("risks", "status"): m.RISK_STATUSES, ("risks", "likelihood"): m.RISK_LEVELS,
            ("risks", "impact"): m.RISK_LEVELS, ("procurement_tasks", "stage"): m.TASK_STAGES,
            ("documents", "status"): m.DOCUMENT_STATUSES}


def add_record(plan: m.Plan, section: str, name: str, **fields) -> tuple[m.Plan, str]:
    """A new risk, procurement task or document at the end of its list; returns the plan and its key."""
    name = name.strip()
    if not name:
        raise PlanError(translate("Edits", "A name cannot be empty."), section)
    key = unique_key((x.key for x in getattr(plan, section)), name)
    record = _checked(section, _NEW[section](key, name), fields)
    return dataclasses.replace(plan, **{section: getattr(plan, section) + (record,)}), key


def update_record(plan: m.Plan, section: str, key: str, **changes) -> m.Plan:
    """Change fields of a risk, procurement task or document; refuses an empty name or an unknown choice."""
    records = getattr(plan, section)
    if not any(x.key == key for x in records):
        raise PlanError(translate("Edits", "The item is no longer in the plan."), section)
    return dataclasses.replace(plan, **{section: tuple(_checked(section, x, changes) if x.key == key else x
                                                       for x in records)})


def remove_record(plan: m.Plan, section: str, key: str) -> m.Plan:
    return dataclasses.replace(plan, **{section: tuple(x for x in getattr(plan, section) if x.key != key)})


def move_record(plan: m.Plan, section: str, key: str, step: int) -> m.Plan:
    """Move a procurement task or document `step` places up (-) or down (+) its list; at an end it stays.

    (Risks keep no order of their own: they are listed most severe first.)"""
    records = list(getattr(plan, section))
    index = next((i for i, x in enumerate(records) if x.key == key), None)
    if index is None:
        raise PlanError(translate("Edits", "The item is no longer in the plan."), section)
    target = max(0, min(len(records) - 1, index + step))
    if target == index:
        return plan
    records.insert(target, records.pop(index))
    return dataclasses.replace(plan, **{section: tuple(records)})


def _checked(section: str, record, changes: dict):
    name_field = _NAME_FIELD[section]
    if name_field in changes:
        changes = dict(changes, **{name_field: str(changes[name_field]).strip()})
        if not changes[name_field]:
            raise PlanError(translate("Edits", "A name cannot be empty."), section)
    for field_name, value in changes.items():
        allowed = _CHOICES.get((section, field_name))
        if allowed is not None and value not in allowed:
            raise PlanError(translate("Edits", "“{value}” is not one of the choices.").format(value=shown(value)), section)
    return dataclasses.replace(record, **changes)
