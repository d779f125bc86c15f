"""core/search.py: Finnish-aware matching of names and notes across every kind of item (issue 22)."""

from __future__ import annotations

import dataclasses
import time

import pytest

from alliance_desktop import templates
from alliance_desktop.core import model as m
from alliance_desktop.core import search


@pytest.fixture(scope="module")
def keusote():
    return templates.load_template("keusote")


@pytest.fixture(scope="module")
def hyvaks():
    return templates.load_template("hyvaks")


def kinds(hits):
    return {h.kind for h in hits}


def test_fold_is_finnish_aware():
    assert search.fold("  ÄÖ  Å\tkoti\nHOITO ") == "äö a koti hoito"
    assert search.fold("Café") == "cafe"
    assert "a" not in search.fold("ä") and "o" not in search.fold("Ö")
    assert search.words(" \t ") == ()


@pytest.mark.parametrize("query", ["kotihoi", "KOTIHOI", "KotiHoi", "  kotihoi  "])
def test_part_of_a_name_in_any_case(keusote, query):
    hits = search.search(keusote, query)
    assert ("step", "kotihoito") in {(h.kind, h.key) for h in hits}
    step = next(h for h in hits if h.key == "kotihoito" and h.kind == "step")
    assert step.view == "chains" and step.parent == "kotona_asuminen" and step.snippet == ""


def test_a_does_not_find_ae_and_ae_finds_itself():
    plan = m.Plan(parties=(m.Party("p1", "Lääkäriasema"), m.Party("p2", "Laakso Oy")))
    assert [h.key for h in search.search(plan, "lää")] == ["p1"]
    assert [h.key for h in search.search(plan, "laa")] == ["p2"]
    assert [h.key for h in search.search(plan, "LÄÄKÄRI")] == ["p1"]
    plan = m.Plan(risks=(m.Risk("r1", "Höyläys"), m.Risk("r2", "Hoylays")))
    assert [h.key for h in search.search(plan, "höy")] == ["r1"]


def test_aring_is_found_without_the_accent():
    plan = m.Plan(areas=(m.Area("a1", "Åland"), m.Area("a2", "Ähtäri")))
    assert [h.key for h in search.search(plan, "aland")] == ["a1"]
    assert [h.key for h in search.search(plan, "ÅLAND")] == ["a1"]


def test_white_space_is_normalised():
    plan = m.Plan(documents=(m.DocumentItem("d1", "Yhteistoiminta-\n  sopimus", notes="luonnos  valmis\tensi viikolla"),))
    assert [h.key for h in search.search(plan, "luonnos valmis")] == ["d1"]
    hit = search.search(plan, "valmis   ensi")[0]
    assert hit.snippet == "luonnos valmis ensi viikolla"


def test_a_notes_words_find_the_item_with_a_snippet(keusote):
    risk = keusote.risks[0]
    word = risk.mitigation.split()[3] if risk.mitigation else risk.description.split()[3]
    hits = search.search(keusote, word)
    hit = next(h for h in hits if h.kind == "risk" and h.key == risk.key)
    assert hit.name == risk.title and hit.view == "risks"


def test_every_word_must_be_found(keusote):
    both = search.search(keusote, "kotihoi etähoiva")
    assert {h.key for h in both} >= {"etahoiva"}
    assert "laakari_kotihoito" not in {h.key for h in both if h.kind == "step"}
    assert search.search(keusote, "kotihoito zzzqqq") == []


def test_names_come_before_notes():
    plan = m.Plan(parties=(m.Party("p1", "Yhdistys", notes="vanhusneuvosto"),),
                  documents=(m.DocumentItem("d1", "Vanhusneuvoston lausunto"),))
    hits = search.search(plan, "vanhus")
    assert [h.key for h in hits] == ["d1", "p1"]
    assert hits[0].snippet == "" and hits[1].snippet == "vanhusneuvosto"


def test_items_of_every_kind_are_found(keusote, hyvaks):
    found = set()
    for plan in (keusote, hyvaks):
        items = [("project", plan.project.name)]
        items += [("party", r.name) for r in plan.parties] + [("area", r.name) for r in plan.areas]
        items += [("phase", r.name) for r in plan.phases] + [("marker", r.name) for r in plan.markers]
        items += [("chain", c.name) for c in plan.chains] + [("step", s.name) for c in plan.chains for s in c.steps]
        items += [("package", r.name) for r in plan.scope.packages] + [("metric", r.name) for r in plan.metrics]
        items += [("period", r.name) for r in plan.commercial.periods] + [("scenario", r.name) for r in plan.scenarios]
        items += [("risk", r.title) for r in plan.risks] + [("task", r.name) for r in plan.procurement_tasks]
        items += [("document", r.name) for r in plan.documents]
        for kind, name in items:
            hits = search.search(plan, name, limit=10_000)
            assert kind in kinds(h for h in hits if h.name == name), (kind, name)
            found.add(kind)
    assert found == set(search.KINDS)


def test_an_edit_refolds_only_its_section(keusote):
    search.search(keusote, "x")
    before = search._section_entries.computed
    renamed = dataclasses.replace(keusote, risks=(dataclasses.replace(keusote.risks[0], title="Uusi nimi"),
                                                  *keusote.risks[1:]))
    assert [h.key for h in search.search(renamed, "uusi nimi")] == [keusote.risks[0].key]
    assert search._section_entries.computed == before + 1


def test_fast_on_a_64x_plan():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import plangen

    from alliance_desktop.core import interchange

    plan = interchange.plan_from_text(plangen.plan_text(64))
    search.search(plan, "x")  # folds the plan once
    started = time.perf_counter()
    for query in ("kotihoito", "riski", "hoito (12)", "ä", "zzzz"):
        search.search(plan, query)
    assert (time.perf_counter() - started) / 5 < 0.1  # about 8 ms each here
    assert len(search.search(plan, "kotihoito")) == search.MAX_RESULTS
