"""`alliance-desktop check PATH`: verify a project file; exit 0 if good, else one clear line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..i18n import translate
from .common import EXIT_OK, fail, message, say


def summary() -> str:
    return translate("Cli", "verify a project file")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help=translate("Cli", "the project file to check (.alliance)"))


def run(args: argparse.Namespace) -> int:
    from ..storage.projectfile import check

    from ..core.metrics_edits import level_problems

    plan = check(Path(args.path))  # (a named pipe or a device is refused before SQLite opens it)
    # A file of an earlier version may hold metric levels that count against the metric's direction: the
    # window opens it (and warns until fixed), but import-json refuses such levels, so check says so too:
    # check, export-json and import-json agree on what is a good file.
    problems = level_problems(plan)
    if problems:
        where = message("{path}", path=args.path)  # the file name quoted as every message quotes it
        return fail(translate("Cli", "{path}: opens, but must be corrected in the metrics view: {problem}").format(
            path=where, problem=problems[0]))  # the problem's own user text is already quoted
    say(sys.stdout, message(
        translate("Cli", "{path}: OK — “{name}”, {periods} service periods, {chains} chains, {metrics} metrics."),
        path=args.path, name=plan.project.name, periods=len(plan.commercial.periods), chains=len(plan.chains),
        metrics=len(plan.metrics)))
    return EXIT_OK
