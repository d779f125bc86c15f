"""`record`: a frozen dataclass whose methods are shared by every class instead of compiled for each.

On Python 3.11 `@dataclass(frozen=True)` compiles six methods from source text for every class
(`__init__`, `__repr__`, `__eq__`, `__hash__`, `__setattr__`, `__delattr__`): for the model and
the other classes on the start-up path that was about 10 ms, a tenth of the time to the first
painted window. A record is still a real dataclass (`dataclasses.fields`, `replace`, `asdict` and
`is_dataclass` work) and behaves as a frozen one: built by position or keyword with the declared
defaults and default factories, immutable, equal and hashed by its field values (and only to its
own class), with the same repr. Only the methods are written once, here.
"""

from __future__ import annotations

from dataclasses import MISSING, FrozenInstanceError, dataclass, fields
from typing import Any, TypeVar

T = TypeVar("T")


def record(cls: type[T]) -> type[T]:
    """Make `cls` an immutable dataclass (use in place of `@dataclass(frozen=True)`)."""
    if not cls.__doc__:  # as dataclasses would write it, without its inspect.signature (tokenize: ms)
        cls.__doc__ = f"{cls.__name__}({', '.join(cls.__dict__.get('__annotations__', {}))})"
    cls = dataclass(init=False, repr=False, eq=False)(cls)  # no methods compiled: ours follow
    spec = []
    for f in fields(cls):
        factory = None if f.default_factory is MISSING else f.default_factory
        spec.append((f.name, f.default, factory))
    cls._record_names = tuple(name for name, _default, _factory in spec)
    cls._record_spec = tuple(spec)
    cls.__init__ = _init
    cls.__repr__ = _repr
    cls.__eq__ = _eq
    cls.__hash__ = _hash
    cls.__setattr__ = _refuse_set
    cls.__delattr__ = _refuse_delete
    return cls


def _init(self: Any, *args: Any, **kwargs: Any) -> None:
    cls = type(self)
    names = cls._record_names
    if len(args) > len(names):
        raise TypeError(f"{cls.__name__}() takes {len(names)} arguments but {len(args)} were given")
    values = dict(zip(names, args))
    for name in kwargs:
        if name in values:
            raise TypeError(f"{cls.__name__}() got multiple values for argument '{name}'")
    values.update(kwargs)
    own = self.__dict__
    for name, default, factory in cls._record_spec:
        if name in values:
            own[name] = values.pop(name)
        elif factory is not None:
            own[name] = factory()
        elif default is not MISSING:
            own[name] = default
        else:
            raise TypeError(f"{cls.__name__}() missing required argument: '{name}'")
    if values:
        raise TypeError(f"{cls.__name__}() got an unexpected keyword argument '{next(iter(values))}'")


def _repr(self: Any) -> str:
    own = self.__dict__
    parts = ", ".join(f"{name}={own[name]!r}" for name in type(self)._record_names)
    return f"{type(self).__qualname__}({parts})"


def _eq(self: Any, other: Any) -> bool:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return self.__dict__ == other.__dict__  # the fields and nothing else: assignment is refused


def _hash(self: Any) -> int:
    own = self.__dict__
    return hash(tuple(own[name] for name in type(self)._record_names))


def _refuse_set(self: Any, name: str, value: Any) -> None:
    raise FrozenInstanceError(f"cannot assign to field '{name}'")


def _refuse_delete(self: Any, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field '{name}'")
