"""PDF reports (ReportLab). Kept light on purpose: import `alliance_desktop.reports.builder` only
when a report is made, so the GUI never loads ReportLab at startup."""

# Sections in print order (the export dialog lists them without loading ReportLab).
SECTIONS = ("cover", "contents", "overview", "timeline", "chains", "commercial", "risks", "procurement", "metrics")
