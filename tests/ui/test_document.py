"""Document.try_apply / apply: one way to try an edit (the refusal returned, nothing written), the plan
validated once per edit, and undo merge ids kept with the document. Real files; checks on disk."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from alliance_desktop.core import timeline as tl
from alliance_desktop.core import validation
from alliance_desktop.storage.projectfile import ProjectFile
from alliance_desktop.ui.document import Document


@pytest.fixture
def document(qapp, project_path):
    doc = Document(ProjectFile.open(project_path, backup=False))
    yield doc
    doc.close()


@pytest.fixture
def validations(monkeypatch):
    """How many times the whole plan is validated (the cross-references are checked once per validate_plan)."""
    calls = []
    real = validation._check_references

    def counting(plan):
        calls.append(plan)
        return real(plan)

    monkeypatch.setattr(validation, "_check_references", counting)
    return calls


def rename_first_phase(name):
    return lambda plan: tl.update_phase(plan, plan.phases[0].key, name=name)


def test_a_good_edit_is_made_written_and_undoable(document, validations):
    before = document.plan
    seen = []
    document.changed.connect(seen.append)
    assert document.try_apply("Rename", rename_first_phase("Uusi nimi")) is None
    assert len(validations) == 1  # validated once, as it is written
    assert document.plan.phases[0].name == "Uusi nimi"
    assert document.file.read_from_disk() == document.plan
    assert seen == [["phases"]]
    document.undo_stack.undo()
    assert document.plan == before == document.file.read_from_disk()


def test_a_refused_edit_returns_why_and_writes_nothing(document):
    before = document.plan
    refused = []
    document.editRefused.connect(refused.append)
    problem = document.try_apply("Rename", rename_first_phase(""))
    assert problem and "phases[" not in problem  # in the user's words
    assert document.plan is before and document.file.read_from_disk() == before
    assert document.undo_stack.count() == 0
    assert refused == []  # the caller shows it in place
    # apply() is the same, with the refusal told through editRefused
    assert not document.apply("Rename", rename_first_phase(""))
    assert refused == [problem]


def test_an_edit_that_changes_nothing_is_no_undo_step(document, validations):
    assert document.try_apply("Nothing", lambda plan: plan) is None
    assert document.try_apply("Same", rename_first_phase(document.plan.phases[0].name)) is None
    assert document.undo_stack.count() == 0 and validations == []


def test_an_edit_of_a_read_only_file_is_refused_in_place(qapp, project_path):
    doc = Document(ProjectFile.open(project_path, backup=False, read_only=True))
    try:
        problem = doc.try_apply("Rename", rename_first_phase("Uusi"))
        assert problem and "vain luku" in problem.lower()
        assert doc.undo_stack.count() == 0
    finally:
        doc.close()


def test_a_failed_write_is_told_through_edit_refused(document, monkeypatch):
    from alliance_desktop.storage.projectfile import StorageError

    def broken(old, new):
        raise StorageError(StorageError.WRITE_FAILED, "Levy katosi.", document.path)

    monkeypatch.setattr(document.file, "write", broken)
    refused = []
    document.editRefused.connect(refused.append)
    assert document.try_apply("Rename", rename_first_phase("Uusi")) == ""
    assert refused == ["Levy katosi."] and document.undo_stack.count() == 0


def test_merge_ids_are_kept_with_the_document(qapp, project_path, tmp_path, document):
    from alliance_desktop import templates
    from alliance_desktop.storage.projectfile import create_file

    for i in range(3):  # one drag: one undo step
        assert document.apply("Drag", rename_first_phase(f"Nimi {i}"), merge_key="drag-a")
    assert document.undo_stack.count() == 1
    for i in range(20):
        assert document.apply("Other", rename_first_phase(f"Muu {i}"), merge_key=f"key-{i}")
    assert document.undo_stack.count() == 21
    other_path = tmp_path / "other.alliance"
    create_file(other_path, templates.load_template("keusote"))
    other = Document(ProjectFile.open(other_path, backup=False))
    try:
        assert other.apply("Drag", rename_first_phase("X"), merge_key="drag-b")
        # the other document numbers its own keys from 1: nothing is shared between documents
        assert other.undo_stack.command(0).id() == 1
        assert document.undo_stack.command(0).id() == 1
    finally:
        other.close()
    import alliance_desktop.ui.document as document_module

    assert not hasattr(document_module, "_merge_ids")


# ---------------------------------------------------------------- each view's edits validate once


def test_the_views_validate_an_edit_once(window, validations):
    from alliance_desktop.core import chains as cc
    from alliance_desktop.core import metrics_edits as me

    for name in ("timeline", "chains", "metrics", "commercial"):
        assert window.show_view(name)
    QApplication.processEvents()
    views = window.views
    validations.clear()
    assert views["timeline"].try_apply("Rename", rename_first_phase("Aikajanalta"))
    assert len(validations) == 1
    chain = window.document.plan.chains[0].key
    assert views["chains"]._run("Rename chain", lambda plan: cc.rename_chain(plan, chain, "Uusi ketju"))
    assert len(validations) == 2
    metric = window.document.plan.metrics[0]
    assert views["metrics"].apply("Rename", lambda plan: me.update_metric(plan, metric.key, name="Uusi mittari"))
    assert len(validations) == 3
    assert window.document.plan.metrics[0].name == "Uusi mittari"
    from alliance_desktop.core import commercial_edits as ce
    period = window.document.plan.commercial.periods[0].key
    assert views["commercial"].periods._edit("Rename period", lambda plan: ce.rename_period(plan, period, "Uusi kausi"))
    assert len(validations) == 4
    assert window.document.file.read_from_disk() == window.document.plan


def test_closing_clears_the_undo_stack_and_commands_do_not_keep_the_document_alive(qapp, project_path):
    """A document and its undo commands are not a reference cycle, and closing deletes the commands while
    everything is alive: left to the garbage collector, the stack's destructor deleted commands already
    freed and the test run crashed at exit (pytest tests/ui/test_risks.py tests/test_layers.py)."""
    import gc
    import weakref

    doc = Document(ProjectFile.open(project_path, backup=False))
    assert doc.try_apply("Rename", rename_first_phase("Uusi nimi")) is None
    assert doc.try_apply("Rename", rename_first_phase("Toinen nimi")) is None
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert doc.plan.phases[0].name == "Uusi nimi"
    gc.collect()
    was_tracked = len(gc.get_referrers(doc))
    doc.close()
    assert doc.undo_stack.count() == 0
    alive = weakref.ref(doc)
    del doc
    assert alive() is None, was_tracked  # freed at once by reference counting: no cycle through the commands
