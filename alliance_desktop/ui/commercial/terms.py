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
    """A tooltip explaining a domain term, in the user's language."""
    return {
        "target_cost": QCoreApplication.translate(
            "CommercialTerms",
            "Target cost: the cost agreed for the service period. It is the producer's fee + the buyer's "
            "overhead + the reimbursable production costs."),
        "fee": QCoreApplication.translate(
            "CommercialTerms",
            "Fee: what the producer earns for its work on top of its costs (its margin). The producer's "
            "cost sanction is often capped at its fee."),
        "overhead": QCoreApplication.translate(
            "CommercialTerms",
            "Overhead: the buyer's own costs of running the alliance (management, premises, support)."),
        "production": QCoreApplication.translate(
            "CommercialTerms",
            "Reimbursable costs: the production costs of the services that the buyer pays to the producer "
            "at cost, from open books."),
        "actual_cost": QCoreApplication.translate(
            "CommercialTerms",
            "Actual cost: what the period really cost (fee + overhead + reimbursable costs). Until it is known "
            "the period is shown at its target cost."),
        "actual_fee": QCoreApplication.translate(
            "CommercialTerms",
            "Actual fee: leave empty when the fee paid is the one in the target."),
        "underrun": QCoreApplication.translate(
            "CommercialTerms",
            "Under-run: the actual cost stayed below the target cost. The savings are shared as a cost bonus."),
        "overrun": QCoreApplication.translate(
            "CommercialTerms",
            "Over-run: the actual cost went above the target cost. The extra cost is shared as a cost "
            "sanction."),
        "deviation": QCoreApplication.translate(
            "CommercialTerms",
            "Target cost minus actual cost: positive is an under-run (savings), negative an over-run."),
        "cost_bonus": QCoreApplication.translate(
            "CommercialTerms",
            "Cost bonus: the savings up to the cap (a percentage of the target cost), shared between the "
            "buyer, the producer, the alliance staff and the effectiveness bonus pool. Savings beyond the cap "
            "go wholly to the buyer."),
        "gain_cap": QCoreApplication.translate(
            "CommercialTerms",
            "Cap on shared savings: only savings up to this percentage of the target cost are shared as a "
            "cost bonus; anything beyond it goes to the buyer."),
        "cost_sanction": QCoreApplication.translate(
            "CommercialTerms",
            "Cost sanction: an over-run is shared between the buyer and the producer. The producer's part "
            "can be capped, for example at its fee."),
        "pain_cap": QCoreApplication.translate(
            "CommercialTerms",
            "The most the producer pays of an over-run in one period: its fee, a fixed amount, or no limit."),
        "effectiveness_bonus": QCoreApplication.translate(
            "CommercialTerms",
            "Effectiveness bonus: paid from its pool only when the target cost is under-run. The KPI score "
            "(0–1) decides how much of the pool is paid; what is not earned stays with the buyer."),
        "pool_split": QCoreApplication.translate(
            "CommercialTerms",
            "How the effectiveness bonus that is paid is divided between the producer and the alliance staff."),
        "kpi_score": QCoreApplication.translate(
            "CommercialTerms",
            "KPI score: how well the period met the targets of the metrics board, from 0 to 1. It comes from "
            "the metrics unless a scenario or the what-if panel sets it by hand."),
        "producer_payment": QCoreApplication.translate(
            "CommercialTerms",
            "Everything the buyer pays the producer: fee + reimbursable costs + its cost bonus and "
            "effectiveness bonus − its cost sanction."),
        "staff_bonus": QCoreApplication.translate(
            "CommercialTerms",
            "Staff bonus: the alliance staff's share of the cost bonus and of the effectiveness bonus."),
        "buyer_total_cost": QCoreApplication.translate(
            "CommercialTerms",
            "Everything the period costs the buyer: its overhead + the producer payment + the staff bonus."),
        "excess": QCoreApplication.translate(
            "CommercialTerms",
            "Savings beyond the cap on shared savings: they go wholly to the buyer."),
    }[term]
