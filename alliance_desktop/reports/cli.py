"""`alliance-desktop report PATH -o OUT.pdf [--lang fi|en] [--sections a,b,...]`: the plan as a PDF.

PATH is a project file (.alliance) or a JSON project (as for `settle`). The report is
written atomically: on any error nothing is left at OUT (an existing OUT stays as it
was) and the user gets one line on `err` in the chosen language, never a traceback.
Exit status: 0 written, 2 bad input (file, sections), 1 the PDF could not be made or written.

To wire it into the main command line:

    c = add("report", translate("Cli", "write the plan as a PDF report"))
    add_report_arguments(c)
    ... return run_report(args.path, args.output, args.lang, args.sections, sys.stdout, sys.stderr)
"""

from __future__ import annotations

import argparse
import datetime as _dt
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from .. import i18n
from ..core.errors import AllianceError
from ..i18n import speaks, translate

EXIT_OK = 0
EXIT_INPUT = 2
EXIT_FAILED = 1

SECTION_NAMES = ("cover", "contents", "overview", "timeline", "chains", "commercial", "risks", "procurement", "metrics")


def add_report_arguments(parser: argparse.ArgumentParser) -> None:
    """PATH, -o/--output and --sections (the caller adds --lang like for the other commands)."""
    parser.add_argument("path", help=translate("Report", "project file (.alliance) or JSON project"))
    parser.add_argument("-o", "--output", required=True, metavar="OUT.pdf",
                        help=translate("Report", "the PDF file to write"))
    parser.add_argument("--sections", nargs="+", metavar="SECTION",
                        help=translate("Report", "sections to include (default: all): {names}").format(
                            names=", ".join(SECTION_NAMES)))


def _write(stream: TextIO, text: str) -> None:
    from ..settle_cli import _write as write

    write(stream, text)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


@speaks
def run_report(path: str | os.PathLike, output: str | os.PathLike, lang: str | None,
               sections: Sequence[str] | None, out: TextIO, err: TextIO, *,
               created: _dt.date | None = None) -> int:
    """Make the report of the plan at `path` into `output`; messages on out / err in `lang`."""
    lang = lang or i18n.language()
    target = Path(output)
    try:
        from ..settle_cli import load_plan_any

        if not str(output).strip():
            raise AllianceError(translate("Report", "Give the name of the PDF file to write."))
        if target.is_dir():
            raise AllianceError(translate("Report", "“{path}” is a folder; give a file name for the report.")
                                .format(path=target))
        source = Path(path)
        try:
            same = source.exists() and target.exists() and source.resolve() == target.resolve()
        except OSError:
            same = False
        if same:
            raise AllianceError(translate("Report", "The report would overwrite the project file “{path}”; "
                                                    "choose another name.").format(path=target))
        plan = load_plan_any(path)
        from .builder import build_report, normalize_sections

        chosen = normalize_sections(sections, lang) if sections is not None else None
        pages = build_report(plan, target, lang=lang, sections=chosen, created=created)
    except AllianceError as exc:
        _write(err, _one_line(exc.message) + "\n")
        return EXIT_INPUT
    except OSError as exc:
        _write(err, translate("Report", "The report could not be written to “{path}”: {reason}").format(
            path=target, reason=_one_line(exc.strerror or exc)) + "\n")
        return EXIT_FAILED
    except Exception as exc:  # noqa: BLE001 - never a traceback for the user; a clear line instead
        _write(err, translate("Report", "Unexpected error while making the report: {error}").format(
            error=_one_line(f"{type(exc).__name__}: {exc}")) + "\n")
        return EXIT_FAILED
    _write(out, translate("Report", "Wrote {path} ({pages} pages).").format(path=target, pages=pages) + "\n")
    return EXIT_OK
