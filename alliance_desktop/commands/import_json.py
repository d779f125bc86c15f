"""`alliance-desktop import-json JSON OUT`: a new project file from a JSON project; OUT must not exist."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..i18n import translate
from .common import EXIT_OK, plan_from_json_text, read_json_file, refuse_existing


def summary() -> str:
    return translate("Cli", "make a project file from JSON")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("json", help=translate("Cli", "the JSON project to read"))
    parser.add_argument("out", help=translate("Cli", "the project file to create (.alliance)"))


def run(args: argparse.Namespace) -> int:
    from ..fileutil import SameFileError, is_project_or_companion
    from ..storage.projectfile import create_file

    out = Path(args.out)
    if is_project_or_companion(out, args.json):
        raise SameFileError(out, args.json)
    plan = plan_from_json_text(read_json_file(args.json))
    refuse_existing(out)
    create_file(out, plan)  # atomic: a temporary file beside OUT, then its new name; never over a file
    return EXIT_OK
