"""Project templates and demo projects (resources/demos/*.json). Qt-free."""

from __future__ import annotations

import datetime as _dt
import os
import zlib
from pathlib import Path

from . import paths
from .core import model as m
from .i18n import translate

TEMPLATES = ("blank", "keusote", "hyvaks")
DEMOS = ("keusote", "hyvaks")
_KEEP_DEMO_COPIES = 5


def demo_text(name: str) -> str:
    return (paths.resources_dir() / "demos" / f"{name}.json").read_text("utf-8")


def load_template(name: str) -> m.Plan:
    if name == "blank":
        return m.Plan(
            project=m.Project(name=translate("Templates", "New alliance")),
            parties=(m.Party("buyer", translate("Templates", "Buyer"), "buyer"),),
        )
    if name not in DEMOS:
        raise ValueError(name)
    from .core.interchange import plan_from_text  # JSON parsing is needed only to build a file

    return plan_from_text(demo_text(name))


def demos_dir() -> Path:
    return paths.app_data_dir() / "demos"


def fresh_demo_path(name: str) -> Path:
    """A new file name for a fresh demo copy; old copies beyond the newest few are removed."""
    folder = demos_dir()
    folder.mkdir(parents=True, exist_ok=True)
    # (the names compared as text: a glob pattern is compiled to a regular expression at each start)
    copies = sorted((path for path in folder.iterdir()
                     if path.name.startswith(f"{name}-") and path.name.endswith(".alliance")), reverse=True)
    for old in copies[_KEEP_DEMO_COPIES - 1:]:
        try:
            old.unlink()
        except OSError:  # still open in another window: leave it
            pass
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return folder / f"{name}-{stamp}.alliance"


def fresh_demo_copy(name: str, *, rebuild: bool = False) -> Path:
    """A new project file holding demo `name`, for the user to explore and change.

    The demo's file is built from its JSON once (per demo text and schema version) into
    demos/ready-made/ and then copied: copying takes a millisecond, building it again each time
    took a tenth of the start-up. `rebuild` builds it afresh (when a ready-made file would not open).
    Raises AllianceError with the user's explanation.
    """
    from .storage import projectfile, schema

    if name not in DEMOS:
        raise ValueError(name)
    text = demo_text(name)
    folder = demos_dir() / "ready-made"
    ready = folder / f"{name}-v{schema.SCHEMA_VERSION}-{zlib.crc32(text.encode('utf-8')):08x}.alliance"
    if rebuild or not ready.is_file():
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise projectfile.write_failed(folder, exc) from None
        for stale in folder.glob(f"{name}-*.alliance"):
            projectfile.remove_quietly(stale)
        from .core.interchange import plan_from_text

        # Built beside, then moved in whole: another window building the same demo cannot clash.
        building = folder / f".{name}-{os.getpid()}-{os.urandom(4).hex()}.alliance"
        projectfile.create_file(building, plan_from_text(text))
        try:
            os.replace(building, ready)
        except OSError:  # the ready-made file is being copied elsewhere (Windows): copy from ours
            ready = building
    try:
        target = fresh_demo_path(name)
        projectfile.copy_file(ready, target)
    except OSError as exc:
        raise projectfile.write_failed(demos_dir(), exc) from None
    finally:
        if ready.name.startswith("."):  # our own build, left beside: not for the next start
            projectfile.remove_quietly(ready)
    return target

