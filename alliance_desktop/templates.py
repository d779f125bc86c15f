"""Project templates and demo projects (resources/demos/*.json). Qt-free."""

from __future__ import annotations

import datetime as _dt
from importlib import resources
from pathlib import Path

from . import paths
from .core import model as m
from .core.interchange import plan_from_text
from .i18n import translate

TEMPLATES = ("blank", "keusote", "hyvaks")
DEMOS = ("keusote", "hyvaks")
_KEEP_DEMO_COPIES = 5


def demo_text(name: str) -> str:
    return resources.files("alliance_desktop.resources").joinpath("demos", f"{name}.json").read_text("utf-8")


def load_template(name: str) -> m.Plan:
    if name == "blank":
        return m.Plan(
            project=m.Project(name=translate("Templates", "New alliance")),
            parties=(m.Party("buyer", translate("Templates", "Buyer"), "buyer"),),
        )
    if name not in DEMOS:
        raise ValueError(name)
    return plan_from_text(demo_text(name))


def fresh_demo_path(name: str) -> Path:
    """A new file name for a fresh demo copy; old copies beyond the newest few are removed."""
    folder = paths.app_data_dir() / "demos"
    folder.mkdir(parents=True, exist_ok=True)
    copies = sorted(folder.glob(f"{name}-*.alliance"), reverse=True)
    for old in copies[_KEEP_DEMO_COPIES - 1:]:
        try:
            old.unlink()
        except OSError:  # still open in another window: leave it
            pass
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return folder / f"{name}-{stamp}.alliance"
