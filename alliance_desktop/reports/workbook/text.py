"""The workbook's words: sheet names, column titles, row labels and the words its formulas compare.

Every text is a literal in a `translate("Workbook", ...)` call (pyside6-lupdate finds it); call these
functions inside `i18n.using(lang)`. Sheet names are at most 31 characters without []:*?/\\ (Excel's rule).
"""

from __future__ import annotations

from ...i18n import translate


def sheet_names() -> dict[str, str]:
    return {
        "overview": translate("Workbook", "Overview"),
        "timeline": translate("Workbook", "Timeline"),
        "scope": translate("Workbook", "Scope matrix"),
        "metrics": translate("Workbook", "Metrics"),
        "measurements": translate("Workbook", "Measurements"),
        "commercial": translate("Workbook", "Commercial model"),
        "risks": translate("Workbook", "Risks"),
        "procurement": translate("Workbook", "Procurement tasks"),
        "documents": translate("Workbook", "Documents"),
    }


def chain_sheet_prefix() -> str:
    return translate("Workbook", "Chain")


def words() -> dict[str, str]:
    """The words formulas compare with (status, the producer's sanction cap) and the choice lists' words."""
    return {
        "actual": translate("Workbook", "Actual"),
        "forecast": translate("Workbook", "Forecast"),
        "cap_fee": translate("Workbook", "Target fee"),
        "cap_amount": translate("Workbook", "Amount"),
        "cap_none": translate("Workbook", "No limit"),
        "yes": translate("Workbook", "Yes"),
        "no": translate("Workbook", "No"),
    }


def defined_names() -> dict[str, str]:
    """The workbook's names of the sharing rules (letters, digits and underscores; not like a cell address)."""
    return {
        "gain_cap": translate("Workbook", "Gain_cap_percent"),
        "gain_buyer": translate("Workbook", "Gain_share_buyer"),
        "gain_producer": translate("Workbook", "Gain_share_producer"),
        "gain_staff": translate("Workbook", "Gain_share_staff"),
        "gain_pool": translate("Workbook", "Gain_share_pool"),
        "pool_producer": translate("Workbook", "Pool_to_producer"),
        "pool_staff": translate("Workbook", "Pool_to_staff"),
        "pain_buyer": translate("Workbook", "Pain_share_buyer"),
        "pain_producer": translate("Workbook", "Pain_share_producer"),
        "pain_cap_kind": translate("Workbook", "Pain_cap_kind"),
        "pain_cap_amount": translate("Workbook", "Pain_cap_amount"),
        "target_fee": translate("Workbook", "Target_fee"),
        "target_overhead": translate("Workbook", "Target_overhead"),
        "target_production": translate("Workbook", "Target_production"),
        "actual_fee": translate("Workbook", "Actual_fee"),
        "actual_overhead": translate("Workbook", "Actual_overhead"),
        "actual_production": translate("Workbook", "Actual_production"),
        "kpi_score": translate("Workbook", "KPI_score"),
    }


def rule_labels() -> dict[str, str]:
    return {
        "gain_cap": translate("Workbook", "Cap on shared savings, % of the target cost"),
        "gain_buyer": translate("Workbook", "Cost bonus share: buyer, %"),
        "gain_producer": translate("Workbook", "Cost bonus share: producer, %"),
        "gain_staff": translate("Workbook", "Cost bonus share: staff, %"),
        "gain_pool": translate("Workbook", "Cost bonus share: effectiveness pool, %"),
        "pool_producer": translate("Workbook", "Effectiveness bonus paid: to the producer, %"),
        "pool_staff": translate("Workbook", "Effectiveness bonus paid: to the staff, %"),
        "pain_buyer": translate("Workbook", "Over-run share: buyer, %"),
        "pain_producer": translate("Workbook", "Over-run share: producer (sanction), %"),
        "pain_cap_kind": translate("Workbook", "Cap on the producer's sanction"),
        "pain_cap_amount": translate("Workbook", "Cap on the producer's sanction: amount, € (when “Amount”)"),
    }


def input_labels() -> dict[str, str]:
    return {
        "name": translate("Workbook", "Period"),
        "start": translate("Workbook", "Start"),
        "end": translate("Workbook", "End"),
        "target_fee": translate("Workbook", "Target: fee"),
        "target_overhead": translate("Workbook", "Target: overhead"),
        "target_production": translate("Workbook", "Target: reimbursable (production) costs"),
        "actual_fee": translate("Workbook", "Actual: fee (empty = the target fee, by contract)"),
        "actual_overhead": translate("Workbook", "Actual: overhead (empty = not entered)"),
        "actual_production": translate("Workbook", "Actual: reimbursable costs (empty = not entered)"),
        "kpi_score": translate("Workbook", "KPI score (from the sheet Metrics)"),
    }


