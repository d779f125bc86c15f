"""The timeline and the service chains / scope matrix sections: titles, dates, costs, scope, escaping."""

from __future__ import annotations

import dataclasses
from decimal import ROUND_HALF_UP, Decimal

import pytest

from alliance_desktop.core import chains as ch
from alliance_desktop.core.formatting import format_money
from alliance_desktop.i18n import using
from alliance_desktop.templates import load_template

from .conftest import CREATED, norm, pdf_text

DEMOS = ("keusote", "hyvaks")
LANGS = ("fi", "en")


def _render(plan, **kw):
    from alliance_desktop.reports.builder import render_report

    kw.setdefault("created", CREATED)
    return render_report(plan, **kw)


def _section(text: str, lang: str, name: str, following: str) -> str:
    """The text of one section: from its numbered heading (the last occurrence: the contents list it first)
    to the next section's heading."""
    from alliance_desktop.reports.builder import SECTIONS, section_titles

    titles = section_titles(lang)
    number = SECTIONS.index(name) - 1  # cover and contents have no number
    start = f"{number} {titles[name]}"
    end = f"{number + 1} {titles[following]}"
    i = text.rindex(start)
    return text[i:text.index(end, i)]


@pytest.mark.parametrize("name", DEMOS)
def test_english_titles_of_the_new_sections(demo_report, name):
    built = demo_report(name, "en")
    for title in ("2 Timeline", "3 Service chains and scope matrix", "Milestones, deadlines and decision gates",
                  "Staff transfer decisions", "Scope matrix", "Total annual cost", "Today's own-production cost",
                  "Difference from own production"):
        assert title in built.text, title
    # listed in the contents too
    assert built.text.count("Service chains and scope matrix") >= 2


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", DEMOS)
def test_timeline_section_has_gates_and_times(demo_report, name, lang):
    built = demo_report(name, lang)
    plan = built.plan
    text = _section(built.text, lang, "timeline", "chains")
    gates = [x for x in plan.markers if x.kind == "gate"]
    assert gates
    for gate in gates:
        assert norm(gate.name) in text, gate.name
    for p in plan.phases:
        if p.staff_decision.strip():
            assert norm(p.staff_decision)[:60] in built.text
    if lang == "fi" and name == "keusote":
        assert "20.2.2026 klo 16.00" in text
        assert "klo 16.00" in text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", DEMOS)
def test_chain_steps_and_annual_cost(demo_report, name, lang):
    built = demo_report(name, lang)
    plan = built.plan
    assert plan.chains
    for chain in plan.chains:
        costs = ch.chain_costs(plan, chain)
        assert norm(format_money(costs.gross, lang)) in built.text, chain.name
        assert norm(format_money(costs.own, lang)) in built.text
        assert norm(format_money(costs.difference, lang)) in built.text
        for step in chain.steps:
            assert norm(step.name) in built.text, step.name


@pytest.mark.parametrize("lang", LANGS)
def test_hyvaks_chain_total_matches_core(demo_report, lang):
    built = demo_report("hyvaks", lang)
    chain = built.plan.chains[0]
    total = sum((s.annual_volume * s.unit_cost for s in chain.steps), ch.ZERO)
    assert total == ch.chain_costs(built.plan, chain).gross
    assert norm(format_money(total, lang)) in built.text


@pytest.mark.parametrize("lang", LANGS)
def test_keusote_scope_states(demo_report, lang):
    built = demo_report("keusote", lang)
    plan = built.plan
    states = {ch.scope_state(plan, p.key, a.key) for p in plan.scope.packages for a in plan.areas}
    assert len(states) >= 2
    with using(lang):
        for state in states:
            assert ch.scope_state_title(state) in built.text, state
    for package in plan.scope.packages:
        assert norm(package.name)[:30] in built.text


def test_markup_in_step_and_phase_names_prints_literally():
    plan = load_template("hyvaks")
    chain = plan.chains[0]
    step = dataclasses.replace(chain.steps[0], name='Vaihe <b>x</b> & "y" </para>')
    chain = dataclasses.replace(chain, steps=(step, *chain.steps[1:]))
    phases = list(plan.phases)
    index = next(i for i, p in enumerate(phases) if p.staff_decision.strip())
    phases[index] = dataclasses.replace(phases[index], name="Jakso <i>1</i> & <2>")
    plan = dataclasses.replace(plan, chains=(chain, *plan.chains[1:]), phases=tuple(phases))
    for lang in LANGS:
        data, _ = _render(plan, lang=lang, sections=["timeline", "chains"])
        text = norm("\n".join(pdf_text(data)))
        assert 'Vaihe <b>x</b> & "y" </para>' in text
        assert "Jakso <i>1</i> & <2>" in text
        assert "&amp;" not in text and "&lt;" not in text


