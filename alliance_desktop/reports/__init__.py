"""PDF reports (ReportLab). Kept light on purpose: import `alliance_desktop.reports.builder` only
when a report is made, so the GUI never loads ReportLab at startup."""

# Sections in print order (the export dialog lists them without loading ReportLab). The timeline
# and service chains / scope matrix sections join when their views exist.
SECTIONS = ("cover", "contents", "overview", "commercial", "risks", "procurement", "metrics")
