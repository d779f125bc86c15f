"""PDF reports (ReportLab). Kept empty on purpose: import `alliance_desktop.reports.builder` only
when a report is made, so the GUI never loads ReportLab at startup."""