def waterfall_labels() -> dict[str, tuple[str, str]]:
    """Row key -> (label, how it is computed, in words)."""
    return {
        "status": (translate("Workbook", "Settled on"),
                   translate("Workbook", "Actual when the actual overhead and reimbursable costs are both entered; "
                                         "otherwise a forecast at the target cost")),
        "target_cost": (translate("Workbook", "Target cost T"),
                        translate("Workbook", "Each target part rounded to cents, then added")),
        "fee_used": (translate("Workbook", "Actual fee used"),
                     translate("Workbook", "The actual fee; the target fee when not entered or for a forecast")),
        "overhead_used": (translate("Workbook", "Actual overhead used"),
                          translate("Workbook", "The actual overhead; the target's for a forecast")),
        "production_used": (translate("Workbook", "Actual reimbursable costs used"),
                            translate("Workbook", "The actual reimbursable costs; the target's for a forecast")),
        "actual_cost": (translate("Workbook", "Actual cost A"),
                        translate("Workbook", "Sum of the parts used")),
        "deviation": (translate("Workbook", "Deviation D = T − A"),
                      translate("Workbook", "Positive: under-run (savings); negative: over-run. "
                                            "ROUND only removes binary floating-point noise")),
        "gain_cap": (translate("Workbook", "Cap amount"),
                     translate("Workbook", "Cap % × T, rounded half up to cents")),
        "shared": (translate("Workbook", "Shared savings"),
                   translate("Workbook", "Under-run: the smaller of D and the cap amount")),
        "excess": (translate("Workbook", "Savings beyond the cap, to the buyer"),
                   translate("Workbook", "D − shared savings")),
        "gain_producer": (translate("Workbook", "Cost bonus: producer"),
                          translate("Workbook", "Shared × share %, rounded half up to cents")),
        "gain_staff": (translate("Workbook", "Cost bonus: staff"),
                       translate("Workbook", "Shared × share %, rounded half up to cents")),
        "gain_pool": (translate("Workbook", "Cost bonus: effectiveness pool"),
                      translate("Workbook", "Shared × share %, rounded half up to cents")),
        "gain_buyer": (translate("Workbook", "Cost bonus: buyer (remainder)"),
                       translate("Workbook", "Shared − producer − staff − pool: the rounding's cents stay with the "
                                             "buyer")),
        "kpi": (translate("Workbook", "KPI score used"),
                translate("Workbook", "The exact score from the sheet Metrics (not the rounded percentage)")),
        "paid": (translate("Workbook", "Effectiveness bonus paid"),
                 translate("Workbook", "Pool × KPI score, rounded half up to cents")),
        "paid_producer": (translate("Workbook", "Effectiveness bonus: producer"),
                          translate("Workbook", "Paid × producer's %, rounded half up to cents")),
        "paid_staff": (translate("Workbook", "Effectiveness bonus: staff (remainder)"),
                       translate("Workbook", "Paid − producer's part")),
        "unpaid": (translate("Workbook", "Effectiveness pool unpaid, to the buyer"),
                   translate("Workbook", "Pool − paid")),
        "overrun": (translate("Workbook", "Over-run"),
                    translate("Workbook", "Over-run: −D")),
        "sanction_uncapped": (translate("Workbook", "Producer's share of the over-run"),
                              translate("Workbook", "Over-run × producer's %, rounded half up to cents, before its "
                                                    "cap")),
        "sanction_cap": (translate("Workbook", "Cap on the producer's sanction"),
                         translate("Workbook", "The period's target fee, the amount, or no limit")),
        "sanction_producer": (translate("Workbook", "Sanction: producer"),
                              translate("Workbook", "The producer's share, at most its cap")),
        "sanction_buyer": (translate("Workbook", "Sanction: buyer bears (remainder)"),
                           translate("Workbook", "Over-run − producer's sanction")),
        "producer_payment": (translate("Workbook", "Producer payment"),
                             translate("Workbook", "Fee + reimbursable costs + cost bonus + effectiveness bonus − "
                                                   "sanction")),
        "staff_bonus": (translate("Workbook", "Staff bonus"),
                        translate("Workbook", "Staff cost bonus + staff effectiveness bonus")),
        "buyer_total_cost": (translate("Workbook", "Buyer's total cost"),
                             translate("Workbook", "Overhead + producer payment + staff bonus")),
    }
