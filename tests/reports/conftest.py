"""Helpers for the report tests: build once per demo and language, read the text back with pypdf."""

from __future__ import annotations

import datetime as _dt
import io
import re

import pytest

CREATED = _dt.date(2025, 12, 3)


def norm(text: str) -> str:
    """Whitespace-insensitive text: pypdf reads no-break spaces as spaces and line breaks vary; a word
    hyphenated at a line end (a Finnish report's "palve-/luntuottajalle") is read whole."""
    return " ".join(_HYPHENATED.sub("", text).replace("\u00a0", " ").split())


_HYPHENATED = re.compile(r"(?<=[a-zåäö])-\n(?=[a-zåäö])")


def pdf_text(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


class Built:
    def __init__(self, plan, lang: str, data: bytes, pages: int):
        self.plan = plan
        self.lang = lang
        self.data = data
        self.pages = pages
        self.page_texts = pdf_text(data)
        self.text = norm("\n".join(self.page_texts))


_cache: dict[tuple[str, str], Built] = {}


@pytest.fixture
def demo_report():
    """demo_report(name, lang) -> Built (cached across tests: the inputs are fixed)."""
    from alliance_desktop.reports.builder import render_report
    from alliance_desktop.templates import load_template

    def make(name: str, lang: str) -> Built:
        key = (name, lang)
        if key not in _cache:
            plan = load_template(name)
            data, pages = render_report(plan, lang=lang, created=CREATED)
            _cache[key] = Built(plan, lang, data, pages)
        return _cache[key]

    return make
