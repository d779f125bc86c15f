"""The benchmarks' plan generator (benchmarks/plangen.py): a 4x Keusote plan is a valid plan that
import-json turns into a project file, with every section multiplied and the periods a calendar."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alliance_desktop import templates
from alliance_desktop.core.interchange import plan_from_text
from alliance_desktop.core.validation import period_problems, validate_plan
from alliance_desktop.storage import projectfile

REPO = Path(__file__).resolve().parents[1]


def test_a_4x_plan_imports_and_validates(tmp_path):
    plan_json, project = tmp_path / "keusote-4.json", tmp_path / "keusote-4.alliance"
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "plangen.py"), "4", str(plan_json)], check=True)
    done = subprocess.run([sys.executable, "-m", "alliance_desktop", "import-json", str(plan_json), str(project)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    plan = projectfile.load_plan(project)
    validate_plan(plan)
    assert plan == plan_from_text(plan_json.read_text("utf-8"))
    demo = plan_from_text(templates.demo_text("keusote"))
    for section in ("parties", "phases", "markers", "metrics", "risks", "procurement_tasks", "documents",
                    "scenarios"):
        assert len(getattr(plan, section)) == 4 * len(getattr(demo, section)), section
    assert len(plan.scope.packages) == 4 * len(demo.scope.packages)
    assert sum(len(c.steps) for c in plan.chains) == 4 * sum(len(c.steps) for c in demo.chains)
    periods = plan.commercial.periods
    assert len(periods) == 16 and period_problems(periods) is None
    assert periods[:4] == demo.commercial.periods  # the first copy is the demo itself
    measured = {p for metric in plan.metrics for p, _ in metric.measurements}
    assert len(measured) == 4 * len({p for metric in demo.metrics for p, _ in metric.measurements})


def test_size_1_is_the_demo(tmp_path):
    out = tmp_path / "keusote-1.json"
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "plangen.py"), "1", str(out)], check=True)
    assert out.read_text("utf-8") == templates.demo_text("keusote")
