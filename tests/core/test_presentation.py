"""The presenter's deck (core/presentation): offered slides, the saved choice, its edit, JSON and validation."""

import pytest

from alliance_desktop import templates
from alliance_desktop.core import interchange as I
from alliance_desktop.core import presentation as P
from alliance_desktop.core import validation as v
from alliance_desktop.core.errors import PlanError
from alliance_desktop.core.chains import delete_chain


@pytest.fixture(autouse=True)
def english():
    from alliance_desktop import i18n

    i18n.set_language("en")


@pytest.fixture(scope="module")
def plan():
    return templates.load_template("keusote")


def test_default_deck_is_every_slide_but_the_phase_ones(plan):
    offered = P.available_slides(plan)
    assert offered[:2] == ["overview", "timeline"] and offered[-4:] == ["metrics", "commercial", "uncertainty", "risks"]
    assert [s for s in offered if s.startswith("chain:")] == [f"chain:{c.key}" for c in plan.chains]
    assert P.deck(plan) == [s for s in offered if not s.startswith("phase:")]


def test_chosen_order_is_the_deck_and_round_trips_through_json(plan):
    chain = f"chain:{plan.chains[0].key}"
    phase = P.available_slides(plan)[2]
    chosen = P.set_slides(plan, ["commercial", phase, chain, "overview"])
    assert P.deck(chosen) == ["commercial", phase, chain, "overview"]
    text = I.dumps(I.plan_to_json(chosen))
    assert '"presentation"' in text
    again = I.plan_from_text(text)
    assert again == chosen and I.dumps(I.plan_to_json(again)) == text


def test_no_choice_writes_no_section_and_the_usual_deck_saves_as_none(plan):
    assert "presentation" not in I.plan_to_json(plan)
    assert P.set_slides(plan, P.default_slides(plan)) is plan
    with pytest.raises(PlanError, match="at least one"):
        P.set_slides(plan, [])


def test_a_deleted_chain_leaves_the_deck_without_refusing_the_delete(plan):
    chain = plan.chains[0].key
    chosen = P.set_slides(plan, [f"chain:{chain}", "risks"])
    after = delete_chain(chosen, chain)
    v.validate_plan(after)
    assert P.deck(after) == ["risks"]


@pytest.mark.parametrize("slides, words", [
    (["bogus"], "“bogus” is not a slide"),
    (["chain:"], "“chain:” is not a slide"),
    (["risks", "risks"], "“risks” is chosen twice"),
])
def test_bad_slides_are_refused_in_the_users_words(plan, slides, words):
    text = I.dumps(I.plan_to_json(plan))[:-2] + ',\n  "presentation": {"slides": ' + I.dumps(slides) + "}\n}\n"
    with pytest.raises(PlanError) as err:
        I.plan_from_text(text)
    assert str(err.value).startswith("The presentation, slides: ") and words in str(err.value)
    assert "presentation.slides" not in str(err.value)


def test_slides_that_are_not_a_list_of_texts_are_refused(plan):
    text = I.dumps(I.plan_to_json(plan))[:-2] + ',\n  "presentation": {"slides": [1]}\n}\n'
    with pytest.raises(PlanError, match="The presentation, slides: expected a list of texts"):
        I.plan_from_text(text)


def test_a_bad_slide_is_refused_in_finnish(plan):
    from alliance_desktop import i18n

    i18n.set_language("fi")
    text = I.dumps(I.plan_to_json(plan))[:-2] + ',\n  "presentation": {"slides": ["kalvo"]}\n}\n'
    with pytest.raises(PlanError) as err:
        I.plan_from_text(text)
    assert str(err.value).startswith("Esitys, diat: ”kalvo” ei ole dia (")
