"""Translated names for the plan's coded values (roles, statuses, stages, ...) in the report.

Every text is a literal in a `translate("Report", ...)` call so that pyside6-lupdate finds it.
Unknown codes (a newer file, a hand-edited JSON) fall back to the code itself.
"""

from __future__ import annotations

from ..i18n import speaks, translate


@speaks
def role(code: str, lang: str) -> str:
    return {
        "buyer": translate("Report", "Buyer"),
        "producer": translate("Report", "Producer"),
        "subcontractor": translate("Report", "Subcontractor"),
        "support_service": translate("Report", "Support service"),
        "association": translate("Report", "Association"),
        "staff": translate("Report", "Alliance staff"),
    }.get(code, code)


@speaks
def area_status(code: str, lang: str) -> str:
    return {
        "included": translate("Report", "In the alliance"),
        "option": translate("Report", "Option"),
        "outside": translate("Report", "Outside"),
    }.get(code, code)


@speaks
def marker_kind(code: str, lang: str) -> str:
    return {
        "milestone": translate("Report", "Milestone"),
        "deadline": translate("Report", "Deadline"),
        "event": translate("Report", "Event"),
        "gate": translate("Report", "Decision gate"),
    }.get(code, code)


@speaks
def gate_state(code: str, lang: str) -> str:
    return {
        "": translate("Report", "Pending"),
        "pending": translate("Report", "Pending"),
        "go": translate("Report", "Go"),
        "withdraw": translate("Report", "Withdraw"),
    }.get(code, code)


@speaks
def risk_status(code: str, lang: str) -> str:
    return {
        "open": translate("Report", "Open"),
        "mitigated": translate("Report", "Mitigated"),
        "closed": translate("Report", "Closed"),
        "realised": translate("Report", "Realised"),
    }.get(code, code)


@speaks
def task_stage(code: str, lang: str) -> str:
    return {
        "needs": translate("Report", "Needs assessment"),
        "planning": translate("Report", "Procurement planning"),
        "definition": translate("Report", "Defining the object"),
        "tendering": translate("Report", "Tendering"),
        "contract": translate("Report", "Contract-period operation"),
    }.get(code, code)


@speaks
def document_status(code: str, lang: str) -> str:
    return {
        "todo": translate("Report", "To do"),
        "draft": translate("Report", "Draft"),
        "ready": translate("Report", "Ready"),
    }.get(code, code)


@speaks
def direction(code: str, lang: str) -> str:
    return {
        "lower_is_better": translate("Report", "Lower is better"),
        "higher_is_better": translate("Report", "Higher is better"),
    }.get(code, code)


@speaks
def version(label: str, lang: str) -> str:
    """The version label as shown: the default "luonnos" reads "Draft" in English; first letter capitalised."""
    text = " ".join(label.split())
    if text.casefold() in ("luonnos", "draft"):
        return translate("Report", "Draft")
    return text[:1].upper() + text[1:]
