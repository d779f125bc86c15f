"""The report is laid out once; the page totals and the contents' page numbers are still right."""

from __future__ import annotations

import dataclasses
import io
import re

import pytest

from .conftest import CREATED, norm

LEADER = re.compile(r"(?:\s*\.){3,}\s*(\d+)(?:\n|$)")  # the contents' dots and page number, after the entry's text
ENTRY_START = re.compile(r"^\d+(?:\.\d+)?\s\s", re.MULTILINE)  # "1.2  Title": an entry's first line


def _render(plan, **kw):
    from alliance_desktop.reports.builder import render_report

    return render_report(plan, created=CREATED, **kw)


def _contents_entries(reader, contents_pages: range) -> list[tuple[int, str]]:
    """(page it says, entry text) for each contents entry (its text, then its dots and number: the reading
    order of the tagged PDF). A page's first entry starts at the last entry number before its leader (what
    comes before is the page's header, footer and the contents' title)."""
    entries = []
    for i in contents_pages:
        parts = LEADER.split(reader.pages[i].extract_text())
        starts = list(ENTRY_START.finditer(parts[0]))
        parts[0] = parts[0][starts[-1].start():] if starts else parts[0]
        entries += [(int(number), norm(text)) for text, number in zip(parts[0::2], parts[1::2])]
    return entries


def _outline(reader) -> dict[str, int]:
    """Every bookmark's title -> its page (1-based)."""
    found = {}

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found[norm(item.title)] = reader.get_destination_page_number(item) + 1

    walk(reader.outline)
    return found


def _check_contents(data: bytes, pages: int, lang: str) -> tuple[list[tuple[int, str]], int]:
    """Every page but the cover says "page x / y" with the real total; the contents (after the cover, up
    to the first heading) list every heading with the page it is on, as the PDF outline does too."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == pages
    texts = [norm(page.extract_text()) for page in reader.pages]
    word = "Sivu" if lang == "fi" else "Page"
    for number, text in enumerate(texts[1:], start=2):  # every page but the cover: "page x / y" with the real total
        assert f"{word} {number} / {pages}" in text
    outline = _outline(reader)
    entries = _contents_entries(reader, range(1, min(outline.values()) - 1))
    assert len(entries) == len(outline) > 0  # every heading is in the contents, once
    for page, title in entries:
        assert title in texts[page - 1].replace(f"{word} {page} / {pages}", ""), (page, title)
        assert outline[title] == page, (title, page, outline[title])
    return entries, min(outline.values()) - 2


@pytest.mark.parametrize("name, lang", [("keusote", "fi"), ("keusote", "en"), ("hyvaks", "fi"), ("hyvaks", "en")])
def test_demo_contents_name_the_pages_their_headings_are_on(demo_report, name, lang):
    built = demo_report(name, lang)
    entries, _contents_pages = _check_contents(built.data, built.pages, lang)
    assert entries[0][1].startswith("1 ")


def test_each_page_is_laid_out_once(monkeypatch):
    from alliance_desktop.reports import builder
    from alliance_desktop.templates import load_template

    begun = []
    original = builder._Doc.handle_pageBegin

    def counting(self):
        begun.append(self.page)
        return original(self)

    monkeypatch.setattr(builder._Doc, "handle_pageBegin", counting)
    data, pages = _render(load_template("keusote"), lang="fi")
    assert pages > 15
    assert len(begun) == pages  # one layout pass (multiBuild made three)


def test_a_long_contents_over_two_pages_with_wrapped_entries():
    """Many long chain names: the contents run over two pages and entries wrap; every number still right."""
    from alliance_desktop.templates import load_template

    plan = load_template("keusote")
    chain = plan.chains[0]
    long = "Ikääntyneen kotona asumisen, kuntoutuksen ja ympärivuorokautisen hoivan palveluketju, osa {n}"
    chains = tuple(dataclasses.replace(chain, key=f"c{n}", name=long.format(n=n)) for n in range(1, 17))
    plan = dataclasses.replace(plan, chains=chains)
    data, pages = _render(plan, lang="fi")
    entries, contents_pages = _check_contents(data, pages, "fi")
    assert contents_pages >= 2
    assert any(title.endswith("osa 16") for _, title in entries)
    assert len([t for _, t in entries if "osa" in t]) == 16
    again, _ = _render(plan, lang="fi")
    assert again == data  # deterministic


def test_contents_only_and_no_headings_has_no_placeholder():
    from alliance_desktop.templates import load_template

    data, pages = _render(load_template("keusote"), lang="en", sections=["cover", "contents"])
    from pypdf import PdfReader

    text = norm("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))
    assert pages == 2
    assert "Contents" in text and "Placeholder" not in text
    assert "Page 2 / 2" in text
