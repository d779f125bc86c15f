"""core/glossary.py: every term named and defined in both languages, lookup in either (issue 22)."""

from __future__ import annotations

from alliance_desktop import i18n
from alliance_desktop.core import glossary

ISSUE_TERMS = ("allianssi", "tavoitekustannus", "palkkio", "yleiskulut", "korvattavat kustannukset", "alitus",
               "ylitys", "kustannusbonus", "vaikuttavuusbonuspooli", "kustannussanktio", "kehitysvaihe",
               "palveluvaihe", "osallistumispyyntö", "tarjouspyyntö", "hankintapäätös", "odotusaika",
               "markkinavuoropuhelu")


def test_every_term_in_both_languages():
    keys = [t.key for t in glossary.TERMS]
    assert len(keys) == len(set(keys)) >= 40
    for t in glossary.TERMS:
        assert t.fi and t.en and t.definition_fi and t.definition_en, t.key
        assert t.definition_fi != t.definition_en, t.key
        assert len(t.definition_fi) < 300 and len(t.definition_en) < 300, t.key  # short definitions


def test_the_issues_terms_are_there():
    names = {t.fi.split(" (")[0] for t in glossary.TERMS}
    assert set(ISSUE_TERMS) <= names


def test_lookup_in_either_language_finnish_aware():
    assert glossary.lookup("TAVOITEKUST", "fi")[0].key == "target_cost"
    assert glossary.lookup("target cost", "en")[0].key == "target_cost"
    assert glossary.lookup("target cost", "fi")[0].key == "target_cost"  # English name from a Finnish window
    assert [t.key for t in glossary.lookup("osallistumis", "en")] == ["participation_request"]
    assert glossary.lookup("ODOTUSAIKA")[0].key == "standstill"
    assert [t.key for t in glossary.lookup("ylitys")][0] == "overrun"
    # ä is a letter of its own: "paa" does not find "pää"
    assert "decision_gate" in [t.key for t in glossary.lookup("päätöspiste")]
    assert "decision_gate" not in [t.key for t in glossary.lookup("paatospiste")]
    assert len(glossary.lookup("")) == len(glossary.TERMS)
    assert glossary.lookup("zzzz") == []


def test_a_word_of_the_definition_finds_the_term():
    keys = [t.key for t in glossary.lookup("liikkeenluovutus", "fi")]
    assert keys == ["staff_transfer"]
    assert "standstill" in [t.key for t in glossary.lookup("appeal", "en")]


def test_tooltip_in_the_interfaces_language():
    with i18n.using("fi"):
        assert glossary.tooltip("target_cost") == ("Tavoitekustannus: palvelujaksolle sovittu kustannus. Se on "
                                                   "palveluntuottajan palkkio + tilaajan yleiskulut + korvattavat "
                                                   "tuotantokustannukset.")
    with i18n.using("en"):
        assert glossary.tooltip("kpi_score").startswith("KPI score: how well the period")
    assert glossary.tooltip("fee", "en").startswith("Fee: what the producer earns")


def test_finnish_alphabetical_order():
    names = [t.fi for t in glossary.sorted_terms("fi")]
    assert names.index("yleiskulut") < names.index("ylitys")
    assert names == sorted(names, key=lambda n: [("abcdefghijklmnopqrstuvwxyzåäö".find(c) + 1) or ord(c) + 100
                                                 for c in n.casefold()])
