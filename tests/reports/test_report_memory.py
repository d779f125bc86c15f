"""What the report keeps while it is laid out (issue 16: the 64x report under 250 MiB): each page's operators
are compressed when the page ends, the late drawings (footer texts, contents page numbers) are added at save
to the small rest; the content streams are whole zlib streams (checksum included) that draw the same page."""

from __future__ import annotations

import io
import zlib

import pytest

from .conftest import CREATED

pikepdf = pytest.importorskip("pikepdf")


def test_pages_are_compressed_when_they_end(monkeypatch):
    from alliance_desktop.reports import builder
    from alliance_desktop.templates import load_template

    kept = []
    save = builder._Canvas.save

    def watching_save(self):
        kept.append(sum(len(page.stream) for page in self._doc.Pages.pages))
        kept.append(len(self._doc.Pages.pages))
        save(self)

    monkeypatch.setattr(builder._Canvas, "save", watching_save)
    data, pages = builder.render_report(load_template("keusote"), lang="fi", created=CREATED)
    text_kept, page_count = kept
    assert page_count == pages
    assert text_kept < 2000 * pages  # the footers' places, and the contents page's entries' (before: all of every page's)
    pdf = pikepdf.open(io.BytesIO(data))
    for number, page in enumerate(pdf.pages, 1):
        contents = page.obj.Contents
        assert list(contents.Filter) == ["/FlateDecode"]
        operators = zlib.decompress(contents.read_raw_bytes()).decode("latin-1")  # checks the Adler-32 too
        assert "% late" not in operators
        if number > 1:  # a body page: its footer at its end, as an artifact
            tail = operators[operators.rindex("/Artifact <</Type /Pagination>> BDC"):]
            assert f"(Sivu {number} / {pages}) Tj" in tail


def test_same_bytes_twice():
    from alliance_desktop.reports.builder import render_report
    from alliance_desktop.templates import load_template

    plan = load_template("hyvaks")
    assert render_report(plan, lang="en", created=CREATED) == render_report(plan, lang="en", created=CREATED)
