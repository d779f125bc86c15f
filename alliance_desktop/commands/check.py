"""`alliance-desktop check PATH`: verify a project file; exit 0 if good, else one clear line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..i18n import translate
from .common import EXIT_OK, message, say


def summary() -> str:
    return translate("Cli", "verify a project file")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path")


def run(args: argparse.Namespace) -> int:
    from ..storage.projectfile import check

    plan = check(Path(args.path))  # (a named pipe or a device is refused before SQLite opens it)
    say(sys.stdout, message(
        translate("Cli", "{path}: OK — “{name}”, {periods} service periods, {chains} chains, {metrics} metrics."),
        path=args.path, name=plan.project.name, periods=len(plan.commercial.periods), chains=len(plan.chains),
        metrics=len(plan.metrics)))
    return EXIT_OK
