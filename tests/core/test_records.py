"""core.records.record behaves as @dataclass(frozen=True) does, for every use the plan makes of it."""

from __future__ import annotations

import dataclasses
from dataclasses import field

import pytest

from alliance_desktop.core import model as m
from alliance_desktop.core.records import record


@record
class Point:
    """A test record."""

    x: int
    y: int = 0
    tags: tuple[str, ...] = ()


@record
class Box:
    """A record holding another by default factory."""

    corner: Point = field(default_factory=lambda: Point(1, 2))


@record
class Other:
    """Same fields as Point, another class."""

    x: int
    y: int = 0
    tags: tuple[str, ...] = ()


def test_built_by_position_or_keyword_with_defaults():
    assert Point(1) == Point(x=1) == Point(1, 0, ()) == Point(y=0, x=1)
    assert Point(1, 2).y == 2
    assert Box().corner == Point(1, 2)
    assert Box().corner is not Box().corner  # a fresh value from the factory each time


@pytest.mark.parametrize("make, message", [
    (lambda: Point(), "missing required argument: 'x'"),
    (lambda: Point(1, 2, (), 4), "takes 3 arguments but 4 were given"),
    (lambda: Point(1, x=2), "multiple values for argument 'x'"),
    (lambda: Point(1, z=2), "unexpected keyword argument 'z'"),
])
def test_wrong_arguments_are_refused_as_python_refuses_them(make, message):
    with pytest.raises(TypeError, match=message):
        make()


def test_immutable():
    p = Point(1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.x = 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        del p.y
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.extra = 1
    assert p == Point(1)


def test_equal_and_hashed_by_value_and_only_to_its_own_class():
    assert Point(1, 2) != Point(1, 3)
    assert Point(1, 2) != Other(1, 2)
    assert hash(Point(1, 2, ("a",))) == hash(Point(1, 2, ("a",)))
    assert len({Point(1), Point(1), Point(2)}) == 2
    assert Point(1) != (1, 0, ())


def test_a_real_dataclass_for_replace_fields_and_asdict():
    p = Point(1, 2)
    assert dataclasses.is_dataclass(p)
    assert [f.name for f in dataclasses.fields(p)] == ["x", "y", "tags"]
    assert dataclasses.replace(p, y=5) == Point(1, 5)
    assert dataclasses.asdict(Box()) == {"corner": {"x": 1, "y": 2, "tags": ()}}
    assert repr(Point(1, tags=("a",))) == "Point(x=1, y=0, tags=('a',))"


def test_the_model_is_made_of_records():
    plan = m.Plan()
    assert dataclasses.replace(plan, project=m.Project(name="X")).project.name == "X"
    assert m.Plan() == plan and hash(m.Party("a", "A")) == hash(m.Party("a", "A"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        plan.parties = ()


def test_a_record_without_a_docstring_gets_one_naming_its_fields():
    @record
    class Bare:
        x: int
        y: str = ""

    assert Bare.__doc__ == "Bare(x, y)"
    assert Point.__doc__ == "A test record."


def test_copied_and_pickled_as_dataclasses_are():
    import copy
    import pickle

    box = Box(Point(3, 4, ("a",)))
    assert copy.copy(box) == box and copy.deepcopy(box) == box and copy.deepcopy(box).corner is not box.corner
    plan = m.Plan(project=m.Project(name="X"), parties=(m.Party("a", "A"),))
    assert pickle.loads(pickle.dumps(plan)) == plan
