"""`alliance-desktop export-json PATH OUT`: a project file as JSON (the interchange format).

OUT is written atomically and never onto PATH (nor its journal), whatever its spelling."""

from __future__ import annotations

import argparse

from ..i18n import translate
from .common import EXIT_OK, load_project_file, write_output


def summary() -> str:
    return translate("Cli", "write a project file as JSON")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help=translate("Cli", "the project file (.alliance)"))
    parser.add_argument("out", help=translate("Cli", "the JSON file to write"))


def run(args: argparse.Namespace) -> int:
    from ..core.interchange import dumps, plan_to_json
    from ..fileutil import SameFileError, is_project_or_companion

    if is_project_or_companion(args.out, args.path):  # refused before the project is even read
        raise SameFileError(args.out, args.path)
    plan = load_project_file(args.path)
    write_output(args.out, dumps(plan_to_json(plan)).encode("utf-8"), not_onto=(args.path,))
    return EXIT_OK
