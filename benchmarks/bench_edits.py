"""The edits the speed benchmarks make in each view (issue 16), one table for all of them.

`edits(plan)` gives, per view, a function plan -> new plan making the edit the view makes through
`Document.apply` (Overview: the project's name; Timeline: the first phase moved a week; Chains: a step's
volume; Metrics: a measurement; Commercial: an actual cost; Risks: a risk's likelihood), each from `plan`'s
records, so the edit and its undo go back to `plan`. Used by sizes_bench.py and edit_refresh.py.
"""

from __future__ import annotations

from collections.abc import Callable

VIEWS = ("overview", "timeline", "chains", "metrics", "commercial", "risks")


def edits(plan) -> dict[str, Callable]:
    from alliance_desktop.core import chains, edits as ed, commercial_edits as ce, metrics_edits as me
    from alliance_desktop.core import timeline as tl
    from alliance_desktop.core.metrics_edits import measurement

    phase = plan.phases[0].key
    chain, step = plan.chains[0].key, plan.chains[0].steps[0]
    metric, period = plan.metrics[0].key, plan.commercial.periods[0].key
    production = plan.commercial.periods[0].actual.production
    risk = plan.risks[0]
    return {
        "overview": lambda p: ed.set_project(p, name=plan.project.name + " (muokattu)"),
        "timeline": lambda p: tl.move_phase(p, phase, 7),
        "chains": lambda p: chains.update_step(p, chain, step.key, annual_volume=step.annual_volume + 1),
        "metrics": lambda p: me.set_measurement(p, metric, period, (measurement(plan.metrics[0], period) or 0) + 1),
        "commercial": lambda p: ce.set_actual_part(p, period, "production", production + 1000),
        "risks": lambda p: ed.update_record(p, "risks", risk.key, likelihood=1 if risk.likelihood != 1 else 2),
    }


def finish_background_work(window, idle_seconds: float = 2.0) -> None:
    """Let the app be idle a moment, as between the window appearing and a first edit (the window loads the
    views' code and the texts' catalogue 1.5 s after its first frame), then let the views finish what they
    do when idle (the metrics board's period scores, 15 ms at a time on a timer), so that none of it lands
    inside a timed edit."""
    import time

    from PySide6.QtWidgets import QApplication

    end = time.perf_counter() + idle_seconds
    while time.perf_counter() < end:
        QApplication.processEvents()
        time.sleep(0.01)
    for view in getattr(window, "views", {}).values():
        finish = getattr(view, "finish_background_work", None)
        if finish is not None:
            finish()
