"""`alliance-desktop export-xlsx PATH|JSON -o OUT.xlsx [--lang fi|en]`: the plan as an open-book Excel workbook.

PATH is a project file (.alliance), a JSON project or JSON text (as for `settle`). The workbook
(reports/workbook/, docs/workbook.md) is written atomically and never onto PATH: on any error nothing
is left at OUT (an existing OUT stays as it was) and the user gets one line on `err` in the chosen
language, never a traceback. Exit status: 0 written, 2 bad input, 1 the file could not be written.
openpyxl is imported only when the workbook is built.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TextIO

from .. import i18n
from ..core.errors import AllianceError
from ..i18n import speaks, translate
from .common import EXIT_OK, Refusal, guarded, input_path, load_plan_any, message, same_file_message, say, \
    write_output


def summary() -> str:
    return translate("Cli", "write the plan as an Excel workbook with the settlement as live formulas")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """PATH and -o/--output (--lang is added for every command)."""
    parser.add_argument("path", help=translate("Workbook", "project file (.alliance), JSON project or JSON text"))
    parser.add_argument("-o", "--output", required=True, metavar="OUT.xlsx",
                        help=translate("Workbook", "the Excel workbook to write"))


def run(args: argparse.Namespace) -> int:
    return run_export_xlsx(args.path, args.output, args.lang, sys.stdout, sys.stderr)


@speaks
def run_export_xlsx(path: str | os.PathLike, output: str | os.PathLike, lang: str | None, out: TextIO,
                    err: TextIO) -> int:
    """Write the workbook of the plan at `path` into `output`; messages on out / err in `lang`."""
    lang = lang or i18n.language()
    target = Path(output)

    def body() -> int:
        if not str(output).strip():
            raise AllianceError(translate("Workbook", "Give the name of the Excel file to write."))
        if target.is_dir():
            raise Refusal(message(translate("Workbook", "“{path}” is a folder; give a file name for the workbook."),
                                  path=target))
        source = input_path(path)
        from ..fileutil import is_project_or_companion

        if source is not None and is_project_or_companion(target, source):  # refused before anything is made
            raise Refusal(same_file_message(str(target)))
        plan = load_plan_any(path)
        from ..reports.workbook import workbook_bytes

        data = workbook_bytes(plan, lang)
        write_output(target, data, not_onto=(source,))
        say(out, message(translate("Workbook", "Wrote {path}."), path=target))
        return EXIT_OK

    return guarded(body, err, unexpected=lambda error: translate(
        "Workbook", "Unexpected error while making the workbook: {error}").format(error=error))
