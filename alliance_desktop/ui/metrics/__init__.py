"""The Metrics view (mittaristo): board, metric definitions and calibrations, measurements."""

from .view import MetricsView

__all__ = ["MetricsView"]
