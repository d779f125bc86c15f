"""Demo copies: built from the demo's JSON once, then copied; each copy is the demo and is independent."""

from __future__ import annotations

import pytest

from alliance_desktop import templates
from alliance_desktop.core.errors import AllianceError
from alliance_desktop.storage.projectfile import ProjectFile, load_plan


def _ready_made(name: str):
    return sorted((templates.demos_dir() / "ready-made").glob(f"{name}-*.alliance"))


@pytest.mark.parametrize("name", templates.DEMOS)
def test_a_copy_holds_exactly_the_demo(name):
    path = templates.fresh_demo_copy(name)
    assert load_plan(path) == templates.load_template(name)


def test_the_ready_made_file_is_built_once_and_copies_are_independent():
    first = templates.fresh_demo_copy("keusote")
    [ready] = _ready_made("keusote")
    built_at = ready.stat().st_mtime_ns
    second = templates.fresh_demo_copy("keusote")
    assert first != second
    assert _ready_made("keusote") == [ready] and ready.stat().st_mtime_ns == built_at
    with ProjectFile.open(first) as pf:  # an edit in one copy leaves the other and the ready-made alone
        pf.write(pf.plan, templates.load_template("blank"))
    assert load_plan(second) == templates.load_template("keusote") == load_plan(ready)
    assert not [p for p in ready.parent.iterdir() if p.name.startswith(".")]  # no build left behind


def test_a_changed_demo_replaces_its_ready_made_file(monkeypatch):
    templates.fresh_demo_copy("hyvaks")
    [old] = _ready_made("hyvaks")
    original = templates.demo_text

    def renamed(name: str) -> str:
        return original(name).replace("HyvaKS — leikkausallianssi", "HyvaKS — uusi nimi", 1)

    monkeypatch.setattr(templates, "demo_text", renamed)
    copy = templates.fresh_demo_copy("hyvaks")
    assert load_plan(copy).project.name == "HyvaKS — uusi nimi"
    assert _ready_made("hyvaks") != [old] and not old.exists()


def test_a_damaged_ready_made_file_is_refused_on_open_and_rebuilt_on_request():
    templates.fresh_demo_copy("keusote")
    [ready] = _ready_made("keusote")
    data = bytearray(ready.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a damaged page
    ready.write_bytes(bytes(data))
    with pytest.raises(AllianceError):
        ProjectFile.open(templates.fresh_demo_copy("keusote"), backup=False).close()
    fixed = templates.fresh_demo_copy("keusote", rebuild=True)
    assert load_plan(fixed) == templates.load_template("keusote")


def test_old_copies_are_pruned_but_the_newest_are_kept():
    copies = [templates.fresh_demo_copy("hyvaks") for _ in range(7)]
    left = sorted(templates.demos_dir().glob("hyvaks-*.alliance"))
    assert left == copies[-5:]
