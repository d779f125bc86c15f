"""Derived numbers computed once per plan state (issue 16): a memo keyed by the identity of its arguments.

The plan is a tree of frozen records, and an edit replaces only the sections it changes, so a
function of some sections gives the same result as long as it is handed the very same section
objects. `identity_memo(size)` wraps such a function: a call with the same objects (by `is`) as
one of the last `size` calls returns that call's result without computing it again (arguments
named in `by_value`, small hashable values such as the periods' keys and names, are matched by
equality instead). The memo
keeps a reference to the argument objects of each entry, so an object's id cannot be reused by
another object while its entry lives. It is bounded (least recently used out), so a few plan
states are kept: the one on screen and the ones undo and redo go back to.

Only for pure functions of immutable arguments whose result nobody mutates: the result is
shared by every caller (the views and the report). Thread-safe (the PDF is built in a worker
thread); two threads missing at once may both compute, and either result is kept.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from functools import update_wrapper
from typing import Any


class IdentityMemo:
    """`function(*args)`, remembered for the last `size` argument tuples, matched by identity
    (the positions in `by_value` by equality)."""

    def __init__(self, function: Callable[..., Any], size: int, by_value: tuple[int, ...] = ()):
        if size < 1:
            raise ValueError("size must be at least 1")
        self.function = function
        self.size = size
        self.by_value = frozenset(by_value)
        self.computed = 0  # how many times the function ran (tests, benchmarks)
        self._entries: OrderedDict[tuple, tuple[tuple, Any]] = OrderedDict()
        self._lock = threading.Lock()
        update_wrapper(self, function)

    def __call__(self, *args: Any) -> Any:
        key = tuple(a if i in self.by_value else id(a) for i, a in enumerate(args))
        with self._lock:
            hit = self._entries.get(key)
            if hit is not None:
                self._entries.move_to_end(key)
                return hit[1]
        result = self.function(*args)
        with self._lock:
            self.computed += 1
            self._entries[key] = (args, result)  # the arguments are kept: their ids stay theirs
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return result

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)


def identity_memo(size: int = 4, by_value: tuple[int, ...] = ()) -> Callable[[Callable[..., Any]], IdentityMemo]:
    """Decorator: remember the function's results for its last `size` argument tuples, by identity
    (the argument positions in `by_value` by equality)."""

    def wrap(function: Callable[..., Any]) -> IdentityMemo:
        return IdentityMemo(function, size, by_value)

    return wrap
