"""Errors the user sees: each carries a message already in the user's language."""

from __future__ import annotations


class AllianceError(Exception):
    """Base for refusals we explain to the user (never shown as a traceback)."""

    def __init__(self, message: str, field: str = ""):
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class PlanError(AllianceError):
    """Invalid plan content: a field holds something the plan cannot accept."""
