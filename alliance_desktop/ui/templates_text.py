"""The titles of the project templates (File > New, the welcome screen, the demo menu).

Not to be confused with `core.chains.template_title`, the title of a care-chain template.
Here, in a module of its own, so that the main window and the welcome screen both import it
without importing each other."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def project_template_title(name: str) -> str:
    """The title of the project template (or demo) `name`: "blank", "keusote" or "hyvaks"."""
    titles = {
        "blank": QCoreApplication.translate("MainWindow", "Blank project"),
        "keusote": QCoreApplication.translate("MainWindow", "Keusote – elderly-care alliance"),
        "hyvaks": QCoreApplication.translate("MainWindow", "HyvaKS – surgery alliance"),
    }
    return titles[name]
