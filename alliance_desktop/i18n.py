"""Qt-free translation for messages made outside the UI (core, storage, CLI).

The Finnish texts live in the same Qt Linguist file the UI uses
(resources/translations/alliance_fi.ts); `pyside6-lupdate` finds the
`translate("Context", "text")` calls here just as it finds `self.tr()` in ui/.
Reading the .ts (XML) needs no Qt, so the command line stays light.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from importlib import resources

LANGUAGES = ("fi", "en")
_language = "fi"


def set_language(language: str) -> None:
    global _language
    if language not in LANGUAGES:
        raise ValueError(language)
    _language = language


def language() -> str:
    return _language


@cache
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    path = resources.files("alliance_desktop.resources").joinpath("translations", f"alliance_{lang}.ts")
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


def translate(context: str, text: str, lang: str | None = None) -> str:
    """The text in `lang` (default: the current language); the English source when no translation is known."""
    lang = lang or _language
    if lang == "en":
        return text
    return _catalogue(lang).get((context, text), text)
