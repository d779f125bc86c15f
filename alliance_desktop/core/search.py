"""Search across the plan: the items whose names or notes hold every word typed (Edit > Find, Ctrl+F).

Finnish-aware matching (`fold`): case does not matter, ä and ö are letters of their own ("a" does not
find "ä"), other accents need not be typed (å is found with "a", é with "e"), and any run of white
space is one space. Each word of the query must be found in the item, in its name or in one of its
texts (notes, description, owner, ...); items whose name holds the words come first.

The folded texts of a section are computed once per section object (`derived.identity_memo`), so a
search after an edit folds only the section that changed; a search is a scan of substrings.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from . import model as m
from .derived import identity_memo
from .records import record

KEEP = frozenset("äö")  # letters of the Finnish alphabet, not accented a and o
MAX_RESULTS = 200

# kind: the view that shows it (ui/mainwindow.available_views keys)
VIEW_OF_KIND = {
    "project": "overview",
    "party": "overview",
    "area": "overview",
    "phase": "timeline",
    "marker": "timeline",
    "chain": "chains",
    "step": "chains",
    "package": "chains",
    "metric": "metrics",
    "period": "commercial",
    "scenario": "commercial",
    "risk": "risks",
    "task": "risks",
    "document": "risks",
}
KINDS = tuple(VIEW_OF_KIND)


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    low = c.casefold()
    out = []
    for ch in low:
        if ch in KEEP or ch.isascii():
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)
        kept = "".join(b for b in base if not unicodedata.combining(b))
        out.append(kept if kept else ch)
    return "".join(out)


def fold(text: str) -> str:
    """The text as it is compared: case folded, accents other than ä and ö taken off, white space one space."""
    text = unicodedata.normalize("NFC", text)
    if text.isascii():
        folded = text.lower()
    else:
        folded = "".join(_fold_char(c) for c in text)
    return " ".join(folded.split())


def words(query: str) -> tuple[str, ...]:
    """The query's words, folded (empty when the query is only white space)."""
    return tuple(fold(query).split())


@record
class Entry:
    """One searchable item: its kind, key (and its chain's key for a step), name and the texts searched."""

    kind: str
    key: str
    name: str
    parent: str = ""
    texts: tuple[str, ...] = ()  # the item's other texts, as the user wrote them
    folded_name: str = ""
    folded_texts: tuple[str, ...] = ()


@record
class Hit:
    """A search result: which item, where it is shown, and the text that matched (name or a snippet)."""

    kind: str
    key: str
    name: str
    view: str
    parent: str = ""
    snippet: str = ""  # a piece of a text other than the name holding the first word, "" when the name matched


def _entry(kind: str, key: str, name: str, texts, parent: str = "") -> Entry:
    texts = tuple(t for t in texts if t)
    return Entry(kind, key, name, parent, texts, fold(name), tuple(fold(t) for t in texts))


@identity_memo(size=4)
def _project_entries(project: m.Project) -> tuple[Entry, ...]:
    p = project
    return (_entry("project", "", p.name, (p.buyer, p.target_group, p.description, *p.goals, p.notes)),)


@identity_memo(size=64, by_value=(0,))  # 12 sections, a few plan states
def _section_entries(section: str, records: tuple) -> tuple[Entry, ...]:
    if section == "parties":
        return tuple(_entry("party", r.key, r.name, (r.notes,)) for r in records)
    if section == "areas":
        return tuple(_entry("area", r.key, r.name, (r.notes,)) for r in records)
    if section == "phases":
        return tuple(_entry("phase", r.key, r.name, (r.owner, r.staff_decision, r.notes)) for r in records)
    if section == "markers":
        return tuple(_entry("marker", r.key, r.name, (r.owner, r.notes)) for r in records)
    if section == "chains":
        out = []
        for c in records:
            out.append(_entry("chain", c.key, c.name, (c.description, *(text for _h, text in c.analysis))))
            out.extend(_entry("step", s.key, s.name, (s.description, s.responsible_unit, s.risks, s.notes), c.key)
                       for s in c.steps)
        return tuple(out)
    if section == "packages":
        return tuple(_entry("package", r.key, r.name, (r.target_group, r.notes)) for r in records)
    if section == "metrics":
        return tuple(_entry("metric", r.key, r.name, (r.unit, r.description, r.data_source, r.frequency, r.owner))
                     for r in records)
    if section == "periods":
        return tuple(_entry("period", r.key, r.name, ()) for r in records)
    if section == "scenarios":
        return tuple(_entry("scenario", r.key, r.name, (r.notes,)) for r in records)
    if section == "risks":
        return tuple(_entry("risk", r.key, r.title, (r.description, r.owner, r.mitigation)) for r in records)
    if section == "procurement_tasks":
        return tuple(_entry("task", r.key, r.name, (r.notes,)) for r in records)
    if section == "documents":
        return tuple(_entry("document", r.key, r.name, (r.notes,)) for r in records)
    raise ValueError(section)


def entries(plan: m.Plan) -> tuple[Entry, ...]:
    """Every searchable item of the plan, in the order of the views (folded once per section object)."""
    out = list(_project_entries(plan.project))
    for section, records in (("parties", plan.parties), ("areas", plan.areas), ("phases", plan.phases),
                             ("markers", plan.markers), ("chains", plan.chains),
                             ("packages", plan.scope.packages), ("metrics", plan.metrics),
                             ("periods", plan.commercial.periods), ("scenarios", plan.scenarios),
                             ("risks", plan.risks), ("procurement_tasks", plan.procurement_tasks),
                             ("documents", plan.documents)):
        out.extend(_section_entries(section, records))
    return tuple(out)


def snippet(text: str, word: str, width: int = 60) -> str:
    """A piece of `text` (white space made single spaces) around the first place of the folded `word`."""
    flat = " ".join(text.split())
    folded = fold(flat)
    at = folded.find(word)
    if len(folded) != len(flat):  # a letter folded into two (ß): place by the folded text
        flat = folded
    if at < 0:
        return flat[:width]
    start = max(0, at - width // 3)
    end = min(len(flat), start + width)
    start = max(0, end - width)
    piece = flat[start:end]
    return ("…" if start > 0 else "") + piece + ("…" if end < len(flat) else "")


def search(plan: m.Plan, query: str, limit: int = MAX_RESULTS) -> list[Hit]:
    """The items holding every word of `query` (in the name or the other texts), those whose name holds
    them all first, then in the order of the views; at most `limit`."""
    terms = words(query)
    if not terms:
        return []
    by_name: list[Hit] = []
    by_text: list[Hit] = []
    for e in entries(plan):
        name = e.folded_name
        if all(t in name for t in terms):
            if len(by_name) < limit:
                by_name.append(Hit(e.kind, e.key, e.name, VIEW_OF_KIND[e.kind], e.parent))
            continue
        if len(by_name) + len(by_text) >= limit:
            continue
        texts = e.folded_texts
        if all(t in name or any(t in x for x in texts) for t in terms):
            first = next(t for t in terms if t not in name)
            source = next(raw for raw, x in zip(e.texts, texts) if first in x)
            by_text.append(Hit(e.kind, e.key, e.name, VIEW_OF_KIND[e.kind], e.parent, snippet(source, first)))
    return (by_name + by_text)[:limit]