def test_only_the_timeline_section():
    plan = load_template("keusote")
    data, pages = _render(plan, lang="en", sections=["timeline"])
    texts = pdf_text(data)
    text = norm("\n".join(texts))
    assert pages == len(texts) <= 3
    assert "1 Timeline" in text
    for other in ("Contents", "Overview", "Service chains and scope matrix", "Commercial model", "Risks"):
        assert other not in text, other


def test_empty_plan_sections_say_so():
    from alliance_desktop.core import model as m

    plan = load_template("keusote")
    plan = dataclasses.replace(plan, phases=(), markers=(), chains=(), scope=m.Scope(),
                               commercial=dataclasses.replace(plan.commercial, periods=()))
    data, _ = _render(plan, lang="en", sections=["timeline", "chains"])
    text = norm("\n".join(pdf_text(data)))
    assert "No phases or milestones with dates yet." in text
    assert "No service chains yet." in text
    assert "No service packages or areas yet." in text


def test_long_chain_and_timeline_split_over_pages():
    plan = load_template("hyvaks")
    chain = plan.chains[0]
    steps = tuple(dataclasses.replace(s, key=f"{s.key}-{i}", name=f"{s.name} {i}")
                  for i in range(6) for s in chain.steps)
    markers = tuple(dataclasses.replace(x, key=f"{x.key}-{i}", name=f"{x.name} {i}")
                    for i in range(6) for x in plan.markers)
    plan = dataclasses.replace(plan, chains=(dataclasses.replace(chain, steps=steps),), markers=markers)
    data, pages = _render(plan, lang="fi", sections=["timeline", "chains"])
    text = norm("\n".join(pdf_text(data)))
    assert pages >= 6
    assert norm(steps[-1].name) in text  # the last card and row are there, nothing cut off
    assert norm(markers[-1].name) in text
    assert norm(format_money(ch.chain_costs(plan, plan.chains[0]).gross, "fi")) in text


def test_the_gantt_gets_a_landscape_page_and_the_rest_stays_portrait():
    import io

    from pypdf import PdfReader

    from alliance_desktop.reports.builder import render_report
    from alliance_desktop.templates import load_template

    for sections in (["cover", "timeline", "chains"], ["timeline"]):
        data, _pages = render_report(load_template("keusote"), lang="fi", sections=sections)
        pages = PdfReader(io.BytesIO(data)).pages
        shapes = ["landscape" if p.mediabox.width > p.mediabox.height else "portrait" for p in pages]
        first_timeline = 1 if sections[0] == "cover" else 0
        assert shapes[first_timeline] == "landscape", shapes
        assert shapes[-1] == "portrait", shapes  # tables after the chart go back to portrait
        assert "Aikataulu" in pages[first_timeline].extract_text()


def test_metrics_section_has_the_kpi_score_chart_per_period():
    import io

    from pypdf import PdfReader

    from alliance_desktop.core.formatting import format_percent
    from alliance_desktop.core.scoring import kpi_scores
    from alliance_desktop.reports.builder import render_report
    from alliance_desktop.templates import load_template

    plan = load_template("hyvaks")
    data, _pages = render_report(plan, lang="fi", sections=["metrics"])
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert "Mittaripisteet palvelujaksoittain" in text
    for period in plan.commercial.periods[:2]:  # the measured ones
        assert format_percent(kpi_scores(plan)[period.key].score * 100, 1, "fi").replace("\u00a0", " ") in \
            text.replace("\u00a0", " ")


# ---------------------------------------------------------------- overdue on the report date (issue 15, item 7)


