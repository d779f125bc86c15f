"""`alliance-desktop new PATH [--template blank|keusote|hyvaks]`: a project file from a template."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..i18n import translate
from .common import EXIT_OK, message, refuse_existing, say


def summary() -> str:
    return translate("Cli", "create a project file from a template")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help=translate("Cli", "the project file to create (.alliance)"))
    parser.add_argument("--template", choices=("blank", "keusote", "hyvaks"), default="blank",
                        help=translate("Cli", "start from an empty plan (blank) or a demo (keusote, hyvaks)"))


def run(args: argparse.Namespace) -> int:
    import sys

    from .. import templates
    from ..storage.projectfile import create_file

    out = Path(args.path)
    refuse_existing(out)
    create_file(out, templates.load_template(args.template))  # atomic: a temporary file, then a new name
    say(sys.stdout, message(translate("Cli", "Created {path}"), path=out))
    return EXIT_OK
