"""User text prints literally; output is deterministic and atomic; the sections filter works."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import os
import shutil
import subprocess
from decimal import Decimal

import pytest

from alliance_desktop.core import model as m
from alliance_desktop.core.errors import AllianceError
from alliance_desktop.reports.escape import one_line, para
from alliance_desktop.templates import load_template

from .conftest import CREATED, norm, pdf_text

NASTY = 'Allianssi <b>x</b> & "y" </para>'


def _render(plan, **kw):
    from alliance_desktop.reports.builder import render_report

    kw.setdefault("created", CREATED)
    return render_report(plan, **kw)


def test_escape_helper():
    assert para(NASTY) == 'Allianssi &lt;b&gt;x&lt;/b&gt; &amp; "y" &lt;/para&gt;'
    assert para("a\nb\r\nc") == "a<br/>b<br/>c"
    assert para("&amp;") == "&amp;amp;"  # escaped once, as typed
    assert para(None) == ""
    assert para("bell\x07") == "bell"
    assert one_line(" a\n b\u00a0c ") == "a b\u00a0c"


def test_markup_in_user_text_prints_literally():
    plan = load_template("keusote")
    party = dataclasses.replace(plan.parties[1], name='Tuottaja <i>Oy</i> & "Ky" </para>')
    risk = dataclasses.replace(plan.risks[0], title="Riski <font size=40>iso</font>",
                               description='Kuvaus <b>lihava</b> & </para> <br/> loppu\ntoinen rivi')
    period = dataclasses.replace(plan.commercial.periods[0], name="Jakso <1> & <2>")
    plan = dataclasses.replace(
        plan,
        project=dataclasses.replace(plan.project, name=NASTY, buyer="Tilaaja & <Co>", goals=("<tavoite> & muu",)),
        parties=(plan.parties[0], party, *plan.parties[2:]),
        risks=(risk, *plan.risks[1:]),
        commercial=dataclasses.replace(plan.commercial, periods=(period, *plan.commercial.periods[1:])),
    )
    for lang in ("fi", "en"):
        data, pages = _render(plan, lang=lang)
        text = norm("\n".join(pdf_text(data)))
        for literal in (NASTY, 'Tuottaja <i>Oy</i> & "Ky" </para>', "Riski <font size=40>iso</font>",
                        "Kuvaus <b>lihava</b> & </para> <br/> loppu toinen rivi", "Jakso <1> & <2>",
                        "Tilaaja & <Co>", "<tavoite> & muu"):
            assert literal in text, literal
        assert "&amp;" not in text and "&lt;" not in text


def test_same_input_same_bytes_and_the_date_matters():
    plan = load_template("hyvaks")
    first, pages = _render(plan, lang="fi")
    second, _ = _render(plan, lang="fi")
    assert first == second
    later, _ = _render(plan, lang="fi", created=_dt.date(2026, 1, 5))
    assert later != first
    assert b"D:20260105" in later


def test_build_report_writes_the_file(tmp_path):
    from alliance_desktop.reports.builder import build_report

    out = tmp_path / "raportti.pdf"
    pages = build_report(load_template("keusote"), out, lang="en", created=CREATED)
    assert out.read_bytes().startswith(b"%PDF-")
    assert len(pdf_text(out.read_bytes())) == pages
    assert sorted(os.listdir(tmp_path)) == ["raportti.pdf"]


def test_missing_folder_leaves_nothing(tmp_path):
    from alliance_desktop.reports.builder import build_report

    out = tmp_path / "missing" / "report.pdf"
    with pytest.raises(OSError):
        build_report(load_template("keusote"), out, created=CREATED)
    assert os.listdir(tmp_path) == []


def test_failed_build_keeps_the_old_file_and_leaves_no_temp(tmp_path, monkeypatch):
    from alliance_desktop.reports import builder, section_risks

    out = tmp_path / "report.pdf"
    out.write_bytes(b"old report")

    def boom(ctx):
        raise RuntimeError("layout failed")

    monkeypatch.setattr(section_risks, "build", boom)
    with pytest.raises(RuntimeError):
        builder.build_report(load_template("keusote"), out, created=CREATED)
    assert out.read_bytes() == b"old report"
    assert os.listdir(tmp_path) == ["report.pdf"]


def test_failed_write_leaves_no_temp(tmp_path, monkeypatch):
    from alliance_desktop.reports import builder

    out = tmp_path / "report.pdf"

    def failing_replace(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(PermissionError):
        builder.build_report(load_template("keusote"), out, created=CREATED)
    assert os.listdir(tmp_path) == []


def test_sections_filter():
    plan = load_template("keusote")
    data, pages = _render(plan, lang="en", sections=["risks"])
    texts = pdf_text(data)
    text = norm("\n".join(texts))
    assert "1 Risks" in text
    assert "Commercial model" not in text and "Contents" not in text and "Overview" not in text
    assert pages == len(texts) <= 2
    all_data, all_pages = _render(plan, lang="en")
    assert all_pages > pages
    # order and commas do not matter; print order is fixed
    data2, _ = _render(plan, lang="en", sections=["risks,overview", "cover"])
    text2 = norm("\n".join(pdf_text(data2)))
    assert text2.index("1 Overview") < text2.index("2 Risks")
    assert "Contents" not in text2


def test_unknown_or_no_section_is_refused():
    from alliance_desktop.reports.builder import normalize_sections

    with pytest.raises(AllianceError) as info:
        normalize_sections(["overview", "gantt"], "en")
    assert "gantt" in info.value.message
    with pytest.raises(AllianceError):
        normalize_sections([], "en")
    assert normalize_sections(None) == ("cover", "contents", "overview", "timeline", "chains", "commercial", "risks",
                                        "procurement", "metrics")


def test_blank_plan_and_version_label():
    plan = load_template("blank")
    data, pages = _render(plan, lang="en")
    text = norm("\n".join(pdf_text(data)))
    assert pages >= 3
    assert "The plan has no service periods yet." in text
    assert "No risks have been recorded yet." in text
    assert "DRAFT" in text  # the default version label "luonnos" reads "Draft" in English
    data, _ = _render(plan, lang="en", version_label="v2 hallitukselle")
    assert "V2 HALLITUKSELLE" in norm("\n".join(pdf_text(data)))


def _many_risks_plan(count: int) -> m.Plan:
    plan = load_template("hyvaks")
    risks = tuple(
        m.Risk(key=f"r{i}", title=f"Riski {i}", description="Pitkä kuvaus riskistä. " * (i % 7 + 1),
               likelihood=i % 5 + 1, impact=(i * 3) % 5 + 1, owner="Allianssin johtoryhmä",
               mitigation="Seuranta ja raportointi " * 3, status="open")
        for i in range(count)
    )
    return dataclasses.replace(plan, risks=risks)


def test_long_tables_break_with_repeated_headers():
    data, pages = _render(_many_risks_plan(90), lang="en", sections=["risks"])
    texts = pdf_text(data)
    assert pages >= 3
    header = "# Risk Severity (L × I) Owner Mitigation Status"
    # on every page once: rows split between pages, not inside, so no extra header mid-page
    assert [norm(t).count(header) for t in texts] == [1] * pages


def test_long_user_text_splits_across_pages():
    plan = load_template("keusote")
    long_text = ("Hyvin pitkä kuvaus, joka jatkuu ja jatkuu. " * 400).strip()
    risk = dataclasses.replace(plan.risks[0], description=long_text)
    plan = dataclasses.replace(plan, risks=(risk,), project=dataclasses.replace(plan.project, description=long_text))
    data, pages = _render(plan, lang="fi", sections=["overview", "risks"])
    assert pages > 4


def test_overrun_beyond_the_sweep_and_unknown_codes():
    plan = load_template("hyvaks")
    p = plan.commercial.periods[0]
    big = dataclasses.replace(p, actual=m.ActualCost(overhead=p.target.overhead,
                                                     production=p.target.production * Decimal("1.6")))
    plan = dataclasses.replace(
        plan,
        commercial=dataclasses.replace(plan.commercial, periods=(big, *plan.commercial.periods[1:]),
                                       producer_pain_cap=None),
        risks=(dataclasses.replace(plan.risks[0], status="someday"),),
    )
    data, pages = _render(plan, lang="en", sections=["commercial", "risks"])
    text = norm("\n".join(pdf_text(data)))
    assert "The producer's sanction has no upper limit." in text
    assert "someday" in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_poppler_renders_every_page_without_complaint(tmp_path):
    data, pages = _render(load_template("keusote"), lang="fi")
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(data)
    result = subprocess.run(["pdftoppm", "-r", "20", "-png", str(pdf), str(tmp_path / "p")], capture_output=True,
                            text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == ""
    assert len(list(tmp_path.glob("p-*.png"))) == pages


def test_same_bytes_in_another_process():
    import hashlib
    import sys

    code = ("import datetime, hashlib; from alliance_desktop.reports.builder import render_report; "
            "from alliance_desktop.templates import load_template; "
            "d, _ = render_report(load_template('hyvaks'), lang='en', created=datetime.date(2025, 12, 3)); "
            "print(hashlib.sha256(d).hexdigest())")
    env = dict(os.environ, PYTHONHASHSEED="12345")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, env=env)
    assert result.returncode == 0, result.stderr
    here, _ = _render(load_template("hyvaks"), lang="en")
    assert result.stdout.strip() == hashlib.sha256(here).hexdigest()


# ---------------------------------------------------------------- hostile text (issue 14)


def test_a_very_long_word_or_text_is_cut_with_a_note_and_renders_in_linear_time():
    """One 1 MB word made `report` run for hours (ReportLab splits a long word in quadratic time); a 2 MB
    description hung it too. Each text is cut at MAX_CHARS with a note saying how much was left out."""
    import time

    from alliance_desktop.reports.escape import MAX_CHARS

    plan = load_template("keusote")
    word = "x" * 1_000_000
    plan = dataclasses.replace(
        plan,
        project=dataclasses.replace(plan.project, description=word + " " + "sana " * 400_000),  # 3 MB in all
        risks=(dataclasses.replace(plan.risks[0], title="y" * 1_000_000, mitigation="z" * 1_000_000),
               *plan.risks[1:]))
    start = time.perf_counter()
    data, pages = _render(plan, lang="en", sections=["overview", "risks"])
    assert time.perf_counter() - start < 60  # a few seconds here; today's code did not finish in 15 minutes
    text = norm("\n".join(pdf_text(data)))
    assert "(cut here: 2 990 001 more characters are in the plan)" in text
    assert "(cut here: 990 000 more characters are in the plan)" in text
    assert text.count("x") < MAX_CHARS + 1000
    assert len(para("a" * (MAX_CHARS + 5))) < MAX_CHARS + 100
    assert len(one_line("b" * 100_000)) <= 301


EMOJI_PLAN_TEXT = "Hanke 😀 ✓ valmis – नमस्ते → ok"


def test_characters_the_font_lacks_print_as_visible_substitutes_with_one_warning(tmp_path):
    from alliance_desktop.reports.escape import printable

    assert printable("ä € – ”x”") == "ä € – ”x”"  # the font draws these
    assert printable("✓ 😀\u200b") == "√ [U+1F600]"  # a stand-in, a code, nothing for a zero-width space
    plan = load_template("keusote")
    plan = dataclasses.replace(plan, project=dataclasses.replace(plan.project, name=EMOJI_PLAN_TEXT,
                                                                 description=EMOJI_PLAN_TEXT))
    warnings: list[str] = []
    data, pages = _render(plan, lang="en", sections=["cover", "overview"], warnings=warnings)
    text = "\n".join(pdf_text(data))
    assert "[U+1F600]" in text and "√ valmis" in text and "[U+0928]" in text and "->" in text
    assert not set("😀✓→\u0928") & set(text)  # nothing left that would print as an empty box
    assert len(warnings) == 1 and "😀" in warnings[0] and "[U+" in warnings[0]
    again: list[str] = []
    _render(load_template("keusote"), lang="en", sections=["overview"], warnings=again)
    assert again == []  # a plan the font can print has no such warning
    if shutil.which("pdftoppm"):
        pdf = tmp_path / "r.pdf"
        pdf.write_bytes(data)
        result = subprocess.run(["pdftoppm", "-r", "60", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "p")],
                                capture_output=True, text=True, check=False, timeout=120)
        assert result.returncode == 0 and result.stderr.strip() == ""
