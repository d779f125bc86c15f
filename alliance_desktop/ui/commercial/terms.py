"""Words of the commercial model: party names and tooltips that explain the domain terms."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def party_title(party: str) -> str:
    return {
        "buyer": QCoreApplication.translate("CommercialTerms", "Buyer"),
        "producer": QCoreApplication.translate("CommercialTerms", "Producer"),
        "staff": QCoreApplication.translate("CommercialTerms", "Alliance staff"),
        "effectiveness_pool": QCoreApplication.translate("CommercialTerms", "Effectiveness bonus pool"),
    }[party]


def tip(term: str) -> str:
    """A tooltip explaining a domain term, in the user's language: a glossary term's is its definition there
    (core/glossary.py, Help > Glossary)."""
    from ...core import glossary

    if glossary.has(term):
        return glossary.tooltip(term)
    return {
        "actual_fee": QCoreApplication.translate(
            "CommercialTerms",
            "Actual fee: leave empty when the fee paid is the one in the target."),
        "deviation": QCoreApplication.translate(
            "CommercialTerms",
            "Target cost minus actual cost: positive is an under-run (savings), negative an over-run."),
        "pain_cap": QCoreApplication.translate(
            "CommercialTerms",
            "The most the producer pays of an over-run in one period: its fee, a fixed amount, or no limit."),
        "pool_split": QCoreApplication.translate(
            "CommercialTerms",
            "How the effectiveness bonus that is paid is divided between the producer and the alliance staff."),
        "excess": QCoreApplication.translate(
            "CommercialTerms",
            "Savings beyond the cap on shared savings: they go wholly to the buyer."),
    }[term]