def test_overdue_items_in_the_overview_timeline_and_procurement_sections():
    import datetime as _dt

    plan = load_template("keusote")
    data, _pages = _render(plan, lang="fi", sections=["overview", "timeline", "procurement"],
                           created=_dt.date(2026, 12, 4))
    text = norm("\n".join(pdf_text(data)))
    assert "Myöhässä 4.12.2026" in text
    assert ("Myöhässä: päätöspiste ”Poliittinen päätös hankinnan kilpailutuksen käynnistämisestä” 24.2.2026 "
            "(ei päätetty)") in text
    assert text.count("Myöhässä: hankintatehtävä") == 11
    # the timeline's table of markers: 6 overdue (5 milestones and deadlines, the gate)
    assert "Myöhässä 4.12.2026: 6 (merkitty alla punaisella)." in text
    assert "Päätöspiste: Odottaa · myöhässä" in text
    # procurement: the status of each late task, and the count
    assert "Myöhässä 4.12.2026: 11 avointa tehtävää, joiden määräpäivä on ohitettu." in text


def test_nothing_overdue_nothing_said():
    plan = load_template("keusote")
    data, _pages = _render(plan, lang="en", sections=["overview", "timeline", "procurement"])  # 3.12.2025
    text = norm("\n".join(pdf_text(data)))
    assert "Overdue" not in text and "overdue" not in text


# ---------------------------------------------------------------- commercial: forecasts, totals, rounding rules


def _commercial_text(plan, lang: str) -> str:
    data, _ = _render(plan, lang=lang, sections=["commercial"])
    return norm("\n".join(pdf_text(data)))


@pytest.mark.parametrize("lang, words", [
    ("en", ("Total (actual)", "Total incl. forecasts", "(forecast)", "In grey italics: forecast = an estimate at the "
            "target cost", "not entered yet: a forecast at the target cost", "Actual or forecast", "Rounding",
            "by contract")),
    ("fi", ("Yhteensä (toteutuneet)", "Yhteensä ennusteineen", "(ennuste)", "tavoitekustannuksen mukainen arvio",
            "ei vielä syötetty: ennuste tavoitekustannuksen mukaan", "Toteuma vai ennuste", "Pyöristys",
            "sopimuksen mukainen")),
])
def test_commercial_section_keeps_forecasts_apart(lang, words):
    """Issue 15: Keusote's periods 3–4 are forecasts: labelled, kept out of the actual total, explained nowhere as
    actual; the rules state the actuals rule and the rounding."""
    from alliance_desktop.core.settlement import settle_plan

    plan = load_template("keusote")
    text = _commercial_text(plan, lang)
    for w in words:
        assert norm(w) in text, w
    s = settle_plan(plan)
    for value in (s.actual_totals.actual_cost, s.actual_totals.buyer_total_cost, s.totals.actual_cost):
        assert norm(format_money(value, lang)) in text
    assert "—" in text  # the KPI score of an unmeasured period


