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


# Windows' own error numbers (OSError.winerror), for the cases its errno does not tell apart
_WINDOWS_IN_USE = (32, 33)  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION: open in another program
_WINDOWS_DENIED = (5,)  # ERROR_ACCESS_DENIED: also what replacing a file open in another program gives
_WINDOWS_FULL = (39, 112)  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
_WINDOWS_BAD_NAME = (123,)  # ERROR_INVALID_NAME: a character Windows does not allow
_WINDOWS_TOO_LONG = (206,)  # ERROR_FILENAME_EXCED_RANGE


def os_reason(exc: BaseException) -> str:
    """Why the system refused a file operation, in the user's language.

    The system's own text (`strerror`) is in the system's language, on Linux always English; the common
    cases are said here. A file open in another program (a PDF in a viewer, a workbook in Excel) is the
    one a Windows user meets most: Windows refuses to replace it, as "access denied" (checked under Wine:
    `os.replace` onto a file another process holds open gives WinError 5). Anything else keeps the
    system's text."""
    import errno

    win = getattr(exc, "winerror", None)
    err = getattr(exc, "errno", None)
    if win in _WINDOWS_IN_USE:
        return translate("Files", "the file is open in another program; close it there and try again")
    if win in _WINDOWS_FULL or err in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return translate("Files", "the disk is full")
    if win in _WINDOWS_BAD_NAME:
        return translate("Files", "the name has a character Windows does not allow (such as \\ / : * ? \" < > |)")
    if win in _WINDOWS_TOO_LONG or err == errno.ENAMETOOLONG:
        return translate("Files", "the name or the folder path is too long")
    if win in _WINDOWS_DENIED:  # (Windows cannot tell which: a PDF open in a viewer is the common case)
        return translate("Files", "the file is open in another program, or you do not have permission")
    if err == errno.EROFS:
        return translate("Files", "the disk or folder is read-only")
    if err in (errno.EACCES, errno.EPERM):
        return translate("Files", "you do not have permission")
    if err == errno.ENOENT:
        return translate("Files", "the folder or file does not exist")
    if err == errno.ENOTDIR:
        return translate("Files", "a part of the path is not a folder")
    if err == errno.EISDIR:
        return translate("Files", "it is a folder")
    return getattr(exc, "strerror", None) or str(exc)
