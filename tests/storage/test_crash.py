"""Kill a process in the middle of editing: the file must stay whole and keep every committed edit."""

from __future__ import annotations

import random

from alliance_desktop.storage.projectfile import check, create_file

from .conftest import sample_plan
from .crash_child import crash_round

ROUNDS = 5


def test_kill_while_editing_keeps_committed_edits(tmp_path):
    path = tmp_path / "Kaatuu ä.alliance"
    create_file(path, sample_plan(metrics=20))
    rng = random.Random(20251203)
    previous = 0
    for _ in range(ROUNDS):
        result = crash_round(path, rng)
        assert result["integrity"] == [("ok",)], result
        # every edit the child reported is in the file; at most one more (committed, not yet reported)
        assert result["last"] <= result["found"] <= result["last"] + 1, result
        assert result["found"] > previous
        previous = result["found"]
    assert int(check(path).project.notes) == previous
