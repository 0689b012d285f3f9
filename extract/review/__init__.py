"""The HTML review report: every extracted item highlighted in its source text, gold against prediction."""

from .build import ReportSummary, build_report

__all__ = ["ReportSummary", "build_report"]
