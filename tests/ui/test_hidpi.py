"""Issue 17: at device-pixel ratios 1.5 and 2 (Windows' 150 % and 200 % scaling; QT_SCALE_FACTOR under the
offscreen platform) the window lays out as at 1.0 for the same logical size, and what it draws is made at the
screen's ratio: the screenshot has ratio x logical pixels, the chain cards' cached pictures and the small
icons carry the ratio (crisp, not a 1x picture stretched)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

PROBE = r"""
import json
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from alliance_desktop.ui.app import create_application
app, tr = create_application([], "fi")
from alliance_desktop.ui.mainwindow import MainWindow
from alliance_desktop.ui.chains import ChainsView
from alliance_desktop.ui.metrics.board import BoardCanvas
from alliance_desktop.ui.timeline.table import kind_icon
w = MainWindow(tr)
w.open_demo("keusote")
w.setMinimumSize(0, 0)
w.resize(1280, 720)
w.show()
out = {"dpr": app.devicePixelRatio(), "views": {}}
for v in ("overview", "timeline", "chains", "metrics", "commercial", "risks"):
    w.show_view(v)
    for _ in range(4):
        QApplication.processEvents()
    view = w.views[v]
    out["views"][v] = [view.width(), view.height(), w.minimumSizeHint().width()]
    if v == "chains":
        chains = w.findChild(ChainsView)
        grab = w.grab()
        out["grab"] = [grab.width(), grab.height(), grab.devicePixelRatio()]
        out["cards"] = sorted({pm.devicePixelRatio() for pm in chains.canvas.painter._pixmaps.values()})
        out["chain_inspector"] = chains.inspector_scroll.isVisible()
        out["chain_rects"] = [[b.x, b.y, b.w, b.h] for b in chains.canvas.layout_.cards]
out["metric_cards"] = w.findChild(BoardCanvas)._rects
icon = kind_icon("milestone").pixmap(QSize(18, 18), app.devicePixelRatio())
out["icon"] = [icon.width(), icon.devicePixelRatio()]
print("RESULT" + json.dumps(out))
w.close()
"""


def _probe(tmp_path, factor: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=factor,
               ALLIANCE_DESKTOP_DATA_DIR=str(tmp_path / f"data{factor}"))
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=180, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    line = next(x for x in result.stdout.splitlines() if x.startswith("RESULT"))
    return json.loads(line[len("RESULT"):])


@pytest.fixture(scope="module")
def at_one(tmp_path_factory):
    return _probe(tmp_path_factory.mktemp("dpr1"), "1")


@pytest.mark.parametrize("factor", ["1.5", "2"])
def test_same_layout_and_pictures_at_the_screens_ratio(tmp_path, at_one, factor):
    ratio = float(factor)
    got = _probe(tmp_path, factor)
    assert got["dpr"] == ratio and at_one["dpr"] == 1.0
    # the same logical layout: every view's size, the window's least width, the cards' places
    assert got["views"] == at_one["views"]
    assert got["metric_cards"] == at_one["metric_cards"]
    assert got["chain_rects"] == at_one["chain_rects"] and got["chain_inspector"] == at_one["chain_inspector"]
    # drawn at the ratio: the window's picture has ratio x logical pixels, the cached card pictures carry it
    assert got["grab"] == [round(1280 * ratio), round(720 * ratio), ratio]
    assert at_one["grab"] == [1280, 720, 1.0]
    assert got["cards"] == [ratio] and at_one["cards"] == [1.0]
    assert got["icon"] == [round(18 * ratio), ratio]  # from a picture drawn at 2x (or more), not stretched
