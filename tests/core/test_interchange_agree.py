"""check, export-json and import-json agree (issue 14): any plan the one set of rules accepts (as a project
file's read does) exports to JSON that imports back as the same plan, byte-identical on the second export.
(The metric levels against their direction are refused by import alone, so plans with them are left out.)"""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings

from alliance_desktop.core.errors import PlanError
from alliance_desktop.core.interchange import dumps, plan_from_text, plan_to_json
from alliance_desktop.core.validation import metric_level_problem, validate_plan
from tests.storage.test_projectfile import plans


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(plan=plans())
def test_a_plan_the_rules_accept_exports_and_imports_back_the_same(plan):
    try:
        validate_plan(plan)
    except PlanError:
        assume(False)
    assume(all(metric_level_problem(x) is None for x in plan.metrics))
    text = dumps(plan_to_json(plan))
    again = plan_from_text(text)
    assert dumps(plan_to_json(again)) == text
    assert plan_to_json(again) == plan_to_json(plan)
