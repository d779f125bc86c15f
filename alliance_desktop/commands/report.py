"""`alliance-desktop report PATH -o OUT.pdf [--lang fi|en] [--sections a,b,...]`: the plan as a PDF.

PATH is a project file (.alliance) or a JSON project (as for `settle`). The report is
written atomically and never onto PATH: on any error nothing is left at OUT (an existing OUT
stays as it was) and the user gets one line on `err` in the chosen language, never a traceback.
Exit status: 0 written, 2 bad input (file, sections), 1 the PDF could not be made or written.
ReportLab is imported only when the report is built.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from .. import i18n
from ..core.errors import AllianceError
from ..i18n import speaks, translate
from ..reports import SECTIONS as SECTION_NAMES
from .common import (
    EXIT_OK,
    Refusal,
    guarded,
    input_path,
    load_plan_any,
    message,
    same_file_message,
    say,
    write_output,
)


def summary() -> str:
    return translate("Cli", "write the plan as a PDF report")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """PATH, -o/--output and --sections (--lang is added for every command)."""
    parser.add_argument("path", help=translate("Report", "project file (.alliance) or JSON project"))
    parser.add_argument("-o", "--output", required=True, metavar="OUT.pdf",
                        help=translate("Report", "the PDF file to write"))
    parser.add_argument("--sections", nargs="+", metavar="SECTION",
                        help=translate("Report", "sections to include (default: all): {names}").format(
                            names=", ".join(SECTION_NAMES)))


def run(args: argparse.Namespace) -> int:
    return run_report(args.path, args.output, args.lang, args.sections, sys.stdout, sys.stderr)


@speaks
def run_report(path: str | os.PathLike, output: str | os.PathLike, lang: str | None,
               sections: Sequence[str] | None, out: TextIO, err: TextIO, *,
               created: _dt.date | None = None) -> int:
    """Make the report of the plan at `path` into `output`; messages on out / err in `lang`."""
    lang = lang or i18n.language()
    target = Path(output)

    def body() -> int:
        if not str(output).strip():
            raise AllianceError(translate("Report", "Give the name of the PDF file to write."))
        if target.is_dir():
            raise Refusal(message(translate("Report", "“{path}” is a folder; give a file name for the report."),
                                  path=target))
        source = input_path(path)
        from ..fileutil import is_project_or_companion

        if source is not None and is_project_or_companion(target, source):  # refused before the report is made
            raise Refusal(same_file_message(str(target)))
        plan = load_plan_any(path)
        from ..reports.builder import normalize_sections, render_report

        chosen = normalize_sections(sections, lang) if sections is not None else None
        warnings: list[str] = []
        data, pages = render_report(plan, lang=lang, sections=chosen, created=created, warnings=warnings)
        write_output(target, data, not_onto=(source,))
        say(out, message(translate("Report", "Wrote {path} ({pages} pages)."), path=target, pages=pages))
        for warning in warnings:  # e.g. characters the report's font cannot print, and what stands in for them
            say(err, warning)
        return EXIT_OK

    return guarded(body, err, unexpected=lambda error: translate(
        "Report", "Unexpected error while making the report: {error}").format(error=error))
