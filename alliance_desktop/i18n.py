"""Qt-free translation for messages made outside the UI (core, storage, CLI).

The Finnish texts live in the same Qt Linguist file the UI uses
(resources/translations/alliance_fi.ts); `pyside6-lupdate` finds the
`translate("Context", "text")` calls here just as it finds `self.tr()` in ui/.
Reading the .ts (XML) needs no Qt, so the command line stays light.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

LANGUAGES = ("fi", "en")
_language = "fi"
# A report or an explanation may be made in another language than the interface's:
# `using(lang)` overrides the language for the code it wraps (per thread / task).
_override: ContextVar[str | None] = ContextVar("alliance_language", default=None)


def set_language(language: str) -> None:
    global _language
    if language not in LANGUAGES:
        raise ValueError(language)
    _language = language


def language() -> str:
    return _override.get() or _language


@contextmanager
def using(lang: str | None) -> Iterator[None]:
    """Translate in `lang` inside the block (None: the current language)."""
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(lang)
    token = _override.set(lang or language())
    try:
        yield
    finally:
        _override.reset(token)


def speaks(func):
    """Decorator: the function's `lang` argument (when given) sets the language of its translations.

    (translate() takes no language argument because pyside6-lupdate would then skip the call.)
    """
    position = list(inspect.signature(func).parameters).index("lang")

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        lang = kwargs.get("lang", args[position] if position < len(args) else None)
        with using(lang):
            return func(*args, **kwargs)

    return wrapper


@cache
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET  # only when a message is first translated: start-up stays light

    from pathlib import Path

    from . import resources  # (not via paths.resources_dir: paths translates its messages with this module)

    path = Path(resources.__file__).parent / "translations" / f"alliance_{lang}.ts"
    try:
        root = ET.fromstring(path.read_bytes())
    except (OSError, ET.ParseError):
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is not None and node.text and node.get("type") not in ("unfinished", "obsolete", "vanished"):
                table[(name, source)] = node.text
    return table


def preload() -> None:
    """Read the current language's catalogue now rather than at the first message (a window does this
    when idle after start-up: reading it takes 10 ms)."""
    if language() != "en":
        _catalogue(language())


def translate(context: str, text: str) -> str:
    """The text in the current language (see `using`); the English source when no translation is known.

    Always call it with two literal strings so pyside6-lupdate finds the text.
    """
    lang = language()
    if lang == "en":
        return text
    return _catalogue(lang).get((context, text), text)