def _half_up(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def test_a_demo_period_recomputed_by_hand_from_the_report_rules():
    """The report's rounding rules, applied by hand with a calculator's arithmetic (no engine), give every figure
    of Keusote's periods 1 (under-run, cap binding, pool × an exact score) and 2 (over-run, sanction), and the
    report prints each figure and the exact KPI score it used."""
    from fractions import Fraction

    from alliance_desktop.core.settlement import settle_plan

    plan = load_template("keusote")
    c = plan.commercial
    text = _commercial_text(plan, "en")
    results = {r.key: r for r in settle_plan(plan).periods}
    pct = {t: {k: v / 100 for k, v in getattr(c, t)} for t in
           ("gain_share_percent", "effectiveness_pool_split_percent", "pain_share_percent")}
    for key in ("p1", "p2"):
        p = next(x for x in plan.commercial.periods if x.key == key)
        r = results[key]
        # (1) each part rounded first; sums exact; a fee not entered is the target fee by contract
        t_parts = [_half_up(x) for x in (p.target.fee, p.target.overhead, p.target.production)]
        fee = _half_up(p.target.fee if p.actual.fee is None else p.actual.fee)
        a_parts = [fee, _half_up(p.actual.overhead), _half_up(p.actual.production)]
        T, A = sum(t_parts), sum(a_parts)
        D = T - A
        got = {"target_cost": T, "actual_cost": A, "deviation": D}
        if D > 0:
            cap = _half_up(c.gain_cap_percent / 100 * T)  # (2) the cap amount rounded before sharing
            shared = min(D, cap)
            producer = _half_up(pct["gain_share_percent"]["producer"] * shared)  # (3) shares rounded,
            staff = _half_up(pct["gain_share_percent"]["staff"] * shared)
            pool = _half_up(pct["gain_share_percent"]["effectiveness_pool"] * shared)
            buyer = shared - producer - staff - pool  # the buyer takes the remainder
            score = Fraction(8111, 12000) if key == "p1" else None
            assert f"KPI score {score.numerator}/{score.denominator}" in text  # printed exactly in the report
            paid_exact = Fraction(pool) * score  # (4) rounded pool × exact score, then rounded
            paid = _half_up(Decimal(paid_exact.numerator) / Decimal(paid_exact.denominator))
            paid_producer = _half_up(pct["effectiveness_pool_split_percent"]["producer"] * paid)
            paid_staff = paid - paid_producer
            got.update(shared_underrun=shared, excess_to_buyer=D - shared, paid=paid, unpaid=pool - paid,
                       gain=(buyer, producer, staff, pool), bonus=(paid_producer, paid_staff))
            producer_payment = a_parts[0] + a_parts[2] + producer + paid_producer
            staff_bonus = staff + paid_staff
            assert (r.gain.buyer, r.gain.producer, r.gain.staff, r.gain.effectiveness_pool) == got["gain"]
            assert (r.effectiveness_bonus_producer, r.effectiveness_bonus_staff) == got["bonus"]
            assert (r.shared_underrun, r.excess_to_buyer) == (shared, D - shared)
            assert (r.effectiveness_bonus_paid, r.effectiveness_bonus_unpaid) == (paid, pool - paid)
            figures = [cap, shared, D - shared, buyer, producer, staff, pool, paid, paid_producer, pool - paid]
        else:
            overrun = -D
            uncapped = _half_up(pct["pain_share_percent"]["producer"] * overrun)  # (5) rounded before its cap
            sanction = min(uncapped, _half_up(p.target.fee))  # the cap: the period's fee
            assert (r.overrun, r.producer_sanction_uncapped) == (overrun, uncapped)
            assert (r.sanction.producer, r.sanction.buyer) == (sanction, overrun - sanction)
            producer_payment = a_parts[0] + a_parts[2] - sanction
            staff_bonus = Decimal(0)
            figures = [overrun, uncapped, sanction, overrun - sanction]
        buyer_total = a_parts[1] + producer_payment + staff_bonus
        assert (r.target_cost, r.actual_cost, r.deviation) == (T, A, D)
        assert (r.producer_payment, r.staff_bonus, r.buyer_total_cost) == (producer_payment, staff_bonus, buyer_total)
        for value in [T, A, D, producer_payment, staff_bonus, buyer_total, *figures]:
            assert norm(format_money(value, "en")) in text, (key, value)


def test_metrics_section_warns_of_levels_against_the_direction():
    import dataclasses
    from decimal import Decimal

    from alliance_desktop.core import metrics_edits as me

    plan = load_template("hyvaks")
    x = me.find_metric(plan, "jonotusajat")
    x = dataclasses.replace(x, calibrations=(dataclasses.replace(x.calibrations[0], threshold=Decimal(90),
                                                                 target=Decimal(140)),) + x.calibrations[1:])
    broken = dataclasses.replace(plan, metrics=tuple(x if y.key == x.key else y for y in plan.metrics))
    with using("en"):
        [problem] = me.level_problems(broken)
    data, _pages = _render(broken, lang="en", sections=["metrics"])
    assert norm(problem) in norm("\n".join(pdf_text(data)))
    data, _pages = _render(plan, lang="en", sections=["metrics"])
    assert "lower is better, so the target" not in norm("\n".join(pdf_text(data)))


def test_commercial_section_without_forecasts_has_one_total():
    from decimal import Decimal as D

    from alliance_desktop.core import model as m

    plan = load_template("keusote")
    periods = tuple(p if p.actual is not None else dataclasses.replace(
        p, actual=m.ActualCost(None, p.target.overhead, p.target.production - D(1000)))
        for p in plan.commercial.periods)
    plan = dataclasses.replace(plan, commercial=dataclasses.replace(plan.commercial, periods=periods))
    text = _commercial_text(plan, "en")
    assert "Total (actual)" in text and "Total incl. forecasts" not in text and "(forecast)" not in text
    assert "Every period has actual costs." in text
